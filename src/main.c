/* main.c — Charter's entry point: the command line or the application
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "charter-app.h"
#include "charter-cli.h"

int
main (int    argc,
      char **argv)
{
  const char *localedir = g_getenv ("CHARTER_LOCALEDIR");

  /* CHARTER_LOCALEDIR lets tests use the catalogues of the build tree or
   * of a temporary install before they are installed in LOCALEDIR. */
  if (localedir == NULL || *localedir == '\0')
    localedir = LOCALEDIR;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  /* The command line never initialises GTK, so it runs without a display. */
  if (charter_cli_wants (argc, argv))
    return charter_cli_run (argc, argv);

  return charter_app_run (argc, argv);
}
