/* charter-app.c — running the application from main()
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "charter-app.h"
#include "charter-app-resources.h"
#include "charter-application.h"
#include "charter-gl.h"

int
charter_app_run (int    argc,
                 char **argv)
{
  g_autoptr(CharterApplication) app = NULL;

  charter_gl_skip_unused ();

  /* Referencing the bundle keeps the linker from dropping it from the
   * static library; its constructor registers it. */
  g_resources_register (charter_app_get_resource ());
  app = charter_application_new ();

  return g_application_run (G_APPLICATION (app), argc, argv);
}
