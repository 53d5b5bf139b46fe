/* charter-i18n.h — setting up translations for Charter's programs
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Sets the locale from the environment and binds Charter's message
 * catalogue as UTF-8, from $CHARTER_LOCALEDIR when set (the build tree's
 * or a temporary install's catalogues, for tests), else LOCALEDIR. */
void charter_i18n_init (void);

G_END_DECLS
