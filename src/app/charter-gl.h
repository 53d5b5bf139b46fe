/* charter-gl.h — not setting up GL that the cairo renderer will not use
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* @envp as GTK of minor version @gtk_minor should see it: when
 * GSK_RENDERER asks for the cairo renderer, with GDK's GL set-up switched
 * off (GDK_DEBUG=gl-disable before GTK 4.16, GDK_DISABLE=gl since),
 * appended to what those variables already say. Any other renderer, or
 * none, leaves @envp as it is. Takes @envp and returns the new array. */
char **charter_gl_environ     (char  **envp,
                               guint   gtk_minor);

/* Applies charter_gl_environ() to this process for the GTK it runs with.
 * Call it before GTK is initialised and before any thread is started. */
void   charter_gl_skip_unused (void);

G_END_DECLS
