/* charter-document.h — the charter model
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "charter-item.h"
#include "charter-results.h"

G_BEGIN_DECLS

/**
 * CharterField:
 *
 * The single-valued text fields of a charter, in canonical (file) order.
 * Values are UTF-8 strings; an unset field reads as "".
 */
typedef enum {
  /* About */
  CHARTER_FIELD_NAME,
  CHARTER_FIELD_OVERVIEW,
  CHARTER_FIELD_ADDRESS,
  CHARTER_FIELD_PHONE,
  CHARTER_FIELD_EMAIL,
  CHARTER_FIELD_WEBSITE,
  CHARTER_FIELD_BRAND_COLOUR,   /* "#rrggbb" */
  /* Purpose */
  CHARTER_FIELD_PURPOSE,
  CHARTER_FIELD_STORY,
  CHARTER_FIELD_COMMITMENT,
  /* Scope */
  CHARTER_FIELD_SCOPE_COVERS,
  CHARTER_FIELD_SCOPE_EXCLUDES,
  /* Implementation */
  CHARTER_FIELD_INDUCTION,
  CHARTER_FIELD_SUPERVISION,    /* supervision and appraisal */
  CHARTER_FIELD_COMMUNICATION,  /* team communication */
  CHARTER_FIELD_QUALITY,        /* quality procedures */
  CHARTER_FIELD_TRAINING,
  CHARTER_FIELD_CHARTER_OWNER,
  /* Feedback and complaints */
  CHARTER_FIELD_FEEDBACK,       /* "tell us how we are doing" */
  CHARTER_FIELD_EXCEEDED,       /* when we exceed a standard */
  CHARTER_FIELD_MISSED,         /* when we miss a standard */
  CHARTER_FIELD_COMPLAINT_POST,
  CHARTER_FIELD_COMPLAINT_PHONE,
  CHARTER_FIELD_COMPLAINT_EMAIL,
  CHARTER_FIELD_ESCALATION,
  CHARTER_FIELD_REMEDIES,
  /* Review and publication */
  CHARTER_FIELD_VERSION,
  CHARTER_FIELD_EFFECTIVE_DATE, /* ISO 8601 "YYYY-MM-DD" */
  CHARTER_FIELD_REVIEW_DATE,
  CHARTER_FIELD_APPROVER_NAME,
  CHARTER_FIELD_APPROVER_ROLE,
  CHARTER_FIELD_APPROVAL_DATE,
  CHARTER_N_FIELDS
} CharterField;

#define CHARTER_TYPE_DOCUMENT (charter_document_get_type ())
G_DECLARE_FINAL_TYPE (CharterDocument, charter_document, CHARTER, DOCUMENT, GObject)

CharterDocument *charter_document_new            (void);

const char      *charter_document_get_language   (CharterDocument *self);
void             charter_document_set_language   (CharterDocument *self,
                                                  const char      *language);

const char      *charter_document_get            (CharterDocument *self,
                                                  CharterField     field);
void             charter_document_set            (CharterDocument *self,
                                                  CharterField     field,
                                                  const char      *value);

/* The embedded logo: raw image bytes and their MIME type
 * ("image/png", "image/jpeg" or "image/svg+xml"), or NULL. */
GBytes          *charter_document_get_logo       (CharterDocument *self,
                                                  const char     **mime_type);
void             charter_document_set_logo       (CharterDocument *self,
                                                  GBytes          *data,
                                                  const char      *mime_type);

/* Ordered lists. The returned GListModel holds CharterItem objects and is
 * owned by the document; change it through the functions below. */
GListModel      *charter_document_get_list       (CharterDocument *self,
                                                  CharterListKind  kind);
guint            charter_document_get_n_items    (CharterDocument *self,
                                                  CharterListKind  kind);
CharterItem     *charter_document_get_item       (CharterDocument *self,
                                                  CharterListKind  kind,
                                                  guint            position);
CharterItem     *charter_document_add_item       (CharterDocument *self,
                                                  CharterListKind  kind,
                                                  int              position);
void             charter_document_insert_item    (CharterDocument *self,
                                                  CharterListKind  kind,
                                                  guint            position,
                                                  CharterItem     *item);
void             charter_document_remove_item    (CharterDocument *self,
                                                  CharterListKind  kind,
                                                  guint            position);
void             charter_document_move_item      (CharterDocument *self,
                                                  CharterListKind  kind,
                                                  guint            from,
                                                  guint            to);
void             charter_document_clear_list     (CharterDocument *self,
                                                  CharterListKind  kind);

/* Results per reporting period (see charter-results.h). The object is
 * owned by the document for its whole life; its changes are also emitted
 * as the document's ::changed. */
CharterResults  *charter_document_get_results    (CharterDocument *self);

/* Group many edits into one "changed" emission. */
void             charter_document_freeze_changed (CharterDocument *self);
void             charter_document_thaw_changed   (CharterDocument *self);

/* Replace this document's whole content with a copy of @source's. */
void             charter_document_assign         (CharterDocument *self,
                                                  CharterDocument *source);
CharterDocument *charter_document_copy           (CharterDocument *self);
gboolean         charter_document_equal          (CharterDocument *a,
                                                  CharterDocument *b);

/* Gives a new standard a unique id ("s1", "s2", …) when it has none. */
char            *charter_document_new_standard_id (CharterDocument *self);

G_END_DECLS
