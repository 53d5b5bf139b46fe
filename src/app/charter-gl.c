/* charter-gl.c — not setting up GL that the cairo renderer will not use
 *
 * GTK 4.8 on X11 sets up GL while it opens the display, to choose a
 * visual GL could draw into, even when GSK_RENDERER=cairo says nothing
 * will. With Mesa that loads the GL driver: under Xvfb, VNC or X
 * forwarding that is llvmpipe, some 58 MiB resident and 35–50 ms of start
 * for a renderer that is never used. So when the cairo renderer is asked
 * for, Charter tells GDK to leave GL alone; without GL GDK picks its
 * default visual, which is what cairo draws into anyway. Every other
 * choice of renderer is GTK's.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gtk/gtk.h>

#include "charter-gl.h"

/* GTK 4.16 moved the switch from the debug flags to GDK_DISABLE. */
static const char *
gl_variable (guint gtk_minor)
{
  return gtk_minor >= 16 ? "GDK_DISABLE" : "GDK_DEBUG";
}

static const char *
gl_flag (guint gtk_minor)
{
  return gtk_minor >= 16 ? "gl" : "gl-disable";
}

/* Whether @list, split as g_parse_debug_string() splits it, holds @word. */
static gboolean
has_word (const char *list,
          const char *word)
{
  g_auto(GStrv) words = NULL;

  if (list == NULL)
    return FALSE;
  words = g_strsplit_set (list, ":;, \t", -1);
  return g_strv_contains ((const char * const *)words, word);
}

char **
charter_gl_environ (char  **envp,
                    guint   gtk_minor)
{
  const char *renderer = g_environ_getenv (envp, "GSK_RENDERER");
  const char *variable = gl_variable (gtk_minor);
  const char *flag = gl_flag (gtk_minor);
  const char *current = g_environ_getenv (envp, variable);
  g_autofree char *value = NULL;

  if (renderer == NULL || g_ascii_strcasecmp (renderer, "cairo") != 0 || has_word (current, flag))
    return envp;
  value = current != NULL && *current != '\0' ? g_strconcat (current, ",", flag, NULL) : g_strdup (flag);
  return g_environ_setenv (envp, variable, value, TRUE);
}

void
charter_gl_skip_unused (void)
{
  guint minor = gtk_get_minor_version ();
  const char *variable = gl_variable (minor);
  g_auto(GStrv) envp = charter_gl_environ (g_get_environ (), minor);
  const char *value = g_environ_getenv (envp, variable);

  if (value != NULL && g_strcmp0 (value, g_getenv (variable)) != 0)
    g_setenv (variable, value, TRUE);
}
