/* charter-induction.h — the staff acknowledgement page of an induction pack
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The last page of the induction layout: a statement the new starter
 * signs, their name, role and start date (printed from the staff list,
 * or blank lines to fill in by hand), signature and date lines for them
 * and for their manager. The document pages before it are laid out once;
 * only this page changes from one person to the next.
 */
#pragma once

#include "charter-print-private.h"
#include "charter-staff.h"

G_BEGIN_DECLS

typedef struct _CharterAcknowledgement CharterAcknowledgement;

/* The page's frame in points: the same margins as the document's. */
CharterAcknowledgement *charter_acknowledgement_new  (CharterDocument          *document,
                                                      double                    width,
                                                      double                    margin_x,
                                                      double                    margin_top,
                                                      double                    unit);
void                    charter_acknowledgement_free (CharterAcknowledgement   *self);

/* Draws the page's content (not its white background or footer) for
 * @member, or with blank lines when @member is NULL. */
void                    charter_acknowledgement_draw (CharterAcknowledgement   *self,
                                                      cairo_t                  *cr,
                                                      const CharterStaffMember *member);

G_END_DECLS
