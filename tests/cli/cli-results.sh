#!/usr/bin/env bash
# Results per period: charter results, results import and the achievement
# report (export --layout report).
# SPDX-License-Identifier: GPL-3.0-or-later
set -u
. "$(dirname "$0")/tap.sh"

results=$CHARTER_SRCDIR/tests/data/roundtrip/results.charter
shop=$CHARTER_SRCDIR/data/templates/shop.en.charter
rng=$CHARTER_SRCDIR/data/charter.rng

# pdftotext wraps table cells; compare text with all whitespace squeezed.
flat_text() { pdftotext -enc UTF-8 "$1" - | tr -s ' \n\f' '  '; }
# Only the first table column (the standards) of A4 pages, read at 72 dpi,
# so that neighbouring cells do not interleave with a wrapped standard.
flat_column() { pdftotext -enc UTF-8 -x 50 -y 0 -W 160 -H 842 "$1" - | tr -s ' \n\f' '  '; }

# --- the table on the terminal ---------------------------------------

expect_exit "results shows the latest period" 0 charter results "$results"
ok "... which is September 2026" grep -q "^How we did — September 2026" "$WORK/.stdout"
expect_exit "results --period 2026-Q3" 0 charter results "$results" --period 2026-Q3
ok "... marks a met standard with ✓ and a word" grep -q "s1 We answer the phone.*388 of 420 (92.4%) *✓ Met" "$WORK/.stdout"
ok "... marks a missed standard with ✗ and a word" grep -q "s4 We reply to emails.*250 of 300 (83.3%) *✗ Missed" "$WORK/.stdout"
ok "... judges a value where lower is better" grep -q "s8 .*at most 5 minutes *4.75 minutes *✓ Met" "$WORK/.stdout"
ok "... judges a value where higher is better" grep -q "s7 .*at least 4.5 out of 5 *4.2 out of 5 *✗ Missed" "$WORK/.stdout"
ok "... does not judge zero cases" grep -q "s3 .*No cases *– No cases" "$WORK/.stdout"
ok "... shows the trend" grep -q "93% → 89% → 92.4%" "$WORK/.stdout"
ok "... sums up" grep -q "In Q3 2026 we met 3 of 5 standards (60%)" "$WORK/.stdout"
ok "... explains the misses" grep -q "Why: New email system, 2 weeks of backlog" "$WORK/.stdout"

expect_exit "a period without results is an error" 2 charter results "$results" --period 2025-Q1
ok "... listing the periods there are" grep -q "no results for 2025-Q1 (periods with results: 2026-Q1, 2026-Q2" "$WORK/.err"
expect_exit "a malformed period is an error" 2 charter results "$results" --period 2026-Q7
expect_exit "a charter without results says how to add them" 0 charter results "$shop"
ok "... naming the import command" grep -q "charter results import" "$WORK/.stdout"

# --- import ------------------------------------------------------------

cp "$shop" "$WORK/shop.charter"
cp "$shop" "$WORK/pristine.charter"
printf 'period,standard,total,met,value,note,action\r\n2026-Q3,s1,420,388,,,\r\n2026-Q3,"We reply to emails within 1 working day.",300,250,,"New system,\r\nbacklog of ""two"" weeks",Oldest first\r\n' > "$WORK/good.csv"

expect_exit "import --dry-run" 0 charter results import "$WORK/shop.charter" "$WORK/good.csv" --dry-run
ok "... previews each row with its line" grep -q "line 3 *2026-Q3 *s4 *add *250 of 300 (83.3%)" "$WORK/.stdout"
ok "... says nothing was written" grep -q "Dry run: .* was not changed" "$WORK/.stdout"
ok "... and leaves the file byte for byte" cmp "$WORK/pristine.charter" "$WORK/shop.charter"

expect_exit "import" 0 charter results import "$WORK/shop.charter" "$WORK/good.csv"
ok "... previews before saving" grep -q "2 to add, 0 to replace, 0 unchanged" "$WORK/.stdout"
ok "... stores the counts" grep -q '<result standard="s4" total="300" met="250">' "$WORK/shop.charter"
ok "... keeps the quoted note with its line break and quotes" \
  bash -c 'grep -A1 "<note>New system," "$0" | grep -q "^backlog of \"two\" weeks</note>"' "$WORK/shop.charter"
ok "... writes a file the schema accepts" xmllint --noout --relaxng "$rng" "$WORK/shop.charter"
ok "... which round-trips byte for byte" bash -c '"$CHARTER_BIN" export "$0" -o "$1" && cmp "$0" "$1"' \
  "$WORK/shop.charter" "$WORK/shop-again.charter"

cp "$WORK/shop.charter" "$WORK/before.charter"
expect_exit "importing the same file again" 0 charter results import "$WORK/shop.charter" "$WORK/good.csv"
ok "... finds nothing to change" grep -q "0 to add, 0 to replace, 2 unchanged" "$WORK/.stdout"
ok "... and leaves the file alone" cmp "$WORK/before.charter" "$WORK/shop.charter"

printf 'period,standard,total,met,value\n2026-Q3,s1,10,9,\n2026-Q3,s9,10,9,\n\n2026-Q3,s2,ten,9,\n2026-Q3,s3,5,6,\n2026-Q3,s5,,,\n' > "$WORK/bad.csv"
expect_exit "import with errors fails" 2 charter results import "$WORK/shop.charter" "$WORK/bad.csv"
ok "... unknown standard, with its CSV line" grep -q "bad.csv: error: line 3: unknown standard “s9”" "$WORK/.err"
ok "... empty row" grep -q "bad.csv: error: line 4: empty row" "$WORK/.err"
ok "... not a number" grep -q "bad.csv: error: line 5: total “ten” is not a whole number" "$WORK/.err"
ok "... met over total" grep -q "bad.csv: error: line 6: met (6) is more than total (5)" "$WORK/.err"
ok "... no result at all" grep -q "bad.csv: error: line 7: no result" "$WORK/.err"
ok "... says nothing was imported" grep -q "nothing was imported; the charter is unchanged" "$WORK/.err"
ok "... and the charter is unchanged" cmp "$WORK/before.charter" "$WORK/shop.charter"

printf 'standard,total,met\ns1,1,1\n' > "$WORK/nocolumn.csv"
expect_exit "a missing column fails" 2 charter results import "$WORK/shop.charter" "$WORK/nocolumn.csv"
ok "... on line 1" grep -q "nocolumn.csv: error: line 1: missing column “period”" "$WORK/.err"
ok "... charter unchanged" cmp "$WORK/before.charter" "$WORK/shop.charter"

printf 'period,standard,value\n2026-Q3,s1,3\n2026-Q3,s2,\xff\n' > "$WORK/latin1.csv"
expect_exit "invalid UTF-8 fails" 2 charter results import "$WORK/shop.charter" "$WORK/latin1.csv"
ok "... on its line" grep -q "latin1.csv: error: line 3: the text is not valid UTF-8" "$WORK/.err"
ok "... charter unchanged" cmp "$WORK/before.charter" "$WORK/shop.charter"

printf 'period,standard,value\n2026-Q3,s1,"3\n' > "$WORK/open.csv"
expect_exit "an unclosed quote fails" 2 charter results import "$WORK/shop.charter" "$WORK/open.csv"
ok "... on the line it opens" grep -q "open.csv: error: line 2: a quoted field is not closed" "$WORK/.err"

expect_exit "a missing CSV fails" 2 charter results import "$WORK/shop.charter" "$WORK/missing.csv"
expect_exit "import into a missing charter fails" 2 charter results import "$WORK/missing.charter" "$WORK/good.csv"
ok "... creating nothing" test ! -e "$WORK/missing.charter"

# --- the report ---------------------------------------------------------

expect_exit "export the report as PDF" 0 charter export "$results" --layout report --period 2026-Q3 -o "$WORK/report.pdf"
ok "... passes qpdf --check" qpdf --check "$WORK/report.pdf"
flat_text "$WORK/report.pdf" > "$WORK/report.txt"
flat_column "$WORK/report.pdf" > "$WORK/report-column.txt"
standards_listed() {
  local missing=0
  while IFS= read -r text; do
    grep -qF -- "$text" "$1" || { echo "missing: $text"; missing=1; }
  done < <(sed -n 's:^ *<text>\(.*\)</text>$:\1:p' "$2" | sed 's/&amp;/\&/g; s/&lt;/</g; s/&gt;/>/g')
  return $missing
}
ok "... lists every standard" standards_listed "$WORK/report-column.txt" "$results"
ok "... marks met with ✓ and a word" grep -q "✓ Met" "$WORK/report.txt"
ok "... marks missed with ✗ and a word" grep -q "✗ Missed" "$WORK/report.txt"
ok "... has the summary" grep -q "In Q3 2026 we met 3 of 5 standards (60%)" "$WORK/report.txt"
ok "... has the notes on misses" grep -q "Why: Survey moved to email; fewer, angrier replies" "$WORK/report.txt"
ok "... has a page footer" grep -q "Page 1 of 1" "$WORK/report.txt"
ok "... has a title in its metadata" bash -c 'pdfinfo "$0" | grep -q "^Title: *How we did — Q3 2026 — Hollis & Daughters Hardware"' "$WORK/report.pdf"

expect_exit "export the report as HTML" 0 charter export "$results" --layout report --period 2026-Q2 -o "$WORK/report.html"
ok "... lists the period" grep -q "<h1>How we did — Q2 2026</h1>" "$WORK/report.html"
ok "... escapes notes" grep -q "Roadworks &amp; a &lt;closed&gt; counter" "$WORK/report.html"
ok "... marks the miss in words" grep -q '<td class="missed">✗ Missed</td>' "$WORK/report.html"
ok "... describes charts in words" grep -q 'aria-label="Trend: Q1 2026 93% Met; Q2 2026 89% Missed"' "$WORK/report.html"

# Hostile text in a standard must come out as text in HTML.
sed 's|<text>We answer the phone within 20 seconds.</text>|<text>\&lt;script\&gt;alert("x")\&lt;/script\&gt; \&amp; \&lt;b\&gt;</text>|' "$results" > "$WORK/hostile.charter"
expect_exit "export a report with markup in a standard" 0 charter export "$WORK/hostile.charter" --layout report --period 2026-Q3 -o "$WORK/hostile.html"
ok "... escapes it" grep -qF '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;b&gt;' "$WORK/hostile.html"
ok "... leaves no live tag" bash -c '! grep -q "<script\|<b>" "$0"' "$WORK/hostile.html"
expect_exit "... and as PDF" 0 charter export "$WORK/hostile.charter" --layout report --period 2026-Q3 -o "$WORK/hostile.pdf"
ok "... shows the text literally" bash -c 'pdftotext "$0" - | grep -qF "<script>alert(\"x\")</script> & <b>"' "$WORK/hostile.pdf"

expect_exit "export the report as PNG" 0 charter export "$results" --layout report --period 2026-Q3 -o "$WORK/report.png"
ok "... is a PNG" bash -c 'head -c 8 "$0" | od -An -tx1 | grep -q "89 50 4e 47 0d 0a 1a 0a"' "$WORK/report.png"
expect_exit "export the report as text" 0 charter export "$results" --layout report --period 2026-Q3 -o "$WORK/report-plain.txt"
ok "... has the table" grep -q "✗ Missed" "$WORK/report-plain.txt"

expect_exit "a report without results fails" 2 charter export "$shop" --layout report -o "$WORK/none.pdf"
ok "... says why" grep -q "has no results yet" "$WORK/.err"
ok "... and writes nothing" test ! -e "$WORK/none.pdf"
expect_exit "a report for a period without results fails" 2 charter export "$results" --layout report --period 2024 -o "$WORK/none.pdf"
ok "... and writes nothing" test ! -e "$WORK/none.pdf"

# A long charter: the table continues on further pages, every row whole.
{
  printf '<?xml version="1.0" encoding="UTF-8"?>\n<charter xmlns="https://servicecharter.github.io/ns/charter" format="1" xml:lang="en">\n'
  printf '  <about>\n    <name>Long Charter Ltd</name>\n  </about>\n  <standards>\n'
  for i in $(seq 1 40); do
    printf '    <standard id="s%d">\n      <text>Standard number %d: we keep this promise every single day of the week.</text>\n      <target>%d</target>\n      <unit>minutes</unit>\n      <share>90</share>\n    </standard>\n' "$i" "$i" "$i"
  done
  printf '  </standards>\n</charter>\n'
} > "$WORK/long.charter"
{
  echo "period,standard,total,met,note"
  for i in $(seq 1 40); do echo "2026-09,s$i,100,$((80 + i % 20)),Note for standard $i"; done
} > "$WORK/long.csv"
ok "import into a long charter" charter results import "$WORK/long.charter" "$WORK/long.csv"
expect_exit "export its report" 0 charter export "$WORK/long.charter" --layout report --paper a4 -o "$WORK/long.pdf"
ok "... passes qpdf --check" qpdf --check "$WORK/long.pdf"
ok "... runs over several pages" bash -c 'test "$(pdfinfo "$0" | sed -n "s/^Pages: *//p")" -ge 3' "$WORK/long.pdf"
flat_text "$WORK/long.pdf" > "$WORK/long.txt"
flat_column "$WORK/long.pdf" > "$WORK/long-column.txt"
ok "... lists every standard" standards_listed "$WORK/long-column.txt" "$WORK/long.charter"
ok "... numbers its pages" grep -q "Page 2 of " "$WORK/long.txt"
ok "... repeats the table header" bash -c 'test "$(pdftotext "$0" - | grep -c "^Met?$")" -ge 2' "$WORK/long.pdf"
expect_exit "export on Letter" 0 charter export "$WORK/long.charter" --layout report --paper letter -o "$WORK/long-letter.pdf"
ok "... is Letter sized" bash -c 'pdfinfo "$0" | grep -q "Page size: *612 x 792"' "$WORK/long-letter.pdf"
expect_exit "an unknown paper fails" 2 charter export "$WORK/long.charter" --layout report --paper b5 -o "$WORK/b5.pdf"

done_testing
