/* bench-floor.c — the least a program can do to print a charter's text
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * usage: bench-floor IN.txt OUT.pdf
 *
 * Lays the text of IN.txt out in 10 pt Noto Sans on A4 with pango and
 * cairo, one paragraph per block of lines, breaking pages between lines,
 * and writes the PDF. No model, no XML, no design: bench-render runs it
 * beside `charter export` as the floor Charter's export is measured
 * against.
 */
#include <stdio.h>
#include <string.h>

#include <cairo-pdf.h>
#include <pango/pangocairo.h>

#define PAGE_W   595.276
#define PAGE_H   841.89
#define MARGIN_X 57.0
#define MARGIN_Y 55.0

int
main (int    argc,
      char **argv)
{
  char *text = NULL;
  gsize length;
  char **paragraphs;
  cairo_surface_t *surface;
  cairo_t *cr;
  PangoContext *context;
  PangoFontDescription *font;
  double y = MARGIN_Y;

  if (argc != 3 || !g_file_get_contents (argv[1], &text, &length, NULL))
    {
      fprintf (stderr, "usage: bench-floor IN.txt OUT.pdf\n");
      return 2;
    }

  surface = cairo_pdf_surface_create (argv[2], PAGE_W, PAGE_H);
  cr = cairo_create (surface);
  context = pango_cairo_create_context (cr);
  pango_cairo_context_set_resolution (context, 72.0);
  font = pango_font_description_from_string ("Noto Sans, DejaVu Sans 10");

  paragraphs = g_strsplit (text, "\n\n", -1);
  for (guint i = 0; paragraphs[i] != NULL; i++)
    {
      PangoLayout *layout = pango_layout_new (context);
      PangoLayoutIter *iter;

      pango_layout_set_font_description (layout, font);
      pango_layout_set_width (layout, (int) ((PAGE_W - 2 * MARGIN_X) * PANGO_SCALE));
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
      pango_layout_set_text (layout, paragraphs[i], -1);

      iter = pango_layout_get_iter (layout);
      do
        {
          PangoRectangle logical;

          pango_layout_iter_get_line_extents (iter, NULL, &logical);
          if (y + logical.height / (double) PANGO_SCALE > PAGE_H - MARGIN_Y)
            {
              cairo_show_page (cr);
              y = MARGIN_Y;
            }
          cairo_move_to (cr, MARGIN_X, y + pango_layout_iter_get_baseline (iter) / (double) PANGO_SCALE
                                          - logical.y / (double) PANGO_SCALE);
          pango_cairo_show_layout_line (cr, pango_layout_iter_get_line_readonly (iter));
          y += logical.height / (double) PANGO_SCALE;
        }
      while (pango_layout_iter_next_line (iter));
      pango_layout_iter_free (iter);
      g_object_unref (layout);
      y += 6;
    }

  cairo_destroy (cr);
  cairo_surface_finish (surface);
  if (cairo_surface_status (surface) != CAIRO_STATUS_SUCCESS)
    return 1;
  cairo_surface_destroy (surface);

  g_strfreev (paragraphs);
  pango_font_description_free (font);
  g_object_unref (context);
  g_free (text);
  return 0;
}
