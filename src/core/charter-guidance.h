/* charter-guidance.h — help text for each step of writing a charter
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The guidance shown beside each wizard page: what the step is for, why it
 * matters, a few short examples and the common pitfalls. Every string is
 * returned in the user's language.
 */
#pragma once

#include "charter-step.h"

G_BEGIN_DECLS

const char  *charter_guidance_get_title    (CharterStep step);
/* What the step is for, one or two sentences. */
const char  *charter_guidance_get_purpose  (CharterStep step);
/* Why it matters to customers and staff, one or two sentences. */
const char  *charter_guidance_get_why      (CharterStep step);
/* Two or three short examples; free with g_strfreev(). */
char       **charter_guidance_get_examples (CharterStep step);
/* The mistakes people make most often at this step; free with g_strfreev(). */
char       **charter_guidance_get_pitfalls (CharterStep step);

G_END_DECLS
