/* charter-item.h — one entry of an ordered list in a charter
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/**
 * CharterListKind:
 *
 * The ordered lists a charter holds. Every item of a list carries the
 * string fields its kind defines (see the per-kind field enums below).
 */
typedef enum {
  CHARTER_LIST_CHANNELS,
  CHARTER_LIST_STANDARDS,
  CHARTER_LIST_RIGHTS,
  CHARTER_LIST_RESPONSIBILITIES,
  CHARTER_LIST_STAGES,
  CHARTER_LIST_CHANGES,
  CHARTER_LIST_PUBLISHED,
  CHARTER_LIST_FORMATS,
  CHARTER_N_LISTS
} CharterListKind;

/* Fields of a contact channel (CHARTER_LIST_CHANNELS). */
typedef enum {
  CHARTER_CHANNEL_NAME,
  CHARTER_CHANNEL_DETAILS,
  CHARTER_CHANNEL_HOURS,
  CHARTER_CHANNEL_ACCESSIBILITY,
  CHARTER_CHANNEL_N_FIELDS
} CharterChannelField;

/* Fields of a service standard (CHARTER_LIST_STANDARDS). */
typedef enum {
  CHARTER_STANDARD_ID,
  CHARTER_STANDARD_PILLAR,      /* "happen", "easy", "better" */
  CHARTER_STANDARD_HEADLINE,    /* "true" to feature on posters and cards */
  CHARTER_STANDARD_TEXT,
  CHARTER_STANDARD_CHANNEL,
  CHARTER_STANDARD_METRIC,
  CHARTER_STANDARD_TARGET,
  CHARTER_STANDARD_UNIT,
  CHARTER_STANDARD_SHARE,       /* percent of cases, "90" */
  CHARTER_STANDARD_CLOCK_START,
  CHARTER_STANDARD_TIME_BASIS,  /* "working" or "calendar" */
  CHARTER_STANDARD_OWNER,
  CHARTER_STANDARD_REPORTING,
  CHARTER_STANDARD_DIRECTION,   /* "at-most" (default) or "at-least": how a
                                 * measured value compares with the target */
  CHARTER_STANDARD_N_FIELDS
} CharterStandardField;

/* Rights, responsibilities, publication places and alternative formats
 * are single-text items. */
typedef enum {
  CHARTER_TEXT_TEXT,
  CHARTER_TEXT_N_FIELDS
} CharterTextField;

/* Fields of a complaint stage (CHARTER_LIST_STAGES). */
typedef enum {
  CHARTER_STAGE_NAME,
  CHARTER_STAGE_HANDLER,
  CHARTER_STAGE_ACKNOWLEDGE,
  CHARTER_STAGE_RESOLVE,
  CHARTER_STAGE_N_FIELDS
} CharterStageField;

/* Fields of a change log entry (CHARTER_LIST_CHANGES). */
typedef enum {
  CHARTER_CHANGE_VERSION,
  CHARTER_CHANGE_DATE,
  CHARTER_CHANGE_TEXT,
  CHARTER_CHANGE_N_FIELDS
} CharterChangeField;

#define CHARTER_TYPE_ITEM (charter_item_get_type ())
G_DECLARE_FINAL_TYPE (CharterItem, charter_item, CHARTER, ITEM, GObject)

CharterItem     *charter_item_new        (CharterListKind  kind);
CharterListKind  charter_item_get_kind   (CharterItem     *self);
guint            charter_item_get_n_fields (CharterItem   *self);
const char      *charter_item_get        (CharterItem     *self,
                                          guint            field);
void             charter_item_set        (CharterItem     *self,
                                          guint            field,
                                          const char      *value);
gboolean         charter_item_is_empty   (CharterItem     *self);
CharterItem     *charter_item_copy       (CharterItem     *self);

guint            charter_list_kind_get_n_fields (CharterListKind kind);

G_END_DECLS
