/* charter-logo.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <gdk-pixbuf/gdk-pixbuf.h>
#include <gmodule.h>
#include <librsvg/rsvg.h>
#include <string.h>

#include "charter-error.h"
#include "charter-logo.h"

#define MAX_PIXELS 2048
#define MAX_SVG_SIZE 1000.0

/* The decoders allocate the whole bitmap before limit_size() can scale it
 * down, so a small file that claims a huge picture is refused from its
 * header: 24 million pixels is a 6000 × 4000 photo and under 100 MiB
 * decoded. */
#define MAX_SOURCE_PIXELS (24 * 1000 * 1000)

static void
limit_size (GdkPixbufLoader *loader,
            int              width,
            int              height,
            gpointer         user_data)
{
  double scale;

  if (width <= MAX_PIXELS && height <= MAX_PIXELS)
    return;

  /* Huge bitmaps are scaled while decoding so they never sit in memory
   * at full size; a logo on paper needs far fewer pixels. */
  scale = (double) MAX_PIXELS / MAX (width, height);
  gdk_pixbuf_loader_set_size (loader, MAX (1, (int) (width * scale)), MAX (1, (int) (height * scale)));
}

static cairo_surface_t *
surface_from_pixbuf (GdkPixbuf *pixbuf)
{
  int width = gdk_pixbuf_get_width (pixbuf);
  int height = gdk_pixbuf_get_height (pixbuf);
  int channels = gdk_pixbuf_get_n_channels (pixbuf);
  int src_stride = gdk_pixbuf_get_rowstride (pixbuf);
  const guchar *src = gdk_pixbuf_read_pixels (pixbuf);
  cairo_surface_t *surface;
  guchar *dst;
  int dst_stride;

  surface = cairo_image_surface_create (channels == 4 ? CAIRO_FORMAT_ARGB32 : CAIRO_FORMAT_RGB24, width, height);
  cairo_surface_flush (surface);
  dst = cairo_image_surface_get_data (surface);
  dst_stride = cairo_image_surface_get_stride (surface);

  /* cairo wants native-endian 32-bit pixels with premultiplied alpha. */
  for (int y = 0; y < height; y++)
    {
      const guchar *s = src + y * src_stride;
      guint32 *d = (guint32 *) (gpointer) (dst + y * dst_stride);

      for (int x = 0; x < width; x++, s += channels)
        {
          guint a = channels == 4 ? s[3] : 255;
          guint r = (s[0] * a + 127) / 255;
          guint g = (s[1] * a + 127) / 255;
          guint b = (s[2] * a + 127) / 255;

          d[x] = (a << 24) | (r << 16) | (g << 8) | b;
        }
    }
  cairo_surface_mark_dirty (surface);

  return surface;
}

static guint
read_be16 (const guchar *p)
{
  return (guint) p[0] << 8 | p[1];
}

static guint32
read_be32 (const guchar *p)
{
  return (guint32) p[0] << 24 | (guint32) p[1] << 16 | (guint32) p[2] << 8 | p[3];
}

/* The size a PNG's IHDR chunk (always first) declares. */
static gboolean
png_get_size (const guchar *data,
              gsize         size,
              guint32      *width,
              guint32      *height)
{
  if (size < 24 || memcmp (data, "\x89PNG\r\n\x1a\n", 8) != 0 || memcmp (data + 12, "IHDR", 4) != 0)
    return FALSE;
  *width = read_be32 (data + 16);
  *height = read_be32 (data + 20);
  return TRUE;
}

/* The size in a JPEG's first start-of-frame marker. */
static gboolean
jpeg_get_size (const guchar *data,
               gsize         size,
               guint32      *width,
               guint32      *height)
{
  gsize pos = 2;

  if (size < 4 || data[0] != 0xFF || data[1] != 0xD8)
    return FALSE;

  while (pos + 4 <= size)
    {
      guint marker, length;

      if (data[pos] != 0xFF)
        return FALSE;
      marker = data[pos + 1];
      if (marker == 0xFF)
        {
          pos++;
          continue;
        }
      if (marker == 0xD9 || marker == 0xDA)
        return FALSE;
      if ((marker >= 0xD0 && marker <= 0xD7) || marker == 0x01)
        {
          pos += 2;
          continue;
        }
      length = read_be16 (data + pos + 2);
      if (length < 2)
        return FALSE;
      /* SOF0–SOF15, except DHT (C4), JPG (C8) and DAC (CC). */
      if (marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC)
        {
          if (pos + 9 > size)
            return FALSE;
          *height = read_be16 (data + pos + 5);
          *width = read_be16 (data + pos + 7);
          return TRUE;
        }
      pos += 2 + length;
    }

  return FALSE;
}

static gboolean
check_bitmap_size (const guchar  *data,
                   gsize          size,
                   const char    *mime_type,
                   GError       **error)
{
  guint32 width = 0, height = 0;
  gboolean known;

  if (g_str_equal (mime_type, "image/png"))
    known = png_get_size (data, size, &width, &height);
  else
    known = jpeg_get_size (data, size, &width, &height);

  /* Unreadable headers are left to the decoder, which reports them. */
  if (known && (guint64) width * height > MAX_SOURCE_PIXELS)
    {
      g_set_error (error, CHARTER_ERROR, CHARTER_ERROR_TOO_LARGE,
                   _("the logo is %u × %u pixels; logos may have at most %d million pixels"),
                   (unsigned) width, (unsigned) height, MAX_SOURCE_PIXELS / (1000 * 1000));
      return FALSE;
    }

  return TRUE;
}

static cairo_surface_t *
decode_bitmap (GBytes      *data,
               const char  *mime_type,
               GError     **error)
{
  g_autoptr(GdkPixbufLoader) loader = NULL;
  g_autoptr(GdkPixbuf) oriented = NULL;
  GdkPixbuf *pixbuf;
  gsize size;
  const guchar *bytes = g_bytes_get_data (data, &size);

  if (!check_bitmap_size (bytes, size, mime_type, error))
    return NULL;

  loader = gdk_pixbuf_loader_new_with_mime_type (mime_type, error);
  if (loader == NULL)
    return NULL;
  g_signal_connect (loader, "size-prepared", G_CALLBACK (limit_size), NULL);

  if (!gdk_pixbuf_loader_write (loader, bytes, size, error))
    {
      gdk_pixbuf_loader_close (loader, NULL);
      return NULL;
    }
  if (!gdk_pixbuf_loader_close (loader, error))
    return NULL;

  pixbuf = gdk_pixbuf_loader_get_pixbuf (loader);
  if (pixbuf == NULL)
    {
      g_set_error (error, CHARTER_ERROR, CHARTER_ERROR_INVALID, _("the logo is not a readable image"));
      return NULL;
    }
  oriented = gdk_pixbuf_apply_embedded_orientation (pixbuf);

  return surface_from_pixbuf (oriented);
}

/* librsvg is loaded on the first SVG logo, not linked: mapping and
 * relocating it cost every start of the app and of the command line
 * 6.5 MiB of resident memory, for the few charters with an SVG logo. */
#define RSVG_SONAME "librsvg-2.so.2"

static struct {
  /* Typed from the headers, so a changed signature fails to compile. */
  __typeof__ (rsvg_handle_new_from_data)                *new_from_data;
  __typeof__ (rsvg_handle_get_intrinsic_size_in_pixels) *get_intrinsic_size;
  __typeof__ (rsvg_handle_get_intrinsic_dimensions)     *get_intrinsic_dimensions;
  __typeof__ (rsvg_handle_render_document)              *render_document;
} rsvg;

static gboolean
load_rsvg (GError **error)
{
  static gsize loaded;
  static char *failure;

  if (g_once_init_enter (&loaded))
    {
      GModule *module = g_module_open (RSVG_SONAME, G_MODULE_BIND_LAZY | G_MODULE_BIND_LOCAL);

      if (module == NULL ||
          !g_module_symbol (module, "rsvg_handle_new_from_data", (gpointer *)&rsvg.new_from_data) ||
          !g_module_symbol (module, "rsvg_handle_get_intrinsic_size_in_pixels", (gpointer *)&rsvg.get_intrinsic_size) ||
          !g_module_symbol (module, "rsvg_handle_get_intrinsic_dimensions", (gpointer *)&rsvg.get_intrinsic_dimensions) ||
          !g_module_symbol (module, "rsvg_handle_render_document", (gpointer *)&rsvg.render_document))
        failure = g_strdup (g_module_error ());
      else
        g_module_make_resident (module);
      g_once_init_leave (&loaded, 1);
    }

  if (failure != NULL)
    {
      g_set_error (error, CHARTER_ERROR, CHARTER_ERROR_INVALID,
                   _("SVG logos need librsvg, which could not be loaded (%s); use a PNG or JPEG logo"),
                   failure);
      return FALSE;
    }
  return TRUE;
}

static cairo_surface_t *
decode_svg (GBytes  *data,
            GError **error)
{
  RsvgHandle *handle;
  cairo_surface_t *surface = NULL;
  cairo_rectangle_t extents;
  RsvgRectangle viewport;
  double width, height;
  gsize size;
  const guchar *bytes = g_bytes_get_data (data, &size);
  gboolean ok;
  cairo_t *cr;

  if (!load_rsvg (error))
    return NULL;

  /* No base file: an SVG logo cannot pull in other files or URLs. */
  handle = rsvg.new_from_data (bytes, size, error);
  if (handle == NULL)
    return NULL;

  if (!rsvg.get_intrinsic_size (handle, &width, &height) || width <= 0 || height <= 0)
    {
      gboolean has_viewbox;
      RsvgRectangle viewbox;

      rsvg.get_intrinsic_dimensions (handle, NULL, NULL, NULL, NULL, &has_viewbox, &viewbox);
      width = has_viewbox ? viewbox.width : 100;
      height = has_viewbox ? viewbox.height : 100;
    }
  if (width <= 0 || height <= 0)
    {
      g_set_error (error, CHARTER_ERROR, CHARTER_ERROR_INVALID, _("the SVG logo has no size"));
      g_object_unref (handle);
      return NULL;
    }

  /* librsvg rasterises filters at the drawing's own size while recording,
   * so a 20,000-pixel canvas with a blur took minutes and gigabytes. The
   * layout only uses the aspect ratio, so the drawing is scaled to fit a
   * box that still gives filters 300 dpi on a logo 8 cm wide. */
  if (MAX (width, height) > MAX_SVG_SIZE)
    {
      double scale = MAX_SVG_SIZE / MAX (width, height);

      width = MAX (1, width * scale);
      height = MAX (1, height * scale);
    }

  extents = (cairo_rectangle_t) { 0, 0, width, height };
  viewport = (RsvgRectangle) { 0, 0, width, height };
  surface = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, &extents);
  cr = cairo_create (surface);
  ok = rsvg.render_document (handle, cr, &viewport, error);
  cairo_destroy (cr);
  g_object_unref (handle);

  if (!ok)
    g_clear_pointer (&surface, cairo_surface_destroy);
  return surface;
}

cairo_surface_t *
charter_logo_decode (GBytes      *data,
                     const char  *mime_type,
                     GError     **error)
{
  g_return_val_if_fail (data != NULL, NULL);

  if (g_bytes_get_size (data) == 0)
    {
      g_set_error_literal (error, CHARTER_ERROR, CHARTER_ERROR_INVALID, _("the logo is empty"));
      return NULL;
    }

  if (g_strcmp0 (mime_type, "image/svg+xml") == 0)
    return decode_svg (data, error);
  if (g_strcmp0 (mime_type, "image/png") == 0 || g_strcmp0 (mime_type, "image/jpeg") == 0)
    return decode_bitmap (data, mime_type, error);

  g_set_error (error, CHARTER_ERROR, CHARTER_ERROR_INVALID,
               _("logos must be PNG, JPEG or SVG images, not “%s”"), mime_type ? mime_type : "?");
  return NULL;
}

void
charter_logo_get_size (cairo_surface_t *logo,
                       double          *width,
                       double          *height)
{
  g_return_if_fail (logo != NULL);

  if (cairo_surface_get_type (logo) == CAIRO_SURFACE_TYPE_RECORDING)
    {
      cairo_rectangle_t extents = { 0 };

      cairo_recording_surface_get_extents (logo, &extents);
      *width = extents.width;
      *height = extents.height;
    }
  else
    {
      *width = cairo_image_surface_get_width (logo);
      *height = cairo_image_surface_get_height (logo);
    }
}
