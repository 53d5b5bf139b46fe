/* charter-exporter.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "charter-exporter.h"

typedef struct {
  CharterDocument     *document;
  CharterExportFormat  format;
  char                *paper;
  char                *layout;
  char                *period;
  gboolean             large_print;
  int                  page;
  GFile               *file;
} ExportJob;

static void
export_job_free (ExportJob *job)
{
  g_clear_object (&job->document);
  g_clear_object (&job->file);
  g_free (job->paper);
  g_free (job->layout);
  g_free (job->period);
  g_free (job);
}

static ExportJob *
export_job_new (CharterDocument            *document,
                CharterExportFormat         format,
                const CharterExportOptions *options)
{
  ExportJob *job = g_new0 (ExportJob, 1);

  job->document = charter_document_copy (document);
  job->format = format;
  job->paper = g_strdup (options->paper);
  job->layout = g_strdup (options->layout);
  job->period = g_strdup (options->period);
  job->large_print = options->large_print;
  job->page = options->page;
  return job;
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
    .period = job->period,
    .large_print = job->large_print,
    .page = job->page,
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
  g_autoptr(CharterWindow) window = data;
  ExportJob *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_file_get_basename (job->file);

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      g_autofree char *heading = g_strdup_printf (_("Could not export “%s”"), name);
      charter_window_show_error (window, heading, error);
    }
  else
    {
      g_autofree char *message = g_strdup_printf (_("Exported “%s”"), name);
      AdwToast *toast = adw_toast_new (message);

      adw_toast_set_button_label (toast, _("_Open"));
      g_signal_connect_data (toast, "button-clicked", G_CALLBACK (on_open_export),
                             g_object_ref (job->file), (GClosureNotify)(void (*)(void))g_object_unref, 0);
      charter_window_add_toast (window, toast);
    }
}

char *
charter_exporter_file_name (CharterDocument     *document,
                            CharterExportFormat  format)
{
  const char *org = charter_document_get (document, CHARTER_FIELD_NAME);
  char *name = g_strdup_printf ("%s.%s", *org ? org : _("charter"), charter_export_format_extension (format));

  return g_strdelimit (name, "/\\", '-');
}

static void
on_choose_response (GtkNativeDialog *dialog,
                    int              response,
                    ExportJob       *job)
{
  CharterWindow *window = g_object_get_data (G_OBJECT (dialog), "charter-window");

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GTask) task = g_task_new (NULL, NULL, on_exported, g_object_ref (window));

      job->file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      g_task_set_task_data (task, job, (GDestroyNotify)export_job_free);
      g_task_run_in_thread (task, export_thread);
    }
  else
    export_job_free (job);
  gtk_native_dialog_destroy (dialog);
  g_object_unref (dialog);
}

void
charter_exporter_choose (CharterWindow              *window,
                         CharterDocument            *document,
                         CharterExportFormat         format,
                         const CharterExportOptions *options)
{
  g_autofree char *name = NULL;
  GtkFileChooserNative *chooser;

  g_return_if_fail (CHARTER_IS_WINDOW (window));
  g_return_if_fail (CHARTER_IS_DOCUMENT (document));

  name = charter_exporter_file_name (document, format);

  chooser = gtk_file_chooser_native_new (_("Export Charter"), GTK_WINDOW (window),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  g_object_set_data_full (G_OBJECT (chooser), "charter-window", g_object_ref (window), g_object_unref);
  g_signal_connect (chooser, "response", G_CALLBACK (on_choose_response),
                    export_job_new (document, format, options));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}
