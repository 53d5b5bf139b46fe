/* main.c — Charter's entry point: the command line or the application
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <gmodule.h>

#include "charter-cli.h"
#include "charter-i18n.h"

typedef int (*AppRun) (int argc, char **argv);

/* The application module beside a build tree's executable, else the
 * installed one, so an uninstalled build never runs an installed GUI. */
static char *
app_module_path (void)
{
  g_autofree char *exe = g_file_read_link ("/proc/self/exe", NULL);
  g_autofree char *dir = exe ? g_path_get_dirname (exe) : NULL;

  if (dir != NULL && g_str_equal (dir, CHARTER_BUILD_DIR))
    return g_build_filename (CHARTER_BUILD_DIR, "libcharter-app.so", NULL);
  return g_strdup (CHARTER_APP_MODULE);
}

static int
run_app (int    argc,
         char **argv)
{
  g_autofree char *path = app_module_path ();
  GModule *module = g_module_open (path, G_MODULE_BIND_LAZY | G_MODULE_BIND_LOCAL);
  AppRun run = NULL;

  if (module == NULL || !g_module_symbol (module, "charter_app_run", (gpointer *)&run))
    {
      /* Translators: the GTK part of Charter is missing or broken */
      g_printerr (_("charter: error: cannot start the application: %s\n"), g_module_error ());
      g_printerr (_("The command line still works: see “charter --help”.\n"));
      return 1;
    }
  /* The module stays loaded until the process ends: GTK cannot unload. */
  g_module_make_resident (module);
  return run (argc, argv);
}

int
main (int    argc,
      char **argv)
{
  charter_i18n_init ();

  /* The command line never loads GTK, so it runs without a display. */
  if (charter_cli_wants (argc, argv))
    return charter_cli_run (argc, argv);

  return run_app (argc, argv);
}
