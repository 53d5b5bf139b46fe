/* charter-folder-private.h — naming the folder a charter is in
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* @folder as GNOME apps show it under a file's name, in the header bar
 * and in lists of recent files: "~/Documents" for a folder in the home
 * folder ("~" for the home folder itself), else its full name. */
char *charter_folder_display_name (GFile *folder);

G_END_DECLS
