/* charter-cli.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>

#include "charter-achievement.h"
#include "charter-cli.h"
#include "charter-coach.h"
#include "charter-csv.h"
#include "charter-export.h"
#include "charter-format.h"
#include "charter-logo.h"
#include "charter-report.h"
#include "charter-results-import.h"
#include "charter-schema.h"
#include "charter-staff.h"
#include "charter-templates.h"

enum {
  EXIT_OK = 0,
  EXIT_FINDINGS = 1,
  EXIT_UNREADABLE = 2,
};

typedef int (*CommandFunc) (int argc, char **argv);

typedef struct {
  const char  *name;
  CommandFunc  func;
  const char  *summary;
} Command;

static void
report (const char *file,
        GError     *error)
{
  if (file != NULL)
    g_printerr ("charter: %s: %s: %s\n", file, _("error"), error->message);
  else
    g_printerr ("charter: %s: %s\n", _("error"), error->message);
}

static void
report_usage (const char *message)
{
  g_printerr ("charter: %s: %s\n", _("error"), message);
  g_printerr (_("Try “charter --help” for more information.\n"));
}

static gboolean
parse_options (GOptionContext  *context,
               int             *argc,
               char          ***argv)
{
  g_autoptr(GError) error = NULL;

  if (!g_option_context_parse (context, argc, argv, &error))
    {
      report_usage (error->message);
      return FALSE;
    }
  return TRUE;
}

static int
cmd_templates (int    argc,
               char **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  const CharterTemplateInfo *templates;
  glong name_width = 0;
  guint n;

  g_option_context_set_summary (context, _("List the templates a new charter can start from."));
  if (!parse_options (context, &argc, &argv))
    return EXIT_UNREADABLE;

  templates = charter_templates_get_all (&n);
  for (guint i = 0; i < n; i++)
    name_width = MAX (name_width, g_utf8_strlen (_(templates[i].name), -1));

  /* printf pads by bytes; names such as “Café” need padding by characters. */
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *langs = g_strdelimit (g_strdup (templates[i].languages), " ", ',');
      const char *name = _(templates[i].name);
      int padding = (int)(name_width - g_utf8_strlen (name, -1));

      g_print ("%-10s %-8s %s%*s  %s\n", templates[i].id, langs, name, padding, "",
               _(templates[i].description));
    }
  return EXIT_OK;
}

static int
cmd_new (int    argc,
         char **argv)
{
  g_autofree char *template = NULL;
  g_autofree char *lang = NULL;
  g_autofree char *output = NULL;
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autoptr(CharterDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  const GOptionEntry entries[] = {
    { "template", 't', 0, G_OPTION_ARG_STRING, &template, N_("Template to start from (see “charter templates”)"), N_("ID") },
    { "lang", 'l', 0, G_OPTION_ARG_STRING, &lang, N_("Language of the charter, such as en or da"), N_("LL") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("Where to write the new charter"), N_("FILE.charter") },
    { NULL }
  };

  g_option_context_set_summary (context, _("Create a new charter file from a template."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!parse_options (context, &argc, &argv))
    return EXIT_UNREADABLE;

  if (output == NULL)
    {
      report_usage (_("“charter new” needs an output file: -o FILE.charter"));
      return EXIT_UNREADABLE;
    }
  if (argc > 1)
    {
      report_usage (_("“charter new” takes no file arguments; use -o FILE.charter"));
      return EXIT_UNREADABLE;
    }

  document = charter_template_create (template ? template : "blank", lang, &error);
  if (document == NULL)
    {
      report (NULL, error);
      return EXIT_UNREADABLE;
    }

  if (lang != NULL)
    charter_document_set_language (document, lang);

  if (!charter_format_save_file (document, output, &error))
    {
      report (output, error);
      return EXIT_UNREADABLE;
    }

  return EXIT_OK;
}

/* The renderer leaves out a logo it cannot decode rather than fail the
 * whole charter; the command line says so instead of printing without it
 * in silence. Returns the warning, or NULL when the logo is fine. */
static char *
logo_problem (CharterDocument *document)
{
  const char *mime = NULL;
  GBytes *bytes = charter_document_get_logo (document, &mime);
  g_autoptr(GError) error = NULL;
  cairo_surface_t *logo;

  if (bytes == NULL)
    return NULL;

  logo = charter_logo_decode (bytes, mime, &error);
  if (logo == NULL)
    return g_strdup_printf (_("the logo cannot be printed and is left out: %s"), error->message);
  cairo_surface_destroy (logo);
  return NULL;
}

static const char *
severity_label (CharterSeverity severity)
{
  switch (severity)
    {
    case CHARTER_SEVERITY_INFO:
      return _("info");
    case CHARTER_SEVERITY_WARNING:
      return _("warning");
    case CHARTER_SEVERITY_ERROR:
      return _("error");
    default:
      g_return_val_if_reached ("");
    }
}

static void
json_append_string (GString    *json,
                    const char *value)
{
  g_string_append_c (json, '"');
  for (const char *p = value ? value : ""; *p != '\0'; p++)
    {
      guchar c = (guchar)*p;

      if (c == '"' || c == '\\')
        g_string_append_printf (json, "\\%c", c);
      else if (c == '\n')
        g_string_append (json, "\\n");
      else if (c == '\t')
        g_string_append (json, "\\t");
      else if (c == '\r')
        g_string_append (json, "\\r");
      else if (c < 0x20)
        g_string_append_printf (json, "\\u%04x", c);
      else
        g_string_append_c (json, (char)c);
    }
  g_string_append_c (json, '"');
}

static void
json_append_member (GString    *json,
                    const char *name,
                    const char *value)
{
  json_append_string (json, name);
  g_string_append (json, ": ");
  json_append_string (json, value);
}

static const char *
list_name (int list)
{
  static const char * const names[CHARTER_N_LISTS] = {
    "channels", "standards", "rights", "responsibilities",
    "complaints", "changes", "published", "formats",
  };

  return list >= 0 && list < CHARTER_N_LISTS ? names[list] : NULL;
}

static void
json_append_finding (GString        *json,
                     CharterFinding *finding)
{
  int list = charter_finding_get_list (finding);
  int index = charter_finding_get_index (finding);

  g_string_append (json, "{ ");
  json_append_member (json, "check", charter_finding_get_check_id (finding));
  g_string_append (json, ", ");
  json_append_member (json, "severity", charter_severity_get_id (charter_finding_get_severity (finding)));
  g_string_append (json, ", ");
  json_append_member (json, "section", charter_step_get_id (charter_finding_get_step (finding)));
  g_string_append (json, ", \"list\": ");
  if (list >= 0)
    json_append_string (json, list_name (list));
  else
    g_string_append (json, "null");
  g_string_append (json, ", \"index\": ");
  if (index >= 0)
    g_string_append_printf (json, "%d", index);
  else
    g_string_append (json, "null");
  g_string_append (json, ", \"field\": ");
  if (charter_finding_get_field_name (finding) != NULL)
    json_append_string (json, charter_finding_get_field_name (finding));
  else
    g_string_append (json, "null");
  g_string_append (json, ", ");
  json_append_member (json, "message", charter_finding_get_message (finding));
  g_string_append (json, ", ");
  json_append_member (json, "hint", charter_finding_get_hint (finding));
  g_string_append (json, " }");
}

/* Checks one file; returns its exit status and appends its JSON object
 * to @json, or prints its findings when @json is NULL. */
static int
validate_file (const char  *path,
               const GDate *today,
               GString     *json)
{
  g_autoptr(CharterDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) saved = NULL;
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) missing = NULL;
  g_autoptr(GListModel) findings = NULL;
  /* JSON must be UTF-8 whatever the file system's names are. */
  g_autofree char *display_path = g_filename_display_name (path);
  g_autofree char *logo_warning = NULL;
  guint completeness;
  guint n;
  int status = EXIT_OK;

  document = charter_format_load_file (path, &error);
  if (document == NULL)
    {
      if (json == NULL)
        report (path, error);
      else
        {
          g_string_append (json, "  { ");
          json_append_member (json, "file", display_path);
          g_string_append (json, ", ");
          json_append_member (json, "error", error->message);
          g_string_append (json, " }");
        }
      return EXIT_UNREADABLE;
    }

  /* The loader accepted it; the schema is the second, independent
   * opinion that what we would write is well-formed. */
  saved = charter_format_save_bytes (document);
  if (!charter_schema_validate (saved, problems))
    status = EXIT_FINDINGS;

  logo_warning = logo_problem (document);
  if (logo_warning != NULL)
    status = EXIT_FINDINGS;

  findings = charter_coach_check (document, today);
  completeness = charter_coach_get_completeness (document, &missing);
  n = g_list_model_get_n_items (findings);
  if (n > 0)
    status = EXIT_FINDINGS;

  if (json == NULL)
    {
      for (guint p = 0; p < problems->len; p++)
        g_print ("%s: schema: %s: %s\n", path, _("warning"), (char *)problems->pdata[p]);
      if (logo_warning != NULL)
        g_print ("%s: about: %s: %s\n", path, _("warning"), logo_warning);

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(CharterFinding) finding = g_list_model_get_item (findings, i);
          const char *hint = charter_finding_get_hint (finding);

          if (hint != NULL)
            g_print ("%s: %s: %s: %s (%s)\n", path,
                     charter_step_get_id (charter_finding_get_step (finding)),
                     severity_label (charter_finding_get_severity (finding)),
                     charter_finding_get_message (finding), hint);
          else
            g_print ("%s: %s: %s: %s\n", path,
                     charter_step_get_id (charter_finding_get_step (finding)),
                     severity_label (charter_finding_get_severity (finding)),
                     charter_finding_get_message (finding));
        }
      return status;
    }

  g_string_append (json, "  { ");
  json_append_member (json, "file", display_path);
  g_string_append (json, ", ");
  json_append_member (json, "language", charter_document_get_language (document));
  g_string_append_printf (json, ", \"completeness\": %u, \"missing\": [", completeness);
  for (guint i = 0; i < missing->len; i++)
    {
      g_string_append (json, i > 0 ? ", " : "");
      json_append_string (json, missing->pdata[i]);
    }
  g_string_append (json, "], \"schema\": [");
  for (guint p = 0; p < problems->len; p++)
    {
      g_string_append (json, p > 0 ? ", " : "");
      json_append_string (json, problems->pdata[p]);
    }
  g_string_append (json, "],");
  if (logo_warning != NULL)
    {
      g_string_append (json, " ");
      json_append_member (json, "logo", logo_warning);
      g_string_append (json, ",");
    }
  g_string_append (json, "\n    \"findings\": [");
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CharterFinding) finding = g_list_model_get_item (findings, i);

      g_string_append (json, i > 0 ? ",\n      " : "\n      ");
      json_append_finding (json, finding);
    }
  g_string_append (json, n > 0 ? "\n    ] }" : "] }");

  return status;
}

static int
cmd_validate (int    argc,
              char **argv)
{
  g_autofree char *format = NULL;
  g_autofree char *today_text = NULL;
  g_autoptr(GOptionContext) context = g_option_context_new (_("FILE…"));
  g_autoptr(GString) json = NULL;
  GDate today;
  int status = EXIT_OK;
  const GOptionEntry entries[] = {
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format, N_("Output format: text (default) or json"), N_("FORMAT") },
    { "today", 0, 0, G_OPTION_ARG_STRING, &today_text, N_("Compare review dates with this date instead of today"), N_("YYYY-MM-DD") },
    { NULL }
  };

  g_option_context_set_summary (context, _("Check charter files. Exit status: 0 when every file is clean, "
                                           "1 when there are findings, 2 when a file cannot be read."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!parse_options (context, &argc, &argv))
    return EXIT_UNREADABLE;

  if (argc < 2)
    {
      report_usage (_("“charter validate” needs at least one file"));
      return EXIT_UNREADABLE;
    }
  if (format != NULL && !g_str_equal (format, "text") && !g_str_equal (format, "json"))
    {
      report_usage (_("unknown format; use text or json"));
      return EXIT_UNREADABLE;
    }
  g_date_clear (&today, 1);
  if (today_text != NULL && !charter_coach_parse_date (today_text, &today))
    {
      report_usage (_("--today needs a date written as YYYY-MM-DD"));
      return EXIT_UNREADABLE;
    }

  if (g_strcmp0 (format, "json") == 0)
    json = g_string_new ("[\n");

  for (int i = 1; i < argc; i++)
    {
      if (json != NULL && i > 1)
        g_string_append (json, ",\n");
      int file_status = validate_file (argv[i], today_text ? &today : NULL, json);

      status = MAX (status, file_status);
    }

  if (json != NULL)
    {
      g_string_append (json, "\n]\n");
      g_print ("%s", json->str);
    }

  return status;
}

static char *
output_path_for (const char          *input,
                 const char          *dir,
                 CharterExportFormat  format)
{
  g_autofree char *base = g_path_get_basename (input);
  g_autofree char *name = NULL;
  char *dot = strrchr (base, '.');

  if (dot != NULL && dot != base)
    *dot = '\0';
  name = g_strdup_printf ("%s.%s", base, charter_export_format_extension (format));

  return g_build_filename (dir, name, NULL);
}

static void
report_lines (const char *file,
              GError     *error);

static gboolean
make_output_dir (const char *dir)
{
  if (g_mkdir_with_parents (dir, 0777) != 0)
    {
      g_autoptr(GError) error = g_error_new (CHARTER_ERROR, CHARTER_ERROR_IO,
                                             _("cannot create the folder: %s"), g_strerror (errno));
      report (dir, error);
      return FALSE;
    }
  return TRUE;
}

/* The staff list of an induction batch, or NULL after reporting every
 * problem with its line. */
static GPtrArray *
read_staff (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *data = NULL;
  gsize length = 0;
  GPtrArray *staff;

  /* The same guard as the results CSV: no waiting on a FIFO, no
   * swallowing a huge file whole. */
  data = charter_csv_read_file (path, 0, &length, &error);
  if (data == NULL)
    {
      report (path, error);
      return NULL;
    }
  staff = charter_staff_parse (data, length, &error);
  if (staff == NULL)
    report_lines (path, error);
  return staff;
}

/* --staff: one personalised induction pack per row, into one PDF or one
 * PDF per person. Nothing is written unless the whole list reads. */
static int
export_staff (const char           *input,
              const char           *staff_path,
              CharterExportOptions *options,
              const char           *output,
              const char           *output_dir)
{
  g_autoptr(CharterDocument) document = NULL;
  g_autoptr(GPtrArray) staff = NULL;
  g_autoptr(GError) error = NULL;
  gboolean ok;

  staff = read_staff (staff_path);
  if (staff == NULL)
    {
      g_printerr (_("charter: %s: nothing was written\n"), staff_path);
      return EXIT_UNREADABLE;
    }

  document = charter_format_load_file (input, &error);
  if (document == NULL)
    {
      report (input, error);
      return EXIT_UNREADABLE;
    }

  if (output_dir != NULL && !make_output_dir (output_dir))
    return EXIT_UNREADABLE;

  options->staff = staff;
  if (output != NULL)
    ok = charter_export_to_file (document, CHARTER_EXPORT_PDF, options, output, &error);
  else
    ok = charter_export_packs_to_dir (document, options, output_dir, &error);
  options->staff = NULL;

  if (!ok)
    {
      report (error->domain == CHARTER_ERROR && error->code == CHARTER_ERROR_IO ? (output ? output : output_dir) : input,
              error);
      return EXIT_UNREADABLE;
    }

  g_print (ngettext ("Wrote %u induction pack to %s.\n", "Wrote %u induction packs to %s.\n", staff->len),
           staff->len, output ? output : output_dir);
  return EXIT_OK;
}

static int
cmd_export (int    argc,
            char **argv)
{
  g_autofree char *output = NULL;
  g_autofree char *output_dir = NULL;
  g_autofree char *format_name = NULL;
  g_autofree char *paper = NULL;
  g_autofree char *layout = NULL;
  g_autofree char *period = NULL;
  g_autofree char *staff = NULL;
  gboolean large_print = FALSE;
  int page = 0;
  g_autoptr(GOptionContext) context = g_option_context_new (_("FILE…"));
  CharterExportOptions options = { 0 };
  const GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("Output file; its extension picks the format"), N_("OUT") },
    { "output-dir", 'd', 0, G_OPTION_ARG_FILENAME, &output_dir, N_("Write one output per input into this folder"), N_("DIR") },
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format_name, N_("Format with --output-dir: pdf, png, svg, html, txt or charter"), N_("FORMAT") },
    { "paper", 'p', 0, G_OPTION_ARG_STRING, &paper, N_("Paper size: a4, letter, a5 or a3; with --layout card also card (one card with bleed, for print shops)"), N_("PAPER") },
    { "layout", 'L', 0, G_OPTION_ARG_STRING, &layout, N_("Layout: document, poster, card, induction or report"), N_("LAYOUT") },
    { "staff", 0, 0, G_OPTION_ARG_FILENAME, &staff, N_("With --layout induction: a CSV of name, role, start_date; one personalised pack per row"), N_("FILE.csv") },
    { "large-print", 0, 0, G_OPTION_ARG_NONE, &large_print, N_("Large print edition (body text 16 pt or more)"), NULL },
    { "page", 0, 0, G_OPTION_ARG_INT, &page, N_("Page to export for PNG and SVG (default 1; with --output-dir and png, all pages)"), N_("N") },
    { "period", 0, 0, G_OPTION_ARG_STRING, &period, N_("With --layout report: the period to report on (default: the latest)"), N_("PERIOD") },
    { NULL }
  };
  int status = EXIT_OK;
  int format = -1;

  g_option_context_set_summary (context, _("Export charters to PDF, PNG, SVG, HTML, plain text or a canonical .charter file."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!parse_options (context, &argc, &argv))
    return EXIT_UNREADABLE;

  if (argc < 2)
    {
      report_usage (_("“charter export” needs a file to export"));
      return EXIT_UNREADABLE;
    }
  if ((output == NULL) == (output_dir == NULL))
    {
      report_usage (_("give either -o OUT or --output-dir DIR"));
      return EXIT_UNREADABLE;
    }
  if (output != NULL && argc > 2)
    {
      report_usage (_("with -o, export one file at a time; use --output-dir for several"));
      return EXIT_UNREADABLE;
    }

  if (output != NULL)
    {
      format = format_name ? charter_export_format_from_name (format_name)
                           : charter_export_format_from_path (output);
      if (format < 0)
        {
          report_usage (_("cannot tell the format from the output name; use .pdf, .png, .svg, .html, .txt or .charter"));
          return EXIT_UNREADABLE;
        }
    }
  else
    {
      format = charter_export_format_from_name (format_name ? format_name : "pdf");
      if (format < 0)
        {
          report_usage (_("unknown format; use pdf, png, svg, html, txt or charter"));
          return EXIT_UNREADABLE;
        }
      /* A staff batch makes its folder only once its list has read. */
      if (staff == NULL && !make_output_dir (output_dir))
        return EXIT_UNREADABLE;
    }

  options.paper = paper;
  options.layout = layout;
  options.large_print = large_print;
  options.page = page;
  options.period = period;

  {
    g_autoptr(GError) error = NULL;

    if (!charter_export_check_options (&options, &error))
      {
        report_usage (error->message);
        return EXIT_UNREADABLE;
      }
  }
  if (page < 0)
    {
      report_usage (_("--page needs a page number of 1 or more"));
      return EXIT_UNREADABLE;
    }

  if (staff != NULL)
    {
      if (layout == NULL || g_ascii_strcasecmp (layout, "induction") != 0)
        {
          report_usage (_("--staff needs --layout induction"));
          return EXIT_UNREADABLE;
        }
      if (argc > 2)
        {
          report_usage (_("with --staff, export one charter at a time"));
          return EXIT_UNREADABLE;
        }
      if (format != CHARTER_EXPORT_PDF)
        {
          report_usage (_("personalised induction packs are written as PDF; use an output ending in .pdf"));
          return EXIT_UNREADABLE;
        }
      return export_staff (argv[1], staff, &options, output, output_dir);
    }

  for (int i = 1; i < argc; i++)
    {
      g_autoptr(CharterDocument) document = NULL;
      g_autoptr(GError) error = NULL;
      g_autofree char *target = output ? g_strdup (output)
                                       : output_path_for (argv[i], output_dir, format);

      document = charter_format_load_file (argv[i], &error);
      if (document == NULL)
        {
          report (argv[i], error);
          status = EXIT_UNREADABLE;
          continue;
        }

      /* Only the drawn formats decode the logo: HTML embeds its bytes. */
      if (format == CHARTER_EXPORT_PDF || format == CHARTER_EXPORT_PNG || format == CHARTER_EXPORT_SVG)
        {
          g_autofree char *logo_warning = logo_problem (document);

          if (logo_warning != NULL)
            g_printerr ("charter: %s: %s: %s\n", argv[i], _("warning"), logo_warning);
        }

      /* A folder of PNGs gets every page unless one was asked for. */
      if (output_dir != NULL && format == CHARTER_EXPORT_PNG && page == 0)
        {
          g_autofree char *base = g_path_get_basename (target);

          *strrchr (base, '.') = '\0';
          if (!charter_export_pages_to_dir (document, &options, output_dir, base, &error))
            {
              report (error->domain == CHARTER_ERROR && error->code == CHARTER_ERROR_IO ? output_dir : argv[i], error);
              status = EXIT_UNREADABLE;
            }
          continue;
        }

      if (!charter_export_to_file (document, format, &options, target, &error))
        {
          report (error->domain == CHARTER_ERROR && error->code == CHARTER_ERROR_IO ? target : argv[i], error);
          status = EXIT_UNREADABLE;
        }
    }

  return status;
}

/* Pads or cuts @text to @width terminal columns (one per character,
 * which holds for the Latin, Greek and Cyrillic text charters use). */
static void
append_cell (GString    *out,
             const char *text,
             guint       width)
{
  glong len = g_utf8_strlen (text, -1);

  if ((guint)len > width)
    {
      const char *cut = g_utf8_offset_to_pointer (text, width - 1);

      g_string_append_len (out, text, cut - text);
      g_string_append (out, "…");
      return;
    }
  g_string_append (out, text);
  for (guint i = len; i < width; i++)
    g_string_append_c (out, ' ');
}

static void
report_lines (const char *file,
              GError     *error)
{
  g_auto(GStrv) lines = g_strsplit (error->message, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    g_printerr ("charter: %s: %s: %s\n", file, _("error"), lines[i]);
}

static const char *
import_action_name (CharterImportAction action)
{
  switch (action)
    {
    case CHARTER_IMPORT_ADD:
      return _("add");
    case CHARTER_IMPORT_REPLACE:
      return _("replace");
    case CHARTER_IMPORT_UNCHANGED:
    default:
      return _("unchanged");
    }
}

static int
results_import (const char *charter_path,
                const char *csv_path,
                gboolean    dry_run)
{
  g_autoptr(CharterDocument) document = NULL;
  g_autoptr(GPtrArray) plan = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *csv = NULL;
  const char *language;
  gsize csv_len = 0;
  guint counts[3] = { 0, 0, 0 };
  GString *out;

  document = charter_format_load_file (charter_path, &error);
  if (document == NULL)
    {
      report (charter_path, error);
      return EXIT_UNREADABLE;
    }
  language = charter_document_get_language (document);

  csv = charter_csv_read_file (csv_path, 0, &csv_len, &error);
  if (csv == NULL)
    {
      report (csv_path, error);
      return EXIT_UNREADABLE;
    }

  plan = charter_results_plan_import (document, csv, csv_len, &error);
  if (plan == NULL)
    {
      report_lines (csv_path, error);
      g_printerr (_("charter: %s: nothing was imported; the charter is unchanged\n"), charter_path);
      return EXIT_UNREADABLE;
    }

  out = g_string_new (NULL);
  g_string_append_printf (out, _("Results from %s for %s:\n"), csv_path, charter_path);
  for (guint i = 0; i < plan->len; i++)
    {
      CharterImportChange *change = plan->pdata[i];
      CharterAchievementRow row = { 0 };
      g_autofree char *now = NULL;
      g_autofree char *line = g_strdup_printf (_("line %u"), change->line);

      for (guint s = 0; s < charter_document_get_n_items (document, CHARTER_LIST_STANDARDS); s++)
        {
          CharterItem *standard = charter_document_get_item (document, CHARTER_LIST_STANDARDS, s);

          if (g_str_equal (charter_item_get (standard, CHARTER_STANDARD_ID), change->result->standard_id))
            row.standard = standard;
        }
      row.result = change->result;
      charter_result_evaluate (row.result, row.standard, &row.evaluation);
      now = charter_achievement_describe_result (&row, language);

      counts[change->action]++;
      g_string_append (out, "  ");
      append_cell (out, line, 9);
      append_cell (out, change->period, 9);
      append_cell (out, change->result->standard_id, 6);
      append_cell (out, import_action_name (change->action), 10);
      g_string_append (out, now);
      if (change->action == CHARTER_IMPORT_REPLACE)
        {
          CharterAchievementRow before = row;
          g_autofree char *was = NULL;

          before.result = change->previous;
          charter_result_evaluate (before.result, before.standard, &before.evaluation);
          was = charter_achievement_describe_result (&before, language);
          g_string_append_printf (out, _(" (was %s)"), was);
        }
      g_string_append_c (out, '\n');
    }
  g_string_append_printf (out, _("%u to add, %u to replace, %u unchanged.\n"),
                          counts[CHARTER_IMPORT_ADD], counts[CHARTER_IMPORT_REPLACE],
                          counts[CHARTER_IMPORT_UNCHANGED]);
  g_print ("%s", out->str);
  g_string_free (out, TRUE);

  if (dry_run)
    {
      g_print (_("Dry run: %s was not changed.\n"), charter_path);
      return EXIT_OK;
    }

  if (counts[CHARTER_IMPORT_ADD] + counts[CHARTER_IMPORT_REPLACE] == 0)
    {
      g_print (_("Nothing to change in %s.\n"), charter_path);
      return EXIT_OK;
    }

  charter_results_apply_import (document, plan);
  if (!charter_format_save_file (document, charter_path, &error))
    {
      report (charter_path, error);
      return EXIT_UNREADABLE;
    }

  g_print (_("Saved %s.\n"), charter_path);
  return EXIT_OK;
}

static int
cmd_results (int    argc,
             char **argv)
{
  g_autofree char *period = NULL;
  gboolean dry_run = FALSE;
  g_autoptr(GOptionContext) context = g_option_context_new (_("FILE | import FILE DATA.csv"));
  g_autoptr(CharterDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  const GOptionEntry entries[] = {
    { "period", 'P', 0, G_OPTION_ARG_STRING, &period, N_("Period to show: 2026-09, 2026-Q3 or 2026 (default: the latest)"), N_("PERIOD") },
    { "dry-run", 'n', 0, G_OPTION_ARG_NONE, &dry_run, N_("With import: show what would change, write nothing"), NULL },
    { NULL }
  };

  g_option_context_set_summary (context, _("Show a charter’s results for a period against every standard, "
                                           "or import results from a CSV file with the columns "
                                           "period, standard, total, met, value, note, action."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!parse_options (context, &argc, &argv))
    return EXIT_UNREADABLE;

  if (argc >= 2 && g_str_equal (argv[1], "import"))
    {
      if (argc != 4)
        {
          report_usage (_("use: charter results import FILE.charter DATA.csv [--dry-run]"));
          return EXIT_UNREADABLE;
        }
      if (period != NULL)
        {
          report_usage (_("--period does not apply to import; the CSV names each row’s period"));
          return EXIT_UNREADABLE;
        }
      return results_import (argv[2], argv[3], dry_run);
    }

  if (argc != 2)
    {
      report_usage (_("use: charter results FILE.charter [--period PERIOD]"));
      return EXIT_UNREADABLE;
    }
  if (dry_run)
    {
      report_usage (_("--dry-run only applies to “charter results import”"));
      return EXIT_UNREADABLE;
    }

  document = charter_format_load_file (argv[1], &error);
  if (document == NULL)
    {
      report (argv[1], error);
      return EXIT_UNREADABLE;
    }

  if (period == NULL)
    {
      const char *latest = charter_achievement_latest_period (document);

      if (latest == NULL)
        {
          g_print (_("%s has no results yet. Add them with “charter results import %s DATA.csv”.\n"),
                   argv[1], argv[1]);
          return EXIT_OK;
        }
      period = g_strdup (latest);
    }
  else if (!charter_period_parse (period, NULL, NULL, NULL))
    {
      report_usage (_("a period is a month (2026-09), a quarter (2026-Q3) or a year (2026)"));
      return EXIT_UNREADABLE;
    }
  else if (!charter_results_has_period (charter_document_get_results (document), period))
    {
      g_autofree char *known = g_strjoinv (", ", (char **)charter_results_get_periods (charter_document_get_results (document), NULL));
      g_autoptr(GError) missing = g_error_new (CHARTER_ERROR, CHARTER_ERROR_NOT_FOUND,
                                               _("no results for %s (periods with results: %s)"),
                                               period, *known ? known : _("none"));
      report (argv[1], missing);
      return EXIT_UNREADABLE;
    }

  {
    g_autofree char *table = charter_report_text (document, period);
    g_print ("%s", table);
  }
  return EXIT_OK;
}

static const Command commands[] = {
  { "new", cmd_new, N_("Create a charter from a template") },
  { "templates", cmd_templates, N_("List the templates") },
  { "validate", cmd_validate, N_("Check charter files") },
  { "export", cmd_export, N_("Export to PDF, PNG, SVG, HTML, text or .charter") },
  { "results", cmd_results, N_("Show results per period, or import them from CSV") },
};

static void
print_help (void)
{
  g_print ("%s\n  charter [FILE…]\n  charter COMMAND [OPTION…]\n\n", _("Usage:"));
  g_print ("%s\n", _("Write a customer service charter and print it."));
  g_print ("\n%s\n", _("Commands:"));
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    g_print ("  %-12s %s\n", commands[i].name, _(commands[i].summary));
  g_print ("\n%s\n", _("Options:"));
  g_print ("  %-12s %s\n", "--help", _("Show this help; “charter COMMAND --help” shows a command’s options"));
  g_print ("  %-12s %s\n", "--version", _("Show the version"));
  g_print ("\n%s\n", _("Without a command, charter opens the application with the given files."));
}

gboolean
charter_cli_wants (int    argc,
                   char **argv)
{
  if (argc < 2)
    return FALSE;

  if (g_str_equal (argv[1], "--help") || g_str_equal (argv[1], "-h") ||
      g_str_equal (argv[1], "help") ||
      g_str_equal (argv[1], "--version") || g_str_equal (argv[1], "-V"))
    return TRUE;

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    if (g_str_equal (argv[1], commands[i].name))
      return TRUE;

  return FALSE;
}

int
charter_cli_run (int    argc,
                 char **argv)
{
  g_set_prgname ("charter");

  if (g_str_equal (argv[1], "--version") || g_str_equal (argv[1], "-V"))
    {
      g_print ("charter %s\n", PACKAGE_VERSION);
      return EXIT_OK;
    }

  if (g_str_equal (argv[1], "--help") || g_str_equal (argv[1], "-h") || g_str_equal (argv[1], "help"))
    {
      print_help ();
      return EXIT_OK;
    }

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    if (g_str_equal (argv[1], commands[i].name))
      {
        g_autofree char *prgname = g_strdup_printf ("charter %s", commands[i].name);

        g_set_prgname (prgname);
        return commands[i].func (argc - 1, argv + 1);
      }

  g_assert_not_reached ();
}
