/* bench-render.c — how fast and lean `charter export` is against a floor
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * usage: bench-render CHARTER_BIN BENCH_FLOOR_BIN
 *
 * 1. Whole processes, side by side in the same run: `charter export` of a
 *    3-page charter to PDF, and bench-floor laying out the same text (the
 *    charter's plain-text export) with pango and cairo. Targets: Charter
 *    within 2× the floor's time, peak RSS at most 25 MiB.
 * 2. Scaling: a 300-standard charter within 120× the 3-page time.
 * 3. The live preview: charter_layout_update() after one field changes on
 *    a 5-page charter, at most 4 ms.
 *
 * Prints the figures; exits 1 when a target is missed.
 */
#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>
#include <stdio.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include "charter-export.h"
#include "charter-format.h"
#include "charter-layout.h"
#include "charter-templates.h"

#define PROCESS_ROUNDS 15
#define UPDATE_ROUNDS  200

typedef struct {
  double ms;      /* median wall time */
  double max_kib; /* largest peak RSS of any round */
} Run;

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static double
median (double *values,
        guint   n)
{
  qsort (values, n, sizeof *values, compare_doubles);
  return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

/* Runs @argv once; returns its wall time in ms and its peak RSS. */
static double
run_once (char * const *argv,
          long         *max_rss_kib)
{
  gint64 start = g_get_monotonic_time ();
  struct rusage usage;
  int status;
  pid_t pid = fork ();

  if (pid == 0)
    {
      execv (argv[0], argv);
      _exit (127);
    }
  g_assert_cmpint (pid, >, 0);
  g_assert_cmpint (wait4 (pid, &status, 0, &usage), ==, pid);
  if (!WIFEXITED (status) || WEXITSTATUS (status) != 0)
    g_error ("%s failed (status %d)", argv[0], status);

  *max_rss_kib = usage.ru_maxrss;
  return (g_get_monotonic_time () - start) / 1000.0;
}

/* Runs every command of @commands in turn, @rounds times, so that both
 * see the same machine load. */
static void
run_side_by_side (char * const *commands[],
                  guint         n_commands,
                  guint         rounds,
                  Run          *runs)
{
  g_autofree double *times = g_new (double, n_commands * rounds);

  for (guint c = 0; c < n_commands; c++)
    runs[c].max_kib = 0;

  for (guint r = 0; r < rounds; r++)
    for (guint c = 0; c < n_commands; c++)
      {
        long rss;

        times[c * rounds + r] = run_once (commands[c], &rss);
        runs[c].max_kib = MAX (runs[c].max_kib, rss);
      }

  for (guint c = 0; c < n_commands; c++)
    runs[c].ms = median (times + c * rounds, rounds);
}

static void
add_standards (CharterDocument *document,
               guint            n)
{
  static const char * const pillars[] = { "happen", "easy", "better" };

  for (guint i = 0; i < n; i++)
    {
      CharterItem *s = charter_document_add_item (document, CHARTER_LIST_STANDARDS, -1);
      g_autofree char *id = charter_document_new_standard_id (document);
      g_autofree char *text = g_strdup_printf ("We reply to letters about case %u within 5 working days, "
                                               "and tell you who is handling it.", i + 1);

      charter_item_set (s, CHARTER_STANDARD_ID, id);
      charter_item_set (s, CHARTER_STANDARD_PILLAR, pillars[i % 3]);
      charter_item_set (s, CHARTER_STANDARD_TEXT, text);
      charter_item_set (s, CHARTER_STANDARD_CHANNEL, "Post");
      charter_item_set (s, CHARTER_STANDARD_TARGET, "5");
      charter_item_set (s, CHARTER_STANDARD_UNIT, "working days");
      charter_item_set (s, CHARTER_STANDARD_SHARE, "90");
      charter_item_set (s, CHARTER_STANDARD_TIME_BASIS, "working");
      charter_item_set (s, CHARTER_STANDARD_OWNER, "Post room lead");
      charter_item_set (s, CHARTER_STANDARD_REPORTING, "Monthly");
    }
}

static guint
n_pages (CharterDocument *document)
{
  g_autoptr(CharterLayout) layout = charter_layout_new (document, &(CharterPageSetup) {
    .paper = charter_paper_lookup ("a4") });

  return charter_layout_get_n_pages (layout);
}

static void
save (CharterDocument *document,
      const char      *path,
      CharterExportFormat format)
{
  g_autoptr(GError) error = NULL;

  if (!charter_export_to_file (document, format, NULL, path, &error))
    g_error ("%s: %s", path, error->message);
}

/* The live preview's case: one field changes, the layout is updated. */
static gboolean
bench_update (void)
{
  g_autoptr(CharterDocument) document = charter_template_create ("shop", "en", NULL);
  g_autoptr(CharterLayout) layout = NULL;
  double times[UPDATE_ROUNDS], full[20];
  CharterPageSetup setup = { .paper = charter_paper_lookup ("a4") };
  const char *overview;
  double ms;

  add_standards (document, 6);
  overview = charter_document_get (document, CHARTER_FIELD_OVERVIEW);
  {
    g_autofree char *base = g_strdup (overview);

    layout = charter_layout_new (document, &setup);
    for (guint i = 0; i < UPDATE_ROUNDS; i++)
      {
        g_autofree char *edited = g_strdup_printf ("%s Open %u days a year.", base, 300 + i);
        gint64 start;

        charter_document_set (document, CHARTER_FIELD_OVERVIEW, edited);
        start = g_get_monotonic_time ();
        charter_layout_update (layout);
        times[i] = (g_get_monotonic_time () - start) / 1000.0;
      }
  }
  for (guint i = 0; i < G_N_ELEMENTS (full); i++)
    {
      gint64 start = g_get_monotonic_time ();
      g_autoptr(CharterLayout) fresh = charter_layout_new (document, &setup);

      full[i] = (g_get_monotonic_time () - start) / 1000.0;
    }

  ms = median (times, UPDATE_ROUNDS);
  g_print ("\nlive preview, %u-page A4 charter (%u standards):\n",
           charter_layout_get_n_pages (layout), charter_document_get_n_items (document, CHARTER_LIST_STANDARDS));
  g_print ("  charter_layout_update after one field: median %.3f ms, 95th percentile %.3f ms, slowest %.3f ms  (target ≤ 4 ms)\n",
           ms, times[UPDATE_ROUNDS * 95 / 100], times[UPDATE_ROUNDS - 1]);
  g_print ("  a layout from scratch:                 median %.3f ms\n", median (full, G_N_ELEMENTS (full)));

  return ms <= 4.0;
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *dir = g_dir_make_tmp ("charter-bench-XXXXXX", NULL);
  g_autofree char *small_charter = g_build_filename (dir, "small.charter", NULL);
  g_autofree char *small_txt = g_build_filename (dir, "small.txt", NULL);
  g_autofree char *small_pdf = g_build_filename (dir, "small.pdf", NULL);
  g_autofree char *floor_pdf = g_build_filename (dir, "floor.pdf", NULL);
  g_autofree char *big_charter = g_build_filename (dir, "big.charter", NULL);
  g_autofree char *big_pdf = g_build_filename (dir, "big.pdf", NULL);
  g_autoptr(CharterDocument) small = charter_template_create ("shop", "en", NULL);
  g_autoptr(CharterDocument) big = NULL;
  gboolean met = TRUE;
  Run runs[2], big_run;
  double ratio, scaling;

  setlocale (LC_ALL, "");
  if (argc != 3)
    {
      g_printerr ("usage: bench-render CHARTER_BIN BENCH_FLOOR_BIN\n");
      return 2;
    }
  g_assert_nonnull (dir);

  /* The shop template without its lists of channels and changes: three
   * A4 pages, a typical small business's charter. */
  charter_document_clear_list (small, CHARTER_LIST_CHANNELS);
  charter_document_clear_list (small, CHARTER_LIST_CHANGES);
  charter_document_clear_list (small, CHARTER_LIST_PUBLISHED);
  charter_document_clear_list (small, CHARTER_LIST_FORMATS);
  charter_document_clear_list (small, CHARTER_LIST_STAGES);
  charter_document_clear_list (small, CHARTER_LIST_RESPONSIBILITIES);
  save (small, small_charter, CHARTER_EXPORT_CHARTER);
  save (small, small_txt, CHARTER_EXPORT_TEXT);

  big = charter_format_load_file (small_charter, NULL);
  add_standards (big, 300 - charter_document_get_n_items (big, CHARTER_LIST_STANDARDS));
  save (big, big_charter, CHARTER_EXPORT_CHARTER);

  {
    char *charter_argv[] = { argv[1], "export", small_charter, "-o", small_pdf, "--paper", "a4", NULL };
    char *floor_argv[] = { argv[2], small_txt, floor_pdf, NULL };
    char *big_argv[] = { argv[1], "export", big_charter, "-o", big_pdf, "--paper", "a4", NULL };
    char * const *commands[] = { charter_argv, floor_argv };
    char * const *big_commands[] = { big_argv };

    run_side_by_side (commands, 2, PROCESS_ROUNDS, runs);
    run_side_by_side (big_commands, 1, 5, &big_run);
  }

  ratio = runs[0].ms / runs[1].ms;
  scaling = big_run.ms / runs[0].ms;

  g_print ("whole process, median of %u rounds side by side:\n", PROCESS_ROUNDS);
  g_print ("  charter export, %u-page A4 charter to PDF: %7.1f ms  peak RSS %5.1f MiB\n",
           n_pages (small), runs[0].ms, runs[0].max_kib / 1024);
  g_print ("  bench-floor, the same text with pango/cairo: %5.1f ms  peak RSS %5.1f MiB\n",
           runs[1].ms, runs[1].max_kib / 1024);
  g_print ("  Charter / floor: %.2f×  (target ≤ 2×); peak RSS target ≤ 25 MiB\n", ratio);
  g_print ("  %u standards, %u pages: %.1f ms, peak RSS %.1f MiB = %.1f× the small charter  (target ≤ 120×)\n",
           charter_document_get_n_items (big, CHARTER_LIST_STANDARDS), n_pages (big),
           big_run.ms, big_run.max_kib / 1024, scaling);

  if (ratio > 2.0)
    met = FALSE, g_print ("MISSED: Charter takes more than twice the floor's time\n");
  if (runs[0].max_kib > 25 * 1024)
    met = FALSE, g_print ("MISSED: Charter's peak RSS is over 25 MiB\n");
  if (scaling > 120)
    met = FALSE, g_print ("MISSED: 300 standards take more than 120× the small charter\n");
  if (!bench_update ())
    met = FALSE, g_print ("MISSED: charter_layout_update takes more than 4 ms\n");

  {
    const char * const files[] = { small_charter, small_txt, small_pdf, floor_pdf, big_charter, big_pdf };

    for (guint i = 0; i < G_N_ELEMENTS (files); i++)
      g_unlink (files[i]);
  }
  g_rmdir (dir);

  return met ? 0 : 1;
}
