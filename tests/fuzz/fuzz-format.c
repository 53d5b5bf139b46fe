/* fuzz-format.c — the .charter loader and the canonical writer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Any input either fails to load with an error, or loads into a model
 * whose canonical form loads back into an equal model and saves to the
 * same bytes again.
 */
#include "charter-format.h"
#include "fuzz-common.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) input = NULL;
  g_autoptr(GBytes) saved = NULL;
  g_autoptr(GBytes) saved_again = NULL;
  g_autoptr(CharterDocument) document = NULL;
  g_autoptr(CharterDocument) reloaded = NULL;
  g_autoptr(GError) error = NULL;

  fuzz_init ();

  input = g_bytes_new (data, size);
  document = charter_format_load_bytes (input, &error);
  if (document == NULL)
    {
      FUZZ_CHECK (error != NULL && error->domain == CHARTER_ERROR);
      FUZZ_CHECK (g_utf8_validate (error->message, -1, NULL));
      return 0;
    }
  FUZZ_CHECK (error == NULL);

  saved = charter_format_save_bytes (document);
  reloaded = charter_format_load_bytes (saved, &error);
  if (reloaded == NULL)
    g_printerr ("the canonical form does not load: %s\n", error->message);
  FUZZ_CHECK (reloaded != NULL);
  FUZZ_CHECK (charter_document_equal (document, reloaded));

  saved_again = charter_format_save_bytes (reloaded);
  FUZZ_CHECK (g_bytes_equal (saved, saved_again));

  return 0;
}
