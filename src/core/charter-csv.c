/* charter-csv.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "charter-csv.h"
#include "charter-format.h"
#include "charter-error.h"

static void
row_free (CharterCsvRow *row)
{
  g_strfreev (row->fields);
  g_free (row);
}

gboolean
charter_csv_row_is_blank (const CharterCsvRow *row)
{
  g_return_val_if_fail (row != NULL, FALSE);
  return row->n_fields == 1 && row->fields[0][0] == '\0';
}

static char
pick_delimiter (const char *data,
                gsize       length)
{
  gboolean comma = FALSE, semicolon = FALSE, quoted = FALSE;

  for (gsize i = 0; i < length; i++)
    {
      if (data[i] == '"')
        quoted = !quoted;
      else if (!quoted && (data[i] == '\n' || data[i] == '\r'))
        break;
      else if (!quoted && data[i] == ',')
        comma = TRUE;
      else if (!quoted && data[i] == ';')
        semicolon = TRUE;
    }

  return semicolon && !comma ? ';' : ',';
}

static gboolean
fail (GError     **error,
      CharterError code,
      guint        line,
      const char  *message)
{
  g_set_error (error, CHARTER_ERROR, code, _("line %u: %s"), line, message);
  return FALSE;
}

typedef struct {
  GPtrArray *rows;
  GPtrArray *fields;  /* of the row being read */
  GString   *field;
  guint      row_line;
  gsize      max_field;
  guint      max_rows;
} Reader;

static gboolean
end_field (Reader  *reader,
           guint    line,
           GError **error)
{
  if (!g_utf8_validate_len (reader->field->str, reader->field->len, NULL))
    return fail (error, CHARTER_ERROR_ENCODING, line, _("the text is not valid UTF-8"));

  /* Valid UTF-8 that a charter file cannot hold (XML 1.0 has no U+FFFE
   * or U+FFFF): refused here, or the saved charter would lose it. */
  if (strstr (reader->field->str, "\xEF\xBF\xBE") != NULL || strstr (reader->field->str, "\xEF\xBF\xBF") != NULL)
    return fail (error, CHARTER_ERROR_ENCODING, line,
                 _("the text contains U+FFFE or U+FFFF, which are not characters"));

  g_ptr_array_add (reader->fields, g_strndup (reader->field->str, reader->field->len));
  g_string_truncate (reader->field, 0);
  return TRUE;
}

static gboolean
end_row (Reader  *reader,
         guint    line,
         GError **error)
{
  CharterCsvRow *row;

  if (!end_field (reader, line, error))
    return FALSE;

  if (reader->rows->len >= reader->max_rows)
    {
      g_autofree char *message = g_strdup_printf (_("too many rows (at most %u are read)"), reader->max_rows);
      return fail (error, CHARTER_ERROR_TOO_LARGE, reader->row_line, message);
    }

  row = g_new0 (CharterCsvRow, 1);
  row->line = reader->row_line;
  row->n_fields = reader->fields->len;
  g_ptr_array_add (reader->fields, NULL);
  row->fields = (char **)g_ptr_array_free (reader->fields, FALSE);
  reader->fields = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (reader->rows, row);
  return TRUE;
}

static gboolean
too_large (GError **error,
           gsize    length,
           gsize    max_bytes)
{
  g_set_error (error, CHARTER_ERROR, CHARTER_ERROR_TOO_LARGE,
               _("the file is too large (%lu bytes; at most %lu are read)"),
               (unsigned long)length, (unsigned long)max_bytes);
  return FALSE;
}

/**
 * charter_csv_parse:
 *
 * Returns: (transfer full) (nullable): rows of #CharterCsvRow
 */
GPtrArray *
charter_csv_parse (const char              *data,
                   gsize                    length,
                   const CharterCsvOptions *options,
                   GError                 **error)
{
  Reader reader = { 0 };
  gsize max_bytes = options && options->max_bytes ? options->max_bytes : CHARTER_CSV_DEFAULT_MAX_BYTES;
  char delimiter = options && options->delimiter ? options->delimiter : 0;
  gboolean quoted = FALSE;      /* inside a quoted field */
  gboolean after_quote = FALSE; /* just closed a quoted field */
  gboolean ok = TRUE;
  guint line = 1;
  gsize i = 0;

  g_return_val_if_fail (data != NULL || length == 0, NULL);

  if (length > max_bytes)
    {
      too_large (error, length, max_bytes);
      return NULL;
    }

  if (length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    i = 3;

  /* data may be NULL when length is 0, and NULL + 0 is undefined. */
  if (delimiter == 0)
    delimiter = length > i ? pick_delimiter (data + i, length - i) : ',';

  reader.rows = g_ptr_array_new_with_free_func ((GDestroyNotify)row_free);
  reader.fields = g_ptr_array_new_with_free_func (g_free);
  reader.field = g_string_new (NULL);
  reader.row_line = 1;
  reader.max_field = options && options->max_field_bytes ? options->max_field_bytes
                                                         : CHARTER_CSV_DEFAULT_MAX_FIELD;
  reader.max_rows = options && options->max_rows ? options->max_rows : CHARTER_CSV_DEFAULT_MAX_ROWS;

  for (; i < length && ok; i++)
    {
      char c = data[i];

      if (c == '\0')
        {
          ok = fail (error, CHARTER_ERROR_ENCODING, line,
                     _("the file contains a NUL byte; it is not a text file"));
          break;
        }

      /* Other C0 controls cannot be saved in a charter (XML 1.0) either. */
      if ((guchar) c < 0x20 && c != '\t' && c != '\n' && c != '\r')
        {
          g_autofree char *message = g_strdup_printf (_("the file contains a control character (0x%02X); it is not a text file"),
                                                      (guint) (guchar) c);
          ok = fail (error, CHARTER_ERROR_ENCODING, line, message);
          break;
        }

      if (quoted)
        {
          if (c == '"')
            {
              if (i + 1 < length && data[i + 1] == '"')
                {
                  g_string_append_c (reader.field, '"');
                  i++;
                }
              else
                {
                  quoted = FALSE;
                  after_quote = TRUE;
                }
            }
          else
            {
              if (c == '\n')
                line++;
              g_string_append_c (reader.field, c);
            }
        }
      else if (c == delimiter)
        {
          ok = end_field (&reader, line, error);
          after_quote = FALSE;
        }
      else if (c == '\n' || (c == '\r' && i + 1 < length && data[i + 1] == '\n'))
        {
          if (c == '\r')
            i++;
          ok = end_row (&reader, line, error);
          after_quote = FALSE;
          line++;
          reader.row_line = line;
        }
      else if (after_quote)
        ok = fail (error, CHARTER_ERROR_MALFORMED, line,
                   _("unexpected text after a closing quote; write a quote inside a quoted field as \"\""));
      else if (c == '"' && reader.field->len == 0)
        quoted = TRUE;
      else if (c == '"')
        ok = fail (error, CHARTER_ERROR_MALFORMED, line,
                   _("a quote inside an unquoted field; put the whole field in quotes and double the quote"));
      else
        g_string_append_c (reader.field, c);

      if (ok && reader.field->len > reader.max_field)
        {
          g_autofree char *message = g_strdup_printf (_("a field is longer than %lu bytes"),
                                                      (unsigned long)reader.max_field);
          ok = fail (error, CHARTER_ERROR_TOO_LARGE, line, message);
        }
    }

  if (ok && quoted)
    ok = fail (error, CHARTER_ERROR_MALFORMED, reader.row_line,
               _("a quoted field is not closed before the end of the file"));

  /* The last line needs no line break. */
  if (ok && (reader.fields->len > 0 || reader.field->len > 0 || after_quote))
    ok = end_row (&reader, line, error);

  g_ptr_array_free (reader.fields, TRUE);
  g_string_free (reader.field, TRUE);

  if (!ok)
    {
      g_ptr_array_unref (reader.rows);
      return NULL;
    }

  return reader.rows;
}

/**
 * charter_csv_read_file:
 *
 * Returns: (transfer full) (nullable): the file's bytes, NUL-terminated
 */
char *
charter_csv_read_file (const char  *path,
                       gsize        max_bytes,
                       gsize       *length,
                       GError     **error)
{
  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (length != NULL, NULL);

  return charter_file_read (path, max_bytes ? max_bytes : CHARTER_CSV_DEFAULT_MAX_BYTES,
                            length, NULL, error);
}
