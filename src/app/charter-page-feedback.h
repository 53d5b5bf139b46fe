/* charter-page-feedback.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "charter-page.h"

G_BEGIN_DECLS

#define CHARTER_TYPE_PAGE_FEEDBACK (charter_page_feedback_get_type ())
G_DECLARE_FINAL_TYPE (CharterPageFeedback, charter_page_feedback, CHARTER, PAGE_FEEDBACK, CharterPage)

CharterPage *charter_page_feedback_new (void);

G_END_DECLS
