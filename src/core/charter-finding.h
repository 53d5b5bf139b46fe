/* charter-finding.h — one thing the coach noticed about a charter
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "charter-step.h"

G_BEGIN_DECLS

typedef enum {
  CHARTER_SEVERITY_INFO,     /* something missing for a complete charter */
  CHARTER_SEVERITY_WARNING,  /* weakens the charter: vague, unmeasurable, hard to read */
  CHARTER_SEVERITY_ERROR,    /* wrong: a date that does not exist, a broken address */
} CharterSeverity;

/* "info", "warning", "error" (untranslated, for machines). */
const char *charter_severity_get_id (CharterSeverity severity);

#define CHARTER_TYPE_FINDING (charter_finding_get_type ())
G_DECLARE_FINAL_TYPE (CharterFinding, charter_finding, CHARTER, FINDING, GObject)

/* @list is a CharterListKind or -1 for a single field of the document;
 * @index the position in that list or -1; @field a CharterField (when
 * @list is -1) or the item's field enum, or -1 for the whole section.
 * @field_name is the field's name in the file ("target", "email"), or NULL. */
CharterFinding  *charter_finding_new            (const char      *check_id,
                                                 CharterSeverity  severity,
                                                 CharterStep      step,
                                                 int              list,
                                                 int              index,
                                                 int              field,
                                                 const char      *field_name,
                                                 const char      *message,
                                                 const char      *hint);

/* A stable id naming the check: "standard-no-target", "vague-word"… */
const char      *charter_finding_get_check_id   (CharterFinding *self);
CharterSeverity  charter_finding_get_severity   (CharterFinding *self);
CharterStep      charter_finding_get_step       (CharterFinding *self);
int              charter_finding_get_list       (CharterFinding *self);
int              charter_finding_get_index      (CharterFinding *self);
int              charter_finding_get_field      (CharterFinding *self);
const char      *charter_finding_get_field_name (CharterFinding *self);
/* Translated, one sentence: what is wrong. */
const char      *charter_finding_get_message    (CharterFinding *self);
/* Translated, one sentence: how to fix it. */
const char      *charter_finding_get_hint       (CharterFinding *self);

G_END_DECLS
