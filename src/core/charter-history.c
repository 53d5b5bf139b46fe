/* charter-history.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Whole-document snapshots rather than inverse operations: a charter is a
 * few kilobytes of text, a copy per edit costs microseconds, and snapshots
 * cannot get out of step with the model as new fields are added.
 */
#include "config.h"

#include "charter-history.h"

#define MAX_STEPS 200

struct _CharterHistory
{
  GObject          parent_instance;

  CharterDocument *document;
  /* The document as it was after the last recorded edit: the state an
   * undo of the next edit returns to. */
  CharterDocument *resting;
  GPtrArray       *undo;   /* CharterDocument snapshots, oldest first */
  GPtrArray       *redo;

  /* What the open group is editing: list (-1 for a field), position, field. */
  int              group_list;
  guint            group_position;
  guint            group_field;
  gboolean         group_open;
  guint            group_timeout;
  guint            timeout_id;
  gboolean         applying;
};

G_DEFINE_FINAL_TYPE (CharterHistory, charter_history, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_CAN_UNDO,
  PROP_CAN_REDO,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
notify_state (CharterHistory *self,
              gboolean        could_undo,
              gboolean        could_redo)
{
  if (could_undo != charter_history_can_undo (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_UNDO]);
  if (could_redo != charter_history_can_redo (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_REDO]);
}

static void
close_group (CharterHistory *self)
{
  g_clear_handle_id (&self->timeout_id, g_source_remove);
  self->group_open = FALSE;
}

static gboolean
on_group_timeout (gpointer data)
{
  CharterHistory *self = data;

  self->timeout_id = 0;
  close_group (self);
  return G_SOURCE_REMOVE;
}

/* Called for every edit; @list is -1 for document fields and list edits
 * that are not typing (add, remove, move), which never join a group. */
static void
record (CharterHistory *self,
        int             list,
        guint           position,
        guint           field,
        gboolean        joinable)
{
  gboolean could_undo = charter_history_can_undo (self);
  gboolean could_redo = charter_history_can_redo (self);

  if (self->applying)
    return;

  if (self->group_open &&
      (!joinable || self->group_list != list ||
       self->group_position != position || self->group_field != field))
    close_group (self);

  if (!self->group_open)
    {
      g_ptr_array_add (self->undo, g_object_ref (self->resting));
      if (self->undo->len > MAX_STEPS)
        g_ptr_array_remove_index (self->undo, 0);
      g_ptr_array_set_size (self->redo, 0);
      self->group_open = TRUE;
      self->group_list = list;
      self->group_position = position;
      self->group_field = field;
    }

  g_clear_handle_id (&self->timeout_id, g_source_remove);
  if (joinable)
    self->timeout_id = g_timeout_add (self->group_timeout, on_group_timeout, self);
  else
    close_group (self);

  g_clear_object (&self->resting);
  self->resting = charter_document_copy (self->document);

  notify_state (self, could_undo, could_redo);
}

static void
on_field_changed (CharterDocument *document,
                  guint            field,
                  CharterHistory  *self)
{
  record (self, -1, 0, field, TRUE);
}

static void
on_item_changed (CharterDocument *document,
                 guint            kind,
                 guint            position,
                 guint            field,
                 CharterHistory  *self)
{
  record (self, (int)kind, position, field, TRUE);
}

static void
on_other_change (CharterHistory *self)
{
  record (self, -2, 0, 0, FALSE);
}

static void
on_list_changed (CharterDocument *document,
                 guint            kind,
                 CharterHistory  *self)
{
  on_other_change (self);
}

/* The logo, the language and results have no signal of their own: any
 * ::changed that leaves the document unlike the last snapshot is one of
 * them. The finer signals run first and have already taken a snapshot. */
static void
on_changed (CharterDocument *document,
            CharterHistory  *self)
{
  /* The usual case, typing: the finer signal has already taken it, and
   * one comparison (results included) says nothing else differs. */
  if (self->applying || charter_document_equal (document, self->resting))
    return;
  /* Results are typed like fields: quick edits of them form one group. */
  if (!charter_results_equal (charter_document_get_results (document),
                              charter_document_get_results (self->resting)))
    record (self, -3, 0, 0, TRUE);
  else
    on_other_change (self);
}

static void
apply (CharterHistory *self,
       GPtrArray      *from,
       GPtrArray      *to)
{
  gboolean could_undo = charter_history_can_undo (self);
  gboolean could_redo = charter_history_can_redo (self);
  g_autoptr(CharterDocument) target = NULL;

  close_group (self);
  if (from->len == 0)
    return;

  target = g_object_ref (g_ptr_array_index (from, from->len - 1));
  g_ptr_array_remove_index (from, from->len - 1);
  g_ptr_array_add (to, g_object_ref (self->resting));

  self->applying = TRUE;
  charter_document_assign (self->document, target);
  self->applying = FALSE;

  g_clear_object (&self->resting);
  self->resting = g_steal_pointer (&target);

  notify_state (self, could_undo, could_redo);
}

static void
charter_history_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  CharterHistory *self = CHARTER_HISTORY (object);

  switch (prop_id)
    {
    case PROP_CAN_UNDO:
      g_value_set_boolean (value, charter_history_can_undo (self));
      break;
    case PROP_CAN_REDO:
      g_value_set_boolean (value, charter_history_can_redo (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
charter_history_dispose (GObject *object)
{
  CharterHistory *self = CHARTER_HISTORY (object);

  g_clear_handle_id (&self->timeout_id, g_source_remove);
  if (self->document != NULL)
    g_signal_handlers_disconnect_by_data (self->document, self);
  g_clear_object (&self->document);
  g_clear_object (&self->resting);
  g_clear_pointer (&self->undo, g_ptr_array_unref);
  g_clear_pointer (&self->redo, g_ptr_array_unref);

  G_OBJECT_CLASS (charter_history_parent_class)->dispose (object);
}

static void
charter_history_class_init (CharterHistoryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = charter_history_get_property;
  object_class->dispose = charter_history_dispose;

  properties[PROP_CAN_UNDO] =
    g_param_spec_boolean ("can-undo", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CAN_REDO] =
    g_param_spec_boolean ("can-redo", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
charter_history_init (CharterHistory *self)
{
  self->undo = g_ptr_array_new_with_free_func (g_object_unref);
  self->redo = g_ptr_array_new_with_free_func (g_object_unref);
  self->group_timeout = 1000;
}

CharterHistory *
charter_history_new (CharterDocument *document)
{
  CharterHistory *self;

  g_return_val_if_fail (CHARTER_IS_DOCUMENT (document), NULL);

  self = g_object_new (CHARTER_TYPE_HISTORY, NULL);
  self->document = g_object_ref (document);
  self->resting = charter_document_copy (document);

  g_signal_connect (document, "field-changed", G_CALLBACK (on_field_changed), self);
  g_signal_connect (document, "item-changed", G_CALLBACK (on_item_changed), self);
  g_signal_connect (document, "list-changed", G_CALLBACK (on_list_changed), self);
  g_signal_connect (document, "changed", G_CALLBACK (on_changed), self);

  return self;
}

gboolean
charter_history_can_undo (CharterHistory *self)
{
  g_return_val_if_fail (CHARTER_IS_HISTORY (self), FALSE);
  return self->undo->len > 0;
}

gboolean
charter_history_can_redo (CharterHistory *self)
{
  g_return_val_if_fail (CHARTER_IS_HISTORY (self), FALSE);
  return self->redo->len > 0;
}

void
charter_history_undo (CharterHistory *self)
{
  g_return_if_fail (CHARTER_IS_HISTORY (self));
  apply (self, self->undo, self->redo);
}

void
charter_history_redo (CharterHistory *self)
{
  g_return_if_fail (CHARTER_IS_HISTORY (self));
  apply (self, self->redo, self->undo);
}

void
charter_history_break_group (CharterHistory *self)
{
  g_return_if_fail (CHARTER_IS_HISTORY (self));
  close_group (self);
}

void
charter_history_set_group_timeout (CharterHistory *self,
                                   guint           msec)
{
  g_return_if_fail (CHARTER_IS_HISTORY (self));
  self->group_timeout = MAX (msec, 1);
}
