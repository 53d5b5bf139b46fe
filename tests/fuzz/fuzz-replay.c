/* fuzz-replay.c — runs a fuzz target over files and corpus folders
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The plain (gcc) counterpart of libFuzzer's main: every argument is a
 * file or a folder of files, each given once to LLVMFuzzerTestOneInput.
 * `meson test --suite fuzz` replays the seed corpora this way, so every
 * crash ever found stays fixed without needing clang.
 */
#include <stdio.h>
#include <string.h>

#include "fuzz-common.h"

static gboolean
run_file (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length;

  if (!g_file_get_contents (path, &contents, &length, &error))
    {
      g_printerr ("fuzz-replay: %s\n", error->message);
      return FALSE;
    }
  LLVMFuzzerTestOneInput ((const uint8_t *) contents, length);
  return TRUE;
}

static int
compare_paths (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(char * const *) a, *(char * const *) b);
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_free);
  guint failed = 0;

  for (int i = 1; i < argc; i++)
    {
      g_autoptr(GDir) dir = NULL;
      const char *name;

      if (!g_file_test (argv[i], G_FILE_TEST_IS_DIR))
        {
          g_ptr_array_add (files, g_strdup (argv[i]));
          continue;
        }
      dir = g_dir_open (argv[i], 0, NULL);
      while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
        if (name[0] != '.')
          g_ptr_array_add (files, g_build_filename (argv[i], name, NULL));
    }
  g_ptr_array_sort (files, compare_paths);

  if (files->len == 0)
    {
      g_printerr ("fuzz-replay: no inputs\n");
      return 1;
    }

  /* TAP, one line per input: a crash takes the whole run down, and the
   * last "ok" line says which input came just before it. */
  printf ("1..%u\n", files->len);
  for (guint i = 0; i < files->len; i++)
    {
      const char *path = files->pdata[i];

      printf ("# %s\n", path);
      fflush (stdout);
      if (run_file (path))
        printf ("ok %u - %s\n", i + 1, path);
      else
        {
          printf ("not ok %u - %s\n", i + 1, path);
          failed++;
        }
    }

  return failed == 0 ? 0 : 1;
}
