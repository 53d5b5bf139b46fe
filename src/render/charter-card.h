/* charter-card.h — the pocket card staff carry
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A card of 85 × 55 mm: the front has the purpose and the top standards,
 * the back how to contact us and how to complain. Backgrounds run 3 mm
 * past the trim (bleed); text stays 4 mm inside it (the safe area).
 *
 * On a sheet of office paper (A4, Letter…) the cards are imposed
 * several-up with crop marks in the margin: page 1 holds the fronts,
 * page 2 the backs, mirrored so they line up when printed double-sided
 * and flipped on the long edge. On the "card" paper each page is one side
 * of one card at trim size plus bleed, for print shops.
 *
 * cairo 1.16 has no API for a page's TrimBox or BleedBox, so the single
 * card PDF carries only a MediaBox of 91 × 61 mm (the bleed box); the
 * trim is the centred 85 × 55 mm, 3 mm in from every edge. Print shops
 * take that as the usual "3 mm bleed" artwork; set real boxes once the
 * build can rely on a cairo that writes them.
 */
#pragma once

#include "charter-print-private.h"

G_BEGIN_DECLS

#define CHARTER_CARD_WIDTH  (85.0 * CHARTER_MM)
#define CHARTER_CARD_HEIGHT (55.0 * CHARTER_MM)
#define CHARTER_CARD_BLEED  (3.0 * CHARTER_MM)
#define CHARTER_CARD_SAFE   (4.0 * CHARTER_MM)

typedef struct {
  double x;
  double y;
  double width;
  double height;
} CharterCardRect;

/* The single-card "paper": 91 × 61 mm, the trim plus bleed all round. */
const CharterPaper *charter_card_paper        (void);

/* Where the cards of a sheet of @paper go: fills up to @max trim boxes
 * (front side, points from the page's top-left) and returns how many
 * cards the sheet holds. */
guint               charter_card_sheet_slots  (const CharterPaper *paper,
                                               CharterCardRect    *trims,
                                               guint               max);
/* The crop marks of a sheet as thin filled rectangles; returns how many
 * there are. None lies inside a card's trim box or bleed. */
guint               charter_card_sheet_marks  (const CharterPaper *paper,
                                               CharterCardRect    *marks,
                                               guint               max);

CharterProduct     *charter_card_new          (CharterDocument    *document,
                                               const CharterPaper *paper);

G_END_DECLS
