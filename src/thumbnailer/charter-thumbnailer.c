/* charter-thumbnailer.c — the first page of a .charter as a PNG thumbnail
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * File managers run this through the .thumbnailer entry:
 *
 *   charter-thumbnailer -s SIZE INPUT OUTPUT
 *
 * INPUT is a path or a URI, OUTPUT the PNG to write, and SIZE the length
 * in pixels of the thumbnail's larger side. It draws with the same layout
 * as the PDF and never touches GTK, so it runs without a display (and in
 * the sandbox GNOME puts thumbnailers in).
 */
#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n.h>
#include <math.h>

#include "charter-format.h"
#include "charter-i18n.h"
#include "charter-export.h"
#include "charter-layout.h"

enum {
  EXIT_OK = 0,
  EXIT_FAILED = 1,
  EXIT_USAGE = 2,
};

/* Larger than any thumbnail size GNOME asks for (xx-large is 1024), small
 * enough that a bad -s cannot make us allocate gigabytes. */
#define MAX_SIZE 4096

static void
report (const char   *file,
        const GError *error)
{
  g_printerr ("charter-thumbnailer: %s: %s: %s\n", file, _("error"), error->message);
}

static CharterDocument *
load (const char  *input,
      GError     **error)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (input);
  g_autofree char *path = g_file_get_path (file);
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GBytes) bytes = NULL;

  if (path != NULL)
    return charter_format_load_file (path, error);

  /* A URI with no local path (gvfs): check the size before reading it all. */
  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE, G_FILE_QUERY_INFO_NONE, NULL, error);
  if (info == NULL)
    return NULL;
  if (g_file_info_get_size (info) > CHARTER_MAX_FILE_SIZE)
    {
      g_set_error (error, CHARTER_ERROR, CHARTER_ERROR_TOO_LARGE,
                   _("the file is too large (charters are at most %d MiB)"),
                   CHARTER_MAX_FILE_SIZE / (1024 * 1024));
      return NULL;
    }
  bytes = g_file_load_bytes (file, NULL, NULL, error);
  if (bytes == NULL)
    return NULL;
  return charter_format_load_bytes (bytes, error);
}

/* The first page, scaled so its larger side is @size pixels. */
static GBytes *
render_first_page (CharterDocument  *document,
                   int               size,
                   GError          **error)
{
  CharterPageSetup setup = { .kind = CHARTER_LAYOUT_DOCUMENT };
  g_autoptr(CharterLayout) layout = charter_layout_new (document, &setup);
  double width, height, scale;

  charter_layout_get_page_size (layout, &width, &height);
  scale = size / MAX (width, height);
  return charter_export_page_png (layout, 0, scale, (int) round (width * scale), (int) round (height * scale), error);
}

static int
usage_error (const char *message)
{
  g_printerr ("charter-thumbnailer: %s: %s\n", _("error"), message);
  g_printerr (_("Try “charter-thumbnailer --help” for more information.\n"));
  return EXIT_USAGE;
}

int
main (int    argc,
      char **argv)
{
  int size = 256;
  const GOptionEntry entries[] = {
    { "size", 's', G_OPTION_FLAG_NONE, G_OPTION_ARG_INT, &size,
      N_("Length of the thumbnail’s larger side in pixels (default 256)"), N_("PIXELS") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(CharterDocument) document = NULL;
  g_autoptr(GBytes) png = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  const char *input, *output;

  charter_i18n_init ();

  context = g_option_context_new (_("INPUT OUTPUT"));
  g_option_context_set_summary (context, _("Draw the first page of a charter as a PNG thumbnail. "
                                           "INPUT is a .charter file or its URI; OUTPUT is the PNG to write."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    return usage_error (error->message);

  if (argc != 3)
    return usage_error (_("expected an input file and an output file"));
  if (size < 1 || size > MAX_SIZE)
    {
      message = g_strdup_printf (_("the size must be between 1 and %d pixels, not %d"), MAX_SIZE, size);
      return usage_error (message);
    }
  input = argv[1];
  output = argv[2];

  document = load (input, &error);
  if (document == NULL)
    {
      report (input, error);
      return EXIT_FAILED;
    }

  png = render_first_page (document, size, &error);
  if (png == NULL)
    {
      report (input, error);
      return EXIT_FAILED;
    }

  /* Written whole or not at all: a file manager must never cache half a PNG. */
  if (!charter_file_replace (output, g_bytes_get_data (png, NULL), g_bytes_get_size (png), &error))
    {
      report (output, error);
      return EXIT_FAILED;
    }
  return EXIT_OK;
}
