/* charter-exporter.h — exporting from the app, in the background
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Asks where to write (through the file chooser portal), exports a copy of
 * the charter on a worker thread so the window never waits, and reports
 * the outcome in the window: a toast with Open, or an error dialog.
 */
#pragma once

#include "charter-export.h"
#include "charter-window.h"

G_BEGIN_DECLS

/* The options' strings are copied; @document is copied at once. */
void charter_exporter_export_to (CharterWindow              *window,
                                 CharterDocument            *document,
                                 CharterExportFormat         format,
                                 const CharterExportOptions *options,
                                 GFile                      *file);

/* Shows a save dialog with a name made from the organisation's, then
 * exports there. */
void charter_exporter_choose    (CharterWindow              *window,
                                 CharterDocument            *document,
                                 CharterExportFormat         format,
                                 const CharterExportOptions *options);

G_END_DECLS
