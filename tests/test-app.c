/* test-app.c — the application driven through its real widgets under Xvfb
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Launch, start from a template, fill every step, edit a list with its
 * buttons, save, reopen and compare; undo/redo; closing with unsaved
 * changes; recovering the draft of a process killed with SIGKILL; and a
 * screenshot of every step in light and dark style for a person to look at.
 *
 * `test-app --child-edit` is the process that gets killed: it edits a
 * charter, writes its draft, says "ready" and waits.
 */
#include "config.h"

#include <signal.h>
#include <string.h>
#include <sys/wait.h>
#include <glib/gstdio.h>

#include "charter-app-resources.h"
#include "charter-application.h"
#include "charter-drafts.h"
#include "charter-format.h"
#include "charter-gl.h"
#include "charter-list-editor.h"
#include "charter-preview.h"
#include "charter-layout.h"
#include "charter-templates.h"
#include "charter-export.h"
#include "charter-print.h"
#include "charter-welcome.h"
#include "charter-window.h"
#include "test-util.h"

#define KILLED_NAME "Killed Before Saving Ltd"

static CharterApplication *app;
static char *tmp_home;

/* --- helpers */

static gboolean
on_timeout (gpointer data)
{
  *(gboolean *)data = TRUE;
  return G_SOURCE_REMOVE;
}

/* Runs the main loop until @done says so, or fails after 10 s. */
#define WAIT_UNTIL(cond)                                                      \
  G_STMT_START {                                                              \
    gboolean timed_out_ = FALSE;                                              \
    guint id_ = g_timeout_add_seconds (10, on_timeout, &timed_out_);          \
    while (!(cond) && !timed_out_)                                            \
      g_main_context_iteration (NULL, TRUE);                                  \
    if (!timed_out_)                                                          \
      g_source_remove (id_);                                                  \
    g_assert_true (cond);                                                     \
  } G_STMT_END

/* Lets pending idles, layout and drawing run. */
static void
settle (guint ms)
{
  gboolean done = FALSE;

  g_timeout_add (ms, on_timeout, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
}

static CharterWindow *
new_window (void)
{
  CharterWindow *window = charter_window_new (GTK_APPLICATION (app));

  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 860);
  gtk_window_present (GTK_WINDOW (window));
  WAIT_UNTIL (gtk_widget_get_mapped (GTK_WIDGET (window)));
  return window;
}

static void
destroy_window (CharterWindow *window)
{
  g_autoptr(GtkWidget) ref = g_object_ref (GTK_WIDGET (window));

  gtk_window_destroy (GTK_WINDOW (window));
  settle (10);
}

typedef gboolean (*WidgetMatch) (GtkWidget *widget, gpointer data);

/* Depth first, in the order a user tabs through them; list editors'
 * insides are skipped unless @into_lists. */
static void
collect (GtkWidget   *widget,
         WidgetMatch  match,
         gpointer     data,
         gboolean     into_lists,
         GPtrArray   *found)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      if (match (child, data))
        g_ptr_array_add (found, child);
      if (into_lists || !CHARTER_IS_LIST_EDITOR (child))
        collect (child, match, data, into_lists, found);
    }
}

static GtkWidget *
find_first (GtkWidget   *root,
            WidgetMatch  match,
            gpointer     data)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new ();

  collect (root, match, data, TRUE, found);
  return found->len > 0 ? g_ptr_array_index (found, 0) : NULL;
}

static gboolean
is_form_field (GtkWidget *widget,
               gpointer   data)
{
  return ADW_IS_ENTRY_ROW (widget) || GTK_IS_TEXT_VIEW (widget);
}

static gboolean
is_type (GtkWidget *widget,
         gpointer   data)
{
  return G_TYPE_CHECK_INSTANCE_TYPE (widget, GPOINTER_TO_SIZE (data));
}

/* The first list editor on @page. */
static CharterListEditor *
page_list_editor (CharterPage *page)
{
  return CHARTER_LIST_EDITOR (find_first (GTK_WIDGET (page), is_type, GSIZE_TO_POINTER (CHARTER_TYPE_LIST_EDITOR)));
}

static gboolean
has_name (GtkWidget *widget,
          gpointer   data)
{
  return g_strcmp0 (gtk_widget_get_name (widget), data) == 0;
}

static gboolean
has_action_target (GtkWidget *widget,
                   gpointer   data)
{
  const char **want = data;   /* { action, string inside the target } */
  GVariant *target;
  g_autofree char *printed = NULL;

  if (!GTK_IS_ACTIONABLE (widget) ||
      g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), want[0]) != 0)
    return FALSE;
  target = gtk_actionable_get_action_target_value (GTK_ACTIONABLE (widget));
  printed = target ? g_variant_print (target, FALSE) : g_strdup ("");
  return strstr (printed, want[1]) != NULL;
}

static gboolean
is_add_button (GtkWidget *widget,
               gpointer   data)
{
  return GTK_IS_BUTTON (widget) && ADW_IS_BUTTON_CONTENT (gtk_button_get_child (GTK_BUTTON (widget)));
}

static gboolean
is_visible_open_button (GtkWidget *widget,
                        gpointer   data)
{
  return GTK_IS_BUTTON (widget) && gtk_widget_is_visible (widget) &&
         g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), "win.open") == 0;
}

static double
x_in (GtkWidget *widget,
      GtkWidget *ancestor)
{
  graphene_rect_t bounds;

  g_assert_true (gtk_widget_compute_bounds (widget, ancestor, &bounds));
  return bounds.origin.x;
}

static void
set_widget_text (GtkWidget  *widget,
                 const char *text)
{
  if (GTK_IS_TEXT_VIEW (widget))
    gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (widget)), text, -1);
  else
    gtk_editable_set_text (GTK_EDITABLE (widget), text);
}

static char *
get_widget_text (GtkWidget *widget)
{
  if (GTK_IS_TEXT_VIEW (widget))
    {
      GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (widget));
      GtkTextIter start, end;

      gtk_text_buffer_get_bounds (buffer, &start, &end);
      return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
    }
  return g_strdup (gtk_editable_get_text (GTK_EDITABLE (widget)));
}

static gboolean
document_has_field_value (CharterDocument *document,
                          const char      *value)
{
  for (guint f = 0; f < CHARTER_N_FIELDS; f++)
    if (g_strcmp0 (charter_document_get (document, f), value) == 0)
      return TRUE;
  return FALSE;
}

static gboolean
list_has_text (CharterDocument *document,
               CharterListKind  kind,
               guint            field,
               const char      *value)
{
  for (guint i = 0; i < charter_document_get_n_items (document, kind); i++)
    if (g_strcmp0 (charter_item_get (charter_document_get_item (document, kind, i), field), value) == 0)
      return TRUE;
  return FALSE;
}

static void
click (GtkWidget *button)
{
  g_assert_true (GTK_IS_BUTTON (button));
  g_assert_true (gtk_widget_is_sensitive (button));
  g_signal_emit_by_name (button, "clicked");
  settle (10);
}

/* The editor's own list: visible, and not the inside of an expander row
 * (AdwPreferencesGroup keeps a hidden one of its own). */
static gboolean
is_items_list (GtkWidget *widget,
               gpointer   editor)
{
  if (!GTK_IS_LIST_BOX (widget) || !gtk_widget_get_visible (widget))
    return FALSE;
  for (GtkWidget *w = gtk_widget_get_parent (widget); w != editor; w = gtk_widget_get_parent (w))
    if (GTK_IS_LIST_BOX_ROW (w))
      return FALSE;
  return TRUE;
}

static GtkWidget *
list_row (CharterListEditor *editor,
          guint              position)
{
  GtkWidget *list = find_first (GTK_WIDGET (editor), is_items_list, editor);
  GtkListBoxRow *row;

  g_assert_nonnull (list);
  row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), position);

  g_assert_nonnull (row);
  return GTK_WIDGET (row);
}

/* The first text field of the row: the list item's main text. Expander
 * rows are opened first, as a user would. */
static GtkWidget *
row_first_field (GtkWidget *row)
{
  if (ADW_IS_ENTRY_ROW (row))
    return row;
  if (!ADW_IS_EXPANDER_ROW (row))
    return find_first (row, is_type, GSIZE_TO_POINTER (GTK_TYPE_TEXT_VIEW));
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
  return find_first (row, is_type, GSIZE_TO_POINTER (ADW_TYPE_ENTRY_ROW));
}

static CharterWindow *
window_from_template (const char *id)
{
  CharterWindow *window = new_window ();
  const char *want[] = { "win.new-from-template", id };
  GtkWidget *row;

  g_assert_true (charter_window_is_empty (window));
  row = find_first (GTK_WIDGET (window), has_action_target, want);
  g_assert_nonnull (row);
  g_assert_true (gtk_widget_is_visible (row));
  /* What a click or Enter on the welcome row does. */
  g_assert_true (gtk_widget_activate (row));
  WAIT_UNTIL (!charter_window_is_empty (window));
  g_assert_false (charter_window_get_modified (window));
  return window;
}

static char *
tmp_file (const char *name)
{
  return g_build_filename (tmp_home, name, NULL);
}

static char *
read_file (const char *path)
{
  char *contents = NULL;
  g_autoptr(GError) error = NULL;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  return contents;
}

/* --- tests */

static void
test_launch (void)
{
  CharterWindow *window = window_from_template ("shop");
  CharterDocument *document = charter_window_get_document (window);

  g_assert_cmpstr (charter_document_get (document, CHARTER_FIELD_NAME), !=, "");
  g_assert_cmpuint (charter_document_get_n_items (document, CHARTER_LIST_STANDARDS), >, 0);
  g_assert_cmpint (charter_window_get_step (window), ==, CHARTER_STEP_ABOUT);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (charter_window_get_page (window, CHARTER_STEP_ABOUT))));
  destroy_window (window);
}

/* Types into the first form field of every step (a list's new item where
 * the step is only lists) and checks the document holds it. */
static void
fill_every_step (CharterWindow *window)
{
  CharterDocument *document = charter_window_get_document (window);

  for (CharterStep step = 0; step < CHARTER_N_STEPS; step++)
    {
      CharterPage *page = charter_window_get_page (window, step);
      g_autoptr(GPtrArray) fields = g_ptr_array_new ();
      g_autofree char *text = g_strdup_printf ("Filled on step %u, æøå", step + 1);

      charter_window_show_step (window, step);
      settle (10);
      g_assert_cmpint (charter_window_get_step (window), ==, step);
      g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (page)));

      collect (GTK_WIDGET (page), is_form_field, NULL, FALSE, fields);
      if (fields->len > 0)
        {
          set_widget_text (g_ptr_array_index (fields, 0), text);
          g_assert_true (document_has_field_value (document, text));
        }
      else
        {
          CharterListEditor *editor = page_list_editor (page);
          CharterListKind kind = charter_list_editor_get_kind (editor);
          guint n = charter_document_get_n_items (document, kind);

          click (find_first (GTK_WIDGET (editor), is_add_button, NULL));
          g_assert_cmpuint (charter_document_get_n_items (document, kind), ==, n + 1);
          set_widget_text (row_first_field (list_row (editor, n)), text);
          g_assert_true (list_has_text (document, kind, 0, text) ||
                         list_has_text (document, kind, CHARTER_STANDARD_TEXT, text) ||
                         list_has_text (document, kind, CHARTER_TEXT_TEXT, text));
        }
      g_assert_true (charter_window_get_modified (window));
    }
}

/* Adds a standard with the Add button, moves it up and removes another
 * with the row buttons, checking the document's order each time. */
static void
edit_standards (CharterWindow *window)
{
  CharterDocument *document = charter_window_get_document (window);
  CharterPage *page = charter_window_get_page (window, CHARTER_STEP_STANDARDS);
  CharterListEditor *editor;
  guint n;
  g_autofree char *first = NULL;

  charter_window_show_step (window, CHARTER_STEP_STANDARDS);
  settle (10);
  editor = page_list_editor (page);
  g_assert_cmpint (charter_list_editor_get_kind (editor), ==, CHARTER_LIST_STANDARDS);

  n = charter_document_get_n_items (document, CHARTER_LIST_STANDARDS);
  g_assert_cmpuint (n, >=, 2);
  click (find_first (GTK_WIDGET (editor), is_add_button, NULL));
  g_assert_cmpuint (charter_document_get_n_items (document, CHARTER_LIST_STANDARDS), ==, n + 1);
  set_widget_text (row_first_field (list_row (editor, n)), "We answer the phone within 20 seconds");
  g_assert_cmpstr (charter_item_get (charter_document_get_item (document, CHARTER_LIST_STANDARDS, n),
                                     CHARTER_STANDARD_TEXT), ==, "We answer the phone within 20 seconds");

  /* The row's buttons read up, down, remove, left to right. */
  {
    GtkWidget *row = list_row (editor, 0);

    settle (50);
    g_assert_cmpfloat (x_in (find_first (row, has_name, "up"), row), <, x_in (find_first (row, has_name, "down"), row));
    g_assert_cmpfloat (x_in (find_first (row, has_name, "down"), row), <, x_in (find_first (row, has_name, "remove"), row));
  }

  /* Up moves it one place towards the top. */
  click (find_first (list_row (editor, n), has_name, "up"));
  g_assert_cmpstr (charter_item_get (charter_document_get_item (document, CHARTER_LIST_STANDARDS, n - 1),
                                     CHARTER_STANDARD_TEXT), ==, "We answer the phone within 20 seconds");
  /* Up on the first row and down on the last cannot be pressed. */
  g_assert_false (gtk_widget_is_sensitive (find_first (list_row (editor, 0), has_name, "up")));
  g_assert_true (gtk_widget_is_sensitive (find_first (list_row (editor, 0), has_name, "down")));
  g_assert_true (gtk_widget_is_sensitive (find_first (list_row (editor, n), has_name, "up")));
  g_assert_false (gtk_widget_is_sensitive (find_first (list_row (editor, n), has_name, "down")));
  /* The row that was last is not any more. */
  g_assert_true (gtk_widget_is_sensitive (find_first (list_row (editor, n - 1), has_name, "down")));

  /* Remove the first standard: the rest move up and the count drops. */
  first = g_strdup (charter_item_get (charter_document_get_item (document, CHARTER_LIST_STANDARDS, 1),
                                      CHARTER_STANDARD_TEXT));
  click (find_first (list_row (editor, 0), has_name, "remove"));
  g_assert_cmpuint (charter_document_get_n_items (document, CHARTER_LIST_STANDARDS), ==, n);
  g_assert_cmpstr (charter_item_get (charter_document_get_item (document, CHARTER_LIST_STANDARDS, 0),
                                     CHARTER_STANDARD_TEXT), ==, first);
  g_assert_cmpstr (charter_item_get (charter_document_get_item (document, CHARTER_LIST_STANDARDS, n - 2),
                                     CHARTER_STANDARD_TEXT), ==, "We answer the phone within 20 seconds");
  /* The widgets follow the model. */
  {
    g_autofree char *shown = get_widget_text (row_first_field (list_row (editor, n - 2)));
    g_assert_cmpstr (shown, ==, "We answer the phone within 20 seconds");
  }
}

/* The header bar's subtitle: the folder the file is in. */
static void
assert_window_folder (CharterWindow *window,
                      const char    *expected)
{
  AdwWindowTitle *title = ADW_WINDOW_TITLE (find_first (GTK_WIDGET (window), is_type,
                                                        GSIZE_TO_POINTER (ADW_TYPE_WINDOW_TITLE)));

  g_assert_cmpstr (adw_window_title_get_subtitle (title), ==, expected);
}

static void
test_fill_save_reopen (void)
{
  CharterWindow *window = window_from_template ("cafe");
  CharterWindow *reopened;
  g_autofree char *path = tmp_file ("filled.charter");
  g_autofree char *documents = tmp_file ("Documents");
  g_autofree char *again_path = g_build_filename (documents, "filled-again.charter", NULL);
  g_autofree char *elsewhere = g_dir_make_tmp ("charter-test-elsewhere-XXXXXX", NULL);
  g_autofree char *elsewhere_path = g_build_filename (elsewhere, "filled.charter", NULL);
  g_autoptr(GFile) elsewhere_file = g_file_new_for_path (elsewhere_path);
  g_autofree char *bytes = NULL;
  g_autofree char *again = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) again_file = g_file_new_for_path (again_path);
  g_autoptr(GError) error = NULL;

  fill_every_step (window);
  edit_standards (window);

  g_assert_true (charter_window_save_sync (window, file, &error));
  g_assert_no_error (error);
  g_assert_false (charter_window_get_modified (window));
  g_assert_true (g_file_equal (charter_window_get_file (window), file));
  g_assert_true (g_str_has_prefix (gtk_window_get_title (GTK_WINDOW (window)), "filled.charter"));
  assert_window_folder (window, "~");

  reopened = new_window ();
  charter_window_open_file (reopened, file);
  WAIT_UNTIL (!charter_window_is_empty (reopened));
  g_assert_false (charter_window_get_modified (reopened));
  g_assert_true (charter_document_equal (charter_window_get_document (window),
                                         charter_window_get_document (reopened)));
  g_assert_true (document_has_field_value (charter_window_get_document (reopened), "Filled on step 1, æøå"));

  /* Saving what was loaded gives the same bytes. */
  g_assert_cmpint (g_mkdir (documents, 0700), ==, 0);
  g_assert_true (charter_window_save_sync (reopened, again_file, &error));
  g_assert_no_error (error);
  bytes = read_file (path);
  again = read_file (again_path);
  g_assert_cmpstr (bytes, ==, again);
  assert_window_folder (reopened, "~/Documents");

  /* Outside the home folder, the folder's whole name. */
  g_assert_nonnull (elsewhere);
  g_assert_true (charter_window_save_sync (reopened, elsewhere_file, &error));
  g_assert_no_error (error);
  assert_window_folder (reopened, elsewhere);
  g_assert_cmpint (g_unlink (elsewhere_path), ==, 0);
  g_assert_cmpint (g_rmdir (elsewhere), ==, 0);

  destroy_window (reopened);
  destroy_window (window);
}

/* The names the welcome view's recent charters show, in order. */
static char *
recent_titles (CharterWindow *window)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();
  GString *joined = g_string_new (NULL);
  const char *want[] = { "win.open-recent", "" };

  collect (GTK_WIDGET (window), has_action_target, want, FALSE, rows);
  for (guint i = 0; i < rows->len; i++)
    g_string_append_printf (joined, "%s%s", i > 0 ? " " : "",
                            adw_preferences_row_get_title (g_ptr_array_index (rows, i)));
  return g_string_free (joined, FALSE);
}

static void
count_changes (GtkRecentManager *manager,
               guint            *changes)
{
  (*changes)++;
}

/* Rewrites the recent-files list as @n entries for the files at @paths,
 * in that order in the file, last changed on @dates, and waits for
 * GTK to read it back. */
static void
write_recent (const char * const *paths,
              const char * const *dates,
              guint               n)
{
  GtkRecentManager *manager = gtk_recent_manager_get_default ();
  g_autoptr(GBookmarkFile) bookmarks = g_bookmark_file_new ();
  g_autofree char *filename = NULL;
  g_autoptr(GError) error = NULL;
  guint changes = 0;
  gulong handler = g_signal_connect (manager, "changed", G_CALLBACK (count_changes), &changes);

  g_object_get (manager, "filename", &filename, NULL);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *uri = g_filename_to_uri (paths[i], NULL, NULL);
      g_autoptr(GDateTime) when = g_date_time_new_from_iso8601 (dates[i], NULL);

      g_bookmark_file_set_mime_type (bookmarks, uri, CHARTER_MIME_TYPE);
      g_bookmark_file_add_application (bookmarks, uri, "Charter", "charter %u");
      g_bookmark_file_set_added_date_time (bookmarks, uri, when);
      g_bookmark_file_set_modified_date_time (bookmarks, uri, when);
      g_bookmark_file_set_visited_date_time (bookmarks, uri, when);
    }
  g_assert_true (g_bookmark_file_to_file (bookmarks, filename, &error));
  g_assert_no_error (error);
  WAIT_UNTIL (changes > 0);
  g_signal_handler_disconnect (manager, handler);
}

/* The welcome view's recent charters: the most recently saved or opened
 * first, whatever the order of GTK's list, by name and folder; one
 * deleted since is not offered; saving puts a charter at the top, and a
 * row opens its charter. */
static void
test_recent (void)
{
  GtkRecentManager *manager = gtk_recent_manager_get_default ();
  CharterWindow *window = window_from_template ("shop");
  CharterWindow *welcome;
  const char *names[] = { "older.charter", "newest.charter", "middle.charter", "gone.charter" };
  const char *dates[] = { "2026-01-05T10:00:00Z", "2026-06-05T10:00:00Z", "2026-03-05T10:00:00Z",
                          "2026-09-05T10:00:00Z" };
  char *paths[G_N_ELEMENTS (names)];
  g_autofree char *folder = tmp_file ("Recent");
  g_autofree char *path = g_build_filename (folder, "recent.charter", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *uri = g_file_get_uri (file);
  const char *want[] = { "win.open-recent", uri };
  const char *want_gone[] = { "win.open-recent", "gone.charter" };
  g_autofree char *titles = NULL;
  g_autoptr(GError) error = NULL;
  guint changes = 0;
  gulong handler;
  GtkWidget *row;

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autoptr(GFile) saved = g_file_new_for_path (paths[i] = tmp_file (names[i]));

      g_assert_true (charter_window_save_sync (window, saved, &error));
      g_assert_no_error (error);
    }
  g_assert_cmpint (g_unlink (paths[3]), ==, 0);
  /* GTK writes its list a moment after the last save: after that, ours. */
  handler = g_signal_connect (manager, "changed", G_CALLBACK (count_changes), &changes);
  WAIT_UNTIL (changes > 0);
  g_signal_handler_disconnect (manager, handler);
  write_recent ((const char * const *)paths, dates, G_N_ELEMENTS (names));

  welcome = new_window ();
  titles = recent_titles (welcome);
  g_assert_cmpstr (titles, ==, "newest.charter middle.charter older.charter");
  g_assert_null (find_first (GTK_WIDGET (welcome), has_action_target, want_gone));
  destroy_window (welcome);

  g_assert_cmpint (g_mkdir (folder, 0700), ==, 0);
  g_assert_true (charter_window_save_sync (window, file, &error));
  g_assert_no_error (error);
  destroy_window (window);
  welcome = new_window ();
  g_clear_pointer (&titles, g_free);
  titles = recent_titles (welcome);
  g_assert_cmpstr (titles, ==, "recent.charter newest.charter middle.charter older.charter");
  row = find_first (GTK_WIDGET (welcome), has_action_target, want);
  g_assert_nonnull (row);
  g_assert_true (gtk_widget_is_visible (row));
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==, "~/Recent");

  g_assert_true (gtk_widget_activate (row));
  WAIT_UNTIL (!charter_window_is_empty (welcome));
  g_assert_true (g_file_equal (charter_window_get_file (welcome), file));
  assert_window_folder (welcome, "~/Recent");
  destroy_window (welcome);
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    g_free (paths[i]);
}

static gboolean
is_label_starting (GtkWidget *widget,
                   gpointer   data)
{
  return GTK_IS_LABEL (widget) && gtk_widget_is_visible (widget) &&
         g_str_has_prefix (gtk_label_get_label (GTK_LABEL (widget)), data);
}

/* The sidebar row of @data, a step's title. */
static gboolean
is_step_row (GtkWidget *widget,
             gpointer   data)
{
  return GTK_IS_LIST_BOX_ROW (widget) && find_first (widget, is_label_starting, data) != NULL;
}

static gboolean
has_selected_text (GtkWidget *widget,
                   gpointer   data)
{
  return GTK_IS_LABEL (widget) && gtk_label_get_selection_bounds (GTK_LABEL (widget), NULL, NULL);
}

/* Choosing a step in the sidebar leaves the focus on the first control
 * of its form, ready to type, and no guidance text selected: GTK selects
 * a selectable label whole when it takes the focus. */
static void
test_step_focus (void)
{
  CharterWindow *window = window_from_template ("shop");

  for (CharterStep step = 0; step < CHARTER_N_STEPS; step++)
    {
      GtkWidget *page = GTK_WIDGET (charter_window_get_page (window, step));
      GtkWidget *row = find_first (GTK_WIDGET (window), is_step_row, (gpointer)charter_step_get_title (step));
      GtkWidget *focus;

      g_test_message ("step %s", charter_step_get_id (step));
      g_assert_nonnull (row);
      g_assert_true (gtk_widget_activate (row));
      settle (50);
      g_assert_cmpint (charter_window_get_step (window), ==, step);
      focus = gtk_root_get_focus (GTK_ROOT (window));
      g_assert_nonnull (focus);
      g_assert_true (gtk_widget_is_ancestor (focus, page));
      g_assert_false (GTK_IS_LABEL (focus));
      g_assert_null (find_first (page, has_selected_text, NULL));
    }
  destroy_window (window);
}

static const char *
standard_text (CharterDocument *document,
               guint            position)
{
  return charter_item_get (charter_document_get_item (document, CHARTER_LIST_STANDARDS, position),
                           CHARTER_STANDARD_TEXT);
}

/* Alt+Shift+Up and Down move the item whose row holds the focus, from a
 * field inside its expander too, and the focus stays with the moved
 * item; at the top, up does nothing. */
static void
test_list_keys (void)
{
  CharterWindow *window = window_from_template ("shop");
  CharterDocument *document = charter_window_get_document (window);
  CharterPage *page = charter_window_get_page (window, CHARTER_STEP_STANDARDS);
  CharterListEditor *editor;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  GtkWidget *focus;

  charter_window_show_step (window, CHARTER_STEP_STANDARDS);
  settle (10);
  editor = page_list_editor (page);
  first = g_strdup (standard_text (document, 0));
  second = g_strdup (standard_text (document, 1));
  g_assert_cmpstr (first, !=, second);

  focus = row_first_field (list_row (editor, 1));
  settle (50);
  g_assert_true (gtk_widget_grab_focus (focus));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "list.move-up", NULL));
  settle (50);
  g_assert_cmpstr (standard_text (document, 0), ==, second);
  g_assert_cmpstr (standard_text (document, 1), ==, first);
  focus = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_nonnull (focus);
  g_assert_true (focus == list_row (editor, 0) || gtk_widget_is_ancestor (focus, list_row (editor, 0)));

  /* Already at the top. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "list.move-up", NULL));
  settle (50);
  g_assert_cmpstr (standard_text (document, 0), ==, second);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "list.move-down", NULL));
  settle (50);
  g_assert_cmpstr (standard_text (document, 0), ==, first);
  g_assert_cmpstr (standard_text (document, 1), ==, second);

  /* With the focus outside the list, nothing moves. */
  gtk_widget_grab_focus (GTK_WIDGET (find_first (GTK_WIDGET (editor), is_add_button, NULL)));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "list.move-down", NULL));
  settle (50);
  g_assert_cmpstr (standard_text (document, 0), ==, first);
  destroy_window (window);
}

/* The drop target of a list row. */
static GtkDropTarget *
row_drop_target (GtkWidget *row)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (row);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_DROP_TARGET (controller))
        return GTK_DROP_TARGET (controller);
    }
  return NULL;
}

/* What a drop of @dragged on @row does; TRUE when it was taken. */
static gboolean
drop_row (GtkWidget *dragged,
          GtkWidget *row)
{
  GtkDropTarget *target = row_drop_target (row);
  g_auto(GValue) value = G_VALUE_INIT;
  gboolean taken = FALSE;

  g_assert_nonnull (target);
  g_value_init (&value, GTK_TYPE_LIST_BOX_ROW);
  g_value_set_object (&value, dragged);
  g_signal_emit_by_name (target, "drop", &value, 1.0, 1.0, &taken);
  settle (50);
  return taken;
}

/* An item dragged by its handle takes the place of the one it is dropped
 * on; dropped on itself or on another list's item, nothing moves. */
static void
test_list_drag (void)
{
  CharterWindow *window = window_from_template ("shop");
  CharterDocument *document = charter_window_get_document (window);
  CharterPage *page = charter_window_get_page (window, CHARTER_STEP_STANDARDS);
  CharterPage *rights = charter_window_get_page (window, CHARTER_STEP_RIGHTS);
  CharterListEditor *editor, *other;
  g_autofree char *first = NULL;
  g_autofree char *third = NULL;

  charter_window_show_step (window, CHARTER_STEP_STANDARDS);
  settle (10);
  editor = page_list_editor (page);
  g_assert_cmpuint (charter_document_get_n_items (document, CHARTER_LIST_STANDARDS), >=, 3);
  first = g_strdup (standard_text (document, 0));
  third = g_strdup (standard_text (document, 2));
  g_assert_nonnull (find_first (list_row (editor, 0), has_name, "handle"));

  /* Down the list: the third moves up to first place. */
  g_assert_true (drop_row (list_row (editor, 2), list_row (editor, 0)));
  g_assert_cmpstr (standard_text (document, 0), ==, third);
  g_assert_cmpstr (standard_text (document, 1), ==, first);
  g_assert_true (charter_window_get_modified (window));
  /* And back: first place to third. */
  g_assert_true (drop_row (list_row (editor, 0), list_row (editor, 2)));
  g_assert_cmpstr (standard_text (document, 0), ==, first);
  g_assert_cmpstr (standard_text (document, 2), ==, third);

  g_assert_false (drop_row (list_row (editor, 1), list_row (editor, 1)));
  charter_window_show_step (window, CHARTER_STEP_RIGHTS);
  settle (10);
  other = page_list_editor (rights);
  g_assert_false (drop_row (list_row (other, 0), list_row (editor, 1)));
  g_assert_cmpstr (standard_text (document, 0), ==, first);
  g_assert_cmpstr (standard_text (document, 2), ==, third);

  /* One undo puts a drop back. */
  g_assert_true (drop_row (list_row (editor, 2), list_row (editor, 0)));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  settle (50);
  g_assert_cmpstr (standard_text (document, 0), ==, first);
  g_assert_cmpstr (standard_text (document, 2), ==, third);
  destroy_window (window);
}

static void
test_undo_redo (void)
{
  CharterWindow *window = window_from_template ("shop");
  CharterDocument *document = charter_window_get_document (window);
  CharterPage *page = charter_window_get_page (window, CHARTER_STEP_ABOUT);
  g_autoptr(GPtrArray) fields = g_ptr_array_new ();
  g_autofree char *original = g_strdup (charter_document_get (document, CHARTER_FIELD_NAME));
  GtkWidget *name_row;
  g_autofree char *shown = NULL;

  collect (GTK_WIDGET (page), is_form_field, NULL, FALSE, fields);
  name_row = g_ptr_array_index (fields, 0);
  g_assert_true (ADW_IS_ENTRY_ROW (name_row));

  gtk_editable_set_text (GTK_EDITABLE (name_row), "Undone & Redone");
  g_assert_cmpstr (charter_document_get (document, CHARTER_FIELD_NAME), ==, "Undone & Redone");
  g_assert_true (charter_window_get_modified (window));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  settle (10);
  g_assert_cmpstr (charter_document_get (document, CHARTER_FIELD_NAME), ==, original);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (name_row)), ==, original);
  g_assert_false (charter_window_get_modified (window));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.redo", NULL));
  settle (10);
  g_assert_cmpstr (charter_document_get (document, CHARTER_FIELD_NAME), ==, "Undone & Redone");
  shown = get_widget_text (name_row);
  g_assert_cmpstr (shown, ==, "Undone & Redone");
  g_assert_true (charter_window_get_modified (window));

  /* A list edit is undone as well. */
  {
    guint n = charter_document_get_n_items (document, CHARTER_LIST_STANDARDS);
    CharterPage *standards = charter_window_get_page (window, CHARTER_STEP_STANDARDS);

    charter_window_show_step (window, CHARTER_STEP_STANDARDS);
    settle (10);
    click (find_first (GTK_WIDGET (standards), has_name, "remove"));
    g_assert_cmpuint (charter_document_get_n_items (document, CHARTER_LIST_STANDARDS), ==, n - 1);
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
    settle (10);
    g_assert_cmpuint (charter_document_get_n_items (document, CHARTER_LIST_STANDARDS), ==, n);
  }

  /* Leave without asking: the discard path of the close dialog is tested below. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  settle (10);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  settle (10);
  g_assert_false (charter_window_get_modified (window));
  destroy_window (window);
}

static AdwMessageDialog *
find_dialog_for (GtkWindow *parent)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (window) && gtk_window_get_transient_for (window) == parent &&
          gtk_widget_get_visible (GTK_WIDGET (window)))
        return ADW_MESSAGE_DIALOG (window);
    }
  return NULL;
}

static void
test_close_unsaved (void)
{
  CharterWindow *window = window_from_template ("shop");
  CharterDocument *document = charter_window_get_document (window);
  g_autoptr(GtkWidget) ref = g_object_ref (GTK_WIDGET (window));
  AdwMessageDialog *dialog;

  /* Unmodified: closes at once. */
  {
    CharterWindow *clean = window_from_template ("shop");
    g_autoptr(GtkWidget) clean_ref = g_object_ref (GTK_WIDGET (clean));

    gtk_window_close (GTK_WINDOW (clean));
    settle (50);
    g_assert_false (gtk_widget_get_visible (GTK_WIDGET (clean)));
    g_assert_null (find_dialog_for (GTK_WINDOW (clean)));
  }

  charter_document_set (document, CHARTER_FIELD_PURPOSE, "Not saved yet");
  g_assert_true (charter_window_get_modified (window));

  gtk_window_close (GTK_WINDOW (window));
  WAIT_UNTIL (find_dialog_for (GTK_WINDOW (window)) != NULL);
  dialog = find_dialog_for (GTK_WINDOW (window));
  g_assert_true (adw_message_dialog_has_response (dialog, "save"));
  g_assert_true (adw_message_dialog_has_response (dialog, "discard"));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window)));
  g_assert_nonnull (g_list_find (gtk_application_get_windows (GTK_APPLICATION (app)), window));

  /* Cancel keeps the window and its changes. */
  adw_message_dialog_response (dialog, "cancel");
  settle (50);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window)));
  g_assert_true (charter_window_get_modified (window));
  g_assert_cmpstr (charter_document_get (document, CHARTER_FIELD_PURPOSE), ==, "Not saved yet");

  /* Discard closes it. */
  gtk_window_close (GTK_WINDOW (window));
  WAIT_UNTIL (find_dialog_for (GTK_WINDOW (window)) != NULL);
  adw_message_dialog_response (find_dialog_for (GTK_WINDOW (window)), "discard");
  WAIT_UNTIL (!gtk_widget_get_visible (GTK_WIDGET (window)));
  WAIT_UNTIL (g_list_find (gtk_application_get_windows (GTK_APPLICATION (app)), window) == NULL);
}

/* Waits for the message dialog over @window and returns its heading and
 * body as "HEADING: BODY", closing it. */
static char *
take_dialog (CharterWindow *window)
{
  AdwMessageDialog *dialog;
  char *text;

  WAIT_UNTIL (find_dialog_for (GTK_WINDOW (window)) != NULL);
  dialog = find_dialog_for (GTK_WINDOW (window));
  text = g_strdup_printf ("%s: %s", adw_message_dialog_get_heading (dialog), adw_message_dialog_get_body (dialog));
  g_test_message ("dialog: %s", text);
  /* What the Close button does: the response, then closing. */
  adw_message_dialog_response (dialog, "close");
  gtk_window_close (GTK_WINDOW (dialog));
  WAIT_UNTIL (find_dialog_for (GTK_WINDOW (window)) == NULL);
  return text;
}

/* A file that cannot be opened, and a save that fails, say so in a
 * dialog naming the file and the reason, and lose nothing: the window
 * keeps what it showed and the unsaved edit. */
static void
test_errors (void)
{
  const struct {
    const char *name;
    const char *contents;
    const char *expected;
  } files[] = {
    { "newer.charter",
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<charter xmlns=\"https://servicecharter.github.io/ns/charter\" format=\"99\" xml:lang=\"en\"/>\n",
      "Could not open “newer.charter”: This file was made by a newer version of Charter" },
    { "cut-short.charter",
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<charter xmlns=\"https://servicecharter.github.io/ns/charter\" format=\"1\" xml:lang=\"en\">\n"
      "  <about>\n",
      "Could not open “cut-short.charter”: Line 4: the file is not well-formed XML" },
    { "missing.charter", NULL, "Could not open “missing.charter”: Cannot open: " },
  };
  CharterWindow *window;
  CharterDocument *document;
  g_autofree char *stick = tmp_file ("Stick");
  g_autofree char *path = g_build_filename (stick, "a.charter", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autofree char *file_path = tmp_file (files[i].name);
      g_autoptr(GFile) bad = g_file_new_for_path (file_path);
      g_autofree char *shown = NULL;

      if (files[i].contents != NULL)
        g_assert_true (g_file_set_contents (file_path, files[i].contents, -1, NULL));
      window = new_window ();
      charter_window_open_file (window, bad);
      shown = take_dialog (window);
      g_assert_true (g_str_has_prefix (shown, files[i].expected));
      g_assert_cmpuint (strlen (shown), >, strlen ("Could not open “missing.charter”: ") + 10);
      g_assert_true (charter_window_is_empty (window));
      destroy_window (window);
    }

  /* The folder it was saved in is gone (a USB stick pulled out). */
  window = window_from_template ("shop");
  document = charter_window_get_document (window);
  g_assert_cmpint (g_mkdir (stick, 0700), ==, 0);
  g_assert_true (charter_window_save_sync (window, file, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_unlink (path), ==, 0);
  g_assert_cmpint (g_rmdir (stick), ==, 0);
  charter_document_set (document, CHARTER_FIELD_PURPOSE, "Kept after a failed save");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL));
  {
    g_autofree char *shown = take_dialog (window);

    g_assert_true (g_str_has_prefix (shown, "Could not save “a.charter”: Cannot write to the folder "));
    g_assert_cmpuint (strlen (shown), >, strlen ("Could not save “a.charter”: ") + 10);
  }
  g_assert_true (charter_window_get_modified (window));
  g_assert_cmpstr (charter_document_get (document, CHARTER_FIELD_PURPOSE), ==, "Kept after a failed save");
  g_assert_false (g_file_test (stick, G_FILE_TEST_EXISTS));
  destroy_window (window);
}

static char *
find_draft (const char *title)
{
  g_autofree char *dir = charter_drafts_get_dir ();
  g_autoptr(GPtrArray) drafts = charter_drafts_list (dir);

  for (guint i = 0; i < drafts->len; i++)
    {
      CharterDraft *draft = g_ptr_array_index (drafts, i);

      if (g_strcmp0 (draft->title, title) == 0)
        return g_strdup (draft->path);
    }
  return NULL;
}

static void
test_kill_and_recover (void)
{
  const char *argv[] = { g_test_get_filename (G_TEST_BUILT, "test-app", NULL), "--child-edit", NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(GIOChannel) out = NULL;
  g_autofree char *line = NULL;
  g_autofree char *draft = NULL;
  g_autofree char *path = tmp_file ("recovered.charter");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  const char *want[] = { "win.recover-draft", NULL };
  CharterWindow *window;
  GtkWidget *row;
  GPid pid;
  int out_fd, status;

  g_assert_null (find_draft (KILLED_NAME));
  g_spawn_async_with_pipes (NULL, (char **)argv, NULL, G_SPAWN_DO_NOT_REAP_CHILD, NULL, NULL,
                            &pid, NULL, &out_fd, NULL, &error);
  g_assert_no_error (error);
  out = g_io_channel_unix_new (out_fd);
  g_io_channel_set_close_on_unref (out, TRUE);
  g_io_channel_read_line (out, &line, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (line, ==, "ready\n");

  g_assert_cmpint (kill (pid, SIGKILL), ==, 0);
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  g_assert_true (WIFSIGNALED (status) && WTERMSIG (status) == SIGKILL);
  g_spawn_close_pid (pid);

  draft = find_draft (KILLED_NAME);
  g_assert_nonnull (draft);
  g_assert_true (g_file_test (draft, G_FILE_TEST_EXISTS));

  /* The next start offers it on the welcome view. */
  window = new_window ();
  {
    /* Recent files are listed by now: one Open button, not two. */
    g_autoptr(GPtrArray) open_buttons = g_ptr_array_new ();

    collect (GTK_WIDGET (window), is_visible_open_button, NULL, TRUE, open_buttons);
    g_assert_cmpuint (open_buttons->len, ==, 1);
  }
  want[1] = draft;
  row = find_first (GTK_WIDGET (window), has_action_target, want);
  g_assert_nonnull (row);
  g_assert_true (gtk_widget_is_visible (row));
  g_assert_true (gtk_widget_activate (row));
  WAIT_UNTIL (!charter_window_is_empty (window));

  g_assert_cmpstr (charter_document_get (charter_window_get_document (window), CHARTER_FIELD_NAME), ==, KILLED_NAME);
  g_assert_cmpstr (charter_document_get (charter_window_get_document (window), CHARTER_FIELD_PURPOSE), ==,
                   "Typed just before the crash");
  g_assert_true (charter_window_get_modified (window));
  g_assert_cmpstr (charter_window_get_draft_path (window), ==, draft);

  /* Saving keeps the work and removes the draft. */
  g_assert_true (charter_window_save_sync (window, file, &error));
  g_assert_no_error (error);
  g_assert_false (charter_window_get_modified (window));
  g_assert_false (g_file_test (draft, G_FILE_TEST_EXISTS));
  g_assert_null (find_draft (KILLED_NAME));
  destroy_window (window);
}

/* --- screenshots */

static void
save_screenshot (GtkWidget  *widget,
                 const char *path)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  GskRenderer *renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));

  g_assert_cmpint (width, >, 300);
  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, width, height));
  g_assert_true (gdk_texture_save_to_png (texture, path));
}

/* Multi-line fields are as tall as their text: no last line cut off. */
static void
assert_text_fits (GtkWidget *page)
{
  g_autoptr(GPtrArray) views = g_ptr_array_new ();

  collect (page, is_type, GSIZE_TO_POINTER (GTK_TYPE_TEXT_VIEW), TRUE, views);
  for (guint i = 0; i < views->len; i++)
    {
      GtkWidget *view = g_ptr_array_index (views, i);
      int wanted;

      if (!gtk_widget_get_mapped (view))
        continue;
      gtk_widget_measure (view, GTK_ORIENTATION_VERTICAL, gtk_widget_get_width (view), &wanted, NULL, NULL, NULL);
      g_assert_cmpint (gtk_widget_get_height (view), >=, wanted);
    }
}


/* --- the Results view */

static gboolean
has_row_title (GtkWidget *widget,
               gpointer   data)
{
  return ADW_IS_PREFERENCES_ROW (widget) &&
         g_str_has_prefix (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), data);
}


static const CharterResult *
result_of (CharterWindow *window,
           const char    *period,
           const char    *standard)
{
  CharterDocument *document = charter_window_get_document (window);

  return charter_results_lookup (charter_document_get_results (document), period, standard);
}

static void
test_results_view (void)
{
  CharterWindow *window = window_from_template ("shop");
  CharterDocument *document = charter_window_get_document (window);
  CharterResultsView *view = charter_window_get_results_view (window);
  /* A copy: undo replaces the document's items and their strings. */
  g_autofree char *first_id = g_strdup (charter_item_get (charter_document_get_item (document, CHARTER_LIST_STANDARDS, 0),
                                                          CHARTER_STANDARD_ID));
  const char *csv = "period,standard,total,met\n2026-Q2,s1,50,49\n2026-Q2,s2,10,2\n";
  const char *bad;
  GtkWidget *new_period, *standard_row, *total, *met;
  AdwMessageDialog *dialog;
  guint n_periods = 0;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-results", NULL));
  settle (50);
  g_assert_cmpuint (charter_window_get_step (window), ==, CHARTER_N_STEPS);
  g_assert_null (charter_results_view_get_period (view));

  /* A bad period is refused where it was typed; a good one is added. */
  new_period = find_first (GTK_WIDGET (view), has_row_title, "Add a");
  g_assert_nonnull (new_period);
  gtk_editable_set_text (GTK_EDITABLE (new_period), "2026-Q5");
  g_signal_emit_by_name (new_period, "apply");
  g_assert_true (gtk_widget_has_css_class (new_period, "error"));
  g_assert_false (charter_results_has_period (charter_document_get_results (document), "2026-Q5"));
  gtk_editable_set_text (GTK_EDITABLE (new_period), "2026-q3");
  g_signal_emit_by_name (new_period, "apply");
  settle (20);
  g_assert_cmpstr (charter_results_view_get_period (view), ==, "2026-Q3");
  g_assert_true (charter_results_has_period (charter_document_get_results (document), "2026-Q3"));

  /* Counts typed into the first standard's row are its result. */
  standard_row = find_first (GTK_WIDGET (view), is_type, GSIZE_TO_POINTER (ADW_TYPE_EXPANDER_ROW));
  g_assert_nonnull (standard_row);
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (standard_row), TRUE);
  settle (20);
  total = find_first (standard_row, has_row_title, "Cases in the period");
  met = find_first (standard_row, has_row_title, "Cases within target");
  g_assert_nonnull (total);
  g_assert_nonnull (met);
  gtk_editable_set_text (GTK_EDITABLE (total), "200");
  gtk_editable_set_text (GTK_EDITABLE (met), "190");
  settle (20);
  g_assert_nonnull (result_of (window, "2026-Q3", first_id));
  g_assert_true (result_of (window, "2026-Q3", first_id)->has_counts);
  g_assert_cmpuint (result_of (window, "2026-Q3", first_id)->total, ==, 200);
  g_assert_cmpuint (result_of (window, "2026-Q3", first_id)->met, ==, 190);
  /* Met or missed reads as a mark and a word, not colour alone. */
  g_assert_nonnull (find_first (standard_row, is_label_starting, "✓ Met"));
  g_assert_true (charter_window_get_modified (window));
  /* Coming back to the view starts a new undo step. */
  charter_window_show_results (window);
  gtk_editable_set_text (GTK_EDITABLE (met), "100");
  settle (20);
  g_assert_nonnull (find_first (standard_row, is_label_starting, "✗ Missed"));

  /* Undo takes the edit back, in the model and in the row; redo again. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  settle (50);
  g_assert_cmpuint (result_of (window, "2026-Q3", first_id)->met, ==, 190);
  /* The view catches up with the model when the main loop is idle. */
  WAIT_UNTIL (g_str_equal (gtk_editable_get_text (GTK_EDITABLE (met)), "190"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.redo", NULL));
  settle (50);
  g_assert_cmpuint (result_of (window, "2026-Q3", first_id)->met, ==, 100);

  /* More cases within target than cases: marked, and never in the model. */
  gtk_editable_set_text (GTK_EDITABLE (met), "250");
  settle (20);
  g_assert_true (gtk_widget_has_css_class (met, "error"));
  g_assert_true (result_of (window, "2026-Q3", first_id) == NULL ||
                 result_of (window, "2026-Q3", first_id)->met <= 200);
  gtk_editable_set_text (GTK_EDITABLE (met), "100");
  settle (20);
  g_assert_false (gtk_widget_has_css_class (met, "error"));
  g_assert_cmpuint (result_of (window, "2026-Q3", first_id)->met, ==, 100);

  /* A CSV is imported only after saying what it will change. */
  charter_results_view_import_data (view, csv, strlen (csv));
  dialog = find_dialog_for (GTK_WINDOW (window));
  g_assert_nonnull (dialog);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "2 to add"));
  g_assert_null (result_of (window, "2026-Q2", "s1"));
  /* What a click on Import does: the response, then the dialog closes. */
  adw_message_dialog_response (dialog, "import");
  gtk_window_destroy (GTK_WINDOW (dialog));
  WAIT_UNTIL (find_dialog_for (GTK_WINDOW (window)) == NULL);
  g_assert_nonnull (result_of (window, "2026-Q2", "s1"));
  g_assert_cmpuint (result_of (window, "2026-Q2", "s2")->met, ==, 2);
  g_assert_cmpstr (charter_results_view_get_period (view), ==, "2026-Q2");
  charter_results_get_periods (charter_document_get_results (document), &n_periods);
  g_assert_cmpuint (n_periods, ==, 2);

  /* A broken CSV changes nothing and says which line. */
  bad = "period,standard,total,met\n2026-Q1,s1,5,9\n";
  charter_results_view_import_data (view, bad, strlen (bad));
  dialog = find_dialog_for (GTK_WINDOW (window));
  g_assert_nonnull (dialog);
  g_assert_true (g_str_has_prefix (adw_message_dialog_get_body (dialog), "Line 2: "));
  adw_message_dialog_response (dialog, "close");
  gtk_window_destroy (GTK_WINDOW (dialog));
  WAIT_UNTIL (find_dialog_for (GTK_WINDOW (window)) == NULL);
  g_assert_false (charter_results_has_period (charter_document_get_results (document), "2026-Q1"));

  charter_window_show_step (window, CHARTER_STEP_REVIEW);
  g_assert_cmpuint (charter_window_get_step (window), ==, CHARTER_STEP_REVIEW);
  gtk_window_close (GTK_WINDOW (window));
  WAIT_UNTIL (find_dialog_for (GTK_WINDOW (window)) != NULL);
  adw_message_dialog_response (find_dialog_for (GTK_WINDOW (window)), "discard");
  WAIT_UNTIL (g_list_find (gtk_application_get_windows (GTK_APPLICATION (app)), window) == NULL);
}

/* Review and export offers every layout, and the preview follows. */
static void
test_review_layouts (void)
{
  CharterWindow *window = window_from_template ("shop");
  CharterPage *review = charter_window_get_page (window, CHARTER_STEP_REVIEW);
  GtkWidget *layout_row, *format_row, *large_print_row, *preview;
  GListModel *layouts;
  guint document_pages, poster = GTK_INVALID_LIST_POSITION;

  charter_window_show_step (window, CHARTER_STEP_REVIEW);
  preview = find_first (GTK_WIDGET (window), is_type, GSIZE_TO_POINTER (CHARTER_TYPE_PREVIEW));
  g_assert_nonnull (preview);
  charter_preview_flush (CHARTER_PREVIEW (preview));
  document_pages = charter_preview_get_n_pages (CHARTER_PREVIEW (preview));
  g_assert_cmpuint (document_pages, >, 1);

  layout_row = find_first (GTK_WIDGET (review), has_row_title, "_Layout");
  g_assert_nonnull (layout_row);
  layouts = adw_combo_row_get_model (ADW_COMBO_ROW (layout_row));
  g_assert_cmpuint (g_list_model_get_n_items (layouts), >=, 4);
  for (guint i = 0; i < g_list_model_get_n_items (layouts); i++)
    if (g_str_equal (gtk_string_list_get_string (GTK_STRING_LIST (layouts), i), "Poster"))
      poster = i;
  g_assert_cmpuint (poster, !=, GTK_INVALID_LIST_POSITION);

  /* Large print is offered for the flowing charter only. */
  large_print_row = find_first (GTK_WIDGET (review), has_row_title, "Lar_ge print");
  g_assert_nonnull (large_print_row);
  g_assert_true (gtk_widget_get_sensitive (large_print_row));

  adw_combo_row_set_selected (ADW_COMBO_ROW (layout_row), poster);
  settle (20);
  charter_preview_flush (CHARTER_PREVIEW (preview));
  g_assert_cmpuint (charter_preview_get_n_pages (CHARTER_PREVIEW (preview)), ==, 1);
  g_assert_false (gtk_widget_get_sensitive (large_print_row));
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (large_print_row)), ==,
                   "Posters, cards and reports keep their own type sizes");

  /* Web pages and plain text are always the whole charter. */
  format_row = find_first (GTK_WIDGET (review), has_row_title, "_Format");
  g_assert_nonnull (format_row);
  g_assert_true (gtk_widget_get_sensitive (layout_row));
  adw_combo_row_set_selected (ADW_COMBO_ROW (format_row), 3);
  g_assert_false (gtk_widget_get_sensitive (layout_row));
  g_assert_false (gtk_widget_get_sensitive (large_print_row));
  adw_combo_row_set_selected (ADW_COMBO_ROW (format_row), 0);
  g_assert_true (gtk_widget_get_sensitive (layout_row));

  adw_combo_row_set_selected (ADW_COMBO_ROW (layout_row), 0);
  settle (20);
  charter_preview_flush (CHARTER_PREVIEW (preview));
  g_assert_cmpuint (charter_preview_get_n_pages (CHARTER_PREVIEW (preview)), ==, document_pages);
  g_assert_true (gtk_widget_get_sensitive (large_print_row));

  destroy_window (window);
}

/* Printing goes through GtkPrintOperation with the PDF's own layout: the
 * operation's "print to file" gives as many pages as an export, in the
 * paper asked for. */
static void
test_print (void)
{
  g_autoptr(CharterDocument) document = charter_template_create ("shop", NULL, NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *printed = tmp_file ("printed.pdf");
  g_autofree char *exported = tmp_file ("exported.pdf");
  g_autofree char *out = NULL;
  g_autofree char *info = NULL;
  g_autofree char *pdfinfo = NULL;
  char *argv[3] = { NULL, NULL, NULL };
  CharterPageSetup setup = { charter_paper_lookup ("a4"), CHARTER_LAYOUT_DOCUMENT, FALSE };
  CharterExportOptions options = { .paper = "a4" };
  g_autoptr(CharterLayout) layout = charter_layout_new (document, &setup);
  int pages;

  pages = charter_print_to_pdf (document, &setup, printed, &error);
  g_assert_no_error (error);
  g_assert_cmpint (pages, ==, (int)charter_layout_get_n_pages (layout));
  g_assert_true (charter_export_to_file (document, CHARTER_EXPORT_PDF, &options, exported, &error));

  pdfinfo = g_find_program_in_path ("pdfinfo");
  if (pdfinfo == NULL)
    {
      g_test_skip ("pdfinfo is not installed");
      return;
    }
  argv[0] = pdfinfo;
  argv[1] = printed;
  g_assert_true (g_spawn_sync (NULL, argv, NULL, 0, NULL, NULL, &info, NULL, NULL, &error));
  g_assert_no_error (error);
  out = g_strdup_printf ("Pages:           %d\n", pages);
  g_assert_nonnull (strstr (info, out));
  /* A4 in points, as the charter was laid out. */
  g_assert_nonnull (strstr (info, "595.276 x 841.89"));
}

/* The shortcuts window, About and Preferences open from their actions. */
static gboolean
has_toplevel_of_type (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return TRUE;
    }
  return FALSE;
}

static void
close_toplevels_of_type (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = g_list_model_get_n_items (toplevels); i > 0; i--)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i - 1);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type))
        gtk_window_destroy (window);
    }
}

static void
test_dialogs (void)
{
  CharterWindow *window = window_from_template ("cafe");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL));
  WAIT_UNTIL (has_toplevel_of_type (GTK_TYPE_SHORTCUTS_WINDOW));
  close_toplevels_of_type (GTK_TYPE_SHORTCUTS_WINDOW);

  g_action_group_activate_action (G_ACTION_GROUP (app), "about", NULL);
  WAIT_UNTIL (has_toplevel_of_type (ADW_TYPE_ABOUT_WINDOW));
  close_toplevels_of_type (ADW_TYPE_ABOUT_WINDOW);

  g_action_group_activate_action (G_ACTION_GROUP (app), "preferences", NULL);
  WAIT_UNTIL (has_toplevel_of_type (ADW_TYPE_PREFERENCES_WINDOW));
  close_toplevels_of_type (ADW_TYPE_PREFERENCES_WINDOW);
  settle (20);

  destroy_window (window);
}

static void
test_screenshots (void)
{
  const char *dir = g_getenv ("CHARTER_SCREENSHOT_DIR");
  AdwStyleManager *style = adw_style_manager_get_default ();
  CharterWindow *window;
  g_autofree char *out = NULL;

  out = g_strdup (dir ? dir : SCREENSHOT_DIR);
  g_assert_cmpint (g_mkdir_with_parents (out, 0755), ==, 0);

  for (guint dark = 0; dark < 2; dark++)
    {
      adw_style_manager_set_color_scheme (style, dark ? ADW_COLOR_SCHEME_FORCE_DARK : ADW_COLOR_SCHEME_FORCE_LIGHT);
      window = new_window ();
      settle (200);
      {
        g_autofree char *welcome = g_strdup_printf ("%s/%s-00-welcome.png", out, dark ? "dark" : "light");
        save_screenshot (GTK_WIDGET (window), welcome);
      }
      {
        const char *want[] = { "win.new-from-template", "shop" };
        gtk_widget_activate (find_first (GTK_WIDGET (window), has_action_target, want));
        WAIT_UNTIL (!charter_window_is_empty (window));
      }
      for (CharterStep step = 0; step < CHARTER_N_STEPS; step++)
        {
          g_autofree char *name = g_strdup_printf ("%s/%s-%02u-%s.png", out, dark ? "dark" : "light",
                                                   step + 1, charter_step_get_id (step));
          GStatBuf st;

          charter_window_show_step (window, step);
          /* The stack's transition and the preview's debounced relayout. */
          settle (700);
          save_screenshot (GTK_WIDGET (window), name);
          assert_text_fits (GTK_WIDGET (charter_window_get_page (window, step)));
          g_assert_cmpint (g_stat (name, &st), ==, 0);
          g_assert_cmpint (st.st_size, >, 10000);
        }
      destroy_window (window);
    }
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
  g_test_message ("screenshots in %s", out);
}

/* The deepest widgets whose minimum width exceeds @limit: the ones that
 * hold the window wider than it should be. */
static void
report_too_wide (GtkWidget *widget,
                 int        limit,
                 GString   *report)
{
  gboolean child_too_wide = FALSE;
  int min;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      if (!gtk_widget_get_visible (child))
        continue;
      gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, &min, NULL, NULL, NULL);
      if (min > limit)
        {
          child_too_wide = TRUE;
          report_too_wide (child, limit, report);
        }
    }
  if (!child_too_wide)
    {
      gtk_widget_measure (widget, GTK_ORIENTATION_HORIZONTAL, -1, &min, NULL, NULL, NULL);
      g_string_append_printf (report, " %s (%s) needs %d px;", G_OBJECT_TYPE_NAME (widget),
                              GTK_IS_LABEL (widget) ? gtk_label_get_label (GTK_LABEL (widget)) : "", min);
    }
}

/* The window's content, not its frame: a phone's shell maximizes every
 * window, which drops the frame and its resize borders. */
static void
assert_fits_width (GtkWidget  *window,
                   int         width,
                   const char *where)
{
  GtkWidget *content = gtk_window_get_child (GTK_WINDOW (window));
  int min;

  gtk_widget_measure (content, GTK_ORIENTATION_HORIZONTAL, -1, &min, NULL, NULL, NULL);
  g_test_message ("%s: the window's content needs %d px", where, min);
  if (min > width)
    {
      g_autoptr(GString) report = g_string_new (NULL);

      report_too_wide (content, width, report);
      g_error ("%s needs %d px, more than a %d-pixel phone:%s", where, min, width, report->str);
    }
}

/* Adaptive down to 360 pixels: the welcome view and every step fit a
 * phone's width, whatever the window buttons the desktop shows. */
static void
test_narrow (void)
{
  GtkSettings *settings = gtk_settings_get_default ();
  g_autofree char *layout = NULL;
  CharterWindow *window;

  g_object_get (settings, "gtk-decoration-layout", &layout, NULL);
  /* GTK's own default, as on desktops without GNOME's settings: three
   * window buttons where GNOME has one. */
  g_object_set (settings, "gtk-decoration-layout", "menu:minimize,maximize,close", NULL);
  window = new_window ();
  gtk_window_set_default_size (GTK_WINDOW (window), 360, 720);
  settle (300);
  assert_fits_width (GTK_WIDGET (window), 360, "the welcome view");

  {
    const char *want[] = { "win.new-from-template", "shop" };
    gtk_widget_activate (find_first (GTK_WIDGET (window), has_action_target, want));
    WAIT_UNTIL (!charter_window_is_empty (window));
  }
  for (CharterStep step = 0; step < CHARTER_N_STEPS; step++)
    {
      g_autofree char *where = g_strdup_printf ("step %s", charter_step_get_id (step));

      charter_window_show_step (window, step);
      settle (400);
      assert_fits_width (GTK_WIDGET (window), 360, where);
    }
  destroy_window (window);
  g_object_set (settings, "gtk-decoration-layout", layout, NULL);
}

/* --- setup */

static void
start_app (void)
{
  g_autoptr(GError) error = NULL;

  g_resources_register (charter_app_get_resource ());
  app = charter_application_new ();
  /* The parent and the killed child must not hand their work to each other. */
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_HANDLES_OPEN | G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);
  g_application_hold (G_APPLICATION (app));
}

/* The process the test kills: an edit, a draft written, then waiting. */
static int
child_edit (void)
{
  CharterWindow *window;
  CharterDocument *document;

  start_app ();
  window = charter_window_new (GTK_APPLICATION (app));
  gtk_window_present (GTK_WINDOW (window));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.new-from-template", "(ss)", "shop", "en");
  g_assert_false (charter_window_is_empty (window));
  document = charter_window_get_document (window);
  charter_document_set (document, CHARTER_FIELD_NAME, KILLED_NAME);
  charter_document_set (document, CHARTER_FIELD_PURPOSE, "Typed just before the crash");
  g_assert_true (charter_window_get_modified (window));
  charter_window_autosave_now (window);
  g_print ("ready\n");
  fflush (stdout);
  for (;;)
    g_main_context_iteration (NULL, TRUE);
  return 1;
}

static void
isolate (void)
{
  const char *dirs[] = { "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME" };
  g_autoptr(GError) error = NULL;

  tmp_home = g_dir_make_tmp ("charter-test-app-XXXXXX", &error);
  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (dirs); i++)
    {
      g_autofree char *path = g_build_filename (tmp_home, dirs[i], NULL);

      g_mkdir_with_parents (path, 0700);
      g_setenv (dirs[i], path, TRUE);
    }
  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
  /* Files saved in tmp_home are in the home folder, as a user's are. */
  g_setenv ("HOME", tmp_home, TRUE);
}

int
main (int argc, char **argv)
{
  int status;

  /* GTK set up as the application sets it up. */
  charter_gl_skip_unused ();
  if (argc > 1 && g_str_equal (argv[1], "--child-edit"))
    {
      gtk_init ();
      return child_edit ();
    }

  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    {
      g_print ("1..0 # SKIP no display (run under xvfb-run)\n");
      return 0;
    }

  isolate ();
  g_test_init (&argc, &argv, NULL);
  if (!gtk_init_check ())
    {
      g_print ("1..0 # SKIP cannot open the display\n");
      return 0;
    }
  start_app ();

  g_test_add_func ("/ui/launch", test_launch);
  g_test_add_func ("/ui/fill-save-reopen", test_fill_save_reopen);
  g_test_add_func ("/ui/recent", test_recent);
  g_test_add_func ("/ui/step-focus", test_step_focus);
  g_test_add_func ("/ui/errors", test_errors);
  g_test_add_func ("/ui/list-keys", test_list_keys);
  g_test_add_func ("/ui/list-drag", test_list_drag);
  g_test_add_func ("/ui/undo-redo", test_undo_redo);
  g_test_add_func ("/ui/close-unsaved", test_close_unsaved);
  g_test_add_func ("/ui/kill-and-recover", test_kill_and_recover);
  g_test_add_func ("/ui/results-view", test_results_view);
  g_test_add_func ("/ui/review-layouts", test_review_layouts);
  g_test_add_func ("/ui/print", test_print);
  g_test_add_func ("/ui/dialogs", test_dialogs);
  g_test_add_func ("/ui/narrow", test_narrow);
  g_test_add_func ("/ui/screenshots", test_screenshots);

  status = g_test_run ();

  g_application_release (G_APPLICATION (app));
  g_clear_object (&app);
  test_remove_tree (tmp_home);
  return status;
}
