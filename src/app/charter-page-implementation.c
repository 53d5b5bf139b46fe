/* charter-page-implementation.c — how the charter lives inside the business
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "charter-page-implementation.h"

struct _CharterPageImplementation
{
  CharterPage parent_instance;

  GtkWidget *owner_row;
  GtkWidget *induction_view;
  GtkWidget *supervision_view;
  GtkWidget *communication_view;
  GtkWidget *quality_view;
  GtkWidget *training_view;
};

G_DEFINE_FINAL_TYPE (CharterPageImplementation, charter_page_implementation, CHARTER_TYPE_PAGE)

static void
charter_page_implementation_class_init (CharterPageImplementationClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  CharterPageClass *page_class = CHARTER_PAGE_CLASS (klass);

  page_class->step = CHARTER_STEP_IMPLEMENTATION;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/servicecharter/Charter/ui/charter-page-implementation.ui");
  gtk_widget_class_bind_template_child (widget_class, CharterPageImplementation, owner_row);
  gtk_widget_class_bind_template_child (widget_class, CharterPageImplementation, induction_view);
  gtk_widget_class_bind_template_child (widget_class, CharterPageImplementation, supervision_view);
  gtk_widget_class_bind_template_child (widget_class, CharterPageImplementation, communication_view);
  gtk_widget_class_bind_template_child (widget_class, CharterPageImplementation, quality_view);
  gtk_widget_class_bind_template_child (widget_class, CharterPageImplementation, training_view);
}

static void
charter_page_implementation_init (CharterPageImplementation *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  charter_page_bind_field (CHARTER_PAGE (self), self->owner_row, CHARTER_FIELD_CHARTER_OWNER);
  charter_page_bind_field (CHARTER_PAGE (self), self->induction_view, CHARTER_FIELD_INDUCTION);
  charter_page_bind_field (CHARTER_PAGE (self), self->supervision_view, CHARTER_FIELD_SUPERVISION);
  charter_page_bind_field (CHARTER_PAGE (self), self->communication_view, CHARTER_FIELD_COMMUNICATION);
  charter_page_bind_field (CHARTER_PAGE (self), self->quality_view, CHARTER_FIELD_QUALITY);
  charter_page_bind_field (CHARTER_PAGE (self), self->training_view, CHARTER_FIELD_TRAINING);
}

CharterPage *
charter_page_implementation_new (void)
{
  return g_object_new (CHARTER_TYPE_PAGE_IMPLEMENTATION, NULL);
}
