/* test-util.h — small helpers the test and benchmark programs share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <signal.h>
#include <sys/wait.h>
#include <glib.h>
#include <glib/gstdio.h>

/* Removes @path and everything below it; symbolic links are removed, not
 * followed. */
static inline void
test_remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
        test_remove_tree (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

/* Ends a child started with G_SPAWN_DO_NOT_REAP_CHILD and reaps it: asks
 * with SIGTERM, and after @grace_s seconds insists with SIGKILL. */
static inline void
test_stop_child (GPid  pid,
                 guint grace_s)
{
  int status;

  kill (pid, SIGTERM);
  for (guint i = 0; i < grace_s * 20; i++)
    {
      if (waitpid (pid, &status, WNOHANG) == pid)
        return;
      g_usleep (G_USEC_PER_SEC / 20);
    }
  kill (pid, SIGKILL);
  waitpid (pid, &status, 0);
}

/* @env with the XDG data, config, cache and state folders made afresh
 * below @home, for a program started as a new user would start it. Takes
 * @env and returns the new array. */
static inline char **
test_environ_set_home (char       **env,
                       const char  *home)
{
  const char *dirs[] = { "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME" };

  for (guint i = 0; i < G_N_ELEMENTS (dirs); i++)
    {
      g_autofree char *dir = g_build_filename (home, dirs[i], NULL);

      g_mkdir_with_parents (dir, 0700);
      env = g_environ_setenv (env, dirs[i], dir, TRUE);
    }
  return env;
}
