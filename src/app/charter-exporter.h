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

/* "Hollis & Daughters Hardware.pdf": the organisation's name (or
 * "charter") with @format's extension, safe as a file name. */
char *charter_exporter_file_name (CharterDocument            *document,
                                  CharterExportFormat         format);

/* Shows a save dialog with charter_exporter_file_name(), then exports a
 * copy of @document there (the options' strings are copied). */
void charter_exporter_choose    (CharterWindow              *window,
                                 CharterDocument            *document,
                                 CharterExportFormat         format,
                                 const CharterExportOptions *options);

G_END_DECLS
