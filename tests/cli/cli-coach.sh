#!/usr/bin/env bash
# The coach on the command line: charter validate (text and JSON), every
# template validates clean, and charter templates / new list and create them.
# SPDX-License-Identifier: GPL-3.0-or-later
set -u
. "$(dirname "$0")/tap.sh"

templates=$CHARTER_SRCDIR/data/templates
schema=$CHARTER_SRCDIR/data/charter.rng
# The day the templates' review dates are measured from.
today=2026-11-23

have_python=0
command -v python3 >/dev/null && have_python=1

# json_ok FILE: the file is one valid JSON document.
json_ok() {
  if [ "$have_python" = 1 ]; then
    python3 -m json.tool "$1" >/dev/null
  else
    # Without python, check it opens and closes as an array.
    head -c1 "$1" | grep -q '\[' && tail -c2 "$1" | grep -q '\]'
  fi
}

for file in "$templates"/*.charter; do
  name=$(basename "$file")
  tmp=$WORK/$name
  ok "$name is canonical (export gives the same bytes)" \
    bash -c '"$CHARTER_BIN" export "$1" -o "$2" && cmp "$1" "$2"' _ "$file" "$tmp"
  if command -v xmllint >/dev/null; then
    ok "$name matches the RELAX NG schema" xmllint --noout --relaxng "$schema" "$file"
  else
    skip "$name matches the RELAX NG schema" "xmllint not installed"
  fi
  case $name in
    blank.*)
      expect_exit "$name has findings" 1 charter validate --today $today "$file"
      ;;
    *)
      expect_exit "$name validates with no findings" 0 charter validate --today $today "$file"
      check_json=$WORK/$name.json
      charter validate --today $today --format json "$file" >"$check_json"
      ok "$name is 100 % complete" grep -q '"completeness": 100' "$check_json"
      ;;
  esac
done

# Every template in every language it lists can be created and is clean.
charter templates >"$WORK/templates.txt"
ok "templates lists eight or more templates" test "$(wc -l <"$WORK/templates.txt")" -ge 8
for id in blank shop cafe trades agency online council health; do
  ok "templates lists $id" grep -q "^$id " "$WORK/templates.txt"
done
ok "templates shows the Danish templates" bash -c 'grep "^shop " "$1" | grep -q "en,da" && grep "^cafe " "$1" | grep -q "en,da" && grep "^trades " "$1" | grep -q "en,da"' _ "$WORK/templates.txt"
ok "templates lines carry a description" bash -c '! awk "NF < 4" "$1" | grep -q .' _ "$WORK/templates.txt"

for lang in en da; do
  for id in shop cafe trades council health; do
    ok "new --template $id --lang $lang" charter new --template $id --lang $lang -o "$WORK/$id-$lang.charter"
    ok "new $id.$lang is the template" cmp "$templates/$id.$lang.charter" "$WORK/$id-$lang.charter"
    expect_exit "new $id.$lang validates clean" 0 charter validate --today $today "$WORK/$id-$lang.charter"
  done
done
expect_exit "new with a language the template lacks fails" 2 charter new --template agency --lang da -o "$WORK/agency-da.charter"
ok "and writes nothing" test ! -e "$WORK/agency-da.charter"

# Findings in text: FILE: section: severity: message (hint)
blank=$templates/blank.en.charter
charter validate --today $today "$blank" >"$WORK/blank.txt"
ok "text findings have the FILE: section: severity: message (hint) form" \
  bash -c '! grep -Ev "^[^:]+: (about|purpose|scope|standards|rights|implementation|feedback|review): (info|warning|error): .+ \(.+\)$" "$1" | grep -q .' _ "$WORK/blank.txt"
ok "blank: no purpose" grep -q "^$blank: purpose: warning: There is no purpose statement" "$WORK/blank.txt"
ok "blank: no way to complain" grep -q "^$blank: feedback: warning: Customers have no way to complain" "$WORK/blank.txt"

# A charter with many problems, in English.
sed -e 's|<target>20</target>|<target>fast</target>|' \
    -e 's|<text>We reply to emails within 1 working day.</text>|<text>We reply to emails promptly.</text>|' \
    -e 's|<email>hello@hollishardware.co.uk</email>|<email>hello "at" hollishardware</email>|' \
    -e 's|<next-review>2027-09-01</next-review>|<next-review>2026-02-30</next-review>|' \
    -e '/<escalation>/d' \
    "$templates/shop.en.charter" >"$WORK/weak.charter"
expect_exit "a weak charter has findings" 1 charter validate --today $today "$WORK/weak.charter"
charter validate --today $today "$WORK/weak.charter" >"$WORK/weak.txt"
ok "no number" grep -q ": standards: warning: Standard 1 .* has no number" "$WORK/weak.txt"
ok "vague word" grep -q ": standards: warning: “promptly” is vague" "$WORK/weak.txt"
ok "bad email" grep -q ": about: error: .* is not an email address" "$WORK/weak.txt"
ok "impossible date" grep -q ": review: error: “2026-02-30” is not a date" "$WORK/weak.txt"
ok "no escalation" grep -q ": feedback: warning: You do not say where customers can go" "$WORK/weak.txt"

# The same in JSON, with quotes in the messages that must be escaped.
charter validate --today $today --format json "$WORK/weak.charter" >"$WORK/weak.json"
ok "validate --format json is valid JSON" json_ok "$WORK/weak.json"
ok "JSON escapes quotes" grep -q 'hello \\"at\\" hollishardware' "$WORK/weak.json"
if [ "$have_python" = 1 ]; then
  ok "JSON findings carry check, section, location and hint" python3 -c '
import json, sys
files = json.load(open(sys.argv[1]))
f = files[0]
assert f["completeness"] < 100, f["completeness"]
checks = {x["check"]: x for x in f["findings"]}
t = checks["standard-no-target"]
assert (t["section"], t["list"], t["index"], t["field"]) == ("standards", "standards", 0, "target"), t
assert checks["email-invalid"]["severity"] == "error"
assert checks["date-invalid"]["field"] == "next-review"
assert all(x["hint"] for x in f["findings"])
' "$WORK/weak.json"
else
  skip "JSON findings carry check, section, location and hint" "python3 not installed"
fi

charter validate --today $today --format json "$WORK/weak.charter" "$WORK/missing.charter" "$blank" >"$WORK/several.json"
ok "JSON for several files, one unreadable, is valid" json_ok "$WORK/several.json"
expect_exit "an unreadable file still exits 2 in JSON mode" 2 \
  charter validate --format json "$WORK/weak.charter" "$WORK/missing.charter"

odd_name=$WORK/$(printf 'odd\xff"name').charter
cp "$templates/shop.en.charter" "$odd_name"
charter validate --today $today --format json "$odd_name" >"$WORK/odd.json"
ok "JSON stays valid for a file name with quotes that is not UTF-8" json_ok "$WORK/odd.json"

# Danish rules for Danish text.
sed -e 's|<text>Vi svarer på din mail inden for 1 arbejdsdag.</text>|<text>Vi svarer på din mail hurtigst muligt.</text>|' \
    "$templates/shop.da.charter" >"$WORK/weak-da.charter"
charter validate --today $today "$WORK/weak-da.charter" >"$WORK/weak-da.txt"
ok "Danish vague words are found" grep -q ": standards: warning: “hurtigst muligt” is vague" "$WORK/weak-da.txt"

# Review dates are compared with --today.
expect_exit "the shop is clean before its review date" 0 charter validate --today 2027-09-01 "$templates/shop.en.charter"
expect_exit "and overdue after it" 1 charter validate --today 2027-09-02 "$templates/shop.en.charter"
ok "overdue says so" bash -c '"$CHARTER_BIN" validate --today 2027-09-02 "$1" | grep -q ": review: warning: The review date has passed"' _ "$templates/shop.en.charter"
expect_exit "--today must be a real date" 2 charter validate --today 2026-02-30 "$blank"
expect_exit "--format must be text or json" 2 charter validate --format xml "$blank"

done_testing
