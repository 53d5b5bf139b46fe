/* charter-settings.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "charter-settings.h"

GSettings *
charter_settings_new (void)
{
  return g_settings_new (APP_ID);
}

const CharterPaper *
charter_settings_get_paper (GSettings *settings)
{
  g_autofree char *id = g_settings_get_string (settings, "default-paper");
  const CharterPaper *paper = charter_paper_lookup (id);

  return paper ? paper : charter_paper_default ();
}
