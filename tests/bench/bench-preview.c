/* bench-preview.c — the live preview's work per keystroke
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Target (issue 5): on a charter of at least five A4 pages, relayout
 * after a one-field edit (charter_layout_update) ≤ 4 ms. Also shows the
 * cost of drawing the page the preview shows, at a preview's scale.
 */
#include "config.h"

#include "charter-layout.h"
#include "charter-templates.h"

#define ROUNDS 200

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *)a, y = *(const double *)b;

  return x < y ? -1 : x > y;
}

static void
report (const char *what,
        double     *ms,
        guint       n,
        double      target)
{
  qsort (ms, n, sizeof (double), compare_doubles);
  g_print ("  %-34s median %.3f ms, p95 %.3f ms, max %.3f ms", what, ms[n / 2], ms[n * 95 / 100], ms[n - 1]);
  if (target > 0)
    g_print ("  (target ≤ %.0f ms: %s)", target, ms[n / 2] <= target ? "met" : "MISSED");
  g_print ("\n");
}

/* Types one character more into @field each round, as a user would. */
static void
bench_field (CharterLayout   *layout,
             CharterDocument *doc,
             CharterField     field,
             const char      *name,
             guint            page)
{
  g_autoptr(GString) text = g_string_new (charter_document_get (doc, field));
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 480, 680);
  double update_ms[ROUNDS], draw_ms[ROUNDS];
  g_autofree char *label = NULL;

  for (guint r = 0; r < ROUNDS; r++)
    {
      gint64 start, mid;
      cairo_t *cr;

      g_string_append_c (text, r % 7 == 6 ? ' ' : 'a' + r % 26);
      charter_document_set (doc, field, text->str);

      start = g_get_monotonic_time ();
      charter_layout_update (layout);
      mid = g_get_monotonic_time ();

      cr = cairo_create (surface);
      cairo_scale (cr, 480 / 595.0, 480 / 595.0);
      charter_layout_draw_page (layout, cr, MIN (page, charter_layout_get_n_pages (layout) - 1));
      cairo_destroy (cr);

      update_ms[r] = (mid - start) / 1000.0;
      draw_ms[r] = (g_get_monotonic_time () - mid) / 1000.0;
    }
  cairo_surface_destroy (surface);

  g_print ("typing into %s (%u keystrokes):\n", name, ROUNDS);
  label = g_strdup ("relayout (charter_layout_update)");
  report (label, update_ms, ROUNDS, 4);
  report ("drawing the shown page", draw_ms, ROUNDS, 0);
}

int
main (int argc, char **argv)
{
  g_autoptr(CharterDocument) doc = charter_template_create ("shop", "en", NULL);
  CharterPageSetup setup = { charter_paper_lookup ("a4"), CHARTER_LAYOUT_DOCUMENT, FALSE };
  g_autoptr(CharterLayout) layout = NULL;
  gint64 start;

  g_assert_nonnull (doc);
  /* The shop template is five to six A4 pages; make sure of five. */
  layout = charter_layout_new (doc, &setup);
  while (charter_layout_get_n_pages (layout) < 5)
    {
      CharterItem *s = charter_document_add_item (doc, CHARTER_LIST_STANDARDS, -1);

      charter_item_set (s, CHARTER_STANDARD_TEXT, "We reply to every letter within 5 working days.");
      charter_item_set (s, CHARTER_STANDARD_TARGET, "5");
      charter_item_set (s, CHARTER_STANDARD_UNIT, "working days");
      charter_layout_update (layout);
    }

  start = g_get_monotonic_time ();
  {
    g_autoptr(CharterLayout) fresh = charter_layout_new (doc, &setup);
    charter_layout_update (fresh);
  }
  g_print ("preview of a %u-page A4 charter; a full layout from scratch takes %.2f ms\n",
           charter_layout_get_n_pages (layout), (g_get_monotonic_time () - start) / 1000.0);

  bench_field (layout, doc, CHARTER_FIELD_PURPOSE, "the purpose (page 1)", 0);
  bench_field (layout, doc, CHARTER_FIELD_REMEDIES, "the remedies (last pages)", charter_layout_get_n_pages (layout) - 1);
  return 0;
}
