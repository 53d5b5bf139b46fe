/* charter-welcome.h — where every charter starts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Templates with a line on each, Open, recent files, and drafts that
 * survived a crash. Rows activate the window's actions
 * (win.new-from-template, win.open, win.open-recent, win.recover-draft).
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define CHARTER_TYPE_WELCOME (charter_welcome_get_type ())
G_DECLARE_FINAL_TYPE (CharterWelcome, charter_welcome, CHARTER, WELCOME, AdwBin)

/* Reads recent files and drafts again. */
void charter_welcome_refresh (CharterWelcome *self);

G_END_DECLS
