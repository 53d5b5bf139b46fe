/* charter-settings.h — the app's GSettings
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "charter-layout.h"

G_BEGIN_DECLS

/* The schema is named after the application id, so .Devel builds keep
 * their own preferences. */
GSettings          *charter_settings_new   (void);

/* The paper the preferences name, or the locale's default for "auto". */
const CharterPaper *charter_settings_get_paper (GSettings *settings);

G_END_DECLS
