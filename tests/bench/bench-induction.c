/* bench-induction.c — 200 personalised induction packs from a staff CSV
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Target on the development machine: under 5 s and under 60 MiB peak
 * memory for 200 packs in one PDF. The document is laid out once; each
 * pack only redraws its pages with a new acknowledgement page.
 */
#include "config.h"

#include <glib/gstdio.h>
#include <sys/resource.h>

#include "charter-export.h"
#include "charter-staff.h"
#include "charter-templates.h"

#define N_STAFF 200

static double
peak_mib (void)
{
  struct rusage usage;

  getrusage (RUSAGE_SELF, &usage);
  return usage.ru_maxrss / 1024.0;  /* kilobytes on Linux */
}

static gsize
file_size (const char *path)
{
  GStatBuf st;

  return g_stat (path, &st) == 0 ? (gsize) st.st_size : 0;
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(CharterDocument) document = charter_template_create ("shop", "en", NULL);
  g_autoptr(GString) csv = g_string_new ("name,role,start_date\n");
  g_autoptr(GPtrArray) staff = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("charter-bench-XXXXXX", NULL);
  g_autofree char *pack = g_build_filename (dir, "pack.pdf", NULL);
  g_autofree char *packs = g_build_filename (dir, "packs", NULL);
  CharterExportOptions options = { .paper = "a4", .layout = "induction" };
  double before = peak_mib ();
  gint64 start;
  double seconds;

  g_assert_nonnull (document);
  for (guint i = 0; i < N_STAFF; i++)
    g_string_append_printf (csv, "Staff Member %03u Ærøsen,Sales assistant,2026-%02u-01\n", i + 1, i % 12 + 1);

  start = g_get_monotonic_time ();
  staff = charter_staff_parse (csv->str, csv->len, &error);
  g_assert_no_error (error);
  options.staff = staff;
  if (!charter_export_to_file (document, CHARTER_EXPORT_PDF, &options, pack, &error))
    g_error ("%s", error->message);
  seconds = (g_get_monotonic_time () - start) / 1e6;

  g_print ("%u induction packs in one PDF: %.2f s, peak memory %.1f MiB (%.1f MiB before), %.1f MiB file "
           "(target < 5 s, < 60 MiB)\n",
           N_STAFF, seconds, peak_mib (), before, file_size (pack) / 1048576.0);

  g_mkdir (packs, 0700);
  start = g_get_monotonic_time ();
  if (!charter_export_packs_to_dir (document, &options, packs, &error))
    g_error ("%s", error->message);
  seconds = (g_get_monotonic_time () - start) / 1e6;
  g_print ("%u induction packs, one PDF each: %.2f s, peak memory %.1f MiB\n", N_STAFF, seconds, peak_mib ());

  for (guint i = 0; i < staff->len; i++)
    {
      g_autofree char *name = charter_export_pack_name (staff->pdata[i], i, staff->len);
      g_autofree char *path = g_build_filename (packs, name, NULL);

      g_unlink (path);
    }
  g_rmdir (packs);
  g_unlink (pack);
  g_rmdir (dir);

  return 0;
}
