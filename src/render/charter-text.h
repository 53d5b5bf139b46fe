/* charter-text.h — plain-text export of a charter
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "charter-document.h"

G_BEGIN_DECLS

/* The whole charter as UTF-8 plain text, headings in the charter's
 * language, lines wrapped at @width columns (0: no wrapping). */
char *charter_text_export (CharterDocument *document,
                           guint            width);

G_END_DECLS
