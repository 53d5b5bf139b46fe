/* charter-html.h — the charter as one self-contained web page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "charter-document.h"

G_BEGIN_DECLS

/* A complete HTML5 document: semantic sections, the standards as a
 * table, the logo inlined, screen and print styles in the page itself.
 * Every piece of the charter's text is escaped. */
char *charter_html_export (CharterDocument *document);

G_END_DECLS
