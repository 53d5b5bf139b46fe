/* test-format.c — the .charter file format: canonical round trips,
 * schema validity, clear errors and atomic saving
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>

#include "charter-format.h"
#include "charter-format-private.h"
#include "charter-schema.h"
#include "charter-templates.h"
#include "test-util.h"

static GBytes *
bytes_from_string (const char *s)
{
  return g_bytes_new (s, strlen (s));
}

static void
assert_round_trip (GBytes *original)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CharterDocument) doc = NULL;
  g_autoptr(CharterDocument) again = NULL;
  g_autoptr(GBytes) saved = NULL;
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);

  doc = charter_format_load_bytes (original, &error);
  g_assert_no_error (error);
  saved = charter_format_save_bytes (doc);

  if (!g_bytes_equal (original, saved))
    {
      g_test_message ("expected:\n%.*s\ngot:\n%.*s",
                      (int)g_bytes_get_size (original), (const char *)g_bytes_get_data (original, NULL),
                      (int)g_bytes_get_size (saved), (const char *)g_bytes_get_data (saved, NULL));
      g_assert_not_reached ();
    }

  if (!charter_schema_validate (saved, problems))
    {
      for (guint i = 0; i < problems->len; i++)
        g_test_message ("schema: %s", (char *)problems->pdata[i]);
      g_assert_not_reached ();
    }

  again = charter_format_load_bytes (saved, &error);
  g_assert_no_error (error);
  g_assert_true (charter_document_equal (doc, again));
}

static void
test_templates_round_trip (void)
{
  guint n;
  const CharterTemplateInfo *templates = charter_templates_get_all (&n);

  g_assert_cmpuint (n, >=, 2);
  for (guint i = 0; i < n; i++)
    {
      g_auto(GStrv) langs = g_strsplit (templates[i].languages, " ", -1);

      for (guint l = 0; langs[l] != NULL; l++)
        {
          g_autofree char *path = g_strdup_printf ("/io/github/servicecharter/Charter/templates/%s.%s.charter",
                                                   templates[i].id, langs[l]);
          g_autoptr(GBytes) bytes = g_resources_lookup_data (path, 0, NULL);
          g_autoptr(CharterDocument) doc = NULL;
          g_autoptr(GError) error = NULL;

          g_test_message ("template %s", path);
          g_assert_nonnull (bytes);
          assert_round_trip (bytes);

          doc = charter_template_create (templates[i].id, langs[l], &error);
          g_assert_no_error (error);
          g_assert_cmpstr (charter_document_get_language (doc), ==, langs[l]);
        }
    }
}

static void
test_corpus_round_trip (void)
{
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GError) error = NULL;
  const char *name;
  guint count = 0;

  dir = g_dir_open (TEST_DATA_DIR "/roundtrip", 0, &error);
  g_assert_no_error (error);

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (TEST_DATA_DIR, "roundtrip", name, NULL);
      g_autofree char *contents = NULL;
      g_autoptr(GBytes) bytes = NULL;
      gsize len;

      if (!g_str_has_suffix (name, ".charter"))
        continue;

      g_test_message ("corpus %s", name);
      g_assert_true (g_file_get_contents (path, &contents, &len, NULL));
      bytes = g_bytes_new_take (g_steal_pointer (&contents), len);
      assert_round_trip (bytes);
      count++;
    }

  g_assert_cmpuint (count, >=, 3);
}

/* Hand-written files in any order and indentation become canonical, and
 * the canonical form is stable. */
static void
test_normalises (void)
{
  const char *messy =
    "<?xml version='1.0'?>\n"
    "<!-- written by hand -->\n"
    "<c:charter xmlns:c=\"" CHARTER_NAMESPACE "\" format=\"1\">"
    "<c:review><c:version>3</c:version></c:review>"
    "<c:about>\n\t<c:email>a@b.dk</c:email><c:name>Æbleriget</c:name></c:about>"
    "<c:standards><c:standard pillar=\"easy\"><c:target>5</c:target><c:text><![CDATA[Fast & kind]]></c:text></c:standard></c:standards>"
    "</c:charter>";
  const char *canonical =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<charter xmlns=\"" CHARTER_NAMESPACE "\" format=\"1\" xml:lang=\"en\">\n"
    "  <about>\n"
    "    <name>Æbleriget</name>\n"
    "    <email>a@b.dk</email>\n"
    "  </about>\n"
    "  <standards>\n"
    "    <standard pillar=\"easy\">\n"
    "      <text>Fast &amp; kind</text>\n"
    "      <target>5</target>\n"
    "    </standard>\n"
    "  </standards>\n"
    "  <review>\n"
    "    <version>3</version>\n"
    "  </review>\n"
    "</charter>\n";
  g_autoptr(GBytes) in = bytes_from_string (messy);
  g_autoptr(GBytes) expected = bytes_from_string (canonical);
  g_autoptr(CharterDocument) doc = NULL;
  g_autoptr(GBytes) out = NULL;
  g_autoptr(GError) error = NULL;

  doc = charter_format_load_bytes (in, &error);
  g_assert_no_error (error);
  out = charter_format_save_bytes (doc);
  g_assert_cmpmem (g_bytes_get_data (out, NULL), g_bytes_get_size (out),
                   canonical, strlen (canonical));
  assert_round_trip (expected);
}

/* Every character a user can type survives, including markup characters,
 * quotes in attributes, line breaks, carriage returns and tabs. */
static void
test_special_characters (void)
{
  const char *tricky = "<script>alert(\"x\")</script> & 'quotes'\r\nline two\twith tab  ";
  g_autoptr(CharterDocument) doc = charter_document_new ();
  g_autoptr(CharterDocument) back = NULL;
  g_autoptr(GBytes) out = NULL;
  g_autoptr(GError) error = NULL;
  CharterItem *change;

  charter_document_set (doc, CHARTER_FIELD_NAME, tricky);
  charter_document_set (doc, CHARTER_FIELD_STORY, "  leading and trailing  \n\n");
  charter_document_set (doc, CHARTER_FIELD_PURPOSE, "日本語 · العربية · æøå");
  change = charter_document_add_item (doc, CHARTER_LIST_CHANGES, -1);
  charter_item_set (change, CHARTER_CHANGE_VERSION, "1 \"beta\" <&>\n\t");
  charter_item_set (change, CHARTER_CHANGE_TEXT, tricky);

  out = charter_format_save_bytes (doc);
  back = charter_format_load_bytes (out, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (charter_document_get (back, CHARTER_FIELD_NAME), ==, tricky);
  g_assert_cmpstr (charter_document_get (back, CHARTER_FIELD_STORY), ==, "  leading and trailing  \n\n");
  g_assert_cmpstr (charter_document_get (back, CHARTER_FIELD_PURPOSE), ==, "日本語 · العربية · æøå");
  g_assert_cmpstr (charter_item_get (charter_document_get_item (back, CHARTER_LIST_CHANGES, 0), CHARTER_CHANGE_VERSION),
                   ==, "1 \"beta\" <&>\n\t");
  g_assert_true (charter_document_equal (doc, back));
  assert_round_trip (out);
}

/* XML 1.0 cannot carry C0 controls: they are dropped, and the file stays
 * readable rather than becoming unopenable. */
static void
test_control_characters_dropped (void)
{
  g_autoptr(CharterDocument) doc = charter_document_new ();
  g_autoptr(CharterDocument) back = NULL;
  g_autoptr(GBytes) out = NULL;
  g_autoptr(GError) error = NULL;

  charter_document_set (doc, CHARTER_FIELD_NAME, "bell\007 and escape\033!");
  /* U+FFFF and U+FFFE are valid UTF-8 but not XML; U+FFFD and U+FEFF are both. */
  charter_document_set (doc, CHARTER_FIELD_OVERVIEW, "a\xEF\xBF\xBF b\xEF\xBF\xBE c\xEF\xBF\xBD d\xEF\xBB\xBF");
  out = charter_format_save_bytes (doc);
  back = charter_format_load_bytes (out, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (charter_document_get (back, CHARTER_FIELD_NAME), ==, "bell and escape!");
  g_assert_cmpstr (charter_document_get (back, CHARTER_FIELD_OVERVIEW), ==, "a b c\xEF\xBF\xBD d\xEF\xBB\xBF");
}

static void
test_logo (void)
{
  g_autoptr(CharterDocument) doc = charter_document_new ();
  g_autoptr(CharterDocument) back = NULL;
  g_autoptr(GBytes) out = NULL;
  g_autoptr(GError) error = NULL;
  guint8 data[1000];
  g_autoptr(GBytes) logo = NULL;
  const char *type = NULL;

  for (guint i = 0; i < sizeof data; i++)
    data[i] = (guint8)(i * 7);
  logo = g_bytes_new (data, sizeof data);
  charter_document_set_logo (doc, logo, "image/png");

  out = charter_format_save_bytes (doc);
  back = charter_format_load_bytes (out, &error);
  g_assert_no_error (error);
  g_assert_true (g_bytes_equal (charter_document_get_logo (back, &type), logo));
  g_assert_cmpstr (type, ==, "image/png");
  assert_round_trip (out);
}

typedef struct {
  const char  *name;
  const char  *xml;
  CharterError code;
  const char  *message_part;
} BadCase;

#define HEAD "<?xml version=\"1.0\"?>\n<charter xmlns=\"" CHARTER_NAMESPACE "\" format=\"1\">\n"

static const BadCase bad_cases[] = {
  { "empty", "", CHARTER_ERROR_EMPTY, "empty" },
  { "not-xml", "hello, world", CHARTER_ERROR_MALFORMED, "line 1" },
  { "truncated", HEAD "  <about>\n    <name>Sho", CHARTER_ERROR_MALFORMED, "line 4" },
  { "wrong-root", "<html xmlns=\"http://www.w3.org/1999/xhtml\"/>", CHARTER_ERROR_NOT_CHARTER, "<html>" },
  { "wrong-namespace", "<charter xmlns=\"urn:other\" format=\"1\"/>", CHARTER_ERROR_NOT_CHARTER, "namespace" },
  { "no-namespace", "<charter format=\"1\"/>", CHARTER_ERROR_NOT_CHARTER, "namespace" },
  { "no-format", "<charter xmlns=\"" CHARTER_NAMESPACE "\"/>", CHARTER_ERROR_INVALID, "format" },
  { "bad-format", "<charter xmlns=\"" CHARTER_NAMESPACE "\" format=\"one\"/>", CHARTER_ERROR_INVALID, "format" },
  { "newer", "<charter xmlns=\"" CHARTER_NAMESPACE "\" format=\"7\"/>", CHARTER_ERROR_NEWER_FORMAT, "newer version of Charter" },
  { "unknown-element", HEAD "  <about>\n    <fax>1</fax>\n  </about>\n</charter>\n", CHARTER_ERROR_INVALID, "line 4: unknown element <fax>" },
  { "unknown-top", HEAD "  <extras/>\n</charter>\n", CHARTER_ERROR_INVALID, "line 3: unknown element <extras>" },
  { "unknown-attribute", HEAD "  <about colour=\"red\"/>\n</charter>\n", CHARTER_ERROR_INVALID, "colour" },
  { "foreign-element", HEAD "  <x:y xmlns:x=\"urn:x\"/>\n</charter>\n", CHARTER_ERROR_INVALID, "namespace" },
  { "duplicate", HEAD "  <about><name>A</name><name>B</name></about>\n</charter>\n", CHARTER_ERROR_INVALID, "twice" },
  { "bad-pillar", HEAD "  <standards><standard pillar=\"fast\"/></standards>\n</charter>\n", CHARTER_ERROR_INVALID, "fast" },
  { "markup-in-text", HEAD "  <about><name>A <b>bold</b></name></about>\n</charter>\n", CHARTER_ERROR_INVALID, "only contain text" },
  { "stray-text", HEAD "  <about>words</about>\n</charter>\n", CHARTER_ERROR_INVALID, "unexpected text" },
  { "bad-logo", HEAD "  <about><logo type=\"image/png\">$$$</logo></about>\n</charter>\n", CHARTER_ERROR_INVALID, "base64" },
  { "logo-type", HEAD "  <about><logo type=\"text/html\">AAAA</logo></about>\n</charter>\n", CHARTER_ERROR_INVALID, "text/html" },
  { "doctype", "<?xml version=\"1.0\"?>\n<!DOCTYPE charter [<!ENTITY a \"b\">]>\n<charter/>", CHARTER_ERROR_UNSAFE, "DOCTYPE" },
  { "xxe", "<?xml version=\"1.0\"?>\n<!DOCTYPE charter [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
           "<charter xmlns=\"" CHARTER_NAMESPACE "\" format=\"1\"><about><name>&x;</name></about></charter>",
    CHARTER_ERROR_UNSAFE, "DOCTYPE" },
  { "undefined-entity", HEAD "  <about><name>&x;</name></about>\n</charter>\n", CHARTER_ERROR_MALFORMED, "line 3" },
  { "utf16", "\xff\xfe<\0c\0", CHARTER_ERROR_ENCODING, "UTF-16" },
  { "latin1", HEAD "  <about><name>Caf\xe9</name></about>\n</charter>\n", CHARTER_ERROR_ENCODING, "line 3" },
};

static void
test_bad_input (gconstpointer data)
{
  const BadCase *bad = data;
  gsize len = strlen (bad->xml);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CharterDocument) doc = NULL;

  /* The UTF-16 case holds NUL bytes. */
  if (g_str_equal (bad->name, "utf16"))
    len = 6;

  bytes = g_bytes_new (bad->xml, len);
  doc = charter_format_load_bytes (bytes, &error);
  g_assert_null (doc);
  g_assert_error (error, CHARTER_ERROR, (int)bad->code);
  g_test_message ("%s: %s", bad->name, error->message);
  g_assert_nonnull (strstr (error->message, bad->message_part));
}

/* libxml2 quotes the input after some messages, cut at a byte count: the
 * error must still be one line of valid UTF-8 (the app shows it, JSON
 * carries it). The file is what the format fuzzer found. */
static void
test_malformed_message_is_clean (void)
{
  g_autofree char *path = g_build_filename (TEST_DATA_DIR, "..", "fuzz", "corpus", "format",
                                            "comment-cuts-utf8.charter", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(CharterDocument) doc = charter_format_load_file (path, &error);

  g_assert_null (doc);
  g_assert_error (error, CHARTER_ERROR, CHARTER_ERROR_MALFORMED);
  g_assert_true (g_utf8_validate (error->message, -1, NULL));
  g_assert_null (strchr (error->message, '\n'));
  g_assert_true (g_str_has_suffix (error->message, "(Comment not terminated)"));
}

static void
test_nul_byte (void)
{
  static const char xml[] = HEAD "  <about><name>A\0B</name></about>\n</charter>\n";
  g_autoptr(GBytes) bytes = g_bytes_new (xml, sizeof xml - 1);
  g_autoptr(GError) error = NULL;
  g_autoptr(CharterDocument) doc = charter_format_load_bytes (bytes, &error);

  g_assert_null (doc);
  g_assert_error (error, CHARTER_ERROR, CHARTER_ERROR_ENCODING);
  g_assert_nonnull (strstr (error->message, "NUL"));
}

static void
test_deep_nesting (void)
{
  GString *s = g_string_new (HEAD);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CharterDocument) doc = NULL;
  gint64 start = g_get_monotonic_time ();

  for (guint i = 0; i < 100000; i++)
    g_string_append (s, "<a>");
  bytes = g_string_free_to_bytes (s);

  doc = charter_format_load_bytes (bytes, &error);
  g_assert_null (doc);
  g_assert_error (error, CHARTER_ERROR, CHARTER_ERROR_TOO_LARGE);
  g_assert_nonnull (strstr (error->message, "nested too deeply"));
  g_assert_cmpint (g_get_monotonic_time () - start, <, G_USEC_PER_SEC);
}

static void
test_billion_laughs (void)
{
  GString *s = g_string_new ("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n  <!ENTITY lol \"lol\">\n");
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CharterDocument) doc = NULL;

  for (guint i = 1; i < 10; i++)
    g_string_append_printf (s, "  <!ENTITY lol%u \"&lol%u;&lol%u;&lol%u;&lol%u;&lol%u;&lol%u;&lol%u;&lol%u;&lol%u;&lol%u;\">\n",
                            i, i - 1, i - 1, i - 1, i - 1, i - 1, i - 1, i - 1, i - 1, i - 1, i - 1);
  g_string_append (s, "]>\n<charter xmlns=\"" CHARTER_NAMESPACE "\" format=\"1\"><about><name>&lol9;</name></about></charter>\n");
  bytes = g_string_free_to_bytes (s);

  doc = charter_format_load_bytes (bytes, &error);
  g_assert_null (doc);
  g_assert_error (error, CHARTER_ERROR, CHARTER_ERROR_UNSAFE);
}

static void
test_too_many_items (void)
{
  GString *s = g_string_new (HEAD "<rights>\n");
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CharterDocument) doc = NULL;

  for (guint i = 0; i < CHARTER_MAX_LIST_ITEMS + 1; i++)
    g_string_append (s, "<right>x</right>\n");
  g_string_append (s, "</rights></charter>\n");
  bytes = g_string_free_to_bytes (s);

  doc = charter_format_load_bytes (bytes, &error);
  g_assert_null (doc);
  g_assert_error (error, CHARTER_ERROR, CHARTER_ERROR_TOO_LARGE);
}

static void
test_too_large (void)
{
  gsize len = CHARTER_MAX_FILE_SIZE + 1;
  g_autofree char *big = g_malloc (len);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CharterDocument) doc = NULL;

  memset (big, ' ', len);
  bytes = g_bytes_new_take (g_steal_pointer (&big), len);
  doc = charter_format_load_bytes (bytes, &error);
  g_assert_null (doc);
  g_assert_error (error, CHARTER_ERROR, CHARTER_ERROR_TOO_LARGE);
}

/* --- saving --- */

static char *
make_temp_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("charter-test-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

static CharterDocument *
sample_document (const char *name)
{
  CharterDocument *doc = charter_document_new ();

  charter_document_set (doc, CHARTER_FIELD_NAME, name);
  for (guint i = 0; i < 50; i++)
    charter_item_set (charter_document_add_item (doc, CHARTER_LIST_RIGHTS, -1),
                      CHARTER_TEXT_TEXT, "A right that takes up some room in the file.");
  return doc;
}

static void
test_save_and_permissions (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "a.charter", NULL);
  g_autoptr(CharterDocument) doc = sample_document ("One");
  g_autoptr(CharterDocument) back = NULL;
  g_autoptr(GError) error = NULL;
  struct stat st;

  g_assert_true (charter_format_save_file (doc, path, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_chmod (path, 0640), ==, 0);

  charter_document_set (doc, CHARTER_FIELD_NAME, "Two");
  g_assert_true (charter_format_save_file (doc, path, &error));
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0640);

  back = charter_format_load_file (path, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (charter_document_get (back, CHARTER_FIELD_NAME), ==, "Two");

  test_remove_tree (dir);
}

static void
test_save_follows_symlink (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *real = g_build_filename (dir, "real.charter", NULL);
  g_autofree char *link = g_build_filename (dir, "link.charter", NULL);
  g_autoptr(CharterDocument) doc = sample_document ("Linked");
  g_autoptr(CharterDocument) back = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *target = NULL;

  g_assert_true (charter_format_save_file (doc, real, &error));
  g_assert_cmpint (symlink ("real.charter", link), ==, 0);

  charter_document_set (doc, CHARTER_FIELD_NAME, "Through the link");
  g_assert_true (charter_format_save_file (doc, link, &error));
  g_assert_no_error (error);

  target = g_file_read_link (link, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (target, ==, "real.charter");
  back = charter_format_load_file (real, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (charter_document_get (back, CHARTER_FIELD_NAME), ==, "Through the link");

  test_remove_tree (dir);
}

static gboolean
fail_on_second_write (CharterFileStep step,
                      gpointer        user_data)
{
  guint *writes = user_data;

  return !(step == CHARTER_FILE_STEP_WRITE && ++*writes >= 2);
}

static void
test_disk_full_keeps_original (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "a.charter", NULL);
  g_autoptr(CharterDocument) doc = sample_document ("Original");
  g_autoptr(CharterDocument) big = sample_document ("Replacement");
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) listing = NULL;
  guint writes = 0;
  guint n_files = 0;

  /* Large enough to need several write blocks. */
  for (guint i = 0; i < 3000; i++)
    charter_item_set (charter_document_add_item (big, CHARTER_LIST_RESPONSIBILITIES, -1),
                      CHARTER_TEXT_TEXT, "Some text that makes the file big enough.");

  g_assert_true (charter_format_save_file (doc, path, NULL));
  g_assert_true (g_file_get_contents (path, &before, NULL, NULL));

  charter_file_set_fault_func (fail_on_second_write, &writes);
  g_assert_false (charter_format_save_file (big, path, &error));
  charter_file_set_fault_func (NULL, NULL);

  g_assert_error (error, CHARTER_ERROR, CHARTER_ERROR_IO);
  g_assert_nonnull (strstr (error->message, "disk is full"));
  g_assert_true (g_file_get_contents (path, &after, NULL, NULL));
  g_assert_cmpstr (before, ==, after);

  /* No temporary file is left behind. */
  listing = g_dir_open (dir, 0, NULL);
  while (g_dir_read_name (listing) != NULL)
    n_files++;
  g_assert_cmpuint (n_files, ==, 1);

  test_remove_tree (dir);
}

static gboolean
refuse_unnamed (CharterFileStep step,
                gpointer        user_data)
{
  return step != CHARTER_FILE_STEP_UNNAMED;
}

/* Where O_TMPFILE is missing, a named temporary file does the same job. */
static void
test_save_named_temporary (void)
{
  g_autoptr(CharterDocument) doc = sample_document ("Named");
  g_autoptr(CharterDocument) back = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("charter-named-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "a.charter", NULL);
  g_autoptr(GDir) listing = NULL;
  struct stat st;

  g_assert_true (charter_format_save_file (doc, path, &error));
  g_assert_cmpint (g_chmod (path, 0604), ==, 0);

  charter_file_set_fault_func (refuse_unnamed, NULL);
  charter_document_set (doc, CHARTER_FIELD_NAME, "Named again");
  g_assert_true (charter_format_save_file (doc, path, &error));
  charter_file_set_fault_func (NULL, NULL);
  g_assert_no_error (error);

  back = charter_format_load_file (path, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (charter_document_get (back, CHARTER_FIELD_NAME), ==, "Named again");
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 07777, ==, 0604);

  listing = g_dir_open (dir, 0, NULL);
  g_assert_cmpstr (g_dir_read_name (listing), ==, "a.charter");
  g_assert_null (g_dir_read_name (listing));

  test_remove_tree (dir);
}

static void
test_missing_folder (void)
{
  g_autoptr(CharterDocument) doc = sample_document ("X");
  g_autoptr(GError) error = NULL;

  g_assert_false (charter_format_save_file (doc, "/nonexistent-charter-dir/a.charter", &error));
  g_assert_error (error, CHARTER_ERROR, CHARTER_ERROR_IO);
  g_assert_nonnull (strstr (error->message, "/nonexistent-charter-dir"));
}

static void
test_load_missing_file (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CharterDocument) doc = charter_format_load_file ("/nonexistent/x.charter", &error);

  g_assert_null (doc);
  g_assert_error (error, CHARTER_ERROR, CHARTER_ERROR_IO);
}

int
main (int argc, char **argv)
{
  g_unsetenv ("DISPLAY");
  g_unsetenv ("WAYLAND_DISPLAY");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/format/round-trip/templates", test_templates_round_trip);
  g_test_add_func ("/format/round-trip/corpus", test_corpus_round_trip);
  g_test_add_func ("/format/normalises", test_normalises);
  g_test_add_func ("/format/special-characters", test_special_characters);
  g_test_add_func ("/format/control-characters", test_control_characters_dropped);
  g_test_add_func ("/format/logo", test_logo);

  for (guint i = 0; i < G_N_ELEMENTS (bad_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/format/bad/%s", bad_cases[i].name);
      g_test_add_data_func (path, &bad_cases[i], test_bad_input);
    }
  g_test_add_func ("/format/bad/nul-byte", test_nul_byte);
  g_test_add_func ("/format/bad/malformed-message", test_malformed_message_is_clean);
  g_test_add_func ("/format/bad/deep-nesting", test_deep_nesting);
  g_test_add_func ("/format/bad/billion-laughs", test_billion_laughs);
  g_test_add_func ("/format/bad/too-many-items", test_too_many_items);
  g_test_add_func ("/format/bad/too-large", test_too_large);

  g_test_add_func ("/format/save/permissions", test_save_and_permissions);
  g_test_add_func ("/format/save/symlink", test_save_follows_symlink);
  g_test_add_func ("/format/save/disk-full", test_disk_full_keeps_original);
  g_test_add_func ("/format/save/named-temporary", test_save_named_temporary);
  g_test_add_func ("/format/save/missing-folder", test_missing_folder);
  g_test_add_func ("/format/load/missing-file", test_load_missing_file);

  return g_test_run ();
}
