/* fuzz-csv.c — the CSV reader and the results import built on it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The first byte picks the reader's options (delimiter and small limits,
 * so that the limit paths are reached too); the rest is the CSV. The same
 * bytes are then imported as results into a charter with standards, and
 * a successful import must survive a save and load, and read as the HR
 * staff list: every member has a name, and errors name their line.
 */

#include "charter-csv.h"
#include "charter-error.h"
#include "charter-format.h"
#include "charter-results-import.h"
#include "charter-staff.h"
#include "charter-templates.h"
#include "fuzz-common.h"

static void
check_rows (GPtrArray *rows)
{
  guint previous_line = 0;

  for (guint i = 0; i < rows->len; i++)
    {
      const CharterCsvRow *row = rows->pdata[i];

      FUZZ_CHECK (row->n_fields >= 1);
      FUZZ_CHECK (row->line > previous_line);
      FUZZ_CHECK (row->fields[row->n_fields] == NULL);
      for (guint f = 0; f < row->n_fields; f++)
        FUZZ_CHECK (g_utf8_validate (row->fields[f], -1, NULL));
      previous_line = row->line;
    }
}

static void
parse_csv (guint8      selector,
           const char *csv,
           gsize       length)
{
  static const char delimiters[] = { 0, ',', ';', '\t' };
  CharterCsvOptions options = { 0 };
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GError) error = NULL;

  options.delimiter = delimiters[selector & 3];
  if (selector & 4)
    options.max_rows = 3;
  if (selector & 8)
    options.max_field_bytes = 8;
  if (selector & 16)
    options.max_bytes = 64;

  rows = charter_csv_parse (csv, length, &options, &error);
  if (rows == NULL)
    {
      FUZZ_CHECK (error != NULL && error->domain == CHARTER_ERROR);
      /* Only the size of the whole file has no line to point at. */
      FUZZ_CHECK (g_str_has_prefix (error->message, "line ") || error->code == CHARTER_ERROR_TOO_LARGE);
      return;
    }
  FUZZ_CHECK (error == NULL);
  check_rows (rows);
}

static void
import_results (const char *csv,
                gsize       length)
{
  static CharterDocument *pristine;
  g_autoptr(CharterDocument) document = NULL;
  g_autoptr(CharterDocument) reloaded = NULL;
  g_autoptr(GPtrArray) plan = NULL;
  g_autoptr(GBytes) saved = NULL;
  g_autoptr(GError) error = NULL;

  if (pristine == NULL)
    pristine = charter_template_create ("shop", "en", NULL);
  FUZZ_CHECK (pristine != NULL);

  document = charter_document_copy (pristine);

  plan = charter_results_plan_import (document, csv, length, &error);
  if (plan == NULL)
    {
      FUZZ_CHECK (error != NULL && g_utf8_validate (error->message, -1, NULL));
      return;
    }
  FUZZ_CHECK (error == NULL);
  charter_results_apply_import (document, plan);

  saved = charter_format_save_bytes (document);
  reloaded = charter_format_load_bytes (saved, &error);
  if (reloaded == NULL)
    g_printerr ("imported results do not load back: %s\n", error->message);
  FUZZ_CHECK (reloaded != NULL);
  FUZZ_CHECK (charter_document_equal (document, reloaded));
}

static void
read_staff (const char *csv,
            gsize       length)
{
  g_autoptr(GPtrArray) staff = NULL;
  g_autoptr(GError) error = NULL;

  staff = charter_staff_parse (csv, length, &error);
  if (staff == NULL)
    {
      FUZZ_CHECK (error != NULL && error->domain == CHARTER_ERROR);
      FUZZ_CHECK (g_utf8_validate (error->message, -1, NULL));
      FUZZ_CHECK (g_str_has_prefix (error->message, "line ") || error->code == CHARTER_ERROR_TOO_LARGE);
      return;
    }
  FUZZ_CHECK (error == NULL);
  for (guint i = 0; i < staff->len; i++)
    {
      const CharterStaffMember *member = staff->pdata[i];

      FUZZ_CHECK (member->name != NULL && *member->name != '\0');
      FUZZ_CHECK (g_utf8_validate (member->name, -1, NULL));
    }
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autofree char *csv = NULL;

  fuzz_init ();
  if (size == 0)
    return 0;

  /* A copy of exactly the CSV's length, so that ASan sees any read past
   * its end (the reader gets a length, not a terminated string). */
  csv = g_memdup2 (data + 1, size - 1);
  parse_csv (data[0], csv, size - 1);
  import_results (csv, size - 1);
  read_staff (csv, size - 1);

  return 0;
}
