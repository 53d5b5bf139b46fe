/* charter-achievement.h — a period's results set against every standard
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Shared by `charter results`, the achievement report and the app: one
 * row per standard with its evaluation, a summary, and the words the
 * report prints in the charter's language (English or Danish).
 */
#pragma once

#include "charter-document.h"

G_BEGIN_DECLS

typedef struct {
  CharterItem         *standard;    /* borrowed from the document */
  const CharterResult *result;      /* borrowed; NULL when none recorded */
  CharterEvaluation    evaluation;
} CharterAchievementRow;

typedef struct {
  guint n_standards;
  guint n_met;
  guint n_missed;
  guint n_not_judged;   /* no result, no cases or no numeric target */
} CharterAchievementSummary;

/* One row per standard of @document, in charter order. */
GArray     *charter_achievement_collect          (CharterDocument                 *document,
                                                  const char                      *period,
                                                  CharterAchievementSummary       *summary);
/* % of judged standards that were met, or -1 when none could be judged. */
double      charter_achievement_percent_met      (const CharterAchievementSummary *summary);

/* The newest period holding any result, or NULL. */
const char *charter_achievement_latest_period    (CharterDocument                 *document);

/* "Q3 2026" / "3. kvartal 2026", "September 2026", "2026". */
char       *charter_period_to_display            (const char                      *period,
                                                  const char                      *language);
/* "91.7%" in English, "91,7 %" in Danish; whole numbers without decimals. */
char       *charter_format_percent               (double                           percent,
                                                  const char                      *language);

/* "20 seconds, in 90% of cases" — the standard's target as printed. */
char       *charter_achievement_describe_target  (CharterItem                     *standard,
                                                  const char                      *language);
/* "110 of 120 within target (91.7%)", "3.5 minutes", "No cases". */
char       *charter_achievement_describe_result  (const CharterAchievementRow     *row,
                                                  const char                      *language);
/* "✓", "✗" or "–". */
const char *charter_achievement_mark             (CharterOutcome                   outcome);
/* "Met", "Missed", "No result"… */
const char *charter_achievement_outcome_label    (CharterOutcome                   outcome,
                                                  const char                      *language);
/* The report's summary paragraph. */
char       *charter_achievement_summary_text     (CharterDocument                 *document,
                                                  const char                      *period,
                                                  const CharterAchievementSummary *summary);

typedef enum {
  CHARTER_REPORT_LABEL_TITLE,        /* "How we did" */
  CHARTER_REPORT_LABEL_STANDARD,
  CHARTER_REPORT_LABEL_TARGET,
  CHARTER_REPORT_LABEL_RESULT,
  CHARTER_REPORT_LABEL_OUTCOME,
  CHARTER_REPORT_LABEL_TREND,
  CHARTER_REPORT_LABEL_NOTES,        /* "Why we missed and what we did" */
  CHARTER_REPORT_LABEL_WHY,
  CHARTER_REPORT_LABEL_ACTION,
  CHARTER_REPORT_LABEL_SUMMARY,
  CHARTER_REPORT_LABEL_PERIOD,
  CHARTER_REPORT_LABEL_LEGEND,       /* how to read marks and charts */
  CHARTER_REPORT_LABEL_NO_NOTE,      /* a miss without an explanation */
  CHARTER_N_REPORT_LABELS
} CharterReportLabel;

const char *charter_report_label                 (const char                      *language,
                                                  CharterReportLabel               label);

G_END_DECLS
