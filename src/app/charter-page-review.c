/* charter-page-review.c — sign-off, publication, export and print
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "charter-export.h"
#include "charter-list-editor.h"
#include "charter-page-review.h"
#include "charter-print.h"
#include "charter-settings.h"
#include "charter-window.h"

struct _CharterPageReview
{
  CharterPage parent_instance;

  GSettings *settings;
  GPtrArray *layouts;   /* layout names offered, as in layout_row */

  GtkWidget *version_row;
  GtkWidget *effective_row;
  GtkWidget *review_row;
  GtkWidget *approver_row;
  GtkWidget *approver_role_row;
  GtkWidget *approval_date_row;
  CharterListEditor *changes_editor;
  CharterListEditor *published_editor;
  CharterListEditor *formats_editor;
  AdwComboRow *format_row;
  AdwComboRow *layout_row;
  AdwComboRow *paper_row;
  GtkSwitch   *large_print_switch;
};

G_DEFINE_FINAL_TYPE (CharterPageReview, charter_page_review, CHARTER_TYPE_PAGE)

enum {
  SETUP_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* In the order of format_row's items. */
static const CharterExportFormat formats[] = {
  CHARTER_EXPORT_PDF, CHARTER_EXPORT_PNG, CHARTER_EXPORT_SVG, CHARTER_EXPORT_HTML, CHARTER_EXPORT_TEXT,
};

/* In the order of paper_row's items; NULL is the preference's paper. */
static const char *papers[] = { NULL, "a4", "letter", "a5", "a3" };

static const struct {
  const char *name;
  const char *label;
} layout_names[] = {
  { "document", N_("The whole charter") },
  { "poster", N_("Poster") },
  { "card", N_("Pocket cards") },
  { "induction", N_("Induction pack with staff sign-off") },
  { "report", N_("Achievement report") },
};

static void
fill_layouts (CharterPageReview *self)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);

  /* Offer only the layouts this build's renderer can make. */
  for (guint i = 0; i < G_N_ELEMENTS (layout_names); i++)
    {
      CharterExportOptions options = { .layout = layout_names[i].name };

      if (!charter_export_check_options (&options, NULL))
        continue;
      g_ptr_array_add (self->layouts, (gpointer)layout_names[i].name);
      gtk_string_list_append (labels, _(layout_names[i].label));
    }
  adw_combo_row_set_model (self->layout_row, G_LIST_MODEL (labels));
}

static const char *
chosen_layout (CharterPageReview *self)
{
  guint i = adw_combo_row_get_selected (self->layout_row);

  return i < self->layouts->len ? g_ptr_array_index (self->layouts, i) : "document";
}

static const char *
chosen_paper (CharterPageReview *self)
{
  guint i = adw_combo_row_get_selected (self->paper_row);

  if (i == 0 || i >= G_N_ELEMENTS (papers))
    return charter_settings_get_paper (self->settings)->id;
  return papers[i];
}

void
charter_page_review_get_setup (CharterPageReview *self,
                               CharterPageSetup  *setup)
{
  int kind;

  g_return_if_fail (CHARTER_IS_PAGE_REVIEW (self));

  kind = charter_layout_kind_from_name (chosen_layout (self));
  setup->paper = charter_paper_lookup (chosen_paper (self));
  setup->kind = kind >= 0 && kind < CHARTER_N_LAYOUTS ? kind : CHARTER_LAYOUT_DOCUMENT;
  setup->large_print = gtk_switch_get_active (self->large_print_switch);
}

static void
on_setup_changed (CharterPageReview *self)
{
  g_signal_emit (self, signals[SETUP_CHANGED], 0);
}

static CharterWindow *
window (CharterPageReview *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return CHARTER_IS_WINDOW (root) ? CHARTER_WINDOW (root) : NULL;
}

typedef struct {
  CharterDocument     *document;
  CharterExportFormat  format;
  char                *paper;
  char                *layout;
  gboolean             large_print;
  GFile               *file;
} ExportJob;

static void
export_job_free (ExportJob *job)
{
  g_clear_object (&job->document);
  g_clear_object (&job->file);
  g_free (job->paper);
  g_free (job->layout);
  g_free (job);
}

static void
export_thread (GTask        *task,
               gpointer      source,
               gpointer      data,
               GCancellable *cancellable)
{
  ExportJob *job = data;
  g_autofree char *path = g_file_get_path (job->file);
  CharterExportOptions options = {
    .paper = job->paper,
    .layout = job->layout,
    .large_print = job->large_print,
  };
  GError *error = NULL;

  if (path == NULL)
    g_task_return_new_error (task, CHARTER_ERROR, CHARTER_ERROR_IO, _("Charter can only save local files"));
  else if (charter_export_to_file (job->document, job->format, &options, path, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
on_open_export (AdwToast *toast,
                GFile    *file)
{
  g_autofree char *uri = g_file_get_uri (file);

  g_app_info_launch_default_for_uri_async (uri, NULL, NULL, NULL, NULL);
}

static void
on_exported (GObject      *object,
             GAsyncResult *result,
             gpointer      data)
{
  g_autoptr(CharterPageReview) self = data;
  ExportJob *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_file_get_basename (job->file);
  CharterWindow *win = window (self);

  gtk_widget_set_sensitive (GTK_WIDGET (self), TRUE);
  if (win == NULL)
    return;

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      g_autofree char *heading = g_strdup_printf (_("Could not export “%s”"), name);
      charter_window_show_error (win, heading, error);
    }
  else
    {
      g_autofree char *message = g_strdup_printf (_("Exported “%s”"), name);
      AdwToast *toast = adw_toast_new (message);

      adw_toast_set_button_label (toast, _("_Open"));
      g_signal_connect_data (toast, "button-clicked", G_CALLBACK (on_open_export),
                             g_object_ref (job->file), (GClosureNotify)(void (*)(void))g_object_unref, 0);
      charter_window_add_toast (win, toast);
    }
}

void
charter_page_review_export_to (CharterPageReview *self,
                               GFile             *file)
{
  g_autoptr(GTask) task = NULL;
  CharterDocument *document = charter_page_get_document (CHARTER_PAGE (self));
  ExportJob *job;
  guint format = adw_combo_row_get_selected (self->format_row);

  g_return_if_fail (CHARTER_IS_PAGE_REVIEW (self));
  g_return_if_fail (document != NULL);

  job = g_new0 (ExportJob, 1);
  job->document = charter_document_copy (document);
  job->format = formats[MIN (format, G_N_ELEMENTS (formats) - 1)];
  job->paper = g_strdup (chosen_paper (self));
  job->layout = g_strdup (chosen_layout (self));
  job->large_print = gtk_switch_get_active (self->large_print_switch);
  job->file = g_object_ref (file);

  task = g_task_new (NULL, NULL, on_exported, g_object_ref (self));
  g_task_set_task_data (task, job, (GDestroyNotify)export_job_free);
  gtk_widget_set_sensitive (GTK_WIDGET (self), FALSE);
  g_task_run_in_thread (task, export_thread);
}

static void
on_export_response (GtkNativeDialog   *dialog,
                    int                response,
                    CharterPageReview *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      charter_page_review_export_to (self, file);
    }
  gtk_native_dialog_destroy (dialog);
  g_object_unref (dialog);
  g_object_unref (self);
}

void
charter_page_review_export (CharterPageReview *self)
{
  CharterDocument *document = charter_page_get_document (CHARTER_PAGE (self));
  guint format = adw_combo_row_get_selected (self->format_row);
  CharterExportFormat export_format = formats[MIN (format, G_N_ELEMENTS (formats) - 1)];
  const char *org;
  g_autofree char *name = NULL;
  GtkFileChooserNative *chooser;
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  g_return_if_fail (CHARTER_IS_PAGE_REVIEW (self));
  if (document == NULL)
    return;

  org = charter_document_get (document, CHARTER_FIELD_NAME);
  name = g_strdup_printf ("%s.%s", *org ? org : _("charter"), charter_export_format_extension (export_format));
  g_strdelimit (name, "/\\", '-');

  chooser = gtk_file_chooser_native_new (_("Export Charter"), GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  g_signal_connect (chooser, "response", G_CALLBACK (on_export_response), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

void
charter_page_review_print (CharterPageReview *self)
{
  CharterDocument *document = charter_page_get_document (CHARTER_PAGE (self));
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  CharterPageSetup setup;

  g_return_if_fail (CHARTER_IS_PAGE_REVIEW (self));
  if (document == NULL)
    return;

  charter_page_review_get_setup (self, &setup);
  charter_print_document (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, document, &setup);
}

static void
charter_page_review_document_set (CharterPage     *page,
                                  CharterDocument *document)
{
  CharterPageReview *self = CHARTER_PAGE_REVIEW (page);

  charter_list_editor_set_document (self->changes_editor, document);
  charter_list_editor_set_document (self->published_editor, document);
  charter_list_editor_set_document (self->formats_editor, document);
}

static void
charter_page_review_dispose (GObject *object)
{
  CharterPageReview *self = CHARTER_PAGE_REVIEW (object);

  g_clear_object (&self->settings);
  g_clear_pointer (&self->layouts, g_ptr_array_unref);

  G_OBJECT_CLASS (charter_page_review_parent_class)->dispose (object);
}

static void
charter_page_review_class_init (CharterPageReviewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  CharterPageClass *page_class = CHARTER_PAGE_CLASS (klass);

  object_class->dispose = charter_page_review_dispose;
  page_class->step = CHARTER_STEP_REVIEW;
  page_class->document_set = charter_page_review_document_set;

  signals[SETUP_CHANGED] =
    g_signal_new ("setup-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  g_type_ensure (CHARTER_TYPE_LIST_EDITOR);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/servicecharter/Charter/ui/charter-page-review.ui");
  gtk_widget_class_bind_template_child (widget_class, CharterPageReview, version_row);
  gtk_widget_class_bind_template_child (widget_class, CharterPageReview, effective_row);
  gtk_widget_class_bind_template_child (widget_class, CharterPageReview, review_row);
  gtk_widget_class_bind_template_child (widget_class, CharterPageReview, approver_row);
  gtk_widget_class_bind_template_child (widget_class, CharterPageReview, approver_role_row);
  gtk_widget_class_bind_template_child (widget_class, CharterPageReview, approval_date_row);
  gtk_widget_class_bind_template_child (widget_class, CharterPageReview, changes_editor);
  gtk_widget_class_bind_template_child (widget_class, CharterPageReview, published_editor);
  gtk_widget_class_bind_template_child (widget_class, CharterPageReview, formats_editor);
  gtk_widget_class_bind_template_child (widget_class, CharterPageReview, format_row);
  gtk_widget_class_bind_template_child (widget_class, CharterPageReview, layout_row);
  gtk_widget_class_bind_template_child (widget_class, CharterPageReview, paper_row);
  gtk_widget_class_bind_template_child (widget_class, CharterPageReview, large_print_switch);
  gtk_widget_class_bind_template_callback (widget_class, on_setup_changed);
  gtk_widget_class_bind_template_callback (widget_class, charter_page_review_export);
}

static void
charter_page_review_init (CharterPageReview *self)
{
  CharterPage *page = CHARTER_PAGE (self);

  self->layouts = g_ptr_array_new ();
  self->settings = charter_settings_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  fill_layouts (self);
  gtk_switch_set_active (self->large_print_switch, g_settings_get_boolean (self->settings, "large-print"));

  charter_page_bind_field (page, self->version_row, CHARTER_FIELD_VERSION);
  charter_page_bind_field (page, self->effective_row, CHARTER_FIELD_EFFECTIVE_DATE);
  charter_page_bind_field (page, self->review_row, CHARTER_FIELD_REVIEW_DATE);
  charter_page_bind_field (page, self->approver_row, CHARTER_FIELD_APPROVER_NAME);
  charter_page_bind_field (page, self->approver_role_row, CHARTER_FIELD_APPROVER_ROLE);
  charter_page_bind_field (page, self->approval_date_row, CHARTER_FIELD_APPROVAL_DATE);
}

CharterPage *
charter_page_review_new (void)
{
  return g_object_new (CHARTER_TYPE_PAGE_REVIEW, NULL);
}
