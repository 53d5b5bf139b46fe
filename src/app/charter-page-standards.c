/* charter-page-standards.c — the measurable service standards
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "charter-list-editor.h"
#include "charter-page-standards.h"

struct _CharterPageStandards
{
  CharterPage parent_instance;

  CharterListEditor *standards_editor;
};

G_DEFINE_FINAL_TYPE (CharterPageStandards, charter_page_standards, CHARTER_TYPE_PAGE)

static void
charter_page_standards_document_set (CharterPage     *page,
                                 CharterDocument *document)
{
  CharterPageStandards *self = CHARTER_PAGE_STANDARDS (page);

  charter_list_editor_set_document (self->standards_editor, document);
}

static void
charter_page_standards_class_init (CharterPageStandardsClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  CharterPageClass *page_class = CHARTER_PAGE_CLASS (klass);

  page_class->step = CHARTER_STEP_STANDARDS;
  page_class->document_set = charter_page_standards_document_set;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/servicecharter/Charter/ui/charter-page-standards.ui");
  gtk_widget_class_bind_template_child (widget_class, CharterPageStandards, standards_editor);
}

static void
charter_page_standards_init (CharterPageStandards *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

CharterPage *
charter_page_standards_new (void)
{
  return g_object_new (CHARTER_TYPE_PAGE_STANDARDS, NULL);
}
