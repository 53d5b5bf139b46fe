/* charter-export.h — writing a charter in every output format
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "charter-document.h"
#include "charter-error.h"
#include "charter-layout.h"
#include "charter-staff.h"

G_BEGIN_DECLS

typedef enum {
  CHARTER_EXPORT_CHARTER,
  CHARTER_EXPORT_TEXT,
  CHARTER_EXPORT_PDF,
  CHARTER_EXPORT_PNG,
  CHARTER_EXPORT_SVG,
  CHARTER_EXPORT_HTML,
  CHARTER_N_EXPORT_FORMATS
} CharterExportFormat;

typedef struct {
  const char *paper;       /* "a4", "letter", "a5", "a3"; "card" (layout card
                            * only): one card at trim size plus bleed;
                            * NULL: from the locale (A3 for posters) */
  const char *layout;      /* "document" (default), "poster", "card",
                            * "induction" or "report" */
  gboolean    large_print;
  int         page;        /* 1-based page for single-page formats; 0: all / first */
  const char *period;      /* layout "report": "2026-Q3"…; NULL: the latest */
  GPtrArray  *staff;       /* layout "induction", PDF only: CharterStaffMember
                            * items; one personalised pack each, in order */
} CharterExportOptions;

/* The format named by a file extension ("pdf", "txt"…), or -1. */
int          charter_export_format_from_name (const char          *name);
int          charter_export_format_from_path (const char          *path);
const char  *charter_export_format_extension (CharterExportFormat  format);

/* Writes @document to @path in @format. Output is written atomically:
 * on error no file (or the untouched old file) is left at @path. */
gboolean     charter_export_to_file          (CharterDocument            *document,
                                              CharterExportFormat         format,
                                              const CharterExportOptions *options,
                                              const char                 *path,
                                              GError                    **error);

/* Checks the paper and layout names in @options: a CHARTER_ERROR_USAGE
 * error naming the accepted values when one is unknown. */
gboolean     charter_export_check_options    (const CharterExportOptions *options,
                                              GError                    **error);

/* Writes every page of @document as a PNG image into @dir, named
 * BASENAME-1.png, BASENAME-2.png… Each file is written atomically. */
gboolean     charter_export_pages_to_dir     (CharterDocument            *document,
                                              const CharterExportOptions *options,
                                              const char                 *dir,
                                              const char                 *basename,
                                              GError                    **error);

/* Layout "induction" with options->staff: one PDF per staff member in
 * @dir, named NNN-NAME.pdf (NNN the member's place in the list, NAME
 * the name in lower-case ASCII). The document is laid out once. */
gboolean     charter_export_packs_to_dir     (CharterDocument            *document,
                                              const CharterExportOptions *options,
                                              const char                 *dir,
                                              GError                    **error);

/* The file name charter_export_packs_to_dir() gives the @index-th
 * (0-based) pack of @n_packs. */
char        *charter_export_pack_name        (const CharterStaffMember   *member,
                                              guint                       index,
                                              guint                       n_packs);

/* Page @page (0-based) of @layout as a PNG of @width × @height pixels,
 * drawn at @scale pixels per point on white: PNG exports and thumbnails. */
GBytes      *charter_export_page_png         (CharterLayout              *layout,
                                              guint                       page,
                                              double                      scale,
                                              int                         width,
                                              int                         height,
                                              GError                    **error);

G_END_DECLS
