/* charter-drafts.h — autosaved drafts and their recovery
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * While a charter is being edited the app saves a draft a few seconds after
 * the last change. A draft is a .charter file in the drafts folder with a
 * small key file beside it naming the file it belongs to. A clean save or
 * an explicit discard removes it; drafts found at start-up survived a
 * crash and are offered for recovery.
 */
#pragma once

#include "charter-document.h"

G_BEGIN_DECLS

typedef struct {
  char      *path;      /* the draft's .charter file */
  char      *origin;    /* the file it is a draft of, or NULL for a new charter */
  char      *title;     /* the organisation's name, or NULL */
  GDateTime *modified;
} CharterDraft;

void          charter_draft_free       (CharterDraft *draft);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (CharterDraft, charter_draft_free)

/* $XDG_DATA_HOME/APP_ID/drafts */
char         *charter_drafts_get_dir   (void);

/* A new, unused draft path in @dir. */
char         *charter_drafts_new_path  (const char      *dir);

/* Writes @document as the draft at @path (atomically, creating @dir as
 * needed) and records @origin (NULL for a charter never saved). */
gboolean      charter_drafts_save      (const char      *path,
                                        CharterDocument *document,
                                        const char      *origin,
                                        GError         **error);

/* Every draft in @dir, newest first (an array of CharterDraft). A missing
 * folder is no drafts; drafts that no longer load are skipped. */
GPtrArray    *charter_drafts_list      (const char      *dir);

/* The file the draft at @path belongs to, or NULL for a new charter. */
char         *charter_drafts_get_origin (const char     *path);

/* Removes the draft and its key file; a missing draft is not an error. */
void          charter_drafts_discard   (const char      *path);

G_END_DECLS
