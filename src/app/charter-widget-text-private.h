/* charter-widget-text-private.h — the text of the app's editing widgets
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Entries (GtkEditable, AdwEntryRow) and text views hold their text
 * differently; the pages and the list editor read and write both alike.
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* The whole text of @widget, a GtkEditable or a GtkTextView. */
char *charter_widget_get_text (GtkWidget  *widget);
/* Sets it, leaving the widget (and its cursor) alone when it already
 * holds @text. */
void  charter_widget_set_text (GtkWidget  *widget,
                               const char *text);

G_END_DECLS
