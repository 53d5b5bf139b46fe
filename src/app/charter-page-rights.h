/* charter-page-rights.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "charter-page.h"

G_BEGIN_DECLS

#define CHARTER_TYPE_PAGE_RIGHTS (charter_page_rights_get_type ())
G_DECLARE_FINAL_TYPE (CharterPageRights, charter_page_rights, CHARTER, PAGE_RIGHTS, CharterPage)

CharterPage *charter_page_rights_new (void);

G_END_DECLS
