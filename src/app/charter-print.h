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

/* Runs the same print operation without a dialog, writing a PDF to
 * @path as the print dialog's "Print to File" does. For tests and
 * scripts; returns the number of pages printed, or -1 with @error set. */
int  charter_print_to_pdf   (CharterDocument        *document,
                             const CharterPageSetup *setup,
                             const char             *path,
                             GError                **error);

G_END_DECLS
