/* charter-export.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include <cairo-pdf.h>
#include <cairo-svg.h>

#include "charter-card.h"
#include "charter-export.h"
#include "charter-format.h"
#include "charter-report.h"
#include "charter-html.h"
#include "charter-labels.h"
#include "charter-layout.h"
#include "charter-text.h"

/* Pixel density of PNG pages: sharp on screen, fine for proofs. */
#define PNG_DPI 150.0

static const char * const extensions[CHARTER_N_EXPORT_FORMATS] = {
  [CHARTER_EXPORT_CHARTER] = "charter",
  [CHARTER_EXPORT_TEXT] = "txt",
  [CHARTER_EXPORT_PDF] = "pdf",
  [CHARTER_EXPORT_PNG] = "png",
  [CHARTER_EXPORT_SVG] = "svg",
  [CHARTER_EXPORT_HTML] = "html",
};

int
charter_export_format_from_name (const char *name)
{
  g_return_val_if_fail (name != NULL, -1);

  for (guint i = 0; i < CHARTER_N_EXPORT_FORMATS; i++)
    if (g_ascii_strcasecmp (name, extensions[i]) == 0)
      return i;

  if (g_ascii_strcasecmp (name, "text") == 0)
    return CHARTER_EXPORT_TEXT;
  if (g_ascii_strcasecmp (name, "htm") == 0)
    return CHARTER_EXPORT_HTML;

  return -1;
}

int
charter_export_format_from_path (const char *path)
{
  const char *dot;

  g_return_val_if_fail (path != NULL, -1);

  dot = strrchr (path, '.');
  if (dot == NULL || strchr (dot, G_DIR_SEPARATOR) != NULL)
    return -1;

  return charter_export_format_from_name (dot + 1);
}

const char *
charter_export_format_extension (CharterExportFormat format)
{
  g_return_val_if_fail (format < CHARTER_N_EXPORT_FORMATS, NULL);
  return extensions[format];
}

gboolean
charter_export_check_options (const CharterExportOptions *options,
                              GError                    **error)
{
  int kind;

  if (options == NULL)
    return TRUE;

  if (options->paper != NULL && g_ascii_strcasecmp (options->paper, "card") == 0)
    {
      if (options->layout == NULL || charter_layout_kind_from_name (options->layout) != CHARTER_LAYOUT_CARD)
        {
          g_set_error (error, CHARTER_ERROR, CHARTER_ERROR_USAGE,
                       _("the “card” paper is for the card layout; use --layout card"));
          return FALSE;
        }
    }
  else if (options->paper != NULL && charter_paper_lookup (options->paper) == NULL)
    {
      g_set_error (error, CHARTER_ERROR, CHARTER_ERROR_USAGE,
                   _("unknown paper size “%s”; use a4, letter, a5, a3 or (for cards) card"), options->paper);
      return FALSE;
    }

  /* The achievement report has its own renderer and checks. */
  if (options->layout == NULL || g_ascii_strcasecmp (options->layout, "report") == 0)
    return TRUE;

  kind = charter_layout_kind_from_name (options->layout);
  if (kind < 0)
    {
      g_set_error (error, CHARTER_ERROR, CHARTER_ERROR_USAGE,
                   _("unknown layout “%s”; use document, poster, card, induction or report"), options->layout);
      return FALSE;
    }
  if (options->staff != NULL && kind != CHARTER_LAYOUT_INDUCTION)
    {
      g_set_error (error, CHARTER_ERROR, CHARTER_ERROR_USAGE,
                   _("a staff list is for the induction layout; use --layout induction"));
      return FALSE;
    }

  return TRUE;
}

static CharterLayout *
layout_for (CharterDocument            *document,
            const CharterExportOptions *options)
{
  CharterPageSetup setup = { 0 };
  int kind = options && options->layout ? charter_layout_kind_from_name (options->layout) : -1;

  setup.kind = kind >= 0 ? kind : CHARTER_LAYOUT_DOCUMENT;
  if (options && options->paper && g_ascii_strcasecmp (options->paper, "card") == 0)
    setup.paper = charter_card_paper ();
  else
    setup.paper = options && options->paper ? charter_paper_lookup (options->paper) : NULL;
  setup.large_print = options ? options->large_print : FALSE;

  return charter_layout_new (document, &setup);
}

static cairo_status_t
append_bytes (void                *closure,
              const unsigned char *data,
              unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

static gboolean
surface_done (cairo_surface_t  *surface,
              GError          **error)
{
  cairo_status_t status;

  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, CHARTER_ERROR, CHARTER_ERROR_FAILED,
                   _("drawing failed: %s"), cairo_status_to_string (status));
      return FALSE;
    }
  return TRUE;
}

static gboolean
write_bytes (const char  *path,
             GByteArray  *bytes,
             GError     **error)
{
  gboolean ok = charter_file_replace (path, bytes->data, bytes->len, error);

  g_byte_array_unref (bytes);
  return ok;
}

/* PDF dates are written as ISO 8601; SOURCE_DATE_EPOCH makes builds and
 * tests reproducible. */
static char *
pdf_date_now (void)
{
  const char *epoch = g_getenv ("SOURCE_DATE_EPOCH");
  g_autoptr(GDateTime) now = NULL;

  if (epoch != NULL && *epoch != '\0')
    now = g_date_time_new_from_unix_utc (g_ascii_strtoll (epoch, NULL, 10));
  if (now == NULL)
    now = g_date_time_new_now_utc ();

  return g_date_time_format (now, "%Y-%m-%dT%H:%M:%S");
}

static void
set_pdf_metadata (cairo_surface_t *surface,
                  CharterDocument *document,
                  CharterLabel     what)
{
  const char *lang = charter_document_get_language (document);
  const char *name = charter_document_get (document, CHARTER_FIELD_NAME);
  const char *kind = charter_label (lang, what);
  g_autofree char *title = *name ? g_strdup_printf ("%s — %s", name, kind) : g_strdup (kind);
  g_autofree char *date = pdf_date_now ();
  const char *purpose = charter_document_get (document, CHARTER_FIELD_PURPOSE);

  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title);
  if (*name != '\0')
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_AUTHOR, name);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_SUBJECT, *purpose ? purpose : kind);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Charter " PACKAGE_VERSION);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATE_DATE, date);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_MOD_DATE, date);
}

/* Draws every page of @layout after the @first pages already in the PDF,
 * with its sections in the outline under @parent. */
static void
draw_pdf_pages (cairo_surface_t *surface,
                cairo_t         *cr,
                CharterLayout   *layout,
                guint            first,
                int              parent)
{
  const CharterLayoutSection *sections;
  guint n_sections;

  for (guint i = 0; i < charter_layout_get_n_pages (layout); i++)
    {
      charter_layout_draw_page (layout, cr, i);
      cairo_show_page (cr);
    }

  sections = charter_layout_get_sections (layout, &n_sections);
  for (guint i = 0; i < n_sections; i++)
    {
      char y[G_ASCII_DTOSTR_BUF_SIZE];
      g_autofree char *dest = NULL;

      /* A bookmark opens the page at its heading, not at the page's top;
       * g_ascii_formatd keeps the decimal point in every locale. */
      g_ascii_formatd (y, sizeof y, "%.1f", sections[i].y);
      dest = g_strdup_printf ("page=%u pos=[0 %s]", first + sections[i].page + 1, y);

      cairo_pdf_surface_add_outline (surface, parent, sections[i].title, dest, 0);
    }
}

static CharterLabel
pdf_title_for (const CharterExportOptions *options)
{
  int kind = options && options->layout ? charter_layout_kind_from_name (options->layout) : -1;

  return kind == CHARTER_LAYOUT_INDUCTION ? CHARTER_LABEL_INDUCTION_PACK : CHARTER_LABEL_CUSTOMER_CHARTER;
}

/* Writes @layout as a PDF, once, or once per staff member in @staff
 * (from @first, @n of them) with each pack under its person's name in
 * the outline. The layout is never redone: only the acknowledgement page
 * changes from one pack to the next. */
static gboolean
write_pdf (CharterDocument            *document,
           CharterLayout              *layout,
           const CharterExportOptions *options,
           GPtrArray                  *staff,
           guint                       first,
           guint                       n,
           const char                 *path,
           GError                    **error)
{
  GByteArray *bytes = g_byte_array_new ();
  cairo_surface_t *surface;
  double width, height;
  guint n_pages = charter_layout_get_n_pages (layout);
  cairo_t *cr;

  charter_layout_get_page_size (layout, &width, &height);
  surface = cairo_pdf_surface_create_for_stream (append_bytes, bytes, width, height);
  set_pdf_metadata (surface, document, pdf_title_for (options));

  cr = cairo_create (surface);
  if (staff == NULL)
    draw_pdf_pages (surface, cr, layout, 0, CAIRO_PDF_OUTLINE_ROOT);
  for (guint i = 0; staff != NULL && i < n; i++)
    {
      const CharterStaffMember *member = staff->pdata[first + i];
      g_autofree char *dest = g_strdup_printf ("page=%u", i * n_pages + 1);
      int parent = CAIRO_PDF_OUTLINE_ROOT;

      charter_layout_set_staff (layout, member);
      if (n > 1)
        parent = cairo_pdf_surface_add_outline (surface, CAIRO_PDF_OUTLINE_ROOT, member->name, dest, 0);
      draw_pdf_pages (surface, cr, layout, i * n_pages, parent);
    }
  cairo_destroy (cr);
  charter_layout_set_staff (layout, NULL);

  if (!surface_done (surface, error))
    {
      g_byte_array_unref (bytes);
      return FALSE;
    }
  return write_bytes (path, bytes, error);
}

static gboolean
export_pdf (CharterDocument            *document,
            const CharterExportOptions *options,
            const char                 *path,
            GError                    **error)
{
  g_autoptr(CharterLayout) layout = layout_for (document, options);
  GPtrArray *staff = options ? options->staff : NULL;

  return write_pdf (document, layout, options, staff, 0, staff ? staff->len : 0, path, error);
}

char *
charter_export_pack_name (const CharterStaffMember *member,
                          guint                     index,
                          guint                     n_packs)
{
  g_autofree char *ascii = g_str_to_ascii (member->name, "C");
  GString *name = g_string_new (NULL);
  int digits = 3;

  for (guint n = n_packs; n >= 1000; n /= 10)
    digits++;
  g_string_printf (name, "%0*u-", digits, index + 1);
  for (const char *p = ascii; *p != '\0' && name->len < 64; p++)
    {
      if (g_ascii_isalnum (*p))
        g_string_append_c (name, g_ascii_tolower (*p));
      else if (name->str[name->len - 1] != '-')
        g_string_append_c (name, '-');
    }
  if (name->str[name->len - 1] == '-')
    g_string_truncate (name, name->len - 1);
  g_string_append (name, ".pdf");

  return g_string_free (name, FALSE);
}

gboolean
charter_export_packs_to_dir (CharterDocument            *document,
                             const CharterExportOptions *options,
                             const char                 *dir,
                             GError                    **error)
{
  g_autoptr(CharterLayout) layout = NULL;

  g_return_val_if_fail (CHARTER_IS_DOCUMENT (document), FALSE);
  g_return_val_if_fail (options != NULL && options->staff != NULL, FALSE);

  if (!charter_export_check_options (options, error))
    return FALSE;

  layout = layout_for (document, options);
  for (guint i = 0; i < options->staff->len; i++)
    {
      g_autofree char *name = charter_export_pack_name (options->staff->pdata[i], i, options->staff->len);
      g_autofree char *path = g_build_filename (dir, name, NULL);

      if (!write_pdf (document, layout, options, options->staff, i, 1, path, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
check_page (CharterLayout  *layout,
            int             page,
            GError        **error)
{
  guint n = charter_layout_get_n_pages (layout);

  if (page < 0 || (guint) page > n)
    {
      g_set_error (error, CHARTER_ERROR, CHARTER_ERROR_USAGE,
                   ngettext ("there is no page %d: the charter has %u page",
                             "there is no page %d: the charter has %u pages", n),
                   page, n);
      return FALSE;
    }
  return TRUE;
}

/* Whole pixels covering @length; 792 pt × 150/72 is 1650.0000000002 in
 * floating point, which must not grow a Letter page by a pixel row. */
static int
pixels (double length)
{
  return (int) ceil (length - 1e-6);
}

GBytes *
charter_export_page_png (CharterLayout  *layout,
                         guint           page,
                         double          scale,
                         int             width,
                         int             height,
                         GError        **error)
{
  GByteArray *bytes = g_byte_array_new ();
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;

  g_return_val_if_fail (CHARTER_IS_LAYOUT (layout), NULL);

  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, MAX (1, width), MAX (1, height));
  cr = cairo_create (surface);
  /* White even when the layout has no such page to draw. */
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_scale (cr, scale, scale);
  if (page < charter_layout_get_n_pages (layout))
    charter_layout_draw_page (layout, cr, page);
  status = cairo_status (cr);
  cairo_destroy (cr);

  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_write_to_png_stream (surface, append_bytes, bytes);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, CHARTER_ERROR, CHARTER_ERROR_FAILED,
                   _("drawing failed: %s"), cairo_status_to_string (status));
      g_byte_array_unref (bytes);
      return NULL;
    }
  return g_byte_array_free_to_bytes (bytes);
}

static gboolean
export_png_page (CharterLayout  *layout,
                 guint           page,
                 const char     *path,
                 GError        **error)
{
  double width, height, scale = PNG_DPI / 72.0;
  g_autoptr(GBytes) png = NULL;

  charter_layout_get_page_size (layout, &width, &height);
  png = charter_export_page_png (layout, page, scale, pixels (width * scale), pixels (height * scale), error);
  return png != NULL &&
         charter_file_replace (path, g_bytes_get_data (png, NULL), g_bytes_get_size (png), error);
}

static gboolean
export_png (CharterDocument            *document,
            const CharterExportOptions *options,
            const char                 *path,
            GError                    **error)
{
  g_autoptr(CharterLayout) layout = layout_for (document, options);
  int page = options ? options->page : 0;

  if (!check_page (layout, page, error))
    return FALSE;
  return export_png_page (layout, page > 0 ? page - 1 : 0, path, error);
}

static gboolean
export_svg (CharterDocument            *document,
            const CharterExportOptions *options,
            const char                 *path,
            GError                    **error)
{
  g_autoptr(CharterLayout) layout = layout_for (document, options);
  int page = options ? options->page : 0;
  GByteArray *bytes;
  cairo_surface_t *surface;
  double width, height;
  cairo_t *cr;

  if (!check_page (layout, page, error))
    return FALSE;

  bytes = g_byte_array_new ();
  charter_layout_get_page_size (layout, &width, &height);
  surface = cairo_svg_surface_create_for_stream (append_bytes, bytes, width, height);
  cairo_svg_surface_set_document_unit (surface, CAIRO_SVG_UNIT_PT);
  cr = cairo_create (surface);
  charter_layout_draw_page (layout, cr, page > 0 ? page - 1 : 0);
  cairo_destroy (cr);

  if (!surface_done (surface, error))
    {
      g_byte_array_unref (bytes);
      return FALSE;
    }
  return write_bytes (path, bytes, error);
}

gboolean
charter_export_pages_to_dir (CharterDocument            *document,
                             const CharterExportOptions *options,
                             const char                 *dir,
                             const char                 *basename,
                             GError                    **error)
{
  g_autoptr(CharterLayout) layout = NULL;

  g_return_val_if_fail (CHARTER_IS_DOCUMENT (document), FALSE);
  g_return_val_if_fail (dir != NULL && basename != NULL, FALSE);

  if (!charter_export_check_options (options, error))
    return FALSE;

  layout = layout_for (document, options);
  for (guint i = 0; i < charter_layout_get_n_pages (layout); i++)
    {
      g_autofree char *name = g_strdup_printf ("%s-%u.png", basename, i + 1);
      g_autofree char *path = g_build_filename (dir, name, NULL);

      if (!export_png_page (layout, i, path, error))
        return FALSE;
    }
  return TRUE;
}

gboolean
charter_export_to_file (CharterDocument            *document,
                        CharterExportFormat         format,
                        const CharterExportOptions *options,
                        const char                 *path,
                        GError                    **error)
{
  g_return_val_if_fail (CHARTER_IS_DOCUMENT (document), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (options != NULL && options->layout != NULL && g_ascii_strcasecmp (options->layout, "report") == 0)
    return charter_report_export (document, format, options, path, error);

  if (options != NULL && options->staff != NULL && format != CHARTER_EXPORT_PDF)
    {
      g_set_error (error, CHARTER_ERROR, CHARTER_ERROR_USAGE,
                   _("personalised induction packs are written as PDF; use an output ending in .pdf"));
      return FALSE;
    }

  switch (format)
    {
    case CHARTER_EXPORT_CHARTER:
      return charter_format_save_file (document, path, error);

    case CHARTER_EXPORT_TEXT:
      {
        g_autofree char *text = charter_text_export (document, 78);
        return charter_file_replace (path, text, strlen (text), error);
      }

    case CHARTER_EXPORT_HTML:
      {
        g_autofree char *html = charter_html_export (document);
        return charter_file_replace (path, html, strlen (html), error);
      }

    case CHARTER_EXPORT_PDF:
      return charter_export_check_options (options, error) &&
             export_pdf (document, options, path, error);

    case CHARTER_EXPORT_PNG:
      return charter_export_check_options (options, error) &&
             export_png (document, options, path, error);

    case CHARTER_EXPORT_SVG:
      return charter_export_check_options (options, error) &&
             export_svg (document, options, path, error);

    case CHARTER_N_EXPORT_FORMATS:
    default:
      g_set_error (error, CHARTER_ERROR, CHARTER_ERROR_USAGE,
                   _("export to .%s is not available in this build"),
                   format < CHARTER_N_EXPORT_FORMATS ? extensions[format] : "?");
      return FALSE;
    }
}
