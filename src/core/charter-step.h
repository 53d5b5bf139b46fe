/* charter-step.h — the steps of writing a charter
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One step per wizard page. The coach places each finding in a step and the
 * guidance is written per step, so the app can show both on the right page.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum {
  CHARTER_STEP_ABOUT,
  CHARTER_STEP_PURPOSE,
  CHARTER_STEP_SCOPE,
  CHARTER_STEP_STANDARDS,
  CHARTER_STEP_RIGHTS,          /* rights and responsibilities */
  CHARTER_STEP_IMPLEMENTATION,
  CHARTER_STEP_FEEDBACK,        /* feedback and complaints */
  CHARTER_STEP_REVIEW,          /* review and publication */
  CHARTER_N_STEPS
} CharterStep;

/* A stable, untranslated id: "about", "purpose", … "review". */
const char  *charter_step_get_id   (CharterStep  step);
/* Returns FALSE when @id names no step. */
gboolean     charter_step_from_id  (const char  *id,
                                    CharterStep *step);
/* The step's title in the user's language ("Rights and responsibilities"). */
const char  *charter_step_get_title (CharterStep step);

G_END_DECLS
