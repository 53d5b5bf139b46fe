/* charter-page-scope.c — what the charter covers and excludes, and the contact channels
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "charter-list-editor.h"
#include "charter-page-scope.h"

struct _CharterPageScope
{
  CharterPage parent_instance;

  GtkWidget *covers_view;
  GtkWidget *excludes_view;
  CharterListEditor *channels_editor;
};

G_DEFINE_FINAL_TYPE (CharterPageScope, charter_page_scope, CHARTER_TYPE_PAGE)

static void
charter_page_scope_document_set (CharterPage     *page,
                                 CharterDocument *document)
{
  CharterPageScope *self = CHARTER_PAGE_SCOPE (page);

  charter_list_editor_set_document (self->channels_editor, document);
}

static void
charter_page_scope_class_init (CharterPageScopeClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  CharterPageClass *page_class = CHARTER_PAGE_CLASS (klass);

  page_class->step = CHARTER_STEP_SCOPE;
  page_class->document_set = charter_page_scope_document_set;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/servicecharter/Charter/ui/charter-page-scope.ui");
  gtk_widget_class_bind_template_child (widget_class, CharterPageScope, covers_view);
  gtk_widget_class_bind_template_child (widget_class, CharterPageScope, excludes_view);
  gtk_widget_class_bind_template_child (widget_class, CharterPageScope, channels_editor);
}

static void
charter_page_scope_init (CharterPageScope *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  charter_page_bind_field (CHARTER_PAGE (self), self->covers_view, CHARTER_FIELD_SCOPE_COVERS);
  charter_page_bind_field (CHARTER_PAGE (self), self->excludes_view, CHARTER_FIELD_SCOPE_EXCLUDES);
}

CharterPage *
charter_page_scope_new (void)
{
  return g_object_new (CHARTER_TYPE_PAGE_SCOPE, NULL);
}
