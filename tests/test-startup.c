/* test-startup.c — what the application sets up as it starts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * With the cairo renderer, Charter keeps GDK from setting up GL it will
 * never draw with: the environment it hands GTK, for old and new GTK
 * versions, and then the real `charter` started under Xvfb, checking
 * which GL driver its window brought into the process. Without an X
 * display the second part is skipped.
 */
#include "config.h"

#include <string.h>
#include <gtk/gtk.h>

#include "charter-gl.h"
#include "test-util.h"
#include "test-x11.h"

static TestX11 x11;

/* charter_gl_environ() on an environment of NULL-terminated name, value
 * pairs; returns @variable's value afterwards. */
static char *
gl_environ (guint              gtk_minor,
            const char        *variable,
            const char *const *pairs)
{
  char **envp = g_new0 (char *, 1);
  g_auto(GStrv) result = NULL;

  for (guint i = 0; pairs[i] != NULL; i += 2)
    envp = g_environ_setenv (envp, pairs[i], pairs[i + 1], TRUE);
  result = charter_gl_environ (envp, gtk_minor);
  return g_strdup (g_environ_getenv (result, variable));
}

static void
test_gl_environ (void)
{
  const struct {
    guint       gtk_minor;
    const char *pairs[7];
    const char *variable;
    const char *expected;
  } cases[] = {
    /* The cairo renderer: GL off, as each GTK spells it. */
    { 8, { "GSK_RENDERER", "cairo", NULL }, "GDK_DEBUG", "gl-disable" },
    { 14, { "GSK_RENDERER", "Cairo", NULL }, "GDK_DEBUG", "gl-disable" },
    { 16, { "GSK_RENDERER", "cairo", NULL }, "GDK_DISABLE", "gl" },
    { 16, { "GSK_RENDERER", "cairo", NULL }, "GDK_DEBUG", NULL },
    { 20, { "GSK_RENDERER", "cairo", "GDK_DEBUG", "gl-disable", NULL }, "GDK_DISABLE", "gl" },
    /* What the variables already say is kept. */
    { 8, { "GSK_RENDERER", "cairo", "GDK_DEBUG", "no-portals", NULL }, "GDK_DEBUG", "no-portals,gl-disable" },
    { 8, { "GSK_RENDERER", "cairo", "GDK_DEBUG", "", NULL }, "GDK_DEBUG", "gl-disable" },
    { 8, { "GSK_RENDERER", "cairo", "GDK_DEBUG", "gl-disable:no-portals", NULL }, "GDK_DEBUG", "gl-disable:no-portals" },
    { 16, { "GSK_RENDERER", "cairo", "GDK_DISABLE", "vulkan", NULL }, "GDK_DISABLE", "vulkan,gl" },
    { 16, { "GSK_RENDERER", "cairo", "GDK_DISABLE", "gl vulkan", NULL }, "GDK_DISABLE", "gl vulkan" },
    /* A flag that merely starts with the word is another flag. */
    { 8, { "GSK_RENDERER", "cairo", "GDK_DEBUG", "gl-disable-gles", NULL }, "GDK_DEBUG", "gl-disable-gles,gl-disable" },
    /* Any other renderer, or GTK's own choice, is left alone. */
    { 8, { NULL }, "GDK_DEBUG", NULL },
    { 8, { "GSK_RENDERER", "ngl", NULL }, "GDK_DEBUG", NULL },
    { 8, { "GSK_RENDERER", "cairo2", NULL }, "GDK_DEBUG", NULL },
    { 16, { "GSK_RENDERER", "vulkan", "GDK_DISABLE", "vulkan", NULL }, "GDK_DISABLE", "vulkan" },
    { 8, { "GSK_RENDERER", "gl", "GDK_DEBUG", "no-portals", NULL }, "GDK_DEBUG", "no-portals" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *value = gl_environ (cases[i].gtk_minor, cases[i].variable, cases[i].pairs);

      g_test_message ("case %u: GTK 4.%u, %s", i, cases[i].gtk_minor, cases[i].variable);
      g_assert_cmpstr (value, ==, cases[i].expected);
    }
}

/* Whether a GL implementation is mapped into @pid: a GLVND vendor
 * library for EGL or GLX (Mesa's, NVIDIA's, …), which GTK's GL set-up
 * loads through libepoxy and which loads the driver itself. */
static gboolean
maps_gl_driver (GPid pid)
{
  g_autofree char *path = g_strdup_printf ("/proc/%d/maps", pid);
  g_autofree char *maps = NULL;

  g_assert_true (g_file_get_contents (path, &maps, NULL, NULL));
  return strstr (maps, "/libEGL_") != NULL || strstr (maps, "/libGLX_") != NULL;
}

/* Starts `charter` on its welcome view with GSK_RENDERER=@renderer (NULL:
 * unset), waits for its window and answers whether a GL driver came with
 * it. */
static gboolean
charter_loads_gl (const char *renderer)
{
  const char *argv[] = { g_getenv ("CHARTER_BIN"), NULL };
  g_autofree char *home = g_dir_make_tmp ("charter-test-startup-XXXXXX", NULL);
  g_auto(GStrv) envp = g_get_environ ();
  g_autoptr(GError) error = NULL;
  gboolean mapped, loaded;
  GPid pid;

  g_assert_nonnull (argv[0]);
  g_assert_nonnull (home);
  envp = renderer != NULL ? g_environ_setenv (envp, "GSK_RENDERER", renderer, TRUE)
                          : g_environ_unsetenv (envp, "GSK_RENDERER");
  envp = test_environ_set_home (envp, home);

  test_x11_flush (&x11);
  g_spawn_async (NULL, (char **)argv, envp, G_SPAWN_DO_NOT_REAP_CHILD, NULL, NULL, &pid, &error);
  g_assert_no_error (error);
  /* Slow under AddressSanitizer, and with llvmpipe compiling shaders. */
  mapped = test_x11_wait_for_map (&x11, pid, g_get_monotonic_time () + 60 * G_USEC_PER_SEC);
  loaded = mapped && maps_gl_driver (pid);
  test_stop_child (pid, 5);
  g_spawn_close_pid (pid);
  test_remove_tree (home);
  g_assert_true (mapped);
  return loaded;
}

/* Where the X server offers no GLX, GTK sets up no GL whatever Charter
 * says, and the checks below would prove nothing. */
static gboolean
skip_without_glx (void)
{
  int opcode, event, error;

  if (XQueryExtension (x11.display, "GLX", &opcode, &event, &error))
    return FALSE;
  g_test_skip ("the X server has no GLX");
  return TRUE;
}

static void
test_cairo_without_gl (void)
{
  if (!skip_without_glx ())
    g_assert_false (charter_loads_gl ("cairo"));
}

/* GTK's own choice (GL, in GTK 4.8) and an explicit GL renderer keep
 * the GL set-up, which also shows that the check above sees a driver
 * when one is there. */
static void
test_gl_renderer_keeps_gl (void)
{
  if (skip_without_glx ())
    return;
  g_assert_true (charter_loads_gl (NULL));
  /* GTK 4.8 calls its GL renderer "gl"; 4.14 brought back "ngl" for it
   * and later ones warn about "gl". */
  g_assert_true (charter_loads_gl (gtk_get_minor_version () < 14 ? "gl" : "ngl"));
}

int
main (int    argc,
      char **argv)
{
  int status;

  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/startup/gl-environ", test_gl_environ);
  if (test_x11_open (&x11))
    {
      g_test_add_func ("/startup/cairo-without-gl", test_cairo_without_gl);
      g_test_add_func ("/startup/gl-renderer-keeps-gl", test_gl_renderer_keeps_gl);
    }
  else
    g_test_message ("no X display: the started application is not checked (run under xvfb-run)");
  status = g_test_run ();
  test_x11_close (&x11);
  return status;
}
