/* charter-format-private.h — test hooks for the file writer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum {
  CHARTER_FILE_STEP_WRITE,   /* before each block of data is written */
  CHARTER_FILE_STEP_RENAME,  /* before the temporary file replaces the target */
  CHARTER_FILE_STEP_UNNAMED, /* before an unnamed (O_TMPFILE) file is tried:
                              * FALSE writes a named one, as on file systems
                              * without O_TMPFILE */
} CharterFileStep;

/* Returns FALSE to make that step fail as if the disk were full (or, for
 * CHARTER_FILE_STEP_UNNAMED, as if unnamed files were not supported).
 * Tests use it to prove that a failed save leaves the old file untouched. */
typedef gboolean (*CharterFileFaultFunc) (CharterFileStep step,
                                          gpointer        user_data);

void charter_file_set_fault_func (CharterFileFaultFunc func,
                                  gpointer             user_data);

G_END_DECLS
