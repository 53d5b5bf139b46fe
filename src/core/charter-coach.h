/* charter-coach.h — an honest reader of a charter
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The coach reads a document and says what would make it a better charter:
 * standards that cannot be measured, vague promises, contact details that
 * cannot work, complaints with nowhere to go, dates that do not exist, text
 * that is hard to read. Rules that depend on language (vague words,
 * readability) follow the charter's language, not the desktop's: English
 * (Flesch reading ease) and Danish (LIX); other languages get every check
 * but those two. Messages and hints follow the desktop's language.
 */
#pragma once

#include <gio/gio.h>

#include "charter-document.h"
#include "charter-finding.h"

G_BEGIN_DECLS

/* Checks @document and returns a list of CharterFinding, in step order.
 * @today is the date review dates are compared with; NULL means the
 * current local date (tests and `charter validate --today` pass one). */
GListModel *charter_coach_check            (CharterDocument  *document,
                                            const GDate      *today);

/* How complete the charter is, 0–100; 100 only when nothing is missing.
 * When @missing is not NULL it receives a new array of translated short
 * descriptions of what is missing ("The overview is empty."). */
guint       charter_coach_get_completeness (CharterDocument  *document,
                                            GPtrArray       **missing);

/* The same for one step, for a stepper that shows each step's state:
 * 100 when everything the step asks for is there. */
guint       charter_coach_get_step_completeness (CharterDocument *document,
                                                 CharterStep      step);

/* Parses a strict ISO 8601 calendar date "YYYY-MM-DD" that exists
 * (2026-02-30 does not). */
gboolean    charter_coach_parse_date       (const char       *text,
                                            GDate            *date);

/* Flesch reading ease of English @text: higher is easier; below 50 is
 * hard for the general public. Returns -1 when @text has no words. */
double      charter_coach_flesch           (const char       *text);

/* LIX (læsbarhedsindeks) of Danish @text: lower is easier; above 45 is
 * hard for the general public. Returns -1 when @text has no words. */
double      charter_coach_lix              (const char       *text);

G_END_DECLS
