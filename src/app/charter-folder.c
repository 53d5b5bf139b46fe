/* charter-folder.c — naming the folder a charter is in
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "charter-folder-private.h"

char *
charter_folder_display_name (GFile *folder)
{
  g_autoptr(GFile) home = g_file_new_for_path (g_get_home_dir ());
  g_autofree char *relative = NULL;
  g_autofree char *shown = NULL;

  if (g_file_equal (folder, home))
    return g_strdup ("~");
  relative = g_file_get_relative_path (home, folder);
  if (relative == NULL)
    return g_file_get_parse_name (folder);
  shown = g_filename_display_name (relative);
  return g_build_filename ("~", shown, NULL);
}
