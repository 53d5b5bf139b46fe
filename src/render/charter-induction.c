/* charter-induction.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "charter-induction.h"
#include "charter-labels.h"

struct _CharterAcknowledgement
{
  CharterDocument *document;
  PangoContext    *context;
  CharterColours   colours;
  double           x;
  double           top;
  double           width;
  double           unit;
};

CharterAcknowledgement *
charter_acknowledgement_new (CharterDocument *document,
                             double           width,
                             double           margin_x,
                             double           margin_top,
                             double           unit)
{
  CharterAcknowledgement *self = g_new0 (CharterAcknowledgement, 1);

  self->document = g_object_ref (document);
  self->context = charter_print_context_new (document);
  charter_colours_for (document, &self->colours);
  self->x = margin_x;
  self->top = margin_top;
  self->width = width - 2 * margin_x;
  self->unit = unit;

  return self;
}

void
charter_acknowledgement_free (CharterAcknowledgement *self)
{
  if (self == NULL)
    return;
  g_object_unref (self->document);
  g_object_unref (self->context);
  g_free (self);
}

static const char *
language (CharterAcknowledgement *self)
{
  return charter_document_get_language (self->document);
}

static double
show (CharterAcknowledgement *self,
      cairo_t                *cr,
      PangoWeight             weight,
      double                  size,
      double                  x,
      double                  y,
      double                  width,
      const double            rgb[3],
      const char             *markup)
{
  return charter_print_show (cr, charter_print_text (self->context, CHARTER_SANS, weight, PANGO_STYLE_NORMAL,
                                                     size * self->unit, width, PANGO_ALIGN_LEFT, markup),
                             x, y, rgb);
}

static double
caption (CharterAcknowledgement *self,
         cairo_t                *cr,
         double                  x,
         double                  y,
         double                  width,
         CharterLabel            label)
{
  g_autofree char *upper = g_utf8_strup (charter_label (language (self), label), -1);
  g_autofree char *markup = g_markup_printf_escaped ("<span letter_spacing=\"%d\">%s</span>",
                                                     (int) (0.8 * PANGO_SCALE * self->unit), upper);

  return show (self, cr, PANGO_WEIGHT_BOLD, 10, x, y, width, charter_muted, markup);
}

/* A value printed on a writing line, or the bare line to fill in by hand;
 * returns the height used. */
static double
field_line (CharterAcknowledgement *self,
            cairo_t                *cr,
            double                  x,
            double                  y,
            double                  width,
            CharterLabel            label,
            const char             *value)
{
  double line_y = y + 30 * self->unit;
  double h;

  if (value != NULL && *value != '\0')
    {
      g_autofree char *markup = g_markup_escape_text (value, -1);
      PangoLayout *layout = charter_print_text (self->context, CHARTER_SANS, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL,
                                                17.3 * self->unit, width, PANGO_ALIGN_LEFT, markup);

      /* One line: a long name is cut rather than written over the next field. */
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
      h = charter_print_height (layout);
      charter_print_show (cr, layout, x, line_y - h - 2 * self->unit, charter_ink);
    }

  cairo_set_source_rgb (cr, charter_ink[0], charter_ink[1], charter_ink[2]);
  cairo_rectangle (cr, x, line_y, width, 0.7);
  cairo_fill (cr);
  caption (self, cr, x, line_y + 4 * self->unit, width, label);

  return 30 * self->unit + 24 * self->unit;
}

void
charter_acknowledgement_draw (CharterAcknowledgement   *self,
                              cairo_t                  *cr,
                              const CharterStaffMember *member)
{
  const CharterColours *c = &self->colours;
  double x = self->x, w = self->width, y = self->top;
  double gap = 24 * self->unit;
  double half = (w - gap) / 2;
  double wide = w * 0.62;
  const char *org = charter_document_get (self->document, CHARTER_FIELD_NAME);
  g_autofree char *kicker = g_utf8_strup (charter_label (language (self), CHARTER_LABEL_INDUCTION_PACK), -1);
  g_autofree char *kicker_markup = g_markup_printf_escaped ("<span letter_spacing=\"%d\">%s</span>",
                                                            (int) (1.2 * PANGO_SCALE * self->unit), kicker);
  g_autofree char *title = g_markup_escape_text (charter_label (language (self), CHARTER_LABEL_ACKNOWLEDGEMENT), -1);
  g_autofree char *statement = g_markup_escape_text (charter_label (language (self), CHARTER_LABEL_ACK_STATEMENT), -1);
  g_autofree char *keep = g_markup_escape_text (charter_label (language (self), CHARTER_LABEL_KEEP_COPY), -1);

  cairo_set_source_rgb (cr, c->brand[0], c->brand[1], c->brand[2]);
  cairo_rectangle (cr, x, y - 14 * self->unit, w, 3.5 * self->unit);
  cairo_fill (cr);

  y += show (self, cr, PANGO_WEIGHT_BOLD, 11.3, x, y, w, c->accent, kicker_markup) + 4 * self->unit;
  y += show (self, cr, PANGO_WEIGHT_BOLD, 29.3, x, y, w, c->accent, title);
  if (*org != '\0')
    {
      g_autofree char *name = g_markup_escape_text (org, -1);

      y += 4 * self->unit;
      y += show (self, cr, PANGO_WEIGHT_NORMAL, 14.6, x, y, w, charter_muted, name);
    }

  y += 22 * self->unit;
  cairo_set_source_rgb (cr, c->tint[0], c->tint[1], c->tint[2]);
  {
    double pad = 16 * self->unit;
    double h = show (self, NULL, PANGO_WEIGHT_NORMAL, 12, 0, 0, w - 2 * pad - 4 * self->unit, charter_ink, statement);

    cairo_rectangle (cr, x, y, w, h + 2 * pad);
    cairo_fill (cr);
    cairo_set_source_rgb (cr, c->brand[0], c->brand[1], c->brand[2]);
    cairo_rectangle (cr, x, y, 4 * self->unit, h + 2 * pad);
    cairo_fill (cr);
    show (self, cr, PANGO_WEIGHT_NORMAL, 16, x + pad + 4 * self->unit, y + pad, w - 2 * pad - 4 * self->unit,
          charter_ink, statement);
    y += h + 2 * pad + 18 * self->unit;
  }

  y += field_line (self, cr, x, y, wide, CHARTER_LABEL_STAFF_NAME, member ? member->name : NULL);
  field_line (self, cr, x, y, half, CHARTER_LABEL_STAFF_ROLE, member ? member->role : NULL);
  y += field_line (self, cr, x + half + gap, y, half, CHARTER_LABEL_START_DATE, member ? member->start_date : NULL);
  y += 10 * self->unit;
  field_line (self, cr, x, y, half, CHARTER_LABEL_SIGNATURE, NULL);
  y += field_line (self, cr, x + half + gap, y, half, CHARTER_LABEL_DATE, NULL);

  y += 26 * self->unit;
  cairo_set_source_rgb (cr, charter_rule[0], charter_rule[1], charter_rule[2]);
  cairo_rectangle (cr, x, y, w, 0.8);
  cairo_fill (cr);
  y += 18 * self->unit;
  {
    g_autofree char *received = g_markup_escape_text (charter_label (language (self), CHARTER_LABEL_RECEIVED_BY), -1);

    y += show (self, cr, PANGO_WEIGHT_BOLD, 14, x, y, w, charter_ink, received) + 4 * self->unit;
  }
  y += field_line (self, cr, x, y, wide, CHARTER_LABEL_STAFF_NAME, NULL);
  field_line (self, cr, x, y, half, CHARTER_LABEL_SIGNATURE, NULL);
  y += field_line (self, cr, x + half + gap, y, half, CHARTER_LABEL_DATE, NULL);

  y += 12 * self->unit;
  show (self, cr, PANGO_WEIGHT_NORMAL, 11.3, x, y, w, charter_muted, keep);
}
