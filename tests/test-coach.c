/* test-coach.c — every coach check fires on the problem it names and stays
 * quiet on a good charter
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "charter-coach.h"
#include "charter-templates.h"

/* The date the templates were written against; their review dates are
 * after it. */
static GDate *
today (void)
{
  return g_date_new_dmy (23, G_DATE_NOVEMBER, 2026);
}

static CharterDocument *
good_charter (const char *language)
{
  g_autoptr(GError) error = NULL;
  CharterDocument *document = charter_template_create ("shop", language, &error);

  g_assert_no_error (error);
  return document;
}

static GListModel *
check (CharterDocument *document)
{
  g_autoptr(GDate) date = today ();

  return charter_coach_check (document, date);
}

/* Returns the first finding of @check_id, or NULL. */
static CharterFinding *
find (GListModel *findings,
      const char *check_id)
{
  guint n = g_list_model_get_n_items (findings);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CharterFinding) finding = g_list_model_get_item (findings, i);

      if (g_str_equal (charter_finding_get_check_id (finding), check_id))
        return finding;
    }

  return NULL;
}

static void
dump (GListModel *findings)
{
  guint n = g_list_model_get_n_items (findings);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CharterFinding) finding = g_list_model_get_item (findings, i);

      g_test_message ("finding: %s: %s", charter_finding_get_check_id (finding),
                      charter_finding_get_message (finding));
    }
}

static CharterFinding *
assert_finding (CharterDocument *document,
                const char      *check_id)
{
  g_autoptr(GListModel) findings = check (document);
  CharterFinding *finding = find (findings, check_id);

  if (finding == NULL)
    {
      dump (findings);
      g_error ("expected a “%s” finding", check_id);
    }
  g_assert_nonnull (charter_finding_get_message (finding));
  g_assert_cmpstr (charter_finding_get_message (finding), !=, "");
  g_assert_nonnull (charter_finding_get_hint (finding));
  g_assert_cmpstr (charter_finding_get_hint (finding), !=, "");

  /* The list owned the only other reference. */
  return g_object_ref (finding);
}

static void
expect_finding (CharterDocument *document,
                const char      *check_id)
{
  g_object_unref (assert_finding (document, check_id));
}

static void
assert_no_finding (CharterDocument *document,
                   const char      *check_id)
{
  g_autoptr(GListModel) findings = check (document);

  if (find (findings, check_id) != NULL)
    {
      dump (findings);
      g_error ("expected no “%s” finding", check_id);
    }
}

static void
assert_clean (CharterDocument *document)
{
  g_autoptr(GListModel) findings = check (document);

  if (g_list_model_get_n_items (findings) != 0)
    {
      dump (findings);
      g_error ("expected no findings");
    }
}

static CharterItem *
standard (CharterDocument *document,
          guint            index)
{
  return charter_document_get_item (document, CHARTER_LIST_STANDARDS, index);
}

static void
test_good_charter_is_clean (void)
{
  g_autoptr(CharterDocument) en = good_charter ("en");
  g_autoptr(CharterDocument) da = good_charter ("da");

  assert_clean (en);
  assert_clean (da);
}

static void
test_standard_target (void)
{
  g_autoptr(CharterDocument) document = good_charter ("en");
  g_autoptr(CharterFinding) finding = NULL;

  assert_no_finding (document, "standard-no-target");

  charter_item_set (standard (document, 2), CHARTER_STANDARD_TARGET, "");
  finding = assert_finding (document, "standard-no-target");
  g_assert_cmpint (charter_finding_get_step (finding), ==, CHARTER_STEP_STANDARDS);
  g_assert_cmpint (charter_finding_get_list (finding), ==, CHARTER_LIST_STANDARDS);
  g_assert_cmpint (charter_finding_get_index (finding), ==, 2);
  g_assert_cmpint (charter_finding_get_field (finding), ==, CHARTER_STANDARD_TARGET);
  g_assert_cmpstr (charter_finding_get_field_name (finding), ==, "target");
  g_assert_cmpint (charter_finding_get_severity (finding), ==, CHARTER_SEVERITY_WARNING);
  g_clear_object (&finding);

  /* Words are not a target either. */
  charter_item_set (standard (document, 2), CHARTER_STANDARD_TARGET, "fast");
  finding = assert_finding (document, "standard-no-target");
  g_assert_cmpint (charter_finding_get_index (finding), ==, 2);
}

static void
test_standard_unit (void)
{
  g_autoptr(CharterDocument) document = good_charter ("en");
  g_autoptr(CharterFinding) finding = NULL;

  assert_no_finding (document, "standard-no-unit");
  charter_item_set (standard (document, 0), CHARTER_STANDARD_UNIT, "");
  finding = assert_finding (document, "standard-no-unit");
  g_assert_cmpint (charter_finding_get_index (finding), ==, 0);
  g_assert_cmpint (charter_finding_get_field (finding), ==, CHARTER_STANDARD_UNIT);

  /* Without a target the unit is not the problem. */
  charter_item_set (standard (document, 0), CHARTER_STANDARD_TARGET, "");
  assert_no_finding (document, "standard-no-unit");
}

static void
test_standard_odd_target (void)
{
  static const char * const sensible[] = { "20", "0", "2.5", "999999999", "0000000000012", "3 to 5" };
  static const char * const odd[] = { "-5", " -0.5", "1000000000", "99999999999999999999999999999999999999999" };
  g_autoptr(CharterDocument) document = good_charter ("en");

  for (guint i = 0; i < G_N_ELEMENTS (sensible); i++)
    {
      charter_item_set (standard (document, 0), CHARTER_STANDARD_TARGET, sensible[i]);
      assert_no_finding (document, "standard-target-odd");
    }

  for (guint i = 0; i < G_N_ELEMENTS (odd); i++)
    {
      g_autoptr(CharterFinding) finding = NULL;

      charter_item_set (standard (document, 0), CHARTER_STANDARD_TARGET, odd[i]);
      finding = assert_finding (document, "standard-target-odd");
      g_assert_cmpint (charter_finding_get_severity (finding), ==, CHARTER_SEVERITY_WARNING);
      g_assert_cmpint (charter_finding_get_field (finding), ==, CHARTER_STANDARD_TARGET);
      g_assert_nonnull (strstr (charter_finding_get_message (finding), odd[i]));
    }
}

static void
test_standard_text_and_pillar (void)
{
  g_autoptr(CharterDocument) document = good_charter ("en");

  assert_no_finding (document, "standard-no-text");
  assert_no_finding (document, "standard-no-pillar");
  charter_item_set (standard (document, 1), CHARTER_STANDARD_TEXT, "");
  charter_item_set (standard (document, 1), CHARTER_STANDARD_PILLAR, "");
  expect_finding (document, "standard-no-text");
  expect_finding (document, "standard-no-pillar");
}

static void
test_standard_share (void)
{
  static const char * const valid[] = { "90", "99.5", "100", "95 %", "" };
  static const char * const invalid[] = { "most", "0", "120", "-5", "90 percent" };
  g_autoptr(CharterDocument) document = good_charter ("en");

  for (guint i = 0; i < G_N_ELEMENTS (valid); i++)
    {
      charter_item_set (standard (document, 4), CHARTER_STANDARD_SHARE, valid[i]);
      assert_no_finding (document, "standard-share-invalid");
    }

  for (guint i = 0; i < G_N_ELEMENTS (invalid); i++)
    {
      g_autoptr(CharterFinding) finding = NULL;

      charter_item_set (standard (document, 4), CHARTER_STANDARD_SHARE, invalid[i]);
      finding = assert_finding (document, "standard-share-invalid");
      g_assert_cmpint (charter_finding_get_index (finding), ==, 4);
      g_assert_cmpstr (charter_finding_get_field_name (finding), ==, "share");
    }
}

static void
test_vague_english (void)
{
  static const char * const vague[] = {
    "We reply promptly.",
    "We call back as soon as possible.",
    "We give excellent service.",
    "We strive to answer every call.",
    "We aim to reply within 2 days.",
    "Staff are Striving for the best.",
  };
  /* What each message quotes: the whole word, in lower case. */
  static const char * const vague_words[] = {
    "“promptly”", "“as soon as possible”", "“excellent”", "“strive”", "“aim to”", "“striving”",
  };
  static const char * const precise[] = {
    "We reply within 2 working days.",
    "Our claim tomorrow is checked in 1 day.",   /* "aim to" inside a word */
    "Vi svarer hurtigst muligt.",                /* Danish words, English rules */
  };
  g_autoptr(CharterDocument) document = good_charter ("en");

  for (guint i = 0; i < G_N_ELEMENTS (vague); i++)
    {
      g_autoptr(CharterFinding) finding = NULL;

      charter_item_set (standard (document, 3), CHARTER_STANDARD_TEXT, vague[i]);
      finding = assert_finding (document, "vague-word");
      g_assert_cmpint (charter_finding_get_index (finding), ==, 3);
      g_assert_nonnull (strstr (charter_finding_get_message (finding), vague_words[i]));
      g_assert_cmpint (charter_finding_get_field (finding), ==, CHARTER_STANDARD_TEXT);
    }

  for (guint i = 0; i < G_N_ELEMENTS (precise); i++)
    {
      charter_item_set (standard (document, 3), CHARTER_STANDARD_TEXT, precise[i]);
      assert_no_finding (document, "vague-word");
    }

  /* Vague words are caught outside the standards too. */
  charter_document_set (document, CHARTER_FIELD_COMMITMENT, "We will deliver excellence.");
  expect_finding (document, "vague-word");
}

static void
test_vague_danish (void)
{
  static const char * const vague[] = {
    "Vi svarer hurtigst muligt.",
    "Vi ringer tilbage snarest.",
    "Vi bestræber os på at svare.",
    "Vi tilstræber at svare samme dag.",
    "Vi giver fremragende service.",
    "Vi ringer snarest muligt.",
  };
  static const char * const precise[] = {
    "Vi svarer inden for 1 arbejdsdag.",
    "We reply promptly.",                        /* English words, Danish rules */
  };
  g_autoptr(CharterDocument) document = good_charter ("da");

  for (guint i = 0; i < G_N_ELEMENTS (vague); i++)
    {
      charter_item_set (standard (document, 0), CHARTER_STANDARD_TEXT, vague[i]);
      expect_finding (document, "vague-word");
    }

  for (guint i = 0; i < G_N_ELEMENTS (precise); i++)
    {
      charter_item_set (standard (document, 0), CHARTER_STANDARD_TEXT, precise[i]);
      assert_no_finding (document, "vague-word");
    }
}

static void
test_purpose (void)
{
  g_autoptr(CharterDocument) document = good_charter ("en");
  g_autoptr(CharterFinding) finding = NULL;

  charter_document_set (document, CHARTER_FIELD_PURPOSE,
                        "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen.");
  assert_no_finding (document, "purpose-too-long");
  assert_no_finding (document, "purpose-empty");

  charter_document_set (document, CHARTER_FIELD_PURPOSE,
                        "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen.");
  finding = assert_finding (document, "purpose-too-long");
  g_assert_cmpint (charter_finding_get_step (finding), ==, CHARTER_STEP_PURPOSE);
  g_assert_cmpint (charter_finding_get_field (finding), ==, CHARTER_FIELD_PURPOSE);
  g_assert_nonnull (strstr (charter_finding_get_message (finding), "16"));
  g_clear_object (&finding);

  charter_document_set (document, CHARTER_FIELD_PURPOSE, "  ");
  finding = assert_finding (document, "purpose-empty");
  assert_no_finding (document, "purpose-too-long");
}

static void
test_channel_hours (void)
{
  g_autoptr(CharterDocument) document = good_charter ("en");
  g_autoptr(CharterFinding) finding = NULL;

  assert_no_finding (document, "channel-no-hours");
  charter_item_set (charter_document_get_item (document, CHARTER_LIST_CHANNELS, 1),
                    CHARTER_CHANNEL_HOURS, "");
  finding = assert_finding (document, "channel-no-hours");
  g_assert_cmpint (charter_finding_get_step (finding), ==, CHARTER_STEP_SCOPE);
  g_assert_cmpint (charter_finding_get_list (finding), ==, CHARTER_LIST_CHANNELS);
  g_assert_cmpint (charter_finding_get_index (finding), ==, 1);
  g_assert_nonnull (strstr (charter_finding_get_message (finding), "Phone"));
}

typedef struct {
  CharterField  field;
  const char   *check_id;
  const char   *value;
  gboolean      valid;
} ValueCase;

static void
test_contact_values (void)
{
  static const ValueCase cases[] = {
    { CHARTER_FIELD_EMAIL, "email-invalid", "hello@example.co.uk", TRUE },
    { CHARTER_FIELD_EMAIL, "email-invalid", "first.last+tag@shop.dk", TRUE },
    { CHARTER_FIELD_EMAIL, "email-invalid", "hello example.com", FALSE },
    { CHARTER_FIELD_EMAIL, "email-invalid", "hello@localhost", FALSE },
    { CHARTER_FIELD_EMAIL, "email-invalid", "@example.com", FALSE },
    { CHARTER_FIELD_EMAIL, "email-invalid", "a@@example.com", FALSE },
    { CHARTER_FIELD_COMPLAINT_EMAIL, "email-invalid", "complaints(at)example.com", FALSE },
    { CHARTER_FIELD_PHONE, "phone-invalid", "01684 293 117", TRUE },
    { CHARTER_FIELD_PHONE, "phone-invalid", "+45 33 12 34 56", TRUE },
    { CHARTER_FIELD_PHONE, "phone-invalid", "(555) 123-4567", TRUE },
    { CHARTER_FIELD_PHONE, "phone-invalid", "call us", FALSE },
    { CHARTER_FIELD_PHONE, "phone-invalid", "12 34", FALSE },
    { CHARTER_FIELD_PHONE, "phone-invalid", "45+33 12 34 56", FALSE },
    { CHARTER_FIELD_COMPLAINT_PHONE, "phone-invalid", "0800 CHARTER", FALSE },
    { CHARTER_FIELD_WEBSITE, "website-invalid", "https://example.com/shop", TRUE },
    { CHARTER_FIELD_WEBSITE, "website-invalid", "www.example.dk", TRUE },
    { CHARTER_FIELD_WEBSITE, "website-invalid", "ftp://example.com", FALSE },
    { CHARTER_FIELD_WEBSITE, "website-invalid", "our website", FALSE },
    { CHARTER_FIELD_WEBSITE, "website-invalid", "https://localhost", FALSE },
    { CHARTER_FIELD_BRAND_COLOUR, "colour-invalid", "#1F6f5c", TRUE },
    { CHARTER_FIELD_BRAND_COLOUR, "colour-invalid", "green", FALSE },
    { CHARTER_FIELD_BRAND_COLOUR, "colour-invalid", "#12345", FALSE },
    { CHARTER_FIELD_BRAND_COLOUR, "colour-invalid", "#12345g", FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(CharterDocument) document = good_charter ("en");

      charter_document_set (document, cases[i].field, cases[i].value);
      if (cases[i].valid)
        assert_no_finding (document, cases[i].check_id);
      else
        {
          g_autoptr(CharterFinding) finding = assert_finding (document, cases[i].check_id);

          g_assert_cmpint (charter_finding_get_field (finding), ==, cases[i].field);
          g_assert_cmpint (charter_finding_get_severity (finding), ==, CHARTER_SEVERITY_ERROR);
          g_assert_cmpint (charter_finding_get_step (finding), ==,
                           cases[i].field == CHARTER_FIELD_COMPLAINT_EMAIL ||
                           cases[i].field == CHARTER_FIELD_COMPLAINT_PHONE ? CHARTER_STEP_FEEDBACK
                                                                          : CHARTER_STEP_ABOUT);
        }
    }
}

static void
test_complaints (void)
{
  g_autoptr(CharterDocument) document = good_charter ("en");
  g_autoptr(CharterFinding) finding = NULL;

  assert_no_finding (document, "complaints-none");
  assert_no_finding (document, "complaints-no-time");
  assert_no_finding (document, "complaints-no-acknowledge");

  /* A stage with no time to resolve, or only words. */
  charter_item_set (charter_document_get_item (document, CHARTER_LIST_STAGES, 1),
                    CHARTER_STAGE_RESOLVE, "soon");
  finding = assert_finding (document, "complaints-no-time");
  g_assert_cmpint (charter_finding_get_index (finding), ==, 1);
  g_assert_cmpint (charter_finding_get_field (finding), ==, CHARTER_STAGE_RESOLVE);
  g_clear_object (&finding);

  charter_item_set (charter_document_get_item (document, CHARTER_LIST_STAGES, 0),
                    CHARTER_STAGE_ACKNOWLEDGE, "");
  finding = assert_finding (document, "complaints-no-acknowledge");
  g_assert_cmpint (charter_finding_get_index (finding), ==, 0);
  g_clear_object (&finding);

  /* A contact but no stages: there is a way, but no time. */
  charter_document_clear_list (document, CHARTER_LIST_STAGES);
  expect_finding (document, "complaints-no-time");
  assert_no_finding (document, "complaints-none");

  /* Nothing at all. */
  charter_document_set (document, CHARTER_FIELD_COMPLAINT_POST, "");
  charter_document_set (document, CHARTER_FIELD_COMPLAINT_PHONE, "");
  charter_document_set (document, CHARTER_FIELD_COMPLAINT_EMAIL, "");
  finding = assert_finding (document, "complaints-none");
  g_assert_cmpint (charter_finding_get_step (finding), ==, CHARTER_STEP_FEEDBACK);
}

static void
test_complaint_stages_without_contact (void)
{
  g_autoptr(CharterDocument) document = good_charter ("en");

  /* Stages are a way to complain even without a separate contact. */
  charter_document_set (document, CHARTER_FIELD_COMPLAINT_POST, "");
  charter_document_set (document, CHARTER_FIELD_COMPLAINT_PHONE, "");
  charter_document_set (document, CHARTER_FIELD_COMPLAINT_EMAIL, "");
  assert_no_finding (document, "complaints-none");
}

static void
test_escalation (void)
{
  g_autoptr(CharterDocument) document = good_charter ("en");

  assert_no_finding (document, "escalation-missing");
  charter_document_set (document, CHARTER_FIELD_ESCALATION, "");
  expect_finding (document, "escalation-missing");
}

static void
test_pillars (void)
{
  g_autoptr(CharterDocument) document = good_charter ("en");
  g_autoptr(CharterFinding) finding = NULL;

  assert_no_finding (document, "pillar-missing");

  /* The shop's "better" standards are the last two. */
  charter_document_remove_item (document, CHARTER_LIST_STANDARDS, 5);
  assert_no_finding (document, "pillar-missing");
  charter_document_remove_item (document, CHARTER_LIST_STANDARDS, 4);
  finding = assert_finding (document, "pillar-missing");
  g_assert_nonnull (strstr (charter_finding_get_message (finding), "Make it better"));
  g_assert_cmpint (charter_finding_get_step (finding), ==, CHARTER_STEP_STANDARDS);
}

static void
test_implementation (void)
{
  g_autoptr(CharterDocument) document = good_charter ("en");

  assert_no_finding (document, "induction-missing");
  assert_no_finding (document, "appraisal-missing");
  charter_document_set (document, CHARTER_FIELD_INDUCTION, "");
  expect_finding (document, "induction-missing");
  assert_no_finding (document, "appraisal-missing");
  charter_document_set (document, CHARTER_FIELD_SUPERVISION, "");
  expect_finding (document, "appraisal-missing");
}

static void
test_review_dates (void)
{
  g_autoptr(CharterDocument) document = good_charter ("en");
  g_autoptr(CharterFinding) finding = NULL;
  CharterFinding *past;
  g_autoptr(GListModel) later = NULL;
  g_autoptr(GDate) after_review = g_date_new_dmy (2, G_DATE_SEPTEMBER, 2027);
  g_autoptr(GDate) review_day = g_date_new_dmy (1, G_DATE_SEPTEMBER, 2027);
  g_autoptr(GListModel) on_the_day = NULL;

  assert_no_finding (document, "review-date-past");
  assert_no_finding (document, "review-date-missing");
  assert_no_finding (document, "date-invalid");

  /* The same charter checked after its review date. */
  later = charter_coach_check (document, after_review);
  past = find (later, "review-date-past");
  g_assert_nonnull (past);
  g_assert_cmpint (charter_finding_get_field (past), ==, CHARTER_FIELD_REVIEW_DATE);
  g_assert_cmpint (charter_finding_get_step (past), ==, CHARTER_STEP_REVIEW);
  on_the_day = charter_coach_check (document, review_day);
  g_assert_null (find (on_the_day, "review-date-past"));

  charter_document_set (document, CHARTER_FIELD_REVIEW_DATE, "2026-02-30");
  finding = assert_finding (document, "date-invalid");
  g_assert_cmpint (charter_finding_get_field (finding), ==, CHARTER_FIELD_REVIEW_DATE);
  g_assert_cmpint (charter_finding_get_severity (finding), ==, CHARTER_SEVERITY_ERROR);
  g_clear_object (&finding);

  charter_document_set (document, CHARTER_FIELD_REVIEW_DATE, "2028-02-29");
  assert_no_finding (document, "date-invalid");

  charter_document_set (document, CHARTER_FIELD_REVIEW_DATE, "");
  expect_finding (document, "review-date-missing");
}

static void
test_other_dates (void)
{
  g_autoptr(CharterDocument) document = good_charter ("en");
  g_autoptr(CharterFinding) finding = NULL;

  charter_document_set (document, CHARTER_FIELD_APPROVAL_DATE, "20/08/2026");
  finding = assert_finding (document, "date-invalid");
  g_assert_cmpint (charter_finding_get_field (finding), ==, CHARTER_FIELD_APPROVAL_DATE);
  g_clear_object (&finding);
  charter_document_set (document, CHARTER_FIELD_APPROVAL_DATE, "2026-08-20");

  charter_item_set (charter_document_get_item (document, CHARTER_LIST_CHANGES, 1),
                    CHARTER_CHANGE_DATE, "2025-13-01");
  finding = assert_finding (document, "date-invalid");
  g_assert_cmpint (charter_finding_get_list (finding), ==, CHARTER_LIST_CHANGES);
  g_assert_cmpint (charter_finding_get_index (finding), ==, 1);
  g_assert_cmpint (charter_finding_get_field (finding), ==, CHARTER_CHANGE_DATE);
  g_assert_cmpstr (charter_finding_get_field_name (finding), ==, "date");
}

static void
test_effective_after_review (void)
{
  g_autoptr(CharterDocument) document = good_charter ("en");

  assert_no_finding (document, "effective-after-review");
  charter_document_set (document, CHARTER_FIELD_EFFECTIVE_DATE, "2027-09-01");
  assert_no_finding (document, "effective-after-review");
  charter_document_set (document, CHARTER_FIELD_EFFECTIVE_DATE, "2027-09-02");
  expect_finding (document, "effective-after-review");
}

static void
test_approver (void)
{
  g_autoptr(CharterDocument) document = good_charter ("en");

  assert_no_finding (document, "approver-missing");
  charter_document_set (document, CHARTER_FIELD_APPROVER_NAME, "");
  expect_finding (document, "approver-missing");
}

static void
test_parse_date (void)
{
  GDate date;

  g_date_clear (&date, 1);
  g_assert_true (charter_coach_parse_date ("2026-11-23", &date));
  g_assert_cmpint (g_date_get_year (&date), ==, 2026);
  g_assert_cmpint (g_date_get_month (&date), ==, 11);
  g_assert_cmpint (g_date_get_day (&date), ==, 23);
  g_assert_true (charter_coach_parse_date ("2024-02-29", NULL));
  g_assert_false (charter_coach_parse_date ("2026-02-29", NULL));
  g_assert_false (charter_coach_parse_date ("2026-02-30", NULL));
  g_assert_false (charter_coach_parse_date ("2026-04-31", NULL));
  g_assert_false (charter_coach_parse_date ("2026-11-23T10:00", NULL));
  g_assert_false (charter_coach_parse_date ("2026-1-3", NULL));
  g_assert_false (charter_coach_parse_date ("0000-01-01", NULL));
  g_assert_false (charter_coach_parse_date ("", NULL));
}

static void
test_readability_formulas (void)
{
  /* 6 words of one syllable in one sentence. */
  g_assert_cmpfloat_with_epsilon (charter_coach_flesch ("The cat sat on the mat."),
                                  206.835 - 1.015 * 6 - 84.6, 0.001);
  /* 4 words, 2 sentences, 1 word over six letters: 4/2 + 100 * 1/4. */
  g_assert_cmpfloat_with_epsilon (charter_coach_lix ("Vi svarer. Altid telefonen."), 2 + 25, 0.001);
  /* Times and decimals are one word each, not sentence ends. */
  g_assert_cmpfloat_with_epsilon (charter_coach_lix ("Åbent 9.30 til 17.30 hver dag."), 6, 0.001);
  g_assert_cmpfloat (charter_coach_flesch (""), ==, -1);
  g_assert_cmpfloat (charter_coach_lix ("  ."), ==, -1);
}

static const char hard_english[] =
  "Notwithstanding organisational considerations, administrative procedures concerning "
  "customer communications necessitate comprehensive documentation, authorisation and "
  "verification, consequently introducing considerable operational complexity, "
  "particularly regarding interdepartmental responsibilities and institutional "
  "accountability mechanisms throughout the organisation";

static const char plain_english[] =
  "We sell tools and paint. We cut keys. We help you fix your home. We know our stock well. "
  "Ask us and we will find the part you need. If we do not have it, we will say so and order it in. "
  "Our shop is on the high street.";

static const char hard_danish[] =
  "Forbrugerklagenævnets sagsbehandlingsprocedurer vedrørende kundehenvendelser forudsætter "
  "dokumentationsmateriale, ledelsesgodkendelse, kvalitetssikringsprocedurer, "
  "kompetenceafklaring, administrationsomkostninger, organisationsudvikling, "
  "ansvarsfordeling og informationssikkerhedsforanstaltninger, hvilket medfører "
  "betydelige konsekvenser for virksomhedens ressourceanvendelse og "
  "kommunikationsplanlægning i forbindelse med forretningsudviklingen, "
  "særligt hvad angår koordineringen mellem afdelingerne";

static const char plain_danish[] =
  "Vi sælger værktøj og maling. Vi laver nøgler. Vi hjælper dig med at ordne dit hus. "
  "Spørg os, så finder vi den del, du skal bruge. Har vi den ikke, siger vi det og skaffer den hjem. "
  "Butikken ligger i Algade.";

static void
test_readability_english (void)
{
  g_autoptr(CharterDocument) document = good_charter ("en");
  g_autoptr(CharterFinding) finding = NULL;

  charter_document_set (document, CHARTER_FIELD_OVERVIEW, plain_english);
  assert_no_finding (document, "hard-to-read");

  charter_document_set (document, CHARTER_FIELD_OVERVIEW, hard_english);
  finding = assert_finding (document, "hard-to-read");
  g_assert_cmpint (charter_finding_get_step (finding), ==, CHARTER_STEP_ABOUT);
  g_assert_nonnull (strstr (charter_finding_get_message (finding), "Flesch"));
}

static void
test_readability_danish (void)
{
  g_autoptr(CharterDocument) document = good_charter ("da");
  g_autoptr(CharterFinding) finding = NULL;

  g_assert_cmpfloat (charter_coach_lix (plain_danish), <, 45);
  g_assert_cmpfloat (charter_coach_lix (hard_danish), >, 45);

  charter_document_set (document, CHARTER_FIELD_OVERVIEW, plain_danish);
  assert_no_finding (document, "hard-to-read");

  charter_document_set (document, CHARTER_FIELD_OVERVIEW, hard_danish);
  finding = assert_finding (document, "hard-to-read");
  g_assert_cmpint (charter_finding_get_step (finding), ==, CHARTER_STEP_ABOUT);
  /* Danish text is measured with LIX, not with the English formula. */
  g_assert_nonnull (strstr (charter_finding_get_message (finding), "LIX"));
  g_assert_null (strstr (charter_finding_get_message (finding), "Flesch"));
}

static void
test_readability_needs_enough_words (void)
{
  g_autoptr(CharterDocument) document = good_charter ("en");

  /* Too short to judge, however long the words. */
  charter_document_set (document, CHARTER_FIELD_OVERVIEW, "Comprehensive organisational administration.");
  assert_no_finding (document, "hard-to-read");
}

static void
test_missing_parts (void)
{
  g_autoptr(CharterDocument) document = good_charter ("en");
  g_autoptr(CharterFinding) finding = NULL;

  assert_no_finding (document, "missing");
  charter_document_set (document, CHARTER_FIELD_COMMITMENT, "");
  finding = assert_finding (document, "missing");
  g_assert_cmpint (charter_finding_get_severity (finding), ==, CHARTER_SEVERITY_INFO);
  g_assert_cmpint (charter_finding_get_step (finding), ==, CHARTER_STEP_PURPOSE);
  g_assert_cmpint (charter_finding_get_field (finding), ==, CHARTER_FIELD_COMMITMENT);
  g_assert_cmpstr (charter_finding_get_field_name (finding), ==, "commitment");
}

static void
test_completeness (void)
{
  g_autoptr(CharterDocument) document = good_charter ("en");
  g_autoptr(CharterDocument) blank = charter_document_new ();
  g_autoptr(GPtrArray) missing = NULL;
  guint score;

  g_assert_cmpuint (charter_coach_get_completeness (document, &missing), ==, 100);
  g_assert_cmpuint (missing->len, ==, 0);
  g_clear_pointer (&missing, g_ptr_array_unref);

  charter_document_set (document, CHARTER_FIELD_COMMITMENT, "");
  charter_document_clear_list (document, CHARTER_LIST_PUBLISHED);
  score = charter_coach_get_completeness (document, &missing);
  g_assert_cmpuint (score, <, 100);
  g_assert_cmpuint (score, >, 80);
  g_assert_cmpuint (missing->len, ==, 2);
  g_assert_cmpstr (missing->pdata[0], ==, "There is no commitment to customers.");
  g_clear_pointer (&missing, g_ptr_array_unref);

  /* A charter with one field is never complete, and never 0 either. */
  charter_document_set (blank, CHARTER_FIELD_NAME, "Hollis");
  score = charter_coach_get_completeness (blank, NULL);
  g_assert_cmpuint (score, >, 0);
  g_assert_cmpuint (score, <, 10);
  charter_document_set (blank, CHARTER_FIELD_NAME, "");
  g_assert_cmpuint (charter_coach_get_completeness (blank, NULL), ==, 0);
}

static void
test_step_completeness (void)
{
  g_autoptr(CharterDocument) document = good_charter ("en");
  g_autoptr(CharterDocument) blank = charter_document_new ();

  for (guint step = 0; step < CHARTER_N_STEPS; step++)
    {
      g_assert_cmpuint (charter_coach_get_step_completeness (document, step), ==, 100);
      g_assert_cmpuint (charter_coach_get_step_completeness (blank, step), ==, 0);
    }

  /* Six things make implementation complete; one is missing. */
  charter_document_set (document, CHARTER_FIELD_TRAINING, "");
  g_assert_cmpuint (charter_coach_get_step_completeness (document, CHARTER_STEP_IMPLEMENTATION), ==, 83);
  g_assert_cmpuint (charter_coach_get_step_completeness (document, CHARTER_STEP_FEEDBACK), ==, 100);
}

static void
test_findings_in_step_order (void)
{
  g_autoptr(CharterDocument) document = charter_document_new ();
  g_autoptr(GListModel) findings = check (document);
  guint n = g_list_model_get_n_items (findings);
  CharterStep previous = 0;

  g_assert_cmpuint (n, >, 10);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CharterFinding) finding = g_list_model_get_item (findings, i);

      g_assert_cmpint (charter_finding_get_step (finding), >=, previous);
      previous = charter_finding_get_step (finding);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/coach/clean", test_good_charter_is_clean);
  g_test_add_func ("/coach/standard/target", test_standard_target);
  g_test_add_func ("/coach/standard/unit", test_standard_unit);
  g_test_add_func ("/coach/standard/odd-target", test_standard_odd_target);
  g_test_add_func ("/coach/standard/text-and-pillar", test_standard_text_and_pillar);
  g_test_add_func ("/coach/standard/share", test_standard_share);
  g_test_add_func ("/coach/vague/english", test_vague_english);
  g_test_add_func ("/coach/vague/danish", test_vague_danish);
  g_test_add_func ("/coach/purpose", test_purpose);
  g_test_add_func ("/coach/channel-hours", test_channel_hours);
  g_test_add_func ("/coach/contact-values", test_contact_values);
  g_test_add_func ("/coach/complaints", test_complaints);
  g_test_add_func ("/coach/complaints/stages-without-contact", test_complaint_stages_without_contact);
  g_test_add_func ("/coach/escalation", test_escalation);
  g_test_add_func ("/coach/pillars", test_pillars);
  g_test_add_func ("/coach/implementation", test_implementation);
  g_test_add_func ("/coach/review/dates", test_review_dates);
  g_test_add_func ("/coach/review/other-dates", test_other_dates);
  g_test_add_func ("/coach/review/effective-after-review", test_effective_after_review);
  g_test_add_func ("/coach/review/approver", test_approver);
  g_test_add_func ("/coach/parse-date", test_parse_date);
  g_test_add_func ("/coach/readability/formulas", test_readability_formulas);
  g_test_add_func ("/coach/readability/english", test_readability_english);
  g_test_add_func ("/coach/readability/danish", test_readability_danish);
  g_test_add_func ("/coach/readability/short", test_readability_needs_enough_words);
  g_test_add_func ("/coach/missing", test_missing_parts);
  g_test_add_func ("/coach/completeness", test_completeness);
  g_test_add_func ("/coach/step-completeness", test_step_completeness);
  g_test_add_func ("/coach/step-order", test_findings_in_step_order);

  return g_test_run ();
}
