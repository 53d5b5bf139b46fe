/* fuzz-logo.c — decoding and drawing embedded logos
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The first byte picks the declared type (PNG, JPEG, SVG or something
 * else: a file may declare any type for any bytes); the rest is the image.
 * A decoded logo has a sane size and draws onto a small page.
 */
#include <math.h>

#include "charter-logo.h"
#include "fuzz-common.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  static const char * const types[] = { "image/png", "image/jpeg", "image/svg+xml", "image/gif" };
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  cairo_surface_t *logo;
  cairo_surface_t *page;
  double width = 0, height = 0;
  cairo_t *cr;

  fuzz_init ();
  if (size == 0)
    return 0;

  bytes = g_bytes_new (data + 1, size - 1);
  logo = charter_logo_decode (bytes, types[data[0] & 3], &error);
  if (logo == NULL)
    {
      FUZZ_CHECK (error != NULL);
      return 0;
    }
  FUZZ_CHECK (error == NULL);
  FUZZ_CHECK (cairo_surface_status (logo) == CAIRO_STATUS_SUCCESS);

  charter_logo_get_size (logo, &width, &height);
  FUZZ_CHECK (isfinite (width) && isfinite (height) && width > 0 && height > 0);

  /* The renderer fits a logo into a box of a few centimetres. */
  page = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 64, 64);
  cr = cairo_create (page);
  cairo_scale (cr, 64 / MAX (width, height), 64 / MAX (width, height));
  cairo_set_source_surface (cr, logo, 0, 0);
  cairo_paint (cr);
  FUZZ_CHECK (cairo_status (cr) == CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_destroy (page);
  cairo_surface_destroy (logo);

  return 0;
}
