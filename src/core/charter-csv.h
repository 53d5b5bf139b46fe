/* charter-csv.h — a small RFC 4180 CSV reader
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Used for importing results and staff lists. Fields may be quoted with
 * double quotes, which may contain the delimiter, line breaks and doubled
 * quotes (""); lines end in LF or CRLF; a UTF-8 byte-order mark is
 * skipped. Every row remembers the line it starts on for error messages.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct {
  char   delimiter;       /* ',' ; 0: ',' or, when the first line has
                           * semicolons and no commas, ';' (spreadsheets in
                           * many European locales write that) */
  gsize  max_bytes;       /* 0: CHARTER_CSV_DEFAULT_MAX_BYTES */
  guint  max_rows;        /* 0: CHARTER_CSV_DEFAULT_MAX_ROWS */
  gsize  max_field_bytes; /* 0: CHARTER_CSV_DEFAULT_MAX_FIELD */
} CharterCsvOptions;

#define CHARTER_CSV_DEFAULT_MAX_BYTES  (8 * 1024 * 1024)
#define CHARTER_CSV_DEFAULT_MAX_ROWS   100000
#define CHARTER_CSV_DEFAULT_MAX_FIELD  (16 * 1024)

typedef struct {
  guint   line;      /* 1-based line where the row starts */
  guint   n_fields;
  char  **fields;    /* n_fields UTF-8 strings, NULL-terminated */
} CharterCsvRow;

/* TRUE for a row that is a blank line (one empty field). */
gboolean   charter_csv_row_is_blank (const CharterCsvRow *row);

/* Parses @data into a GPtrArray of CharterCsvRow (freed with the array).
 * Errors are CHARTER_ERROR_* with messages starting "line N: " — invalid
 * UTF-8, a NUL byte, an unterminated quoted field, text after a closing
 * quote, or a limit exceeded. */
GPtrArray *charter_csv_parse        (const char              *data,
                                     gsize                    length,
                                     const CharterCsvOptions *options,
                                     GError                 **error);

/* Reads a CSV file of at most @max_bytes (0: CHARTER_CSV_DEFAULT_MAX_BYTES)
 * for charter_csv_parse(), refusing anything that is not a regular file
 * (a FIFO, /dev/zero) before reading. */
char      *charter_csv_read_file    (const char              *path,
                                     gsize                    max_bytes,
                                     gsize                   *length,
                                     GError                 **error);

G_END_DECLS
