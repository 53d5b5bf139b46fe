/* charter-step.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "charter-step.h"

static const struct {
  const char *id;
  const char *title;
} steps[CHARTER_N_STEPS] = {
  [CHARTER_STEP_ABOUT] = { "about", N_("About you") },
  [CHARTER_STEP_PURPOSE] = { "purpose", N_("Purpose") },
  [CHARTER_STEP_SCOPE] = { "scope", N_("Scope and channels") },
  [CHARTER_STEP_STANDARDS] = { "standards", N_("Service standards") },
  [CHARTER_STEP_RIGHTS] = { "rights", N_("Rights and responsibilities") },
  [CHARTER_STEP_IMPLEMENTATION] = { "implementation", N_("Implementation") },
  [CHARTER_STEP_FEEDBACK] = { "feedback", N_("Feedback and complaints") },
  [CHARTER_STEP_REVIEW] = { "review", N_("Review and export") },
};

const char *
charter_step_get_id (CharterStep step)
{
  g_return_val_if_fail (step < CHARTER_N_STEPS, NULL);

  return steps[step].id;
}

gboolean
charter_step_from_id (const char  *id,
                      CharterStep *step)
{
  g_return_val_if_fail (id != NULL, FALSE);

  for (guint i = 0; i < CHARTER_N_STEPS; i++)
    if (g_str_equal (steps[i].id, id))
      {
        if (step != NULL)
          *step = i;
        return TRUE;
      }

  return FALSE;
}

const char *
charter_step_get_title (CharterStep step)
{
  g_return_val_if_fail (step < CHARTER_N_STEPS, NULL);

  return _(steps[step].title);
}
