/* charter-text-view.h — a text view that grows with its text
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define CHARTER_TYPE_TEXT_VIEW (charter_text_view_get_type ())
G_DECLARE_FINAL_TYPE (CharterTextView, charter_text_view, CHARTER, TEXT_VIEW, GtkTextView)

G_END_DECLS
