/* charter-preview.h — the printed page, live, beside the form
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Draws the charter with the same layout engine as the PDF. Changes are
 * laid out a moment after the last keystroke (debounced), so typing never
 * waits for the preview.
 */
#pragma once

#include <adwaita.h>

#include "charter-document.h"
#include "charter-layout.h"
#include "charter-step.h"

G_BEGIN_DECLS

#define CHARTER_TYPE_PREVIEW (charter_preview_get_type ())
G_DECLARE_FINAL_TYPE (CharterPreview, charter_preview, CHARTER, PREVIEW, AdwBin)

void     charter_preview_set_document  (CharterPreview         *self,
                                        CharterDocument        *document);
void     charter_preview_set_setup     (CharterPreview         *self,
                                        const CharterPageSetup *setup);
/* Shows the page where @step's section begins. */
void     charter_preview_show_step     (CharterPreview         *self,
                                        CharterStep             step);
guint    charter_preview_get_n_pages   (CharterPreview         *self);
/* Lays out pending changes now instead of after the delay. */
void     charter_preview_flush         (CharterPreview         *self);

G_END_DECLS
