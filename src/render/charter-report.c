/* charter-report.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The report is laid out by running the same code twice: once to count
 * pages (drawing nothing), then to draw with "Page X of Y" known. Rows
 * and note blocks are never split across pages; the table header repeats
 * on every page the table continues on.
 */
#include "config.h"

#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <glib/gi18n-lib.h>
#include <math.h>
#include <pango/pangocairo.h>
#include <string.h>

#include "charter-achievement.h"
#include "charter-format.h"
#include "charter-labels.h"
#include "charter-report.h"

#define BODY_FONT     "Noto Sans, DejaVu Sans, sans-serif"
#define TREND_POINTS  6
#define CHART_HEIGHT  30.0
#define CELL_PAD      4.0

typedef struct {
  double r, g, b;
} Colour;

static const Colour ink = { 0.13, 0.13, 0.15 };
static const Colour grey = { 0.40, 0.40, 0.43 };
static const Colour rule = { 0.78, 0.78, 0.80 };
static const Colour met_colour = { 0.11, 0.43, 0.18 };
static const Colour missed_colour = { 0.65, 0.11, 0.18 };
static const Colour missed_tint = { 0.99, 0.93, 0.93 };
static const Colour default_brand = { 0.12, 0.44, 0.36 };

/* ------------------------------------------------------------------ */
/* Paper                                                              */
/* ------------------------------------------------------------------ */

typedef struct {
  const char *id;
  double      width;
  double      height;
} Paper;

static const Paper papers[] = {
  { "a4", 595.276, 841.890 },
  { "letter", 612.0, 792.0 },
  { "a5", 419.528, 595.276 },
  { "a3", 841.890, 1190.551 },
};

static gboolean
locale_uses_letter (void)
{
  const char *vars[] = { "LC_ALL", "LC_PAPER", "LANG" };

  for (guint i = 0; i < G_N_ELEMENTS (vars); i++)
    {
      const char *value = g_getenv (vars[i]);

      if (value == NULL || *value == '\0')
        continue;
      return strstr (value, "_US") != NULL || strstr (value, "_CA") != NULL;
    }
  return FALSE;
}

static const Paper *
paper_lookup (const char *id)
{
  if (id != NULL)
    for (guint i = 0; i < G_N_ELEMENTS (papers); i++)
      if (g_ascii_strcasecmp (id, papers[i].id) == 0)
        return &papers[i];
  return NULL;
}

static const Paper *
paper_or_default (const char *id)
{
  const Paper *paper = paper_lookup (id);

  if (paper != NULL)
    return paper;
  return locale_uses_letter () ? &papers[1] : &papers[0];
}

void
charter_report_get_page_size (const char *paper,
                              double     *width,
                              double     *height)
{
  const Paper *p = paper_or_default (paper);

  if (width != NULL)
    *width = p->width;
  if (height != NULL)
    *height = p->height;
}

/* ------------------------------------------------------------------ */
/* Period                                                             */
/* ------------------------------------------------------------------ */

char *
charter_report_resolve_period (CharterDocument  *document,
                               const char       *requested,
                               GError          **error)
{
  CharterResults *results;
  g_autofree char *known = NULL;

  g_return_val_if_fail (CHARTER_IS_DOCUMENT (document), NULL);

  results = charter_document_get_results (document);

  if (requested == NULL)
    {
      const char *latest = charter_achievement_latest_period (document);

      if (latest != NULL)
        return g_strdup (latest);
      g_set_error_literal (error, CHARTER_ERROR, CHARTER_ERROR_NOT_FOUND,
                           _("the charter has no results yet; import them with "
                             "“charter results import FILE DATA.csv”"));
      return NULL;
    }

  if (!charter_period_parse (requested, NULL, NULL, NULL))
    {
      g_set_error (error, CHARTER_ERROR, CHARTER_ERROR_USAGE,
                   _("“%s” is not a period; use a month (2026-09), a quarter (2026-Q3) or a year (2026)"),
                   requested);
      return NULL;
    }

  if (charter_results_has_period (results, requested))
    return g_strdup (requested);

  known = g_strjoinv (", ", (char **)charter_results_get_periods (results, NULL));
  g_set_error (error, CHARTER_ERROR, CHARTER_ERROR_NOT_FOUND,
               _("no results for %s (periods with results: %s)"),
               requested, *known ? known : _("none"));
  return NULL;
}

/* ------------------------------------------------------------------ */
/* Layout and drawing                                                 */
/* ------------------------------------------------------------------ */

enum {
  COL_STANDARD,
  COL_TARGET,
  COL_RESULT,
  COL_OUTCOME,
  COL_TREND,
  N_COLS
};

static const double col_share[N_COLS] = { 0.33, 0.20, 0.17, 0.13, 0.17 };

#define MEASURE_ONLY (-2)
#define EVERY_PAGE   (-1)

typedef struct {
  CharterDocument           *document;
  const char                *period;
  const char                *language;
  cairo_t                   *cr;
  cairo_surface_t           *pdf;       /* multi-page output, or NULL */
  int                        only_page; /* MEASURE_ONLY, EVERY_PAGE or a page */
  guint                      page;
  guint                      n_pages;   /* 0 while measuring */
  double                     width, height;
  double                     left, right, top, bottom;
  double                     y;
  gboolean                   in_table;
  Colour                     brand;
  GArray                    *rows;
  CharterAchievementSummary  summary;
  double                     col_x[N_COLS];
  double                     col_w[N_COLS];
} Report;

static gboolean
drawing (Report *r)
{
  return r->only_page == EVERY_PAGE || (r->only_page >= 0 && (guint)r->only_page == r->page);
}

static void
set_colour (cairo_t      *cr,
            const Colour *c)
{
  cairo_set_source_rgb (cr, c->r, c->g, c->b);
}

static Colour
parse_brand (const char *text)
{
  Colour c = default_brand;
  guint value;

  if (text != NULL && strlen (text) == 7 && text[0] == '#' &&
      sscanf (text + 1, "%6x", &value) == 1)
    {
      c.r = ((value >> 16) & 0xff) / 255.0;
      c.g = ((value >> 8) & 0xff) / 255.0;
      c.b = (value & 0xff) / 255.0;
      /* A pale brand colour would make headings unreadable on paper. */
      if (0.2126 * c.r + 0.7152 * c.g + 0.0722 * c.b > 0.6)
        c = default_brand;
    }
  return c;
}

static PangoLayout *
make_layout (Report     *r,
             const char *text,
             double      size,
             gboolean    bold,
             double      width)
{
  PangoLayout *layout = pango_cairo_create_layout (r->cr);
  PangoFontDescription *font = pango_font_description_from_string (BODY_FONT);
  PangoContext *context = pango_layout_get_context (layout);
  cairo_font_options_t *options = cairo_font_options_create ();

  /* Metrics must not depend on the output device, or the page count of
   * the measuring pass would differ from the drawing pass. */
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (context, options);
  cairo_font_options_destroy (options);
  pango_layout_context_changed (layout);

  pango_font_description_set_absolute_size (font, size * PANGO_SCALE);
  pango_font_description_set_weight (font, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);

  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_width (layout, (int)(width * PANGO_SCALE));
  pango_layout_set_text (layout, text, -1);
  return layout;
}

static double
layout_height (PangoLayout *layout)
{
  int w, h;

  pango_layout_get_size (layout, &w, &h);
  return (double)h / PANGO_SCALE;
}

static void
show_layout (Report       *r,
             PangoLayout  *layout,
             double        x,
             double        y,
             const Colour *colour)
{
  if (!drawing (r))
    return;
  cairo_save (r->cr);
  set_colour (r->cr, colour);
  cairo_move_to (r->cr, x, y);
  pango_cairo_show_layout (r->cr, layout);
  cairo_restore (r->cr);
}

static void
hline (Report       *r,
       double        y,
       double        thickness,
       const Colour *colour)
{
  if (!drawing (r))
    return;
  cairo_save (r->cr);
  set_colour (r->cr, colour);
  cairo_set_line_width (r->cr, thickness);
  cairo_move_to (r->cr, r->left, y);
  cairo_line_to (r->cr, r->right, y);
  cairo_stroke (r->cr);
  cairo_restore (r->cr);
}

static void
draw_footer (Report *r)
{
  g_autofree char *page_of = NULL;
  g_autofree char *text = NULL;
  g_autofree char *when = charter_period_to_display (r->period, r->language);
  const char *name = charter_document_get (r->document, CHARTER_FIELD_NAME);
  const char *version = charter_document_get (r->document, CHARTER_FIELD_VERSION);
  g_autoptr(PangoLayout) layout = NULL;
  GString *left = g_string_new (charter_report_label (r->language, CHARTER_REPORT_LABEL_TITLE));
  int w, h;

  if (!drawing (r) || r->n_pages == 0)
    {
      g_string_free (left, TRUE);
      return;
    }

  g_string_append_printf (left, " · %s", when);
  if (*name != '\0')
    g_string_append_printf (left, " · %s", name);
  if (*version != '\0')
    g_string_append_printf (left, " · %s %s", charter_label (r->language, CHARTER_LABEL_VERSION), version);

  page_of = charter_label_printf (r->language, CHARTER_LABEL_PAGE_OF, r->page + 1, r->n_pages);
  text = g_string_free (left, FALSE);

  hline (r, r->bottom + 10, 0.5, &rule);
  layout = make_layout (r, text, 7.5, FALSE, r->right - r->left - 80);
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  show_layout (r, layout, r->left, r->bottom + 14, &grey);

  g_clear_object (&layout);
  layout = make_layout (r, page_of, 7.5, FALSE, -1);
  pango_layout_get_size (layout, &w, &h);
  show_layout (r, layout, r->right - (double)w / PANGO_SCALE, r->bottom + 14, &grey);
}

static void draw_table_header (Report *r);

static void
end_page (Report *r)
{
  draw_footer (r);
  if (r->pdf != NULL && drawing (r))
    cairo_show_page (r->cr);
}

static void
new_page (Report *r)
{
  end_page (r);
  r->page++;
  r->y = r->top;
  if (r->in_table)
    draw_table_header (r);
}

/* Starts a new page unless @height fits; a block taller than a page
 * starts at the top of one and is cut by the margin. */
static void
ensure_space (Report *r,
              double  height)
{
  if (r->y + height > r->bottom && r->y > r->top + 1.0)
    new_page (r);
}

static void
add_outline (Report     *r,
             const char *title)
{
  g_autofree char *link = NULL;
  char y[G_ASCII_DTOSTR_BUF_SIZE];

  if (r->pdf == NULL || !drawing (r))
    return;
  g_ascii_formatd (y, sizeof y, "%.1f", r->y);
  link = g_strdup_printf ("page=%u pos=[%d %s]", r->page + 1, (int)r->left, y);
  cairo_pdf_surface_add_outline (r->pdf, CAIRO_PDF_OUTLINE_ROOT, title, link, 0);
}

static void
heading (Report     *r,
         const char *text,
         double      size,
         double      space_after_needed)
{
  g_autoptr(PangoLayout) layout = make_layout (r, text, size, TRUE, r->right - r->left);
  double h = layout_height (layout);

  ensure_space (r, h + space_after_needed);
  add_outline (r, text);
  show_layout (r, layout, r->left, r->y, &r->brand);
  r->y += h + size * 0.45;
}

static void
paragraph (Report       *r,
           const char   *text,
           double        size,
           const Colour *colour)
{
  g_autoptr(PangoLayout) layout = make_layout (r, text, size, FALSE, r->right - r->left);
  double h = layout_height (layout);

  ensure_space (r, h);
  show_layout (r, layout, r->left, r->y, colour);
  r->y += h;
}

static void
draw_title (Report *r)
{
  const char *name = charter_document_get (r->document, CHARTER_FIELD_NAME);
  g_autofree char *when = charter_period_to_display (r->period, r->language);
  g_autofree char *title = g_strdup_printf ("%s — %s",
                                            charter_report_label (r->language, CHARTER_REPORT_LABEL_TITLE),
                                            when);
  g_autoptr(PangoLayout) org = NULL;
  g_autoptr(PangoLayout) big = NULL;
  g_autoptr(PangoLayout) sub = NULL;

  if (drawing (r))
    {
      cairo_save (r->cr);
      set_colour (r->cr, &r->brand);
      cairo_rectangle (r->cr, r->left, r->y, 36, 4);
      cairo_fill (r->cr);
      cairo_restore (r->cr);
    }
  r->y += 12;

  if (*name != '\0')
    {
      org = make_layout (r, name, 11, TRUE, r->right - r->left);
      show_layout (r, org, r->left, r->y, &r->brand);
      r->y += layout_height (org) + 2;
    }

  big = make_layout (r, title, 22, TRUE, r->right - r->left);
  show_layout (r, big, r->left, r->y, &ink);
  r->y += layout_height (big) + 2;

  sub = make_layout (r, charter_label (r->language, CHARTER_LABEL_CUSTOMER_CHARTER), 10.5, FALSE,
                     r->right - r->left);
  show_layout (r, sub, r->left, r->y, &grey);
  r->y += layout_height (sub) + 14;
}

static void
draw_summary (Report *r)
{
  g_autofree char *text = charter_achievement_summary_text (r->document, r->period, &r->summary);
  guint judged = r->summary.n_met + r->summary.n_missed;

  heading (r, charter_report_label (r->language, CHARTER_REPORT_LABEL_SUMMARY), 13, 40);

  if (judged > 0)
    {
      g_autofree char *figure = g_strdup_printf ("%u / %u", r->summary.n_met, judged);
      g_autofree char *percent = charter_format_percent (charter_achievement_percent_met (&r->summary),
                                                         r->language);
      g_autoptr(PangoLayout) big = make_layout (r, figure, 26, TRUE, 140);
      g_autoptr(PangoLayout) pct = make_layout (r, percent, 11, TRUE, 140);
      g_autoptr(PangoLayout) body = make_layout (r, text, 10.5, FALSE, r->right - r->left - 150);
      double h = MAX (layout_height (big) + layout_height (pct), layout_height (body));

      ensure_space (r, h);
      show_layout (r, big, r->left, r->y, &r->brand);
      show_layout (r, pct, r->left, r->y + layout_height (big), &grey);
      show_layout (r, body, r->left + 150, r->y + 4, &ink);
      r->y += h + 18;
    }
  else
    {
      paragraph (r, text, 10.5, &ink);
      r->y += 18;
    }
}

static void
draw_table_header (Report *r)
{
  static const CharterReportLabel labels[N_COLS] = {
    CHARTER_REPORT_LABEL_STANDARD, CHARTER_REPORT_LABEL_TARGET, CHARTER_REPORT_LABEL_RESULT,
    CHARTER_REPORT_LABEL_OUTCOME, CHARTER_REPORT_LABEL_TREND,
  };
  double h = 0;

  for (guint c = 0; c < N_COLS; c++)
    {
      g_autoptr(PangoLayout) layout = make_layout (r, charter_report_label (r->language, labels[c]),
                                                   8.5, TRUE, r->col_w[c] - 2 * CELL_PAD);

      show_layout (r, layout, r->col_x[c] + CELL_PAD, r->y + CELL_PAD, &grey);
      h = MAX (h, layout_height (layout));
    }
  r->y += h + 2 * CELL_PAD;
  hline (r, r->y, 1.0, &ink);
}

static void
draw_trend (Report      *r,
            CharterItem *standard,
            double       x,
            double       y,
            double       w)
{
  g_autoptr(GArray) points = charter_results_get_trend (charter_document_get_results (r->document),
                                                        standard, r->period, TREND_POINTS);
  CharterEvaluation latest;
  double lo, hi, bar_area = CHART_HEIGHT - 9, slot, bar_w;
  guint first = 0;
  gboolean is_value;

  if (points->len == 0 || !drawing (r))
    return;

  /* Counts and values do not share a scale: chart the kind of the
   * latest point only. */
  is_value = g_array_index (points, CharterTrendPoint, points->len - 1).is_value;
  for (guint i = 0; i < points->len; i++)
    if (g_array_index (points, CharterTrendPoint, i).is_value != is_value)
      first = i + 1;

  charter_result_evaluate (charter_results_lookup (charter_document_get_results (r->document), r->period,
                                                   charter_item_get (standard, CHARTER_STANDARD_ID)),
                           standard, &latest);
  if (latest.outcome == CHARTER_OUTCOME_NO_DATA || latest.outcome == CHARTER_OUTCOME_NO_CASES)
    {
      CharterResult probe = { 0 };

      /* The goal still matters for older points of this standard. */
      probe.has_counts = !is_value;
      probe.total = 1;
      probe.value = (char *)"0";
      charter_result_evaluate (&probe, standard, &latest);
    }

  if (is_value)
    {
      lo = 0;
      hi = latest.outcome == CHARTER_OUTCOME_NO_TARGET ? 0 : latest.goal;
      for (guint i = first; i < points->len; i++)
        hi = MAX (hi, g_array_index (points, CharterTrendPoint, i).score);
      hi = hi <= 0 ? 1 : hi * 1.15;
    }
  else
    {
      lo = latest.goal;
      for (guint i = first; i < points->len; i++)
        lo = MIN (lo, g_array_index (points, CharterTrendPoint, i).score);
      lo = MAX (0, floor ((lo - 10) / 10) * 10);
      hi = 100;
    }

  slot = w / TREND_POINTS;
  bar_w = MIN (slot * 0.62, 12);

  cairo_save (r->cr);
  cairo_set_line_width (r->cr, 0.8);

  for (guint i = first; i < points->len; i++)
    {
      CharterTrendPoint *point = &g_array_index (points, CharterTrendPoint, i);
      guint from_right = points->len - 1 - i;
      double bx = x + w - slot * (from_right + 1) + (slot - bar_w) / 2;
      double value = CLAMP (point->score, lo, hi);
      double bh = MAX (1.0, (value - lo) / (hi - lo) * bar_area);
      double by = y + bar_area - bh;
      CharterPeriodKind kind;
      guint year, number;
      g_autofree char *label = NULL;
      g_autoptr(PangoLayout) layout = NULL;
      int lw, lh;

      cairo_rectangle (r->cr, bx + 0.4, by + 0.4, bar_w - 0.8, bh - 0.8);
      if (point->outcome == CHARTER_OUTCOME_MET)
        {
          set_colour (r->cr, &r->brand);
          cairo_fill (r->cr);
        }
      else if (point->outcome == CHARTER_OUTCOME_MISSED)
        {
          cairo_set_source_rgb (r->cr, 1, 1, 1);
          cairo_fill_preserve (r->cr);
          set_colour (r->cr, &missed_colour);
          cairo_stroke (r->cr);
        }
      else
        {
          set_colour (r->cr, &rule);
          cairo_fill (r->cr);
        }

      if (charter_period_parse (point->period, &kind, &year, &number))
        {
          if (kind == CHARTER_PERIOD_QUARTER)
            label = g_strdup_printf ("Q%u", number);
          else if (kind == CHARTER_PERIOD_MONTH)
            label = g_strdup_printf ("%02u", number);
          else
            label = g_strdup_printf ("%02u", year % 100);
        }
      layout = make_layout (r, label ? label : "", 5.5, i == points->len - 1, -1);
      pango_layout_get_size (layout, &lw, &lh);
      show_layout (r, layout, bx + bar_w / 2 - (double)lw / PANGO_SCALE / 2, y + bar_area + 1, &grey);
    }

  /* The target: a dashed line, so it reads without colour. */
  if (latest.outcome != CHARTER_OUTCOME_NO_TARGET && latest.goal >= lo && latest.goal <= hi)
    {
      double gy = y + bar_area - (latest.goal - lo) / (hi - lo) * bar_area;
      const double dash[] = { 2.0, 1.5 };

      set_colour (r->cr, &ink);
      cairo_set_line_width (r->cr, 0.7);
      cairo_set_dash (r->cr, dash, 2, 0);
      cairo_move_to (r->cr, x, gy);
      cairo_line_to (r->cr, x + w, gy);
      cairo_stroke (r->cr);
    }

  cairo_restore (r->cr);
}

static const Colour *
outcome_colour (CharterOutcome outcome)
{
  switch (outcome)
    {
    case CHARTER_OUTCOME_MET:
      return &met_colour;
    case CHARTER_OUTCOME_MISSED:
      return &missed_colour;
    case CHARTER_OUTCOME_NO_DATA:
    case CHARTER_OUTCOME_NO_CASES:
    case CHARTER_OUTCOME_NO_TARGET:
    default:
      return &grey;
    }
}

/* @keep_with: height of what must follow the row on the same page. */
static void
draw_row (Report                      *r,
          const CharterAchievementRow *row,
          double                       keep_with)
{
  const char *id = charter_item_get (row->standard, CHARTER_STANDARD_ID);
  const char *text = charter_item_get (row->standard, CHARTER_STANDARD_TEXT);
  g_autofree char *target = charter_achievement_describe_target (row->standard, r->language);
  g_autofree char *result = charter_achievement_describe_result (row, r->language);
  g_autofree char *outcome = g_strdup_printf ("%s %s", charter_achievement_mark (row->evaluation.outcome),
                                              charter_achievement_outcome_label (row->evaluation.outcome,
                                                                                 r->language));
  PangoLayout *cells[N_COLS - 1];
  double h = CHART_HEIGHT;

  cells[COL_STANDARD] = make_layout (r, *text ? text : id, 9.5, FALSE, r->col_w[COL_STANDARD] - 2 * CELL_PAD);
  cells[COL_TARGET] = make_layout (r, target, 9, FALSE, r->col_w[COL_TARGET] - 2 * CELL_PAD);
  cells[COL_RESULT] = make_layout (r, result, 9, FALSE, r->col_w[COL_RESULT] - 2 * CELL_PAD);
  cells[COL_OUTCOME] = make_layout (r, outcome, 9.5, TRUE, r->col_w[COL_OUTCOME] - 2 * CELL_PAD);

  for (guint c = 0; c < N_COLS - 1; c++)
    h = MAX (h, layout_height (cells[c]));
  h += 2 * CELL_PAD;

  ensure_space (r, h + keep_with);

  if (row->evaluation.outcome == CHARTER_OUTCOME_MISSED && drawing (r))
    {
      cairo_save (r->cr);
      set_colour (r->cr, &missed_tint);
      cairo_rectangle (r->cr, r->left, r->y, r->right - r->left, h);
      cairo_fill (r->cr);
      cairo_restore (r->cr);
    }

  for (guint c = 0; c < N_COLS - 1; c++)
    {
      show_layout (r, cells[c], r->col_x[c] + CELL_PAD, r->y + CELL_PAD,
                   c == COL_OUTCOME ? outcome_colour (row->evaluation.outcome) : &ink);
      g_object_unref (cells[c]);
    }

  draw_trend (r, row->standard, r->col_x[COL_TREND] + CELL_PAD, r->y + CELL_PAD,
              r->col_w[COL_TREND] - 2 * CELL_PAD);

  r->y += h;
  hline (r, r->y, 0.5, &rule);
}

static void
draw_table (Report *r)
{

  g_autoptr(PangoLayout) legend = make_layout (r, charter_report_label (r->language, CHARTER_REPORT_LABEL_LEGEND),
                                               7.5, FALSE, r->right - r->left);
  double legend_h = 6 + layout_height (legend);

  heading (r, charter_label (r->language, CHARTER_LABEL_STANDARDS), 13, 60);

  /* The legend explains the table: it stays with the last row. */
  r->in_table = TRUE;
  draw_table_header (r);
  for (guint i = 0; i < r->rows->len; i++)
    draw_row (r, &g_array_index (r->rows, CharterAchievementRow, i),
              i + 1 == r->rows->len ? legend_h : 0);
  r->in_table = FALSE;

  ensure_space (r, legend_h);
  show_layout (r, legend, r->left, r->y + 6, &grey);
  r->y += legend_h + 18;
}

/* "<b>Label:</b> text" as Pango markup, the text escaped. */
static void
append_labelled (GString    *markup,
                 const char *label,
                 const char *text)
{
  g_autofree char *escaped_label = g_markup_escape_text (label, -1);
  g_autofree char *escaped_text = g_markup_escape_text (text, -1);

  g_string_append_printf (markup, "<b>%s:</b> %s", escaped_label, escaped_text);
}

static void
draw_notes (Report *r)
{
  gboolean any = FALSE;

  for (guint i = 0; i < r->rows->len; i++)
    {
      CharterAchievementRow *row = &g_array_index (r->rows, CharterAchievementRow, i);
      const CharterResult *result = row->result;
      GString *body;
      g_autoptr(PangoLayout) title = NULL;
      g_autoptr(PangoLayout) layout = NULL;
      double h;

      if (row->evaluation.outcome != CHARTER_OUTCOME_MISSED &&
          (result == NULL || ((result->note == NULL || !*result->note) &&
                              (result->action == NULL || !*result->action))))
        continue;

      if (!any)
        {
          heading (r, charter_report_label (r->language, CHARTER_REPORT_LABEL_NOTES), 13, 50);
          any = TRUE;
        }

      body = g_string_new (NULL);
      append_labelled (body, charter_report_label (r->language, CHARTER_REPORT_LABEL_WHY),
                       result && result->note && *result->note
                       ? result->note
                       : charter_report_label (r->language, CHARTER_REPORT_LABEL_NO_NOTE));
      if (result && result->action && *result->action)
        {
          g_string_append_c (body, '\n');
          append_labelled (body, charter_report_label (r->language, CHARTER_REPORT_LABEL_ACTION),
                           result->action);
        }

      title = make_layout (r, charter_item_get (row->standard, CHARTER_STANDARD_TEXT), 10, TRUE,
                           r->right - r->left);
      layout = make_layout (r, "", 10, FALSE, r->right - r->left - 12);
      pango_layout_set_markup (layout, body->str, -1);
      g_string_free (body, TRUE);

      h = layout_height (title) + 2 + layout_height (layout);
      ensure_space (r, h);
      show_layout (r, title, r->left, r->y, &ink);
      r->y += layout_height (title) + 2;
      show_layout (r, layout, r->left + 12, r->y, &ink);
      r->y += layout_height (layout) + 10;
    }
}

static void
run_report (Report *r)
{
  r->page = 0;
  r->y = r->top;
  r->in_table = FALSE;

  draw_title (r);
  draw_summary (r);
  draw_table (r);
  draw_notes (r);
  end_page (r);
}

static void
report_init (Report          *r,
             CharterDocument *document,
             const char      *period,
             const char      *paper,
             cairo_t         *cr)
{
  double x;

  memset (r, 0, sizeof *r);
  r->document = document;
  r->period = period;
  r->language = charter_document_get_language (document);
  r->cr = cr;
  charter_report_get_page_size (paper, &r->width, &r->height);

  /* Margins as a share of the paper so A5 and A3 keep their proportions. */
  r->left = MAX (36, r->width * 0.095);
  r->right = r->width - r->left;
  r->top = MAX (36, r->height * 0.065);
  r->bottom = r->height - MAX (44, r->height * 0.075);

  r->brand = parse_brand (charter_document_get (document, CHARTER_FIELD_BRAND_COLOUR));
  r->rows = charter_achievement_collect (document, period, &r->summary);

  x = r->left;
  for (guint c = 0; c < N_COLS; c++)
    {
      r->col_x[c] = x;
      r->col_w[c] = (r->right - r->left) * col_share[c];
      x += r->col_w[c];
    }
}

static void
report_clear (Report *r)
{
  g_clear_pointer (&r->rows, g_array_unref);
}

static guint
count_pages (CharterDocument *document,
             const char      *period,
             const char      *paper)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
  cairo_t *cr = cairo_create (surface);
  Report r;

  report_init (&r, document, period, paper, cr);
  r.only_page = MEASURE_ONLY;
  run_report (&r);
  report_clear (&r);

  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  return r.page + 1;
}

guint
charter_report_get_n_pages (CharterDocument *document,
                            const char      *period,
                            const char      *paper)
{
  g_return_val_if_fail (CHARTER_IS_DOCUMENT (document), 0);
  return count_pages (document, period, paper);
}

void
charter_report_draw_page (CharterDocument *document,
                          const char      *period,
                          const char      *paper,
                          cairo_t         *cr,
                          guint            page)
{
  Report r;
  guint n_pages;

  g_return_if_fail (CHARTER_IS_DOCUMENT (document));
  g_return_if_fail (cr != NULL);

  n_pages = count_pages (document, period, paper);

  cairo_save (cr);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_restore (cr);

  report_init (&r, document, period, paper, cr);
  r.n_pages = n_pages;
  r.only_page = MIN (page, n_pages - 1);
  run_report (&r);
  report_clear (&r);
}

/* ------------------------------------------------------------------ */
/* Files                                                              */
/* ------------------------------------------------------------------ */

static cairo_status_t
append_to_string (void                *closure,
                  const unsigned char *data,
                  unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

static char *
report_title (CharterDocument *document,
              const char      *period)
{
  const char *language = charter_document_get_language (document);
  const char *name = charter_document_get (document, CHARTER_FIELD_NAME);
  g_autofree char *when = charter_period_to_display (period, language);

  if (*name != '\0')
    return g_strdup_printf ("%s — %s — %s", charter_report_label (language, CHARTER_REPORT_LABEL_TITLE),
                            when, name);
  return g_strdup_printf ("%s — %s", charter_report_label (language, CHARTER_REPORT_LABEL_TITLE), when);
}

static GByteArray *
render_pdf (CharterDocument *document,
            const char      *period,
            const char      *paper)
{
  GByteArray *out = g_byte_array_new ();
  g_autofree char *title = report_title (document, period);
  const char *name = charter_document_get (document, CHARTER_FIELD_NAME);
  cairo_surface_t *surface;
  cairo_t *cr;
  Report r;
  double w, h;

  charter_report_get_page_size (paper, &w, &h);
  surface = cairo_pdf_surface_create_for_stream (append_to_string, out, w, h);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title);
  if (*name != '\0')
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_AUTHOR, name);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_SUBJECT,
                                  charter_label (charter_document_get_language (document),
                                                 CHARTER_LABEL_CUSTOMER_CHARTER));
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Charter " PACKAGE_VERSION);

  cr = cairo_create (surface);
  report_init (&r, document, period, paper, cr);
  r.n_pages = count_pages (document, period, paper);
  r.only_page = EVERY_PAGE;
  r.pdf = surface;
  run_report (&r);
  report_clear (&r);

  cairo_destroy (cr);
  cairo_surface_finish (surface);
  if (cairo_surface_status (surface) != CAIRO_STATUS_SUCCESS)
    g_clear_pointer (&out, g_byte_array_unref);
  cairo_surface_destroy (surface);
  return out;
}

static GByteArray *
render_single_page (CharterDocument     *document,
                    const char          *period,
                    const char          *paper,
                    guint                page,
                    CharterExportFormat  format)
{
  GByteArray *out = g_byte_array_new ();
  cairo_surface_t *surface;
  cairo_t *cr;
  double w, h;
  /* 150 dpi: sharp enough for a web page or a slide. */
  const double scale = 150.0 / 72.0;

  charter_report_get_page_size (paper, &w, &h);
  if (format == CHARTER_EXPORT_SVG)
    surface = cairo_svg_surface_create_for_stream (append_to_string, out, w, h);
  else
    surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, (int)ceil (w * scale), (int)ceil (h * scale));

  cr = cairo_create (surface);
  if (format != CHARTER_EXPORT_SVG)
    cairo_scale (cr, scale, scale);
  charter_report_draw_page (document, period, paper, cr, page);
  cairo_destroy (cr);

  if (format == CHARTER_EXPORT_SVG)
    cairo_surface_finish (surface);
  else if (cairo_surface_write_to_png_stream (surface, append_to_string, out) != CAIRO_STATUS_SUCCESS)
    g_clear_pointer (&out, g_byte_array_unref);

  if (out != NULL && cairo_surface_status (surface) != CAIRO_STATUS_SUCCESS)
    g_clear_pointer (&out, g_byte_array_unref);
  cairo_surface_destroy (surface);
  return out;
}

gboolean
charter_report_export (CharterDocument            *document,
                       CharterExportFormat         format,
                       const CharterExportOptions *options,
                       const char                 *path,
                       GError                    **error)
{
  g_autofree char *period = NULL;
  g_autoptr(GByteArray) bytes = NULL;
  const char *paper = options ? options->paper : NULL;

  g_return_val_if_fail (CHARTER_IS_DOCUMENT (document), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (paper != NULL && paper_lookup (paper) == NULL)
    {
      g_set_error (error, CHARTER_ERROR, CHARTER_ERROR_USAGE,
                   _("unknown paper size “%s”; use a4, letter, a5 or a3"), paper);
      return FALSE;
    }

  period = charter_report_resolve_period (document, options ? options->period : NULL, error);
  if (period == NULL)
    return FALSE;

  switch (format)
    {
    case CHARTER_EXPORT_PDF:
      bytes = render_pdf (document, period, paper);
      break;

    case CHARTER_EXPORT_PNG:
    case CHARTER_EXPORT_SVG:
      {
        guint n = count_pages (document, period, paper);
        int page = options ? options->page : 0;

        if (page < 0 || (guint)page > n)
          {
            g_set_error (error, CHARTER_ERROR, CHARTER_ERROR_USAGE,
                         _("the report has %u pages; there is no page %d"), n, page);
            return FALSE;
          }
        bytes = render_single_page (document, period, paper, page > 0 ? page - 1 : 0, format);
      }
      break;

    case CHARTER_EXPORT_HTML:
      {
        g_autofree char *html = charter_report_html (document, period);
        return charter_file_replace (path, html, strlen (html), error);
      }

    case CHARTER_EXPORT_TEXT:
      {
        g_autofree char *text = charter_report_text (document, period);
        return charter_file_replace (path, text, strlen (text), error);
      }

    case CHARTER_EXPORT_CHARTER:
    case CHARTER_N_EXPORT_FORMATS:
    default:
      g_set_error_literal (error, CHARTER_ERROR, CHARTER_ERROR_USAGE,
                           _("the report layout exports to .pdf, .png, .svg, .html or .txt"));
      return FALSE;
    }

  if (bytes == NULL)
    {
      g_set_error_literal (error, CHARTER_ERROR, CHARTER_ERROR_FAILED, _("drawing the report failed"));
      return FALSE;
    }

  return charter_file_replace (path, bytes->data, bytes->len, error);
}
