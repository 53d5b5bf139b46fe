/* charter-print-private.h — what the print products share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The poster, the pocket card and the acknowledgement page are single
 * designed pages rather than flowing text: they shape a handful of texts,
 * shrink them until they fit and draw them. These helpers keep their
 * colours, fonts and text handling the same as the document's.
 */
#pragma once

#include <pango/pangocairo.h>

#include "charter-document.h"
#include "charter-layout.h"

G_BEGIN_DECLS

#define CHARTER_MM (72.0 / 25.4)

#define CHARTER_SANS  "Noto Sans, DejaVu Sans"
#define CHARTER_SERIF "Noto Serif, DejaVu Serif"

typedef struct {
  double brand[3];    /* the charter's colour as chosen */
  double accent[3];   /* brand, dark enough for text on white */
  double tint[3];     /* brand, light enough for a fill behind text */
  double on_brand[3]; /* text colour that reads on a brand fill */
} CharterColours;

extern const double charter_ink[3];
extern const double charter_muted[3];
extern const double charter_rule[3];

void          charter_colours_for       (CharterDocument *document,
                                         CharterColours  *colours);

/* A context with unhinted metrics, so text breaks the same way at every
 * scale (preview, PNG, PDF), in the charter's language, at 72 dpi: sizes
 * are the points that print. */
PangoContext *charter_print_context_new (CharterDocument *document);

/* Shapes @markup in @family at @size points, wrapped to @width. */
PangoLayout  *charter_print_text        (PangoContext    *context,
                                         const char      *family,
                                         PangoWeight      weight,
                                         PangoStyle       slant,
                                         double           size,
                                         double           width,
                                         PangoAlignment   align,
                                         const char      *markup);
double        charter_print_height      (PangoLayout     *layout);
/* Draws @layout with its top-left corner at (@x, @y) and frees it; returns
 * its height. A NULL @cr only measures. */
double        charter_print_show        (cairo_t         *cr,
                                         PangoLayout     *layout,
                                         double           x,
                                         double           y,
                                         const double     rgb[3]);

/* The standards a poster or card features: those marked headline, or
 * when none is, the first of each pillar. The array holds borrowed
 * CharterItem pointers, in charter order. */
GPtrArray    *charter_headline_standards (CharterDocument *document);
/* "20 seconds", "1 working day": a standard's target and unit, or "". */
char         *charter_standard_target    (CharterItem     *standard);

/* @url without its "https://" or "http://" and trailing slash: how a web
 * address reads on paper. */
char         *charter_display_url        (const char      *url);

/* The decoded logo or NULL; *width and *height fit inside the box. */
cairo_surface_t *charter_print_logo     (CharterDocument *document,
                                         double           max_width,
                                         double           max_height,
                                         double          *width,
                                         double          *height);
void          charter_print_draw_logo   (cairo_t         *cr,
                                         cairo_surface_t *logo,
                                         double           x,
                                         double           y,
                                         double           width,
                                         double           height);

/* A print product other than the flowing document (poster, card sheet):
 * CharterLayout hands its page count and drawing to it. */
typedef struct _CharterProduct CharterProduct;

typedef struct {
  guint (*get_n_pages) (CharterProduct *product);
  void  (*draw_page)   (CharterProduct *product,
                        cairo_t        *cr,
                        guint           page);
  void  (*free)        (CharterProduct *product);
} CharterProductClass;

struct _CharterProduct {
  const CharterProductClass *klass;
  double                     width;   /* page size in points */
  double                     height;
};

void          charter_product_free      (CharterProduct  *product);

G_END_DECLS
