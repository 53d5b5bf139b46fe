#!/usr/bin/env bash
# The renderer through `charter export`: PDF/PNG/SVG/HTML output of every
# template on every paper, read back with poppler and qpdf.
# SPDX-License-Identifier: GPL-3.0-or-later
set -u
. "$(dirname "$0")/tap.sh"

templates=$CHARTER_SRCDIR/data/templates
layout_py=$(dirname "$0")/pdf-layout.py
export SOURCE_DATE_EPOCH=1788220800

# pdftotext wraps lines and table cells; compare with whitespace squeezed.
flat_text() { pdftotext -enc UTF-8 "$1" - | tr -s ' \n\f' '  '; }
flat() { printf %s "$1" | tr -s ' \n' '  '; }
pages() { pdfinfo "$1" | awk '/^Pages:/ { print $2 }'; }
xpath() { xmllint --xpath "$2" "$1"; }
el() { printf "*[local-name()='%s']" "$1"; }

# The page margins of charter-layout.c: 9.5 % of the width at the sides,
# 6.5 % of the height at the top and 8 % at the bottom, in whole points.
declare -A margins=([a4]="57 55 67" [letter]="58 51 63" [a5]="40 39 48")

# contains_all PDF CHARTER: the purpose and every standard's text are in
# the PDF's text, whole.
contains_all() {
  local pdf=$1 charter=$2 text n s missing=0
  text=$(flat_text "$pdf")
  s=$(flat "$(xpath "$charter" "string(//$(el purpose)/$(el statement))")")
  case $text in *"$s"*) ;; *) echo "purpose missing: $s"; missing=1 ;; esac
  n=$(xpath "$charter" "count(//$(el standard))")
  for ((i = 1; i <= n; i++)); do
    s=$(flat "$(xpath "$charter" "string((//$(el standard))[$i]/$(el text))")")
    case $text in *"$s"*) ;; *) echo "standard $i missing: $s"; missing=1 ;; esac
  done
  return $missing
}

only_embedded_fonts() {
  pdffonts "$1" | awk 'NR > 2 { n++; if ($(NF-4) != "yes") { print "not embedded: " $1; bad = 1 } }
                       END { if (n == 0) { print "no fonts"; bad = 1 } exit bad }'
}

# --- every template on every paper -----------------------------------

for charter in "$templates"/*.charter; do
  name=$(basename "$charter" .charter)
  for paper in a4 letter a5; do
    pdf=$WORK/$name-$paper.pdf
    expect_exit "$name on $paper exports to PDF" 0 charter export "$charter" -o "$pdf" --paper "$paper"
    ok "... passes qpdf --check" qpdf --check "$pdf"
    ok "... embeds every font" only_embedded_fonts "$pdf"
    ok "... has the purpose and every standard" contains_all "$pdf" "$charter"
    # shellcheck disable=SC2086
    ok "... keeps every word inside the margins" python3 "$layout_py" margins "$pdf" ${margins[$paper]}
    ok "... ends no page with a heading" python3 "$layout_py" headings "$pdf"
    ok "... ends with more than a few lines on the last page" python3 "$layout_py" last-page "$pdf"
  done
done

# Danish letters, and the Danish labels of the page itself.
da=$WORK/council.da-a4.pdf
ok "Danish æøå survive" bash -c 'pdftotext -enc UTF-8 "$0" - | grep -q "Vi gør det nemt"' "$da"
ok "... in the footer too" bash -c 'pdftotext -enc UTF-8 "$0" - | grep -q "Side 1 af [0-9]* · Version 2.0 · Gældende fra 2026-03-01"' "$da"
ok "... and every standard with them" contains_all "$da" "$templates/council.da.charter"

# --- the footer on every page -----------------------------------------

footers() {
  local pdf=$1 n i
  n=$(pages "$pdf")
  for ((i = 1; i <= n; i++)); do
    pdftotext -enc UTF-8 -f "$i" -l "$i" "$pdf" - | grep -q "^Page $i of $n · Version 2.1 · Effective 2026-09-01$" ||
      { echo "page $i has no footer"; return 1; }
  done
}
ok "every page says Page X of Y · Version · Effective" footers "$WORK/shop.en-a4.pdf"

# --- page counts ------------------------------------------------------

# Reference renderings: a change here is a layout change; look at the
# pages (pdftoppm -png -r 60) before updating the numbers.
reference_pages() {
  local file=$1 want=$2 got
  got=$(pages "$file")
  [ "$got" = "$want" ] || { echo "$file has $got pages, the reference has $want"; return 1; }
}
ok "shop.en has 4 A4 pages" reference_pages "$WORK/shop.en-a4.pdf" 4
ok "shop.en has 4 Letter pages" reference_pages "$WORK/shop.en-letter.pdf" 4
ok "shop.en has 5 A5 pages" reference_pages "$WORK/shop.en-a5.pdf" 5
# Its fifth page held three lines until slightly tighter spacing took them back.
ok "health.en has 4 A4 pages" reference_pages "$WORK/health.en-a4.pdf" 4
ok "council.da has 5 A4 pages" reference_pages "$WORK/council.da-a4.pdf" 5
ok "health.en has 6 A5 pages" reference_pages "$WORK/health.en-a5.pdf" 6
ok "blank.en has 1 page" reference_pages "$WORK/blank.en-a4.pdf" 1

more_standards() {
  local extra="" i
  for ((i = 1; i <= $2; i++)); do
    extra+="<standard id=\"x$i\" pillar=\"easy\"><text>We call back within $i working days when you leave a message after hours.</text><target>$i</target><unit>working days</unit><owner>Shop manager</owner></standard>"
  done
  sed "s|</standards>|$extra</standards>|" "$1"
}
more_standards "$templates/shop.en.charter" 20 > "$WORK/shop20.charter"
more_standards "$templates/shop.en.charter" 60 > "$WORK/shop60.charter"
charter export "$WORK/shop20.charter" -o "$WORK/shop20.pdf"
charter export "$WORK/shop60.charter" -o "$WORK/shop60.pdf"
grows() { [ "$(pages "$1")" -lt "$(pages "$2")" ] || { echo "$1: $(pages "$1") pages, $2: $(pages "$2")"; return 1; }; }
ok "page count grows with content: blank < shop" grows "$WORK/blank.en-a4.pdf" "$WORK/shop.en-a4.pdf"
ok "... shop < shop with 20 more standards" grows "$WORK/shop.en-a4.pdf" "$WORK/shop20.pdf"
ok "... < shop with 60 more" grows "$WORK/shop20.pdf" "$WORK/shop60.pdf"
ok "... whose table repeats its head on every page it runs over" \
  bash -c 'n=$(pdftotext -enc UTF-8 "$0" - | grep -c "O U R P R O M I S E\|OUR PROMISE"); [ "$n" -ge 4 ]' "$WORK/shop60.pdf"
ok "... and still keeps words inside the margins" python3 "$layout_py" margins "$WORK/shop60.pdf" 57 55 67
ok "... and ends no page with a heading" python3 "$layout_py" headings "$WORK/shop60.pdf"

# --- metadata and outline ---------------------------------------------

pdf=$WORK/shop.en-a4.pdf
pdfinfo "$pdf" > "$WORK/info"
ok "PDF title" grep -q "^Title: *Hollis & Daughters Hardware — Customer service charter$" "$WORK/info"
ok "PDF author is the organisation" grep -q "^Author: *Hollis & Daughters Hardware$" "$WORK/info"
ok "PDF subject is the purpose" grep -q "^Subject: *The right part, the right advice, first time.$" "$WORK/info"
ok "PDF creator names Charter" grep -q "^Creator: *Charter [0-9]" "$WORK/info"
ok "PDF dates follow SOURCE_DATE_EPOCH" grep -q "^CreationDate: .*2026" "$WORK/info"
# Each bookmark as TITLE|VIEW|Y: the view and height its destination opens at.
outline() { qpdf --json --json-key=outlines "$1" | python3 -c '
import json, sys
for o in json.load(sys.stdin)["outlines"]:
    print("%s|%s|%s" % (o["title"], o["dest"][1], o["dest"][3]))'; }
outline "$pdf" > "$WORK/outline"
ok "PDF outline has a bookmark per section" bash -c '[ "$(wc -l < "$0")" -ge 8 ]' "$WORK/outline"
ok "... starting with About us" bash -c '[ "$(head -1 "$0" | cut -d"|" -f1)" = "About us" ]' "$WORK/outline"
ok "... and ending with Review and publication" \
  bash -c '[ "$(tail -1 "$0" | cut -d"|" -f1)" = "Review and publication" ]' "$WORK/outline"
# About us is the first heading, under the cover: 842 - its top in points.
ok "... opening each at its heading, not the page's top" \
  bash -c 'awk -F"|" "\$2 != \"/XYZ\" || \$3 <= 0 || \$3 >= 842 { bad = 1 } END { exit bad }" "$0" &&
           head -1 "$0" | awk -F"|" "{ exit !(\$3 > 500 && \$3 < 760) }"' "$WORK/outline"

# cairo 1.16 writes link annotations qpdf rejects; links need 1.18.
if pkg-config --atleast-version=1.18 cairo; then
  ok "email and website are links" bash -c 'pdfinfo -url "$0" | grep -q "mailto:hello@hollishardware.co.uk"' "$pdf"
else
  ok "no links with cairo $(pkg-config --modversion cairo)" bash -c '[ "$(pdfinfo -url "$0" | wc -l)" -le 1 ]' "$pdf"
fi

# --- large print -------------------------------------------------------

ok "regular print has 10 pt body text" bash -c '[ "$(python3 "$0" body-size "$1")" = 10.0 ]' "$layout_py" "$WORK/council.da-a4.pdf"
expect_exit "--large-print exports" 0 charter export "$templates/council.da.charter" -o "$WORK/large.pdf" --large-print
ok "... with body text of 16 pt or more" \
  bash -c 's=$(python3 "$0" body-size "$1"); echo "body $s pt"; python3 -c "import sys; sys.exit(float(sys.argv[1]) < 16)" "$s"' \
  "$layout_py" "$WORK/large.pdf"
ok "... on 9 A4 pages" reference_pages "$WORK/large.pdf" 9
ok "... inside the margins" python3 "$layout_py" margins "$WORK/large.pdf" 57 55 67
ok "... with no heading last on a page" python3 "$layout_py" headings "$WORK/large.pdf"
ok "... with every standard" contains_all "$WORK/large.pdf" "$templates/council.da.charter"

# --- Arabic ------------------------------------------------------------

arabic=$CHARTER_SRCDIR/tests/data/roundtrip/arabic.charter
expect_exit "an Arabic charter exports" 0 charter export "$arabic" -o "$WORK/ar.pdf"
ok "... passes qpdf --check" qpdf --check "$WORK/ar.pdf"
ok "... embeds its fonts" only_embedded_fonts "$WORK/ar.pdf"
# Poppler spells lam-alef ligatures out differently: look for words without.
ok "... keeps the Arabic text" bash -c 'pdftotext -enc UTF-8 "$0" - | grep -q "طازج" &&
  pdftotext -enc UTF-8 "$0" - | grep -q "ثانية"' "$WORK/ar.pdf"

# --- PNG and SVG -------------------------------------------------------

png_size() { python3 -c '
import struct, sys
data = open(sys.argv[1], "rb").read(24)
assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
print("%dx%d" % struct.unpack(">II", data[16:24]))' "$1"; }

shop=$templates/shop.en.charter
expect_exit "PNG of page 2" 0 charter export "$shop" -o "$WORK/p2.png" --page 2
ok "... is an A4 page at 150 dpi" bash -c "$(declare -f png_size); [ \"\$(png_size \"\$0\")\" = 1241x1754 ]" "$WORK/p2.png"
charter export "$shop" -o "$WORK/p1.png" --page 1
ok "... and not the same image as page 1" bash -c '! cmp -s "$0" "$1"' "$WORK/p1.png" "$WORK/p2.png"
expect_exit "a page after the last is an error" 2 charter export "$shop" -o "$WORK/p9.png" --page 9
ok "... saying how many pages there are" grep -q "there is no page 9: the charter has 4 pages" "$WORK/.err"
ok "... leaving no file behind" test ! -e "$WORK/p9.png"
expect_exit "Letter PNG" 0 charter export "$shop" -o "$WORK/letter.png" --paper letter
ok "... is a Letter page at 150 dpi" bash -c "$(declare -f png_size); [ \"\$(png_size \"\$0\")\" = 1275x1650 ]" "$WORK/letter.png"

mkdir "$WORK/pages"
expect_exit "PNGs of every page into --output-dir" 0 charter export --output-dir "$WORK/pages" -f png "$shop"
ok "... one file per page" bash -c '[ "$(ls "$0" | wc -l)" = 4 ] && [ -s "$0/shop.en-1.png" ] && [ -s "$0/shop.en-4.png" ]' "$WORK/pages"

expect_exit "SVG of page 3" 0 charter export "$shop" -o "$WORK/p3.svg" --page 3
ok "... is well-formed XML" xmllint --noout "$WORK/p3.svg"
ok "... an A4 page in points" grep -q 'width="595.276pt" height="841.89pt"' "$WORK/p3.svg"
ok "... with the text as glyphs" grep -q "<symbol\|<glyph\|<path" "$WORK/p3.svg"

# --- HTML escapes everything -------------------------------------------

sed -e 's|<name>Hollis &amp; Daughters Hardware</name>|<name>Bad \&lt;script\&gt;alert(1)\&lt;/script\&gt; \&amp; Sons</name>|' \
    -e 's|<text>We answer the phone within 20 seconds.</text>|<text>Tea \&amp; coffee \&lt;b\&gt;free\&lt;/b\&gt; while you wait.</text>|' \
    "$shop" > "$WORK/hostile.charter"
ok "(the hostile charter has the markup as text)" grep -q "&lt;script&gt;" "$WORK/hostile.charter"
expect_exit "HTML export of a charter with <script> and &" 0 charter export "$WORK/hostile.charter" -o "$WORK/hostile.html"
ok "... shows <script> as text" grep -q "Bad &lt;script&gt;alert(1)&lt;/script&gt; &amp; Sons" "$WORK/hostile.html"
ok "... and a standard's markup as text" grep -q "Tea &amp; coffee &lt;b&gt;free&lt;/b&gt; while you wait." "$WORK/hostile.html"
ok "... with no script element" bash -c '! grep -qi "<script" "$0"' "$WORK/hostile.html"
ok "... and no bare ampersand" bash -c '! grep -P "&(?!(amp|lt|gt|quot|#[0-9]+|#x[0-9a-fA-F]+);)" "$0"' "$WORK/hostile.html"
expect_exit "the same charter exports to PDF" 0 charter export "$WORK/hostile.charter" -o "$WORK/hostile.pdf"
ok "... with the markup as text there too" \
  bash -c 'pdftotext -enc UTF-8 "$0" - | grep -q "Bad <script>alert(1)</script> & Sons"' "$WORK/hostile.pdf"

# --- no display ---------------------------------------------------------

ok "DISPLAY and WAYLAND_DISPLAY are unset here" bash -c '[ -z "${DISPLAY+x}" ] && [ -z "${WAYLAND_DISPLAY+x}" ]'
ok "export does not try a display it is given" \
  env DISPLAY=:4711 WAYLAND_DISPLAY=charter-test-none "$CHARTER_BIN" export "$shop" -o "$WORK/display.pdf"
ok "... and writes the same pages" bash -c '[ "$(pdfinfo "$0" | grep Pages)" = "$(pdfinfo "$1" | grep Pages)" ]' \
  "$WORK/display.pdf" "$WORK/shop.en-a4.pdf"

done_testing
