/* charter-print.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include <adwaita.h>

#include "charter-print.h"

typedef struct {
  CharterDocument *document;
  CharterLayout   *layout;
  CharterPageSetup setup;
} PrintJob;

static void
print_job_free (PrintJob *job)
{
  g_clear_object (&job->layout);
  g_clear_object (&job->document);
  g_free (job);
}

static void
on_begin_print (GtkPrintOperation *operation,
                GtkPrintContext   *context,
                PrintJob          *job)
{
  job->layout = charter_layout_new (job->document, &job->setup);
  gtk_print_operation_set_n_pages (operation, (int)charter_layout_get_n_pages (job->layout));
}

/* Scales the page to the printable sheet, keeping its proportions, so a
 * charter laid out for A4 prints whole on Letter and the other way round. */
static void
on_draw_page (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page,
              PrintJob          *job)
{
  cairo_t *cr = gtk_print_context_get_cairo_context (context);
  double width, height, scale;

  charter_layout_get_page_size (job->layout, &width, &height);
  scale = MIN (gtk_print_context_get_width (context) / width,
               gtk_print_context_get_height (context) / height);
  cairo_save (cr);
  cairo_translate (cr, (gtk_print_context_get_width (context) - width * scale) / 2,
                   (gtk_print_context_get_height (context) - height * scale) / 2);
  cairo_scale (cr, scale, scale);
  charter_layout_draw_page (job->layout, cr, page);
  cairo_restore (cr);
}

static GtkPaperSize *
paper_size (const CharterPaper *paper)
{
  if (g_str_equal (paper->id, "letter"))
    return gtk_paper_size_new (GTK_PAPER_NAME_LETTER);
  if (g_str_equal (paper->id, "a5"))
    return gtk_paper_size_new (GTK_PAPER_NAME_A5);
  if (g_str_equal (paper->id, "a3"))
    return gtk_paper_size_new (GTK_PAPER_NAME_A3);
  if (g_str_equal (paper->id, "a4"))
    return gtk_paper_size_new (GTK_PAPER_NAME_A4);
  return gtk_paper_size_new_custom (paper->id, paper->id, paper->width, paper->height, GTK_UNIT_POINTS);
}

static GtkPrintOperation *
print_operation_new (CharterDocument        *document,
                     const CharterPageSetup *setup)
{
  GtkPrintOperation *operation = gtk_print_operation_new ();
  g_autoptr(GtkPageSetup) page_setup = gtk_page_setup_new ();
  const CharterPaper *paper = setup->paper ? setup->paper : charter_paper_default ();
  GtkPaperSize *size = paper_size (paper);
  const char *name = charter_document_get (document, CHARTER_FIELD_NAME);
  PrintJob *job = g_new0 (PrintJob, 1);

  job->document = charter_document_copy (document);
  job->setup = *setup;

  gtk_page_setup_set_paper_size (page_setup, size);
  gtk_paper_size_free (size);
  gtk_print_operation_set_default_page_setup (operation, page_setup);
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  gtk_print_operation_set_job_name (operation, *name ? name : _("Charter"));
  g_signal_connect (operation, "begin-print", G_CALLBACK (on_begin_print), job);
  g_signal_connect (operation, "draw-page", G_CALLBACK (on_draw_page), job);
  g_object_set_data_full (G_OBJECT (operation), "charter-job", job, (GDestroyNotify)print_job_free);
  return operation;
}

void
charter_print_document (GtkWindow              *parent,
                        CharterDocument        *document,
                        const CharterPageSetup *setup)
{
  g_autoptr(GtkPrintOperation) operation = print_operation_new (document, setup);
  g_autoptr(GError) error = NULL;

  if (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, parent, &error) ==
      GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      GtkWidget *dialog = adw_message_dialog_new (parent, _("Could not print"), error->message);
      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (dialog));
    }
}

int
charter_print_to_pdf (CharterDocument        *document,
                      const CharterPageSetup *setup,
                      const char             *path,
                      GError                **error)
{
  g_autoptr(GtkPrintOperation) operation = print_operation_new (document, setup);
  PrintJob *job = g_object_get_data (G_OBJECT (operation), "charter-job");

  gtk_print_operation_set_export_filename (operation, path);
  if (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT, NULL, error) ==
      GTK_PRINT_OPERATION_RESULT_ERROR)
    return -1;
  return job->layout ? (int)charter_layout_get_n_pages (job->layout) : 0;
}
