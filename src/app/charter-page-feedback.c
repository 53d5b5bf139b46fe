/* charter-page-feedback.c — feedback, complaint stages, contact and escalation
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "charter-list-editor.h"
#include "charter-page-feedback.h"

struct _CharterPageFeedback
{
  CharterPage parent_instance;

  GtkWidget *feedback_view;
  GtkWidget *exceeded_view;
  GtkWidget *missed_view;
  GtkWidget *complaint_phone_row;
  GtkWidget *complaint_email_row;
  GtkWidget *complaint_post_view;
  GtkWidget *escalation_view;
  GtkWidget *remedies_view;
  CharterListEditor *stages_editor;
};

G_DEFINE_FINAL_TYPE (CharterPageFeedback, charter_page_feedback, CHARTER_TYPE_PAGE)

static void
charter_page_feedback_document_set (CharterPage     *page,
                                 CharterDocument *document)
{
  CharterPageFeedback *self = CHARTER_PAGE_FEEDBACK (page);

  charter_list_editor_set_document (self->stages_editor, document);
}

static void
charter_page_feedback_class_init (CharterPageFeedbackClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  CharterPageClass *page_class = CHARTER_PAGE_CLASS (klass);

  page_class->step = CHARTER_STEP_FEEDBACK;
  page_class->document_set = charter_page_feedback_document_set;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/servicecharter/Charter/ui/charter-page-feedback.ui");
  gtk_widget_class_bind_template_child (widget_class, CharterPageFeedback, feedback_view);
  gtk_widget_class_bind_template_child (widget_class, CharterPageFeedback, exceeded_view);
  gtk_widget_class_bind_template_child (widget_class, CharterPageFeedback, missed_view);
  gtk_widget_class_bind_template_child (widget_class, CharterPageFeedback, complaint_phone_row);
  gtk_widget_class_bind_template_child (widget_class, CharterPageFeedback, complaint_email_row);
  gtk_widget_class_bind_template_child (widget_class, CharterPageFeedback, complaint_post_view);
  gtk_widget_class_bind_template_child (widget_class, CharterPageFeedback, escalation_view);
  gtk_widget_class_bind_template_child (widget_class, CharterPageFeedback, remedies_view);
  gtk_widget_class_bind_template_child (widget_class, CharterPageFeedback, stages_editor);
}

static void
charter_page_feedback_init (CharterPageFeedback *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  charter_page_bind_field (CHARTER_PAGE (self), self->feedback_view, CHARTER_FIELD_FEEDBACK);
  charter_page_bind_field (CHARTER_PAGE (self), self->exceeded_view, CHARTER_FIELD_EXCEEDED);
  charter_page_bind_field (CHARTER_PAGE (self), self->missed_view, CHARTER_FIELD_MISSED);
  charter_page_bind_field (CHARTER_PAGE (self), self->complaint_phone_row, CHARTER_FIELD_COMPLAINT_PHONE);
  charter_page_bind_field (CHARTER_PAGE (self), self->complaint_email_row, CHARTER_FIELD_COMPLAINT_EMAIL);
  charter_page_bind_field (CHARTER_PAGE (self), self->complaint_post_view, CHARTER_FIELD_COMPLAINT_POST);
  charter_page_bind_field (CHARTER_PAGE (self), self->escalation_view, CHARTER_FIELD_ESCALATION);
  charter_page_bind_field (CHARTER_PAGE (self), self->remedies_view, CHARTER_FIELD_REMEDIES);
}

CharterPage *
charter_page_feedback_new (void)
{
  return g_object_new (CHARTER_TYPE_PAGE_FEEDBACK, NULL);
}
