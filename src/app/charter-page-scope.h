/* charter-page-scope.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "charter-page.h"

G_BEGIN_DECLS

#define CHARTER_TYPE_PAGE_SCOPE (charter_page_scope_get_type ())
G_DECLARE_FINAL_TYPE (CharterPageScope, charter_page_scope, CHARTER, PAGE_SCOPE, CharterPage)

CharterPage *charter_page_scope_new (void);

G_END_DECLS
