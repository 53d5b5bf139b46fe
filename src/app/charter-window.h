/* charter-window.h — one window, one charter
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "charter-document.h"
#include "charter-page.h"
#include "charter-results-view.h"

G_BEGIN_DECLS

#define CHARTER_TYPE_WINDOW (charter_window_get_type ())
G_DECLARE_FINAL_TYPE (CharterWindow, charter_window, CHARTER, WINDOW, AdwApplicationWindow)

CharterWindow   *charter_window_new            (GtkApplication  *application);
/* The window @widget is shown in, or NULL. */
CharterWindow   *charter_window_for_widget     (GtkWidget       *widget);

/* TRUE while the window shows the welcome view and holds no charter. */
gboolean         charter_window_is_empty       (CharterWindow   *self);

/* Shows @document in the wizard. @file is where it is saved (NULL for a
 * new charter); @draft_path a recovered draft that keeps being used. */
void             charter_window_set_document   (CharterWindow   *self,
                                                CharterDocument *document,
                                                GFile           *file,
                                                const char      *draft_path);
CharterDocument *charter_window_get_document   (CharterWindow   *self);
GFile           *charter_window_get_file       (CharterWindow   *self);
gboolean         charter_window_get_modified   (CharterWindow   *self);
const char      *charter_window_get_draft_path (CharterWindow   *self);

/* Reads @file in the background and shows it, or says why it could not;
 * presents the window then, so a new one never flashes the welcome view. */
void             charter_window_open_file      (CharterWindow   *self,
                                                GFile           *file);
/* Saves to @file (the current file when NULL) and waits for it. */
gboolean         charter_window_save_sync      (CharterWindow   *self,
                                                GFile           *file,
                                                GError         **error);

void             charter_window_show_step      (CharterWindow   *self,
                                                CharterStep      step);
/* The step shown, or CHARTER_N_STEPS while the Results view is. */
CharterStep      charter_window_get_step       (CharterWindow   *self);
void             charter_window_show_results   (CharterWindow   *self);
CharterPage     *charter_window_get_page       (CharterWindow   *self,
                                                CharterStep      step);

CharterResultsView *charter_window_get_results_view (CharterWindow *self);

/* Writes the autosave draft now instead of after the delay. */
void             charter_window_autosave_now   (CharterWindow   *self);

void             charter_window_show_toast     (CharterWindow   *self,
                                                const char      *message);
void             charter_window_add_toast      (CharterWindow   *self,
                                                AdwToast        *toast);
void             charter_window_show_error     (CharterWindow   *self,
                                                const char      *heading,
                                                const GError    *error);

G_END_DECLS
