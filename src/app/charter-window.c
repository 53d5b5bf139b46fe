/* charter-window.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "charter-coach.h"
#include "charter-drafts.h"
#include "charter-exporter.h"
#include "charter-folder-private.h"
#include "charter-format.h"
#include "charter-history.h"
#include "charter-page-about.h"
#include "charter-page-feedback.h"
#include "charter-page-implementation.h"
#include "charter-page-purpose.h"
#include "charter-page-review.h"
#include "charter-page-rights.h"
#include "charter-page-scope.h"
#include "charter-page-standards.h"
#include "charter-preview.h"
#include "charter-results-view.h"
#include "charter-settings.h"
#include "charter-templates.h"
#include "charter-welcome.h"
#include "charter-window.h"

#define COACH_DELAY_MS 400

/* The wizard, one row per step: adding a step is a page class and a row. */
static const struct {
  CharterStep   step;
  CharterPage *(*create) (void);
} page_table[CHARTER_N_STEPS] = {
  { CHARTER_STEP_ABOUT, charter_page_about_new },
  { CHARTER_STEP_PURPOSE, charter_page_purpose_new },
  { CHARTER_STEP_SCOPE, charter_page_scope_new },
  { CHARTER_STEP_STANDARDS, charter_page_standards_new },
  { CHARTER_STEP_RIGHTS, charter_page_rights_new },
  { CHARTER_STEP_IMPLEMENTATION, charter_page_implementation_new },
  { CHARTER_STEP_FEEDBACK, charter_page_feedback_new },
  { CHARTER_STEP_REVIEW, charter_page_review_new },
};

struct _CharterWindow
{
  AdwApplicationWindow parent_instance;

  CharterDocument *document;
  CharterDocument *saved;       /* the document as last loaded or saved */
  CharterHistory  *history;
  GFile           *file;
  char            *draft_path;
  gboolean         modified;
  gboolean         closing;     /* close once the pending save succeeds */
  gboolean         saving;
  gboolean         pages_pending; /* pages after the first wait for a frame */
  guint            first_frame_id;
  guint            autosave_id;
  guint            coach_id;
  GSettings       *settings;
  CharterPage     *pages[CHARTER_N_STEPS];
  GtkWidget       *step_icons[CHARTER_N_STEPS];
  GtkWidget       *step_numbers[CHARTER_N_STEPS];
  CharterResultsView *results_view;

  AdwToastOverlay *toast_overlay;
  GtkStack        *stack;
  CharterWelcome  *welcome;
  AdwLeaflet      *leaflet;
  GtkListBox      *steps_list;
  GtkLabel        *score_label;
  GtkLevelBar     *score_bar;
  AdwWindowTitle  *window_title;
  GtkStack        *pages_stack;
  AdwFlap         *flap;
  CharterPreview  *preview;
};

G_DEFINE_FINAL_TYPE (CharterWindow, charter_window, ADW_TYPE_APPLICATION_WINDOW)

static void save_async (CharterWindow *self, GFile *file);
static void on_setup_changed (CharterWindow *self);
static void ensure_pages (CharterWindow *self);
static void flush_pages (CharterWindow *self);

static char *
display_name (CharterWindow *self)
{
  const char *name;

  if (self->file != NULL)
    return g_file_get_basename (self->file);
  name = self->document ? charter_document_get (self->document, CHARTER_FIELD_NAME) : "";
  return g_strdup (*name ? name : _("New Charter"));
}

static void
update_title (CharterWindow *self)
{
  g_autofree char *name = NULL;
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;

  if (self->document == NULL)
    {
      gtk_window_set_title (GTK_WINDOW (self), _("Charter"));
      return;
    }

  name = display_name (self);
  /* The unsaved-changes mark, as GNOME apps show it: "• shop.charter". */
  title = self->modified ? g_strdup_printf ("• %s", name) : g_strdup (name);
  adw_window_title_set_title (self->window_title, title);

  if (self->file != NULL)
    {
      g_autoptr(GFile) parent = g_file_get_parent (self->file);
      subtitle = parent ? charter_folder_display_name (parent) : NULL;
    }
  else
    subtitle = g_strdup (_("Not saved yet"));
  adw_window_title_set_subtitle (self->window_title, subtitle ? subtitle : "");

  g_clear_pointer (&title, g_free);
  /* Translators: the window title, "• shop.charter — Charter" */
  title = g_strdup_printf (_("%s%s — Charter"), self->modified ? "• " : "", name);
  gtk_window_set_title (GTK_WINDOW (self), title);
}

static void
update_actions (CharterWindow *self)
{
  gboolean has_doc = self->document != NULL;
  CharterStep step = charter_window_get_step (self);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.save", has_doc && !self->saving);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.save-as", has_doc && !self->saving);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export", has_doc);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.print", has_doc);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.undo",
                                 has_doc && charter_history_can_undo (self->history));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.redo",
                                 has_doc && charter_history_can_redo (self->history));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.previous-step", has_doc && step > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.next-step", has_doc && step + 1 < CHARTER_N_STEPS);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-results", has_doc);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.toggle-preview", has_doc);
}

static gboolean
differs_from_saved (CharterWindow *self)
{
  return self->saved == NULL || !charter_document_equal (self->document, self->saved);
}

static void
set_modified (CharterWindow *self,
              gboolean       modified)
{
  if (self->modified == modified)
    return;
  self->modified = modified;
  update_title (self);
}

/* --- autosave */

static void
on_draft_saved (GObject      *object,
                GAsyncResult *result,
                gpointer      data)
{
  g_autoptr(CharterWindow) self = data;
  g_autoptr(GError) error = NULL;

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      g_autofree char *message = g_strdup_printf (_("Could not save a draft: %s"), error->message);
      charter_window_show_toast (self, message);
    }
}

typedef struct {
  CharterDocument *document;
  char            *path;
  char            *origin;
} DraftJob;

static void
draft_job_free (DraftJob *job)
{
  g_clear_object (&job->document);
  g_free (job->path);
  g_free (job->origin);
  g_free (job);
}

static void
save_draft_thread (GTask        *task,
                   gpointer      source,
                   gpointer      data,
                   GCancellable *cancellable)
{
  DraftJob *job = data;
  GError *error = NULL;

  if (charter_drafts_save (job->path, job->document, job->origin, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
write_draft (CharterWindow *self,
             gboolean       wait)
{
  g_autoptr(GTask) task = NULL;
  DraftJob *job;

  g_clear_handle_id (&self->autosave_id, g_source_remove);
  if (self->document == NULL || !self->modified)
    return;

  if (self->draft_path == NULL)
    {
      g_autofree char *dir = charter_drafts_get_dir ();
      self->draft_path = charter_drafts_new_path (dir);
    }

  job = g_new0 (DraftJob, 1);
  job->document = charter_document_copy (self->document);
  job->path = g_strdup (self->draft_path);
  job->origin = self->file ? g_file_get_path (self->file) : NULL;

  task = g_task_new (NULL, NULL, on_draft_saved, g_object_ref (self));
  g_task_set_task_data (task, job, (GDestroyNotify)draft_job_free);
  if (wait)
    g_task_run_in_thread_sync (task, save_draft_thread);
  else
    g_task_run_in_thread (task, save_draft_thread);
}

static gboolean
on_autosave_timeout (gpointer data)
{
  CharterWindow *self = data;

  self->autosave_id = 0;
  write_draft (self, FALSE);
  return G_SOURCE_REMOVE;
}

static void
discard_draft (CharterWindow *self)
{
  g_clear_handle_id (&self->autosave_id, g_source_remove);
  charter_drafts_discard (self->draft_path);
  g_clear_pointer (&self->draft_path, g_free);
}

/* --- the coach and the stepper */

static void
update_step_row (CharterWindow *self,
                 CharterStep    step)
{
  gboolean complete = self->pages[step] != NULL && charter_page_get_complete (self->pages[step]);

  gtk_widget_set_visible (self->step_icons[step], complete);
  gtk_widget_set_visible (self->step_numbers[step], !complete);
}

static void
run_coach (CharterWindow *self)
{
  g_autoptr(GListModel) findings = NULL;
  g_autofree char *score_text = NULL;
  guint score;

  g_clear_handle_id (&self->coach_id, g_source_remove);
  if (self->document == NULL)
    return;

  flush_pages (self);
  findings = charter_coach_check (self->document, NULL);
  for (guint i = 0; i < CHARTER_N_STEPS; i++)
    charter_page_set_findings (self->pages[i], findings);

  score = charter_coach_get_completeness (self->document, NULL);
  /* Translators: how complete the charter is, "Complete: 80 %" */
  score_text = g_strdup_printf (_("Complete: %u %%"), score);
  gtk_label_set_label (self->score_label, score_text);
  gtk_level_bar_set_value (self->score_bar, score);
}

static gboolean
on_coach_timeout (gpointer data)
{
  run_coach (data);
  return G_SOURCE_REMOVE;
}

static void
on_document_changed (CharterDocument *document,
                     CharterWindow   *self)
{
  set_modified (self, differs_from_saved (self));
  if (self->file == NULL)
    update_title (self);

  g_clear_handle_id (&self->autosave_id, g_source_remove);
  if (self->modified)
    self->autosave_id = g_timeout_add_seconds (g_settings_get_uint (self->settings, "autosave-delay"),
                                               on_autosave_timeout, self);
  else
    discard_draft (self);

  g_clear_handle_id (&self->coach_id, g_source_remove);
  self->coach_id = g_timeout_add (COACH_DELAY_MS, on_coach_timeout, self);
}

static void
on_history_notify (CharterHistory *history,
                   GParamSpec     *pspec,
                   CharterWindow  *self)
{
  update_actions (self);
}

static void
on_page_complete (CharterPage   *page,
                  GParamSpec    *pspec,
                  CharterWindow *self)
{
  update_step_row (self, charter_page_get_step (page));
}

/* --- navigation */

/* The Results view comes after the last step. */
CharterStep
charter_window_get_step (CharterWindow *self)
{
  GtkWidget *visible = gtk_stack_get_visible_child (self->pages_stack);

  if (visible != NULL && CHARTER_IS_PAGE (visible))
    return charter_page_get_step (CHARTER_PAGE (visible));
  return visible != NULL ? CHARTER_N_STEPS : CHARTER_STEP_ABOUT;
}

void
charter_window_show_results (CharterWindow *self)
{
  g_return_if_fail (CHARTER_IS_WINDOW (self));

  ensure_pages (self);
  if (self->history != NULL)
    charter_history_break_group (self->history);
  gtk_stack_set_visible_child (self->pages_stack, GTK_WIDGET (self->results_view));
  gtk_list_box_select_row (self->steps_list, gtk_list_box_get_row_at_index (self->steps_list, CHARTER_N_STEPS));
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
  update_actions (self);
}

CharterResultsView *
charter_window_get_results_view (CharterWindow *self)
{
  g_return_val_if_fail (CHARTER_IS_WINDOW (self), NULL);
  ensure_pages (self);
  return self->results_view;
}

void
charter_window_show_step (CharterWindow *self,
                          CharterStep    step)
{
  GtkListBoxRow *row;

  g_return_if_fail (CHARTER_IS_WINDOW (self));
  g_return_if_fail (step < CHARTER_N_STEPS);

  ensure_pages (self);
  if (step != CHARTER_STEP_ABOUT)
    flush_pages (self);
  if (self->history != NULL)
    charter_history_break_group (self->history);
  gtk_stack_set_visible_child (self->pages_stack, GTK_WIDGET (self->pages[step]));
  row = gtk_list_box_get_row_at_index (self->steps_list, step);
  gtk_list_box_select_row (self->steps_list, row);
  charter_preview_show_step (self->preview, step);
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
  update_actions (self);
}

/* Ready to type: the first control of the step's form, else whatever
 * comes first on the page. */
static void
focus_page (CharterWindow *self,
            CharterStep    step)
{
  if (!charter_page_focus_form (self->pages[step]))
    gtk_widget_child_focus (GTK_WIDGET (self->pages[step]), GTK_DIR_TAB_FORWARD);
}

static void
on_step_activated (GtkListBox    *list,
                   GtkListBoxRow *row,
                   CharterWindow *self)
{
  guint index = gtk_list_box_row_get_index (row);

  if (index >= CHARTER_N_STEPS)
    {
      charter_window_show_results (self);
      return;
    }
  charter_window_show_step (self, index);
  focus_page (self, index);
}

static void
add_step_row (CharterWindow *self,
              CharterStep    step)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *label = gtk_label_new (charter_step_get_title (step));
  g_autofree char *number = g_strdup_printf ("%u", step + 1);
  GtkWidget *row = gtk_list_box_row_new ();

  self->step_icons[step] = gtk_image_new_from_icon_name ("emblem-ok-symbolic");
  gtk_widget_add_css_class (self->step_icons[step], "success");
  gtk_widget_set_tooltip_text (self->step_icons[step], _("Complete"));
  self->step_numbers[step] = gtk_label_new (number);
  gtk_widget_add_css_class (self->step_numbers[step], "step-number");
  gtk_widget_set_size_request (self->step_numbers[step], 16, -1);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_box_append (GTK_BOX (box), self->step_icons[step]);
  gtk_box_append (GTK_BOX (box), self->step_numbers[step]);
  gtk_box_append (GTK_BOX (box), label);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  charter_step_get_title (step), -1);
  gtk_list_box_append (self->steps_list, row);
  update_step_row (self, step);
}

static void
separate_results (GtkListBoxRow *row,
                  GtkListBoxRow *before,
                  gpointer       data)
{
  if (gtk_list_box_row_get_index (row) == CHARTER_N_STEPS && gtk_list_box_row_get_header (row) == NULL)
    gtk_list_box_row_set_header (row, gtk_separator_new (GTK_ORIENTATION_HORIZONTAL));
}

static void
add_results_row (CharterWindow *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *icon = gtk_image_new_from_icon_name ("x-office-spreadsheet-symbolic");
  GtkWidget *label = gtk_label_new (_("Results"));
  GtkWidget *row = gtk_list_box_row_new ();

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_box_append (GTK_BOX (box), icon);
  gtk_box_append (GTK_BOX (box), label);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_widget_set_tooltip_text (row, _("What you delivered against each standard"));
  gtk_list_box_append (self->steps_list, row);
  gtk_list_box_set_header_func (self->steps_list, separate_results, NULL, NULL);
}

static void
create_page (CharterWindow *self,
             CharterStep    step)
{
  if (self->pages[step] != NULL)
    return;

  g_assert (page_table[step].step == step);
  self->pages[step] = page_table[step].create ();
  g_signal_connect (self->pages[step], "notify::complete", G_CALLBACK (on_page_complete), self);
  gtk_stack_add_named (self->pages_stack, GTK_WIDGET (self->pages[step]), charter_step_get_id (step));
  if (step == CHARTER_STEP_REVIEW)
    {
      g_signal_connect_swapped (self->pages[step], "setup-changed", G_CALLBACK (on_setup_changed), self);
      on_setup_changed (self);
    }
}

/* The wizard is built when the first charter arrives, and then only its
 * first page: the others follow with the first frame (flush_pages), so
 * a window opens sooner and smaller. */
static void
ensure_pages (CharterWindow *self)
{
  if (self->results_view != NULL)
    return;

  for (guint i = 0; i < CHARTER_N_STEPS; i++)
    add_step_row (self, i);
  create_page (self, CHARTER_STEP_ABOUT);

  /* Results are not a step of writing the charter: a row of their own
   * below the steps, set apart by a separator. */
  self->results_view = g_object_new (CHARTER_TYPE_RESULTS_VIEW, NULL);
  gtk_stack_add_named (self->pages_stack, GTK_WIDGET (self->results_view), "results");
  add_results_row (self);
}

/* Builds every page, and gives them and the preview the document if they
 * wait for it. */
static void
flush_pages (CharterWindow *self)
{
  for (guint i = 0; i < CHARTER_N_STEPS; i++)
    create_page (self, i);
  if (!self->pages_pending)
    return;
  self->pages_pending = FALSE;
  for (guint i = 0; i < CHARTER_N_STEPS; i++)
    {
      charter_page_set_document (self->pages[i], self->document);
      update_step_row (self, i);
    }
  charter_preview_set_document (self->preview, self->document);
  charter_preview_show_step (self->preview, charter_window_get_step (self));
}

static gboolean
on_first_frame (GtkWidget     *widget,
                GdkFrameClock *clock,
                gpointer       data)
{
  CharterWindow *self = CHARTER_WINDOW (widget);

  self->first_frame_id = 0;
  flush_pages (self);
  return G_SOURCE_REMOVE;
}

/* --- loading and saving */

void
charter_window_set_document (CharterWindow   *self,
                             CharterDocument *document,
                             GFile           *file,
                             const char      *draft_path)
{
  g_return_if_fail (CHARTER_IS_WINDOW (self));
  g_return_if_fail (CHARTER_IS_DOCUMENT (document));

  ensure_pages (self);
  if (self->document != NULL)
    g_signal_handlers_disconnect_by_data (self->document, self);
  if (self->history != NULL)
    g_signal_handlers_disconnect_by_data (self->history, self);
  discard_draft (self);

  g_set_object (&self->document, document);
  g_set_object (&self->file, file);
  g_clear_object (&self->saved);
  g_clear_object (&self->history);
  self->draft_path = g_strdup (draft_path);

  /* What is on disk: a new charter starts saved as its template; a
   * recovered draft is compared with its file, or is unsaved if it has
   * none (saved stays NULL). */
  if (draft_path == NULL)
    self->saved = charter_document_copy (document);
  else if (file != NULL)
    self->saved = charter_format_load_file (g_file_peek_path (file), NULL);
  self->modified = differs_from_saved (self);

  self->history = charter_history_new (document);
  g_signal_connect (self->history, "notify", G_CALLBACK (on_history_notify), self);
  g_signal_connect (document, "changed", G_CALLBACK (on_document_changed), self);

  /* The first page now, the rest and the preview once the window is on
   * screen: opening a charter shows it sooner. */
  charter_page_set_document (self->pages[CHARTER_STEP_ABOUT], document);
  self->pages_pending = TRUE;
  charter_preview_set_document (self->preview, NULL);
  charter_results_view_set_document (self->results_view, document);
  if (self->first_frame_id == 0)
    self->first_frame_id = gtk_widget_add_tick_callback (GTK_WIDGET (self), on_first_frame, NULL, NULL);

  gtk_stack_set_visible_child_name (self->stack, "wizard");
  charter_window_show_step (self, CHARTER_STEP_ABOUT);
  /* The coach reads the whole charter: let the window appear first. */
  g_clear_handle_id (&self->coach_id, g_source_remove);
  self->coach_id = g_idle_add (on_coach_timeout, self);
  update_title (self);
  update_actions (self);
}

CharterDocument *
charter_window_get_document (CharterWindow *self)
{
  g_return_val_if_fail (CHARTER_IS_WINDOW (self), NULL);
  return self->document;
}

GFile *
charter_window_get_file (CharterWindow *self)
{
  g_return_val_if_fail (CHARTER_IS_WINDOW (self), NULL);
  return self->file;
}

gboolean
charter_window_get_modified (CharterWindow *self)
{
  g_return_val_if_fail (CHARTER_IS_WINDOW (self), FALSE);
  return self->modified;
}

const char *
charter_window_get_draft_path (CharterWindow *self)
{
  g_return_val_if_fail (CHARTER_IS_WINDOW (self), NULL);
  return self->draft_path;
}

gboolean
charter_window_is_empty (CharterWindow *self)
{
  g_return_val_if_fail (CHARTER_IS_WINDOW (self), FALSE);
  return self->document == NULL;
}

void
charter_window_show_toast (CharterWindow *self,
                           const char    *message)
{
  AdwToast *toast = adw_toast_new (message);

  adw_toast_set_timeout (toast, 4);
  charter_window_add_toast (self, toast);
}

void
charter_window_add_toast (CharterWindow *self,
                          AdwToast      *toast)
{
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/* Messages are written to follow "charter: FILE: error: " on the command
 * line; a dialog's body is a sentence. */
static char *
as_sentence (const char *message)
{
  gunichar first = g_utf8_get_char (message);
  char upper[6];

  if (first == 0)
    return g_strdup (message);
  upper[g_unichar_to_utf8 (g_unichar_toupper (first), upper)] = '\0';
  return g_strconcat (upper, g_utf8_next_char (message), NULL);
}

void
charter_window_show_error (CharterWindow *self,
                           const char    *heading,
                           const GError  *error)
{
  g_autofree char *body = error ? as_sentence (error->message) : NULL;
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, body);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
add_recent (GFile *file)
{
  g_autofree char *uri = g_file_get_uri (file);
  GtkRecentData data = {
    .display_name = NULL,
    .description = NULL,
    .mime_type = (char *)CHARTER_MIME_TYPE,
    .app_name = (char *)g_get_application_name (),
    .app_exec = (char *)"charter %u",
    .groups = NULL,
    .is_private = FALSE,
  };

  gtk_recent_manager_add_full (gtk_recent_manager_get_default (), uri, &data);
}

static void
load_thread (GTask        *task,
             gpointer      source,
             gpointer      data,
             GCancellable *cancellable)
{
  GFile *file = data;
  g_autofree char *path = g_file_get_path (file);
  GError *error = NULL;
  CharterDocument *document;

  if (path == NULL)
    {
      g_task_return_new_error (task, CHARTER_ERROR, CHARTER_ERROR_IO,
                               _("Charter can only open local files"));
      return;
    }
  document = charter_format_load_file (path, &error);
  if (document != NULL)
    g_task_return_pointer (task, document, g_object_unref);
  else
    g_task_return_error (task, error);
}

static void
on_loaded (GObject      *object,
           GAsyncResult *result,
           gpointer      data)
{
  g_autoptr(CharterWindow) self = data;
  GFile *file = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  g_autoptr(CharterDocument) document = g_task_propagate_pointer (G_TASK (result), &error);

  if (document == NULL)
    {
      g_autofree char *name = g_file_get_basename (file);
      g_autofree char *heading = g_strdup_printf (_("Could not open “%s”"), name);

      gtk_window_present (GTK_WINDOW (self));
      charter_window_show_error (self, heading, error);
      return;
    }

  charter_window_set_document (self, document, file, NULL);
  add_recent (file);
  gtk_window_present (GTK_WINDOW (self));
}

void
charter_window_open_file (CharterWindow *self,
                          GFile         *file)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (CHARTER_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  task = g_task_new (NULL, NULL, on_loaded, g_object_ref (self));
  g_task_set_task_data (task, g_object_ref (file), g_object_unref);
  g_task_run_in_thread (task, load_thread);
}

typedef struct {
  CharterDocument *document;
  GFile           *file;
} SaveJob;

static void
save_job_free (SaveJob *job)
{
  g_clear_object (&job->document);
  g_clear_object (&job->file);
  g_free (job);
}

static void
save_thread (GTask        *task,
             gpointer      source,
             gpointer      data,
             GCancellable *cancellable)
{
  SaveJob *job = data;
  g_autofree char *path = g_file_get_path (job->file);
  GError *error = NULL;

  if (path == NULL)
    g_task_return_new_error (task, CHARTER_ERROR, CHARTER_ERROR_IO,
                             _("Charter can only save local files"));
  else if (charter_format_save_file (job->document, path, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
saved (CharterWindow   *self,
       CharterDocument *document,
       GFile           *file)
{
  g_set_object (&self->file, file);
  g_set_object (&self->saved, document);
  set_modified (self, differs_from_saved (self));
  if (!self->modified)
    discard_draft (self);
  add_recent (file);
  update_title (self);
}

static void
on_saved (GObject      *object,
          GAsyncResult *result,
          gpointer      data)
{
  g_autoptr(CharterWindow) self = data;
  SaveJob *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;

  self->saving = FALSE;
  update_actions (self);

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      g_autofree char *name = g_file_get_basename (job->file);
      g_autofree char *heading = g_strdup_printf (_("Could not save “%s”"), name);

      self->closing = FALSE;
      charter_window_show_error (self, heading, error);
      return;
    }

  saved (self, job->document, job->file);
  if (self->closing)
    gtk_window_destroy (GTK_WINDOW (self));
}

static GTask *
save_task (CharterWindow *self,
           GFile         *file,
           gboolean       async)
{
  GTask *task = g_task_new (NULL, NULL, async ? on_saved : NULL, async ? g_object_ref (self) : NULL);
  SaveJob *job = g_new0 (SaveJob, 1);

  charter_history_break_group (self->history);
  job->document = charter_document_copy (self->document);
  job->file = g_object_ref (file);
  g_task_set_task_data (task, job, (GDestroyNotify)save_job_free);
  return task;
}

static void
save_async (CharterWindow *self,
            GFile         *file)
{
  g_autoptr(GTask) task = save_task (self, file, TRUE);

  self->saving = TRUE;
  update_actions (self);
  g_task_run_in_thread (task, save_thread);
}

gboolean
charter_window_save_sync (CharterWindow *self,
                          GFile         *file,
                          GError       **error)
{
  g_autoptr(GTask) task = NULL;
  SaveJob *job;

  g_return_val_if_fail (CHARTER_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (self->document != NULL, FALSE);

  if (file == NULL)
    file = self->file;
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  task = save_task (self, file, FALSE);
  job = g_task_get_task_data (task);
  g_task_run_in_thread_sync (task, save_thread);
  if (!g_task_propagate_boolean (task, error))
    return FALSE;
  saved (self, job->document, job->file);
  return TRUE;
}

static GtkFileFilter *
charter_filter (void)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Charters"));
  gtk_file_filter_add_mime_type (filter, CHARTER_MIME_TYPE);
  gtk_file_filter_add_suffix (filter, "charter");
  return filter;
}

static void
on_save_as_response (GtkNativeDialog *dialog,
                     int              response,
                     CharterWindow   *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      save_async (self, file);
    }
  else
    self->closing = FALSE;
  gtk_native_dialog_destroy (dialog);
  g_object_unref (dialog);
  g_object_unref (self);
}

static void
save_as (CharterWindow *self)
{
  GtkFileChooserNative *chooser;
  g_autofree char *name = NULL;
  g_autoptr(GtkFileFilter) filter = charter_filter ();

  chooser = gtk_file_chooser_native_new (_("Save Charter"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  if (self->file != NULL)
    gtk_file_chooser_set_file (GTK_FILE_CHOOSER (chooser), self->file, NULL);
  else
    {
      name = charter_exporter_file_name (self->document, CHARTER_EXPORT_CHARTER);
      gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
    }
  g_signal_connect (chooser, "response", G_CALLBACK (on_save_as_response), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
save (CharterWindow *self)
{
  if (self->file != NULL)
    save_async (self, self->file);
  else
    save_as (self);
}

/* --- actions */

static void
action_save (GtkWidget  *widget,
             const char *action,
             GVariant   *param)
{
  save (CHARTER_WINDOW (widget));
}

static void
action_save_as (GtkWidget  *widget,
                const char *action,
                GVariant   *param)
{
  save_as (CHARTER_WINDOW (widget));
}

static void
on_open_response (GtkNativeDialog *dialog,
                  int              response,
                  CharterWindow   *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));

      g_application_open (G_APPLICATION (app), &file, 1, "");
    }
  gtk_native_dialog_destroy (dialog);
  g_object_unref (dialog);
  g_object_unref (self);
}

static void
action_open (GtkWidget  *widget,
             const char *action,
             GVariant   *param)
{
  CharterWindow *self = CHARTER_WINDOW (widget);
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = charter_filter ();

  chooser = gtk_file_chooser_native_new (_("Open Charter"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  g_signal_connect (chooser, "response", G_CALLBACK (on_open_response), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
action_open_recent (GtkWidget  *widget,
                    const char *action,
                    GVariant   *param)
{
  CharterWindow *self = CHARTER_WINDOW (widget);
  g_autoptr(GFile) file = g_file_new_for_uri (g_variant_get_string (param, NULL));
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));

  g_application_open (G_APPLICATION (app), &file, 1, "");
}

static void
action_new_from_template (GtkWidget  *widget,
                          const char *action,
                          GVariant   *param)
{
  CharterWindow *self = CHARTER_WINDOW (widget);
  const char *id, *language;
  g_autoptr(GError) error = NULL;
  g_autoptr(CharterDocument) document = NULL;

  g_variant_get (param, "(&s&s)", &id, &language);
  document = charter_template_create (id, *language ? language : NULL, &error);
  if (document == NULL)
    {
      charter_window_show_error (self, _("Could not create the charter"), error);
      return;
    }

  if (charter_window_is_empty (self))
    charter_window_set_document (self, document, NULL, NULL);
  else
    {
      CharterWindow *window = charter_window_new (gtk_window_get_application (GTK_WINDOW (self)));

      charter_window_set_document (window, document, NULL, NULL);
      gtk_window_present (GTK_WINDOW (window));
    }
}

static void
action_recover_draft (GtkWidget  *widget,
                      const char *action,
                      GVariant   *param)
{
  CharterWindow *self = CHARTER_WINDOW (widget);
  const char *path = g_variant_get_string (param, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(CharterDocument) document = charter_format_load_file (path, &error);
  g_autofree char *origin_path = NULL;
  g_autoptr(GFile) origin = NULL;

  if (document == NULL)
    {
      charter_window_show_error (self, _("Could not recover the draft"), error);
      return;
    }

  origin_path = charter_drafts_get_origin (path);
  if (origin_path != NULL)
    origin = g_file_new_for_path (origin_path);

  charter_window_set_document (self, document, origin, path);
  charter_window_show_toast (self, _("Draft recovered. Save to keep it."));
}

static void
action_discard_draft (GtkWidget  *widget,
                      const char *action,
                      GVariant   *param)
{
  CharterWindow *self = CHARTER_WINDOW (widget);

  charter_drafts_discard (g_variant_get_string (param, NULL));
  charter_welcome_refresh (self->welcome);
}

static void
action_undo (GtkWidget  *widget,
             const char *action,
             GVariant   *param)
{
  CharterWindow *self = CHARTER_WINDOW (widget);

  if (self->history != NULL)
    charter_history_undo (self->history);
}

static void
action_redo (GtkWidget  *widget,
             const char *action,
             GVariant   *param)
{
  CharterWindow *self = CHARTER_WINDOW (widget);

  if (self->history != NULL)
    charter_history_redo (self->history);
}

static void
action_previous_step (GtkWidget  *widget,
                      const char *action,
                      GVariant   *param)
{
  CharterWindow *self = CHARTER_WINDOW (widget);
  CharterStep step = charter_window_get_step (self);

  if (step > 0)
    charter_window_show_step (self, MIN (step - 1, CHARTER_N_STEPS - 1));
}

static void
action_next_step (GtkWidget  *widget,
                  const char *action,
                  GVariant   *param)
{
  CharterWindow *self = CHARTER_WINDOW (widget);
  CharterStep step = charter_window_get_step (self);

  if (step + 1 < CHARTER_N_STEPS)
    charter_window_show_step (self, step + 1);
}

static void
action_show_steps (GtkWidget  *widget,
                   const char *action,
                   GVariant   *param)
{
  CharterWindow *self = CHARTER_WINDOW (widget);

  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

static void
action_go_to (GtkWidget  *widget,
              const char *action,
              GVariant   *param)
{
  CharterWindow *self = CHARTER_WINDOW (widget);
  int step, field;

  g_variant_get (param, "(ii)", &step, &field);
  if (step < 0 || step >= CHARTER_N_STEPS)
    return;
  charter_window_show_step (self, step);
  if (field < 0 || !charter_page_focus_field (self->pages[step], field))
    focus_page (self, step);
}

static void
action_show_results (GtkWidget  *widget,
                     const char *action,
                     GVariant   *param)
{
  charter_window_show_results (CHARTER_WINDOW (widget));
}

static void
action_toggle_preview (GtkWidget  *widget,
                       const char *action,
                       GVariant   *param)
{
  CharterWindow *self = CHARTER_WINDOW (widget);

  adw_flap_set_reveal_flap (self->flap, !adw_flap_get_reveal_flap (self->flap));
}

static void
action_export (GtkWidget  *widget,
               const char *action,
               GVariant   *param)
{
  CharterWindow *self = CHARTER_WINDOW (widget);

  charter_window_show_step (self, CHARTER_STEP_REVIEW);
  charter_page_review_export (CHARTER_PAGE_REVIEW (self->pages[CHARTER_STEP_REVIEW]));
}

static void
action_print (GtkWidget  *widget,
              const char *action,
              GVariant   *param)
{
  CharterWindow *self = CHARTER_WINDOW (widget);

  flush_pages (self);
  charter_page_review_print (CHARTER_PAGE_REVIEW (self->pages[CHARTER_STEP_REVIEW]));
}

/* --- closing */

/* Destroying the window inside its dialog's response would pull the
 * dialog's transient parent from under it: close once it has finished. */
static gboolean
destroy_later (gpointer data)
{
  gtk_window_destroy (GTK_WINDOW (data));
  g_object_unref (data);
  return G_SOURCE_REMOVE;
}

static void
on_close_response (AdwMessageDialog *dialog,
                   const char       *response,
                   CharterWindow    *self)
{
  if (g_str_equal (response, "save"))
    {
      self->closing = TRUE;
      save (self);
    }
  else if (g_str_equal (response, "discard"))
    {
      discard_draft (self);
      self->modified = FALSE;
      gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
      g_idle_add (destroy_later, g_object_ref (self));
    }
}

static gboolean
charter_window_close_request (GtkWindow *window)
{
  CharterWindow *self = CHARTER_WINDOW (window);
  g_autofree char *name = NULL;
  g_autofree char *heading = NULL;
  GtkWidget *dialog;

  g_settings_set_int (self->settings, "window-width", gtk_widget_get_width (GTK_WIDGET (self)));
  g_settings_set_int (self->settings, "window-height", gtk_widget_get_height (GTK_WIDGET (self)));
  g_settings_set_boolean (self->settings, "window-maximized", gtk_window_is_maximized (window));

  if (!self->modified || self->document == NULL)
    {
      discard_draft (self);
      return GTK_WINDOW_CLASS (charter_window_parent_class)->close_request (window);
    }

  name = display_name (self);
  heading = g_strdup_printf (_("Save Changes to “%s”?"), name);
  dialog = adw_message_dialog_new (window, heading,
                                   _("If you close without saving, your changes are lost."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "discard", _("_Discard"),
                                    "save", _("_Save"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "discard", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "save", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "save");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect (dialog, "response", G_CALLBACK (on_close_response), self);
  gtk_window_present (GTK_WINDOW (dialog));

  return TRUE;
}

static void
on_flap_folded (AdwFlap       *flap,
                GParamSpec    *pspec,
                CharterWindow *self)
{
  /* A folded preview would cover the form: show it only when asked. */
  if (adw_flap_get_folded (flap))
    adw_flap_set_reveal_flap (flap, FALSE);
  else
    adw_flap_set_reveal_flap (flap, g_settings_get_boolean (self->settings, "show-preview"));
}

static void
on_preview_revealed (AdwFlap       *flap,
                     GParamSpec    *pspec,
                     CharterWindow *self)
{
  if (!adw_flap_get_folded (flap))
    g_settings_set_boolean (self->settings, "show-preview", adw_flap_get_reveal_flap (flap));
}

static void
on_setup_changed (CharterWindow *self)
{
  CharterPageSetup setup;

  charter_page_review_get_setup (CHARTER_PAGE_REVIEW (self->pages[CHARTER_STEP_REVIEW]), &setup);
  charter_preview_set_setup (self->preview, &setup);
}

static void
charter_window_dispose (GObject *object)
{
  CharterWindow *self = CHARTER_WINDOW (object);

  if (self->first_frame_id != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->first_frame_id);
  self->first_frame_id = 0;

  g_clear_handle_id (&self->autosave_id, g_source_remove);
  g_clear_handle_id (&self->coach_id, g_source_remove);
  if (self->document != NULL)
    g_signal_handlers_disconnect_by_data (self->document, self);
  if (self->history != NULL)
    g_signal_handlers_disconnect_by_data (self->history, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), CHARTER_TYPE_WINDOW);
  g_clear_object (&self->history);
  g_clear_object (&self->document);
  g_clear_object (&self->saved);
  g_clear_object (&self->file);
  g_clear_object (&self->settings);
  g_clear_pointer (&self->draft_path, g_free);

  G_OBJECT_CLASS (charter_window_parent_class)->dispose (object);
}

static void
charter_window_class_init (CharterWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = charter_window_dispose;
  window_class->close_request = charter_window_close_request;

  g_type_ensure (CHARTER_TYPE_WELCOME);
  g_type_ensure (CHARTER_TYPE_PREVIEW);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/servicecharter/Charter/ui/charter-window.ui");
  gtk_widget_class_bind_template_child (widget_class, CharterWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, CharterWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, CharterWindow, welcome);
  gtk_widget_class_bind_template_child (widget_class, CharterWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, CharterWindow, steps_list);
  gtk_widget_class_bind_template_child (widget_class, CharterWindow, score_label);
  gtk_widget_class_bind_template_child (widget_class, CharterWindow, score_bar);
  gtk_widget_class_bind_template_child (widget_class, CharterWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, CharterWindow, pages_stack);
  gtk_widget_class_bind_template_child (widget_class, CharterWindow, flap);
  gtk_widget_class_bind_template_child (widget_class, CharterWindow, preview);
  gtk_widget_class_bind_template_callback (widget_class, on_step_activated);

  gtk_widget_class_install_action (widget_class, "win.open", NULL, action_open);
  gtk_widget_class_install_action (widget_class, "win.open-recent", "s", action_open_recent);
  gtk_widget_class_install_action (widget_class, "win.new-from-template", "(ss)", action_new_from_template);
  gtk_widget_class_install_action (widget_class, "win.recover-draft", "s", action_recover_draft);
  gtk_widget_class_install_action (widget_class, "win.discard-draft", "s", action_discard_draft);
  gtk_widget_class_install_action (widget_class, "win.save", NULL, action_save);
  gtk_widget_class_install_action (widget_class, "win.save-as", NULL, action_save_as);
  gtk_widget_class_install_action (widget_class, "win.export", NULL, action_export);
  gtk_widget_class_install_action (widget_class, "win.print", NULL, action_print);
  gtk_widget_class_install_action (widget_class, "win.undo", NULL, action_undo);
  gtk_widget_class_install_action (widget_class, "win.redo", NULL, action_redo);
  gtk_widget_class_install_action (widget_class, "win.previous-step", NULL, action_previous_step);
  gtk_widget_class_install_action (widget_class, "win.next-step", NULL, action_next_step);
  gtk_widget_class_install_action (widget_class, "win.show-steps", NULL, action_show_steps);
  gtk_widget_class_install_action (widget_class, "win.toggle-preview", NULL, action_toggle_preview);
  gtk_widget_class_install_action (widget_class, "win.show-results", NULL, action_show_results);
  gtk_widget_class_install_action (widget_class, "win.go-to", "(ii)", action_go_to);
}

static void
charter_window_init (CharterWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = charter_settings_new ();
  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
#if DEVELOPMENT
  gtk_widget_add_css_class (GTK_WIDGET (self), "devel");
#endif

  g_signal_connect (self->flap, "notify::folded", G_CALLBACK (on_flap_folded), self);
  g_signal_connect (self->flap, "notify::reveal-flap", G_CALLBACK (on_preview_revealed), self);
  adw_flap_set_reveal_flap (self->flap, g_settings_get_boolean (self->settings, "show-preview"));

  update_title (self);
  update_actions (self);
}

CharterWindow *
charter_window_new (GtkApplication *application)
{
  return g_object_new (CHARTER_TYPE_WINDOW, "application", application, NULL);
}

void
charter_window_autosave_now (CharterWindow *self)
{
  g_return_if_fail (CHARTER_IS_WINDOW (self));
  write_draft (self, TRUE);
}

CharterWindow *
charter_window_for_widget (GtkWidget *widget)
{
  GtkRoot *root = gtk_widget_get_root (widget);

  return CHARTER_IS_WINDOW (root) ? CHARTER_WINDOW (root) : NULL;
}

CharterPage *
charter_window_get_page (CharterWindow *self,
                         CharterStep    step)
{
  g_return_val_if_fail (CHARTER_IS_WINDOW (self), NULL);
  g_return_val_if_fail (step < CHARTER_N_STEPS, NULL);
  ensure_pages (self);
  flush_pages (self);
  return self->pages[step];
}
