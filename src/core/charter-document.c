/* charter-document.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "charter-document.h"

struct _CharterDocument
{
  GObject     parent_instance;

  char       *language;
  char       *fields[CHARTER_N_FIELDS];
  GBytes     *logo;
  char       *logo_type;
  GListStore *lists[CHARTER_N_LISTS];
  CharterResults *results;

  guint       freeze_count;
  guint       changed_while_frozen : 1;
};

G_DEFINE_FINAL_TYPE (CharterDocument, charter_document, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_LANGUAGE,
  N_PROPS
};

enum {
  CHANGED,
  FIELD_CHANGED,
  ITEM_CHANGED,
  LIST_CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
emit_changed (CharterDocument *self)
{
  if (self->freeze_count > 0)
    self->changed_while_frozen = TRUE;
  else
    g_signal_emit (self, signals[CHANGED], 0);
}

static void
on_item_changed (CharterItem     *item,
                 guint            field,
                 CharterDocument *self)
{
  CharterListKind kind = charter_item_get_kind (item);
  guint position = 0;

  if (g_list_store_find (self->lists[kind], item, &position))
    g_signal_emit (self, signals[ITEM_CHANGED], 0, (guint)kind, position, field);

  emit_changed (self);
}

static void
watch_item (CharterDocument *self,
            CharterItem     *item)
{
  g_signal_connect_object (item, "changed", G_CALLBACK (on_item_changed), self, 0);
}

static void
unwatch_item (CharterDocument *self,
              CharterItem     *item)
{
  g_signal_handlers_disconnect_by_func (item, on_item_changed, self);
}

static void
on_results_changed (CharterResults  *results,
                    CharterDocument *self)
{
  emit_changed (self);
}

static void
charter_document_dispose (GObject *object)
{
  CharterDocument *self = (CharterDocument *)object;

  if (self->results != NULL)
    {
      g_signal_handlers_disconnect_by_func (self->results, on_results_changed, self);
      g_clear_object (&self->results);
    }

  for (guint k = 0; k < CHARTER_N_LISTS; k++)
    {
      if (self->lists[k] == NULL)
        continue;
      for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->lists[k])); i++)
        {
          g_autoptr(CharterItem) item = g_list_model_get_item (G_LIST_MODEL (self->lists[k]), i);
          unwatch_item (self, item);
        }
      g_clear_object (&self->lists[k]);
    }

  G_OBJECT_CLASS (charter_document_parent_class)->dispose (object);
}

static void
charter_document_finalize (GObject *object)
{
  CharterDocument *self = (CharterDocument *)object;

  for (guint i = 0; i < CHARTER_N_FIELDS; i++)
    g_free (self->fields[i]);
  g_free (self->language);
  g_clear_pointer (&self->logo, g_bytes_unref);
  g_free (self->logo_type);

  G_OBJECT_CLASS (charter_document_parent_class)->finalize (object);
}

static void
charter_document_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  CharterDocument *self = CHARTER_DOCUMENT (object);

  switch (prop_id)
    {
    case PROP_LANGUAGE:
      g_value_set_string (value, charter_document_get_language (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
charter_document_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  CharterDocument *self = CHARTER_DOCUMENT (object);

  switch (prop_id)
    {
    case PROP_LANGUAGE:
      charter_document_set_language (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
charter_document_class_init (CharterDocumentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = charter_document_dispose;
  object_class->finalize = charter_document_finalize;
  object_class->get_property = charter_document_get_property;
  object_class->set_property = charter_document_set_property;

  properties[PROP_LANGUAGE] =
    g_param_spec_string ("language", NULL, NULL,
                         "en",
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * CharterDocument::changed:
   *
   * Emitted after any change to the charter (coalesced while frozen).
   * Listeners use it for previews, autosave and the modified state.
   */
  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  /**
   * CharterDocument::field-changed:
   * @field: the #CharterField
   */
  signals[FIELD_CHANGED] =
    g_signal_new ("field-changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_UINT);

  /**
   * CharterDocument::item-changed:
   * @kind: the #CharterListKind
   * @position: the item's position in its list
   * @field: the index of the field that changed
   */
  signals[ITEM_CHANGED] =
    g_signal_new ("item-changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 3, G_TYPE_UINT, G_TYPE_UINT, G_TYPE_UINT);

  /**
   * CharterDocument::list-changed:
   * @kind: the #CharterListKind
   *
   * Emitted after items were added, removed or moved. Finer detail is
   * available from #GListModel::items-changed on the list itself.
   */
  signals[LIST_CHANGED] =
    g_signal_new ("list-changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_UINT);
}

static void
charter_document_init (CharterDocument *self)
{
  self->language = g_strdup ("en");
  for (guint k = 0; k < CHARTER_N_LISTS; k++)
    self->lists[k] = g_list_store_new (CHARTER_TYPE_ITEM);
  self->results = charter_results_new ();
  g_signal_connect (self->results, "changed", G_CALLBACK (on_results_changed), self);
}

CharterDocument *
charter_document_new (void)
{
  return g_object_new (CHARTER_TYPE_DOCUMENT, NULL);
}

const char *
charter_document_get_language (CharterDocument *self)
{
  g_return_val_if_fail (CHARTER_IS_DOCUMENT (self), "en");
  return self->language;
}

void
charter_document_set_language (CharterDocument *self,
                               const char      *language)
{
  g_return_if_fail (CHARTER_IS_DOCUMENT (self));

  if (language == NULL || *language == '\0')
    language = "en";

  if (g_strcmp0 (self->language, language) == 0)
    return;

  g_free (self->language);
  self->language = g_strdup (language);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LANGUAGE]);
  emit_changed (self);
}

const char *
charter_document_get (CharterDocument *self,
                      CharterField     field)
{
  g_return_val_if_fail (CHARTER_IS_DOCUMENT (self), "");
  g_return_val_if_fail (field < CHARTER_N_FIELDS, "");

  return self->fields[field] ? self->fields[field] : "";
}

void
charter_document_set (CharterDocument *self,
                      CharterField     field,
                      const char      *value)
{
  g_return_if_fail (CHARTER_IS_DOCUMENT (self));
  g_return_if_fail (field < CHARTER_N_FIELDS);

  if (value != NULL && *value == '\0')
    value = NULL;

  if (g_strcmp0 (self->fields[field], value) == 0)
    return;

  g_free (self->fields[field]);
  self->fields[field] = g_strdup (value);

  g_signal_emit (self, signals[FIELD_CHANGED], 0, (guint)field);
  emit_changed (self);
}

GBytes *
charter_document_get_logo (CharterDocument  *self,
                           const char      **mime_type)
{
  g_return_val_if_fail (CHARTER_IS_DOCUMENT (self), NULL);

  if (mime_type != NULL)
    *mime_type = self->logo_type;

  return self->logo;
}

void
charter_document_set_logo (CharterDocument *self,
                           GBytes          *data,
                           const char      *mime_type)
{
  g_return_if_fail (CHARTER_IS_DOCUMENT (self));
  g_return_if_fail (data == NULL || mime_type != NULL);

  if (data == NULL && self->logo == NULL)
    return;
  if (data != NULL && self->logo != NULL &&
      g_bytes_equal (data, self->logo) &&
      g_strcmp0 (mime_type, self->logo_type) == 0)
    return;

  g_clear_pointer (&self->logo, g_bytes_unref);
  g_clear_pointer (&self->logo_type, g_free);
  if (data != NULL)
    {
      self->logo = g_bytes_ref (data);
      self->logo_type = g_strdup (mime_type);
    }

  emit_changed (self);
}

GListModel *
charter_document_get_list (CharterDocument *self,
                           CharterListKind  kind)
{
  g_return_val_if_fail (CHARTER_IS_DOCUMENT (self), NULL);
  g_return_val_if_fail (kind < CHARTER_N_LISTS, NULL);

  return G_LIST_MODEL (self->lists[kind]);
}

guint
charter_document_get_n_items (CharterDocument *self,
                              CharterListKind  kind)
{
  g_return_val_if_fail (CHARTER_IS_DOCUMENT (self), 0);
  g_return_val_if_fail (kind < CHARTER_N_LISTS, 0);

  return g_list_model_get_n_items (G_LIST_MODEL (self->lists[kind]));
}

/**
 * charter_document_get_item:
 *
 * Returns: (transfer none) (nullable): the item at @position
 */
CharterItem *
charter_document_get_item (CharterDocument *self,
                           CharterListKind  kind,
                           guint            position)
{
  g_return_val_if_fail (CHARTER_IS_DOCUMENT (self), NULL);
  g_return_val_if_fail (kind < CHARTER_N_LISTS, NULL);

  /* GListStore keeps its own reference, so a borrowed pointer is safe. */
  {
    CharterItem *item = g_list_model_get_item (G_LIST_MODEL (self->lists[kind]), position);

    if (item != NULL)
      g_object_unref (item);
    return item;
  }
}

void
charter_document_insert_item (CharterDocument *self,
                              CharterListKind  kind,
                              guint            position,
                              CharterItem     *item)
{
  g_return_if_fail (CHARTER_IS_DOCUMENT (self));
  g_return_if_fail (kind < CHARTER_N_LISTS);
  g_return_if_fail (CHARTER_IS_ITEM (item));
  g_return_if_fail (charter_item_get_kind (item) == kind);

  position = MIN (position, charter_document_get_n_items (self, kind));
  watch_item (self, item);
  g_list_store_insert (self->lists[kind], position, item);

  g_signal_emit (self, signals[LIST_CHANGED], 0, (guint)kind);
  emit_changed (self);
}

/**
 * charter_document_add_item:
 * @position: where to insert, or -1 to append
 *
 * Returns: (transfer none): the new, empty item. A new standard gets a
 *   unique id.
 */
CharterItem *
charter_document_add_item (CharterDocument *self,
                           CharterListKind  kind,
                           int              position)
{
  g_autoptr(CharterItem) item = NULL;
  guint n;

  g_return_val_if_fail (CHARTER_IS_DOCUMENT (self), NULL);
  g_return_val_if_fail (kind < CHARTER_N_LISTS, NULL);

  n = charter_document_get_n_items (self, kind);
  item = charter_item_new (kind);

  if (kind == CHARTER_LIST_STANDARDS)
    {
      g_autofree char *id = charter_document_new_standard_id (self);
      charter_item_set (item, CHARTER_STANDARD_ID, id);
    }

  charter_document_insert_item (self, kind,
                                position < 0 ? n : MIN ((guint)position, n),
                                item);
  return item;
}

void
charter_document_remove_item (CharterDocument *self,
                              CharterListKind  kind,
                              guint            position)
{
  g_autoptr(CharterItem) item = NULL;

  g_return_if_fail (CHARTER_IS_DOCUMENT (self));
  g_return_if_fail (kind < CHARTER_N_LISTS);

  item = g_list_model_get_item (G_LIST_MODEL (self->lists[kind]), position);
  g_return_if_fail (item != NULL);

  unwatch_item (self, item);
  g_list_store_remove (self->lists[kind], position);

  g_signal_emit (self, signals[LIST_CHANGED], 0, (guint)kind);
  emit_changed (self);
}

void
charter_document_move_item (CharterDocument *self,
                            CharterListKind  kind,
                            guint            from,
                            guint            to)
{
  g_autoptr(CharterItem) item = NULL;
  guint n;

  g_return_if_fail (CHARTER_IS_DOCUMENT (self));
  g_return_if_fail (kind < CHARTER_N_LISTS);

  n = charter_document_get_n_items (self, kind);
  g_return_if_fail (from < n);
  g_return_if_fail (to < n);

  if (from == to)
    return;

  item = g_list_model_get_item (G_LIST_MODEL (self->lists[kind]), from);
  g_list_store_remove (self->lists[kind], from);
  g_list_store_insert (self->lists[kind], to, item);

  g_signal_emit (self, signals[LIST_CHANGED], 0, (guint)kind);
  emit_changed (self);
}

void
charter_document_clear_list (CharterDocument *self,
                             CharterListKind  kind)
{
  GListModel *model;
  guint n;

  g_return_if_fail (CHARTER_IS_DOCUMENT (self));
  g_return_if_fail (kind < CHARTER_N_LISTS);

  model = G_LIST_MODEL (self->lists[kind]);
  n = g_list_model_get_n_items (model);
  if (n == 0)
    return;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CharterItem) item = g_list_model_get_item (model, i);
      unwatch_item (self, item);
    }
  g_list_store_remove_all (self->lists[kind]);

  g_signal_emit (self, signals[LIST_CHANGED], 0, (guint)kind);
  emit_changed (self);
}

void
charter_document_freeze_changed (CharterDocument *self)
{
  g_return_if_fail (CHARTER_IS_DOCUMENT (self));
  self->freeze_count++;
}

void
charter_document_thaw_changed (CharterDocument *self)
{
  g_return_if_fail (CHARTER_IS_DOCUMENT (self));
  g_return_if_fail (self->freeze_count > 0);

  if (--self->freeze_count == 0 && self->changed_while_frozen)
    {
      self->changed_while_frozen = FALSE;
      g_signal_emit (self, signals[CHANGED], 0);
    }
}

void
charter_document_assign (CharterDocument *self,
                         CharterDocument *source)
{
  g_return_if_fail (CHARTER_IS_DOCUMENT (self));
  g_return_if_fail (CHARTER_IS_DOCUMENT (source));

  if (self == source)
    return;

  charter_document_freeze_changed (self);

  charter_document_set_language (self, source->language);
  for (guint i = 0; i < CHARTER_N_FIELDS; i++)
    charter_document_set (self, i, source->fields[i]);
  charter_document_set_logo (self, source->logo, source->logo_type);

  for (guint k = 0; k < CHARTER_N_LISTS; k++)
    {
      GListModel *model = G_LIST_MODEL (source->lists[k]);
      guint n = g_list_model_get_n_items (model);

      charter_document_clear_list (self, k);
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(CharterItem) item = g_list_model_get_item (model, i);
          g_autoptr(CharterItem) copy = charter_item_copy (item);

          watch_item (self, copy);
          g_list_store_append (self->lists[k], copy);
        }
      if (n > 0)
        {
          g_signal_emit (self, signals[LIST_CHANGED], 0, k);
          emit_changed (self);
        }
    }

  charter_results_assign (self->results, source->results);

  charter_document_thaw_changed (self);
}

CharterDocument *
charter_document_copy (CharterDocument *self)
{
  CharterDocument *copy;

  g_return_val_if_fail (CHARTER_IS_DOCUMENT (self), NULL);

  copy = charter_document_new ();
  charter_document_assign (copy, self);
  return copy;
}

static gboolean
items_equal (CharterItem *a,
             CharterItem *b)
{
  guint n = charter_item_get_n_fields (a);

  for (guint i = 0; i < n; i++)
    if (g_strcmp0 (charter_item_get (a, i), charter_item_get (b, i)) != 0)
      return FALSE;

  return TRUE;
}

gboolean
charter_document_equal (CharterDocument *a,
                        CharterDocument *b)
{
  g_return_val_if_fail (CHARTER_IS_DOCUMENT (a), FALSE);
  g_return_val_if_fail (CHARTER_IS_DOCUMENT (b), FALSE);

  if (g_strcmp0 (a->language, b->language) != 0)
    return FALSE;

  for (guint i = 0; i < CHARTER_N_FIELDS; i++)
    if (g_strcmp0 (charter_document_get (a, i), charter_document_get (b, i)) != 0)
      return FALSE;

  if ((a->logo == NULL) != (b->logo == NULL))
    return FALSE;
  if (a->logo != NULL &&
      (!g_bytes_equal (a->logo, b->logo) || g_strcmp0 (a->logo_type, b->logo_type) != 0))
    return FALSE;

  for (guint k = 0; k < CHARTER_N_LISTS; k++)
    {
      guint n = charter_document_get_n_items (a, k);

      if (n != charter_document_get_n_items (b, k))
        return FALSE;

      for (guint i = 0; i < n; i++)
        if (!items_equal (charter_document_get_item (a, k, i),
                          charter_document_get_item (b, k, i)))
          return FALSE;
    }

  return charter_results_equal (a->results, b->results);
}

CharterResults *
charter_document_get_results (CharterDocument *self)
{
  g_return_val_if_fail (CHARTER_IS_DOCUMENT (self), NULL);
  return self->results;
}

char *
charter_document_new_standard_id (CharterDocument *self)
{
  guint n;
  guint64 highest = 0;

  g_return_val_if_fail (CHARTER_IS_DOCUMENT (self), NULL);

  n = charter_document_get_n_items (self, CHARTER_LIST_STANDARDS);
  for (guint i = 0; i < n; i++)
    {
      const char *id = charter_item_get (charter_document_get_item (self, CHARTER_LIST_STANDARDS, i),
                                         CHARTER_STANDARD_ID);
      guint64 number;

      if (id[0] == 's' && g_ascii_string_to_unsigned (id + 1, 10, 0, G_MAXUINT32, &number, NULL))
        highest = MAX (highest, number);
    }

  return g_strdup_printf ("s%" G_GUINT64_FORMAT, highest + 1);
}
