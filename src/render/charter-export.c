/* charter-export.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "charter-export.h"
#include "charter-format.h"
#include "charter-report.h"
#include "charter-text.h"

static const char * const extensions[CHARTER_N_EXPORT_FORMATS] = {
  [CHARTER_EXPORT_CHARTER] = "charter",
  [CHARTER_EXPORT_TEXT] = "txt",
  [CHARTER_EXPORT_PDF] = "pdf",
  [CHARTER_EXPORT_PNG] = "png",
  [CHARTER_EXPORT_SVG] = "svg",
  [CHARTER_EXPORT_HTML] = "html",
};

int
charter_export_format_from_name (const char *name)
{
  g_return_val_if_fail (name != NULL, -1);

  for (guint i = 0; i < CHARTER_N_EXPORT_FORMATS; i++)
    if (g_ascii_strcasecmp (name, extensions[i]) == 0)
      return i;

  if (g_ascii_strcasecmp (name, "text") == 0)
    return CHARTER_EXPORT_TEXT;
  if (g_ascii_strcasecmp (name, "htm") == 0)
    return CHARTER_EXPORT_HTML;

  return -1;
}

int
charter_export_format_from_path (const char *path)
{
  const char *dot;

  g_return_val_if_fail (path != NULL, -1);

  dot = strrchr (path, '.');
  if (dot == NULL || strchr (dot, G_DIR_SEPARATOR) != NULL)
    return -1;

  return charter_export_format_from_name (dot + 1);
}

const char *
charter_export_format_extension (CharterExportFormat format)
{
  g_return_val_if_fail (format < CHARTER_N_EXPORT_FORMATS, NULL);
  return extensions[format];
}

gboolean
charter_export_to_file (CharterDocument            *document,
                        CharterExportFormat         format,
                        const CharterExportOptions *options,
                        const char                 *path,
                        GError                    **error)
{
  g_return_val_if_fail (CHARTER_IS_DOCUMENT (document), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (options != NULL && options->layout != NULL && g_ascii_strcasecmp (options->layout, "report") == 0)
    return charter_report_export (document, format, options, path, error);

  switch (format)
    {
    case CHARTER_EXPORT_CHARTER:
      return charter_format_save_file (document, path, error);

    case CHARTER_EXPORT_TEXT:
      {
        g_autofree char *text = charter_text_export (document, 78);
        return charter_file_replace (path, text, strlen (text), error);
      }

    case CHARTER_EXPORT_PDF:
    case CHARTER_EXPORT_PNG:
    case CHARTER_EXPORT_SVG:
    case CHARTER_EXPORT_HTML:
    case CHARTER_N_EXPORT_FORMATS:
    default:
      g_set_error (error, CHARTER_ERROR, CHARTER_ERROR_USAGE,
                   _("export to .%s is not available in this build"),
                   format < CHARTER_N_EXPORT_FORMATS ? extensions[format] : "?");
      return FALSE;
    }
}
