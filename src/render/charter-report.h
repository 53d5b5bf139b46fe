/* charter-report.h — the achievement report: what the charter promised
 * and what was delivered in one period
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Drawn with pango and cairo on its own (layout "report" of `charter
 * export`): a title, a summary paragraph, a table of every standard with
 * its target, result, a ✓/✗ mark with words and a small trend chart, and
 * the notes on every missed standard.
 */
#pragma once

#include <cairo.h>

#include "charter-document.h"
#include "charter-export.h"

G_BEGIN_DECLS

/* The period a report covers: @requested when the charter has results
 * for it, the latest period with results when @requested is NULL, or
 * NULL with an error saying which periods there are. */
char      *charter_report_resolve_period (CharterDocument            *document,
                                          const char                 *requested,
                                          GError                    **error);

/* Pages of the report on @paper ("a4", "letter", "a5", "a3"; NULL: from
 * the locale), in points. */
guint      charter_report_get_n_pages    (CharterDocument            *document,
                                          const char                 *period,
                                          const char                 *paper);
void       charter_report_get_page_size  (const char                 *paper,
                                          double                     *width,
                                          double                     *height);
/* Draws page @page (0-based) at its natural size in points. */
void       charter_report_draw_page      (CharterDocument            *document,
                                          const char                 *period,
                                          const char                 *paper,
                                          cairo_t                    *cr,
                                          guint                       page);

/* A standalone HTML page (UTF-8, all text escaped, charts as inline SVG). */
char      *charter_report_html           (CharterDocument            *document,
                                          const char                 *period);
/* The report as a plain-text table for terminals and .txt export. */
char      *charter_report_text           (CharterDocument            *document,
                                          const char                 *period);

/* Writes the report for options->period in @format (PDF, PNG, SVG, HTML
 * or text) to @path atomically. */
gboolean   charter_report_export         (CharterDocument            *document,
                                          CharterExportFormat         format,
                                          const CharterExportOptions *options,
                                          const char                 *path,
                                          GError                    **error);

G_END_DECLS
