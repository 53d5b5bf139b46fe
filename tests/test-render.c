/* test-render.c — the page layout behind every export and the preview:
 * incremental updates give the same pages as a fresh layout, nothing is
 * drawn outside the margins, paper and print size do what they say
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "charter-format.h"
#include "charter-layout.h"
#include "charter-logo.h"
#include "charter-templates.h"

static CharterDocument *
template (const char *id,
          const char *language)
{
  g_autoptr(GError) error = NULL;
  CharterDocument *document = charter_template_create (id, language, &error);

  g_assert_no_error (error);
  return document;
}

static CharterPageSetup
setup_for (const char *paper,
           gboolean    large_print)
{
  CharterPageSetup setup = { charter_paper_lookup (paper), CHARTER_LAYOUT_DOCUMENT, large_print };

  g_assert_nonnull (setup.paper);
  return setup;
}

/* Page @page drawn at @scale pixels per point. */
static cairo_surface_t *
draw (CharterLayout *layout,
      guint          page,
      double         scale)
{
  double width, height;
  cairo_surface_t *surface;
  cairo_t *cr;

  charter_layout_get_page_size (layout, &width, &height);
  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, (int) (width * scale), (int) (height * scale));
  cr = cairo_create (surface);
  cairo_scale (cr, scale, scale);
  charter_layout_draw_page (layout, cr, page);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  return surface;
}

static gboolean
same_pixels (cairo_surface_t *a,
             cairo_surface_t *b)
{
  int h = cairo_image_surface_get_height (a);
  int stride = cairo_image_surface_get_stride (a);

  return h == cairo_image_surface_get_height (b) && stride == cairo_image_surface_get_stride (b) &&
         memcmp (cairo_image_surface_get_data (a), cairo_image_surface_get_data (b), (gsize) h * stride) == 0;
}

static void
assert_same_pages (CharterLayout *a,
                   CharterLayout *b)
{
  guint n_a, n_b;
  const CharterLayoutSection *sa = charter_layout_get_sections (a, &n_a);
  const CharterLayoutSection *sb = charter_layout_get_sections (b, &n_b);

  g_assert_cmpuint (charter_layout_get_n_pages (a), ==, charter_layout_get_n_pages (b));
  g_assert_cmpuint (n_a, ==, n_b);
  for (guint i = 0; i < n_a; i++)
    {
      g_assert_cmpstr (sa[i].title, ==, sb[i].title);
      g_assert_cmpuint (sa[i].page, ==, sb[i].page);
      g_assert_cmpfloat_with_epsilon (sa[i].y, sb[i].y, 0.001);
    }

  for (guint p = 0; p < charter_layout_get_n_pages (a); p++)
    {
      cairo_surface_t *pa = draw (a, p, 0.5);
      cairo_surface_t *pb = draw (b, p, 0.5);

      g_assert_true (same_pixels (pa, pb));
      cairo_surface_destroy (pa);
      cairo_surface_destroy (pb);
    }
}

/* The live preview updates the layout it has after each edit: that must
 * give the pages a layout made from scratch would. */
static void
test_update_matches_fresh (void)
{
  g_autoptr(CharterDocument) document = template ("shop", "en");
  CharterPageSetup setup = setup_for ("a4", FALSE);
  g_autoptr(CharterLayout) live = charter_layout_new (document, &setup);
  g_autoptr(CharterLayout) original = charter_layout_new (document, &setup);
  g_autofree char *overview = g_strdup (charter_document_get (document, CHARTER_FIELD_OVERVIEW));
  g_autofree char *longer = g_strconcat (overview, " We also hire out ladders, carpet cleaners and "
                                         "tile cutters by the day, and sharpen knives and scissors "
                                         "while you wait.", NULL);
  CharterItem *standard;
  guint pages_before = charter_layout_get_n_pages (live);

  charter_document_set (document, CHARTER_FIELD_OVERVIEW, longer);
  charter_layout_update (live);
  {
    g_autoptr(CharterLayout) fresh = charter_layout_new (document, &setup);

    assert_same_pages (live, fresh);
  }

  standard = charter_document_add_item (document, CHARTER_LIST_STANDARDS, 0);
  charter_item_set (standard, CHARTER_STANDARD_TEXT, "We cut keys while you wait, in under 5 minutes.");
  charter_item_set (standard, CHARTER_STANDARD_TARGET, "5");
  charter_item_set (standard, CHARTER_STANDARD_UNIT, "minutes");
  charter_layout_update (live);
  {
    g_autoptr(CharterLayout) fresh = charter_layout_new (document, &setup);

    assert_same_pages (live, fresh);
  }

  /* Undoing both edits gives the first pages back, pixel for pixel. */
  charter_document_remove_item (document, CHARTER_LIST_STANDARDS, 0);
  charter_document_set (document, CHARTER_FIELD_OVERVIEW, overview);
  charter_layout_update (live);
  g_assert_cmpuint (charter_layout_get_n_pages (live), ==, pages_before);
  assert_same_pages (live, original);
}

/* Sets @column_ink to TRUE for each pixel column holding anything not
 * white, over the page's rows [@y0, @y1). */
static void
ink_columns (cairo_surface_t *surface,
             int              y0,
             int              y1,
             gboolean        *column_ink)
{
  int width = cairo_image_surface_get_width (surface);
  int stride = cairo_image_surface_get_stride (surface);
  const guchar *data = cairo_image_surface_get_data (surface);

  for (int y = y0; y < y1; y++)
    {
      const guint32 *row = (const guint32 *) (gconstpointer) (data + (gsize) y * stride);

      for (int x = 0; x < width; x++)
        if ((row[x] & 0xffffff) != 0xffffff)
          column_ink[x] = TRUE;
    }
}

/* Nothing, text or rule, is drawn in the side margins of any page, and
 * nothing but the brand bar in the top margin. */
static void
assert_inside_margins (CharterLayout *layout)
{
  double width, height, x, y, w, h;

  charter_layout_get_page_size (layout, &width, &height);
  charter_layout_get_content_area (layout, &x, &y, &w, &h);

  for (guint p = 0; p < charter_layout_get_n_pages (layout); p++)
    {
      cairo_surface_t *page = draw (layout, p, 1.0);
      g_autofree gboolean *ink = g_new0 (gboolean, cairo_image_surface_get_width (page));
      int left = (int) floor (x) - 1;
      int right = (int) ceil (x + w) + 1;

      ink_columns (page, 0, cairo_image_surface_get_height (page), ink);
      for (int c = 0; c < cairo_image_surface_get_width (page); c++)
        if (ink[c] && (c < left || c > right))
          g_error ("page %u: ink in column %d, outside the content area %g–%g", p + 1, c, x, x + w);
      cairo_surface_destroy (page);
    }
}

static void
test_margins_long_words (void)
{
  g_autoptr(CharterDocument) document = template ("shop", "da");
  GString *word = g_string_new ("Kundeservicechartertilfredshedsundersøgelse");
  CharterItem *standard;
  static const char * const papers[] = { "a4", "letter", "a5" };

  while (word->len < 400)
    g_string_append (word, "sundersøgelsesresultatsopfølgning");

  charter_document_set (document, CHARTER_FIELD_NAME, word->str);
  charter_document_set (document, CHARTER_FIELD_OVERVIEW, word->str);
  charter_document_set (document, CHARTER_FIELD_EMAIL, word->str);
  standard = charter_document_add_item (document, CHARTER_LIST_STANDARDS, 0);
  charter_item_set (standard, CHARTER_STANDARD_TEXT, word->str);
  charter_item_set (standard, CHARTER_STANDARD_TARGET, word->str);
  charter_item_set (standard, CHARTER_STANDARD_OWNER, word->str);
  g_string_free (word, TRUE);

  for (guint i = 0; i < G_N_ELEMENTS (papers); i++)
    for (guint large = 0; large <= 1; large++)
      {
        CharterPageSetup setup = setup_for (papers[i], large);
        g_autoptr(CharterLayout) layout = charter_layout_new (document, &setup);

        g_test_message ("%s%s: %u pages", papers[i], large ? ", large print" : "",
                        charter_layout_get_n_pages (layout));
        assert_inside_margins (layout);
      }
}

static void
test_paper (void)
{
  g_autoptr(CharterDocument) document = template ("council", "en");
  CharterPageSetup setup = setup_for ("a4", FALSE);
  g_autoptr(CharterLayout) layout = charter_layout_new (document, &setup);
  double width, height, x, y, w, h;
  guint a4_pages = charter_layout_get_n_pages (layout);

  charter_layout_get_page_size (layout, &width, &height);
  g_assert_cmpfloat_with_epsilon (width, 595.276, 0.01);
  g_assert_cmpfloat_with_epsilon (height, 841.89, 0.01);
  /* The margins cli-render.sh checks the PDF's words against. */
  charter_layout_get_content_area (layout, &x, &y, &w, &h);
  g_assert_cmpfloat (x, ==, 57);
  g_assert_cmpfloat (y, ==, 55);
  g_assert_cmpfloat_with_epsilon (height - y - h, 67, 0.001);
  g_assert_cmpfloat_with_epsilon (x + w, width - 57, 0.001);

  setup = setup_for ("a5", FALSE);
  charter_layout_set_setup (layout, &setup);
  charter_layout_get_page_size (layout, &width, &height);
  g_assert_cmpfloat_with_epsilon (width, 419.528, 0.01);
  g_assert_cmpuint (charter_layout_get_n_pages (layout), >, a4_pages);

  setup = setup_for ("a4", TRUE);
  charter_layout_set_setup (layout, &setup);
  /* Text at 1.6 times the size takes more than half as many pages again. */
  g_assert_cmpuint (2 * charter_layout_get_n_pages (layout), >, 3 * a4_pages);
  assert_inside_margins (layout);

  setup = setup_for ("letter", FALSE);
  charter_layout_set_setup (layout, &setup);
  charter_layout_get_page_size (layout, &width, &height);
  g_assert_cmpfloat (width, ==, 612);
  g_assert_cmpfloat (height, ==, 792);
}

static void
test_paper_default (void)
{
  static const struct { const char *lc_all, *lc_paper, *lang, *paper; } cases[] = {
    { NULL, NULL, NULL, "a4" },
    { NULL, NULL, "en_US.UTF-8", "letter" },
    { NULL, NULL, "fr_CA", "letter" },
    { NULL, NULL, "da_DK.UTF-8", "a4" },
    { NULL, "en_US.UTF-8", "da_DK.UTF-8", "letter" },
    { NULL, "en_GB.UTF-8", "en_US.UTF-8", "a4" },
    { "en_US.UTF-8", "en_GB.UTF-8", NULL, "letter" },
    { "C.UTF-8", "en_US.UTF-8", NULL, "a4" },
    { NULL, NULL, "en_USX", "a4" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const char *values[] = { cases[i].lc_all, cases[i].lc_paper, cases[i].lang };
      const char *names[] = { "LC_ALL", "LC_PAPER", "LANG" };

      for (guint v = 0; v < G_N_ELEMENTS (names); v++)
        if (values[v] != NULL)
          g_setenv (names[v], values[v], TRUE);
        else
          g_unsetenv (names[v]);
      g_assert_cmpstr (charter_paper_default ()->id, ==, cases[i].paper);
    }
  g_setenv ("LC_ALL", "C.UTF-8", TRUE);
}

/* The preview draws pages small: every scale gives the same page. */
static void
test_any_scale (void)
{
  g_autoptr(CharterDocument) document = template ("cafe", "da");
  CharterPageSetup setup = setup_for ("a4", FALSE);
  g_autoptr(CharterLayout) layout = charter_layout_new (document, &setup);
  double scales[] = { 0.2, 0.5, 1.0, 2.0 };
  double share[G_N_ELEMENTS (scales)];

  for (guint s = 0; s < G_N_ELEMENTS (scales); s++)
    {
      cairo_surface_t *page = draw (layout, 0, scales[s]);
      int width = cairo_image_surface_get_width (page);
      int height = cairo_image_surface_get_height (page);
      int stride = cairo_image_surface_get_stride (page);
      const guchar *data = cairo_image_surface_get_data (page);
      double dark = 0;

      for (int y = 0; y < height; y++)
        for (int x = 0; x < width; x++)
          dark += 255 - data[(gsize) y * stride + 4 * x + 1];
      share[s] = dark / (255.0 * width * height);
      cairo_surface_destroy (page);
    }

  /* The same amount of ink, within antialiasing, at every size. */
  for (guint s = 1; s < G_N_ELEMENTS (scales); s++)
    {
      g_assert_cmpfloat (share[s], >, 0.01);
      g_assert_cmpfloat (fabs (share[s] - share[2]) / share[2], <, 0.2);
    }
}

static void
test_sections (void)
{
  g_autoptr(CharterDocument) document = template ("health", "en");
  CharterPageSetup setup = setup_for ("a5", TRUE);
  g_autoptr(CharterLayout) layout = charter_layout_new (document, &setup);
  double x, y, w, h;
  guint n;
  const CharterLayoutSection *sections = charter_layout_get_sections (layout, &n);

  charter_layout_get_content_area (layout, &x, &y, &w, &h);
  g_assert_cmpuint (n, >=, 8);
  for (guint i = 0; i < n; i++)
    {
      g_assert_cmpuint (sections[i].page, <, charter_layout_get_n_pages (layout));
      g_assert_cmpfloat (sections[i].y, >=, y);
      /* A heading starts high enough for some of its text to follow. */
      g_assert_cmpfloat (sections[i].y, <, y + h - 40);
      if (i > 0)
        g_assert_true (sections[i].page > sections[i - 1].page ||
                       (sections[i].page == sections[i - 1].page && sections[i].y > sections[i - 1].y));
    }
}

static void
test_logo_and_arabic (void)
{
  static const char * const files[] = { "every-field.charter", "arabic.charter", "minimal.charter" };

  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autofree char *path = g_build_filename (TEST_DATA_DIR, "roundtrip", files[i], NULL);
      g_autoptr(GError) error = NULL;
      g_autoptr(CharterDocument) document = charter_format_load_file (path, &error);
      CharterPageSetup setup = setup_for ("a4", FALSE);
      g_autoptr(CharterLayout) layout = NULL;

      g_assert_no_error (error);
      layout = charter_layout_new (document, &setup);
      g_assert_cmpuint (charter_layout_get_n_pages (layout), >=, 1);
      assert_inside_margins (layout);
    }
}

/* An SVG logo decodes at its own size, scaled down past 1000 units, and
 * replays its drawing: librsvg is opened on first use, not linked. */
static void
test_svg_logo (void)
{
  static const char svg[] =
    "<svg xmlns='http://www.w3.org/2000/svg' width='%d' height='%d'>"
    "<rect width='100%%' height='100%%' fill='#ff0000'/></svg>";
  const struct { int width, height; double want_width, want_height; } sizes[] = {
    { 120, 60, 120, 60 },
    { 4000, 2000, 1000, 500 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      g_autofree char *text = g_strdup_printf (svg, sizes[i].width, sizes[i].height);
      g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));
      g_autoptr(GError) error = NULL;
      cairo_surface_t *logo = charter_logo_decode (bytes, "image/svg+xml", &error);
      cairo_surface_t *image;
      double width, height;
      guint32 pixel;
      cairo_t *cr;

      g_assert_no_error (error);
      g_assert_nonnull (logo);
      charter_logo_get_size (logo, &width, &height);
      g_assert_cmpfloat_with_epsilon (width, sizes[i].want_width, 0.01);
      g_assert_cmpfloat_with_epsilon (height, sizes[i].want_height, 0.01);

      image = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 4, 4);
      cr = cairo_create (image);
      cairo_set_source_surface (cr, logo, 0, 0);
      cairo_paint (cr);
      cairo_destroy (cr);
      cairo_surface_flush (image);
      pixel = *(guint32 *)cairo_image_surface_get_data (image);
      g_assert_cmphex (pixel, ==, 0xffff0000);
      cairo_surface_destroy (image);
      cairo_surface_destroy (logo);
    }
}

int
main (int    argc,
      char **argv)
{
  g_unsetenv ("DISPLAY");
  g_unsetenv ("WAYLAND_DISPLAY");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/render/update-matches-fresh", test_update_matches_fresh);
  g_test_add_func ("/render/margins/long-words", test_margins_long_words);
  g_test_add_func ("/render/paper", test_paper);
  g_test_add_func ("/render/paper-default", test_paper_default);
  g_test_add_func ("/render/any-scale", test_any_scale);
  g_test_add_func ("/render/sections", test_sections);
  g_test_add_func ("/render/logo-and-arabic", test_logo_and_arabic);
  g_test_add_func ("/render/svg-logo", test_svg_logo);

  return g_test_run ();
}
