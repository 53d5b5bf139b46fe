/* charter-history.h — undo and redo for a charter
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Keeps snapshots of a CharterDocument so every edit can be undone. Edits
 * of one field in quick succession (typing) form one group; editing
 * another field, a pause, or an explicit break starts a new one. Undo and
 * redo write the snapshot back with charter_document_assign(), so every
 * view listening to the document follows.
 */
#pragma once

#include "charter-document.h"

G_BEGIN_DECLS

#define CHARTER_TYPE_HISTORY (charter_history_get_type ())
G_DECLARE_FINAL_TYPE (CharterHistory, charter_history, CHARTER, HISTORY, GObject)

/* The history keeps a reference on @document and watches its changes. */
CharterHistory *charter_history_new         (CharterDocument *document);

gboolean        charter_history_can_undo    (CharterHistory  *self);
gboolean        charter_history_can_redo    (CharterHistory  *self);
void            charter_history_undo        (CharterHistory  *self);
void            charter_history_redo        (CharterHistory  *self);

/* Ends the group being typed, so the next edit is undone on its own. */
void            charter_history_break_group (CharterHistory  *self);

/* Milliseconds of pause that end a typing group (default 1000). */
void            charter_history_set_group_timeout (CharterHistory *self,
                                                   guint           msec);

G_END_DECLS
