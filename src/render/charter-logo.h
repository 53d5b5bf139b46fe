/* charter-logo.h — decoding the charter's embedded logo for drawing
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <glib.h>

G_BEGIN_DECLS

/* Decodes a PNG, JPEG or SVG logo into a cairo surface: an image surface
 * for bitmaps (at most 2048 pixels a side), a recording surface that
 * replays the vector drawing for SVG. NULL with @error set on failure. */
cairo_surface_t *charter_logo_decode   (GBytes          *data,
                                        const char      *mime_type,
                                        GError         **error);

/* The natural size of a decoded logo, in its own units. */
void             charter_logo_get_size (cairo_surface_t *logo,
                                        double          *width,
                                        double          *height);

G_END_DECLS
