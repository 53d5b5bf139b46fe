/* charter-page-review.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "charter-layout.h"
#include "charter-page.h"

G_BEGIN_DECLS

#define CHARTER_TYPE_PAGE_REVIEW (charter_page_review_get_type ())
G_DECLARE_FINAL_TYPE (CharterPageReview, charter_page_review, CHARTER, PAGE_REVIEW, CharterPage)

CharterPage *charter_page_review_new       (void);

/* The layout, paper and print size chosen on the page; ::setup-changed
 * says when they change, so the preview can follow. */
void         charter_page_review_get_setup (CharterPageReview *self,
                                            CharterPageSetup  *setup);
/* Asks where to export in the chosen format and exports there. */
void         charter_page_review_export    (CharterPageReview *self);
void         charter_page_review_print     (CharterPageReview *self);

G_END_DECLS
