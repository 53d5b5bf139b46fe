/* charter-achievement.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The printed words follow the charter's language, not the user's locale:
 * an achievement report is published with the charter it reports on.
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "charter-achievement.h"

static gboolean
is_danish (const char *language)
{
  return language != NULL && strncmp (language, "da", 2) == 0 &&
         (language[2] == '\0' || language[2] == '_' || language[2] == '-');
}

typedef struct {
  const char *en;
  const char *da;
} Words;

static const Words report_labels[CHARTER_N_REPORT_LABELS] = {
  [CHARTER_REPORT_LABEL_TITLE] = { "How we did", "Sådan klarede vi os" },
  [CHARTER_REPORT_LABEL_STANDARD] = { "Standard", "Servicemål" },
  [CHARTER_REPORT_LABEL_TARGET] = { "Target", "Mål" },
  [CHARTER_REPORT_LABEL_RESULT] = { "Result", "Resultat" },
  [CHARTER_REPORT_LABEL_OUTCOME] = { "Met?", "Nået?" },
  [CHARTER_REPORT_LABEL_TREND] = { "Trend", "Udvikling" },
  [CHARTER_REPORT_LABEL_NOTES] = { "Where we fell short", "Hvor vi ikke nåede målet" },
  [CHARTER_REPORT_LABEL_WHY] = { "Why", "Hvorfor" },
  [CHARTER_REPORT_LABEL_ACTION] = { "What we are doing", "Det gør vi" },
  [CHARTER_REPORT_LABEL_SUMMARY] = { "Summary", "Sammenfatning" },
  [CHARTER_REPORT_LABEL_PERIOD] = { "Period", "Periode" },
  [CHARTER_REPORT_LABEL_LEGEND] = {
    "✓ met · ✗ missed · – could not be judged. Trend: the latest periods, oldest first; "
    "filled bar: met, hollow bar: missed, dashed line: the target.",
    "✓ nået · ✗ ikke nået · – kunne ikke vurderes. Udvikling: de seneste perioder, ældste først; "
    "udfyldt søjle: nået, åben søjle: ikke nået, stiplet linje: målet." },
  [CHARTER_REPORT_LABEL_NO_NOTE] = { "(no explanation recorded)", "(ingen forklaring noteret)" },
};

static const Words outcome_labels[] = {
  [CHARTER_OUTCOME_NO_DATA] = { "No result", "Intet resultat" },
  [CHARTER_OUTCOME_NO_CASES] = { "No cases", "Ingen sager" },
  [CHARTER_OUTCOME_NO_TARGET] = { "Not judged", "Ikke vurderet" },
  [CHARTER_OUTCOME_MET] = { "Met", "Nået" },
  [CHARTER_OUTCOME_MISSED] = { "Missed", "Ikke nået" },
};

static const Words months[12] = {
  { "January", "januar" }, { "February", "februar" }, { "March", "marts" },
  { "April", "april" }, { "May", "maj" }, { "June", "juni" },
  { "July", "juli" }, { "August", "august" }, { "September", "september" },
  { "October", "oktober" }, { "November", "november" }, { "December", "december" },
};

static const char *
pick (const Words *words,
      const char  *language)
{
  return is_danish (language) ? words->da : words->en;
}

const char *
charter_report_label (const char         *language,
                      CharterReportLabel  label)
{
  g_return_val_if_fail (label < CHARTER_N_REPORT_LABELS, "");
  return pick (&report_labels[label], language);
}

const char *
charter_achievement_outcome_label (CharterOutcome  outcome,
                                   const char     *language)
{
  g_return_val_if_fail (outcome <= CHARTER_OUTCOME_MISSED, "");
  return pick (&outcome_labels[outcome], language);
}

const char *
charter_achievement_mark (CharterOutcome outcome)
{
  switch (outcome)
    {
    case CHARTER_OUTCOME_MET:
      return "✓";
    case CHARTER_OUTCOME_MISSED:
      return "✗";
    case CHARTER_OUTCOME_NO_DATA:
    case CHARTER_OUTCOME_NO_CASES:
    case CHARTER_OUTCOME_NO_TARGET:
    default:
      return "–";
    }
}

char *
charter_period_to_display (const char *period,
                           const char *language)
{
  CharterPeriodKind kind;
  guint year, number;

  if (!charter_period_parse (period, &kind, &year, &number))
    return g_strdup (period ? period : "");

  switch (kind)
    {
    case CHARTER_PERIOD_QUARTER:
      if (is_danish (language))
        return g_strdup_printf ("%u. kvartal %u", number, year);
      return g_strdup_printf ("Q%u %u", number, year);
    case CHARTER_PERIOD_MONTH:
      return g_strdup_printf ("%s %u", pick (&months[number - 1], language), year);
    case CHARTER_PERIOD_YEAR:
    default:
      return g_strdup_printf ("%u", year);
    }
}

/* Up to @decimals decimals, trailing zeros dropped, Danish decimal comma. */
static char *
format_number (double      number,
               guint       decimals,
               const char *language)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];
  char *text;
  char *dot;

  if (decimals == 0)
    g_ascii_formatd (buffer, sizeof buffer, "%.0f", number);
  else if (decimals == 1)
    g_ascii_formatd (buffer, sizeof buffer, "%.1f", number);
  else
    g_ascii_formatd (buffer, sizeof buffer, "%.2f", number);

  text = g_strdup (buffer);
  dot = strchr (text, '.');
  if (dot != NULL)
    {
      char *end = text + strlen (text) - 1;

      while (end > dot && *end == '0')
        *end-- = '\0';
      if (end == dot)
        *end = '\0';
      else if (is_danish (language))
        *dot = ',';
    }
  if (g_str_equal (text, "-0"))
    {
      g_free (text);
      text = g_strdup ("0");
    }
  return text;
}

char *
charter_format_percent (double      percent,
                        const char *language)
{
  g_autofree char *number = NULL;
  double rounded = round (percent * 10.0) / 10.0;

  /* 99.96 % is not "100 %", and 89.96 % must not read as a met 90 %:
   * round to the tenth, but never up to a whole percent. */
  if (rounded == ceil (percent) && rounded != percent && fabs (rounded - round (rounded)) < 1e-9)
    rounded = floor (percent * 10.0) / 10.0;
  number = format_number (rounded, 1, language);
  if (is_danish (language))
    return g_strdup_printf ("%s %%", number);
  return g_strdup_printf ("%s%%", number);
}

char *
charter_achievement_describe_target (CharterItem *standard,
                                     const char  *language)
{
  const char *target = charter_item_get (standard, CHARTER_STANDARD_TARGET);
  const char *unit = charter_item_get (standard, CHARTER_STANDARD_UNIT);
  const char *share = charter_item_get (standard, CHARTER_STANDARD_SHARE);
  const char *direction = charter_item_get (standard, CHARTER_STANDARD_DIRECTION);
  GString *text = g_string_new (NULL);
  double share_value;

  if (*target != '\0')
    {
      /* With a share, the target is each case's limit ("20 seconds, in
       * 90% of cases"); without one it is compared with a measured value,
       * so say in which direction. */
      if (*share == '\0')
        {
          if (g_str_equal (direction, "at-least"))
            g_string_append (text, is_danish (language) ? "mindst " : "at least ");
          else
            g_string_append (text, is_danish (language) ? "højst " : "at most ");
        }
      g_string_append (text, target);
      if (*unit != '\0')
        g_string_append_printf (text, " %s", unit);
    }

  if (*share != '\0')
    {
      g_autofree char *percent = charter_number_parse (share, &share_value)
                                 ? charter_format_percent (share_value, language)
                                 : g_strdup (share);

      if (text->len > 0)
        g_string_append (text, ", ");
      if (is_danish (language))
        g_string_append_printf (text, "i %s af tilfældene", percent);
      else
        g_string_append_printf (text, "in %s of cases", percent);
    }

  return g_string_free (text, FALSE);
}

char *
charter_achievement_describe_result (const CharterAchievementRow *row,
                                     const char                  *language)
{
  const CharterResult *result = row->result;
  const CharterEvaluation *evaluation = &row->evaluation;
  GString *text;

  if (result == NULL)
    return g_strdup (pick (&outcome_labels[CHARTER_OUTCOME_NO_DATA], language));

  text = g_string_new (NULL);

  if (result->has_counts)
    {
      if (result->total == 0)
        g_string_append (text, pick (&outcome_labels[CHARTER_OUTCOME_NO_CASES], language));
      else
        {
          g_autofree char *percent = charter_format_percent (evaluation->score, language);

          if (is_danish (language))
            g_string_append_printf (text, "%" G_GUINT64_FORMAT " af %" G_GUINT64_FORMAT " (%s)",
                                    result->met, result->total, percent);
          else
            g_string_append_printf (text, "%" G_GUINT64_FORMAT " of %" G_GUINT64_FORMAT " (%s)",
                                    result->met, result->total, percent);
        }
    }

  if (result->value != NULL && *result->value != '\0')
    {
      const char *unit = row->standard ? charter_item_get (row->standard, CHARTER_STANDARD_UNIT) : "";
      double value;
      g_autofree char *number = charter_number_parse (result->value, &value)
                                ? format_number (value, 2, language)
                                : g_strdup (result->value);

      if (text->len > 0)
        g_string_append (text, "; ");
      g_string_append (text, number);
      if (*unit != '\0')
        g_string_append_printf (text, " %s", unit);
    }

  if (text->len == 0)
    g_string_append (text, pick (&outcome_labels[CHARTER_OUTCOME_NO_DATA], language));

  return g_string_free (text, FALSE);
}

/**
 * charter_achievement_collect:
 *
 * Returns: (transfer full): an array of #CharterAchievementRow
 */
GArray *
charter_achievement_collect (CharterDocument           *document,
                             const char                *period,
                             CharterAchievementSummary *summary)
{
  CharterResults *results;
  GArray *rows;
  guint n;

  g_return_val_if_fail (CHARTER_IS_DOCUMENT (document), NULL);

  results = charter_document_get_results (document);
  n = charter_document_get_n_items (document, CHARTER_LIST_STANDARDS);
  rows = g_array_sized_new (FALSE, TRUE, sizeof (CharterAchievementRow), n);

  if (summary != NULL)
    memset (summary, 0, sizeof *summary);

  for (guint i = 0; i < n; i++)
    {
      CharterAchievementRow row = { 0 };

      row.standard = charter_document_get_item (document, CHARTER_LIST_STANDARDS, i);
      row.result = period ? charter_results_lookup (results, period,
                                                    charter_item_get (row.standard, CHARTER_STANDARD_ID))
                          : NULL;
      charter_result_evaluate (row.result, row.standard, &row.evaluation);
      g_array_append_val (rows, row);

      if (summary == NULL)
        continue;
      summary->n_standards++;
      if (row.evaluation.outcome == CHARTER_OUTCOME_MET)
        summary->n_met++;
      else if (row.evaluation.outcome == CHARTER_OUTCOME_MISSED)
        summary->n_missed++;
      else
        summary->n_not_judged++;
    }

  return rows;
}

double
charter_achievement_percent_met (const CharterAchievementSummary *summary)
{
  guint judged;

  g_return_val_if_fail (summary != NULL, -1.0);

  judged = summary->n_met + summary->n_missed;
  if (judged == 0)
    return -1.0;
  return 100.0 * summary->n_met / judged;
}

const char *
charter_achievement_latest_period (CharterDocument *document)
{
  CharterResults *results;
  const char * const *periods;
  guint n = 0;

  g_return_val_if_fail (CHARTER_IS_DOCUMENT (document), NULL);

  results = charter_document_get_results (document);
  periods = charter_results_get_periods (results, &n);
  for (guint i = n; i > 0; i--)
    if (charter_results_get_period (results, periods[i - 1])->len > 0)
      return periods[i - 1];
  return NULL;
}

char *
charter_achievement_summary_text (CharterDocument                 *document,
                                  const char                      *period,
                                  const CharterAchievementSummary *summary)
{
  const char *language = charter_document_get_language (document);
  g_autofree char *when = charter_period_to_display (period, language);
  double percent = charter_achievement_percent_met (summary);
  guint judged = summary->n_met + summary->n_missed;
  GString *text = g_string_new (NULL);
  gboolean da = is_danish (language);

  if (summary->n_standards == 0)
    {
      g_string_append (text, da ? "Charteret har endnu ingen servicemål."
                                : "The charter has no service standards yet.");
      return g_string_free (text, FALSE);
    }

  if (judged == 0)
    {
      if (da)
        g_string_append_printf (text, "For %s har vi endnu ingen resultater at vurdere.", when);
      else
        g_string_append_printf (text, "For %s there are no results to judge yet.", when);
    }
  else
    {
      g_autofree char *pct = charter_format_percent (percent, language);

      if (judged == 1)
        {
          gboolean met = summary->n_met == 1;

          if (da)
            g_string_append_printf (text, met ? "I %s nåede vi det ene servicemål, der kunne vurderes."
                                              : "I %s nåede vi ikke det ene servicemål, der kunne vurderes.",
                                    when);
          else
            g_string_append_printf (text, met ? "In %s we met the one standard that could be judged."
                                              : "In %s we missed the one standard that could be judged.",
                                    when);
        }
      else if (da)
        g_string_append_printf (text, "I %s nåede vi %u af %u servicemål (%s).",
                                when, summary->n_met, judged, pct);
      else
        g_string_append_printf (text, "In %s we met %u of %u standards (%s).",
                                when, summary->n_met, judged, pct);

      if (summary->n_missed > 0)
        g_string_append (text, da ? " Hvor vi ikke nåede målet, forklarer vi nedenfor hvorfor, og hvad vi gør ved det."
                                  : " Where we fell short, we explain below why and what we are doing about it.");
      else
        g_string_append (text, da ? " Tak til alle i teamet." : " Thank you to everyone in the team.");
    }

  if (summary->n_not_judged > 0)
    {
      if (da)
        g_string_append_printf (text, " %u servicemål kunne ikke vurderes i perioden (ingen sager eller intet resultat).",
                                summary->n_not_judged);
      else if (summary->n_not_judged == 1)
        g_string_append (text, " One standard could not be judged this period (no cases or no result).");
      else
        g_string_append_printf (text, " %u standards could not be judged this period (no cases or no result).",
                                summary->n_not_judged);
    }

  return g_string_free (text, FALSE);
}
