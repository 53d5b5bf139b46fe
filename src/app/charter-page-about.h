/* charter-page-about.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "charter-page.h"

G_BEGIN_DECLS

#define CHARTER_TYPE_PAGE_ABOUT (charter_page_about_get_type ())
G_DECLARE_FINAL_TYPE (CharterPageAbout, charter_page_about, CHARTER, PAGE_ABOUT, CharterPage)

CharterPage *charter_page_about_new (void);

G_END_DECLS
