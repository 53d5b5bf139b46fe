/* test-print.c — the HR print products: headline standards, card
 * imposition and crop marks, poster/card/induction pages, staff lists
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "charter-card.h"
#include "charter-export.h"
#include "charter-layout.h"
#include "charter-staff.h"
#include "charter-templates.h"

static CharterDocument *
shop (void)
{
  CharterDocument *document = charter_template_create ("shop", "en", NULL);

  g_assert_nonnull (document);
  return document;
}

static void
test_headline_chosen (void)
{
  g_autoptr(CharterDocument) document = shop ();
  g_autoptr(GPtrArray) chosen = charter_headline_standards (document);
  const char *ids[] = { "s1", "s2", "s3", "s6" };

  g_assert_cmpuint (chosen->len, ==, G_N_ELEMENTS (ids));
  for (guint i = 0; i < chosen->len; i++)
    g_assert_cmpstr (charter_item_get (chosen->pdata[i], CHARTER_STANDARD_ID), ==, ids[i]);
}

static void
test_headline_first_of_each_pillar (void)
{
  g_autoptr(CharterDocument) document = shop ();
  g_autoptr(GPtrArray) chosen = NULL;
  const char *ids[] = { "s1", "s3", "s5" };

  for (guint i = 0; i < charter_document_get_n_items (document, CHARTER_LIST_STANDARDS); i++)
    charter_item_set (charter_document_get_item (document, CHARTER_LIST_STANDARDS, i),
                      CHARTER_STANDARD_HEADLINE, "");

  chosen = charter_headline_standards (document);
  g_assert_cmpuint (chosen->len, ==, G_N_ELEMENTS (ids));
  for (guint i = 0; i < chosen->len; i++)
    g_assert_cmpstr (charter_item_get (chosen->pdata[i], CHARTER_STANDARD_ID), ==, ids[i]);
}

static gboolean
overlaps (const CharterCardRect *a,
          const CharterCardRect *b)
{
  return a->x < b->x + b->width && b->x < a->x + a->width &&
         a->y < b->y + b->height && b->y < a->y + a->height;
}

static void
check_sheet (const char *paper_id,
             guint       expected_cards)
{
  const CharterPaper *paper = charter_paper_lookup (paper_id);
  guint n = charter_card_sheet_slots (paper, NULL, 0);
  guint n_marks = charter_card_sheet_marks (paper, NULL, 0);
  g_autofree CharterCardRect *trims = g_new (CharterCardRect, n);
  g_autofree CharterCardRect *marks = g_new (CharterCardRect, n_marks);

  g_assert_cmpuint (n, ==, expected_cards);
  charter_card_sheet_slots (paper, trims, n);
  charter_card_sheet_marks (paper, marks, n_marks);
  /* Two marks per trim edge: each column's left and right, each row's
   * top and bottom, at both ends. */
  g_assert_cmpuint (n_marks, >=, 8);

  for (guint i = 0; i < n; i++)
    {
      CharterCardRect bleed = { trims[i].x - CHARTER_CARD_BLEED, trims[i].y - CHARTER_CARD_BLEED,
                                trims[i].width + 2 * CHARTER_CARD_BLEED, trims[i].height + 2 * CHARTER_CARD_BLEED };

      g_assert_cmpfloat_with_epsilon (trims[i].width, 85.0 * 72 / 25.4, 1e-6);
      g_assert_cmpfloat_with_epsilon (trims[i].height, 55.0 * 72 / 25.4, 1e-6);
      /* On the paper, with room for the marks around the grid. */
      g_assert_cmpfloat (bleed.x, >=, 10 * CHARTER_MM);
      g_assert_cmpfloat (bleed.y, >=, 10 * CHARTER_MM);
      g_assert_cmpfloat (bleed.x + bleed.width, <=, paper->width - 10 * CHARTER_MM);
      g_assert_cmpfloat (bleed.y + bleed.height, <=, paper->height - 10 * CHARTER_MM);

      for (guint j = 0; j < n; j++)
        if (i != j)
          {
            CharterCardRect other = { trims[j].x, trims[j].y, trims[j].width, trims[j].height };

            g_assert_false (overlaps (&bleed, &other));
          }
      /* Crop marks lie outside every card's trim box and bleed. */
      for (guint m = 0; m < n_marks; m++)
        g_assert_false (overlaps (&marks[m], &bleed));
    }

  for (guint m = 0; m < n_marks; m++)
    {
      g_assert_cmpfloat (marks[m].x, >=, 0);
      g_assert_cmpfloat (marks[m].y, >=, 0);
      g_assert_cmpfloat (marks[m].x + marks[m].width, <=, paper->width);
      g_assert_cmpfloat (marks[m].y + marks[m].height, <=, paper->height);
    }

  /* Every trim edge has a mark in line with it. */
  for (guint i = 0; i < n; i++)
    {
      double edges[2] = { trims[i].x, trims[i].x + trims[i].width };

      for (guint e = 0; e < 2; e++)
        {
          gboolean found = FALSE;

          for (guint m = 0; m < n_marks && !found; m++)
            found = marks[m].height > marks[m].width &&
                    G_APPROX_VALUE (marks[m].x + marks[m].width / 2, edges[e], 1e-6);
          g_assert_true (found);
        }
    }
}

static void
test_card_sheets (void)
{
  check_sheet ("a4", 8);
  check_sheet ("letter", 8);
  check_sheet ("a3", 18);
  check_sheet ("a5", 3);
}

/* The marks are really drawn where the geometry says: dark pixels at a
 * mark, white paper between a mark and the nearest bleed. */
static void
test_card_marks_drawn (void)
{
  g_autoptr(CharterDocument) document = shop ();
  CharterPageSetup setup = { charter_paper_lookup ("a4"), CHARTER_LAYOUT_CARD, FALSE };
  g_autoptr(CharterLayout) layout = charter_layout_new (document, &setup);
  CharterCardRect marks[64];
  guint n_marks = charter_card_sheet_marks (setup.paper, marks, G_N_ELEMENTS (marks));
  double scale = 4;
  cairo_surface_t *surface;
  cairo_t *cr;
  guchar *data;
  int stride;

  g_assert_cmpuint (charter_layout_get_n_pages (layout), ==, 2);
  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, (int) (setup.paper->width * scale),
                                        (int) (setup.paper->height * scale));
  cr = cairo_create (surface);
  cairo_scale (cr, scale, scale);
  charter_layout_draw_page (layout, cr, 0);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  data = cairo_image_surface_get_data (surface);
  stride = cairo_image_surface_get_stride (surface);

  for (guint m = 0; m < MIN (n_marks, G_N_ELEMENTS (marks)); m++)
    {
      int x = (int) ((marks[m].x + marks[m].width / 2) * scale);
      int y = (int) ((marks[m].y + marks[m].height / 2) * scale);
      guint32 pixel = *(guint32 *) (data + y * stride + x * 4);

      g_assert_cmpuint (pixel & 0xff, <, 0x80);
    }

  cairo_surface_destroy (surface);
}

static void
test_layout_pages (void)
{
  g_autoptr(CharterDocument) document = shop ();
  CharterPageSetup setup = { NULL, CHARTER_LAYOUT_POSTER, FALSE };
  g_autoptr(CharterLayout) poster = charter_layout_new (document, &setup);
  g_autoptr(CharterLayout) card = NULL;
  g_autoptr(CharterLayout) doc = NULL;
  g_autoptr(CharterLayout) induction = NULL;
  double w, h;

  g_assert_cmpuint (charter_layout_get_n_pages (poster), ==, 1);
  charter_layout_get_page_size (poster, &w, &h);
  g_assert_cmpfloat_with_epsilon (w, 841.89, 0.01);
  g_assert_cmpfloat_with_epsilon (h, 1190.551, 0.01);

  setup.kind = CHARTER_LAYOUT_CARD;
  setup.paper = charter_card_paper ();
  card = charter_layout_new (document, &setup);
  g_assert_cmpuint (charter_layout_get_n_pages (card), ==, 2);
  charter_layout_get_page_size (card, &w, &h);
  g_assert_cmpfloat_with_epsilon (w, 91 * 72 / 25.4, 0.001);
  g_assert_cmpfloat_with_epsilon (h, 61 * 72 / 25.4, 0.001);

  setup.paper = charter_paper_lookup ("a4");
  setup.kind = CHARTER_LAYOUT_DOCUMENT;
  doc = charter_layout_new (document, &setup);
  setup.kind = CHARTER_LAYOUT_INDUCTION;
  induction = charter_layout_new (document, &setup);
  /* The role section starts a page and the acknowledgement is one more. */
  g_assert_cmpuint (charter_layout_get_n_pages (induction), >=, charter_layout_get_n_pages (doc) + 1);

  /* A layout switched between kinds forgets the old one's pages. */
  setup.kind = CHARTER_LAYOUT_POSTER;
  charter_layout_set_setup (induction, &setup);
  g_assert_cmpuint (charter_layout_get_n_pages (induction), ==, 1);
  setup.kind = CHARTER_LAYOUT_INDUCTION;
  charter_layout_set_setup (induction, &setup);
  g_assert_cmpuint (charter_layout_get_n_pages (induction), >=, charter_layout_get_n_pages (doc) + 1);
}

static GPtrArray *
parse (const char  *csv,
       GError     **error)
{
  return charter_staff_parse (csv, strlen (csv), error);
}

static void
test_staff_parse (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) staff = NULL;
  CharterStaffMember *m;

  staff = parse ("\xEF\xBB\xBFRole;Navn;Startdato;Team\r\nKok;Søren Ærø;2026-10-01;Køkken\r\n"
                 "Tjener;\"Lund, Maja\";2026-11-01;Sal\r\n", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (staff->len, ==, 2);
  m = staff->pdata[0];
  g_assert_cmpstr (m->name, ==, "Søren Ærø");
  g_assert_cmpstr (m->role, ==, "Kok");
  g_assert_cmpstr (m->start_date, ==, "2026-10-01");
  g_assert_cmpuint (m->line, ==, 2);
  m = staff->pdata[1];
  g_assert_cmpstr (m->name, ==, "Lund, Maja");
  g_assert_cmpuint (m->line, ==, 3);
}

static void
expect_error (const char *csv,
              const char *message)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) staff = parse (csv, &error);

  g_assert_null (staff);
  g_assert_nonnull (error);
  if (strstr (error->message, message) == NULL)
    g_error ("“%s” does not contain “%s”", error->message, message);
}

static void
test_staff_errors (void)
{
  expect_error ("name,role\nAda,Cook\n", "line 1: missing column “start_date”");
  expect_error ("name,role,start_date\nAda,Cook,2026-01-01\n\nBo,Chef,2026-02-01\n", "line 3: empty row");
  expect_error ("name,role,start_date\nAda,Cook,2026-01-01\n,Chef,2026-02-01\n", "line 3: no name");
  expect_error ("name,role,start_date\nAda,Cook,2026-01-01,extra\n", "line 2: 4 fields but the header has 3");
  expect_error ("name,role,start_date\nAda,\xff,2026-01-01\n", "line 2: the text is not valid UTF-8");
  expect_error ("name,role,start_date\n", "line 1: the staff list has a header but nobody in it");
  expect_error ("", "line 1: the staff list is empty");
  /* Every problem, not only the first. */
  expect_error ("name,role,start_date\n\n,a,b\nC,d,e\n", "line 2: empty row; remove it or fill in the staff member\n"
                                                         "line 3: no name");
}

static void
test_pack_names (void)
{
  g_autoptr(CharterStaffMember) a = charter_staff_member_new ("Søren  Ærø-Hansen", "Kok", "");
  g_autoptr(CharterStaffMember) b = charter_staff_member_new ("../../etc", "", "");
  g_autofree char *na = charter_export_pack_name (a, 0, 3);
  g_autofree char *nb = charter_export_pack_name (b, 41, 1200);

  g_assert_cmpstr (na, ==, "001-soeren-aeroe-hansen.pdf");
  /* Nothing from a name can leave the folder. */
  g_assert_cmpstr (nb, ==, "0042-etc.pdf");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/print/headline/chosen", test_headline_chosen);
  g_test_add_func ("/print/headline/first-of-each-pillar", test_headline_first_of_each_pillar);
  g_test_add_func ("/print/card/sheets", test_card_sheets);
  g_test_add_func ("/print/card/marks-drawn", test_card_marks_drawn);
  g_test_add_func ("/print/layout/pages", test_layout_pages);
  g_test_add_func ("/print/staff/parse", test_staff_parse);
  g_test_add_func ("/print/staff/errors", test_staff_errors);
  g_test_add_func ("/print/staff/pack-names", test_pack_names);

  return g_test_run ();
}
