/* charter-page-implementation.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "charter-page.h"

G_BEGIN_DECLS

#define CHARTER_TYPE_PAGE_IMPLEMENTATION (charter_page_implementation_get_type ())
G_DECLARE_FINAL_TYPE (CharterPageImplementation, charter_page_implementation, CHARTER, PAGE_IMPLEMENTATION, CharterPage)

CharterPage *charter_page_implementation_new (void);

G_END_DECLS
