/* charter-results-import.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <inttypes.h>
#include <string.h>

#include "charter-csv.h"
#include "charter-error.h"
#include "charter-results-import.h"

/* Enough to fix a file in one go without flooding the terminal. */
#define MAX_REPORTED_PROBLEMS 20

typedef enum {
  COLUMN_PERIOD,
  COLUMN_STANDARD,
  COLUMN_TOTAL,
  COLUMN_MET,
  COLUMN_VALUE,
  COLUMN_NOTE,
  COLUMN_ACTION,
  N_COLUMNS
} Column;

/* Header names, English first (the one suggested in messages), then
 * Danish and common spreadsheet spellings. */
static const char * const column_names[N_COLUMNS][5] = {
  [COLUMN_PERIOD] = { "period", "periode", NULL },
  [COLUMN_STANDARD] = { "standard", "standard id", "id", "servicemål", NULL },
  [COLUMN_TOTAL] = { "total", "cases", "sager", "i alt", NULL },
  [COLUMN_MET] = { "met", "within target", "nået", "inden for målet", NULL },
  [COLUMN_VALUE] = { "value", "værdi", "measured", "målt", NULL },
  [COLUMN_NOTE] = { "note", "notes", "why", "bemærkning", NULL },
  [COLUMN_ACTION] = { "action", "action taken", "handling", NULL, NULL },
};

typedef struct {
  GString *text;
  guint    n;
} Problems;

static void
problem (Problems   *problems,
         guint       line,
         const char *message)
{
  problems->n++;
  if (problems->n > MAX_REPORTED_PROBLEMS)
    return;
  if (problems->text->len > 0)
    g_string_append_c (problems->text, '\n');
  g_string_append_printf (problems->text, _("line %u: %s"), line, message);
}

static void problemf (Problems   *problems,
                      guint       line,
                      const char *format,
                      ...) G_GNUC_PRINTF (3, 4);

static void
problemf (Problems   *problems,
          guint       line,
          const char *format,
          ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  problem (problems, line, message);
}

static void
change_free (CharterImportChange *change)
{
  g_free (change->period);
  charter_result_free (change->result);
  charter_result_free (change->previous);
  g_free (change);
}

static char *
normalise (const char *text)
{
  g_autofree char *stripped = g_strstrip (g_strdup (text));
  return g_utf8_casefold (stripped, -1);
}

static int
column_from_header (const char *header)
{
  g_autofree char *name = normalise (header);

  for (guint c = 0; c < N_COLUMNS; c++)
    for (guint i = 0; column_names[c][i] != NULL; i++)
      if (g_str_equal (name, column_names[c][i]))
        return c;
  return -1;
}

static gboolean
read_header (const CharterCsvRow *row,
             int                  columns[N_COLUMNS],
             Problems            *problems)
{
  guint before = problems->n;

  for (guint c = 0; c < N_COLUMNS; c++)
    columns[c] = -1;

  for (guint i = 0; i < row->n_fields; i++)
    {
      int c = column_from_header (row->fields[i]);

      if (c < 0)
        problemf (problems, row->line,
                  _("unknown column “%s” (the columns are period, standard, total, met, value, note, action)"),
                  row->fields[i]);
      else if (columns[c] >= 0)
        problemf (problems, row->line, _("the column “%s” appears twice"), column_names[c][0]);
      else
        columns[c] = i;
    }

  if (columns[COLUMN_PERIOD] < 0)
    problem (problems, row->line, _("missing column “period” (such as 2026-09 or 2026-Q3)"));
  if (columns[COLUMN_STANDARD] < 0)
    problem (problems, row->line, _("missing column “standard” (the standard’s id or text)"));
  if ((columns[COLUMN_TOTAL] < 0) != (columns[COLUMN_MET] < 0))
    problem (problems, row->line, _("columns “total” and “met” go together; one of them is missing"));
  if (columns[COLUMN_TOTAL] < 0 && columns[COLUMN_VALUE] < 0)
    problem (problems, row->line, _("missing columns: give “total” and “met”, or “value”"));

  return problems->n == before;
}

static const char *
cell (const CharterCsvRow *row,
      const int            columns[N_COLUMNS],
      Column               column)
{
  if (columns[column] < 0 || (guint)columns[column] >= row->n_fields)
    return "";
  return row->fields[columns[column]];
}

static CharterItem *
find_standard (CharterDocument *document,
               const char      *key,
               guint            line,
               Problems        *problems)
{
  guint n = charter_document_get_n_items (document, CHARTER_LIST_STANDARDS);
  g_autofree char *wanted = normalise (key);
  CharterItem *found = NULL;
  guint matches = 0;

  for (guint i = 0; i < n; i++)
    {
      CharterItem *standard = charter_document_get_item (document, CHARTER_LIST_STANDARDS, i);

      if (g_str_equal (charter_item_get (standard, CHARTER_STANDARD_ID), key))
        return standard;
    }

  for (guint i = 0; i < n; i++)
    {
      CharterItem *standard = charter_document_get_item (document, CHARTER_LIST_STANDARDS, i);
      g_autofree char *text = normalise (charter_item_get (standard, CHARTER_STANDARD_TEXT));

      if (*wanted != '\0' && g_str_equal (text, wanted))
        {
          found = standard;
          matches++;
        }
    }

  if (matches == 1)
    return found;
  if (matches > 1)
    problemf (problems, line, _("“%s” matches %u standards; use the standard’s id instead"), key, matches);
  else
    problemf (problems, line, _("unknown standard “%s” (use an id such as s1 or the standard’s exact text)"), key);
  return NULL;
}

static gboolean
parse_count (const char *text,
             const char *column,
             guint       line,
             guint64    *count,
             Problems   *problems)
{
  if (g_ascii_string_to_unsigned (text, 10, 0, G_MAXUINT32, count, NULL))
    return TRUE;
  problemf (problems, line, _("%s “%s” is not a whole number of cases"), column, text);
  return FALSE;
}

static char *
parse_value (const char *text,
             guint       line,
             Problems   *problems)
{
  g_autofree char *value = g_strdup (text);
  char *comma = strchr (value, ',');

  /* A decimal comma, as Danish spreadsheets write it. */
  if (comma != NULL && strchr (comma + 1, ',') == NULL && strchr (value, '.') == NULL)
    *comma = '.';

  if (charter_number_parse (value, NULL))
    return g_steal_pointer (&value);

  problemf (problems, line, _("value “%s” is not a number"), text);
  return NULL;
}

static char *
optional_text (const char *text)
{
  g_autofree char *stripped = g_strstrip (g_strdup (text));
  return *stripped ? g_steal_pointer (&stripped) : NULL;
}

static CharterImportChange *
read_row (CharterDocument     *document,
          const CharterCsvRow *row,
          const int            columns[N_COLUMNS],
          guint                n_columns,
          GHashTable          *seen,
          Problems            *problems)
{
  g_autoptr(CharterResult) result = NULL;
  g_autofree char *period = NULL;
  g_autofree char *standard_key = NULL;
  g_autofree char *total = NULL;
  g_autofree char *met = NULL;
  g_autofree char *value = NULL;
  g_autofree char *key = NULL;
  CharterImportChange *change;
  CharterItem *standard;
  const CharterResult *previous;
  guint before = problems->n;
  gpointer first_line;

  if (charter_csv_row_is_blank (row))
    {
      problem (problems, row->line, _("empty row; remove it or fill it in"));
      return NULL;
    }
  if (row->n_fields != n_columns)
    {
      problemf (problems, row->line, _("the row has %u fields but the header has %u columns"),
                row->n_fields, n_columns);
      return NULL;
    }

  period = g_strstrip (g_strdup (cell (row, columns, COLUMN_PERIOD)));
  standard_key = g_strstrip (g_strdup (cell (row, columns, COLUMN_STANDARD)));
  total = g_strstrip (g_strdup (cell (row, columns, COLUMN_TOTAL)));
  met = g_strstrip (g_strdup (cell (row, columns, COLUMN_MET)));
  value = g_strstrip (g_strdup (cell (row, columns, COLUMN_VALUE)));

  if (!charter_period_parse (period, NULL, NULL, NULL))
    problemf (problems, row->line,
              _("period “%s” is not a month (2026-09), quarter (2026-Q3) or year (2026)"), period);

  standard = find_standard (document, standard_key, row->line, problems);
  result = charter_result_new (standard ? charter_item_get (standard, CHARTER_STANDARD_ID) : standard_key);

  if (*total != '\0' || *met != '\0')
    {
      if (*total == '\0' || *met == '\0')
        problem (problems, row->line, _("give both total and met, or neither"));
      else if (parse_count (total, "total", row->line, &result->total, problems) &&
               parse_count (met, "met", row->line, &result->met, problems))
        {
          if (result->met > result->total)
            problemf (problems, row->line,
                      _("met (%" PRIu64 ") is more than total (%" PRIu64 ")"),
                      result->met, result->total);
          result->has_counts = TRUE;
        }
    }

  if (*value != '\0')
    result->value = parse_value (value, row->line, problems);

  if (*total == '\0' && *met == '\0' && *value == '\0')
    problem (problems, row->line, _("no result: fill in total and met, or value"));

  result->note = optional_text (cell (row, columns, COLUMN_NOTE));
  result->action = optional_text (cell (row, columns, COLUMN_ACTION));

  if (problems->n != before || standard == NULL)
    return NULL;

  key = g_strdup_printf ("%s\x1f%s", period, result->standard_id);
  if (g_hash_table_lookup_extended (seen, key, NULL, &first_line))
    {
      problemf (problems, row->line, _("standard %s for %s was already given on line %u"),
                result->standard_id, period, GPOINTER_TO_UINT (first_line));
      return NULL;
    }
  g_hash_table_insert (seen, g_steal_pointer (&key), GUINT_TO_POINTER (row->line));

  previous = charter_results_lookup (charter_document_get_results (document), period, result->standard_id);

  change = g_new0 (CharterImportChange, 1);
  change->line = row->line;
  change->period = g_steal_pointer (&period);
  change->previous = previous ? charter_result_copy (previous) : NULL;
  if (previous == NULL)
    change->action = CHARTER_IMPORT_ADD;
  else if (charter_result_equal (previous, result))
    change->action = CHARTER_IMPORT_UNCHANGED;
  else
    change->action = CHARTER_IMPORT_REPLACE;
  change->result = g_steal_pointer (&result);
  return change;
}

/**
 * charter_results_plan_import:
 *
 * Returns: (transfer full) (nullable): the changes, #CharterImportChange
 */
GPtrArray *
charter_results_plan_import (CharterDocument  *document,
                             const char       *data,
                             gsize             length,
                             GError          **error)
{
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GPtrArray) plan = NULL;
  g_autoptr(GHashTable) seen = NULL;
  int columns[N_COLUMNS];
  Problems problems = { NULL, 0 };
  const CharterCsvRow *header;
  guint n_periods = 0;

  g_return_val_if_fail (CHARTER_IS_DOCUMENT (document), NULL);

  rows = charter_csv_parse (data, length, NULL, error);
  if (rows == NULL)
    return NULL;

  if (rows->len == 0)
    {
      g_set_error_literal (error, CHARTER_ERROR, CHARTER_ERROR_EMPTY,
                           _("line 1: the file is empty; it needs a header row such as "
                             "period,standard,total,met,value,note"));
      return NULL;
    }

  problems.text = g_string_new (NULL);
  header = rows->pdata[0];
  if (!read_header (header, columns, &problems))
    {
      g_set_error_literal (error, CHARTER_ERROR, CHARTER_ERROR_INVALID, problems.text->str);
      g_string_free (problems.text, TRUE);
      return NULL;
    }

  if (rows->len == 1)
    problem (&problems, header->line, _("the file has a header row but no results"));

  plan = g_ptr_array_new_with_free_func ((GDestroyNotify)change_free);
  seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 1; i < rows->len; i++)
    {
      CharterImportChange *change = read_row (document, rows->pdata[i], columns,
                                              header->n_fields, seen, &problems);

      if (change != NULL)
        g_ptr_array_add (plan, change);
    }

  /* The file format caps the number of periods; so does the import. */
  charter_results_get_periods (charter_document_get_results (document), &n_periods);
  for (guint i = 0; i < plan->len; i++)
    {
      CharterImportChange *change = plan->pdata[i];
      gboolean new_period = !charter_results_has_period (charter_document_get_results (document),
                                                         change->period);

      for (guint j = 0; j < i && new_period; j++)
        if (g_str_equal (((CharterImportChange *)plan->pdata[j])->period, change->period))
          new_period = FALSE;
      if (new_period && ++n_periods > CHARTER_RESULTS_MAX_PERIODS)
        {
          problemf (&problems, change->line, _("too many periods (a charter holds at most %d)"),
                    CHARTER_RESULTS_MAX_PERIODS);
          break;
        }
    }

  if (problems.n > 0)
    {
      if (problems.n > MAX_REPORTED_PROBLEMS)
        g_string_append_printf (problems.text, _("\n… and %u more problems"),
                                problems.n - MAX_REPORTED_PROBLEMS);
      g_set_error_literal (error, CHARTER_ERROR, CHARTER_ERROR_INVALID, problems.text->str);
      g_string_free (problems.text, TRUE);
      return NULL;
    }

  g_string_free (problems.text, TRUE);
  return g_steal_pointer (&plan);
}

void
charter_results_apply_import (CharterDocument *document,
                              GPtrArray       *plan)
{
  CharterResults *results;

  g_return_if_fail (CHARTER_IS_DOCUMENT (document));
  g_return_if_fail (plan != NULL);

  results = charter_document_get_results (document);
  charter_document_freeze_changed (document);
  for (guint i = 0; i < plan->len; i++)
    {
      CharterImportChange *change = plan->pdata[i];

      if (change->action != CHARTER_IMPORT_UNCHANGED)
        charter_results_set (results, change->period, change->result);
    }
  charter_document_thaw_changed (document);
}
