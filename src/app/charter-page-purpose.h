/* charter-page-purpose.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "charter-page.h"

G_BEGIN_DECLS

#define CHARTER_TYPE_PAGE_PURPOSE (charter_page_purpose_get_type ())
G_DECLARE_FINAL_TYPE (CharterPagePurpose, charter_page_purpose, CHARTER, PAGE_PURPOSE, CharterPage)

CharterPage *charter_page_purpose_new (void);

G_END_DECLS
