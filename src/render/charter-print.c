/* charter-print.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "charter-logo.h"
#include "charter-print-private.h"

const double charter_ink[3] = { 0.11, 0.12, 0.14 };
const double charter_muted[3] = { 0.38, 0.41, 0.45 };
const double charter_rule[3] = { 0.82, 0.84, 0.86 };

static gboolean
parse_colour (const char *text,
              double      rgb[3])
{
  if (text == NULL || strlen (text) != 7 || text[0] != '#')
    return FALSE;
  for (guint i = 0; i < 3; i++)
    {
      int hi = g_ascii_xdigit_value (text[1 + 2 * i]);
      int lo = g_ascii_xdigit_value (text[2 + 2 * i]);

      if (hi < 0 || lo < 0)
        return FALSE;
      rgb[i] = (hi * 16 + lo) / 255.0;
    }
  return TRUE;
}

static double
luminance (const double rgb[3])
{
  return 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
}

void
charter_colours_for (CharterDocument *document,
                     CharterColours  *colours)
{
  double *c = colours->accent;

  if (!parse_colour (charter_document_get (document, CHARTER_FIELD_BRAND_COLOUR), colours->brand))
    parse_colour ("#25507a", colours->brand);

  /* The same rules as the document's: a pale brand colour is darkened
   * for text and lightened for fills. */
  memcpy (c, colours->brand, sizeof colours->accent);
  while (luminance (c) > 0.4)
    for (guint i = 0; i < 3; i++)
      c[i] *= 0.85;
  for (guint i = 0; i < 3; i++)
    colours->tint[i] = 1.0 - (1.0 - colours->brand[i]) * 0.1;

  if (luminance (colours->brand) > 0.55)
    memcpy (colours->on_brand, charter_ink, sizeof colours->on_brand);
  else
    colours->on_brand[0] = colours->on_brand[1] = colours->on_brand[2] = 1.0;
}

PangoContext *
charter_print_context_new (CharterDocument *document)
{
  PangoFontMap *map = pango_cairo_font_map_get_default ();
  PangoContext *context = pango_font_map_create_context (map);
  cairo_font_options_t *options = cairo_font_options_create ();
  const char *lang = charter_document_get_language (document);

  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (context, options);
  cairo_font_options_destroy (options);
  pango_context_set_round_glyph_positions (context, FALSE);
  /* Cairo's units here are points: at 72 dpi a size in points is what
   * prints. (A font map's own contexts assume 96, a third larger.) */
  pango_cairo_context_set_resolution (context, 72.0);
  pango_context_set_language (context, pango_language_from_string (lang && *lang ? lang : "en"));

  return context;
}

PangoLayout *
charter_print_text (PangoContext   *context,
                    const char     *family,
                    PangoWeight     weight,
                    PangoStyle      slant,
                    double          size,
                    double          width,
                    PangoAlignment  align,
                    const char     *markup)
{
  PangoLayout *layout = pango_layout_new (context);
  PangoFontDescription *font = pango_font_description_from_string (family);

  pango_font_description_set_weight (font, weight);
  pango_font_description_set_style (font, slant);
  pango_font_description_set_size (font, (int) round (size * PANGO_SCALE));
  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);

  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_alignment (layout, align);
  pango_layout_set_markup (layout, markup, -1);

  return layout;
}

double
charter_print_height (PangoLayout *layout)
{
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  return (double) logical.height / PANGO_SCALE;
}

double
charter_print_show (cairo_t      *cr,
                    PangoLayout  *layout,
                    double        x,
                    double        y,
                    const double  rgb[3])
{
  double height = charter_print_height (layout);

  if (cr != NULL)
    {
      cairo_set_source_rgb (cr, rgb[0], rgb[1], rgb[2]);
      cairo_move_to (cr, x, y);
      pango_cairo_show_layout (cr, layout);
    }
  g_object_unref (layout);

  return height;
}

GPtrArray *
charter_headline_standards (CharterDocument *document)
{
  static const char * const pillars[] = { "happen", "easy", "better" };
  guint n = charter_document_get_n_items (document, CHARTER_LIST_STANDARDS);
  GPtrArray *chosen = g_ptr_array_new ();

  for (guint i = 0; i < n; i++)
    {
      CharterItem *s = charter_document_get_item (document, CHARTER_LIST_STANDARDS, i);

      if (g_strcmp0 (charter_item_get (s, CHARTER_STANDARD_HEADLINE), "true") == 0 &&
          *charter_item_get (s, CHARTER_STANDARD_TEXT) != '\0')
        g_ptr_array_add (chosen, s);
    }
  if (chosen->len > 0)
    return chosen;

  for (guint i = 0; i < n; i++)
    {
      CharterItem *s = charter_document_get_item (document, CHARTER_LIST_STANDARDS, i);
      const char *pillar = charter_item_get (s, CHARTER_STANDARD_PILLAR);
      gboolean first = TRUE;

      if (*charter_item_get (s, CHARTER_STANDARD_TEXT) == '\0')
        continue;
      /* A standard without a known pillar counts as "make it happen",
       * as in the document's table. */
      if (!g_strv_contains ((const char * const *) pillars, pillar))
        pillar = pillars[0];
      for (guint j = 0; j < chosen->len && first; j++)
        {
          const char *other = charter_item_get (chosen->pdata[j], CHARTER_STANDARD_PILLAR);

          if (!g_strv_contains ((const char * const *) pillars, other))
            other = pillars[0];
          first = g_strcmp0 (pillar, other) != 0;
        }
      if (first)
        g_ptr_array_add (chosen, s);
    }

  return chosen;
}

char *
charter_standard_target (CharterItem *standard)
{
  const char *target = charter_item_get (standard, CHARTER_STANDARD_TARGET);
  const char *unit = charter_item_get (standard, CHARTER_STANDARD_UNIT);

  if (*target == '\0')
    return g_strdup ("");
  return *unit ? g_strdup_printf ("%s %s", target, unit) : g_strdup (target);
}

char *
charter_display_url (const char *url)
{
  const char *rest = url;
  gsize length;

  if (g_str_has_prefix (rest, "https://"))
    rest += 8;
  else if (g_str_has_prefix (rest, "http://"))
    rest += 7;
  length = strlen (rest);
  if (length > 0 && rest[length - 1] == '/')
    length--;

  return g_strndup (rest, length);
}

cairo_surface_t *
charter_print_logo (CharterDocument *document,
                    double           max_width,
                    double           max_height,
                    double          *width,
                    double          *height)
{
  const char *mime = NULL;
  GBytes *bytes = charter_document_get_logo (document, &mime);
  cairo_surface_t *logo;
  double w, h;

  if (bytes == NULL)
    return NULL;

  /* A logo that does not decode is left out; the rest still prints. */
  logo = charter_logo_decode (bytes, mime, NULL);
  if (logo == NULL)
    return NULL;

  charter_logo_get_size (logo, &w, &h);
  if (w <= 0 || h <= 0)
    {
      cairo_surface_destroy (logo);
      return NULL;
    }
  *height = MIN (max_height, h * max_width / w);
  *width = w * *height / h;
  return logo;
}

void
charter_print_draw_logo (cairo_t         *cr,
                         cairo_surface_t *logo,
                         double           x,
                         double           y,
                         double           width,
                         double           height)
{
  double w, h;

  charter_logo_get_size (logo, &w, &h);
  cairo_save (cr);
  cairo_translate (cr, x, y);
  cairo_scale (cr, width / w, height / h);
  cairo_set_source_surface (cr, logo, 0, 0);
  cairo_pattern_set_filter (cairo_get_source (cr), CAIRO_FILTER_GOOD);
  cairo_rectangle (cr, 0, 0, w, h);
  cairo_fill (cr);
  cairo_restore (cr);
}

void
charter_product_free (CharterProduct *product)
{
  if (product != NULL)
    product->klass->free (product);
}
