/* charter-card.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "charter-card.h"
#include "charter-labels.h"

#define MAX_STANDARDS 3
#define MIN_FIT 0.72

/* Sheet margins: the crop marks and a printer's unprintable edge. */
#define SHEET_MARGIN   (12.0 * CHARTER_MM)
#define MARK_GAP       (1.5 * CHARTER_MM)   /* between a card's bleed and its mark */
#define MARK_LENGTH    (5.0 * CHARTER_MM)
#define MARK_WIDTH     0.3

static const CharterPaper card_paper = {
  "card",
  CHARTER_CARD_WIDTH + 2 * CHARTER_CARD_BLEED,
  CHARTER_CARD_HEIGHT + 2 * CHARTER_CARD_BLEED,
};

const CharterPaper *
charter_card_paper (void)
{
  return &card_paper;
}

typedef struct {
  guint  cols;
  guint  rows;
  double x;      /* the grid's top-left corner, at the first card's bleed edge */
  double y;
} Sheet;

static void
sheet_geometry (const CharterPaper *paper,
                Sheet              *sheet)
{
  double cell_w = card_paper.width;
  double cell_h = card_paper.height;

  /* Neighbouring cards share no edge: each keeps its own bleed, so one
   * cut along a trim line never shaves the next card's background. */
  sheet->cols = MAX (1, (guint) floor ((paper->width - 2 * SHEET_MARGIN) / cell_w));
  sheet->rows = MAX (1, (guint) floor ((paper->height - 2 * SHEET_MARGIN) / cell_h));
  sheet->x = (paper->width - sheet->cols * cell_w) / 2;
  sheet->y = (paper->height - sheet->rows * cell_h) / 2;
}

guint
charter_card_sheet_slots (const CharterPaper *paper,
                          CharterCardRect    *trims,
                          guint               max)
{
  Sheet sheet;
  guint n = 0;

  g_return_val_if_fail (paper != NULL, 0);

  sheet_geometry (paper, &sheet);
  for (guint r = 0; r < sheet.rows; r++)
    for (guint c = 0; c < sheet.cols; c++, n++)
      if (trims != NULL && n < max)
        {
          trims[n].x = sheet.x + c * card_paper.width + CHARTER_CARD_BLEED;
          trims[n].y = sheet.y + r * card_paper.height + CHARTER_CARD_BLEED;
          trims[n].width = CHARTER_CARD_WIDTH;
          trims[n].height = CHARTER_CARD_HEIGHT;
        }
  return n;
}

static void
add_mark (CharterCardRect *marks,
          guint            max,
          guint           *n,
          double           x,
          double           y,
          double           width,
          double           height)
{
  if (marks != NULL && *n < max)
    marks[*n] = (CharterCardRect) { x, y, width, height };
  (*n)++;
}

guint
charter_card_sheet_marks (const CharterPaper *paper,
                          CharterCardRect    *marks,
                          guint               max)
{
  Sheet sheet;
  double grid_w, grid_h;
  guint n = 0;

  g_return_val_if_fail (paper != NULL, 0);

  sheet_geometry (paper, &sheet);
  grid_w = sheet.cols * card_paper.width;
  grid_h = sheet.rows * card_paper.height;

  /* Marks sit in the margin around the whole grid, in line with every
   * trim edge: inside the grid they would print on a neighbour's bleed. */
  for (guint c = 0; c < sheet.cols; c++)
    for (guint edge = 0; edge < 2; edge++)
      {
        double x = sheet.x + c * card_paper.width + CHARTER_CARD_BLEED + edge * CHARTER_CARD_WIDTH - MARK_WIDTH / 2;

        add_mark (marks, max, &n, x, sheet.y - MARK_GAP - MARK_LENGTH, MARK_WIDTH, MARK_LENGTH);
        add_mark (marks, max, &n, x, sheet.y + grid_h + MARK_GAP, MARK_WIDTH, MARK_LENGTH);
      }
  for (guint r = 0; r < sheet.rows; r++)
    for (guint edge = 0; edge < 2; edge++)
      {
        double y = sheet.y + r * card_paper.height + CHARTER_CARD_BLEED + edge * CHARTER_CARD_HEIGHT - MARK_WIDTH / 2;

        add_mark (marks, max, &n, sheet.x - MARK_GAP - MARK_LENGTH, y, MARK_LENGTH, MARK_WIDTH);
        add_mark (marks, max, &n, sheet.x + grid_w + MARK_GAP, y, MARK_LENGTH, MARK_WIDTH);
      }

  return n;
}

typedef struct {
  CharterProduct   parent;
  CharterDocument *document;
  const CharterPaper *paper;
  PangoContext    *context;
  CharterColours   colours;
  GPtrArray       *standards;
  guint            n_standards;  /* how many of them fit on the front */
  double           front_fit;
  double           back_fit;
  double           fit;          /* the one being drawn or measured */
  cairo_surface_t *logo;
  double           logo_width;
  double           logo_height;
} Card;

static const char *
language (Card *self)
{
  return charter_document_get_language (self->document);
}

static const char *
field (Card         *self,
       CharterField  f)
{
  return charter_document_get (self->document, f);
}

static double
show (Card           *self,
      cairo_t        *cr,
      const char     *family,
      PangoWeight     weight,
      PangoStyle      slant,
      double          size,
      double          x,
      double          y,
      double          width,
      const double    rgb[3],
      const char     *markup)
{
  return charter_print_show (cr, charter_print_text (self->context, family, weight, slant, size * self->fit,
                                                     width, PANGO_ALIGN_LEFT, markup),
                             x, y, rgb);
}

static char *
spaced_caps (Card       *self,
             const char *text)
{
  g_autofree char *upper = g_utf8_strup (text, -1);

  return g_markup_printf_escaped ("<span letter_spacing=\"%d\">%s</span>",
                                  (int) (0.6 * PANGO_SCALE * self->fit), upper);
}

static void
fill (cairo_t      *cr,
      const double  rgb[3],
      double        x,
      double        y,
      double        width,
      double        height)
{
  cairo_set_source_rgb (cr, rgb[0], rgb[1], rgb[2]);
  cairo_rectangle (cr, x, y, width, height);
  cairo_fill (cr);
}

/* Each side is drawn with the origin at its trim box's top-left corner
 * and returns the bottom of its text, which must stay in the safe area. */
static double
render_front (Card    *self,
              cairo_t *cr,
              guint    n_standards)
{
  const CharterColours *c = &self->colours;
  double s = CHARTER_CARD_SAFE;
  double w = CHARTER_CARD_WIDTH - 2 * s;
  double b = CHARTER_CARD_BLEED;
  g_autofree char *kicker = spaced_caps (self, charter_label (language (self), CHARTER_LABEL_CUSTOMER_CHARTER));
  g_autofree char *name = g_markup_escape_text (field (self, CHARTER_FIELD_NAME), -1);
  const char *purpose = field (self, CHARTER_FIELD_PURPOSE);
  double band, y, foot = 0;

  /* The band's height depends on the name, so it is measured first. */
  band = s + show (self, NULL, CHARTER_SANS, PANGO_WEIGHT_BOLD, PANGO_STYLE_NORMAL, 6.6, 0, 0, w, c->on_brand, kicker)
           + 1.0 + show (self, NULL, CHARTER_SANS, PANGO_WEIGHT_BOLD, PANGO_STYLE_NORMAL, 13.3, 0, 0, w, c->on_brand, name)
           + 2.5 * CHARTER_MM;
  band = MAX (band, 15.0 * CHARTER_MM);

  if (cr != NULL)
    fill (cr, c->brand, -b, -b, CHARTER_CARD_WIDTH + 2 * b, band + b);

  y = s;
  y += show (self, cr, CHARTER_SANS, PANGO_WEIGHT_BOLD, PANGO_STYLE_NORMAL, 6.6, s, y, w, c->on_brand, kicker) + 1.0;
  show (self, cr, CHARTER_SANS, PANGO_WEIGHT_BOLD, PANGO_STYLE_NORMAL, 13.3, s, y, w, c->on_brand, name);

  y = band + 2.5 * CHARTER_MM;
  if (*purpose != '\0')
    {
      g_autofree char *markup = g_markup_escape_text (purpose, -1);

      y += show (self, cr, CHARTER_SERIF, PANGO_WEIGHT_NORMAL, PANGO_STYLE_ITALIC, 10.9, s, y, w, c->accent, markup);
      y += 2.0 * CHARTER_MM;
    }

  if (*field (self, CHARTER_FIELD_WEBSITE) != '\0')
    {
      g_autofree char *url = charter_display_url (field (self, CHARTER_FIELD_WEBSITE));
      g_autofree char *markup = g_markup_printf_escaped ("%s: <b>%s</b>",
                                                         charter_label (language (self), CHARTER_LABEL_FULL_CHARTER), url);
      PangoLayout *layout = charter_print_text (self->context, CHARTER_SANS, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL,
                                                7.4 * self->fit, w, PANGO_ALIGN_LEFT, markup);
      double h = charter_print_height (layout);

      /* Pinned to the foot of the safe area; the standards must end above it. */
      charter_print_show (cr, layout, s, CHARTER_CARD_HEIGHT - s - h, charter_muted);
      foot = h + 1.5 * CHARTER_MM;
    }

  for (guint i = 0; i < n_standards; i++)
    {
      CharterItem *standard = self->standards->pdata[i];
      g_autofree char *text = g_markup_escape_text (charter_item_get (standard, CHARTER_STANDARD_TEXT), -1);
      double indent = 2.6 * CHARTER_MM;

      if (cr != NULL)
        {
          cairo_set_source_rgb (cr, c->accent[0], c->accent[1], c->accent[2]);
          cairo_new_path (cr);
          cairo_arc (cr, s + 0.7 * CHARTER_MM, y + 3.6 * self->fit, 0.55 * CHARTER_MM, 0, 2 * G_PI);
          cairo_fill (cr);
        }
      y += show (self, cr, CHARTER_SANS, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL, 8.8, s + indent, y, w - indent,
                 charter_ink, text);
      y += 0.9 * CHARTER_MM;
    }

  return y + foot;
}

/* The label column fits the widest label of the language in use. */
static double
label_column (Card *self)
{
  static const CharterLabel labels[] = {
    CHARTER_LABEL_PHONE, CHARTER_LABEL_EMAIL, CHARTER_LABEL_WEBSITE, CHARTER_LABEL_ADDRESS,
  };
  double widest = 0;

  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    {
      g_autofree char *markup = g_markup_escape_text (charter_label (language (self), labels[i]), -1);
      PangoLayout *layout = charter_print_text (self->context, CHARTER_SANS, PANGO_WEIGHT_BOLD, PANGO_STYLE_NORMAL,
                                                7.2 * self->fit, -1, PANGO_ALIGN_LEFT, markup);
      PangoRectangle logical;

      pango_layout_get_extents (layout, NULL, &logical);
      widest = MAX (widest, (double) logical.width / PANGO_SCALE);
      g_object_unref (layout);
    }
  return MIN (widest + 2.0 * CHARTER_MM, 25.0 * CHARTER_MM);
}

static double
render_row (Card       *self,
            cairo_t    *cr,
            double      y,
            CharterLabel label,
            const char *value)
{
  double s = CHARTER_CARD_SAFE;
  double label_w = label_column (self);
  double w = CHARTER_CARD_WIDTH - 2 * s - label_w;
  g_autofree char *label_markup = NULL;
  g_autofree char *value_markup = NULL;
  double lh, vh;

  if (*value == '\0')
    return y;

  label_markup = g_markup_escape_text (charter_label (language (self), label), -1);
  value_markup = g_markup_escape_text (value, -1);
  /* The label's smaller type sits on the value's first baseline. */
  lh = show (self, cr, CHARTER_SANS, PANGO_WEIGHT_BOLD, PANGO_STYLE_NORMAL, 7.2, s, y + 0.9 * self->fit,
             label_w, charter_muted, label_markup);
  vh = show (self, cr, CHARTER_SANS, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL, 8.8, s + label_w, y, w,
             charter_ink, value_markup);
  return y + MAX (lh, vh) + 0.5 * CHARTER_MM;
}

/* "We resolve within: 10 working days", too long a label for the column. */
static double
render_promise (Card         *self,
                cairo_t      *cr,
                double        y,
                CharterLabel  label,
                const char   *value)
{
  double s = CHARTER_CARD_SAFE;
  g_autofree char *markup = NULL;

  if (*value == '\0')
    return y;

  markup = g_markup_printf_escaped ("<span foreground=\"#5f6873\" weight=\"bold\" size=\"%d\">%s</span>  %s",
                                    (int) (7.2 * self->fit * PANGO_SCALE),
                                    charter_label (language (self), label), value);
  y += show (self, cr, CHARTER_SANS, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL, 8.8, s, y,
             CHARTER_CARD_WIDTH - 2 * s, charter_ink, markup);
  return y + 0.5 * CHARTER_MM;
}

static double
render_heading (Card         *self,
                cairo_t      *cr,
                double        y,
                CharterLabel  label)
{
  double s = CHARTER_CARD_SAFE;
  double w = CHARTER_CARD_WIDTH - 2 * s;
  g_autofree char *markup = g_markup_escape_text (charter_label (language (self), label), -1);

  y += show (self, cr, CHARTER_SANS, PANGO_WEIGHT_BOLD, PANGO_STYLE_NORMAL, 10.1, s, y,
             w - (self->logo ? self->logo_width + 2 * CHARTER_MM : 0), self->colours.accent, markup);
  return y + 0.8 * CHARTER_MM;
}

static double
render_back (Card    *self,
             cairo_t *cr)
{
  const CharterColours *c = &self->colours;
  double s = CHARTER_CARD_SAFE;
  double b = CHARTER_CARD_BLEED;
  double strip = 2.2 * CHARTER_MM;
  const char *complaint_phone = field (self, CHARTER_FIELD_COMPLAINT_PHONE);
  const char *complaint_email = field (self, CHARTER_FIELD_COMPLAINT_EMAIL);
  CharterItem *stage = charter_document_get_n_items (self->document, CHARTER_LIST_STAGES) > 0
                       ? charter_document_get_item (self->document, CHARTER_LIST_STAGES, 0) : NULL;
  double y = s;

  if (cr != NULL)
    {
      fill (cr, c->brand, -b, CHARTER_CARD_HEIGHT - strip, CHARTER_CARD_WIDTH + 2 * b, strip + b);
      if (self->logo != NULL)
        charter_print_draw_logo (cr, self->logo, CHARTER_CARD_WIDTH - s - self->logo_width, s,
                                 self->logo_width, self->logo_height);
    }

  y = render_heading (self, cr, y, CHARTER_LABEL_CONTACT);
  y = render_row (self, cr, y, CHARTER_LABEL_PHONE, field (self, CHARTER_FIELD_PHONE));
  y = render_row (self, cr, y, CHARTER_LABEL_EMAIL, field (self, CHARTER_FIELD_EMAIL));
  {
    g_autofree char *url = charter_display_url (field (self, CHARTER_FIELD_WEBSITE));

    y = render_row (self, cr, y, CHARTER_LABEL_WEBSITE, url);
  }
  y = render_row (self, cr, y, CHARTER_LABEL_ADDRESS, field (self, CHARTER_FIELD_ADDRESS));

  if (*complaint_phone || *complaint_email || stage != NULL)
    {
      y += 1.2 * CHARTER_MM;
      if (cr != NULL)
        fill (cr, charter_rule, s, y, CHARTER_CARD_WIDTH - 2 * s, 0.4);
      y += 1.6 * CHARTER_MM;
      y = render_heading (self, cr, y, CHARTER_LABEL_CONTACT_US);
      if (g_strcmp0 (complaint_phone, field (self, CHARTER_FIELD_PHONE)) != 0)
        y = render_row (self, cr, y, CHARTER_LABEL_PHONE, complaint_phone);
      if (g_strcmp0 (complaint_email, field (self, CHARTER_FIELD_EMAIL)) != 0)
        y = render_row (self, cr, y, CHARTER_LABEL_EMAIL, complaint_email);
      if (stage != NULL)
        {
          y = render_promise (self, cr, y, CHARTER_LABEL_ACKNOWLEDGE, charter_item_get (stage, CHARTER_STAGE_ACKNOWLEDGE));
          y = render_promise (self, cr, y, CHARTER_LABEL_RESOLVE, charter_item_get (stage, CHARTER_STAGE_RESOLVE));
        }
    }

  return y;
}

static void
card_fit (Card *self)
{
  double limit = CHARTER_CARD_HEIGHT - CHARTER_CARD_SAFE;

  /* Fewer standards before smaller type: 6 pt is the least a pocket card
   * can use and still be read. */
  self->n_standards = MIN (self->standards->len, MAX_STANDARDS);
  for (;;)
    {
      for (self->fit = 1.0; self->fit >= MIN_FIT; self->fit *= 0.95)
        if (render_front (self, NULL, self->n_standards) <= limit)
          break;
      if (self->fit >= MIN_FIT || self->n_standards == 0)
        break;
      self->n_standards--;
    }
  self->front_fit = MAX (self->fit, MIN_FIT);

  for (self->fit = 1.0; self->fit >= MIN_FIT; self->fit *= 0.95)
    if (render_back (self, NULL) <= limit)
      break;
  self->back_fit = MAX (self->fit, MIN_FIT);
}

/* Draws one side with its trim box at (@x, @y), clipped to its bleed. */
static void
draw_side (Card    *self,
           cairo_t *cr,
           gboolean back,
           double   x,
           double   y)
{
  double b = CHARTER_CARD_BLEED;

  cairo_save (cr);
  cairo_translate (cr, x, y);
  cairo_rectangle (cr, -b, -b, card_paper.width, card_paper.height);
  cairo_clip (cr);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  if (back)
    {
      self->fit = self->back_fit;
      render_back (self, cr);
    }
  else
    {
      self->fit = self->front_fit;
      render_front (self, cr, self->n_standards);
    }
  cairo_restore (cr);
}

static guint
card_get_n_pages (CharterProduct *product)
{
  return 2;
}

static void
draw_sheet (Card    *self,
            cairo_t *cr,
            gboolean back)
{
  Sheet sheet;
  guint n = charter_card_sheet_slots (self->paper, NULL, 0);
  guint n_marks = charter_card_sheet_marks (self->paper, NULL, 0);
  g_autofree CharterCardRect *trims = g_new (CharterCardRect, n);
  g_autofree CharterCardRect *marks = g_new (CharterCardRect, n_marks);

  sheet_geometry (self->paper, &sheet);
  charter_card_sheet_slots (self->paper, trims, n);
  charter_card_sheet_marks (self->paper, marks, n_marks);

  for (guint i = 0; i < n; i++)
    {
      /* Backs swap left and right so each lands behind its front when the
       * sheet turns over on its long edge. */
      double x = back ? self->paper->width - trims[i].x - CHARTER_CARD_WIDTH : trims[i].x;

      draw_side (self, cr, back, x, trims[i].y);
    }

  cairo_set_source_rgb (cr, 0, 0, 0);
  for (guint i = 0; i < n_marks; i++)
    cairo_rectangle (cr, marks[i].x, marks[i].y, marks[i].width, marks[i].height);
  cairo_fill (cr);

  /* A note for whoever prints the sheet, above the marks if there is room. */
  if (sheet.y >= 16.0 * CHARTER_MM)
    {
      g_autofree char *note = g_markup_escape_text (charter_label (language (self),
                                                                   back ? CHARTER_LABEL_CARD_BACKS
                                                                        : CHARTER_LABEL_CARD_FRONTS), -1);

      self->fit = 1.0;
      charter_print_show (cr, charter_print_text (self->context, CHARTER_SANS, PANGO_WEIGHT_NORMAL,
                                                  PANGO_STYLE_NORMAL, 9.3, self->paper->width - 2 * SHEET_MARGIN,
                                                  PANGO_ALIGN_CENTER, note),
                          SHEET_MARGIN, 6.0 * CHARTER_MM, charter_muted);
    }
}

static void
card_draw_page (CharterProduct *product,
                cairo_t        *cr,
                guint           page)
{
  Card *self = (Card *) product;

  cairo_save (cr);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_rectangle (cr, 0, 0, product->width, product->height);
  cairo_fill (cr);

  if (g_strcmp0 (self->paper->id, card_paper.id) == 0)
    draw_side (self, cr, page == 1, CHARTER_CARD_BLEED, CHARTER_CARD_BLEED);
  else
    draw_sheet (self, cr, page == 1);

  cairo_restore (cr);
}

static void
card_free (CharterProduct *product)
{
  Card *self = (Card *) product;

  g_object_unref (self->document);
  g_object_unref (self->context);
  g_ptr_array_unref (self->standards);
  g_clear_pointer (&self->logo, cairo_surface_destroy);
  g_free (self);
}

static const CharterProductClass card_class = {
  card_get_n_pages,
  card_draw_page,
  card_free,
};

CharterProduct *
charter_card_new (CharterDocument    *document,
                  const CharterPaper *paper)
{
  Card *self = g_new0 (Card, 1);

  self->parent.klass = &card_class;
  self->parent.width = paper->width;
  self->parent.height = paper->height;
  self->paper = paper;
  self->document = g_object_ref (document);
  self->context = charter_print_context_new (document);
  charter_colours_for (document, &self->colours);
  self->standards = charter_headline_standards (document);
  self->logo = charter_print_logo (document, 16.0 * CHARTER_MM, 7.0 * CHARTER_MM,
                                   &self->logo_width, &self->logo_height);
  card_fit (self);

  return &self->parent;
}
