/* test-results.c — results per period: evaluation, the file format, the
 * CSV reader and the results import
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "charter-achievement.h"
#include "charter-csv.h"
#include "charter-format.h"
#include "charter-results-import.h"
#include "charter-schema.h"

static CharterItem *
make_standard (const char *id,
               const char *target,
               const char *share,
               const char *direction)
{
  CharterItem *item = charter_item_new (CHARTER_LIST_STANDARDS);

  charter_item_set (item, CHARTER_STANDARD_ID, id);
  charter_item_set (item, CHARTER_STANDARD_TEXT, id);
  charter_item_set (item, CHARTER_STANDARD_TARGET, target);
  charter_item_set (item, CHARTER_STANDARD_SHARE, share);
  charter_item_set (item, CHARTER_STANDARD_DIRECTION, direction);
  return item;
}

static CharterOutcome
evaluate_counts (CharterItem *standard,
                 guint64      total,
                 guint64      met,
                 double      *score)
{
  g_autoptr(CharterResult) result = charter_result_new ("s1");
  CharterEvaluation evaluation;

  result->has_counts = TRUE;
  result->total = total;
  result->met = met;
  charter_result_evaluate (result, standard, &evaluation);
  if (score != NULL)
    *score = evaluation.score;
  return evaluation.outcome;
}

static CharterOutcome
evaluate_value (CharterItem *standard,
                const char  *value)
{
  g_autoptr(CharterResult) result = charter_result_new ("s1");
  CharterEvaluation evaluation;

  result->value = g_strdup (value);
  charter_result_evaluate (result, standard, &evaluation);
  g_assert_true (evaluation.is_value);
  return evaluation.outcome;
}

static void
test_periods (void)
{
  CharterPeriodKind kind;
  guint year, number;

  g_assert_true (charter_period_parse ("2026-Q3", &kind, &year, &number));
  g_assert_cmpint (kind, ==, CHARTER_PERIOD_QUARTER);
  g_assert_cmpuint (year, ==, 2026);
  g_assert_cmpuint (number, ==, 3);
  g_assert_true (charter_period_parse ("2026-09", &kind, NULL, &number));
  g_assert_cmpint (kind, ==, CHARTER_PERIOD_MONTH);
  g_assert_cmpuint (number, ==, 9);
  g_assert_true (charter_period_parse ("2026", &kind, NULL, NULL));
  g_assert_cmpint (kind, ==, CHARTER_PERIOD_YEAR);

  g_assert_false (charter_period_parse ("2026-13", NULL, NULL, NULL));
  g_assert_false (charter_period_parse ("2026-00", NULL, NULL, NULL));
  g_assert_false (charter_period_parse ("2026-Q5", NULL, NULL, NULL));
  g_assert_false (charter_period_parse ("2026-q3", NULL, NULL, NULL));
  g_assert_false (charter_period_parse ("26-09", NULL, NULL, NULL));
  g_assert_false (charter_period_parse ("2026-9", NULL, NULL, NULL));
  g_assert_false (charter_period_parse ("2026-09-01", NULL, NULL, NULL));
  g_assert_false (charter_period_parse ("", NULL, NULL, NULL));
  g_assert_false (charter_period_parse (NULL, NULL, NULL, NULL));

  /* Chronological, not alphabetical: Q3 (July) comes before September,
   * a year before its first quarter, a quarter before its first month. */
  g_assert_cmpint (charter_period_compare ("2026-Q3", "2026-09"), <, 0);
  g_assert_cmpint (charter_period_compare ("2026-09", "2026-Q4"), <, 0);
  g_assert_cmpint (charter_period_compare ("2026", "2026-Q1"), <, 0);
  g_assert_cmpint (charter_period_compare ("2026-Q1", "2026-01"), <, 0);
  g_assert_cmpint (charter_period_compare ("2025-12", "2026"), <, 0);
  g_assert_cmpint (charter_period_compare ("2026-Q2", "2026-Q2"), ==, 0);
}

static void
test_share_targets (void)
{
  g_autoptr(CharterItem) ninety = make_standard ("s1", "20", "90", NULL);
  g_autoptr(CharterItem) all = make_standard ("s1", "1", "", NULL);
  g_autoptr(CharterItem) decimal = make_standard ("s1", "1", "92.5", NULL);
  double score = 0;

  /* Zero cases: nothing to judge, neither met nor missed. */
  g_assert_cmpint (evaluate_counts (ninety, 0, 0, NULL), ==, CHARTER_OUTCOME_NO_CASES);

  /* Exactly on the share is met, despite 9/10 not being exact in binary. */
  g_assert_cmpint (evaluate_counts (ninety, 10, 9, &score), ==, CHARTER_OUTCOME_MET);
  g_assert_cmpfloat_with_epsilon (score, 90.0, 1e-9);
  g_assert_cmpint (evaluate_counts (ninety, 1000, 899, NULL), ==, CHARTER_OUTCOME_MISSED);
  g_assert_cmpint (evaluate_counts (ninety, 120, 120, &score), ==, CHARTER_OUTCOME_MET);
  g_assert_cmpfloat (score, ==, 100.0);
  g_assert_cmpint (evaluate_counts (ninety, 5, 0, &score), ==, CHARTER_OUTCOME_MISSED);
  g_assert_cmpfloat (score, ==, 0.0);

  /* Without a share every case must be within target. */
  g_assert_cmpint (evaluate_counts (all, 50, 50, NULL), ==, CHARTER_OUTCOME_MET);
  g_assert_cmpint (evaluate_counts (all, 50, 49, NULL), ==, CHARTER_OUTCOME_MISSED);

  g_assert_cmpint (evaluate_counts (decimal, 40, 37, NULL), ==, CHARTER_OUTCOME_MET);
  g_assert_cmpint (evaluate_counts (decimal, 1000, 924, NULL), ==, CHARTER_OUTCOME_MISSED);
}

static void
test_value_targets (void)
{
  g_autoptr(CharterItem) wait = make_standard ("s1", "5", "", NULL);
  g_autoptr(CharterItem) wait_explicit = make_standard ("s1", "5", "", "at-most");
  g_autoptr(CharterItem) rating = make_standard ("s1", "4.5", "", "at-least");
  g_autoptr(CharterItem) vague = make_standard ("s1", "quickly", "", NULL);
  CharterEvaluation evaluation;

  /* Lower is better by default: a waiting time at or under the target. */
  g_assert_cmpint (evaluate_value (wait, "4.2"), ==, CHARTER_OUTCOME_MET);
  g_assert_cmpint (evaluate_value (wait, "5"), ==, CHARTER_OUTCOME_MET);
  g_assert_cmpint (evaluate_value (wait, "5.01"), ==, CHARTER_OUTCOME_MISSED);
  g_assert_cmpint (evaluate_value (wait, "0"), ==, CHARTER_OUTCOME_MET);
  g_assert_cmpint (evaluate_value (wait_explicit, "6"), ==, CHARTER_OUTCOME_MISSED);

  g_assert_cmpint (evaluate_value (rating, "4.5"), ==, CHARTER_OUTCOME_MET);
  g_assert_cmpint (evaluate_value (rating, "4.9"), ==, CHARTER_OUTCOME_MET);
  g_assert_cmpint (evaluate_value (rating, "4.49"), ==, CHARTER_OUTCOME_MISSED);

  g_assert_cmpint (evaluate_value (vague, "3"), ==, CHARTER_OUTCOME_NO_TARGET);

  charter_result_evaluate (NULL, wait, &evaluation);
  g_assert_cmpint (evaluation.outcome, ==, CHARTER_OUTCOME_NO_DATA);
}

static void
test_percent_text (void)
{
  struct {
    double      value;
    const char *language;
    const char *expected;
  } cases[] = {
    { 100.0, "en", "100%" },
    { 0.0, "en", "0%" },
    { 200.0 / 3.0, "en", "66.7%" },
    { 91.25, "en", "91.3%" },
    { 99.96, "en", "99.9%" },      /* never rounded up to a whole 100 */
    { 89.96, "en", "89.9%" },      /* nor up to a share it did not reach */
    { 90.0, "en", "90%" },
    { 91.7, "da", "91,7 %" },
    { 50.0, "da_DK", "50 %" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = charter_format_percent (cases[i].value, cases[i].language);
      g_assert_cmpstr (text, ==, cases[i].expected);
    }
}

static CharterDocument *
document_with_standards (void)
{
  CharterDocument *document = charter_document_new ();
  CharterItem *item;

  item = charter_document_add_item (document, CHARTER_LIST_STANDARDS, -1);
  charter_item_set (item, CHARTER_STANDARD_TEXT, "We answer the phone within 20 seconds.");
  charter_item_set (item, CHARTER_STANDARD_TARGET, "20");
  charter_item_set (item, CHARTER_STANDARD_SHARE, "90");

  item = charter_document_add_item (document, CHARTER_LIST_STANDARDS, -1);
  charter_item_set (item, CHARTER_STANDARD_TEXT, "Average wait is at most 5 minutes.");
  charter_item_set (item, CHARTER_STANDARD_TARGET, "5");

  item = charter_document_add_item (document, CHARTER_LIST_STANDARDS, -1);
  charter_item_set (item, CHARTER_STANDARD_TEXT, "Customers rate us at least 4.5.");
  charter_item_set (item, CHARTER_STANDARD_TARGET, "4.5");
  charter_item_set (item, CHARTER_STANDARD_DIRECTION, "at-least");

  return document;
}

static void
set_counts (CharterDocument *document,
            const char      *period,
            const char      *id,
            guint64          total,
            guint64          met)
{
  g_autoptr(CharterResult) result = charter_result_new (id);

  result->has_counts = TRUE;
  result->total = total;
  result->met = met;
  charter_results_set (charter_document_get_results (document), period, result);
}

static void
set_value (CharterDocument *document,
           const char      *period,
           const char      *id,
           const char      *value)
{
  g_autoptr(CharterResult) result = charter_result_new (id);

  result->value = g_strdup (value);
  charter_results_set (charter_document_get_results (document), period, result);
}

static void
test_summary (void)
{
  g_autoptr(CharterDocument) document = document_with_standards ();
  CharterAchievementSummary summary;
  g_autoptr(GArray) empty = NULL;
  g_autoptr(GArray) rows = NULL;
  g_autofree char *text = NULL;

  empty = charter_achievement_collect (document, "2026-Q3", &summary);
  g_assert_cmpuint (empty->len, ==, 3);
  g_assert_cmpuint (summary.n_not_judged, ==, 3);
  g_assert_cmpfloat (charter_achievement_percent_met (&summary), ==, -1.0);

  set_counts (document, "2026-Q3", "s1", 200, 170);  /* 85 % < 90 %: missed */
  set_value (document, "2026-Q3", "s2", "4");        /* 4 ≤ 5: met */
  set_value (document, "2026-Q3", "s3", "4.7");      /* 4.7 ≥ 4.5: met */

  rows = charter_achievement_collect (document, "2026-Q3", &summary);
  g_assert_cmpuint (summary.n_standards, ==, 3);
  g_assert_cmpuint (summary.n_met, ==, 2);
  g_assert_cmpuint (summary.n_missed, ==, 1);
  g_assert_cmpuint (summary.n_not_judged, ==, 0);
  g_assert_cmpfloat_with_epsilon (charter_achievement_percent_met (&summary), 200.0 / 3.0, 1e-9);
  g_assert_cmpint (g_array_index (rows, CharterAchievementRow, 0).evaluation.outcome, ==, CHARTER_OUTCOME_MISSED);

  text = charter_achievement_summary_text (document, "2026-Q3", &summary);
  g_assert_nonnull (strstr (text, "met 2 of 3 standards (66.7%)"));

  g_assert_cmpstr (charter_achievement_latest_period (document), ==, "2026-Q3");
}

static void
test_trend (void)
{
  g_autoptr(CharterDocument) document = document_with_standards ();
  CharterItem *s1 = charter_document_get_item (document, CHARTER_LIST_STANDARDS, 0);
  CharterResults *results = charter_document_get_results (document);
  g_autoptr(GArray) points = NULL;
  g_autoptr(GArray) months = NULL;

  set_counts (document, "2025-Q4", "s1", 10, 10);
  set_counts (document, "2026-Q1", "s1", 10, 8);
  set_counts (document, "2026-Q2", "s1", 0, 0);     /* no cases: no point */
  set_counts (document, "2026-Q3", "s1", 10, 9);
  set_counts (document, "2026-Q4", "s1", 10, 5);    /* after the period asked for */
  set_counts (document, "2026-08", "s1", 4, 1);     /* a month: not in a quarterly trend */
  set_value (document, "2026-Q3", "s2", "3");

  points = charter_results_get_trend (results, s1, "2026-Q3", 3);
  g_assert_cmpuint (points->len, ==, 3);
  g_assert_cmpstr (g_array_index (points, CharterTrendPoint, 0).period, ==, "2025-Q4");
  g_assert_cmpstr (g_array_index (points, CharterTrendPoint, 1).period, ==, "2026-Q1");
  g_assert_cmpstr (g_array_index (points, CharterTrendPoint, 2).period, ==, "2026-Q3");
  g_assert_cmpfloat_with_epsilon (g_array_index (points, CharterTrendPoint, 1).score, 80.0, 1e-9);
  g_assert_cmpint (g_array_index (points, CharterTrendPoint, 1).outcome, ==, CHARTER_OUTCOME_MISSED);
  g_assert_cmpint (g_array_index (points, CharterTrendPoint, 2).outcome, ==, CHARTER_OUTCOME_MET);

  months = charter_results_get_trend (results, s1, "2026-09", 6);
  g_assert_cmpuint (months->len, ==, 1);
  g_assert_cmpstr (g_array_index (months, CharterTrendPoint, 0).period, ==, "2026-08");
}

static void
count_changed (gpointer  instance,
               guint    *count)
{
  (*count)++;
}

static void
test_document_integration (void)
{
  g_autoptr(CharterDocument) document = document_with_standards ();
  g_autoptr(CharterDocument) copy = NULL;
  g_autoptr(CharterDocument) other = charter_document_new ();
  guint changed = 0;

  g_signal_connect (document, "changed", G_CALLBACK (count_changed), &changed);

  set_counts (document, "2026-Q3", "s1", 10, 9);
  g_assert_cmpuint (changed, ==, 1);
  set_counts (document, "2026-Q3", "s1", 10, 9);   /* no real change */
  g_assert_cmpuint (changed, ==, 1);

  copy = charter_document_copy (document);
  g_assert_true (charter_document_equal (document, copy));
  g_assert_nonnull (charter_results_lookup (charter_document_get_results (copy), "2026-Q3", "s1"));

  set_counts (copy, "2026-Q3", "s1", 10, 8);
  g_assert_false (charter_document_equal (document, copy));
  g_assert_cmpuint (changed, ==, 1);   /* the copy is independent */

  charter_results_add_period (charter_document_get_results (copy), "2026-Q4");
  charter_document_assign (other, copy);
  g_assert_true (charter_document_equal (other, copy));
  g_assert_true (charter_results_has_period (charter_document_get_results (other), "2026-Q4"));

  g_assert_true (charter_results_remove (charter_document_get_results (document), "2026-Q3", "s1"));
  g_assert_cmpuint (changed, ==, 2);
  g_assert_true (charter_results_remove_period (charter_document_get_results (document), "2026-Q3"));
  g_assert_cmpuint (changed, ==, 3);
  g_assert_true (charter_results_is_empty (charter_document_get_results (document)));
}

static void
test_round_trip (void)
{
  g_autofree char *path = g_build_filename (TEST_DATA_DIR, "roundtrip", "results.charter", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(CharterDocument) document = charter_format_load_file (path, &error);
  g_autoptr(GBytes) saved = NULL;
  g_autofree char *original = NULL;
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);
  CharterResults *results;
  const CharterResult *result;
  gsize len;

  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &original, &len, NULL));

  results = charter_document_get_results (document);
  result = charter_results_lookup (results, "2026-Q3", "s4");
  g_assert_nonnull (result);
  g_assert_true (result->has_counts);
  g_assert_cmpuint (result->total, ==, 300);
  g_assert_cmpuint (result->met, ==, 250);
  g_assert_cmpstr (result->note, ==, "New email system, 2 weeks of backlog");
  g_assert_cmpstr (charter_results_lookup (results, "2026-Q2", "s8")->note, ==, "Roadworks & a <closed> counter");
  g_assert_cmpstr (charter_results_lookup (results, "2026-Q3", "s8")->value, ==, "4.75");
  g_assert_true (charter_results_has_period (results, "2026-Q4"));

  saved = charter_format_save_bytes (document);
  g_assert_cmpmem (g_bytes_get_data (saved, NULL), g_bytes_get_size (saved), original, len);
  g_assert_true (charter_schema_validate (saved, problems));
}

static void
test_results_after_standards_edit (void)
{
  g_autoptr(CharterDocument) document = document_with_standards ();
  g_autoptr(GBytes) saved = NULL;
  g_autoptr(CharterDocument) again = NULL;
  g_autoptr(GError) error = NULL;

  /* A result whose standard was deleted is kept, not silently dropped. */
  set_counts (document, "2026-Q3", "s1", 10, 9);
  charter_document_remove_item (document, CHARTER_LIST_STANDARDS, 0);
  saved = charter_format_save_bytes (document);
  again = charter_format_load_bytes (saved, &error);
  g_assert_no_error (error);
  g_assert_nonnull (charter_results_lookup (charter_document_get_results (again), "2026-Q3", "s1"));
  g_assert_true (charter_document_equal (document, again));
}

typedef struct {
  const char *name;
  const char *results;
  const char *message;
} BadResults;

static const BadResults bad_results[] = {
  { "met-over-total", "<period id=\"2026-Q3\">\n<result standard=\"s1\" total=\"5\" met=\"6\"/>\n</period>",
    "line 5: met (6) is more than total (5)" },
  { "bad-period", "<period id=\"2026-Q5\"/>", "line 4: <period> needs an id" },
  { "no-period-id", "<period/>", "line 4: <period> needs an id" },
  { "twice-period", "<period id=\"2026-09\"/>\n<period id=\"2026-09\"/>", "line 5: period 2026-09 appears twice" },
  { "twice-standard", "<period id=\"2026\">\n<result standard=\"s1\" value=\"1\"/>\n<result standard=\"s1\" value=\"2\"/>\n</period>",
    "line 6: period 2026 has two results for standard “s1”" },
  { "total-only", "<period id=\"2026\">\n<result standard=\"s1\" total=\"5\"/>\n</period>",
    "line 5: <result> needs both total and met" },
  { "negative", "<period id=\"2026\">\n<result standard=\"s1\" total=\"-5\" met=\"0\"/>\n</period>",
    "line 5: total=“-5” on <result> is not a whole number" },
  { "value-text", "<period id=\"2026\">\n<result standard=\"s1\" value=\"fast\"/>\n</period>",
    "line 5: value=“fast” on <result> is not a number" },
  { "no-standard", "<period id=\"2026\">\n<result value=\"1\"/>\n</period>", "line 5: <result> needs a standard" },
  { "unknown-attribute", "<period id=\"2026\">\n<result standard=\"s1\" colour=\"red\"/>\n</period>",
    "line 5: unknown attribute “colour” on <result>" },
  { "unknown-child", "<period id=\"2026\">\n<result standard=\"s1\">\n<why>x</why>\n</result>\n</period>",
    "line 6: unknown element <why> in <result>" },
  { "note-twice", "<period id=\"2026\">\n<result standard=\"s1\">\n<note>a</note>\n<note>b</note>\n</result>\n</period>",
    "line 7: <note> appears twice" },
  { "stray-element", "<standard/>", "line 4: unknown element <standard> in <results>" },
  { "text", "hello", "line 5: unexpected text inside <results>" },
};

static void
test_bad_results (gconstpointer data)
{
  const BadResults *bad = data;
  g_autofree char *xml = g_strdup_printf ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                                          "<charter xmlns=\"" CHARTER_NAMESPACE "\" format=\"1\">\n"
                                          "<results>\n%s\n</results>\n</charter>\n", bad->results);
  g_autoptr(GBytes) bytes = g_bytes_new (xml, strlen (xml));
  g_autoptr(GError) error = NULL;
  g_autoptr(CharterDocument) document = charter_format_load_bytes (bytes, &error);

  g_assert_null (document);
  g_assert_error (error, CHARTER_ERROR, CHARTER_ERROR_INVALID);
  if (!g_str_has_prefix (error->message, bad->message))
    g_error ("expected “%s…”, got “%s”", bad->message, error->message);
}

static void
test_too_many_periods (void)
{
  GString *xml = g_string_new ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                               "<charter xmlns=\"" CHARTER_NAMESPACE "\" format=\"1\">\n<results>\n");
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CharterDocument) document = NULL;

  for (guint i = 0; i <= CHARTER_RESULTS_MAX_PERIODS; i++)
    g_string_append_printf (xml, "<period id=\"%u-%02u\"/>\n", 1950 + i / 12, i % 12 + 1);
  g_string_append (xml, "</results>\n</charter>\n");

  bytes = g_string_free_to_bytes (xml);
  document = charter_format_load_bytes (bytes, &error);
  g_assert_null (document);
  g_assert_error (error, CHARTER_ERROR, CHARTER_ERROR_TOO_LARGE);
}

/* ------------------------------------------------------------------ */
/* CSV                                                                */
/* ------------------------------------------------------------------ */

static GPtrArray *
parse_csv (const char *text,
           GError    **error)
{
  return charter_csv_parse (text, strlen (text), NULL, error);
}

static void
assert_row (GPtrArray  *rows,
            guint       index,
            guint       line,
            const char *joined)
{
  CharterCsvRow *row = rows->pdata[index];
  g_autofree char *fields = g_strjoinv ("|", row->fields);

  g_assert_cmpuint (row->line, ==, line);
  g_assert_cmpstr (fields, ==, joined);
  g_assert_cmpuint (row->n_fields, ==, g_strv_length (row->fields));
}

static void
test_csv_rfc4180 (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = NULL;

  rows = parse_csv ("\xEF\xBB\xBFperiod,standard,note\r\n"
                    "2026-Q3,s1,\"Calls, emails and \"\"walk-ins\"\"\"\r\n"
                    "2026-Q3,s2,\"two\r\nlines\"\r\n"
                    "2026-Q3,,\r\n"
                    "\r\n"
                    "last,row,no newline", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rows->len, ==, 6);
  assert_row (rows, 0, 1, "period|standard|note");
  assert_row (rows, 1, 2, "2026-Q3|s1|Calls, emails and \"walk-ins\"");
  assert_row (rows, 2, 3, "2026-Q3|s2|two\r\nlines");
  /* The embedded line break counts: the next row starts on line 5. */
  assert_row (rows, 3, 5, "2026-Q3||");
  assert_row (rows, 4, 6, "");
  g_assert_true (charter_csv_row_is_blank (rows->pdata[4]));
  g_assert_false (charter_csv_row_is_blank (rows->pdata[3]));
  assert_row (rows, 5, 7, "last|row|no newline");
}

static void
test_csv_semicolons (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = parse_csv ("periode;servicemål;værdi\n2026-09;s1;\"4,5\"\n", &error);

  g_assert_no_error (error);
  assert_row (rows, 0, 1, "periode|servicemål|værdi");
  assert_row (rows, 1, 2, "2026-09|s1|4,5");
}

static void
test_csv_quoted_empty (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = parse_csv ("a,\"\",c\n\"\"\n", &error);

  g_assert_no_error (error);
  g_assert_cmpuint (rows->len, ==, 2);
  assert_row (rows, 0, 1, "a||c");
  assert_row (rows, 1, 2, "");
}

typedef struct {
  const char  *name;
  const char  *text;
  CharterError code;
  const char  *message;
} BadCsv;

static const BadCsv bad_csv[] = {
  { "unterminated", "a,b\n1,\"open\n2,3\n", CHARTER_ERROR_MALFORMED, "line 2: a quoted field is not closed" },
  { "after-quote", "a,b\n\"x\"y,2\n", CHARTER_ERROR_MALFORMED, "line 2: unexpected text after a closing quote" },
  { "inner-quote", "a,b\nx\"y,2\n", CHARTER_ERROR_MALFORMED, "line 2: a quote inside an unquoted field" },
  { "bad-utf8", "a,b\n1,2\n3,\xC3\x28\n", CHARTER_ERROR_ENCODING, "line 3: the text is not valid UTF-8" },
  { "nul", "a,b\n1,2\0\n", CHARTER_ERROR_ENCODING, "line 2: the file contains a NUL byte" },
  /* Neither survives a save as XML 1.0, so neither may enter the model. */
  { "control", "a,b\n1,\"x\n\x01\"\n", CHARTER_ERROR_ENCODING, "line 3: the file contains a control character (0x01)" },
  { "noncharacter", "a,b\n1,x\xEF\xBF\xBF\n", CHARTER_ERROR_ENCODING, "line 2: the text contains U+FFFE or U+FFFF" },
};

static void
test_csv_bad (gconstpointer data)
{
  const BadCsv *bad = data;
  g_autoptr(GError) error = NULL;
  gsize len = strlen (bad->text);
  g_autoptr(GPtrArray) rows = NULL;

  /* The NUL case has its byte inside the literal. */
  if (g_str_equal (bad->name, "nul"))
    len = 9;

  rows = charter_csv_parse (bad->text, len, NULL, &error);
  g_assert_null (rows);
  g_assert_error (error, CHARTER_ERROR, (int)bad->code);
  if (!g_str_has_prefix (error->message, bad->message))
    g_error ("expected “%s…”, got “%s”", bad->message, error->message);
}

static void
test_csv_limits (void)
{
  CharterCsvOptions rows_limit = { .max_rows = 2 };
  CharterCsvOptions field_limit = { .max_field_bytes = 4 };
  CharterCsvOptions size_limit = { .max_bytes = 8 };
  const char *text = "a,b\n1,2\n3,45678\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = NULL;

  rows = charter_csv_parse (text, strlen (text), &rows_limit, &error);
  g_assert_null (rows);
  g_assert_error (error, CHARTER_ERROR, CHARTER_ERROR_TOO_LARGE);
  g_assert_true (g_str_has_prefix (error->message, "line 3: too many rows"));
  g_clear_error (&error);

  rows = charter_csv_parse (text, strlen (text), &field_limit, &error);
  g_assert_null (rows);
  g_assert_error (error, CHARTER_ERROR, CHARTER_ERROR_TOO_LARGE);
  g_assert_true (g_str_has_prefix (error->message, "line 3: a field is longer than 4 bytes"));
  g_clear_error (&error);

  rows = charter_csv_parse (text, strlen (text), &size_limit, &error);
  g_assert_null (rows);
  g_assert_error (error, CHARTER_ERROR, CHARTER_ERROR_TOO_LARGE);
}

/* ------------------------------------------------------------------ */
/* Import                                                             */
/* ------------------------------------------------------------------ */

static GPtrArray *
plan (CharterDocument *document,
      const char      *csv,
      GError         **error)
{
  return charter_results_plan_import (document, csv, strlen (csv), error);
}

static void
test_import (void)
{
  g_autoptr(CharterDocument) document = document_with_standards ();
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(GPtrArray) again = NULL;
  g_autoptr(GError) error = NULL;
  CharterImportChange *change;
  CharterResults *results = charter_document_get_results (document);
  guint changed = 0;

  set_counts (document, "2026-Q2", "s1", 100, 95);
  set_counts (document, "2026-Q3", "s1", 100, 80);
  g_signal_connect (document, "changed", G_CALLBACK (count_changed), &changed);

  changes = plan (document,
                  "Period,Standard,Total,Met,Value,Note,Action\n"
                  "2026-Q2,s1,100,95,,,\n"
                  "2026-Q3, s1 ,120,110,,,\n"
                  "2026-Q3,average wait is at most 5 minutes.,,,\"6,5\",Roadworks,New counter\n"
                  "2026-09,s3,,,4.8,,\n", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (changes->len, ==, 4);
  g_assert_cmpuint (changed, ==, 0);   /* planning changes nothing */

  change = changes->pdata[0];
  g_assert_cmpint (change->action, ==, CHARTER_IMPORT_UNCHANGED);
  g_assert_cmpuint (change->line, ==, 2);

  change = changes->pdata[1];
  g_assert_cmpint (change->action, ==, CHARTER_IMPORT_REPLACE);
  g_assert_cmpuint (change->previous->met, ==, 80);
  g_assert_cmpuint (change->result->met, ==, 110);

  change = changes->pdata[2];
  g_assert_cmpint (change->action, ==, CHARTER_IMPORT_ADD);
  g_assert_cmpstr (change->result->standard_id, ==, "s2");   /* matched by text */
  g_assert_cmpstr (change->result->value, ==, "6.5");        /* decimal comma */
  g_assert_cmpstr (change->result->note, ==, "Roadworks");
  g_assert_cmpstr (change->result->action, ==, "New counter");

  charter_results_apply_import (document, changes);
  g_assert_cmpuint (changed, ==, 1);
  g_assert_cmpuint (charter_results_lookup (results, "2026-Q3", "s1")->total, ==, 120);
  g_assert_cmpstr (charter_results_lookup (results, "2026-09", "s3")->value, ==, "4.8");

  /* The same file again changes nothing. */
  again = plan (document,
                "period,standard,total,met,value,note,action\n"
                "2026-09,s3,,,4.8,,\n", &error);
  g_assert_no_error (error);
  g_assert_cmpint (((CharterImportChange *)again->pdata[0])->action, ==, CHARTER_IMPORT_UNCHANGED);
}

typedef struct {
  const char *name;
  const char *csv;
  const char *messages;   /* every expected line of the error, in order */
} BadImport;

static const BadImport bad_imports[] = {
  { "empty", "", "line 1: the file is empty" },
  { "missing-period", "standard,total,met\ns1,1,1\n", "line 1: missing column “period”" },
  { "missing-numbers", "period,standard,note\n2026,s1,x\n", "line 1: missing columns: give “total” and “met”, or “value”" },
  { "total-without-met", "period,standard,total\n2026,s1,1\n", "line 1: columns “total” and “met” go together" },
  { "unknown-column", "period,standard,value,colour\n2026,s1,1,red\n", "line 1: unknown column “colour”" },
  { "header-only", "period,standard,value\n", "line 1: the file has a header row but no results" },
  { "row-errors",
    "period,standard,total,met,value\n"
    "2026-Q3,s1,10,9,\n"
    "2026-Q3,s9,10,9,\n"
    "\n"
    "2026-Q3,s2,ten,9,\n"
    "2026-Q3,s3,5,6,\n"
    "2026-Q5,s1,1,1,\n"
    "2026-Q3,s1,1\n"
    "2026-Q3,s1,2,1,\n"
    "2026-Q3,s2,,,fast\n"
    "2026-Q3,s3,,,\n",
    "line 3: unknown standard “s9”\n"
    "line 4: empty row\n"
    "line 5: total “ten” is not a whole number\n"
    "line 6: met (6) is more than total (5)\n"
    "line 7: period “2026-Q5” is not a month\n"
    "line 8: the row has 3 fields but the header has 5 columns\n"
    "line 9: standard s1 for 2026-Q3 was already given on line 2\n"
    "line 10: value “fast” is not a number\n"
    "line 11: no result" },
  { "bad-utf8", "period,standard,value\n2026,s1,1\n2026,\xff,2\n", "line 3: the text is not valid UTF-8" },
};

static void
test_import_bad (gconstpointer data)
{
  const BadImport *bad = data;
  g_autoptr(CharterDocument) document = document_with_standards ();
  g_autoptr(GBytes) before = charter_format_save_bytes (document);
  g_autoptr(GBytes) after = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) changes = plan (document, bad->csv, &error);
  g_auto(GStrv) expected = g_strsplit (bad->messages, "\n", -1);
  g_auto(GStrv) got = NULL;

  g_assert_null (changes);
  g_assert_nonnull (error);
  got = g_strsplit (error->message, "\n", -1);
  if (g_strv_length (got) != g_strv_length (expected))
    g_error ("expected %u problems, got:\n%s", g_strv_length (expected), error->message);
  for (guint i = 0; expected[i] != NULL; i++)
    if (!g_str_has_prefix (got[i], expected[i]))
      g_error ("expected “%s…”, got “%s”", expected[i], got[i]);

  after = charter_format_save_bytes (document);
  g_assert_true (g_bytes_equal (before, after));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/results/periods", test_periods);
  g_test_add_func ("/results/evaluate/share-targets", test_share_targets);
  g_test_add_func ("/results/evaluate/value-targets", test_value_targets);
  g_test_add_func ("/results/percent-text", test_percent_text);
  g_test_add_func ("/results/summary", test_summary);
  g_test_add_func ("/results/trend", test_trend);
  g_test_add_func ("/results/document", test_document_integration);
  g_test_add_func ("/results/format/round-trip", test_round_trip);
  g_test_add_func ("/results/format/orphans-kept", test_results_after_standards_edit);
  for (guint i = 0; i < G_N_ELEMENTS (bad_results); i++)
    {
      g_autofree char *path = g_strdup_printf ("/results/format/bad/%s", bad_results[i].name);
      g_test_add_data_func (path, &bad_results[i], test_bad_results);
    }
  g_test_add_func ("/results/format/too-many-periods", test_too_many_periods);
  g_test_add_func ("/csv/rfc4180", test_csv_rfc4180);
  g_test_add_func ("/csv/semicolons", test_csv_semicolons);
  g_test_add_func ("/csv/quoted-empty", test_csv_quoted_empty);
  for (guint i = 0; i < G_N_ELEMENTS (bad_csv); i++)
    {
      g_autofree char *path = g_strdup_printf ("/csv/bad/%s", bad_csv[i].name);
      g_test_add_data_func (path, &bad_csv[i], test_csv_bad);
    }
  g_test_add_func ("/csv/limits", test_csv_limits);
  g_test_add_func ("/import/plan-and-apply", test_import);
  for (guint i = 0; i < G_N_ELEMENTS (bad_imports); i++)
    {
      g_autofree char *path = g_strdup_printf ("/import/bad/%s", bad_imports[i].name);
      g_test_add_data_func (path, &bad_imports[i], test_import_bad);
    }

  return g_test_run ();
}
