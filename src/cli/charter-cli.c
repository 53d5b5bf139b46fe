/* charter-cli.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>

#include "charter-cli.h"
#include "charter-export.h"
#include "charter-format.h"
#include "charter-schema.h"
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
  guint n;

  g_option_context_set_summary (context, _("List the templates a new charter can start from."));
  if (!parse_options (context, &argc, &argv))
    return EXIT_UNREADABLE;

  templates = charter_templates_get_all (&n);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *langs = g_strdelimit (g_strdup (templates[i].languages), " ", ',');

      g_print ("%-14s %-8s %-28s %s\n", templates[i].id, langs,
               _(templates[i].name), _(templates[i].description));
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

static int
cmd_validate (int    argc,
              char **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (_("FILE…"));
  int status = EXIT_OK;

  g_option_context_set_summary (context, _("Check charter files. Exit status: 0 when every file is clean, "
                                           "1 when there are findings, 2 when a file cannot be read."));
  if (!parse_options (context, &argc, &argv))
    return EXIT_UNREADABLE;

  if (argc < 2)
    {
      report_usage (_("“charter validate” needs at least one file"));
      return EXIT_UNREADABLE;
    }

  for (int i = 1; i < argc; i++)
    {
      g_autoptr(CharterDocument) document = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(GBytes) saved = NULL;
      g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);

      document = charter_format_load_file (argv[i], &error);
      if (document == NULL)
        {
          report (argv[i], error);
          status = EXIT_UNREADABLE;
          continue;
        }

      /* The loader accepted it; the schema is the second, independent
       * opinion that what we would write is well-formed. */
      saved = charter_format_save_bytes (document);
      if (!charter_schema_validate (saved, problems))
        {
          for (guint p = 0; p < problems->len; p++)
            g_print ("%s: schema: %s: %s\n", argv[i], _("warning"), (char *)problems->pdata[p]);
          status = MAX (status, EXIT_FINDINGS);
        }
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

static int
cmd_export (int    argc,
            char **argv)
{
  g_autofree char *output = NULL;
  g_autofree char *output_dir = NULL;
  g_autofree char *format_name = NULL;
  g_autofree char *paper = NULL;
  g_autofree char *layout = NULL;
  gboolean large_print = FALSE;
  int page = 0;
  g_autoptr(GOptionContext) context = g_option_context_new (_("FILE…"));
  CharterExportOptions options = { 0 };
  const GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("Output file; its extension picks the format"), N_("OUT") },
    { "output-dir", 'd', 0, G_OPTION_ARG_FILENAME, &output_dir, N_("Write one output per input into this folder"), N_("DIR") },
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format_name, N_("Format with --output-dir: pdf, png, svg, html, txt or charter"), N_("FORMAT") },
    { "paper", 'p', 0, G_OPTION_ARG_STRING, &paper, N_("Paper size: a4, letter, a5 or a3"), N_("PAPER") },
    { "layout", 'L', 0, G_OPTION_ARG_STRING, &layout, N_("Layout: document"), N_("LAYOUT") },
    { "large-print", 0, 0, G_OPTION_ARG_NONE, &large_print, N_("Large print edition (body text 16 pt or more)"), NULL },
    { "page", 0, 0, G_OPTION_ARG_INT, &page, N_("Page to export for PNG and SVG (default 1; with --output-dir and png, all pages)"), N_("N") },
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
      if (g_mkdir_with_parents (output_dir, 0777) != 0)
        {
          g_autoptr(GError) error = g_error_new (CHARTER_ERROR, CHARTER_ERROR_IO,
                                                 _("cannot create the folder: %s"), g_strerror (errno));
          report (output_dir, error);
          return EXIT_UNREADABLE;
        }
    }

  options.paper = paper;
  options.layout = layout;
  options.large_print = large_print;
  options.page = page;

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

static const Command commands[] = {
  { "new", cmd_new, N_("Create a charter from a template") },
  { "templates", cmd_templates, N_("List the templates") },
  { "validate", cmd_validate, N_("Check charter files") },
  { "export", cmd_export, N_("Export to PDF, PNG, SVG, HTML, text or .charter") },
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
