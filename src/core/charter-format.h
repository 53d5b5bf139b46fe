/* charter-format.h — reading and writing .charter files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "charter-document.h"
#include "charter-error.h"

G_BEGIN_DECLS

#define CHARTER_NAMESPACE       "https://servicecharter.github.io/ns/charter"
#define CHARTER_FORMAT_VERSION  1
#define CHARTER_MIME_TYPE       "application/x-charter+xml"

/* Limits that keep hostile files harmless. */
#define CHARTER_MAX_FILE_SIZE   (16 * 1024 * 1024)
#define CHARTER_MAX_LOGO_SIZE   (4 * 1024 * 1024)
#define CHARTER_MAX_DEPTH       16
#define CHARTER_MAX_ELEMENTS    200000
#define CHARTER_MAX_LIST_ITEMS  5000

/* Parse @data as a .charter document. Errors are in CHARTER_ERROR and their
 * messages start with "line N: " where a line is known. */
CharterDocument *charter_format_load_bytes (GBytes           *data,
                                            GError          **error);
CharterDocument *charter_format_load_file  (const char       *path,
                                            GError          **error);

/* The canonical serialisation: fixed element order, two-space indentation,
 * empty fields left out. Loading and saving it again gives the same bytes. */
GBytes          *charter_format_save_bytes (CharterDocument  *document);

/* Writes @document to @path atomically (temporary file, fsync, rename),
 * following a symlink to its target and keeping the file's permissions. */
gboolean         charter_format_save_file  (CharterDocument  *document,
                                            const char       *path,
                                            GError          **error);

/* Reads the regular file @path (never a FIFO or device) from one open
 * descriptor, up to @max_bytes: more is a CHARTER_ERROR_TOO_LARGE error,
 * with the size seen in @size when it is not NULL. Returns the contents,
 * NUL-terminated after @length bytes. */
char            *charter_file_read         (const char       *path,
                                            gsize             max_bytes,
                                            gsize            *length,
                                            gsize            *size,
                                            GError          **error);

/* Atomic replacement of @path with @data, used for every file Charter
 * writes (charters, exports, drafts). */
gboolean         charter_file_replace      (const char       *path,
                                            const void       *data,
                                            gsize             length,
                                            GError          **error);

G_END_DECLS
