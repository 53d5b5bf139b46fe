/* charter-labels.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "charter-labels.h"

typedef struct {
  const char *en;
  const char *da;
} LabelRow;

static const LabelRow labels[CHARTER_N_LABELS] = {
  [CHARTER_LABEL_ABOUT] = { "About us", "Om os" },
  [CHARTER_LABEL_PURPOSE] = { "Our purpose", "Vores formål" },
  [CHARTER_LABEL_OUR_STORY] = { "Our story", "Vores historie" },
  [CHARTER_LABEL_COMMITMENT] = { "Our commitment to you", "Vores løfte til dig" },
  [CHARTER_LABEL_SCOPE] = { "What this charter covers", "Hvad charteret dækker" },
  [CHARTER_LABEL_COVERS] = { "Covers", "Dækker" },
  [CHARTER_LABEL_EXCLUDES] = { "Does not cover", "Dækker ikke" },
  [CHARTER_LABEL_CHANNELS] = { "How to reach us", "Sådan kontakter du os" },
  [CHARTER_LABEL_HOURS] = { "Hours", "Åbningstider" },
  [CHARTER_LABEL_ACCESSIBILITY] = { "Accessibility", "Tilgængelighed" },
  [CHARTER_LABEL_STANDARDS] = { "Our service standards", "Vores servicemål" },
  [CHARTER_LABEL_PILLAR_HAPPEN] = { "Make it happen", "Vi får det til at ske" },
  [CHARTER_LABEL_PILLAR_EASY] = { "Make it easy", "Vi gør det nemt" },
  [CHARTER_LABEL_PILLAR_BETTER] = { "Make it better", "Vi gør det bedre" },
  [CHARTER_LABEL_PROMISE] = { "Our promise", "Vores løfte" },
  [CHARTER_LABEL_TARGET] = { "Target", "Mål" },
  [CHARTER_LABEL_WHO_WHEN] = { "Who and when", "Hvem og hvornår" },
  [CHARTER_LABEL_OF_CASES] = { "in %s%% of cases", "i %s %% af tilfældene" },
  [CHARTER_LABEL_WORKING_TIME] = { "working time", "arbejdstid" },
  [CHARTER_LABEL_CALENDAR_TIME] = { "calendar time", "kalendertid" },
  [CHARTER_LABEL_CLOCK_STARTS] = { "Clock starts", "Tiden måles fra" },
  [CHARTER_LABEL_OWNER] = { "Owner", "Ansvarlig" },
  [CHARTER_LABEL_REPORTED] = { "Reported", "Rapporteres" },
  [CHARTER_LABEL_RIGHTS] = { "What you can expect", "Det kan du forvente" },
  [CHARTER_LABEL_RESPONSIBILITIES] = { "How you can help us", "Sådan kan du hjælpe os" },
  [CHARTER_LABEL_IMPLEMENTATION] = { "How we keep our promises", "Sådan holder vi vores løfter" },
  [CHARTER_LABEL_INDUCTION] = { "Induction", "Introduktion af nye medarbejdere" },
  [CHARTER_LABEL_SUPERVISION] = { "Supervision and appraisal", "Ledelse og medarbejdersamtaler" },
  [CHARTER_LABEL_COMMUNICATION] = { "Team communication", "Kommunikation i teamet" },
  [CHARTER_LABEL_QUALITY] = { "Quality procedures", "Kvalitetsprocedurer" },
  [CHARTER_LABEL_TRAINING] = { "Training", "Uddannelse" },
  [CHARTER_LABEL_CHARTER_OWNER] = { "Who owns this charter", "Ansvarlig for charteret" },
  [CHARTER_LABEL_FEEDBACK] = { "Feedback and complaints", "Ros, ris og klager" },
  [CHARTER_LABEL_TELL_US] = { "Tell us how we are doing", "Fortæl os, hvordan vi klarer os" },
  [CHARTER_LABEL_EXCEEDED] = { "When we do better than promised", "Når vi gør det bedre end lovet" },
  [CHARTER_LABEL_MISSED] = { "When we miss a standard", "Når vi ikke når et mål" },
  [CHARTER_LABEL_COMPLAINTS] = { "How we handle complaints", "Sådan behandler vi klager" },
  [CHARTER_LABEL_STAGE] = { "Stage %u", "Trin %u" },
  [CHARTER_LABEL_HANDLED_BY] = { "Handled by", "Behandles af" },
  [CHARTER_LABEL_ACKNOWLEDGE] = { "We acknowledge within", "Vi bekræfter inden for" },
  [CHARTER_LABEL_RESOLVE] = { "We resolve within", "Vi løser sagen inden for" },
  [CHARTER_LABEL_CONTACT_US] = { "How to complain", "Sådan klager du" },
  [CHARTER_LABEL_POST] = { "Post", "Post" },
  [CHARTER_LABEL_PHONE] = { "Phone", "Telefon" },
  [CHARTER_LABEL_EMAIL] = { "Email", "E-mail" },
  [CHARTER_LABEL_WEBSITE] = { "Website", "Hjemmeside" },
  [CHARTER_LABEL_ADDRESS] = { "Address", "Adresse" },
  [CHARTER_LABEL_ESCALATION] = { "If you are still not satisfied", "Hvis du stadig ikke er tilfreds" },
  [CHARTER_LABEL_REMEDIES] = { "Putting things right", "Sådan gør vi det godt igen" },
  [CHARTER_LABEL_REVIEW] = { "Review and publication", "Revision og offentliggørelse" },
  [CHARTER_LABEL_VERSION] = { "Version", "Version" },
  [CHARTER_LABEL_EFFECTIVE] = { "Effective", "Gældende fra" },
  [CHARTER_LABEL_NEXT_REVIEW] = { "Next review", "Næste revision" },
  [CHARTER_LABEL_APPROVED_BY] = { "Approved by", "Godkendt af" },
  [CHARTER_LABEL_CHANGES] = { "Changes", "Ændringer" },
  [CHARTER_LABEL_PUBLISHED] = { "Where this charter is published", "Her offentliggøres charteret" },
  [CHARTER_LABEL_FORMATS] = { "Other formats", "Andre formater" },
  [CHARTER_LABEL_PAGE_OF] = { "Page %u of %u", "Side %u af %u" },
  [CHARTER_LABEL_CUSTOMER_CHARTER] = { "Customer service charter", "Servicecharter" },
  [CHARTER_LABEL_OUR_PROMISES] = { "Our promises to you", "Vores løfter til dig" },
  [CHARTER_LABEL_CONTACT] = { "Contact us", "Kontakt os" },
  [CHARTER_LABEL_FULL_CHARTER] = { "Read the full charter", "Læs hele charteret" },
  [CHARTER_LABEL_FOR_YOUR_ROLE] = { "What this charter means for your role", "Hvad charteret betyder for dit arbejde" },
  [CHARTER_LABEL_ROLE_INTRO] = { "Everyone on our team helps keep the promises in this charter. "
                                 "This is how they become part of your daily work.",
                                 "Alle i vores team er med til at holde løfterne i dette charter. "
                                 "Sådan bliver de en del af dit daglige arbejde." },
  [CHARTER_LABEL_PROMISES_YOU_KEEP] = { "The promises you help keep", "De løfter, du er med til at holde" },
  [CHARTER_LABEL_INDUCTION_PACK] = { "Induction pack", "Introduktionsmateriale" },
  [CHARTER_LABEL_ACKNOWLEDGEMENT] = { "Staff acknowledgement", "Medarbejderens bekræftelse" },
  [CHARTER_LABEL_ACK_STATEMENT] = { "I have read and understood this customer service charter. "
                                    "I know the standards we promise our customers and my part in keeping them.",
                                    "Jeg har læst og forstået dette servicecharter. "
                                    "Jeg kender de mål, vi lover vores kunder, og min rolle i at nå dem." },
  [CHARTER_LABEL_STAFF_NAME] = { "Name", "Navn" },
  [CHARTER_LABEL_STAFF_ROLE] = { "Role", "Stilling" },
  [CHARTER_LABEL_START_DATE] = { "Start date", "Startdato" },
  [CHARTER_LABEL_SIGNATURE] = { "Signature", "Underskrift" },
  [CHARTER_LABEL_DATE] = { "Date", "Dato" },
  [CHARTER_LABEL_RECEIVED_BY] = { "Received by (manager)", "Modtaget af (leder)" },
  [CHARTER_LABEL_KEEP_COPY] = { "Keep the signed page in the staff file.",
                                "Den underskrevne side gemmes i personalemappen." },
  [CHARTER_LABEL_CARD_FRONTS] = { "Pocket cards · fronts · cut along the marks",
                                  "Lommekort · forsider · skæres ved mærkerne" },
  [CHARTER_LABEL_CARD_BACKS] = { "Pocket cards · backs · print on the back of the fronts, flipping on the long edge",
                                 "Lommekort · bagsider · udskrives på bagsiden af forsiderne, vendt på den lange kant" },
};

const char *
charter_label (const char   *language,
               CharterLabel  label)
{
  g_return_val_if_fail (label < CHARTER_N_LABELS, "");

  if (language != NULL && strncmp (language, "da", 2) == 0 &&
      (language[2] == '\0' || language[2] == '_' || language[2] == '-'))
    return labels[label].da;

  return labels[label].en;
}

char *
charter_label_printf (const char   *language,
                      CharterLabel  label,
                      ...)
{
  va_list args;
  char *result;

  va_start (args, label);
  /* The formats come from the fixed table above, never from input. */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
  result = g_strdup_vprintf (charter_label (language, label), args);
#pragma GCC diagnostic pop
  va_end (args);

  return result;
}

CharterLabel
charter_label_for_pillar (const char *pillar)
{
  if (g_strcmp0 (pillar, "easy") == 0)
    return CHARTER_LABEL_PILLAR_EASY;
  if (g_strcmp0 (pillar, "better") == 0)
    return CHARTER_LABEL_PILLAR_BETTER;
  return CHARTER_LABEL_PILLAR_HAPPEN;
}
