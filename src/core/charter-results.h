/* charter-results.h — results recorded against each standard, per period
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A charter's results say what was delivered against what was promised.
 * Each reporting period ("2026-09" a month, "2026-Q3" a quarter, "2026" a
 * year) holds at most one result per standard (by standard id).
 *
 * A result is either
 *   - counts: @total cases, of which @met were within the target; the
 *     standard is met when met/total reaches the standard's share
 *     (CHARTER_STANDARD_SHARE, 100 % when empty); or
 *   - a measured value (e.g. an average waiting time) compared with the
 *     standard's numeric CHARTER_STANDARD_TARGET in the direction given by
 *     CHARTER_STANDARD_DIRECTION: "at-most" (the default: lower is better,
 *     as for times, queues, errors) or "at-least" (higher is better, as for
 *     a satisfaction score).
 */
#pragma once

#include <glib-object.h>

#include "charter-item.h"

G_BEGIN_DECLS

#define CHARTER_RESULTS_MAX_PERIODS  600
#define CHARTER_RESULTS_MAX_TEXT     4000

typedef enum {
  CHARTER_PERIOD_YEAR,
  CHARTER_PERIOD_QUARTER,
  CHARTER_PERIOD_MONTH,
} CharterPeriodKind;

/* Parses "2026", "2026-Q3" or "2026-09" (years 1900–9999). */
gboolean charter_period_parse   (const char        *period,
                                 CharterPeriodKind *kind,
                                 guint             *year,
                                 guint             *number);
/* Chronological order by start date; a year sorts before its quarters
 * and a quarter before its months. Invalid periods sort last. */
int      charter_period_compare (const char        *a,
                                 const char        *b);

typedef struct {
  char    *standard_id;
  gboolean has_counts;
  guint64  total;
  guint64  met;
  char    *value;      /* decimal number as written ("3.5"), or NULL */
  char    *note;       /* why a standard was missed, or NULL */
  char    *action;     /* what was done about it, or NULL */
} CharterResult;

CharterResult *charter_result_new   (const char          *standard_id);
CharterResult *charter_result_copy  (const CharterResult *result);
void           charter_result_free  (CharterResult       *result);
gboolean       charter_result_equal (const CharterResult *a,
                                     const CharterResult *b);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CharterResult, charter_result_free)

/* A decimal number such as "12", "-3", "4.75" (no exponent, no comma). */
gboolean charter_number_parse (const char *text,
                               double     *number);

#define CHARTER_TYPE_RESULTS (charter_results_get_type ())
G_DECLARE_FINAL_TYPE (CharterResults, charter_results, CHARTER, RESULTS, GObject)

/* Every CharterDocument owns one; see charter_document_get_results().
 * ::changed is emitted after every real change and re-emitted by the
 * document as its own ::changed. */
CharterResults       *charter_results_new           (void);

/* Periods in chronological order; the array is owned by @self. */
const char * const   *charter_results_get_periods   (CharterResults      *self,
                                                     guint               *n_periods);
gboolean              charter_results_has_period    (CharterResults      *self,
                                                     const char          *period);
/* Results of @period in stored order, or NULL when the period is absent. */
GPtrArray            *charter_results_get_period    (CharterResults      *self,
                                                     const char          *period);
const CharterResult  *charter_results_lookup        (CharterResults      *self,
                                                     const char          *period,
                                                     const char          *standard_id);

/* Adds or replaces the result of (@period, @result->standard_id); @period
 * must be valid (charter_period_parse). Adds the period when needed. */
void                  charter_results_set           (CharterResults      *self,
                                                     const char          *period,
                                                     const CharterResult *result);
gboolean              charter_results_remove        (CharterResults      *self,
                                                     const char          *period,
                                                     const char          *standard_id);
/* Adds an empty period (kept in the file as <period id="…"/>). */
void                  charter_results_add_period    (CharterResults      *self,
                                                     const char          *period);
gboolean              charter_results_remove_period (CharterResults      *self,
                                                     const char          *period);
void                  charter_results_clear         (CharterResults      *self);

void                  charter_results_assign        (CharterResults      *self,
                                                     CharterResults      *source);
gboolean              charter_results_equal         (CharterResults      *a,
                                                     CharterResults      *b);
gboolean              charter_results_is_empty      (CharterResults      *self);

/* Evaluation of one result against its standard. */
typedef enum {
  CHARTER_OUTCOME_NO_DATA,      /* nothing recorded for the period */
  CHARTER_OUTCOME_NO_CASES,     /* counts with zero cases: nothing to judge */
  CHARTER_OUTCOME_NO_TARGET,    /* a value but no numeric target to compare */
  CHARTER_OUTCOME_MET,
  CHARTER_OUTCOME_MISSED,
} CharterOutcome;

typedef struct {
  CharterOutcome outcome;
  gboolean       is_value;     /* score is a measured value, not a percentage */
  double         score;        /* % of cases within target, or the value */
  double         goal;         /* target share in %, or the target value */
  gboolean       lower_better; /* for values: at-most */
} CharterEvaluation;

void     charter_result_evaluate (const CharterResult *result,
                                  CharterItem         *standard,
                                  CharterEvaluation   *evaluation);

/* The last @max_points periods up to and including @period that are of
 * the same kind (months with months, quarters with quarters) and hold a
 * result for @standard_id, oldest first. Returns an array of
 * CharterTrendPoint. */
typedef struct {
  const char *period;  /* owned by the results object */
  double      score;
  gboolean    is_value;
  CharterOutcome outcome;
} CharterTrendPoint;

GArray  *charter_results_get_trend (CharterResults *self,
                                    CharterItem    *standard,
                                    const char     *period,
                                    guint           max_points);

G_END_DECLS
