/* test-document.c — the charter model API
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "charter-document.h"

typedef struct {
  guint changed;
  guint field_changed;
  guint last_field;
  guint item_changed;
  guint list_changed;
} Counts;

static void
on_changed (CharterDocument *doc, Counts *c)
{
  c->changed++;
}

static void
on_field_changed (CharterDocument *doc, guint field, Counts *c)
{
  c->field_changed++;
  c->last_field = field;
}

static void
on_item_changed (CharterDocument *doc, guint kind, guint position, guint field, Counts *c)
{
  c->item_changed++;
}

static void
on_list_changed (CharterDocument *doc, guint kind, Counts *c)
{
  c->list_changed++;
}

static CharterDocument *
watched_document (Counts *c)
{
  CharterDocument *doc = charter_document_new ();

  g_signal_connect (doc, "changed", G_CALLBACK (on_changed), c);
  g_signal_connect (doc, "field-changed", G_CALLBACK (on_field_changed), c);
  g_signal_connect (doc, "item-changed", G_CALLBACK (on_item_changed), c);
  g_signal_connect (doc, "list-changed", G_CALLBACK (on_list_changed), c);
  return doc;
}

static void
test_fields (void)
{
  Counts c = { 0 };
  g_autoptr(CharterDocument) doc = watched_document (&c);

  g_assert_cmpstr (charter_document_get (doc, CHARTER_FIELD_NAME), ==, "");
  g_assert_cmpstr (charter_document_get_language (doc), ==, "en");

  charter_document_set (doc, CHARTER_FIELD_NAME, "Café Øresund");
  g_assert_cmpstr (charter_document_get (doc, CHARTER_FIELD_NAME), ==, "Café Øresund");
  g_assert_cmpuint (c.field_changed, ==, 1);
  g_assert_cmpuint (c.last_field, ==, CHARTER_FIELD_NAME);
  g_assert_cmpuint (c.changed, ==, 1);

  /* Setting the same value is not a change. */
  charter_document_set (doc, CHARTER_FIELD_NAME, "Café Øresund");
  g_assert_cmpuint (c.changed, ==, 1);

  /* Empty and NULL both mean "unset". */
  charter_document_set (doc, CHARTER_FIELD_NAME, "");
  g_assert_cmpstr (charter_document_get (doc, CHARTER_FIELD_NAME), ==, "");
  g_assert_cmpuint (c.changed, ==, 2);
  charter_document_set (doc, CHARTER_FIELD_NAME, NULL);
  g_assert_cmpuint (c.changed, ==, 2);

  charter_document_set_language (doc, "da");
  g_assert_cmpstr (charter_document_get_language (doc), ==, "da");
  g_assert_cmpuint (c.changed, ==, 3);
}

static void
test_lists (void)
{
  Counts c = { 0 };
  g_autoptr(CharterDocument) doc = watched_document (&c);
  CharterItem *a, *b, *s;

  a = charter_document_add_item (doc, CHARTER_LIST_RIGHTS, -1);
  charter_item_set (a, CHARTER_TEXT_TEXT, "first");
  b = charter_document_add_item (doc, CHARTER_LIST_RIGHTS, -1);
  charter_item_set (b, CHARTER_TEXT_TEXT, "second");
  g_assert_cmpuint (charter_document_get_n_items (doc, CHARTER_LIST_RIGHTS), ==, 2);
  g_assert_cmpuint (c.list_changed, ==, 2);
  g_assert_cmpuint (c.item_changed, ==, 2);

  /* Insert at the front. */
  s = charter_document_add_item (doc, CHARTER_LIST_RIGHTS, 0);
  charter_item_set (s, CHARTER_TEXT_TEXT, "zeroth");
  g_assert_true (charter_document_get_item (doc, CHARTER_LIST_RIGHTS, 0) == s);

  charter_document_move_item (doc, CHARTER_LIST_RIGHTS, 0, 2);
  g_assert_cmpstr (charter_item_get (charter_document_get_item (doc, CHARTER_LIST_RIGHTS, 0), 0), ==, "first");
  g_assert_cmpstr (charter_item_get (charter_document_get_item (doc, CHARTER_LIST_RIGHTS, 1), 0), ==, "second");
  g_assert_cmpstr (charter_item_get (charter_document_get_item (doc, CHARTER_LIST_RIGHTS, 2), 0), ==, "zeroth");

  charter_document_remove_item (doc, CHARTER_LIST_RIGHTS, 1);
  g_assert_cmpuint (charter_document_get_n_items (doc, CHARTER_LIST_RIGHTS), ==, 2);
  g_assert_cmpstr (charter_item_get (charter_document_get_item (doc, CHARTER_LIST_RIGHTS, 1), 0), ==, "zeroth");

  /* Lists are independent. */
  g_assert_cmpuint (charter_document_get_n_items (doc, CHARTER_LIST_RESPONSIBILITIES), ==, 0);
  g_assert_null (charter_document_get_item (doc, CHARTER_LIST_RIGHTS, 7));

  charter_document_clear_list (doc, CHARTER_LIST_RIGHTS);
  g_assert_cmpuint (charter_document_get_n_items (doc, CHARTER_LIST_RIGHTS), ==, 0);
}

static void
test_removed_item_is_not_watched (void)
{
  Counts c = { 0 };
  g_autoptr(CharterDocument) doc = watched_document (&c);
  g_autoptr(CharterItem) keep = NULL;
  guint before;

  keep = g_object_ref (charter_document_add_item (doc, CHARTER_LIST_CHANNELS, -1));
  charter_document_remove_item (doc, CHARTER_LIST_CHANNELS, 0);
  before = c.changed;
  charter_item_set (keep, CHARTER_CHANNEL_NAME, "Phone");
  g_assert_cmpuint (c.changed, ==, before);
}

static void
test_standard_ids (void)
{
  g_autoptr(CharterDocument) doc = charter_document_new ();
  CharterItem *s1, *s2, *s3;

  s1 = charter_document_add_item (doc, CHARTER_LIST_STANDARDS, -1);
  s2 = charter_document_add_item (doc, CHARTER_LIST_STANDARDS, -1);
  g_assert_cmpstr (charter_item_get (s1, CHARTER_STANDARD_ID), ==, "s1");
  g_assert_cmpstr (charter_item_get (s2, CHARTER_STANDARD_ID), ==, "s2");

  charter_item_set (s1, CHARTER_STANDARD_ID, "s41");
  s3 = charter_document_add_item (doc, CHARTER_LIST_STANDARDS, -1);
  g_assert_cmpstr (charter_item_get (s3, CHARTER_STANDARD_ID), ==, "s42");
}

static void
test_freeze (void)
{
  Counts c = { 0 };
  g_autoptr(CharterDocument) doc = watched_document (&c);

  charter_document_freeze_changed (doc);
  charter_document_set (doc, CHARTER_FIELD_NAME, "A");
  charter_document_set (doc, CHARTER_FIELD_PURPOSE, "B");
  charter_document_add_item (doc, CHARTER_LIST_STAGES, -1);
  g_assert_cmpuint (c.changed, ==, 0);
  g_assert_cmpuint (c.field_changed, ==, 2);
  charter_document_thaw_changed (doc);
  g_assert_cmpuint (c.changed, ==, 1);

  /* Thawing without changes emits nothing. */
  charter_document_freeze_changed (doc);
  charter_document_thaw_changed (doc);
  g_assert_cmpuint (c.changed, ==, 1);
}

static void
test_copy_equal (void)
{
  g_autoptr(CharterDocument) doc = charter_document_new ();
  g_autoptr(CharterDocument) copy = NULL;
  g_autoptr(GBytes) logo = g_bytes_new_static ("\x89PNG", 4);
  CharterItem *s;

  charter_document_set (doc, CHARTER_FIELD_NAME, "Shop");
  charter_document_set_logo (doc, logo, "image/png");
  s = charter_document_add_item (doc, CHARTER_LIST_STANDARDS, -1);
  charter_item_set (s, CHARTER_STANDARD_TEXT, "Answer in 20 seconds");

  copy = charter_document_copy (doc);
  g_assert_true (charter_document_equal (doc, copy));

  /* The copy is deep. */
  charter_item_set (charter_document_get_item (copy, CHARTER_LIST_STANDARDS, 0),
                    CHARTER_STANDARD_TEXT, "Answer in 30 seconds");
  g_assert_cmpstr (charter_item_get (s, CHARTER_STANDARD_TEXT), ==, "Answer in 20 seconds");
  g_assert_false (charter_document_equal (doc, copy));

  charter_document_assign (copy, doc);
  g_assert_true (charter_document_equal (doc, copy));

  charter_document_set_logo (copy, NULL, NULL);
  g_assert_false (charter_document_equal (doc, copy));
}

static void
test_assign_emits_once (void)
{
  Counts c = { 0 };
  g_autoptr(CharterDocument) target = watched_document (&c);
  g_autoptr(CharterDocument) source = charter_document_new ();

  charter_document_set (source, CHARTER_FIELD_NAME, "A");
  charter_document_add_item (source, CHARTER_LIST_RIGHTS, -1);
  charter_document_add_item (source, CHARTER_LIST_STANDARDS, -1);

  charter_document_assign (target, source);
  g_assert_cmpuint (c.changed, ==, 1);
  g_assert_true (charter_document_equal (target, source));
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/document/fields", test_fields);
  g_test_add_func ("/document/lists", test_lists);
  g_test_add_func ("/document/removed-item-unwatched", test_removed_item_is_not_watched);
  g_test_add_func ("/document/standard-ids", test_standard_ids);
  g_test_add_func ("/document/freeze", test_freeze);
  g_test_add_func ("/document/copy-equal", test_copy_equal);
  g_test_add_func ("/document/assign-emits-once", test_assign_emits_once);

  return g_test_run ();
}
