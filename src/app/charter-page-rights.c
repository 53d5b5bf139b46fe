/* charter-page-rights.c — customers' rights and how they can help
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "charter-list-editor.h"
#include "charter-page-rights.h"

struct _CharterPageRights
{
  CharterPage parent_instance;

  CharterListEditor *rights_editor;
  CharterListEditor *responsibilities_editor;
};

G_DEFINE_FINAL_TYPE (CharterPageRights, charter_page_rights, CHARTER_TYPE_PAGE)

static void
charter_page_rights_document_set (CharterPage     *page,
                                 CharterDocument *document)
{
  CharterPageRights *self = CHARTER_PAGE_RIGHTS (page);

  charter_list_editor_set_document (self->rights_editor, document);
  charter_list_editor_set_document (self->responsibilities_editor, document);
}

static void
charter_page_rights_class_init (CharterPageRightsClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  CharterPageClass *page_class = CHARTER_PAGE_CLASS (klass);

  page_class->step = CHARTER_STEP_RIGHTS;
  page_class->document_set = charter_page_rights_document_set;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/servicecharter/Charter/ui/charter-page-rights.ui");
  gtk_widget_class_bind_template_child (widget_class, CharterPageRights, rights_editor);
  gtk_widget_class_bind_template_child (widget_class, CharterPageRights, responsibilities_editor);
}

static void
charter_page_rights_init (CharterPageRights *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

CharterPage *
charter_page_rights_new (void)
{
  return g_object_new (CHARTER_TYPE_PAGE_RIGHTS, NULL);
}
