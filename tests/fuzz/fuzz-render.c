/* fuzz-render.c — laying out and drawing loaded charters
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Inputs are .charter files. One that loads is laid out in a layout and
 * paper picked from its length, every page is drawn onto a small image,
 * and the text and HTML exporters run on it too.
 */
#include <math.h>

#include "charter-format.h"
#include "charter-html.h"
#include "charter-layout.h"
#include "charter-text.h"
#include "fuzz-common.h"

/* 5,000 standards (the list limit) on A5 in large print take a page each
 * (5,002 pages); many times that means pagination ran away. */
#define MAX_PAGES (4 * CHARTER_MAX_LIST_ITEMS)

static void
draw_pages (CharterLayout *layout)
{
  guint n_pages = charter_layout_get_n_pages (layout);
  double width = 0, height = 0;
  const CharterLayoutSection *sections;
  guint n_sections = 0;

  FUZZ_CHECK (n_pages >= 1 && n_pages <= MAX_PAGES);
  charter_layout_get_page_size (layout, &width, &height);
  FUZZ_CHECK (width > 0 && height > 0);

  sections = charter_layout_get_sections (layout, &n_sections);
  for (guint i = 0; i < n_sections; i++)
    {
      FUZZ_CHECK (sections[i].page < n_pages);
      FUZZ_CHECK (isfinite (sections[i].y));
    }

  for (guint page = 0; page < n_pages; page++)
    {
      cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 60, 85);
      cairo_t *cr = cairo_create (surface);

      cairo_scale (cr, 60 / width, 85 / height);
      charter_layout_draw_page (layout, cr, page);
      FUZZ_CHECK (cairo_status (cr) == CAIRO_STATUS_SUCCESS);
      cairo_destroy (cr);
      cairo_surface_destroy (surface);
    }
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  static const char * const papers[] = { "a4", "letter", "a5", "a3" };
  g_autoptr(GBytes) input = NULL;
  g_autoptr(CharterDocument) document = NULL;
  g_autoptr(CharterLayout) layout = NULL;
  g_autofree char *text = NULL;
  g_autofree char *html = NULL;
  CharterPageSetup setup = { 0 };

  fuzz_init ();

  input = g_bytes_new (data, size);
  document = charter_format_load_bytes (input, NULL);
  if (document == NULL)
    return 0;

  setup.kind = size % CHARTER_N_LAYOUTS;
  setup.paper = charter_paper_lookup (papers[(size / CHARTER_N_LAYOUTS) % 4]);
  setup.large_print = (size / 16) % 2;
  layout = charter_layout_new (document, &setup);
  draw_pages (layout);

  text = charter_text_export (document, 72);
  FUZZ_CHECK (text != NULL && g_utf8_validate (text, -1, NULL));
  html = charter_html_export (document);
  FUZZ_CHECK (html != NULL && g_utf8_validate (html, -1, NULL));

  return 0;
}
