/* charter-poster.h — the staff-room and shop-window poster
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One page (A3 unless another paper is asked for): the logo and name, the
 * purpose as a headline, the headline standards with their targets in
 * large type, and how to give feedback. Type is sized to be read from two
 * metres on A3 and shrinks only as far as the charter's text needs to fit.
 */
#pragma once

#include "charter-print-private.h"

G_BEGIN_DECLS

CharterProduct *charter_poster_new (CharterDocument    *document,
                                    const CharterPaper *paper);

G_END_DECLS
