/* bench-load-save.c — load and save a 300-standard charter
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Target (issue 3): load + save under 20 ms on the reference machine.
 */
#include "config.h"

#include <glib/gstdio.h>

#include "charter-format.h"
#include "charter-templates.h"

#define N_STANDARDS 300
#define ROUNDS      50

static CharterDocument *
big_charter (void)
{
  CharterDocument *doc = charter_template_create ("shop", "en", NULL);

  g_assert_nonnull (doc);
  charter_document_clear_list (doc, CHARTER_LIST_STANDARDS);
  for (guint i = 0; i < N_STANDARDS; i++)
    {
      CharterItem *s = charter_document_add_item (doc, CHARTER_LIST_STANDARDS, -1);
      g_autofree char *text = g_strdup_printf ("We reply to message number %u within 1 working day, "
                                               "and tell you who is dealing with it.", i + 1);

      charter_item_set (s, CHARTER_STANDARD_PILLAR, i % 3 == 0 ? "happen" : i % 3 == 1 ? "easy" : "better");
      charter_item_set (s, CHARTER_STANDARD_TEXT, text);
      charter_item_set (s, CHARTER_STANDARD_CHANNEL, "Email");
      charter_item_set (s, CHARTER_STANDARD_METRIC, "Time to first reply");
      charter_item_set (s, CHARTER_STANDARD_TARGET, "1");
      charter_item_set (s, CHARTER_STANDARD_UNIT, "working day");
      charter_item_set (s, CHARTER_STANDARD_SHARE, "95");
      charter_item_set (s, CHARTER_STANDARD_CLOCK_START, "When the email arrives");
      charter_item_set (s, CHARTER_STANDARD_TIME_BASIS, "working");
      charter_item_set (s, CHARTER_STANDARD_OWNER, "Office manager");
      charter_item_set (s, CHARTER_STANDARD_REPORTING, "Monthly");
    }
  return doc;
}

int
main (int argc, char **argv)
{
  g_autoptr(CharterDocument) doc = big_charter ();
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("charter-bench-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "big.charter", NULL);
  double best = G_MAXDOUBLE, total = 0;
  gsize size = 0;

  if (!charter_format_save_file (doc, path, &error))
    g_error ("%s", error->message);

  for (guint r = 0; r < ROUNDS; r++)
    {
      gint64 start = g_get_monotonic_time ();
      g_autoptr(CharterDocument) loaded = charter_format_load_file (path, &error);
      double ms;

      if (loaded == NULL || !charter_format_save_file (loaded, path, &error))
        g_error ("%s", error->message);

      ms = (g_get_monotonic_time () - start) / 1000.0;
      best = MIN (best, ms);
      total += ms;
    }

  {
    g_autofree char *contents = NULL;

    g_file_get_contents (path, &contents, &size, NULL);
  }
  g_print ("load+save of a %u-standard charter (%" G_GSIZE_FORMAT " KiB, atomic save with fsync):\n",
           N_STANDARDS, size / 1024);
  g_print ("  best %.2f ms, mean %.2f ms over %u rounds (target < 20 ms)\n", best, total / ROUNDS, ROUNDS);

  {
    g_autoptr(GBytes) bytes = charter_format_save_bytes (doc);
    gint64 start = g_get_monotonic_time ();

    for (guint r = 0; r < ROUNDS; r++)
      {
        g_autoptr(CharterDocument) loaded = charter_format_load_bytes (bytes, NULL);
        g_autoptr(GBytes) again = charter_format_save_bytes (loaded);
      }
    g_print ("  in memory (no disk): mean %.2f ms\n", (g_get_monotonic_time () - start) / 1000.0 / ROUNDS);
  }

  g_unlink (path);
  g_rmdir (dir);
  return 0;
}
