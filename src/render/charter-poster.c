/* charter-poster.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "charter-labels.h"
#include "charter-poster.h"

/* Most standards a poster shows: more would not be read from the door. */
#define MAX_STANDARDS 6
/* How far the type may grow to fill the sheet when there is little to
 * say, and shrink to fit long text, as shares of its designed size. */
#define MAX_FIT 1.2
#define MIN_FIT 0.5

typedef struct {
  CharterProduct   parent;
  CharterDocument *document;
  PangoContext    *context;
  CharterColours   colours;
  GPtrArray       *standards;
  cairo_surface_t *logo;
  double           logo_width;
  double           logo_height;
  double           unit;      /* 1 on A3 */
  double           margin;
  double           fit;       /* the type scale that fits */
} Poster;

static const char *
language (Poster *self)
{
  return charter_document_get_language (self->document);
}

static const char *
field (Poster       *self,
       CharterField  f)
{
  return charter_document_get (self->document, f);
}

static double
size (Poster *self,
      double  points)
{
  return points * self->unit * self->fit;
}

static char *
spaced_caps (Poster     *self,
             const char *text)
{
  g_autofree char *upper = g_utf8_strup (text, -1);

  return g_markup_printf_escaped ("<span letter_spacing=\"%d\">%s</span>",
                                  (int) (2.0 * PANGO_SCALE * self->unit * self->fit), upper);
}

/* The masthead, the purpose and the standards, from @y down; returns the
 * height used. */
static double
render_top (Poster  *self,
            cairo_t *cr,
            double   y)
{
  const CharterColours *c = &self->colours;
  double x = self->margin;
  double width = self->parent.width - 2 * self->margin;
  double top = y;
  double text_x = x, name_h, kicker_h;
  g_autofree char *kicker = spaced_caps (self, charter_label (language (self), CHARTER_LABEL_CUSTOMER_CHARTER));
  g_autofree char *name = g_markup_escape_text (field (self, CHARTER_FIELD_NAME), -1);
  const char *purpose = field (self, CHARTER_FIELD_PURPOSE);

  if (self->logo != NULL)
    {
      if (cr != NULL)
        charter_print_draw_logo (cr, self->logo, x, y, self->logo_width, self->logo_height);
      text_x += self->logo_width + 24 * self->unit;
    }
  kicker_h = charter_print_show (cr, charter_print_text (self->context, CHARTER_SANS, PANGO_WEIGHT_BOLD,
                                                         PANGO_STYLE_NORMAL, size (self, 17.3),
                                                         width - (text_x - x), PANGO_ALIGN_LEFT, kicker),
                                 text_x, y, c->accent);
  name_h = charter_print_show (cr, charter_print_text (self->context, CHARTER_SANS, PANGO_WEIGHT_BOLD,
                                                       PANGO_STYLE_NORMAL, size (self, 40),
                                                       width - (text_x - x), PANGO_ALIGN_LEFT, name),
                               text_x, y + kicker_h + 2 * self->unit, charter_ink);
  y += MAX (self->logo != NULL ? self->logo_height : 0, kicker_h + 2 * self->unit + name_h);

  y += 26 * self->unit;
  if (cr != NULL)
    {
      cairo_set_source_rgb (cr, c->brand[0], c->brand[1], c->brand[2]);
      cairo_rectangle (cr, x, y, width, 8 * self->unit);
      cairo_fill (cr);
    }
  y += 8 * self->unit + 40 * self->unit * self->fit;

  if (*purpose != '\0')
    {
      g_autofree char *markup = g_markup_escape_text (purpose, -1);

      y += charter_print_show (cr, charter_print_text (self->context, CHARTER_SANS, PANGO_WEIGHT_BOLD,
                                                       PANGO_STYLE_NORMAL, size (self, 85.3), width,
                                                       PANGO_ALIGN_LEFT, markup),
                               x, y, c->accent);
      y += 52 * self->unit * self->fit;
    }

  if (self->standards->len > 0)
    {
      g_autofree char *heading = spaced_caps (self, charter_label (language (self), CHARTER_LABEL_OUR_PROMISES));

      y += charter_print_show (cr, charter_print_text (self->context, CHARTER_SANS, PANGO_WEIGHT_BOLD,
                                                       PANGO_STYLE_NORMAL, size (self, 20), width,
                                                       PANGO_ALIGN_LEFT, heading),
                               x, y, charter_muted);
      y += 14 * self->unit * self->fit;
    }

  for (guint i = 0; i < self->standards->len; i++)
    {
      CharterItem *s = self->standards->pdata[i];
      double target_w = round (width * 0.3);
      double gap = 28 * self->unit;
      double text_w = width - target_w - gap;
      double pad = 18 * self->unit * self->fit;
      g_autofree char *target = charter_standard_target (s);
      g_autofree char *target_markup = NULL;
      g_autofree char *text = g_markup_escape_text (charter_item_get (s, CHARTER_STANDARD_TEXT), -1);
      g_autofree char *pillar = g_markup_escape_text (charter_label (language (self),
                                                                      charter_label_for_pillar (charter_item_get (s, CHARTER_STANDARD_PILLAR))), -1);
      const char *share = charter_item_get (s, CHARTER_STANDARD_SHARE);
      double left_h, right_h;

      if (cr != NULL)
        {
          cairo_set_source_rgb (cr, charter_rule[0], charter_rule[1], charter_rule[2]);
          cairo_rectangle (cr, x, y, width, 1.5 * self->unit);
          cairo_fill (cr);
        }
      y += pad;

      if (*target != '\0')
        {
          g_autofree char *cases = *share ? charter_label_printf (language (self), CHARTER_LABEL_OF_CASES, share)
                                          : g_strdup ("");

          target_markup = g_markup_printf_escaped ("%s<span size=\"%d\" weight=\"normal\" foreground=\"#5f6873\">%s%s</span>",
                                                   target, (int) (size (self, 18.6) * PANGO_SCALE),
                                                   *cases ? "\n" : "", cases);
        }
      else
        target_markup = g_strdup ("✓");

      left_h = charter_print_show (cr, charter_print_text (self->context, CHARTER_SANS, PANGO_WEIGHT_BOLD,
                                                           PANGO_STYLE_NORMAL, size (self, 45.3), target_w,
                                                           PANGO_ALIGN_LEFT, target_markup),
                                   x, y, c->accent);
      right_h = charter_print_show (cr, charter_print_text (self->context, CHARTER_SANS, PANGO_WEIGHT_NORMAL,
                                                            PANGO_STYLE_NORMAL, size (self, 34.6), text_w,
                                                            PANGO_ALIGN_LEFT, text),
                                    x + target_w + gap, y, charter_ink);
      right_h += 4 * self->unit;
      right_h += charter_print_show (cr, charter_print_text (self->context, CHARTER_SANS, PANGO_WEIGHT_NORMAL,
                                                             PANGO_STYLE_NORMAL, size (self, 18.6), text_w,
                                                             PANGO_ALIGN_LEFT, pillar),
                                     x + target_w + gap, y + right_h, charter_muted);
      y += MAX (left_h, right_h) + pad;
    }

  return y - top;
}

/* How to give feedback, in a tinted panel; returns its height. */
static double
render_feedback (Poster  *self,
                 cairo_t *cr,
                 double   y)
{
  const CharterColours *c = &self->colours;
  double x = self->margin;
  double width = self->parent.width - 2 * self->margin;
  double pad = 30 * self->unit * self->fit;
  double bar = 10 * self->unit;
  double inner_x = x + bar + pad;
  double inner_w = width - bar - 2 * pad;
  const char *invitation = field (self, CHARTER_FIELD_FEEDBACK);
  const char *phone = *field (self, CHARTER_FIELD_COMPLAINT_PHONE) ? field (self, CHARTER_FIELD_COMPLAINT_PHONE)
                                                                   : field (self, CHARTER_FIELD_PHONE);
  const char *email = *field (self, CHARTER_FIELD_COMPLAINT_EMAIL) ? field (self, CHARTER_FIELD_COMPLAINT_EMAIL)
                                                                   : field (self, CHARTER_FIELD_EMAIL);
  g_autofree char *website = charter_display_url (field (self, CHARTER_FIELD_WEBSITE));
  const char *parts[] = { phone, email, website };
  g_autofree char *heading = g_markup_escape_text (charter_label (language (self), CHARTER_LABEL_TELL_US), -1);
  GString *contact = g_string_new (NULL);
  double h = pad;

  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    if (*parts[i] != '\0')
      {
        g_autofree char *part = g_markup_escape_text (parts[i], -1);
        g_auto(GStrv) words = g_strsplit (part, " ", -1);
        g_autofree char *unbroken = g_strjoinv ("\u00a0", words);

        /* Lines break between the items, never inside a phone number. */
        g_string_append_printf (contact, "%s%s", contact->len ? "\u2003 " : "", unbroken);
      }

  h += charter_print_show (cr, charter_print_text (self->context, CHARTER_SANS, PANGO_WEIGHT_BOLD,
                                                   PANGO_STYLE_NORMAL, size (self, 40), inner_w,
                                                   PANGO_ALIGN_LEFT, heading),
                           inner_x, y + h, c->accent);
  if (*invitation != '\0')
    {
      g_autofree char *markup = g_markup_escape_text (invitation, -1);

      h += 10 * self->unit * self->fit;
      h += charter_print_show (cr, charter_print_text (self->context, CHARTER_SANS, PANGO_WEIGHT_NORMAL,
                                                       PANGO_STYLE_NORMAL, size (self, 26.6), inner_w,
                                                       PANGO_ALIGN_LEFT, markup),
                               inner_x, y + h, charter_ink);
    }
  if (contact->len > 0)
    {
      h += 16 * self->unit * self->fit;
      h += charter_print_show (cr, charter_print_text (self->context, CHARTER_SANS, PANGO_WEIGHT_BOLD,
                                                       PANGO_STYLE_NORMAL, size (self, 26.6), inner_w,
                                                       PANGO_ALIGN_LEFT, contact->str),
                               inner_x, y + h, charter_ink);
    }
  g_string_free (contact, TRUE);

  return h + pad;
}

static double
render_footer (Poster  *self,
               cairo_t *cr)
{
  const char *version = field (self, CHARTER_FIELD_VERSION);
  const char *effective = field (self, CHARTER_FIELD_EFFECTIVE_DATE);
  GString *text = g_string_new (NULL);
  double width = self->parent.width - 2 * self->margin;
  double y = self->parent.height - self->margin * 0.6;
  double h;

  if (*version != '\0')
    g_string_append_printf (text, "%s %s", charter_label (language (self), CHARTER_LABEL_VERSION), version);
  if (*effective != '\0')
    g_string_append_printf (text, "%s%s %s", text->len ? " · " : "",
                            charter_label (language (self), CHARTER_LABEL_EFFECTIVE), effective);
  {
    g_autofree char *markup = g_markup_escape_text (text->str, -1);
    PangoLayout *layout = charter_print_text (self->context, CHARTER_SANS, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL,
                                              13.3 * self->unit, width, PANGO_ALIGN_RIGHT, markup);

    h = charter_print_height (layout);
    charter_print_show (cr, layout, self->margin, y - h, charter_muted);
  }
  g_string_free (text, TRUE);
  return h;
}

static void
poster_fit (Poster *self)
{
  double room = self->parent.height - 2 * self->margin - 30 * self->unit;

  for (self->fit = MAX_FIT; self->fit > MIN_FIT; self->fit *= 0.96)
    if (render_top (self, NULL, 0) + 40 * self->unit * self->fit + render_feedback (self, NULL, 0) <= room)
      return;
  self->fit = MIN_FIT;
}

static guint
poster_get_n_pages (CharterProduct *product)
{
  return 1;
}

static void
poster_draw_page (CharterProduct *product,
                  cairo_t        *cr,
                  guint           page)
{
  Poster *self = (Poster *) product;
  double panel_h = render_feedback (self, NULL, 0);
  double bottom = product->height - self->margin - 30 * self->unit;
  double width = product->width - 2 * self->margin;
  const CharterColours *c = &self->colours;

  cairo_save (cr);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_rectangle (cr, 0, 0, product->width, product->height);
  cairo_fill (cr);

  /* Long text is clipped at the page rather than drawn over the edge. */
  cairo_rectangle (cr, 0, 0, product->width, product->height);
  cairo_clip (cr);

  render_top (self, cr, self->margin);

  cairo_set_source_rgb (cr, c->tint[0], c->tint[1], c->tint[2]);
  cairo_rectangle (cr, self->margin, bottom - panel_h, width, panel_h);
  cairo_fill (cr);
  cairo_set_source_rgb (cr, c->brand[0], c->brand[1], c->brand[2]);
  cairo_rectangle (cr, self->margin, bottom - panel_h, 10 * self->unit, panel_h);
  cairo_fill (cr);
  render_feedback (self, cr, bottom - panel_h);

  render_footer (self, cr);
  cairo_restore (cr);
}

static void
poster_free (CharterProduct *product)
{
  Poster *self = (Poster *) product;

  g_object_unref (self->document);
  g_object_unref (self->context);
  g_ptr_array_unref (self->standards);
  g_clear_pointer (&self->logo, cairo_surface_destroy);
  g_free (self);
}

static const CharterProductClass poster_class = {
  poster_get_n_pages,
  poster_draw_page,
  poster_free,
};

CharterProduct *
charter_poster_new (CharterDocument    *document,
                    const CharterPaper *paper)
{
  Poster *self = g_new0 (Poster, 1);

  self->parent.klass = &poster_class;
  self->parent.width = paper->width;
  self->parent.height = paper->height;
  self->document = g_object_ref (document);
  self->context = charter_print_context_new (document);
  charter_colours_for (document, &self->colours);

  self->unit = MIN (paper->width / 841.89, paper->height / 1190.551);
  self->margin = round (paper->width * 0.075);

  self->standards = charter_headline_standards (document);
  if (self->standards->len > MAX_STANDARDS)
    g_ptr_array_set_size (self->standards, MAX_STANDARDS);

  self->logo = charter_print_logo (document, 200 * self->unit, 90 * self->unit,
                                   &self->logo_width, &self->logo_height);
  poster_fit (self);

  return &self->parent;
}
