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

#define ROUNDS 7

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
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
        remove_tree (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
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

typedef struct {
  double start_ms;   /* median */
  double best_ms;
  double hwm_mib;    /* highest of the rounds */
  double anon_mib;   /* private memory (RssAnon) then, highest of the rounds */
} Result;

static gboolean
measure (const char * const *argv,
         gboolean            quiet,
         Result             *result)
{
  double times[ROUNDS];

  result->hwm_mib = result->anon_mib = 0;
  for (guint r = 0; r < ROUNDS; r++)
    {
      g_autofree char *home = g_dir_make_tmp ("charter-bench-XXXXXX", NULL);
      g_auto(GStrv) env = g_get_environ ();
      const char *dirs[] = { "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME" };
      const char *unset[] = { "MALLOC_CHECK_", "MALLOC_PERTURB_", "G_DEBUG", "G_ENABLE_DIAGNOSTIC" };
      g_autoptr(GError) error = NULL;
      gint64 start;
      GPid pid;

      /* As users run them: no test-suite malloc checks or fatal warnings. */
      for (guint i = 0; i < G_N_ELEMENTS (unset); i++)
        env = g_environ_unsetenv (env, unset[i]);
      for (guint i = 0; i < G_N_ELEMENTS (dirs); i++)
        {
          g_autofree char *dir = g_build_filename (home, dirs[i], NULL);

          g_mkdir_with_parents (dir, 0700);
          env = g_environ_setenv (env, dirs[i], dir, TRUE);
        }

      XSync (display, True);
      start = g_get_monotonic_time ();
      if (!g_spawn_async (NULL, (char **)argv, env, G_SPAWN_DO_NOT_REAP_CHILD | G_SPAWN_STDOUT_TO_DEV_NULL |
                          (quiet ? G_SPAWN_STDERR_TO_DEV_NULL : 0),
                          NULL, NULL, &pid, &error))
        {
          g_printerr ("bench-startup: %s: %s\n", argv[0], error->message);
          return FALSE;
        }
      if (!wait_for_map (pid, start + 20 * G_USEC_PER_SEC))
        {
          g_printerr ("bench-startup: %s showed no window within 20 s\n", argv[0]);
          stop (pid);
          return FALSE;
        }
      times[r] = (g_get_monotonic_time () - start) / 1000.0;

      /* Let it draw and settle, as a user would look at it. */
      g_usleep (G_USEC_PER_SEC);
      result->hwm_mib = MAX (result->hwm_mib, status_mib (pid, "VmHWM:"));
      result->anon_mib = MAX (result->anon_mib, status_mib (pid, "RssAnon:"));
      stop (pid);
      g_spawn_close_pid (pid);
      remove_tree (home);
    }

  qsort (times, ROUNDS, sizeof (double), compare_doubles);
  result->start_ms = times[ROUNDS / 2];
  result->best_ms = times[0];
  return TRUE;
}

static void
print_result (const char   *name,
              const Result *result)
{
  g_print ("  %-36s start median %6.1f ms (best %6.1f), peak RSS %6.1f MiB (private %5.1f MiB)\n",
           name, result->start_ms, result->best_ms, result->hwm_mib, result->anon_mib);
}

int
main (int argc, char **argv)
{
  g_autofree char *editor = g_find_program_in_path ("gnome-text-editor");
  Result welcome, with_file, text_editor;
  gboolean have_file = argc > 2;
  gboolean have_editor = FALSE;

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

  g_print ("cold start to a mapped window and peak resident memory, %u runs each:\n", ROUNDS);

  if (editor != NULL)
    {
      const char *args[] = { editor, "--standalone", "--ignore-session", NULL };

      /* Its warnings are its own business; Charter's are shown. */
      have_editor = measure (args, TRUE, &text_editor);
      if (have_editor)
        print_result ("gnome-text-editor", &text_editor);
    }
  else
    g_print ("  gnome-text-editor is not installed: Charter's figures only\n");

  {
    const char *args[] = { argv[1], NULL };

    if (!measure (args, FALSE, &welcome))
      return 1;
    print_result ("charter (welcome view)", &welcome);
  }
  if (have_file)
    {
      const char *args[] = { argv[1], argv[2], NULL };

      if (!measure (args, FALSE, &with_file))
        return 1;
      print_result ("charter FILE (wizard and preview)", &with_file);
    }

  g_print ("targets: start ≤ 0.8× gnome-text-editor's, peak RSS ≤ 100 MiB\n");
  if (have_editor)
    g_print ("  start: %.2f× gnome-text-editor (welcome)%s\n",
             welcome.start_ms / text_editor.start_ms,
             welcome.start_ms <= 0.8 * text_editor.start_ms ? " met" : " MISSED");
  if (have_editor && have_file)
    g_print ("         %.2f× gnome-text-editor (with a file)%s\n",
             with_file.start_ms / text_editor.start_ms,
             with_file.start_ms <= 0.8 * text_editor.start_ms ? " met" : " MISSED");
  g_print ("  memory: %.1f MiB (welcome)%s, %.1f MiB (with a file)%s\n",
           welcome.hwm_mib, welcome.hwm_mib <= 100 ? " met" : " MISSED",
           have_file ? with_file.hwm_mib : 0, !have_file ? " not measured" :
           with_file.hwm_mib <= 100 ? " met" : " MISSED");

  XCloseDisplay (display);
  return 0;
}
