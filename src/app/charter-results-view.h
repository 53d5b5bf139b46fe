/* charter-results-view.h — recording what was delivered against each standard
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Pick a reporting period, enter counts or measured values per standard
 * (or import a CSV), watch the share met and the trend, and export the
 * achievement report.
 */
#pragma once

#include <adwaita.h>

#include "charter-document.h"

G_BEGIN_DECLS

#define CHARTER_TYPE_RESULTS_VIEW (charter_results_view_get_type ())
G_DECLARE_FINAL_TYPE (CharterResultsView, charter_results_view, CHARTER, RESULTS_VIEW, AdwBin)

void        charter_results_view_set_document (CharterResultsView *self,
                                               CharterDocument    *document);
/* The period shown, or NULL when the charter has none yet. */
const char *charter_results_view_get_period   (CharterResultsView *self);
/* Shows @period, adding it to the charter when it is new and valid. */
gboolean    charter_results_view_set_period   (CharterResultsView *self,
                                               const char         *period);
/* Plans an import of @data and asks before applying it. */
void        charter_results_view_import_data  (CharterResultsView *self,
                                               const char         *data,
                                               gsize               length);

G_END_DECLS
