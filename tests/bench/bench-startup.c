/* bench-startup.c — cold start to a visible window, and resident memory
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 *   bench-startup CHARTER [FILE.charter]
 *
 * Starts Charter (on its welcome view, then with FILE open in the wizard
 * and preview) and, when installed, gnome-text-editor, several times
 * each in a fresh XDG home, and times spawn → the toplevel window mapped
 * on the X display (MapNotify of a window whose _NET_WM_PID is the
 * child). A second later it reads the process's peak resident memory
 * (VmHWM) and its private part (RssAnon). Target (issue 5): ≤ 0.8× gnome-
 * text-editor's time and ≤ 100 MiB, both started as the test suite starts
 * programs (GSK_RENDERER=cairo). For comparison it also runs the text
 * editor with GDK's GL set-up off, as Charter turns it off for the cairo
 * renderer (under Xvfb GTK 4.8 would otherwise load Mesa's llvmpipe, some
 * 58 MiB, only to choose a visual), and both programs with GTK's own
 * choice of renderer, GL. Needs an X display (xvfb-run); without one it
 * is skipped.
 */
#include "config.h"

#include <glib.h>

#include "test-util.h"
#include "test-x11.h"

#define ROUNDS 9
/* The rows from here on are Charter's; the editor's come first. */
#define FIRST_CHARTER 3

static TestX11 x11;

/* A "Key:   1234 kB" line of /proc/PID/status, in MiB. */
static double
status_mib (GPid        pid,
            const char *key)
{
  g_autofree char *path = g_strdup_printf ("/proc/%d/status", pid);
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents (path, &status, NULL, NULL) || (line = strstr (status, key)) == NULL)
    return 0;
  return g_ascii_strtod (line + strlen (key), NULL) / 1024.0;
}

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *)a, y = *(const double *)b;

  return x < y ? -1 : x > y;
}

typedef enum {
  SETUP_SUITE,        /* the test suite's environment: the cairo renderer */
  SETUP_NO_GL,        /* that, and GDK_DEBUG=gl-disable */
  SETUP_GL_RENDERER,  /* GTK's own choice of renderer */
} Setup;

/* One program as measured: its times of every round, then the median. */
typedef struct {
  const char         *name;
  const char * const *argv;
  gboolean            quiet;   /* its warnings are its own business */
  Setup               setup;
  int                 versus;  /* the row its time is compared with, or -1 */
  double              times[ROUNDS];
  double              start_ms;   /* median */
  double              best_ms;
  double              hwm_mib;    /* highest of the rounds */
  double              anon_mib;   /* private memory (RssAnon) then, highest of the rounds */
} Program;

static gboolean
run_once (Program *program,
          guint    round)
{
  g_autofree char *home = g_dir_make_tmp ("charter-bench-XXXXXX", NULL);
  g_auto(GStrv) env = g_get_environ ();
  const char *unset[] = { "MALLOC_CHECK_", "MALLOC_PERTURB_", "G_DEBUG", "G_ENABLE_DIAGNOSTIC", "GDK_DEBUG" };
  g_autoptr(GError) error = NULL;
  gint64 start;
  GPid pid;

  /* As users run them: no test-suite malloc checks or fatal warnings. */
  for (guint i = 0; i < G_N_ELEMENTS (unset); i++)
    env = g_environ_unsetenv (env, unset[i]);
  if (program->setup == SETUP_NO_GL)
    env = g_environ_setenv (env, "GDK_DEBUG", "gl-disable", TRUE);
  else if (program->setup == SETUP_GL_RENDERER)
    env = g_environ_unsetenv (env, "GSK_RENDERER");
  env = test_environ_set_home (env, home);

  test_x11_flush (&x11);
  start = g_get_monotonic_time ();
  if (!g_spawn_async (NULL, (char **)program->argv, env, G_SPAWN_DO_NOT_REAP_CHILD | G_SPAWN_STDOUT_TO_DEV_NULL |
                      (program->quiet ? G_SPAWN_STDERR_TO_DEV_NULL : 0),
                      NULL, NULL, &pid, &error))
    {
      g_printerr ("bench-startup: %s: %s\n", program->argv[0], error->message);
      return FALSE;
    }
  if (!test_x11_wait_for_map (&x11, pid, start + 20 * G_USEC_PER_SEC))
    {
      g_printerr ("bench-startup: %s showed no window within 20 s\n", program->argv[0]);
      test_stop_child (pid, 2);
      return FALSE;
    }
  program->times[round] = (g_get_monotonic_time () - start) / 1000.0;

  /* Let it draw and settle, as a user would look at it. */
  g_usleep (G_USEC_PER_SEC);
  program->hwm_mib = MAX (program->hwm_mib, status_mib (pid, "VmHWM:"));
  program->anon_mib = MAX (program->anon_mib, status_mib (pid, "RssAnon:"));
  test_stop_child (pid, 2);
  g_spawn_close_pid (pid);
  test_remove_tree (home);
  return TRUE;
}

static void
print_result (Program *program)
{
  qsort (program->times, ROUNDS, sizeof (double), compare_doubles);
  program->start_ms = program->times[ROUNDS / 2];
  program->best_ms = program->times[0];
  g_print ("  %-36s start median %6.1f ms (best %6.1f), peak RSS %6.1f MiB (private %5.1f MiB)\n",
           program->name, program->start_ms, program->best_ms, program->hwm_mib, program->anon_mib);
}

static void
print_start (const Program *charter,
             const Program *editor)
{
  g_print ("  %-40s start %.2f× %s%s\n", charter->name, charter->start_ms / editor->start_ms, editor->name,
           charter->start_ms <= 0.8 * editor->start_ms ? ", met" : ", MISSED");
}

static void
print_memory (const Program *charter)
{
  g_print ("  %-40s peak RSS %.1f MiB%s\n", charter->name, charter->hwm_mib,
           charter->hwm_mib <= 100 ? ", met" : ", MISSED");
}

int
main (int argc, char **argv)
{
  g_autofree char *editor = g_find_program_in_path ("gnome-text-editor");
  const char *editor_args[] = { editor, "--standalone", "--ignore-session", NULL };
  const char *welcome_args[] = { argv[1], NULL };
  const char *file_args[] = { argv[1], argc > 2 ? argv[2] : NULL, NULL };
  /* Editors first: a row's "versus" names an earlier row. */
  Program programs[] = {
    { "gnome-text-editor", editor_args, TRUE, SETUP_SUITE, -1 },
    { "gnome-text-editor, GL set-up off", editor_args, TRUE, SETUP_NO_GL, -1 },
    { "gnome-text-editor, GL renderer", editor_args, TRUE, SETUP_GL_RENDERER, -1 },
    { "charter (welcome view)", welcome_args, FALSE, SETUP_SUITE, 0 },
    { "charter (welcome view), GL renderer", welcome_args, FALSE, SETUP_GL_RENDERER, 2 },
    { "charter FILE (wizard)", file_args, FALSE, SETUP_SUITE, 0 },
  };
  guint first = editor != NULL ? 0 : FIRST_CHARTER;
  guint n = argc > 2 ? G_N_ELEMENTS (programs) : G_N_ELEMENTS (programs) - 1;

  if (argc < 2)
    {
      g_printerr ("usage: bench-startup CHARTER [FILE.charter]\n");
      return 2;
    }
  if (!test_x11_open (&x11))
    {
      g_print ("bench-startup: no X display, skipped (run under xvfb-run)\n");
      return 77;
    }

  g_print ("cold start to a mapped window and peak resident memory, %u rounds taking turns;\n"
           "rows run with GSK_RENDERER=cairo but for \"GL renderer\"; \"GL set-up off\" adds\n"
           "GDK_DEBUG=gl-disable, which Charter sets itself for the cairo renderer\n", ROUNDS);
  if (editor == NULL)
    g_print ("  gnome-text-editor is not installed: Charter's figures only\n");

  /* Taking turns round by round, so a slower moment of the machine
   * falls on every program alike. */
  for (guint r = 0; r < ROUNDS; r++)
    for (guint i = first; i < n; i++)
      if (!run_once (&programs[i], r))
        return 1;
  for (guint i = first; i < n; i++)
    print_result (&programs[i]);

  g_print ("targets: start ≤ 0.8× gnome-text-editor's, peak RSS ≤ 100 MiB\n");
  for (guint i = FIRST_CHARTER; editor != NULL && i < n; i++)
    print_start (&programs[i], &programs[programs[i].versus]);
  /* Like for like: neither sets up GL. */
  if (editor != NULL)
    print_start (&programs[FIRST_CHARTER], &programs[1]);
  for (guint i = FIRST_CHARTER; i < n; i++)
    print_memory (&programs[i]);

  test_x11_close (&x11);
  return 0;
}
