/* charter-app.h — entry into the graphical application
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

int charter_app_run (int    argc,
                     char **argv);

G_END_DECLS
