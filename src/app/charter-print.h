/* charter-print.h — printing through GtkPrintOperation with the PDF's layout
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "charter-document.h"
#include "charter-layout.h"

G_BEGIN_DECLS

/* Shows the print dialog for @document, laid out with @setup (its paper is
 * the default page setup) and drawn by the same renderer as the PDF. */
void charter_print_document (GtkWindow              *parent,
                             CharterDocument        *document,
                             const CharterPageSetup *setup);

G_END_DECLS
