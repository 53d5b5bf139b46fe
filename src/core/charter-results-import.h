/* charter-results-import.h — results from a CSV file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The CSV has a header row naming its columns (any order, case does not
 * matter): period, standard (an id such as "s1" or the standard's text),
 * total and met (counts) and/or value (a measured value), and optionally
 * note and action. Importing is two steps so that callers can show what
 * will change before anything does: plan, then apply.
 */
#pragma once

#include "charter-document.h"

G_BEGIN_DECLS

typedef enum {
  CHARTER_IMPORT_ADD,        /* no result yet for that period and standard */
  CHARTER_IMPORT_REPLACE,    /* replaces a different result */
  CHARTER_IMPORT_UNCHANGED,  /* the same result is already there */
} CharterImportAction;

typedef struct {
  guint                line;     /* CSV line of the row */
  CharterImportAction  action;
  char                *period;
  CharterResult       *result;   /* the new result */
  CharterResult       *previous; /* the result it replaces, or NULL */
} CharterImportChange;

/* Reads @data and matches it against @document without changing it.
 * Returns an array of CharterImportChange in CSV order, or NULL with
 * every problem found (up to a limit) in @error's message, one per line,
 * each starting "line N: ". */
GPtrArray *charter_results_plan_import  (CharterDocument  *document,
                                         const char       *data,
                                         gsize             length,
                                         GError          **error);
/* Applies a plan made for @document, as one "changed" emission. */
void       charter_results_apply_import (CharterDocument  *document,
                                         GPtrArray        *plan);

G_END_DECLS
