/* charter-layout.h — page layout of a charter with pango and cairo
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The one layout engine behind PDF/PNG/SVG export, the app's live preview,
 * printing and thumbnails. It never touches GTK: it lays a CharterDocument
 * out on pages and draws any page onto any cairo context.
 *
 * Units are PostScript points (1/72 inch). draw_page() draws the page at
 * its natural size in points with the origin at the page's top-left
 * corner; callers scale the context for previews or pixel output.
 */
#pragma once

#include <cairo.h>

#include "charter-document.h"
#include "charter-staff.h"

G_BEGIN_DECLS

typedef enum {
  CHARTER_LAYOUT_DOCUMENT,   /* the full charter */
  CHARTER_LAYOUT_POSTER,     /* one page: purpose and headline standards */
  CHARTER_LAYOUT_CARD,       /* pocket cards imposed on a sheet */
  CHARTER_LAYOUT_INDUCTION,  /* document + staff acknowledgement page */
  CHARTER_N_LAYOUTS
} CharterLayoutKind;

typedef struct {
  const char *id;      /* "a4", "letter", "a5", "a3" */
  double      width;   /* points */
  double      height;  /* points */
} CharterPaper;

/* Paper sizes by id (case-insensitive), or NULL when unknown. */
const CharterPaper *charter_paper_lookup          (const char *id);
/* Letter for the US and Canada (LC_PAPER / LC_ALL / LANG), A4 elsewhere. */
const CharterPaper *charter_paper_default         (void);

int                 charter_layout_kind_from_name (const char *name);

/* Pages per layout: document and induction flow over as many pages as
 * needed (induction ends with the role section and the acknowledgement
 * page); poster is one page; card is two (fronts and backs), on a sheet
 * of @paper or, on the "card" paper of charter-card.h, at trim size. */
typedef struct {
  const CharterPaper *paper;        /* NULL: charter_paper_default (), A3 for posters */
  CharterLayoutKind   kind;
  gboolean            large_print;  /* body text ≥ 16 pt */
} CharterPageSetup;

#define CHARTER_TYPE_LAYOUT (charter_layout_get_type ())
G_DECLARE_FINAL_TYPE (CharterLayout, charter_layout, CHARTER, LAYOUT, GObject)

/* The layout keeps a reference on @document. It does not listen to it:
 * call charter_layout_update() after changes (the app debounces that). */
CharterLayout *charter_layout_new            (CharterDocument        *document,
                                              const CharterPageSetup *setup);
void           charter_layout_set_setup      (CharterLayout          *self,
                                              const CharterPageSetup *setup);

/* Lays the document out again, reusing what did not change. */
void           charter_layout_update         (CharterLayout          *self);

guint          charter_layout_get_n_pages    (CharterLayout          *self);
void           charter_layout_get_page_size  (CharterLayout          *self,
                                              double                 *width,
                                              double                 *height);
void           charter_layout_draw_page      (CharterLayout          *self,
                                              cairo_t                *cr,
                                              guint                   page);

/* Induction: whose name, role and start date the acknowledgement page
 * (the last) prints; NULL prints blank lines. Only that page changes, so
 * a batch lays the document out once and draws it for every person. */
void           charter_layout_set_staff      (CharterLayout            *self,
                                              const CharterStaffMember *member);

/* The charter's main sections with the page (0-based) and height in
 * points where each heading sits: the PDF outline and the app's preview
 * navigation use them. Owned by the layout, valid until the next update. */
typedef struct {
  const char *title;
  guint       page;
  double      y;
} CharterLayoutSection;

const CharterLayoutSection *charter_layout_get_sections (CharterLayout *self,
                                                         guint         *n_sections);

/* Where a line of body text may go: the printable area inside the
 * margins, in points from the page's top-left corner. */
void           charter_layout_get_content_area (CharterLayout        *self,
                                                double               *x,
                                                double               *y,
                                                double               *width,
                                                double               *height);

G_END_DECLS
