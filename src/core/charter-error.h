/* charter-error.h — the project's error domain
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define CHARTER_ERROR (charter_error_quark ())

typedef enum {
  CHARTER_ERROR_FAILED,
  CHARTER_ERROR_IO,            /* could not read or write */
  CHARTER_ERROR_EMPTY,         /* zero-byte file */
  CHARTER_ERROR_TOO_LARGE,     /* over a size, depth or count limit */
  CHARTER_ERROR_ENCODING,      /* not UTF-8 */
  CHARTER_ERROR_MALFORMED,     /* not well-formed XML */
  CHARTER_ERROR_UNSAFE,        /* DTD, entities */
  CHARTER_ERROR_NOT_CHARTER,   /* wrong root element or namespace */
  CHARTER_ERROR_NEWER_FORMAT,  /* written by a newer Charter */
  CHARTER_ERROR_INVALID,       /* well-formed but not a valid charter */
  CHARTER_ERROR_NOT_FOUND,     /* template or resource missing */
  CHARTER_ERROR_USAGE,         /* bad command-line use */
} CharterError;

GQuark charter_error_quark (void);

G_END_DECLS
