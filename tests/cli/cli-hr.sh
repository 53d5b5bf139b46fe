#!/usr/bin/env bash
# HR print products: poster, pocket card, induction packs with staff lists.
# SPDX-License-Identifier: GPL-3.0-or-later
set -u
. "$(dirname "$0")/tap.sh"

shop=$CHARTER_SRCDIR/data/templates/shop.en.charter
cafe_da=$CHARTER_SRCDIR/data/templates/cafe.da.charter
export SOURCE_DATE_EPOCH=1790000000

page_size() { pdfinfo "$1" | sed -n 's/^Page size: *\([0-9.]* x [0-9.]*\) pts.*/\1/p'; }
pages() { pdfinfo "$1" | sed -n 's/^Pages: *//p'; }
page_text() { pdftotext -enc UTF-8 -f "$2" -l "$2" "$1" - | tr -s ' \n\f' '  '; }
# Every font of the file embedded: pdffonts' "emb" column says yes.
fonts_embedded() { pdffonts "$1" | awk 'NR > 2 { n++; if ($(NF-4) != "yes") bad++ } END { exit !(n > 0 && bad == 0) }'; }

# --- poster --------------------------------------------------------------

expect_exit "poster" 0 charter export "$shop" --layout poster -o "$WORK/poster.pdf"
ok "... is one page" test "$(pages "$WORK/poster.pdf")" = 1
ok "... on A3 by default" test "$(page_size "$WORK/poster.pdf")" = "841.89 x 1190.55"
ok "... passes qpdf --check" qpdf --check "$WORK/poster.pdf"
ok "... with every font embedded" fonts_embedded "$WORK/poster.pdf"
page_text "$WORK/poster.pdf" 1 > "$WORK/poster.txt"
ok "... has the purpose" grep -q "The right part, the right advice, first time." "$WORK/poster.txt"
ok "... the headline standards" bash -c 'grep -q "We answer the phone within 20 seconds" "$0" &&
  grep -q "No more than 2 customers queue" "$0" && grep -q "ordered in within 3 working days" "$0"' "$WORK/poster.txt"
ok "... and not the others" bash -c '! grep -q "We reply to emails" "$0"' "$WORK/poster.txt"
ok "... and how to give feedback" grep -q "Tell us how we are doing" "$WORK/poster.txt"
expect_exit "poster on A4" 0 charter export "$shop" --layout poster --paper a4 -o "$WORK/poster-a4.pdf"
ok "... is A4" test "$(page_size "$WORK/poster-a4.pdf")" = "595.276 x 841.89"
expect_exit "poster on Letter" 0 charter export "$shop" --layout poster --paper letter -o "$WORK/poster-letter.pdf"
ok "... is Letter" test "$(page_size "$WORK/poster-letter.pdf")" = "612 x 792"

sed 's/ headline="true"//' "$shop" > "$WORK/no-headlines.charter"
expect_exit "poster of a charter with no headline standards" 0 \
  charter export "$WORK/no-headlines.charter" --layout poster -o "$WORK/first.pdf"
page_text "$WORK/first.pdf" 1 > "$WORK/first.txt"
ok "... shows the first of each pillar" bash -c 'grep -q "We answer the phone" "$0" &&
  grep -q "No more than 2 customers" "$0" && grep -q "Faulty goods are refunded" "$0" &&
  ! grep -q "Orders placed by 14:00" "$0"' "$WORK/first.txt"

expect_exit "Danish poster" 0 charter export "$cafe_da" --layout poster -o "$WORK/poster-da.pdf"
ok "... in Danish" bash -c 'page_text() { pdftotext -enc UTF-8 "$1" - | tr -s " \n\f" "  "; };
  page_text "$0" | grep -q "Fortæl os, hvordan vi klarer os" && page_text "$0" | grep -q "Gældende fra"' \
  "$WORK/poster-da.pdf"
expect_exit "poster as PNG" 0 charter export "$shop" --layout poster --paper a4 -o "$WORK/poster.png"
ok "... is a PNG" bash -c 'file "$0" | grep -q "PNG image data, 1241 x 1754"' "$WORK/poster.png"

# --- pocket card ---------------------------------------------------------

for paper in a4 letter; do
  expect_exit "cards on $paper" 0 charter export "$shop" --layout card --paper $paper -o "$WORK/cards-$paper.pdf"
  ok "... fronts and backs" test "$(pages "$WORK/cards-$paper.pdf")" = 2
  ok "... pass qpdf --check" qpdf --check "$WORK/cards-$paper.pdf"
  ok "... with every font embedded" fonts_embedded "$WORK/cards-$paper.pdf"
  ok "... eight cards a sheet" test "$(page_text "$WORK/cards-$paper.pdf" 1 | grep -o "The right part" | wc -l)" = 8
done
ok "A4 sheet is A4" test "$(page_size "$WORK/cards-a4.pdf")" = "595.276 x 841.89"
ok "Letter sheet is Letter" test "$(page_size "$WORK/cards-letter.pdf")" = "612 x 792"

expect_exit "one card for a print shop" 0 charter export "$shop" --layout card --paper card -o "$WORK/card.pdf"
ok "... front and back" test "$(pages "$WORK/card.pdf")" = 2
# 85 × 55 mm plus 3 mm bleed on every side: 91 × 61 mm.
ok "... at trim size plus bleed" test "$(page_size "$WORK/card.pdf")" = "257.953 x 172.913"
ok "... passes qpdf --check" qpdf --check "$WORK/card.pdf"
ok "... with every font embedded" fonts_embedded "$WORK/card.pdf"
ok "... the front has the purpose and top standards" bash -c 'page_text() { pdftotext -enc UTF-8 -f 1 -l 1 "$1" - | tr -s " \n\f" "  "; };
  t=$(page_text "$0"); [[ $t == *"The right part"* && $t == *"We answer the phone"* ]]' "$WORK/card.pdf"
ok "... the back how to contact and complain" bash -c 'page_text() { pdftotext -enc UTF-8 -f 2 -l 2 "$1" - | tr -s " \n\f" "  "; };
  t=$(page_text "$0"); [[ $t == *"Contact us"* && $t == *"How to complain"* && $t == *"01684 293 117"* ]]' "$WORK/card.pdf"

# The safe area: 3 mm bleed + 4 mm inside the trim, in points from the
# page's corner; every word's box must lie inside it.
safe_area() {
  pdftotext -bbox "$1" - | awk -v lo=19.83 -v xhi=238.12 -v yhi=153.08 '
    /<word / {
      n++
      for (i = 1; i <= NF; i++) { split($i, kv, "\""); v[kv[1]] = kv[2] }
      if (v["xMin="] < lo || v["yMin="] < lo || v["xMax="] > xhi || v["yMax="] > yhi) { bad++; print "outside: " $0 }
    }
    END { exit !(n > 10 && bad == 0) }'
}
ok "... all card text lies inside the safe area" safe_area "$WORK/card.pdf"
long=$WORK/long.charter
sed -e 's|<name>Hollis &amp; Daughters Hardware</name>|<name>Hollis \&amp; Daughters Hardware, Garden Centre and Key Cutting Services of Tewkesbury</name>|' \
    -e 's|<statement>.*</statement>|<statement>The right part, the right advice, first time, every time, for every customer who walks through our door.</statement>|' \
    "$shop" > "$long"
expect_exit "a card with long texts" 0 charter export "$long" --layout card --paper card -o "$WORK/card-long.pdf"
ok "... still keeps its text inside the safe area" safe_area "$WORK/card-long.pdf"

expect_exit "the card paper is only for cards" 2 charter export "$shop" --paper card -o "$WORK/x.pdf"
ok "... says so" grep -q "the “card” paper is for the card layout" "$WORK/.err"
ok "... and writes nothing" test ! -e "$WORK/x.pdf"
expect_exit "an unknown layout" 2 charter export "$shop" --layout flyer -o "$WORK/x.pdf"
ok "... names the layouts" grep -q "use document, poster, card, induction or report" "$WORK/.err"

# --- induction -----------------------------------------------------------

expect_exit "induction pack" 0 charter export "$shop" --layout induction --paper a4 -o "$WORK/induction.pdf"
n=$(pages "$WORK/induction.pdf")
ok "... passes qpdf --check" qpdf --check "$WORK/induction.pdf"
ok "... with every font embedded" fonts_embedded "$WORK/induction.pdf"
ok "... ends with the acknowledgement page" bash -c 'pdftotext -f "$1" -l "$1" "$0" - | grep -q "Staff acknowledgement"' \
  "$WORK/induction.pdf" "$n"
ok "... after the role section" bash -c 'pdftotext -f "$(($1 - 1))" -l "$(($1 - 1))" "$0" - |
  grep -q "What this charter means for your role"' "$WORK/induction.pdf" "$n"
ok "... with signature and date lines" bash -c 'pdftotext -f "$1" -l "$1" "$0" - | grep -q "SIGNATURE" &&
  pdftotext -f "$1" -l "$1" "$0" - | grep -q "START DATE"' "$WORK/induction.pdf" "$n"
ok "... and its page numbers count every page" bash -c 'pdftotext -f "$1" -l "$1" "$0" - | grep -q "Page $1 of $1"' \
  "$WORK/induction.pdf" "$n"
ok "... has the acknowledgement in the outline" bash -c 'qpdf --json "$0" 2>/dev/null | grep -q "Staff acknowledgement" ||
  strings "$0" | grep -q "Staff acknowledgement"' "$WORK/induction.pdf"

printf 'name,role,start_date\nAda Lovelace,Shop assistant,2026-10-05\n"Brøndum, Søren",Stock room lead,2026-11-02\nChloé Zhang,Saturday staff,2026-12-01\n' \
  > "$WORK/staff.csv"
expect_exit "three personalised packs in one PDF" 0 \
  charter export "$shop" --layout induction --paper a4 --staff "$WORK/staff.csv" -o "$WORK/packs.pdf"
ok "... says how many" grep -q "Wrote 3 induction packs to" "$WORK/.stdout"
ok "... three packs of pages" test "$(pages "$WORK/packs.pdf")" = $((3 * n))
ok "... passes qpdf --check" qpdf --check "$WORK/packs.pdf"
i=0
for who in "Ada Lovelace|Shop assistant|2026-10-05" "Brøndum, Søren|Stock room lead|2026-11-02" "Chloé Zhang|Saturday staff|2026-12-01"; do
  i=$((i + 1))
  IFS='|' read -r name role start <<<"$who"
  text=$(page_text "$WORK/packs.pdf" $((i * n)))
  ok "... $name on their own acknowledgement page" bash -c '[[ $0 == *"$1"* && $0 == *"$2"* && $0 == *"$3"* ]]' \
    "$text" "$name" "$role" "$start"
  others=$(printf '%s\n' "Ada Lovelace" "Brøndum, Søren" "Chloé Zhang" | grep -v -F "$name")
  ok "... and nobody else's" bash -c 'while read -r o; do [[ $0 == *"$o"* ]] && exit 1; done <<<"$1"; exit 0' "$text" "$others"
done
ok "... each pack numbers its own pages" bash -c 'pdftotext -f "$(($1 * 2))" -l "$(($1 * 2))" "$0" - | grep -q "Page $1 of $1"' \
  "$WORK/packs.pdf" "$n"

expect_exit "one PDF per person" 0 \
  charter export "$shop" --layout induction --staff "$WORK/staff.csv" --output-dir "$WORK/packs"
ok "... named by place and name" test "$(cd "$WORK/packs" && echo *)" = "001-ada-lovelace.pdf 002-broendum-soeren.pdf 003-chloe-zhang.pdf"
ok "... each a whole pack" test "$(pages "$WORK/packs/002-broendum-soeren.pdf")" = "$n"
ok "... with its person" bash -c 'pdftotext -f "$1" -l "$1" "$0" - | grep -q "Brøndum, Søren"' "$WORK/packs/002-broendum-soeren.pdf" "$n"

{
  echo "name,role,start_date"
  for i in $(seq 1 200); do echo "Starter $i,Role $i,2026-01-01"; done
} > "$WORK/staff200.csv"
expect_exit "a 200-row staff list" 0 \
  charter export "$shop" --layout induction --paper a4 --staff "$WORK/staff200.csv" -o "$WORK/pack200.pdf"
ok "... makes 200 packs" test "$(pages "$WORK/pack200.pdf")" = $((200 * n))
ok "... the last one for starter 200" bash -c '[[ $(pdftotext -f "$1" -l "$1" "$0" -) == *"Starter 200"* ]]' \
  "$WORK/pack200.pdf" $((200 * n))
ok "... passes qpdf --check" qpdf --check "$WORK/pack200.pdf"

expect_exit "Danish induction pack" 0 charter export "$cafe_da" --layout induction --staff "$WORK/staff.csv" -o "$WORK/da.pdf"
nd=$(( $(pages "$WORK/da.pdf") / 3 ))
ok "... prints Danish labels" bash -c 't=$(pdftotext -f "$1" -l "$1" "$0" -); [[ $t == *"Medarbejderens bekræftelse"* && $t == *"UNDERSKRIFT"* && $t == *"Ada Lovelace"* ]]' \
  "$WORK/da.pdf" "$nd"
ok "... and the role section in Danish" bash -c 'pdftotext "$0" - | grep -q "Hvad charteret betyder for dit arbejde"' "$WORK/da.pdf"

# --- staff list errors: line numbers, nothing written ---------------------

csv_error() {
  local name=$1 data=$2 message=$3
  printf '%b' "$data" > "$WORK/bad.csv"
  rm -rf "$WORK/bad.pdf" "$WORK/bad-dir"
  expect_exit "$name" 2 charter export "$shop" --layout induction --staff "$WORK/bad.csv" -o "$WORK/bad.pdf"
  ok "... reports $message" grep -qF "charter: $WORK/bad.csv: error: $message" "$WORK/.err"
  ok "... and writes nothing" test ! -e "$WORK/bad.pdf"
  expect_exit "... also with --output-dir" 2 charter export "$shop" --layout induction --staff "$WORK/bad.csv" --output-dir "$WORK/bad-dir"
  ok "... which is not even made" test ! -e "$WORK/bad-dir"
}
csv_error "a missing column" 'name,role\nAda,Cook\n' 'line 1: missing column “start_date”'
csv_error "an empty row" 'name,role,start_date\nAda,Cook,2026-01-01\n\nBo,Chef,2026-01-01\n' 'line 3: empty row'
csv_error "invalid UTF-8" 'name,role,start_date\nAda,Cook,2026-01-01\nB\xf8rge,Chef,2026-01-01\n' 'line 3: the text is not valid UTF-8'
csv_error "a row without a name" 'name,role,start_date\nAda,Cook,2026-01-01\n ,Chef,2026-01-01\n' 'line 3: no name'
csv_error "a header and nobody" 'name,role,start_date\n' 'line 1: the staff list has a header but nobody in it'

expect_exit "--staff needs the induction layout" 2 charter export "$shop" --staff "$WORK/staff.csv" -o "$WORK/x.pdf"
ok "... says so" grep -q -- "--staff needs --layout induction" "$WORK/.err"
expect_exit "--staff needs PDF" 2 charter export "$shop" --layout induction --staff "$WORK/staff.csv" -o "$WORK/x.png"
ok "... writes nothing" test ! -e "$WORK/x.png"
expect_exit "a missing staff file" 2 charter export "$shop" --layout induction --staff "$WORK/none.csv" -o "$WORK/x.pdf"
ok "... names it" grep -q "none.csv: error:" "$WORK/.err"

done_testing
