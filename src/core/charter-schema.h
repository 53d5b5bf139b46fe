/* charter-schema.h — checking a file against the RELAX NG schema
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Validates the XML in @data against data/charter.rng (bundled).
 * Returns TRUE when valid; otherwise FALSE with one message per problem
 * ("line N: …") appended to @problems when it is not NULL. */
gboolean charter_schema_validate (GBytes     *data,
                                  GPtrArray  *problems);

G_END_DECLS
