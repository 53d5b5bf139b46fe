/* charter-page-standards.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "charter-page.h"

G_BEGIN_DECLS

#define CHARTER_TYPE_PAGE_STANDARDS (charter_page_standards_get_type ())
G_DECLARE_FINAL_TYPE (CharterPageStandards, charter_page_standards, CHARTER, PAGE_STANDARDS, CharterPage)

CharterPage *charter_page_standards_new (void);

G_END_DECLS
