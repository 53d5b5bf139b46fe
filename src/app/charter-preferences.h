/* charter-preferences.h — the Preferences window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define CHARTER_TYPE_PREFERENCES (charter_preferences_get_type ())
G_DECLARE_FINAL_TYPE (CharterPreferences, charter_preferences, CHARTER, PREFERENCES, AdwPreferencesWindow)

GtkWindow *charter_preferences_new (GtkWindow *parent);

G_END_DECLS
