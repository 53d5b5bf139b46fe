/* charter-page.h — the base of every wizard page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A page edits one step of a charter. The base shows the step's title,
 * its guidance and examples and the coach's findings for the step, and
 * places the subclass's template children below them. Subclasses bind
 * their widgets to document fields with charter_page_bind_field(); the
 * base keeps widget and model in step both ways. `complete` says whether
 * the step asks for nothing more, for the stepper.
 */
#pragma once

#include <adwaita.h>

#include "charter-document.h"
#include "charter-step.h"

G_BEGIN_DECLS

#define CHARTER_TYPE_PAGE (charter_page_get_type ())
G_DECLARE_DERIVABLE_TYPE (CharterPage, charter_page, CHARTER, PAGE, AdwBin)

struct _CharterPageClass
{
  AdwBinClass parent_class;

  /* Which step the page edits; set in class_init. */
  CharterStep step;

  /* Called after the page was given a (new) document; pages with lists
   * hand it to their list editors. Optional. */
  void (*document_set) (CharterPage     *self,
                        CharterDocument *document);
};

CharterDocument *charter_page_get_document  (CharterPage     *self);
void             charter_page_set_document  (CharterPage     *self,
                                             CharterDocument *document);
CharterStep      charter_page_get_step      (CharterPage     *self);
const char      *charter_page_get_title     (CharterPage     *self);
gboolean         charter_page_get_complete  (CharterPage     *self);

/* The coach's findings for the whole charter; the page shows its own. */
void             charter_page_set_findings  (CharterPage     *self,
                                             GListModel      *findings);

/* Keeps @widget (a GtkEditable such as AdwEntryRow, or a GtkTextView) and
 * @field of the document equal. Widget-level undo is turned off: the
 * window's history undoes every edit. */
void             charter_page_bind_field    (CharterPage     *self,
                                             GtkWidget       *widget,
                                             CharterField     field);

/* Moves the keyboard focus to the widget bound to @field, if any. */
gboolean         charter_page_focus_field   (CharterPage     *self,
                                             CharterField     field);
/* Moves it to the first control of the form, past the title, guidance
 * and findings; FALSE when the form has none. */
gboolean         charter_page_focus_form    (CharterPage     *self);

G_END_DECLS
