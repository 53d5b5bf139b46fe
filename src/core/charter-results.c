/* charter-results.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "charter-results.h"

/* ------------------------------------------------------------------ */
/* Periods                                                            */
/* ------------------------------------------------------------------ */

static gboolean
parse_digits (const char *text,
              gsize       len,
              guint      *out)
{
  guint value = 0;

  for (gsize i = 0; i < len; i++)
    {
      if (!g_ascii_isdigit (text[i]))
        return FALSE;
      value = value * 10 + (text[i] - '0');
    }
  *out = value;
  return TRUE;
}

gboolean
charter_period_parse (const char        *period,
                      CharterPeriodKind *kind,
                      guint             *year,
                      guint             *number)
{
  CharterPeriodKind k;
  guint y = 0, n = 0;
  gsize len;

  if (period == NULL)
    return FALSE;

  len = strlen (period);
  if (len < 4 || !parse_digits (period, 4, &y) || y < 1900)
    return FALSE;

  if (len == 4)
    k = CHARTER_PERIOD_YEAR;
  else if (len == 7 && period[4] == '-' && period[5] == 'Q' &&
           period[6] >= '1' && period[6] <= '4')
    {
      k = CHARTER_PERIOD_QUARTER;
      n = period[6] - '0';
    }
  else if (len == 7 && period[4] == '-' && parse_digits (period + 5, 2, &n) &&
           n >= 1 && n <= 12)
    k = CHARTER_PERIOD_MONTH;
  else
    return FALSE;

  if (kind != NULL)
    *kind = k;
  if (year != NULL)
    *year = y;
  if (number != NULL)
    *number = n;
  return TRUE;
}

static guint
period_sort_key (const char *period)
{
  CharterPeriodKind kind;
  guint year, number, month;

  if (!charter_period_parse (period, &kind, &year, &number))
    return G_MAXUINT;

  switch (kind)
    {
    case CHARTER_PERIOD_YEAR:
      month = 1;
      break;
    case CHARTER_PERIOD_QUARTER:
      month = number * 3 - 2;
      break;
    case CHARTER_PERIOD_MONTH:
    default:
      month = number;
      break;
    }

  return (year * 12 + (month - 1)) * 3 + kind;
}

int
charter_period_compare (const char *a,
                        const char *b)
{
  guint ka = period_sort_key (a);
  guint kb = period_sort_key (b);

  if (ka != kb)
    return ka < kb ? -1 : 1;
  return g_strcmp0 (a, b);
}

/* ------------------------------------------------------------------ */
/* One result                                                         */
/* ------------------------------------------------------------------ */

CharterResult *
charter_result_new (const char *standard_id)
{
  CharterResult *result = g_new0 (CharterResult, 1);

  result->standard_id = g_strdup (standard_id ? standard_id : "");
  return result;
}

CharterResult *
charter_result_copy (const CharterResult *result)
{
  CharterResult *copy;

  g_return_val_if_fail (result != NULL, NULL);

  copy = g_new0 (CharterResult, 1);
  copy->standard_id = g_strdup (result->standard_id);
  copy->has_counts = result->has_counts;
  copy->total = result->total;
  copy->met = result->met;
  copy->value = g_strdup (result->value);
  copy->note = g_strdup (result->note);
  copy->action = g_strdup (result->action);
  return copy;
}

void
charter_result_free (CharterResult *result)
{
  if (result == NULL)
    return;
  g_free (result->standard_id);
  g_free (result->value);
  g_free (result->note);
  g_free (result->action);
  g_free (result);
}

/* Empty strings and NULL mean the same: nothing written. */
static gboolean
text_equal (const char *a,
            const char *b)
{
  return g_strcmp0 (a && *a ? a : NULL, b && *b ? b : NULL) == 0;
}

gboolean
charter_result_equal (const CharterResult *a,
                      const CharterResult *b)
{
  g_return_val_if_fail (a != NULL && b != NULL, FALSE);

  if (g_strcmp0 (a->standard_id, b->standard_id) != 0 ||
      a->has_counts != b->has_counts)
    return FALSE;
  if (a->has_counts && (a->total != b->total || a->met != b->met))
    return FALSE;

  return text_equal (a->value, b->value) &&
         text_equal (a->note, b->note) &&
         text_equal (a->action, b->action);
}

gboolean
charter_number_parse (const char *text,
                      double     *number)
{
  const char *p = text;
  gboolean digits = FALSE;

  if (text == NULL)
    return FALSE;

  if (*p == '-' || *p == '+')
    p++;
  while (g_ascii_isdigit (*p))
    {
      p++;
      digits = TRUE;
    }
  if (*p == '.')
    {
      p++;
      while (g_ascii_isdigit (*p))
        {
          p++;
          digits = TRUE;
        }
    }
  if (!digits || *p != '\0' || p - text > 32)
    return FALSE;

  if (number != NULL)
    *number = g_ascii_strtod (text, NULL);
  return TRUE;
}

/* ------------------------------------------------------------------ */
/* The results of a charter                                           */
/* ------------------------------------------------------------------ */

typedef struct {
  char      *id;
  GPtrArray *results;  /* CharterResult */
} Period;

struct _CharterResults
{
  GObject    parent_instance;
  GPtrArray *periods;  /* Period, chronological */
  GPtrArray *ids;      /* borrowed period ids + NULL, rebuilt on change */
};

G_DEFINE_FINAL_TYPE (CharterResults, charter_results, G_TYPE_OBJECT)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
period_free (Period *period)
{
  g_free (period->id);
  g_ptr_array_unref (period->results);
  g_free (period);
}

static Period *
period_new (const char *id)
{
  Period *period = g_new0 (Period, 1);

  period->id = g_strdup (id);
  period->results = g_ptr_array_new_with_free_func ((GDestroyNotify)charter_result_free);
  return period;
}

static void
rebuild_ids (CharterResults *self)
{
  g_ptr_array_set_size (self->ids, 0);
  for (guint i = 0; i < self->periods->len; i++)
    g_ptr_array_add (self->ids, ((Period *)self->periods->pdata[i])->id);
  g_ptr_array_add (self->ids, NULL);
}

static void
emit_changed (CharterResults *self)
{
  rebuild_ids (self);
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
charter_results_finalize (GObject *object)
{
  CharterResults *self = (CharterResults *)object;

  g_ptr_array_unref (self->periods);
  g_ptr_array_unref (self->ids);

  G_OBJECT_CLASS (charter_results_parent_class)->finalize (object);
}

static void
charter_results_class_init (CharterResultsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = charter_results_finalize;

  /**
   * CharterResults::changed:
   *
   * Emitted after a period or result was added, replaced or removed.
   */
  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
charter_results_init (CharterResults *self)
{
  self->periods = g_ptr_array_new_with_free_func ((GDestroyNotify)period_free);
  self->ids = g_ptr_array_new ();
  rebuild_ids (self);
}

CharterResults *
charter_results_new (void)
{
  return g_object_new (CHARTER_TYPE_RESULTS, NULL);
}

static Period *
find_period (CharterResults *self,
             const char     *id,
             guint          *insert_at)
{
  guint i;

  for (i = 0; i < self->periods->len; i++)
    {
      Period *period = self->periods->pdata[i];
      int cmp = charter_period_compare (period->id, id);

      if (cmp == 0)
        return period;
      if (cmp > 0)
        break;
    }

  if (insert_at != NULL)
    *insert_at = i;
  return NULL;
}

static guint
find_result (Period     *period,
             const char *standard_id)
{
  for (guint i = 0; i < period->results->len; i++)
    if (g_strcmp0 (((CharterResult *)period->results->pdata[i])->standard_id, standard_id) == 0)
      return i;
  return G_MAXUINT;
}

/**
 * charter_results_get_periods:
 *
 * Returns: (transfer none): the period ids, NULL-terminated
 */
const char * const *
charter_results_get_periods (CharterResults *self,
                             guint          *n_periods)
{
  g_return_val_if_fail (CHARTER_IS_RESULTS (self), NULL);

  if (n_periods != NULL)
    *n_periods = self->periods->len;
  return (const char * const *)self->ids->pdata;
}

gboolean
charter_results_has_period (CharterResults *self,
                            const char     *period)
{
  g_return_val_if_fail (CHARTER_IS_RESULTS (self), FALSE);
  return find_period (self, period, NULL) != NULL;
}

/**
 * charter_results_get_period:
 *
 * Returns: (transfer none) (nullable): the results of @period
 */
GPtrArray *
charter_results_get_period (CharterResults *self,
                            const char     *period)
{
  Period *p;

  g_return_val_if_fail (CHARTER_IS_RESULTS (self), NULL);

  p = find_period (self, period, NULL);
  return p ? p->results : NULL;
}

const CharterResult *
charter_results_lookup (CharterResults *self,
                        const char     *period,
                        const char     *standard_id)
{
  Period *p;
  guint i;

  g_return_val_if_fail (CHARTER_IS_RESULTS (self), NULL);

  p = find_period (self, period, NULL);
  if (p == NULL)
    return NULL;
  i = find_result (p, standard_id);
  return i == G_MAXUINT ? NULL : p->results->pdata[i];
}

static Period *
ensure_period (CharterResults *self,
               const char     *id,
               gboolean       *added)
{
  guint at = 0;
  Period *period = find_period (self, id, &at);

  *added = FALSE;
  if (period == NULL)
    {
      period = period_new (id);
      g_ptr_array_insert (self->periods, at, period);
      *added = TRUE;
    }
  return period;
}

void
charter_results_add_period (CharterResults *self,
                            const char     *period)
{
  gboolean added;

  g_return_if_fail (CHARTER_IS_RESULTS (self));
  g_return_if_fail (charter_period_parse (period, NULL, NULL, NULL));

  ensure_period (self, period, &added);
  if (added)
    emit_changed (self);
}

void
charter_results_set (CharterResults      *self,
                     const char          *period,
                     const CharterResult *result)
{
  Period *p;
  gboolean added;
  guint i;

  g_return_if_fail (CHARTER_IS_RESULTS (self));
  g_return_if_fail (charter_period_parse (period, NULL, NULL, NULL));
  g_return_if_fail (result != NULL && result->standard_id != NULL && *result->standard_id);
  g_return_if_fail (!result->has_counts || result->met <= result->total);

  p = ensure_period (self, period, &added);
  i = find_result (p, result->standard_id);

  if (i == G_MAXUINT)
    g_ptr_array_add (p->results, charter_result_copy (result));
  else if (charter_result_equal (p->results->pdata[i], result))
    {
      if (added)
        emit_changed (self);
      return;
    }
  else
    {
      charter_result_free (p->results->pdata[i]);
      p->results->pdata[i] = charter_result_copy (result);
    }

  emit_changed (self);
}

gboolean
charter_results_remove (CharterResults *self,
                        const char     *period,
                        const char     *standard_id)
{
  Period *p;
  guint i;

  g_return_val_if_fail (CHARTER_IS_RESULTS (self), FALSE);

  p = find_period (self, period, NULL);
  if (p == NULL)
    return FALSE;
  i = find_result (p, standard_id);
  if (i == G_MAXUINT)
    return FALSE;

  g_ptr_array_remove_index (p->results, i);
  emit_changed (self);
  return TRUE;
}

gboolean
charter_results_remove_period (CharterResults *self,
                               const char     *period)
{
  Period *p;

  g_return_val_if_fail (CHARTER_IS_RESULTS (self), FALSE);

  p = find_period (self, period, NULL);
  if (p == NULL)
    return FALSE;

  g_ptr_array_remove (self->periods, p);
  emit_changed (self);
  return TRUE;
}

void
charter_results_clear (CharterResults *self)
{
  g_return_if_fail (CHARTER_IS_RESULTS (self));

  if (self->periods->len == 0)
    return;
  g_ptr_array_set_size (self->periods, 0);
  emit_changed (self);
}

gboolean
charter_results_is_empty (CharterResults *self)
{
  g_return_val_if_fail (CHARTER_IS_RESULTS (self), TRUE);
  return self->periods->len == 0;
}

gboolean
charter_results_equal (CharterResults *a,
                       CharterResults *b)
{
  g_return_val_if_fail (CHARTER_IS_RESULTS (a), FALSE);
  g_return_val_if_fail (CHARTER_IS_RESULTS (b), FALSE);

  if (a->periods->len != b->periods->len)
    return FALSE;

  for (guint i = 0; i < a->periods->len; i++)
    {
      Period *pa = a->periods->pdata[i];
      Period *pb = b->periods->pdata[i];

      if (g_strcmp0 (pa->id, pb->id) != 0 || pa->results->len != pb->results->len)
        return FALSE;
      for (guint j = 0; j < pa->results->len; j++)
        if (!charter_result_equal (pa->results->pdata[j], pb->results->pdata[j]))
          return FALSE;
    }

  return TRUE;
}

void
charter_results_assign (CharterResults *self,
                        CharterResults *source)
{
  g_return_if_fail (CHARTER_IS_RESULTS (self));
  g_return_if_fail (CHARTER_IS_RESULTS (source));

  if (self == source || charter_results_equal (self, source))
    return;

  g_ptr_array_set_size (self->periods, 0);
  for (guint i = 0; i < source->periods->len; i++)
    {
      Period *from = source->periods->pdata[i];
      Period *to = period_new (from->id);

      for (guint j = 0; j < from->results->len; j++)
        g_ptr_array_add (to->results, charter_result_copy (from->results->pdata[j]));
      g_ptr_array_add (self->periods, to);
    }

  emit_changed (self);
}

/* ------------------------------------------------------------------ */
/* Evaluation                                                         */
/* ------------------------------------------------------------------ */

/* Shares and targets compare with a small tolerance so that 9 of 10
 * cases meet a 90 % share despite binary floating point. */
#define EPSILON 1e-9

void
charter_result_evaluate (const CharterResult *result,
                         CharterItem         *standard,
                         CharterEvaluation   *evaluation)
{
  g_return_if_fail (evaluation != NULL);

  memset (evaluation, 0, sizeof *evaluation);
  evaluation->outcome = CHARTER_OUTCOME_NO_DATA;

  if (result == NULL)
    return;

  if (result->has_counts)
    {
      const char *share = standard ? charter_item_get (standard, CHARTER_STANDARD_SHARE) : "";
      double goal = 100.0;

      /* A share that is not a plain number ("most") cannot be judged
       * literally; every case must then be within target. */
      if (!charter_number_parse (share, &goal) || goal < 0.0 || goal > 100.0)
        goal = 100.0;

      evaluation->goal = goal;
      if (result->total == 0)
        {
          evaluation->outcome = CHARTER_OUTCOME_NO_CASES;
          return;
        }

      evaluation->score = 100.0 * (double)result->met / (double)result->total;
      evaluation->outcome = evaluation->score + EPSILON >= goal ? CHARTER_OUTCOME_MET
                                                                : CHARTER_OUTCOME_MISSED;
      return;
    }

  if (result->value != NULL && charter_number_parse (result->value, &evaluation->score))
    {
      const char *target = standard ? charter_item_get (standard, CHARTER_STANDARD_TARGET) : "";
      const char *direction = standard ? charter_item_get (standard, CHARTER_STANDARD_DIRECTION) : "";

      evaluation->is_value = TRUE;
      evaluation->lower_better = g_strcmp0 (direction, "at-least") != 0;

      if (!charter_number_parse (target, &evaluation->goal))
        {
          evaluation->outcome = CHARTER_OUTCOME_NO_TARGET;
          return;
        }

      if (evaluation->lower_better)
        evaluation->outcome = evaluation->score <= evaluation->goal + EPSILON ? CHARTER_OUTCOME_MET
                                                                              : CHARTER_OUTCOME_MISSED;
      else
        evaluation->outcome = evaluation->score + EPSILON >= evaluation->goal ? CHARTER_OUTCOME_MET
                                                                              : CHARTER_OUTCOME_MISSED;
    }
}

/**
 * charter_results_get_trend:
 *
 * Returns: (transfer full): an array of #CharterTrendPoint, oldest first
 */
GArray *
charter_results_get_trend (CharterResults *self,
                           CharterItem    *standard,
                           const char     *period,
                           guint           max_points)
{
  GArray *points = g_array_new (FALSE, TRUE, sizeof (CharterTrendPoint));
  CharterPeriodKind kind;
  const char *id;
  int last;

  g_return_val_if_fail (CHARTER_IS_RESULTS (self), points);
  g_return_val_if_fail (CHARTER_IS_ITEM (standard), points);

  if (!charter_period_parse (period, &kind, NULL, NULL) || max_points == 0)
    return points;

  id = charter_item_get (standard, CHARTER_STANDARD_ID);

  for (last = (int)self->periods->len - 1; last >= 0; last--)
    if (charter_period_compare (((Period *)self->periods->pdata[last])->id, period) <= 0)
      break;

  for (int i = last; i >= 0 && points->len < max_points; i--)
    {
      Period *p = self->periods->pdata[i];
      CharterPeriodKind k;
      CharterEvaluation evaluation;
      CharterTrendPoint point = { 0 };
      guint r;

      if (!charter_period_parse (p->id, &k, NULL, NULL) || k != kind)
        continue;
      r = find_result (p, id);
      if (r == G_MAXUINT)
        continue;

      charter_result_evaluate (p->results->pdata[r], standard, &evaluation);
      if (evaluation.outcome != CHARTER_OUTCOME_MET && evaluation.outcome != CHARTER_OUTCOME_MISSED &&
          evaluation.outcome != CHARTER_OUTCOME_NO_TARGET)
        continue;

      point.period = p->id;
      point.score = evaluation.score;
      point.is_value = evaluation.is_value;
      point.outcome = evaluation.outcome;
      g_array_prepend_val (points, point);
    }

  return points;
}
