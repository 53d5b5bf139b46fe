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
 * (VmHWM) and its private part (RssAnon): under Xvfb GTK loads Mesa's
 * software GL (libLLVM alone maps some 44 MiB, shared by every GTK app)
 * even with the cairo renderer. Target (issue 5): ≤ 0.8× gnome-text-
 * editor's time and ≤ 100 MiB. Needs an X display (xvfb-run); without
 * one it is skipped.
 */
#include "config.h"

#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <X11/Xlib.h>
#include <X11/Xatom.h>
#include <glib.h>
#include <glib/gstdio.h>

#include "test-util.h"

#define ROUNDS 9

static Display *display;
static Atom net_wm_pid;

static gulong
window_pid (Window window)
{
  Atom type;
  int format;
  unsigned long n, after;
  unsigned char *data = NULL;
  gulong pid = 0;

  if (XGetWindowProperty (display, window, net_wm_pid, 0, 1, False, XA_CARDINAL,
                          &type, &format, &n, &after, &data) == Success && data != NULL)
    {
      if (type == XA_CARDINAL && format == 32 && n == 1)
        pid = *(unsigned long *)data;
      XFree (data);
    }
  return pid;
}

/* Waits for a toplevel of @pid to be mapped; FALSE after @timeout_ms. */
static gboolean
wait_for_map (GPid   pid,
              gint64 deadline)
{
  struct pollfd fd = { ConnectionNumber (display), POLLIN, 0 };

  while (g_get_monotonic_time () < deadline)
    {
      while (XPending (display))
        {
          XEvent event;

          XNextEvent (display, &event);
          if (event.type == MapNotify && !event.xmap.override_redirect &&
              window_pid (event.xmap.window) == (gulong)pid)
            return TRUE;
        }
      poll (&fd, 1, 50);
    }
  return FALSE;
}

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

static void
stop (GPid pid)
{
  int status;

  kill (pid, SIGTERM);
  for (guint i = 0; i < 40; i++)
    {
      if (waitpid (pid, &status, WNOHANG) == pid)
        return;
      g_usleep (50000);
    }
  kill (pid, SIGKILL);
  waitpid (pid, &status, 0);
}

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *)a, y = *(const double *)b;

  return x < y ? -1 : x > y;
}

/* One program as measured: its times of every round, then the median. */
typedef struct {
  const char         *name;
  const char * const *argv;
  gboolean            quiet;   /* its warnings are its own business */
  gboolean            no_gl;   /* GDK_DEBUG=gl-disable */
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
  const char *dirs[] = { "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME" };
  const char *unset[] = { "MALLOC_CHECK_", "MALLOC_PERTURB_", "G_DEBUG", "G_ENABLE_DIAGNOSTIC", "GDK_DEBUG" };
  g_autoptr(GError) error = NULL;
  gint64 start;
  GPid pid;

  /* As users run them: no test-suite malloc checks or fatal warnings. */
  for (guint i = 0; i < G_N_ELEMENTS (unset); i++)
    env = g_environ_unsetenv (env, unset[i]);
  if (program->no_gl)
    env = g_environ_setenv (env, "GDK_DEBUG", "gl-disable", TRUE);
  for (guint i = 0; i < G_N_ELEMENTS (dirs); i++)
    {
      g_autofree char *dir = g_build_filename (home, dirs[i], NULL);

      g_mkdir_with_parents (dir, 0700);
      env = g_environ_setenv (env, dirs[i], dir, TRUE);
    }

  XSync (display, True);
  start = g_get_monotonic_time ();
  if (!g_spawn_async (NULL, (char **)program->argv, env, G_SPAWN_DO_NOT_REAP_CHILD | G_SPAWN_STDOUT_TO_DEV_NULL |
                      (program->quiet ? G_SPAWN_STDERR_TO_DEV_NULL : 0),
                      NULL, NULL, &pid, &error))
    {
      g_printerr ("bench-startup: %s: %s\n", program->argv[0], error->message);
      return FALSE;
    }
  if (!wait_for_map (pid, start + 20 * G_USEC_PER_SEC))
    {
      g_printerr ("bench-startup: %s showed no window within 20 s\n", program->argv[0]);
      stop (pid);
      return FALSE;
    }
  program->times[round] = (g_get_monotonic_time () - start) / 1000.0;

  /* Let it draw and settle, as a user would look at it. */
  g_usleep (G_USEC_PER_SEC);
  program->hwm_mib = MAX (program->hwm_mib, status_mib (pid, "VmHWM:"));
  program->anon_mib = MAX (program->anon_mib, status_mib (pid, "RssAnon:"));
  stop (pid);
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
print_ratio (const Program *charter,
             const Program *editor)
{
  g_print ("  start, %-33s %.2f× gnome-text-editor%s\n", charter->name, charter->start_ms / editor->start_ms,
           charter->start_ms <= 0.8 * editor->start_ms ? " met" : " MISSED");
}

static void
print_memory (const Program *charter)
{
  g_print ("  memory, %-32s %.1f MiB%s\n", charter->name, charter->hwm_mib,
           charter->hwm_mib <= 100 ? " met" : " MISSED");
}

int
main (int argc, char **argv)
{
  g_autofree char *editor = g_find_program_in_path ("gnome-text-editor");
  const char *editor_args[] = { editor, "--standalone", "--ignore-session", NULL };
  const char *welcome_args[] = { argv[1], NULL };
  const char *file_args[] = { argv[1], argc > 2 ? argv[2] : NULL, NULL };
  /* Pairs: as GTK starts on X11, then without its GL set-up. */
  Program programs[] = {
    { "gnome-text-editor", editor_args, TRUE, FALSE },
    { "gnome-text-editor, no GL", editor_args, TRUE, TRUE },
    { "charter (welcome view)", welcome_args, FALSE, FALSE },
    { "charter (welcome view), no GL", welcome_args, FALSE, TRUE },
    { "charter FILE (wizard)", file_args, FALSE, FALSE },
    { "charter FILE (wizard), no GL", file_args, FALSE, TRUE },
  };
  guint first = editor != NULL ? 0 : 2;
  guint n = argc > 2 ? G_N_ELEMENTS (programs) : 4;

  if (argc < 2)
    {
      g_printerr ("usage: bench-startup CHARTER [FILE.charter]\n");
      return 2;
    }
  if ((display = XOpenDisplay (NULL)) == NULL)
    {
      g_print ("bench-startup: no X display, skipped (run under xvfb-run)\n");
      return 77;
    }
  net_wm_pid = XInternAtom (display, "_NET_WM_PID", False);
  XSelectInput (display, DefaultRootWindow (display), SubstructureNotifyMask);

  g_print ("cold start to a mapped window and peak resident memory, %u rounds taking turns;\n"
           "\"no GL\" rows run with GDK_DEBUG=gl-disable: without it GTK 4.8 on X11 sets up\n"
           "GL to choose a visual even for the cairo renderer, which maps Mesa's llvmpipe\n", ROUNDS);
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
  for (guint i = 2; i < n; i++)
    if (editor != NULL)
      print_ratio (&programs[i], &programs[programs[i].no_gl ? 1 : 0]);
  for (guint i = 2; i < n; i++)
    print_memory (&programs[i]);

  XCloseDisplay (display);
  return 0;
}
