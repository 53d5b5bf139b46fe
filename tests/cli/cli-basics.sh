#!/usr/bin/env bash
# The command line: new, templates, validate, export, help and version.
# SPDX-License-Identifier: GPL-3.0-or-later
set -u
. "$(dirname "$0")/tap.sh"

shop=$CHARTER_SRCDIR/data/templates/shop.en.charter

ok "--version prints the version" grep -q '^charter [0-9]' <(charter --version)
ok "--help lists the commands" bash -c '"$CHARTER_BIN" --help | grep -q "validate"'
ok "templates lists blank and shop" bash -c '"$CHARTER_BIN" templates | grep -q "^blank" && "$CHARTER_BIN" templates | grep -q "^shop"'

ok "new from a template" charter new --template shop -o "$WORK/shop.charter"
ok "new from a template is the template, byte for byte" cmp "$shop" "$WORK/shop.charter"
ok "new blank in Danish" charter new --lang da -o "$WORK/blank-da.charter"
ok "the Danish blank says so" grep -q 'xml:lang="da"' "$WORK/blank-da.charter"

expect_exit "new with an unknown template fails" 2 charter new --template nope -o "$WORK/nope.charter"
ok "... with a clear message" grep -q "charter: error: there is no template called “nope”" "$WORK/.err"
ok "... and writes nothing" test ! -e "$WORK/nope.charter"
expect_exit "new without -o is a usage error" 2 charter new --template shop

# The coach compares review dates with today; pin the day the template was checked.
expect_exit "validate a clean file" 0 charter validate --today 2026-11-23 "$shop"
expect_exit "validate a missing file" 2 charter validate "$WORK/missing.charter"
ok "... names the file" grep -q "^charter: $WORK/missing.charter: error: cannot open" "$WORK/.err"
printf '<charter xmlns="https://servicecharter.github.io/ns/charter" format="1"><about><nam>x</nam></about></charter>' > "$WORK/bad.charter"
expect_exit "validate an invalid file" 2 charter validate "$WORK/bad.charter"
ok "... gives the line" grep -q "bad.charter: error: line 1: unknown element <nam> in <about>" "$WORK/.err"
expect_exit "validate several: worst status wins" 2 charter validate "$shop" "$WORK/bad.charter"

ok "export to .charter is canonical" charter export "$shop" -o "$WORK/again.charter"
ok "... and identical" cmp "$shop" "$WORK/again.charter"
ok "export to .txt" charter export "$shop" -o "$WORK/shop.txt"
ok "... has the purpose" grep -q "The right part, the right advice, first time." "$WORK/shop.txt"
ok "... has every standard" bash -c 'grep -c "^ *[0-9]\+\. " "$0" | grep -qx 6' "$WORK/shop.txt"
ok "... has the complaint stages" grep -q "Stage 2: Write to the owner" "$WORK/shop.txt"
ok "... unescaped" grep -q "Hollis & Daughters" "$WORK/shop.txt"
ok "Danish charter exports Danish headings" bash -c '"$CHARTER_BIN" export "$0" -o "$1" && grep -q "Vores servicemål" "$1" && grep -q "Ærøskøbing" "$1"' \
  "$CHARTER_SRCDIR/tests/data/roundtrip/danish.charter" "$WORK/da.txt"

mkdir -p "$WORK/batch"
ok "export --output-dir with several files" charter export --output-dir "$WORK/batch" --format txt "$shop" "$CHARTER_SRCDIR/tests/data/roundtrip/danish.charter"
ok "... writes one output per input" test -s "$WORK/batch/shop.en.txt" -a -s "$WORK/batch/danish.txt"

expect_exit "export to an unknown extension" 2 charter export "$shop" -o "$WORK/out.xyz"
ok "... writes nothing" test ! -e "$WORK/out.xyz"
expect_exit "export of an unreadable file" 2 charter export "$WORK/bad.charter" -o "$WORK/bad.txt"
ok "... writes nothing" test ! -e "$WORK/bad.txt"
expect_exit "export into a missing folder" 2 charter export "$shop" -o "$WORK/no/such/dir/out.txt"
ok "... says which folder" grep -q "no/such/dir" "$WORK/.err"

# A file marked read-only in a writable folder is not replaced behind the
# mark, not even by root.
cp "$shop" "$WORK/marked.charter" && chmod 444 "$WORK/marked.charter"
expect_exit "save over a read-only file fails" 2 charter export "$CHARTER_SRCDIR/tests/data/roundtrip/danish.charter" -o "$WORK/marked.charter"
ok "... says the file is read-only" grep -q "marked.charter: the file is read-only" "$WORK/.err"
ok "... and keeps it" cmp "$shop" "$WORK/marked.charter"
ok "... and its mode" bash -c '[ "$(stat -c %a "$0")" = 444 ]' "$WORK/marked.charter"
chmod 644 "$WORK/marked.charter"

# A read-only folder: as root, permissions do not stop writes, so use a
# read-only mount in a private mount namespace when we can.
cp "$shop" "$WORK/keep.charter"
if [ "$(id -u)" -ne 0 ]; then
  mkdir "$WORK/ro" && cp "$shop" "$WORK/ro/keep.charter" && chmod 555 "$WORK/ro"
  expect_exit "save into a read-only folder fails" 2 charter export "$CHARTER_SRCDIR/tests/data/roundtrip/danish.charter" -o "$WORK/ro/keep.charter"
  ok "... and keeps the original" cmp "$shop" "$WORK/ro/keep.charter"
  chmod 755 "$WORK/ro"
elif unshare -m true 2>/dev/null; then
  expect_exit "save into a read-only folder fails" 2 unshare -m bash -c '
    mkdir -p "$1/ro" && mount -t tmpfs -o size=1m tmpfs "$1/ro" &&
    cp "$2" "$1/ro/keep.charter" && mount -o remount,ro "$1/ro" &&
    { "$CHARTER_BIN" export "$3" -o "$1/ro/keep.charter"; rc=$?; cmp "$2" "$1/ro/keep.charter" || exit 99; exit $rc; }' \
    _ "$WORK" "$shop" "$CHARTER_SRCDIR/tests/data/roundtrip/danish.charter"
  ok "... says the disk is read-only" grep -q "read-only" "$WORK/.err"
else
  skip "save into a read-only folder fails" "running as root without mount namespaces"
fi

# A full disk, for real: a 64 KiB tmpfs holding the original, and a
# charter of about 200 KiB to save over it.
{ printf '<charter xmlns="https://servicecharter.github.io/ns/charter" format="1"><standards>'
  head -c 3000 /dev/zero | sed 's|\x0|<standard><text>We answer every letter within five working days.</text></standard>|g'
  printf '</standards></charter>\n'; } > "$WORK/big.charter"
if unshare -m true 2>/dev/null; then
  expect_exit "save onto a full disk fails" 2 unshare -m bash -c '
    mkdir -p "$1/full" && mount -t tmpfs -o size=64k tmpfs "$1/full" &&
    cp "$2" "$1/full/keep.charter" &&
    { "$CHARTER_BIN" export "$3" -o "$1/full/keep.charter"; rc=$?;
      cmp "$2" "$1/full/keep.charter" || exit 98;
      [ "$(ls -A "$1/full")" = keep.charter ] || exit 99; exit $rc; }' \
    _ "$WORK" "$shop" "$WORK/big.charter"
  ok "... says the disk is full, keeps the original and leaves no temporary file" grep -q "the disk is full" "$WORK/.err"
else
  skip "save onto a full disk fails" "no mount namespaces"
fi

done_testing
