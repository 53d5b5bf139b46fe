/* charter-staff.h — the new starters an induction pack is printed for
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * HR keeps staff lists in spreadsheets: a CSV file with a header row and
 * the columns name, role and start_date (any order, any case; "start
 * date", "start" and the Danish navn, stilling, startdato also work).
 * Other columns are ignored.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct {
  char  *name;
  char  *role;
  char  *start_date;
  guint  line;        /* where the row starts in the CSV, 0 when made by hand */
} CharterStaffMember;

CharterStaffMember *charter_staff_member_new  (const char         *name,
                                               const char         *role,
                                               const char         *start_date);
CharterStaffMember *charter_staff_member_copy (const CharterStaffMember *member);
void                charter_staff_member_free (CharterStaffMember *member);

/* Parses a staff list into a GPtrArray of CharterStaffMember (freed with
 * the array). Every problem is reported, one per line of the error's
 * message, each starting "line N: " — a missing column, invalid UTF-8,
 * an empty row, a row without a name, a row with extra fields. */
GPtrArray          *charter_staff_parse       (const char         *data,
                                               gsize               length,
                                               GError            **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CharterStaffMember, charter_staff_member_free)

G_END_DECLS
