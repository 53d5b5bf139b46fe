/* charter-cli.h — the command-line front end (no display, no GTK)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* TRUE when @argv asks for a command-line action rather than the app. */
gboolean charter_cli_wants (int    argc,
                            char **argv);

/* Runs the command and returns the process exit status. */
int      charter_cli_run   (int    argc,
                            char **argv);

G_END_DECLS
