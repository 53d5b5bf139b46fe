/* charter-layout.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The charter is turned into a flat list of blocks (cover, headings,
 * paragraphs, table rows…), each holding shaped pango text. Pagination
 * then flows the blocks onto pages, splitting only paragraphs and only
 * between lines. Shaped text is cached by its markup, style and width, so
 * an update after one edit shapes one paragraph again and only repeats
 * the cheap flow.
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include <pango/pangocairo.h>

#include "charter-card.h"
#include "charter-induction.h"
#include "charter-labels.h"
#include "charter-layout.h"
#include "charter-logo.h"
#include "charter-poster.h"
#include "charter-print-private.h"

static const CharterPaper papers[] = {
  { "a4", 595.276, 841.89 },
  { "letter", 612.0, 792.0 },
  { "a5", 419.528, 595.276 },
  { "a3", 841.89, 1190.551 },
};

static const char * const layout_names[CHARTER_N_LAYOUTS] = {
  [CHARTER_LAYOUT_DOCUMENT] = "document",
  [CHARTER_LAYOUT_POSTER] = "poster",
  [CHARTER_LAYOUT_CARD] = "card",
  [CHARTER_LAYOUT_INDUCTION] = "induction",
};

const CharterPaper *
charter_paper_lookup (const char *id)
{
  g_return_val_if_fail (id != NULL, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (papers); i++)
    if (g_ascii_strcasecmp (id, papers[i].id) == 0)
      return &papers[i];
  return NULL;
}

static gboolean
locale_uses_letter (const char *locale)
{
  const char *territory;

  if (locale == NULL || *locale == '\0')
    return FALSE;

  territory = strchr (locale, '_');
  if (territory == NULL)
    return FALSE;
  territory++;

  return (g_ascii_strncasecmp (territory, "US", 2) == 0 ||
          g_ascii_strncasecmp (territory, "CA", 2) == 0) &&
         (territory[2] == '\0' || territory[2] == '.' || territory[2] == '@');
}

const CharterPaper *
charter_paper_default (void)
{
  /* The same precedence as setlocale(): LC_ALL, then LC_PAPER, then LANG. */
  static const char * const variables[] = { "LC_ALL", "LC_PAPER", "LANG" };

  for (guint i = 0; i < G_N_ELEMENTS (variables); i++)
    {
      const char *value = g_getenv (variables[i]);

      if (value != NULL && *value != '\0')
        return charter_paper_lookup (locale_uses_letter (value) ? "letter" : "a4");
    }

  return charter_paper_lookup ("a4");
}

int
charter_layout_kind_from_name (const char *name)
{
  g_return_val_if_fail (name != NULL, -1);

  for (guint i = 0; i < CHARTER_N_LAYOUTS; i++)
    if (g_ascii_strcasecmp (name, layout_names[i]) == 0)
      return i;
  return -1;
}

typedef enum {
  STYLE_BODY,
  STYLE_SMALL,
  STYLE_KICKER,
  STYLE_TITLE,
  STYLE_PURPOSE,
  STYLE_H1,
  STYLE_H2,
  STYLE_LABEL,
  STYLE_TABLE_HEAD,
  STYLE_CELL,
  STYLE_GROUP,
  STYLE_MARKER,
  STYLE_FOOTER,
  N_STYLES
} Style;

static const struct {
  const char  *family;
  PangoWeight  weight;
  PangoStyle   slant;
  double       size;         /* points at the regular print size */
  double       leading;      /* line height as a multiple of the size, as in CSS;
                              * 0: the body text's line height */
  gboolean     reading;      /* reading text: at least 16 pt in large print */
} styles[N_STYLES] = {
  [STYLE_BODY] = { "Noto Sans, DejaVu Sans", PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL, 10, 1.45, TRUE },
  [STYLE_SMALL] = { "Noto Sans, DejaVu Sans", PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL, 8.5, 1.4, TRUE },
  [STYLE_KICKER] = { "Noto Sans, DejaVu Sans", PANGO_WEIGHT_BOLD, PANGO_STYLE_NORMAL, 8.5, 1.25, FALSE },
  [STYLE_TITLE] = { "Noto Sans, DejaVu Sans", PANGO_WEIGHT_BOLD, PANGO_STYLE_NORMAL, 25, 1.12, FALSE },
  [STYLE_PURPOSE] = { "Noto Serif, DejaVu Serif", PANGO_WEIGHT_NORMAL, PANGO_STYLE_ITALIC, 19, 1.3, FALSE },
  [STYLE_H1] = { "Noto Sans, DejaVu Sans", PANGO_WEIGHT_BOLD, PANGO_STYLE_NORMAL, 15, 1.2, FALSE },
  [STYLE_H2] = { "Noto Sans, DejaVu Sans", PANGO_WEIGHT_BOLD, PANGO_STYLE_NORMAL, 10, 1.3, TRUE },
  /* A label's lines keep the pitch of the body text beside it. */
  [STYLE_LABEL] = { "Noto Sans, DejaVu Sans", PANGO_WEIGHT_BOLD, PANGO_STYLE_NORMAL, 8.5, 0, TRUE },
  [STYLE_TABLE_HEAD] = { "Noto Sans, DejaVu Sans", PANGO_WEIGHT_BOLD, PANGO_STYLE_NORMAL, 8.5, 1.3, FALSE },
  [STYLE_CELL] = { "Noto Sans, DejaVu Sans", PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL, 9.5, 1.4, TRUE },
  [STYLE_GROUP] = { "Noto Sans, DejaVu Sans", PANGO_WEIGHT_BOLD, PANGO_STYLE_NORMAL, 8.5, 1.3, TRUE },
  [STYLE_MARKER] = { "Noto Sans, DejaVu Sans", PANGO_WEIGHT_BOLD, PANGO_STYLE_NORMAL, 8.5, 1.0, FALSE },
  [STYLE_FOOTER] = { "Noto Sans, DejaVu Sans", PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL, 7.5, 1.2, FALSE },
};

/* Shaped text and where its lines sit, in points from the text's top. */
typedef struct {
  PangoLayout *layout;
  guint        n_lines;
  double       height;
  double       width;      /* widest line's ink-free logical width */
  double      *line_top;   /* n_lines + 1 entries; the last is the height */
  double      *baseline;
  double      *line_x;
  guint        generation; /* the last update that used it */
} Text;

typedef enum {
  BLOCK_COVER,
  BLOCK_PURPOSE,
  BLOCK_H1,
  BLOCK_H2,
  BLOCK_TEXT,
  BLOCK_ITEM,
  BLOCK_KV,
  BLOCK_TABLE_HEAD,
  BLOCK_GROUP,
  BLOCK_ROW,
  BLOCK_STAGE,
} BlockKind;

typedef struct {
  BlockKind  kind;
  Text      *main;           /* the text a page break may split */
  Text      *aux[4];         /* labels, markers and other cells */
  double     aux_y[4];       /* where each aux text starts below main's top */
  double     main_x;         /* from the content's left edge */
  double     pad_top;
  double     pad_bottom;
  double     space_before;
  double     height;
  gboolean   keep_with_next;
  gboolean   splittable;
  gboolean   page_break;     /* starts a new page */
  int        head;           /* table rows: the head block to repeat */
  int        section;        /* H1: index into sections, else -1 */
  char      *uri;            /* where the main text links to, or NULL */
} Block;

typedef struct {
  guint  block;
  double y;
  guint  first_line;
  guint  end_line;
} Placement;

typedef struct {
  char   *title;
  guint   page;
  double  y;
} Section;

struct _CharterLayout
{
  GObject                parent_instance;

  CharterDocument       *document;
  const CharterPaper    *paper;
  CharterLayoutKind      kind;
  gboolean               large_print;

  PangoContext          *context;
  PangoFontDescription  *fonts[N_STYLES];
  double                 sizes[N_STYLES];
  double                 spacing[N_STYLES]; /* pango's factor of the font's own height */
  double                 unit;          /* 1.0 at regular print, larger for large print */

  double                 margin_x;
  double                 margin_top;
  double                 margin_bottom;
  double                 content_width;

  GHashTable            *cache;         /* key → Text */
  guint                  generation;

  GArray                *blocks;        /* Block */
  GPtrArray             *pages;         /* GArray of Placement */
  GArray                *sections;      /* Section */
  GArray                *public_sections; /* CharterLayoutSection */

  CharterColours         colours;       /* the brand colour and its accent and tint */
  char                   accent_hex[8];

  GBytes                *logo_bytes;
  cairo_surface_t       *logo;
  double                 logo_width;
  double                 logo_height;

  char                  *language;
  char                  *version;
  char                  *effective;

  /* Poster and card: a designed page instead of flowing blocks. */
  CharterProduct        *product;
  /* Induction: the signed last page and whom it is printed for. */
  CharterAcknowledgement *acknowledgement;
  CharterStaffMember    *staff;
};

G_DEFINE_FINAL_TYPE (CharterLayout, charter_layout, G_TYPE_OBJECT)

static const double ink[3] = { 0.11, 0.12, 0.14 };
static const double muted[3] = { 0.38, 0.41, 0.45 };
static const double rule_grey[3] = { 0.82, 0.84, 0.86 };
#define MUTED_HEX "#5f6873"

static void
text_free (gpointer data)
{
  Text *t = data;

  g_object_unref (t->layout);
  g_free (t->line_top);
  g_free (t->baseline);
  g_free (t->line_x);
  g_free (t);
}

static void
block_clear (gpointer data)
{
  Block *b = data;

  g_free (b->uri);
}

static void
section_clear (gpointer data)
{
  Section *s = data;

  g_free (s->title);
}

static void
charter_layout_finalize (GObject *object)
{
  CharterLayout *self = CHARTER_LAYOUT (object);

  g_clear_object (&self->document);
  g_clear_object (&self->context);
  for (guint i = 0; i < N_STYLES; i++)
    g_clear_pointer (&self->fonts[i], pango_font_description_free);
  g_clear_pointer (&self->cache, g_hash_table_unref);
  g_clear_pointer (&self->blocks, g_array_unref);
  g_clear_pointer (&self->pages, g_ptr_array_unref);
  g_clear_pointer (&self->sections, g_array_unref);
  g_clear_pointer (&self->public_sections, g_array_unref);
  g_clear_pointer (&self->logo_bytes, g_bytes_unref);
  g_clear_pointer (&self->logo, cairo_surface_destroy);
  g_clear_pointer (&self->language, g_free);
  g_clear_pointer (&self->version, g_free);
  g_clear_pointer (&self->effective, g_free);
  g_clear_pointer (&self->product, charter_product_free);
  g_clear_pointer (&self->acknowledgement, charter_acknowledgement_free);
  g_clear_pointer (&self->staff, charter_staff_member_free);

  G_OBJECT_CLASS (charter_layout_parent_class)->finalize (object);
}

static void
charter_layout_class_init (CharterLayoutClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = charter_layout_finalize;
}

static void
charter_layout_init (CharterLayout *self)
{
  PangoFontMap *map = pango_cairo_font_map_get_default ();
  cairo_font_options_t *options = cairo_font_options_create ();

  /* Unhinted metrics make the layout the same at every scale, so the
   * preview, PNG pages and the PDF break lines in the same places. */
  self->context = pango_font_map_create_context (map);
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (self->context, options);
  cairo_font_options_destroy (options);
  /* Sizes are in points and so is the page: without this pango would
   * take them at screen resolution and print everything a third larger. */
  pango_cairo_context_set_resolution (self->context, 72.0);
  pango_context_set_round_glyph_positions (self->context, FALSE);

  self->cache = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, text_free);
  self->blocks = g_array_new (FALSE, TRUE, sizeof (Block));
  g_array_set_clear_func (self->blocks, block_clear);
  self->pages = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  self->sections = g_array_new (FALSE, TRUE, sizeof (Section));
  g_array_set_clear_func (self->sections, section_clear);
  self->public_sections = g_array_new (FALSE, TRUE, sizeof (CharterLayoutSection));
}

/* Pango spaces lines by a factor of the font's ascent plus descent
 * (about 1.36 em for Noto Sans), not of its size: convert. Asked on
 * first use, in the document's language, so the font pango loads for it
 * is the one the text is shaped with. */
static double
line_spacing (CharterLayout *self,
              Style          style)
{
  if (self->spacing[style] == 0)
    {
      /* A one-line layout's height is the font's ascent plus descent.
       * pango_font_get_metrics() would give the same, but it measures
       * average widths in a context of its own at screen resolution,
       * which costs each style a second font sort. */
      PangoLayout *probe = pango_layout_new (self->context);
      PangoRectangle logical;
      double height;

      pango_layout_set_font_description (probe, self->fonts[style]);
      pango_layout_set_text (probe, "Hg", -1);
      pango_layout_get_extents (probe, NULL, &logical);
      height = (double) logical.height / PANGO_SCALE;
      g_object_unref (probe);
      double pitch = styles[style].leading != 0 ? styles[style].leading * self->sizes[style]
                                                : styles[STYLE_BODY].leading * self->sizes[STYLE_BODY];

      self->spacing[style] = height > 0 ? pitch / height : 1.0;
    }
  return self->spacing[style];
}

static void
apply_setup (CharterLayout          *self,
             const CharterPageSetup *setup)
{
  double paper_factor;

  self->kind = setup ? setup->kind : CHARTER_LAYOUT_DOCUMENT;
  /* A poster is a wall sheet unless asked otherwise. */
  if (setup && setup->paper)
    self->paper = setup->paper;
  else
    self->paper = self->kind == CHARTER_LAYOUT_POSTER ? charter_paper_lookup ("a3") : charter_paper_default ();
  self->large_print = setup ? setup->large_print : FALSE;

  /* A5 is read at arm's length like A4, just smaller; A3 is a wall sheet. */
  paper_factor = self->paper->width < 500 ? 0.9 : self->paper->width > 800 ? 1.25 : 1.0;
  self->unit = paper_factor * (self->large_print ? 1.6 : 1.0);

  for (guint i = 0; i < N_STYLES; i++)
    {
      double size = styles[i].size * self->unit;

      if (self->large_print && styles[i].reading)
        size = MAX (size, 16.0);
      self->sizes[i] = size;

      g_clear_pointer (&self->fonts[i], pango_font_description_free);
      self->fonts[i] = pango_font_description_from_string (styles[i].family);
      pango_font_description_set_weight (self->fonts[i], styles[i].weight);
      pango_font_description_set_style (self->fonts[i], styles[i].slant);
      pango_font_description_set_size (self->fonts[i], (int) round (size * PANGO_SCALE));
      self->spacing[i] = 0;
    }

  self->margin_x = round (self->paper->width * 0.095);
  self->margin_top = round (self->paper->height * 0.065);
  self->margin_bottom = round (self->paper->height * 0.08);
  self->content_width = self->paper->width - 2 * self->margin_x;

  /* Everything shaped so far used the old sizes. */
  g_hash_table_remove_all (self->cache);
}

/* Shapes @markup, or finds it shaped already. */
static Text *
text_get (CharterLayout  *self,
          Style           style,
          double          width,
          PangoAlignment  align,
          const char     *markup)
{
  char *key = g_strdup_printf ("%u:%ld:%u:%s", style, lround (width * 64), align, markup);
  Text *t = g_hash_table_lookup (self->cache, key);
  PangoLayoutIter *iter;
  guint line = 0;

  if (t != NULL)
    {
      t->generation = self->generation;
      g_free (key);
      return t;
    }

  t = g_new0 (Text, 1);
  t->generation = self->generation;
  t->layout = pango_layout_new (self->context);
  pango_layout_set_font_description (t->layout, self->fonts[style]);
  pango_layout_set_width (t->layout, (int) (width * PANGO_SCALE));
  pango_layout_set_wrap (t->layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_alignment (t->layout, align);
  pango_layout_set_line_spacing (t->layout, line_spacing (self, style));
  pango_layout_set_markup (t->layout, markup, -1);

  t->n_lines = pango_layout_get_line_count (t->layout);
  t->line_top = g_new (double, t->n_lines + 1);
  t->baseline = g_new (double, t->n_lines);
  t->line_x = g_new (double, t->n_lines);

  iter = pango_layout_get_iter (t->layout);
  do
    {
      PangoRectangle logical;
      int y0, y1;

      pango_layout_iter_get_line_yrange (iter, &y0, &y1);
      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      t->line_top[line] = (double) y0 / PANGO_SCALE;
      t->baseline[line] = (double) pango_layout_iter_get_baseline (iter) / PANGO_SCALE;
      t->line_x[line] = (double) logical.x / PANGO_SCALE;
      t->width = MAX (t->width, (double) logical.width / PANGO_SCALE);
      line++;
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);

  {
    PangoRectangle logical;

    pango_layout_get_extents (t->layout, NULL, &logical);
    t->height = (double) logical.height / PANGO_SCALE;
    t->line_top[t->n_lines] = t->height;
  }

  g_hash_table_insert (self->cache, key, t);
  return t;
}

static Text *
text_plain (CharterLayout *self,
            Style          style,
            double         width,
            const char    *text)
{
  g_autofree char *markup = g_markup_escape_text (text, -1);

  return text_get (self, style, width, PANGO_ALIGN_LEFT, markup);
}

/* A run of text in the "small" size and muted colour, for markup. */
static char *
small_span (CharterLayout *self,
            const char    *text)
{
  return g_markup_printf_escaped ("<span size=\"%d\" foreground=\"" MUTED_HEX "\">%s</span>",
                                  (int) round (self->sizes[STYLE_SMALL] * PANGO_SCALE), text);
}

/* Building blocks */

static Block *
block_add (CharterLayout *self,
           BlockKind      kind,
           Text          *main,
           double         space_before)
{
  Block b = { 0 };

  b.kind = kind;
  b.main = main;
  b.space_before = space_before * self->unit;
  b.head = -1;
  b.section = -1;
  g_array_append_val (self->blocks, b);

  return &g_array_index (self->blocks, Block, self->blocks->len - 1);
}

static void
block_finish (Block *b)
{
  double inner = b->main ? b->main->height : 0;

  for (guint i = 0; i < G_N_ELEMENTS (b->aux); i++)
    if (b->aux[i] != NULL)
      inner = MAX (inner, b->aux_y[i] + b->aux[i]->height);
  b->height = b->pad_top + inner + b->pad_bottom;
}

/* A label or marker in a smaller or bolder face than the text beside it
 * reads as one line with it only when both share the first baseline. */
static void
align_first_baseline (Block *b,
                      guint  aux)
{
  b->aux_y[aux] = b->main->baseline[0] - b->aux[aux]->baseline[0];
}

static void
add_h1 (CharterLayout *self,
        CharterLabel   label)
{
  const char *title = charter_label (self->language, label);
  Section s = { g_strdup (title), 0, 0 };
  Block *b = block_add (self, BLOCK_H1, text_plain (self, STYLE_H1, self->content_width, title), 24);

  b->pad_bottom = 11 * self->unit;
  b->keep_with_next = TRUE;
  b->section = self->sections->len;
  g_array_append_val (self->sections, s);
  block_finish (b);
}

static void
add_h2 (CharterLayout *self,
        const char    *title)
{
  Block *b = block_add (self, BLOCK_H2, text_plain (self, STYLE_H2, self->content_width, title), 12);

  b->pad_bottom = 3 * self->unit;
  b->keep_with_next = TRUE;
  block_finish (b);
}

static void
add_paragraph (CharterLayout *self,
               const char    *text)
{
  Block *b;

  if (*text == '\0')
    return;

  b = block_add (self, BLOCK_TEXT, text_plain (self, STYLE_BODY, self->content_width, text), 6);
  b->splittable = TRUE;
  block_finish (b);
}

static void
add_item (CharterLayout *self,
          const char    *marker_markup,
          const char    *markup,
          double         space_before)
{
  double indent = 16 * self->unit;
  Block *b = block_add (self, BLOCK_ITEM,
                        text_get (self, STYLE_BODY, self->content_width - indent, PANGO_ALIGN_LEFT, markup),
                        space_before);

  b->aux[0] = text_get (self, STYLE_BODY, indent, PANGO_ALIGN_LEFT, marker_markup);
  align_first_baseline (b, 0);
  b->main_x = indent;
  b->splittable = TRUE;
  block_finish (b);
}

static void
add_bullet (CharterLayout *self,
            const char    *text)
{
  g_autofree char *markup = NULL;
  g_autofree char *bullet = NULL;

  if (*text == '\0')
    return;

  markup = g_markup_escape_text (text, -1);
  bullet = g_strdup_printf ("<span foreground=\"%s\">•</span>", self->accent_hex);
  add_item (self, bullet, markup, 5);
}

static double
label_width (CharterLayout *self)
{
  return round (self->content_width * 0.3);
}

static Block *
add_kv (CharterLayout *self,
        CharterLabel   label,
        const char    *value)
{
  double lw = label_width (self);
  double gap = 12 * self->unit;
  Block *b;

  if (*value == '\0')
    return NULL;

  b = block_add (self, BLOCK_KV, text_plain (self, STYLE_BODY, self->content_width - lw - gap, value), 7);
  b->aux[0] = text_plain (self, STYLE_LABEL, lw, charter_label (self->language, label));
  align_first_baseline (b, 0);
  b->main_x = lw + gap;
  b->splittable = TRUE;
  block_finish (b);
  return b;
}

/* A row whose value is an email address or a web site, linked in the PDF
 * where cairo writes links that readers accept. */
static void
add_kv_link (CharterLayout *self,
             CharterLabel   label,
             const char    *value,
             gboolean       email)
{
  Block *b = add_kv (self, label, value);
  g_autofree char *stripped = g_strstrip (g_strdup (value));

  if (b == NULL || *stripped == '\0' || strpbrk (stripped, " \t\n'\\") != NULL)
    return;
  if (email)
    b->uri = strchr (stripped, '@') ? g_strconcat ("mailto:", stripped, NULL) : NULL;
  else
    b->uri = g_str_has_prefix (stripped, "http://") || g_str_has_prefix (stripped, "https://")
             ? g_strdup (stripped) : g_strconcat ("https://", stripped, NULL);
}

static gboolean
any_field (CharterDocument *doc,
           CharterField     first,
           CharterField     last)
{
  for (CharterField f = first; f <= last; f++)
    if (*charter_document_get (doc, f) != '\0')
      return TRUE;
  return FALSE;
}

static const char *
field (CharterLayout *self,
       CharterField   f)
{
  return charter_document_get (self->document, f);
}

static void
build_cover (CharterLayout *self)
{
  const char *name = field (self, CHARTER_FIELD_NAME);
  const char *purpose = field (self, CHARTER_FIELD_PURPOSE);
  g_autofree char *kicker = g_utf8_strup (charter_label (self->language, CHARTER_LABEL_CUSTOMER_CHARTER), -1);
  g_autofree char *kicker_markup = NULL;
  double text_x = 0;
  Block *b;

  if (self->logo != NULL)
    text_x = self->logo_width + 18 * self->unit;

  kicker_markup = g_markup_printf_escaped ("<span letter_spacing=\"%d\">%s</span>",
                                           (int) (1.2 * PANGO_SCALE * self->unit), kicker);
  b = block_add (self, BLOCK_COVER,
                 text_plain (self, STYLE_TITLE, self->content_width - text_x, name), 0);
  b->aux[0] = text_get (self, STYLE_KICKER, self->content_width - text_x, PANGO_ALIGN_LEFT, kicker_markup);
  b->main_x = text_x;
  b->pad_top = b->aux[0]->height + 4 * self->unit;
  b->pad_bottom = 20 * self->unit;
  block_finish (b);
  if (self->logo != NULL)
    b->height = MAX (b->height, self->logo_height + b->pad_bottom);

  if (*purpose != '\0')
    {
      double bar = 22 * self->unit;

      b = block_add (self, BLOCK_PURPOSE,
                     text_plain (self, STYLE_PURPOSE, self->content_width - bar, purpose), 10);
      b->main_x = bar;
      b->pad_top = 6 * self->unit;
      b->pad_bottom = 6 * self->unit;
      b->splittable = TRUE;
      block_finish (b);
    }
}

static void
build_about (CharterLayout *self)
{
  if (!any_field (self->document, CHARTER_FIELD_OVERVIEW, CHARTER_FIELD_WEBSITE))
    return;

  add_h1 (self, CHARTER_LABEL_ABOUT);
  add_paragraph (self, field (self, CHARTER_FIELD_OVERVIEW));
  add_kv (self, CHARTER_LABEL_ADDRESS, field (self, CHARTER_FIELD_ADDRESS));
  add_kv (self, CHARTER_LABEL_PHONE, field (self, CHARTER_FIELD_PHONE));
  add_kv_link (self, CHARTER_LABEL_EMAIL, field (self, CHARTER_FIELD_EMAIL), TRUE);
  add_kv_link (self, CHARTER_LABEL_WEBSITE, field (self, CHARTER_FIELD_WEBSITE), FALSE);
}

static void
build_purpose (CharterLayout *self)
{
  if (!any_field (self->document, CHARTER_FIELD_STORY, CHARTER_FIELD_COMMITMENT))
    return;

  if (*field (self, CHARTER_FIELD_STORY) != '\0')
    {
      add_h1 (self, CHARTER_LABEL_OUR_STORY);
      add_paragraph (self, field (self, CHARTER_FIELD_STORY));
    }
  if (*field (self, CHARTER_FIELD_COMMITMENT) != '\0')
    {
      add_h1 (self, CHARTER_LABEL_COMMITMENT);
      add_paragraph (self, field (self, CHARTER_FIELD_COMMITMENT));
    }
}

static void
build_scope (CharterLayout *self)
{
  guint n = charter_document_get_n_items (self->document, CHARTER_LIST_CHANNELS);

  if (!any_field (self->document, CHARTER_FIELD_SCOPE_COVERS, CHARTER_FIELD_SCOPE_EXCLUDES) && n == 0)
    return;

  add_h1 (self, CHARTER_LABEL_SCOPE);
  add_kv (self, CHARTER_LABEL_COVERS, field (self, CHARTER_FIELD_SCOPE_COVERS));
  add_kv (self, CHARTER_LABEL_EXCLUDES, field (self, CHARTER_FIELD_SCOPE_EXCLUDES));

  if (n == 0)
    return;

  add_h2 (self, charter_label (self->language, CHARTER_LABEL_CHANNELS));
  for (guint i = 0; i < n; i++)
    {
      CharterItem *c = charter_document_get_item (self->document, CHARTER_LIST_CHANNELS, i);
      const char *hours = charter_item_get (c, CHARTER_CHANNEL_HOURS);
      const char *access = charter_item_get (c, CHARTER_CHANNEL_ACCESSIBILITY);
      const char *details = charter_item_get (c, CHARTER_CHANNEL_DETAILS);
      g_autofree char *bullet = g_strdup_printf ("<span foreground=\"%s\">•</span>", self->accent_hex);
      GString *markup = g_string_new (NULL);
      char *part;

      part = g_markup_printf_escaped ("<b>%s</b>%s%s", charter_item_get (c, CHARTER_CHANNEL_NAME),
                                      *details ? "  " : "", details);
      g_string_append (markup, part);
      g_free (part);
      if (*hours != '\0')
        {
          g_autofree char *line = g_strdup_printf ("%s: %s", charter_label (self->language, CHARTER_LABEL_HOURS), hours);

          part = small_span (self, line);
          g_string_append_printf (markup, "\n%s", part);
          g_free (part);
        }
      if (*access != '\0')
        {
          g_autofree char *line = g_strdup_printf ("%s: %s", charter_label (self->language, CHARTER_LABEL_ACCESSIBILITY), access);

          part = small_span (self, line);
          g_string_append_printf (markup, "\n%s", part);
          g_free (part);
        }
      add_item (self, bullet, markup->str, 7);
      g_string_free (markup, TRUE);
    }
}

/* Four columns need about 420 pt of regular-size text: narrower pages
 * (A5, large print) would wrap "who and when" a word per line. */
static gboolean
table_is_narrow (CharterLayout *self)
{
  return self->content_width / self->unit < 420;
}

/* Column geometry of the standards table: number, promise, target, who.
 * On a narrow table "who and when" goes in a line under the promise and
 * the target, spanning both. */
static void
table_columns (CharterLayout *self,
               double         x[4],
               double         w[4])
{
  double gap = 12 * self->unit;
  double rest;

  w[0] = 18 * self->unit;
  x[0] = 0;
  if (table_is_narrow (self))
    {
      rest = self->content_width - w[0] - 2 * gap;
      w[1] = round (rest * 0.6);
      w[2] = rest - w[1];
      x[1] = w[0] + gap;
      x[2] = x[1] + w[1] + gap;
      x[3] = x[1];
      w[3] = w[1] + gap + w[2];
      return;
    }

  rest = self->content_width - w[0] - 3 * gap;
  w[1] = round (rest * 0.46);
  w[2] = round (rest * 0.26);
  w[3] = rest - w[1] - w[2];
  for (guint i = 1; i < 4; i++)
    x[i] = x[i - 1] + w[i - 1] + gap;
}

static int
add_table_head (CharterLayout *self)
{
  static const CharterLabel heads[] = { CHARTER_LABEL_PROMISE, CHARTER_LABEL_TARGET, CHARTER_LABEL_WHO_WHEN };
  double x[4], w[4];
  Block *b;

  table_columns (self, x, w);
  b = block_add (self, BLOCK_TABLE_HEAD, NULL, 10);
  for (guint i = 0; i < G_N_ELEMENTS (heads); i++)
    {
      g_autofree char *upper = NULL;
      g_autofree char *markup = NULL;

      if (i == 2 && table_is_narrow (self))
        break;
      upper = g_utf8_strup (charter_label (self->language, heads[i]), -1);
      markup = g_markup_printf_escaped ("<span letter_spacing=\"%d\">%s</span>",
                                        (int) (0.8 * PANGO_SCALE * self->unit), upper);

      b->aux[i + 1] = text_get (self, STYLE_TABLE_HEAD, w[i + 1], PANGO_ALIGN_LEFT, markup);
    }
  b->pad_top = 6 * self->unit;
  b->pad_bottom = 6 * self->unit;
  b->keep_with_next = TRUE;
  block_finish (b);

  return self->blocks->len - 1;
}

/* "Who and when" of a standard as its own column: the owner, then when
 * it is reported and when the clock starts in small print. */
static void
who_lines (CharterLayout *self,
           GString       *who,
           const char    *owner,
           const char    *reporting,
           const char    *clock)
{
  const char *lang = self->language;
  char *part;

  if (*owner != '\0')
    {
      part = g_markup_escape_text (owner, -1);
      g_string_append (who, part);
      g_free (part);
    }
  if (*reporting != '\0')
    {
      g_autofree char *line = g_strdup_printf ("%s: %s", charter_label (lang, CHARTER_LABEL_REPORTED), reporting);

      part = small_span (self, line);
      g_string_append_printf (who, "%s%s", who->len ? "\n" : "", part);
      g_free (part);
    }
  if (*clock != '\0')
    {
      g_autofree char *line = g_strdup_printf ("%s: %s", charter_label (lang, CHARTER_LABEL_CLOCK_STARTS), clock);

      part = small_span (self, line);
      g_string_append_printf (who, "%s%s", who->len ? "\n" : "", part);
      g_free (part);
    }
}

/* The same as one small run under the promise and target, for narrow
 * tables: "Owner · Reported: … · Clock starts: …". */
static void
who_line (CharterLayout *self,
          GString       *who,
          const char    *owner,
          const char    *reporting,
          const char    *clock)
{
  const char *lang = self->language;
  GString *line = g_string_new (owner);
  char *part;

  if (*reporting != '\0')
    g_string_append_printf (line, "%s%s: %s", line->len ? " · " : "",
                            charter_label (lang, CHARTER_LABEL_REPORTED), reporting);
  if (*clock != '\0')
    g_string_append_printf (line, "%s%s: %s", line->len ? " · " : "",
                            charter_label (lang, CHARTER_LABEL_CLOCK_STARTS), clock);
  if (line->len > 0)
    {
      part = small_span (self, line->str);
      g_string_append (who, part);
      g_free (part);
    }
  g_string_free (line, TRUE);
}

static void
add_standard_row (CharterLayout *self,
                  CharterItem   *s,
                  guint          number,
                  int            head)
{
  const char *lang = self->language;
  const char *channel = charter_item_get (s, CHARTER_STANDARD_CHANNEL);
  const char *target = charter_item_get (s, CHARTER_STANDARD_TARGET);
  const char *share = charter_item_get (s, CHARTER_STANDARD_SHARE);
  const char *basis = charter_item_get (s, CHARTER_STANDARD_TIME_BASIS);
  const char *owner = charter_item_get (s, CHARTER_STANDARD_OWNER);
  const char *reporting = charter_item_get (s, CHARTER_STANDARD_REPORTING);
  const char *clock = charter_item_get (s, CHARTER_STANDARD_CLOCK_START);
  double x[4], w[4];
  g_autofree char *num = g_strdup_printf ("<span foreground=\"%s\">%u</span>", self->accent_hex, number);
  GString *promise = g_string_new (NULL);
  GString *goal = g_string_new (NULL);
  GString *who = g_string_new (NULL);
  char *part;
  Block *b;

  table_columns (self, x, w);

  part = g_markup_escape_text (charter_item_get (s, CHARTER_STANDARD_TEXT), -1);
  g_string_append (promise, part);
  g_free (part);
  if (*channel != '\0')
    {
      part = small_span (self, channel);
      g_string_append_printf (promise, "\n%s", part);
      g_free (part);
    }

  if (*target != '\0')
    {
      part = g_markup_printf_escaped ("<b>%s %s</b>", target, charter_item_get (s, CHARTER_STANDARD_UNIT));
      g_string_append (goal, part);
      g_free (part);
    }
  if (*share != '\0' || *basis != '\0')
    {
      g_autofree char *cases = *share ? charter_label_printf (lang, CHARTER_LABEL_OF_CASES, share) : g_strdup ("");
      const char *time = !*basis ? "" :
        charter_label (lang, g_str_equal (basis, "working") ? CHARTER_LABEL_WORKING_TIME : CHARTER_LABEL_CALENDAR_TIME);
      g_autofree char *line = g_strdup_printf ("%s%s%s", cases, *cases && *time ? ", " : "", time);

      part = small_span (self, line);
      g_string_append_printf (goal, "%s%s", goal->len ? "\n" : "", part);
      g_free (part);
    }

  if (table_is_narrow (self))
    who_line (self, who, owner, reporting, clock);
  else
    who_lines (self, who, owner, reporting, clock);

  b = block_add (self, BLOCK_ROW, text_get (self, STYLE_CELL, w[1], PANGO_ALIGN_LEFT, promise->str), 0);
  b->aux[0] = text_get (self, STYLE_CELL, w[0], PANGO_ALIGN_LEFT, num);
  b->aux[2] = text_get (self, STYLE_CELL, w[2], PANGO_ALIGN_LEFT, goal->str);
  if (who->len > 0 || !table_is_narrow (self))
    b->aux[3] = text_get (self, STYLE_CELL, w[3], PANGO_ALIGN_LEFT, who->str);
  b->main_x = x[1];
  b->pad_top = 7 * self->unit;
  b->pad_bottom = 7 * self->unit;
  b->head = head;
  if (table_is_narrow (self) && b->aux[3] != NULL)
    b->aux_y[3] = MAX (b->main->height, b->aux[2]->height) + 2 * self->unit;
  block_finish (b);

  g_string_free (promise, TRUE);
  g_string_free (goal, TRUE);
  g_string_free (who, TRUE);
}

static void
build_standards (CharterLayout *self)
{
  static const char * const pillars[] = { "happen", "easy", "better", NULL };
  guint n = charter_document_get_n_items (self->document, CHARTER_LIST_STANDARDS);
  guint number = 0;
  int head;

  if (n == 0)
    return;

  add_h1 (self, CHARTER_LABEL_STANDARDS);
  head = add_table_head (self);

  /* Grouped by pillar; standards without a known one go with the first. */
  for (guint p = 0; pillars[p] != NULL; p++)
    {
      gboolean titled = FALSE;

      for (guint i = 0; i < n; i++)
        {
          CharterItem *s = charter_document_get_item (self->document, CHARTER_LIST_STANDARDS, i);
          const char *pillar = charter_item_get (s, CHARTER_STANDARD_PILLAR);

          if (!(g_strcmp0 (pillar, pillars[p]) == 0 ||
                (p == 0 && !g_strv_contains (pillars, pillar))))
            continue;

          if (!titled)
            {
              Block *g = block_add (self, BLOCK_GROUP,
                                    text_plain (self, STYLE_GROUP, self->content_width,
                                                charter_label (self->language, charter_label_for_pillar (pillars[p]))),
                                    0);

              g->pad_top = 9 * self->unit;
              g->pad_bottom = 3 * self->unit;
              g->keep_with_next = TRUE;
              g->head = head;
              block_finish (g);
              titled = TRUE;
            }
          add_standard_row (self, s, ++number, head);
        }
    }
}

static void
build_list (CharterLayout   *self,
            CharterListKind  kind,
            CharterLabel     heading)
{
  guint n = charter_document_get_n_items (self->document, kind);

  if (n == 0)
    return;

  add_h1 (self, heading);
  for (guint i = 0; i < n; i++)
    add_bullet (self, charter_item_get (charter_document_get_item (self->document, kind, i), CHARTER_TEXT_TEXT));
}

static void
add_implementation_rows (CharterLayout *self)
{
  static const struct { CharterField field; CharterLabel label; } rows[] = {
    { CHARTER_FIELD_INDUCTION, CHARTER_LABEL_INDUCTION },
    { CHARTER_FIELD_SUPERVISION, CHARTER_LABEL_SUPERVISION },
    { CHARTER_FIELD_COMMUNICATION, CHARTER_LABEL_COMMUNICATION },
    { CHARTER_FIELD_QUALITY, CHARTER_LABEL_QUALITY },
    { CHARTER_FIELD_TRAINING, CHARTER_LABEL_TRAINING },
    { CHARTER_FIELD_CHARTER_OWNER, CHARTER_LABEL_CHARTER_OWNER },
  };

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    add_kv (self, rows[i].label, field (self, rows[i].field));
}

static void
build_implementation (CharterLayout *self)
{
  if (!any_field (self->document, CHARTER_FIELD_INDUCTION, CHARTER_FIELD_CHARTER_OWNER))
    return;

  add_h1 (self, CHARTER_LABEL_IMPLEMENTATION);
  add_implementation_rows (self);
}

/* Induction: the implementation section on its own page, addressed to
 * the new starter, with the headline standards and who owns each. */
static void
build_role (CharterLayout *self)
{
  g_autoptr(GPtrArray) standards = charter_headline_standards (self->document);
  g_autofree char *bullet = g_strdup_printf ("<span foreground=\"%s\">•</span>", self->accent_hex);

  add_h1 (self, CHARTER_LABEL_FOR_YOUR_ROLE);
  g_array_index (self->blocks, Block, self->blocks->len - 1).page_break = TRUE;
  add_paragraph (self, charter_label (self->language, CHARTER_LABEL_ROLE_INTRO));
  add_implementation_rows (self);

  if (standards->len == 0)
    return;

  add_h2 (self, charter_label (self->language, CHARTER_LABEL_PROMISES_YOU_KEEP));
  for (guint i = 0; i < standards->len; i++)
    {
      CharterItem *s = standards->pdata[i];
      const char *owner = charter_item_get (s, CHARTER_STANDARD_OWNER);
      g_autofree char *target = charter_standard_target (s);
      g_autofree char *detail = g_strdup_printf ("%s%s%s%s%s", target, *target && *owner ? " · " : "",
                                                 *owner ? charter_label (self->language, CHARTER_LABEL_OWNER) : "",
                                                 *owner ? ": " : "", owner);
      g_autofree char *text = g_markup_escape_text (charter_item_get (s, CHARTER_STANDARD_TEXT), -1);
      g_autofree char *small = small_span (self, detail);
      g_autofree char *markup = g_strdup_printf ("%s%s%s", text, *detail ? "\n" : "", *detail ? small : "");

      add_item (self, bullet, markup, 6);
    }
}

static void
add_stage (CharterLayout *self,
           CharterItem   *stage,
           guint          number)
{
  static const struct { guint field; CharterLabel label; } rows[] = {
    { CHARTER_STAGE_HANDLER, CHARTER_LABEL_HANDLED_BY },
    { CHARTER_STAGE_ACKNOWLEDGE, CHARTER_LABEL_ACKNOWLEDGE },
    { CHARTER_STAGE_RESOLVE, CHARTER_LABEL_RESOLVE },
  };
  double indent = 30 * self->unit;
  g_autofree char *title = charter_label_printf (self->language, CHARTER_LABEL_STAGE, number);
  g_autofree char *num = g_strdup_printf ("%u", number);
  GString *markup = g_string_new (NULL);
  char *part;
  Block *b;

  part = g_markup_printf_escaped ("<span foreground=\"" MUTED_HEX "\" size=\"%d\">%s</span>\n<b>%s</b>",
                                  (int) round (self->sizes[STYLE_SMALL] * PANGO_SCALE),
                                  title, charter_item_get (stage, CHARTER_STAGE_NAME));
  g_string_append (markup, part);
  g_free (part);
  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      const char *value = charter_item_get (stage, rows[i].field);

      if (*value == '\0')
        continue;
      part = g_markup_printf_escaped ("\n%s: %s", charter_label (self->language, rows[i].label), value);
      g_string_append (markup, part);
      g_free (part);
    }

  b = block_add (self, BLOCK_STAGE, text_get (self, STYLE_BODY, self->content_width - indent, PANGO_ALIGN_LEFT, markup->str), 10);
  b->aux[0] = text_get (self, STYLE_MARKER, 20 * self->unit, PANGO_ALIGN_CENTER, num);
  b->main_x = indent;
  block_finish (b);
  g_string_free (markup, TRUE);
}

static void
build_feedback (CharterLayout *self)
{
  guint n = charter_document_get_n_items (self->document, CHARTER_LIST_STAGES);

  if (!any_field (self->document, CHARTER_FIELD_FEEDBACK, CHARTER_FIELD_REMEDIES) && n == 0)
    return;

  add_h1 (self, CHARTER_LABEL_FEEDBACK);
  add_kv (self, CHARTER_LABEL_TELL_US, field (self, CHARTER_FIELD_FEEDBACK));
  add_kv (self, CHARTER_LABEL_EXCEEDED, field (self, CHARTER_FIELD_EXCEEDED));
  add_kv (self, CHARTER_LABEL_MISSED, field (self, CHARTER_FIELD_MISSED));

  if (n > 0)
    add_h2 (self, charter_label (self->language, CHARTER_LABEL_COMPLAINTS));
  for (guint i = 0; i < n; i++)
    add_stage (self, charter_document_get_item (self->document, CHARTER_LIST_STAGES, i), i + 1);

  if (any_field (self->document, CHARTER_FIELD_COMPLAINT_POST, CHARTER_FIELD_COMPLAINT_EMAIL))
    {
      add_h2 (self, charter_label (self->language, CHARTER_LABEL_CONTACT_US));
      add_kv (self, CHARTER_LABEL_POST, field (self, CHARTER_FIELD_COMPLAINT_POST));
      add_kv (self, CHARTER_LABEL_PHONE, field (self, CHARTER_FIELD_COMPLAINT_PHONE));
      add_kv_link (self, CHARTER_LABEL_EMAIL, field (self, CHARTER_FIELD_COMPLAINT_EMAIL), TRUE);
    }

  add_kv (self, CHARTER_LABEL_ESCALATION, field (self, CHARTER_FIELD_ESCALATION));
  add_kv (self, CHARTER_LABEL_REMEDIES, field (self, CHARTER_FIELD_REMEDIES));
}

static void
build_review (CharterLayout *self)
{
  guint n_changes = charter_document_get_n_items (self->document, CHARTER_LIST_CHANGES);
  guint n_published = charter_document_get_n_items (self->document, CHARTER_LIST_PUBLISHED);
  guint n_formats = charter_document_get_n_items (self->document, CHARTER_LIST_FORMATS);

  if (!any_field (self->document, CHARTER_FIELD_VERSION, CHARTER_FIELD_APPROVAL_DATE) &&
      n_changes + n_published + n_formats == 0)
    return;

  add_h1 (self, CHARTER_LABEL_REVIEW);
  add_kv (self, CHARTER_LABEL_VERSION, field (self, CHARTER_FIELD_VERSION));
  add_kv (self, CHARTER_LABEL_EFFECTIVE, field (self, CHARTER_FIELD_EFFECTIVE_DATE));
  add_kv (self, CHARTER_LABEL_NEXT_REVIEW, field (self, CHARTER_FIELD_REVIEW_DATE));

  if (any_field (self->document, CHARTER_FIELD_APPROVER_NAME, CHARTER_FIELD_APPROVAL_DATE))
    {
      GString *approver = g_string_new (field (self, CHARTER_FIELD_APPROVER_NAME));

      if (*field (self, CHARTER_FIELD_APPROVER_ROLE) != '\0')
        g_string_append_printf (approver, "%s%s", approver->len ? ", " : "", field (self, CHARTER_FIELD_APPROVER_ROLE));
      if (*field (self, CHARTER_FIELD_APPROVAL_DATE) != '\0')
        g_string_append_printf (approver, "%s%s", approver->len ? ", " : "", field (self, CHARTER_FIELD_APPROVAL_DATE));
      add_kv (self, CHARTER_LABEL_APPROVED_BY, approver->str);
      g_string_free (approver, TRUE);
    }

  if (n_changes > 0)
    add_h2 (self, charter_label (self->language, CHARTER_LABEL_CHANGES));
  for (guint i = 0; i < n_changes; i++)
    {
      CharterItem *c = charter_document_get_item (self->document, CHARTER_LIST_CHANGES, i);
      g_autofree char *marker = g_markup_printf_escaped ("<b>%s</b>", charter_item_get (c, CHARTER_CHANGE_VERSION));
      g_autofree char *date = small_span (self, charter_item_get (c, CHARTER_CHANGE_DATE));
      g_autofree char *text = g_markup_escape_text (charter_item_get (c, CHARTER_CHANGE_TEXT), -1);
      g_autofree char *markup = g_strdup_printf ("%s%s%s", date, *date ? "  " : "", text);
      double lw = label_width (self);
      double gap = 12 * self->unit;
      Block *b;

      b = block_add (self, BLOCK_KV,
                     text_get (self, STYLE_BODY, self->content_width - lw - gap, PANGO_ALIGN_LEFT, markup), 5);
      b->aux[0] = text_get (self, STYLE_LABEL, lw, PANGO_ALIGN_LEFT, marker);
      align_first_baseline (b, 0);
      b->main_x = lw + gap;
      b->splittable = TRUE;
      block_finish (b);
    }

  if (n_published > 0)
    add_h2 (self, charter_label (self->language, CHARTER_LABEL_PUBLISHED));
  for (guint i = 0; i < n_published; i++)
    add_bullet (self, charter_item_get (charter_document_get_item (self->document, CHARTER_LIST_PUBLISHED, i),
                                        CHARTER_TEXT_TEXT));

  if (n_formats > 0)
    add_h2 (self, charter_label (self->language, CHARTER_LABEL_FORMATS));
  for (guint i = 0; i < n_formats; i++)
    add_bullet (self, charter_item_get (charter_document_get_item (self->document, CHARTER_LIST_FORMATS, i),
                                        CHARTER_TEXT_TEXT));
}

/* Colours */

static void
update_colours (CharterLayout *self)
{
  /* The same accent and tint as the posters and cards: a pale brand
   * colour is darkened for text and lightened for fills. */
  charter_colours_for (self->document, &self->colours);

  g_snprintf (self->accent_hex, sizeof self->accent_hex, "#%02x%02x%02x",
              (guint) round (self->colours.accent[0] * 255), (guint) round (self->colours.accent[1] * 255),
              (guint) round (self->colours.accent[2] * 255));
}

static void
update_logo (CharterLayout *self)
{
  const char *mime = NULL;
  GBytes *bytes = charter_document_get_logo (self->document, &mime);
  double max_w = 150 * self->unit;
  double max_h = 62 * self->unit;
  double w, h;

  if (bytes == NULL)
    {
      g_clear_pointer (&self->logo_bytes, g_bytes_unref);
      g_clear_pointer (&self->logo, cairo_surface_destroy);
      return;
    }

  if (self->logo_bytes == NULL || !g_bytes_equal (bytes, self->logo_bytes))
    {
      g_clear_pointer (&self->logo, cairo_surface_destroy);
      g_clear_pointer (&self->logo_bytes, g_bytes_unref);
      self->logo_bytes = g_bytes_ref (bytes);
      /* A logo that does not decode is left out rather than failing the
       * whole document: the rest of the charter still prints. */
      self->logo = charter_logo_decode (bytes, mime, NULL);
    }

  if (self->logo == NULL)
    return;

  charter_logo_get_size (self->logo, &w, &h);
  if (w <= 0 || h <= 0)
    {
      g_clear_pointer (&self->logo, cairo_surface_destroy);
      return;
    }
  self->logo_height = MIN (max_h, h * max_w / w);
  self->logo_width = w * self->logo_height / h;
}

/* Pagination */

static double
fragment_height (const Block *b,
                 guint        first,
                 guint        end)
{
  double inner = b->main->line_top[end] - b->main->line_top[first];

  if (first == 0)
    for (guint i = 0; i < G_N_ELEMENTS (b->aux); i++)
      if (b->aux[i] != NULL && end == b->main->n_lines)
        inner = MAX (inner, b->aux_y[i] + b->aux[i]->height);

  return (first == 0 ? b->pad_top : 0) + inner + (end == b->main->n_lines ? b->pad_bottom : 0);
}

/* The least of @b that must go on a page: a whole block, or a paragraph's
 * first two lines (all of a paragraph of three lines or fewer). */
static double
first_need (const Block *b)
{
  guint n;

  if (!b->splittable || b->main == NULL)
    return b->height;

  n = b->main->n_lines;
  return fragment_height (b, 0, n <= 3 ? n : 2);
}

static double
chain_need (CharterLayout *self,
            guint          index,
            double         squeeze)
{
  double need = 0;

  for (guint i = index; i < self->blocks->len; i++)
    {
      const Block *b = &g_array_index (self->blocks, Block, i);
      double space = i == index ? 0 : b->space_before * squeeze;

      if (!b->keep_with_next)
        return need + space + first_need (b);
      need += space + b->height;
    }
  return need;
}

static GArray *
page_new (CharterLayout *self)
{
  GArray *page = g_array_new (FALSE, FALSE, sizeof (Placement));

  g_ptr_array_add (self->pages, page);
  return page;
}

static void
place (GArray *page,
       guint   block,
       double  y,
       guint   first,
       guint   end)
{
  Placement p = { block, y, first, end };

  g_array_append_val (page, p);
}

/* Lays the blocks out on pages, with the space between blocks times
 * @squeeze; returns how much of the last page is used. */
static double
paginate (CharterLayout *self,
          double         squeeze)
{
  double top = self->margin_top;
  double bottom = self->paper->height - self->margin_bottom;
  double body = bottom - top;
  GArray *page;
  double y = top;

  g_ptr_array_set_size (self->pages, 0);
  page = page_new (self);

  for (guint i = 0; i < self->blocks->len; i++)
    {
      Block *b = &g_array_index (self->blocks, Block, i);
      double space = y == top ? 0 : b->space_before * squeeze;
      double need = b->keep_with_next ? chain_need (self, i, squeeze) : first_need (b);
      gboolean split = b->main != NULL && (b->splittable || b->height > body);
      guint n, first;

      if ((y + space + need > bottom || b->page_break) && y > top)
        {
          page = page_new (self);
          y = top;
          space = 0;
        }

      /* A table continued on a new page repeats its column heads. */
      if (y == top && b->head >= 0)
        {
          const Block *head = &g_array_index (self->blocks, Block, b->head);

          place (page, b->head, y, 0, 0);
          y += head->height;
        }

      if (b->section >= 0)
        {
          Section *s = &g_array_index (self->sections, Section, b->section);

          s->page = self->pages->len - 1;
          s->y = y + space;
        }

      if (!split)
        {
          place (page, i, y + space, 0, b->main ? b->main->n_lines : 0);
          y += space + b->height;
          continue;
        }

      y += space;
      n = b->main->n_lines;
      first = 0;
      while (first < n)
        {
          guint k = 0;

          while (first + k < n && y + fragment_height (b, first, first + k + 1) <= bottom)
            k++;

          if (first + k < n)
            {
              /* No widow: at least two lines go over. No orphan: at least
               * two lines stay, unless the page would otherwise be empty. */
              if (n - first - k < 2)
                k = k >= 3 ? k - 1 : 0;
              if (k < 2 && y > top)
                k = 0;
              if (k == 0 && y == top)
                k = 1;
            }

          if (k > 0)
            {
              place (page, i, y, first, first + k);
              y += fragment_height (b, first, first + k);
              first += k;
            }
          if (first < n)
            {
              page = page_new (self);
              y = top;
            }
        }
    }
  return y - top;
}

/* A last page holding only a few lines (a runt) looks like something was
 * forgotten: when slightly tighter spacing between blocks, the same on
 * every page, takes a page less, that spacing is used. */
#define RUNT_SHARE 0.2

static void
paginate_without_runt (CharterLayout *self)
{
  static const double squeezes[] = { 0.85, 0.7 };
  double body = self->paper->height - self->margin_top - self->margin_bottom;
  double used = paginate (self, 1.0);
  guint n_pages = self->pages->len;

  if (n_pages < 2 || used > RUNT_SHARE * body)
    return;
  for (guint i = 0; i < G_N_ELEMENTS (squeezes); i++)
    {
      paginate (self, squeezes[i]);
      if (self->pages->len < n_pages)
        return;
    }
  /* Nothing saved a page: back to the regular spacing. */
  paginate (self, 1.0);
}

static void
add_acknowledgement_page (CharterLayout *self)
{
  Section s = { g_strdup (charter_label (self->language, CHARTER_LABEL_ACKNOWLEDGEMENT)), 0, self->margin_top };

  g_clear_pointer (&self->acknowledgement, charter_acknowledgement_free);
  self->acknowledgement = charter_acknowledgement_new (self->document, self->paper->width,
                                                       self->margin_x, self->margin_top, self->unit);
  page_new (self);
  s.page = self->pages->len - 1;
  g_array_append_val (self->sections, s);
}

static void
update_sections (CharterLayout *self)
{
  g_array_set_size (self->public_sections, 0);
  for (guint i = 0; i < self->sections->len; i++)
    {
      const Section *s = &g_array_index (self->sections, Section, i);
      CharterLayoutSection out = { s->title, s->page, s->y };

      g_array_append_val (self->public_sections, out);
    }
}

static gboolean
text_unused (gpointer key,
             gpointer value,
             gpointer user_data)
{
  const Text *t = value;

  return t->generation != GPOINTER_TO_UINT (user_data);
}

void
charter_layout_update (CharterLayout *self)
{
  const char *lang;

  g_return_if_fail (CHARTER_IS_LAYOUT (self));

  self->generation++;
  g_clear_pointer (&self->product, charter_product_free);
  g_clear_pointer (&self->acknowledgement, charter_acknowledgement_free);

  if (self->kind == CHARTER_LAYOUT_POSTER || self->kind == CHARTER_LAYOUT_CARD)
    {
      self->product = self->kind == CHARTER_LAYOUT_POSTER ? charter_poster_new (self->document, self->paper)
                                                           : charter_card_new (self->document, self->paper);
      g_array_set_size (self->blocks, 0);
      g_array_set_size (self->sections, 0);
      g_ptr_array_set_size (self->pages, 0);
      update_sections (self);
      g_hash_table_remove_all (self->cache);
      return;
    }

  lang = charter_document_get_language (self->document);
  if (g_strcmp0 (lang, self->language) != 0)
    {
      g_free (self->language);
      self->language = g_strdup (lang);
      pango_context_set_language (self->context, pango_language_from_string (lang && *lang ? lang : "en"));
      g_hash_table_remove_all (self->cache);
      memset (self->spacing, 0, sizeof self->spacing);
    }
  g_free (self->version);
  self->version = g_strdup (field (self, CHARTER_FIELD_VERSION));
  g_free (self->effective);
  self->effective = g_strdup (field (self, CHARTER_FIELD_EFFECTIVE_DATE));

  update_colours (self);
  update_logo (self);

  g_array_set_size (self->blocks, 0);
  g_array_set_size (self->sections, 0);

  build_cover (self);
  build_about (self);
  build_purpose (self);
  build_scope (self);
  build_standards (self);
  build_list (self, CHARTER_LIST_RIGHTS, CHARTER_LABEL_RIGHTS);
  build_list (self, CHARTER_LIST_RESPONSIBILITIES, CHARTER_LABEL_RESPONSIBILITIES);
  if (self->kind != CHARTER_LAYOUT_INDUCTION)
    build_implementation (self);
  build_feedback (self);
  build_review (self);
  if (self->kind == CHARTER_LAYOUT_INDUCTION)
    build_role (self);

  paginate_without_runt (self);
  if (self->kind == CHARTER_LAYOUT_INDUCTION)
    add_acknowledgement_page (self);
  update_sections (self);

  g_hash_table_foreach_remove (self->cache, text_unused, GUINT_TO_POINTER (self->generation));
}

CharterLayout *
charter_layout_new (CharterDocument        *document,
                    const CharterPageSetup *setup)
{
  CharterLayout *self;

  g_return_val_if_fail (CHARTER_IS_DOCUMENT (document), NULL);

  self = g_object_new (CHARTER_TYPE_LAYOUT, NULL);
  self->document = g_object_ref (document);
  apply_setup (self, setup);
  charter_layout_update (self);

  return self;
}

void
charter_layout_set_setup (CharterLayout          *self,
                          const CharterPageSetup *setup)
{
  g_return_if_fail (CHARTER_IS_LAYOUT (self));

  apply_setup (self, setup);
  charter_layout_update (self);
}

guint
charter_layout_get_n_pages (CharterLayout *self)
{
  g_return_val_if_fail (CHARTER_IS_LAYOUT (self), 0);

  if (self->product != NULL)
    return self->product->klass->get_n_pages (self->product);
  return self->pages->len;
}

void
charter_layout_get_page_size (CharterLayout *self,
                              double        *width,
                              double        *height)
{
  g_return_if_fail (CHARTER_IS_LAYOUT (self));

  if (width != NULL)
    *width = self->product ? self->product->width : self->paper->width;
  if (height != NULL)
    *height = self->product ? self->product->height : self->paper->height;
}

void
charter_layout_set_staff (CharterLayout            *self,
                          const CharterStaffMember *member)
{
  g_return_if_fail (CHARTER_IS_LAYOUT (self));

  g_clear_pointer (&self->staff, charter_staff_member_free);
  if (member != NULL)
    self->staff = charter_staff_member_copy (member);
}

void
charter_layout_get_content_area (CharterLayout *self,
                                 double        *x,
                                 double        *y,
                                 double        *width,
                                 double        *height)
{
  g_return_if_fail (CHARTER_IS_LAYOUT (self));

  if (x != NULL)
    *x = self->margin_x;
  if (y != NULL)
    *y = self->margin_top;
  if (width != NULL)
    *width = self->content_width;
  if (height != NULL)
    *height = self->paper->height - self->margin_top - self->margin_bottom;
}

const CharterLayoutSection *
charter_layout_get_sections (CharterLayout *self,
                             guint         *n_sections)
{
  g_return_val_if_fail (CHARTER_IS_LAYOUT (self), NULL);

  if (n_sections != NULL)
    *n_sections = self->public_sections->len;
  return (const CharterLayoutSection *) (gpointer) self->public_sections->data;
}

/* Drawing */

static void
set_rgb (cairo_t      *cr,
         const double  rgb[3])
{
  cairo_set_source_rgb (cr, rgb[0], rgb[1], rgb[2]);
}

static void
draw_lines (cairo_t    *cr,
            const Text *t,
            double      x,
            double      y,
            guint       first,
            guint       end)
{
  for (guint l = first; l < end; l++)
    {
      cairo_move_to (cr, x + t->line_x[l], y + t->baseline[l] - t->line_top[first]);
      pango_cairo_show_layout_line (cr, pango_layout_get_line_readonly (t->layout, l));
    }
}

static void
draw_text (cairo_t    *cr,
           const Text *t,
           double      x,
           double      y)
{
  draw_lines (cr, t, x, y, 0, t->n_lines);
}

static void
hline (cairo_t      *cr,
       const double  rgb[3],
       double        x,
       double        y,
       double        width,
       double        thickness)
{
  set_rgb (cr, rgb);
  cairo_rectangle (cr, x, y, width, thickness);
  cairo_fill (cr);
}

static void
draw_logo (CharterLayout *self,
           cairo_t       *cr,
           double         x,
           double         y)
{
  double w, h;

  charter_logo_get_size (self->logo, &w, &h);
  cairo_save (cr);
  cairo_translate (cr, x, y);
  cairo_scale (cr, self->logo_width / w, self->logo_height / h);
  cairo_set_source_surface (cr, self->logo, 0, 0);
  cairo_pattern_set_filter (cairo_get_source (cr), CAIRO_FILTER_GOOD);
  cairo_rectangle (cr, 0, 0, w, h);
  cairo_fill (cr);
  cairo_restore (cr);
}

/* cairo 1.16 writes link annotations that make the PDF fail qpdf --check
 * (fixed in 1.18); older cairo prints the same page without links. */
static void
link_begin (cairo_t    *cr,
            const char *uri)
{
#if CAIRO_VERSION >= CAIRO_VERSION_ENCODE (1, 18, 0)
  if (uri != NULL)
    {
      g_autofree char *attributes = g_strdup_printf ("uri='%s'", uri);

      cairo_tag_begin (cr, CAIRO_TAG_LINK, attributes);
    }
#else
  (void) cr;
  (void) uri;
#endif
}

static void
link_end (cairo_t    *cr,
          const char *uri)
{
#if CAIRO_VERSION >= CAIRO_VERSION_ENCODE (1, 18, 0)
  if (uri != NULL)
    cairo_tag_end (cr, CAIRO_TAG_LINK);
#else
  (void) cr;
  (void) uri;
#endif
}

static void
draw_placement (CharterLayout   *self,
                cairo_t         *cr,
                const Placement *p)
{
  const Block *b = &g_array_index (self->blocks, Block, p->block);
  double x = self->margin_x;
  double y = p->y;
  double w = self->content_width;
  gboolean first = p->first_line == 0;
  gboolean last = b->main == NULL || p->end_line == b->main->n_lines;
  double main_y = y + (first ? b->pad_top : 0);
  double height = b->main ? fragment_height (b, p->first_line, p->end_line) : b->height;

  switch (b->kind)
    {
    case BLOCK_COVER:
      hline (cr, self->colours.brand, x, y - 14 * self->unit, w, 3.5 * self->unit);
      if (self->logo != NULL)
        draw_logo (self, cr, x, y);
      set_rgb (cr, self->colours.accent);
      draw_text (cr, b->aux[0], x + b->main_x, y);
      set_rgb (cr, ink);
      break;

    case BLOCK_PURPOSE:
      hline (cr, self->colours.brand, x, y, 4 * self->unit, height);
      set_rgb (cr, self->colours.accent);
      break;

    case BLOCK_H1:
      set_rgb (cr, self->colours.accent);
      break;

    case BLOCK_H2:
      set_rgb (cr, ink);
      break;

    case BLOCK_ITEM:
    case BLOCK_KV:
      if (first)
        {
          set_rgb (cr, b->kind == BLOCK_KV ? muted : ink);
          draw_text (cr, b->aux[0], x, y + b->pad_top + b->aux_y[0]);
        }
      set_rgb (cr, ink);
      break;

    case BLOCK_TABLE_HEAD:
      {
        double cx[4], cw[4];

        table_columns (self, cx, cw);
        set_rgb (cr, self->colours.tint);
        cairo_rectangle (cr, x, y, w, b->height);
        cairo_fill (cr);
        hline (cr, self->colours.accent, x, y + b->height - 1.2, w, 1.2);
        set_rgb (cr, self->colours.accent);
        for (guint i = 1; i < 4; i++)
          if (b->aux[i] != NULL)
            draw_text (cr, b->aux[i], x + cx[i], y + b->pad_top);
      }
      break;

    case BLOCK_GROUP:
      set_rgb (cr, self->colours.accent);
      break;

    case BLOCK_ROW:
      {
        double cx[4], cw[4];

        table_columns (self, cx, cw);
        if (first)
          {
            set_rgb (cr, ink);
            for (guint i = 0; i < 4; i++)
              if (b->aux[i] != NULL)
                draw_text (cr, b->aux[i], x + cx[i], y + b->pad_top + b->aux_y[i]);
          }
        if (last)
          hline (cr, rule_grey, x, y + height - 0.6, w, 0.6);
        set_rgb (cr, ink);
      }
      break;

    case BLOCK_STAGE:
      if (first)
        {
          double r = 11 * self->unit;

          set_rgb (cr, self->colours.accent);
          cairo_arc (cr, x + r, main_y + r, r, 0, 2 * G_PI);
          cairo_fill (cr);
          cairo_set_source_rgb (cr, 1, 1, 1);
          draw_text (cr, b->aux[0], x + r - 10 * self->unit, main_y + r - b->aux[0]->height / 2);
        }
      set_rgb (cr, ink);
      break;

    case BLOCK_TEXT:
    default:
      set_rgb (cr, ink);
      break;
    }

  if (b->main != NULL && p->end_line > p->first_line)
    {
      link_begin (cr, b->uri);
      draw_lines (cr, b->main, x + b->main_x, main_y, p->first_line, p->end_line);
      link_end (cr, b->uri);
    }

  if (b->kind == BLOCK_H1)
    hline (cr, rule_grey, x, main_y + b->main->height + 5 * self->unit, w, 0.8);
}

static void
draw_footer (CharterLayout *self,
             cairo_t       *cr,
             guint          page)
{
  GString *text = g_string_new (NULL);
  g_autofree char *page_of = charter_label_printf (self->language, CHARTER_LABEL_PAGE_OF,
                                                   page + 1, self->pages->len);
  PangoLayout *layout = pango_layout_new (self->context);
  double y = self->paper->height - self->margin_bottom * 0.55;
  PangoRectangle logical;

  g_string_append (text, page_of);
  if (self->version && *self->version)
    g_string_append_printf (text, " · %s %s", charter_label (self->language, CHARTER_LABEL_VERSION), self->version);
  if (self->effective && *self->effective)
    g_string_append_printf (text, " · %s %s", charter_label (self->language, CHARTER_LABEL_EFFECTIVE), self->effective);

  pango_layout_set_font_description (layout, self->fonts[STYLE_FOOTER]);
  pango_layout_set_width (layout, (int) (self->content_width * PANGO_SCALE));
  pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_text (layout, text->str, -1);
  pango_layout_get_extents (layout, NULL, &logical);

  hline (cr, rule_grey, self->margin_x, y - 8 * self->unit, self->content_width, 0.6);
  set_rgb (cr, muted);
  cairo_move_to (cr, self->margin_x, y);
  pango_cairo_show_layout (cr, layout);

  g_object_unref (layout);
  g_string_free (text, TRUE);
}

void
charter_layout_draw_page (CharterLayout *self,
                          cairo_t       *cr,
                          guint          page)
{
  GArray *placements;

  g_return_if_fail (CHARTER_IS_LAYOUT (self));
  g_return_if_fail (cr != NULL);
  g_return_if_fail (page < charter_layout_get_n_pages (self));

  if (self->product != NULL)
    {
      self->product->klass->draw_page (self->product, cr, page);
      return;
    }

  placements = g_ptr_array_index (self->pages, page);

  cairo_save (cr);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_rectangle (cr, 0, 0, self->paper->width, self->paper->height);
  cairo_fill (cr);

  if (self->acknowledgement != NULL && page == self->pages->len - 1)
    charter_acknowledgement_draw (self->acknowledgement, cr, self->staff);
  for (guint i = 0; i < placements->len; i++)
    draw_placement (self, cr, &g_array_index (placements, Placement, i));
  draw_footer (self, cr, page);

  cairo_restore (cr);
}
