/* charter-list-editor.h — add, edit, remove and reorder a charter's list
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One widget for every ordered list of a charter (channels, standards,
 * rights, responsibilities, complaint stages, change log, publication
 * places, alternative formats). Rows edit every field of their item;
 * Move up / Move down / Remove buttons work with mouse and keyboard.
 */
#pragma once

#include <adwaita.h>

#include "charter-document.h"

G_BEGIN_DECLS

#define CHARTER_TYPE_LIST_EDITOR (charter_list_editor_get_type ())
G_DECLARE_FINAL_TYPE (CharterListEditor, charter_list_editor, CHARTER, LIST_EDITOR, AdwBin)

/* @list is the list's id: "channels", "standards", "rights",
 * "responsibilities", "stages", "changes", "published", "formats". */
void             charter_list_editor_set_document (CharterListEditor *self,
                                                   CharterDocument   *document);
CharterListKind  charter_list_editor_get_kind     (CharterListEditor *self);

/* Adds an empty item at the end, expands its row and focuses it. */
void             charter_list_editor_add          (CharterListEditor *self);

G_END_DECLS
