/* charter-staff.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "charter-csv.h"
#include "charter-error.h"
#include "charter-staff.h"

/* At most this many problems are listed: a wrong file would otherwise
 * print one line per row. */
#define MAX_PROBLEMS 20

typedef enum {
  COLUMN_NAME,
  COLUMN_ROLE,
  COLUMN_START,
  N_COLUMNS
} Column;

static const char * const column_names[N_COLUMNS][5] = {
  [COLUMN_NAME] = { "name", "navn", "full name", NULL },
  [COLUMN_ROLE] = { "role", "stilling", "job title", "position", NULL },
  [COLUMN_START] = { "start_date", "start date", "start", "startdato", NULL },
};

CharterStaffMember *
charter_staff_member_new (const char *name,
                          const char *role,
                          const char *start_date)
{
  CharterStaffMember *member = g_new0 (CharterStaffMember, 1);

  member->name = g_strdup (name ? name : "");
  member->role = g_strdup (role ? role : "");
  member->start_date = g_strdup (start_date ? start_date : "");
  return member;
}

CharterStaffMember *
charter_staff_member_copy (const CharterStaffMember *member)
{
  CharterStaffMember *copy;

  g_return_val_if_fail (member != NULL, NULL);

  copy = charter_staff_member_new (member->name, member->role, member->start_date);
  copy->line = member->line;
  return copy;
}

void
charter_staff_member_free (CharterStaffMember *member)
{
  if (member == NULL)
    return;
  g_free (member->name);
  g_free (member->role);
  g_free (member->start_date);
  g_free (member);
}

static int
column_for (const char *header)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (header));
  g_autofree char *clean = g_utf8_strdown (trimmed, -1);

  for (guint c = 0; c < N_COLUMNS; c++)
    if (g_strv_contains (column_names[c], clean))
      return c;
  return -1;
}

/* Takes @message, which starts "line N: " like the CSV reader's own. */
static void
problem (GString *problems,
         guint   *n_problems,
         char    *message)
{
  if (++*n_problems <= MAX_PROBLEMS)
    g_string_append_printf (problems, "%s%s", problems->len ? "\n" : "", message);
  g_free (message);
}

static char *
stripped (const char *field)
{
  return g_strstrip (g_strdup (field));
}

/**
 * charter_staff_parse:
 *
 * Returns: (transfer full) (nullable): the staff members, in file order
 */
GPtrArray *
charter_staff_parse (const char  *data,
                     gsize        length,
                     GError     **error)
{
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GPtrArray) staff = NULL;
  g_autoptr(GString) problems = g_string_new (NULL);
  const CharterCsvRow *header;
  int index[N_COLUMNS] = { -1, -1, -1 };
  guint n_problems = 0;

  rows = charter_csv_parse (data, length, NULL, error);
  if (rows == NULL)
    return NULL;

  if (rows->len == 0)
    {
      g_set_error (error, CHARTER_ERROR, CHARTER_ERROR_EMPTY,
                   _("line 1: the staff list is empty; it needs a header row with name, role and start_date"));
      return NULL;
    }

  header = rows->pdata[0];
  for (guint f = 0; f < header->n_fields; f++)
    {
      int c = column_for (header->fields[f]);

      if (c >= 0 && index[c] < 0)
        index[c] = f;
    }
  for (guint c = 0; c < N_COLUMNS; c++)
    if (index[c] < 0)
      problem (problems, &n_problems,
               g_strdup_printf (_("line %u: missing column “%s” (the header needs name, role and start_date)"),
                                header->line, column_names[c][0]));

  staff = g_ptr_array_new_with_free_func ((GDestroyNotify) charter_staff_member_free);
  for (guint r = 1; r < rows->len && index[COLUMN_NAME] >= 0; r++)
    {
      const CharterCsvRow *row = rows->pdata[r];
      g_autofree char *name = NULL;
      CharterStaffMember *member;

      if (charter_csv_row_is_blank (row))
        {
          /* A blank last line is only the file's final line break. */
          if (r == rows->len - 1)
            continue;
          problem (problems, &n_problems,
                   g_strdup_printf (_("line %u: empty row; remove it or fill in the staff member"), row->line));
          continue;
        }
      if (row->n_fields > header->n_fields)
        {
          problem (problems, &n_problems,
                   g_strdup_printf (_("line %u: %u fields but the header has %u; put a field with a comma in quotes"),
                                    row->line, row->n_fields, header->n_fields));
          continue;
        }

      name = (guint) index[COLUMN_NAME] < row->n_fields ? stripped (row->fields[index[COLUMN_NAME]]) : g_strdup ("");
      if (*name == '\0')
        {
          problem (problems, &n_problems,
                   g_strdup_printf (_("line %u: no name; every row needs the staff member’s name"), row->line));
          continue;
        }

      member = g_new0 (CharterStaffMember, 1);
      member->name = g_steal_pointer (&name);
      member->role = index[COLUMN_ROLE] >= 0 && (guint) index[COLUMN_ROLE] < row->n_fields
                     ? stripped (row->fields[index[COLUMN_ROLE]]) : g_strdup ("");
      member->start_date = index[COLUMN_START] >= 0 && (guint) index[COLUMN_START] < row->n_fields
                           ? stripped (row->fields[index[COLUMN_START]]) : g_strdup ("");
      member->line = row->line;
      g_ptr_array_add (staff, member);
    }

  if (n_problems == 0 && staff->len == 0)
    problem (problems, &n_problems,
             g_strdup_printf (_("line %u: the staff list has a header but nobody in it"), header->line));

  if (n_problems > MAX_PROBLEMS)
    g_string_append_printf (problems, "\n%s",
                            _("… and more problems; fix these first"));

  if (n_problems > 0)
    {
      g_set_error_literal (error, CHARTER_ERROR, CHARTER_ERROR_INVALID, problems->str);
      return NULL;
    }

  return g_steal_pointer (&staff);
}
