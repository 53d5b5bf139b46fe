/* test-history.c — undo/redo grouping and autosaved drafts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>

#include "charter-drafts.h"
#include "charter-format.h"
#include "charter-history.h"
#include "charter-templates.h"

static void
type_text (CharterDocument *doc,
           CharterField     field,
           const char      *text)
{
  g_autoptr(GString) typed = g_string_new (charter_document_get (doc, field));

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      g_string_append_unichar (typed, g_utf8_get_char (p));
      charter_document_set (doc, field, typed->str);
    }
}

static void
test_typing_is_one_step (void)
{
  g_autoptr(CharterDocument) doc = charter_document_new ();
  g_autoptr(CharterHistory) history = charter_history_new (doc);

  g_assert_false (charter_history_can_undo (history));
  type_text (doc, CHARTER_FIELD_NAME, "Hollis & Daughters");
  g_assert_true (charter_history_can_undo (history));
  type_text (doc, CHARTER_FIELD_PURPOSE, "Right first time.");

  charter_history_undo (history);
  g_assert_cmpstr (charter_document_get (doc, CHARTER_FIELD_PURPOSE), ==, "");
  g_assert_cmpstr (charter_document_get (doc, CHARTER_FIELD_NAME), ==, "Hollis & Daughters");
  charter_history_undo (history);
  g_assert_cmpstr (charter_document_get (doc, CHARTER_FIELD_NAME), ==, "");
  g_assert_false (charter_history_can_undo (history));
  g_assert_true (charter_history_can_redo (history));

  charter_history_redo (history);
  g_assert_cmpstr (charter_document_get (doc, CHARTER_FIELD_NAME), ==, "Hollis & Daughters");
  charter_history_redo (history);
  g_assert_cmpstr (charter_document_get (doc, CHARTER_FIELD_PURPOSE), ==, "Right first time.");
  g_assert_false (charter_history_can_redo (history));
}

static void
test_break_and_redo_cleared (void)
{
  g_autoptr(CharterDocument) doc = charter_document_new ();
  g_autoptr(CharterHistory) history = charter_history_new (doc);

  type_text (doc, CHARTER_FIELD_NAME, "Cafe");
  charter_history_break_group (history);
  type_text (doc, CHARTER_FIELD_NAME, " Nord");
  charter_history_undo (history);
  g_assert_cmpstr (charter_document_get (doc, CHARTER_FIELD_NAME), ==, "Cafe");

  /* A new edit after undo drops what could be redone. */
  type_text (doc, CHARTER_FIELD_NAME, "!");
  g_assert_false (charter_history_can_redo (history));
  charter_history_undo (history);
  g_assert_cmpstr (charter_document_get (doc, CHARTER_FIELD_NAME), ==, "Cafe");
}

static gboolean
quit_loop (gpointer data)
{
  g_main_loop_quit (data);
  return G_SOURCE_REMOVE;
}

static void
test_pause_ends_group (void)
{
  g_autoptr(CharterDocument) doc = charter_document_new ();
  g_autoptr(CharterHistory) history = charter_history_new (doc);
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);

  charter_history_set_group_timeout (history, 20);
  type_text (doc, CHARTER_FIELD_NAME, "Cafe");
  g_timeout_add (60, quit_loop, loop);
  g_main_loop_run (loop);
  type_text (doc, CHARTER_FIELD_NAME, " Nord");
  charter_history_undo (history);
  g_assert_cmpstr (charter_document_get (doc, CHARTER_FIELD_NAME), ==, "Cafe");
}

static void
test_lists (void)
{
  g_autoptr(CharterDocument) doc = charter_document_new ();
  g_autoptr(CharterHistory) history = charter_history_new (doc);
  CharterItem *item;

  item = charter_document_add_item (doc, CHARTER_LIST_STANDARDS, -1);
  charter_item_set (item, CHARTER_STANDARD_TEXT, "Answer the phone within 20 seconds");
  item = charter_document_add_item (doc, CHARTER_LIST_STANDARDS, -1);
  charter_item_set (item, CHARTER_STANDARD_TEXT, "Reply to emails within 1 working day");
  charter_document_move_item (doc, CHARTER_LIST_STANDARDS, 1, 0);

  charter_history_undo (history);  /* the move */
  g_assert_cmpstr (charter_item_get (charter_document_get_item (doc, CHARTER_LIST_STANDARDS, 0),
                                     CHARTER_STANDARD_TEXT), ==, "Answer the phone within 20 seconds");
  charter_history_undo (history);  /* the second text */
  charter_history_undo (history);  /* the second add */
  g_assert_cmpuint (charter_document_get_n_items (doc, CHARTER_LIST_STANDARDS), ==, 1);
  charter_history_undo (history);
  charter_history_undo (history);
  g_assert_cmpuint (charter_document_get_n_items (doc, CHARTER_LIST_STANDARDS), ==, 0);
  g_assert_false (charter_history_can_undo (history));

  while (charter_history_can_redo (history))
    charter_history_redo (history);
  g_assert_cmpuint (charter_document_get_n_items (doc, CHARTER_LIST_STANDARDS), ==, 2);
  g_assert_cmpstr (charter_item_get (charter_document_get_item (doc, CHARTER_LIST_STANDARDS, 0),
                                     CHARTER_STANDARD_TEXT), ==, "Reply to emails within 1 working day");
}

static void
test_logo_and_language (void)
{
  g_autoptr(CharterDocument) doc = charter_document_new ();
  g_autoptr(CharterHistory) history = charter_history_new (doc);
  g_autoptr(GBytes) logo = g_bytes_new_static ("<svg/>", 6);

  charter_document_set_language (doc, "da");
  charter_document_set_logo (doc, logo, "image/svg+xml");
  charter_history_undo (history);
  g_assert_null (charter_document_get_logo (doc, NULL));
  g_assert_cmpstr (charter_document_get_language (doc), ==, "da");
  charter_history_undo (history);
  g_assert_cmpstr (charter_document_get_language (doc), ==, "en");
}

static void
test_undo_whole_template (void)
{
  g_autoptr(CharterDocument) doc = charter_template_create ("shop", NULL, NULL);
  g_autoptr(CharterDocument) original = charter_document_copy (doc);
  g_autoptr(CharterHistory) history = charter_history_new (doc);

  charter_document_remove_item (doc, CHARTER_LIST_STANDARDS, 0);
  charter_document_set (doc, CHARTER_FIELD_EMAIL, NULL);
  charter_history_undo (history);
  charter_history_undo (history);
  g_assert_true (charter_document_equal (doc, original));
}

static void
set_counts (CharterDocument *doc,
            guint64          total,
            guint64          met)
{
  g_autoptr(CharterResult) result = charter_result_new ("s1");

  result->has_counts = TRUE;
  result->total = total;
  result->met = met;
  charter_results_set (charter_document_get_results (doc), "2026-Q3", result);
}

static guint64
met_of (CharterDocument *doc)
{
  const CharterResult *result = charter_results_lookup (charter_document_get_results (doc), "2026-Q3", "s1");

  return result ? result->met : G_MAXUINT64;
}

/* Results typed in quick succession are one step, like a field. */
static void
test_results (void)
{
  g_autoptr(CharterDocument) doc = charter_template_create ("shop", NULL, NULL);
  g_autoptr(CharterHistory) history = charter_history_new (doc);

  charter_results_add_period (charter_document_get_results (doc), "2026-Q3");
  set_counts (doc, 200, 190);
  charter_history_break_group (history);
  charter_results_remove (charter_document_get_results (doc), "2026-Q3", "s1");
  set_counts (doc, 200, 1);
  set_counts (doc, 200, 100);
  g_assert_cmpuint (met_of (doc), ==, 100);

  charter_history_undo (history);
  g_assert_cmpuint (met_of (doc), ==, 190);
  charter_history_undo (history);
  g_assert_false (charter_results_has_period (charter_document_get_results (doc), "2026-Q3"));
  charter_history_redo (history);
  charter_history_redo (history);
  g_assert_cmpuint (met_of (doc), ==, 100);
}

static void
test_drafts (void)
{
  g_autofree char *dir = g_dir_make_tmp ("charter-drafts-XXXXXX", NULL);
  g_autofree char *drafts_dir = g_build_filename (dir, "deep", "drafts", NULL);
  g_autofree char *first = charter_drafts_new_path (drafts_dir);
  g_autofree char *second = charter_drafts_new_path (drafts_dir);
  g_autoptr(CharterDocument) doc = charter_template_create ("shop", NULL, NULL);
  g_autoptr(CharterDocument) blank = charter_document_new ();
  g_autoptr(GPtrArray) none = charter_drafts_list (drafts_dir);
  g_autoptr(GPtrArray) drafts = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CharterDocument) loaded = NULL;
  CharterDraft *draft;

  g_assert_cmpuint (none->len, ==, 0);
  g_assert_cmpstr (first, !=, second);

  g_assert_true (charter_drafts_save (first, blank, NULL, &error));
  g_assert_no_error (error);
  g_usleep (20000);
  g_assert_true (charter_drafts_save (second, doc, "/home/me/shop.charter", &error));
  g_assert_no_error (error);

  drafts = charter_drafts_list (drafts_dir);
  g_assert_cmpuint (drafts->len, ==, 2);
  draft = g_ptr_array_index (drafts, 0);
  g_assert_cmpstr (draft->path, ==, second);
  g_assert_cmpstr (draft->origin, ==, "/home/me/shop.charter");
  g_assert_cmpstr (draft->title, ==, charter_document_get (doc, CHARTER_FIELD_NAME));
  draft = g_ptr_array_index (drafts, 1);
  g_assert_null (draft->origin);
  g_assert_null (draft->title);

  loaded = charter_format_load_file (second, &error);
  g_assert_no_error (error);
  g_assert_true (charter_document_equal (loaded, doc));

  charter_drafts_discard (first);
  charter_drafts_discard (second);
  charter_drafts_discard (second);
  g_clear_pointer (&drafts, g_ptr_array_unref);
  drafts = charter_drafts_list (drafts_dir);
  g_assert_cmpuint (drafts->len, ==, 0);

  g_rmdir (drafts_dir);
  g_clear_pointer (&drafts_dir, g_free);
  drafts_dir = g_build_filename (dir, "deep", NULL);
  g_rmdir (drafts_dir);
  g_rmdir (dir);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/history/typing-is-one-step", test_typing_is_one_step);
  g_test_add_func ("/history/break-and-redo-cleared", test_break_and_redo_cleared);
  g_test_add_func ("/history/pause-ends-group", test_pause_ends_group);
  g_test_add_func ("/history/lists", test_lists);
  g_test_add_func ("/history/logo-and-language", test_logo_and_language);
  g_test_add_func ("/history/undo-whole-template", test_undo_whole_template);
  g_test_add_func ("/history/results", test_results);
  g_test_add_func ("/drafts/save-list-discard", test_drafts);

  return g_test_run ();
}
