/* charter-item.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "charter-item.h"

struct _CharterItem
{
  GObject          parent_instance;
  CharterListKind  kind;
  guint            n_fields;
  char           **values;
};

G_DEFINE_FINAL_TYPE (CharterItem, charter_item, G_TYPE_OBJECT)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const guint n_fields_of_kind[CHARTER_N_LISTS] = {
  [CHARTER_LIST_CHANNELS] = CHARTER_CHANNEL_N_FIELDS,
  [CHARTER_LIST_STANDARDS] = CHARTER_STANDARD_N_FIELDS,
  [CHARTER_LIST_RIGHTS] = CHARTER_TEXT_N_FIELDS,
  [CHARTER_LIST_RESPONSIBILITIES] = CHARTER_TEXT_N_FIELDS,
  [CHARTER_LIST_STAGES] = CHARTER_STAGE_N_FIELDS,
  [CHARTER_LIST_CHANGES] = CHARTER_CHANGE_N_FIELDS,
  [CHARTER_LIST_PUBLISHED] = CHARTER_TEXT_N_FIELDS,
  [CHARTER_LIST_FORMATS] = CHARTER_TEXT_N_FIELDS,
};

guint
charter_list_kind_get_n_fields (CharterListKind kind)
{
  g_return_val_if_fail (kind < CHARTER_N_LISTS, 0);
  return n_fields_of_kind[kind];
}

static void
charter_item_finalize (GObject *object)
{
  CharterItem *self = (CharterItem *)object;

  for (guint i = 0; i < self->n_fields; i++)
    g_free (self->values[i]);
  g_free (self->values);

  G_OBJECT_CLASS (charter_item_parent_class)->finalize (object);
}

static void
charter_item_class_init (CharterItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = charter_item_finalize;

  /**
   * CharterItem::changed:
   * @field: the index of the field that changed
   *
   * Emitted when a field's value really changes.
   */
  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_UINT);
}

static void
charter_item_init (CharterItem *self)
{
}

CharterItem *
charter_item_new (CharterListKind kind)
{
  CharterItem *self;

  g_return_val_if_fail (kind < CHARTER_N_LISTS, NULL);

  self = g_object_new (CHARTER_TYPE_ITEM, NULL);
  self->kind = kind;
  self->n_fields = n_fields_of_kind[kind];
  self->values = g_new0 (char *, self->n_fields);

  return self;
}

CharterListKind
charter_item_get_kind (CharterItem *self)
{
  g_return_val_if_fail (CHARTER_IS_ITEM (self), 0);
  return self->kind;
}

guint
charter_item_get_n_fields (CharterItem *self)
{
  g_return_val_if_fail (CHARTER_IS_ITEM (self), 0);
  return self->n_fields;
}

const char *
charter_item_get (CharterItem *self,
                  guint        field)
{
  g_return_val_if_fail (CHARTER_IS_ITEM (self), "");
  g_return_val_if_fail (field < self->n_fields, "");

  return self->values[field] ? self->values[field] : "";
}

void
charter_item_set (CharterItem *self,
                  guint        field,
                  const char  *value)
{
  g_return_if_fail (CHARTER_IS_ITEM (self));
  g_return_if_fail (field < self->n_fields);

  if (value != NULL && *value == '\0')
    value = NULL;

  if (g_strcmp0 (self->values[field], value) == 0)
    return;

  g_free (self->values[field]);
  self->values[field] = g_strdup (value);

  g_signal_emit (self, signals[CHANGED], 0, field);
}

gboolean
charter_item_is_empty (CharterItem *self)
{
  g_return_val_if_fail (CHARTER_IS_ITEM (self), TRUE);

  for (guint i = 0; i < self->n_fields; i++)
    if (self->values[i] != NULL)
      return FALSE;

  return TRUE;
}

CharterItem *
charter_item_copy (CharterItem *self)
{
  CharterItem *copy;

  g_return_val_if_fail (CHARTER_IS_ITEM (self), NULL);

  copy = charter_item_new (self->kind);
  for (guint i = 0; i < self->n_fields; i++)
    copy->values[i] = g_strdup (self->values[i]);

  return copy;
}
