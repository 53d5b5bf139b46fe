/* charter-guidance.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The table below is the only copy of the guidance: gettext extracts it
 * through N_() and the functions translate on the way out.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "charter-guidance.h"

#define MAX_EXAMPLES 3
#define MAX_PITFALLS 3

typedef struct {
  const char *purpose;
  const char *why;
  const char *examples[MAX_EXAMPLES + 1];
  const char *pitfalls[MAX_PITFALLS + 1];
} Guidance;

static const Guidance guidance[CHARTER_N_STEPS] = {
  [CHARTER_STEP_ABOUT] = {
    N_("Tell customers who you are and how to reach you: your name, what you do, your address, phone, email and website."),
    N_("A charter is a promise from someone. Customers need to know who stands behind it and where to find you."),
    {
      N_("“A family-run hardware shop on the high street since 1987.”"),
      N_("“We design and build websites for small charities and local businesses.”"),
      NULL,
    },
    {
      N_("An overview that lists every product instead of saying what you are for."),
      N_("Contact details that nobody reads, such as an old email address."),
      NULL,
    },
  },
  [CHARTER_STEP_PURPOSE] = {
    N_("Sum up in one short sentence why you serve customers, then tell the story behind it and what every customer can count on."),
    N_("Staff and customers remember a short purpose. It guides decisions when the charter does not cover a situation."),
    {
      N_("“We make it right, every call, every time.”"),
      N_("“The right part, the right advice, first time.”"),
      N_("“Good food, a warm welcome and no waiting.”"),
    },
    {
      N_("More than 15 words: nobody will remember it."),
      N_("Empty words such as “excellent service” that every business could say."),
      NULL,
    },
  },
  [CHARTER_STEP_SCOPE] = {
    N_("Say which services, places and customers the charter covers, what it does not cover, and how people can reach you, with opening hours."),
    N_("Clear limits stop promises being read into services you do not offer, and hours tell customers when to expect an answer."),
    {
      N_("“Covers the shop, phone and email orders; not goods bought elsewhere.”"),
      N_("“Phone: Monday to Friday 8:00–16:00.”"),
      N_("“Email: read every working day by 10:00.”"),
    },
    {
      N_("A channel with no hours, so customers do not know when it is open."),
      N_("Forgetting accessibility: say how people who cannot use a channel can still reach you."),
      NULL,
    },
  },
  [CHARTER_STEP_STANDARDS] = {
    N_("Write the promises you will measure: each one with a target and unit, the share of cases, when the clock starts, who owns it and how often you report it."),
    N_("Only a promise with a number can be checked. Standards for all three pillars – make it happen, make it easy, make it better – cover what matters to customers, not only what is easy to count."),
    {
      /* xgettext:no-c-format */
      N_("“We answer the phone within 20 seconds, 90 % of the time.”"),
      N_("“We reply to emails within 1 working day.”"),
      N_("“No more than 2 customers queue at any open till.”"),
    },
    {
      N_("Words such as “promptly” or “as soon as possible”: they cannot be measured."),
      N_("A target without a unit: is 2 hours, days or weeks?"),
      N_("Standards only about speed, with nothing about getting it right or getting better."),
    },
  },
  [CHARTER_STEP_RIGHTS] = {
    N_("List what every customer can expect from you, and how customers can help you give good service."),
    N_("Rights set the floor of how people are treated. Asking for help in return is fair and makes the standards possible."),
    {
      N_("“Clear prices, with no surprises at the till.”"),
      N_("“Your personal details used only for your order.”"),
      N_("“Bring your booking number, so we can find your order at once.”"),
    },
    {
      N_("Responsibilities that read as rules or threats rather than requests."),
      N_("Repeating the law word for word instead of saying what it means for the customer."),
      NULL,
    },
  },
  [CHARTER_STEP_IMPLEMENTATION] = {
    N_("Describe how the charter lives inside your business: induction of new staff, supervision and appraisal, team communication, quality procedures, training and who owns it."),
    N_("A charter on the wall changes nothing until staff know it, are supported to keep it and see the results."),
    {
      N_("“Every new starter reads the charter on their first day with a colleague.”"),
      N_("“Results against each standard are discussed at the Monday team meeting.”"),
      N_("“Each appraisal includes how the person keeps the charter.”"),
    },
    {
      N_("No one named as the owner, so no one keeps it up to date."),
      N_("Leaving out appraisal: what is never discussed is soon forgotten."),
      NULL,
    },
  },
  [CHARTER_STEP_FEEDBACK] = {
    N_("Invite feedback, say what happens when you miss or exceed a standard, and set out your complaint stages with who handles them and how fast, your contact details and where customers can go next."),
    N_("Complaints show where the service fails. A clear, quick procedure keeps customers who would otherwise leave in silence."),
    {
      N_("“Stage 1: talk to the duty manager; settled within 1 working day.”"),
      N_("“Write to the owner: acknowledged in 2 working days, answered in 10.”"),
      N_("“Still unhappy? Contact the independent ombudsman.”"),
    },
    {
      N_("No time limits, so customers do not know when to expect an answer."),
      N_("No independent body to turn to when your own procedure has ended."),
      NULL,
    },
  },
  [CHARTER_STEP_REVIEW] = {
    N_("Record the version, when it takes effect, when you will review it, who approved it, what changed, where it is published and which other formats you offer."),
    N_("A charter that is never reviewed drifts away from what customers need. Publishing it widely is what makes it a promise."),
    {
      N_("“Version 2.1, effective 1 September; next review 1 September next year.”"),
      N_("“Approved by Ruth Hollis, owner.”"),
      N_("“Large print and Danish on request.”"),
    },
    {
      N_("A review date that has already passed."),
      N_("Publishing only on the website, where walk-in customers never see it."),
      NULL,
    },
  },
};

const char *
charter_guidance_get_title (CharterStep step)
{
  return charter_step_get_title (step);
}

const char *
charter_guidance_get_purpose (CharterStep step)
{
  g_return_val_if_fail (step < CHARTER_N_STEPS, NULL);

  return _(guidance[step].purpose);
}

const char *
charter_guidance_get_why (CharterStep step)
{
  g_return_val_if_fail (step < CHARTER_N_STEPS, NULL);

  return _(guidance[step].why);
}

static char **
translate_all (const char * const *strings)
{
  GStrvBuilder *builder = g_strv_builder_new ();
  char **result;

  for (guint i = 0; strings[i] != NULL; i++)
    g_strv_builder_add (builder, _(strings[i]));

  result = g_strv_builder_end (builder);
  g_strv_builder_unref (builder);
  return result;
}

char **
charter_guidance_get_examples (CharterStep step)
{
  g_return_val_if_fail (step < CHARTER_N_STEPS, NULL);

  return translate_all (guidance[step].examples);
}

char **
charter_guidance_get_pitfalls (CharterStep step)
{
  g_return_val_if_fail (step < CHARTER_N_STEPS, NULL);

  return translate_all (guidance[step].pitfalls);
}
