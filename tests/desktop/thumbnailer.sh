#!/usr/bin/env bash
# charter-thumbnailer as a file manager runs it: every template gives a
# whole PNG whose larger side is the size asked for, paths and URIs both
# work, and bad input fails loudly and writes nothing.
#
# usage: thumbnailer.sh PYTHON THUMBNAILER
# SPDX-License-Identifier: GPL-3.0-or-later
set -u
. "$(dirname "$0")/../cli/tap.sh"

python=$1 thumbnailer=$2
templates=$CHARTER_SRCDIR/data/templates
png_ok() { "$python" "$CHARTER_SRCDIR/tests/desktop/check-png.py" "$@"; }
# An A4 page (595.276 × 841.89 pt; the C locale prints on A4) scaled so its
# height is SIZE.
a4_width() { "$python" -c 'import sys; print(max(1, round(595.276 * int(sys.argv[1]) / 841.89)))' "$1"; }

ok "no GTK: the thumbnailer does not link libgtk" bash -c '! ldd "$0" | grep -q "libgtk\|libadwaita"' "$thumbnailer"

# --- every template, at GNOME's normal size; tap.sh has unset DISPLAY.
w256=$(a4_width 256)
for t in "$templates"/*.charter; do
  name=$(basename "$t" .charter)
  ok "$name: thumbnail at -s 256" "$thumbnailer" -s 256 "$t" "$WORK/$name.png"
  ok "... a whole, non-blank PNG of ${w256}×256" png_ok "$WORK/$name.png" "$w256" 256
done

ok "a charter with an embedded logo" "$thumbnailer" -s 256 "$CHARTER_SRCDIR/tests/data/roundtrip/every-field.charter" "$WORK/logo.png"
ok "... is a PNG of ${w256}×256" png_ok "$WORK/logo.png" "$w256" 256

# --- the sizes file managers ask for (normal, large, x-large, xx-large)
# and the extremes.
# The header alone, for images too small to show a page or too large to
# decode in Python quickly.
png_size_is() {
  "$python" -c 'import struct, sys
d = open(sys.argv[1], "rb").read(24)
sys.exit(d[:8] != b"\x89PNG\r\n\x1a\n" or d[12:16] != b"IHDR" or struct.unpack(">II", d[16:24]) != (int(sys.argv[2]), int(sys.argv[3])))' "$@"
}
for size in 128 512 1024; do
  ok "-s $size" "$thumbnailer" -s "$size" "$templates/shop.en.charter" "$WORK/size.png"
  ok "... is a PNG of $(a4_width "$size")×$size" png_ok "$WORK/size.png" "$(a4_width "$size")" "$size"
done
for size in 1 4096; do
  ok "-s $size" "$thumbnailer" -s "$size" "$templates/shop.en.charter" "$WORK/size.png"
  ok "... is $(a4_width "$size")×$size" png_size_is "$WORK/size.png" "$(a4_width "$size")" "$size"
done
ok "without -s: 256" "$thumbnailer" "$templates/cafe.en.charter" "$WORK/default.png"
ok "... is ${w256}×256" png_ok "$WORK/default.png" "$w256" 256
ok "the same file twice gives the same bytes" bash -c \
  '"$0" -s 128 "$1" "$2/a.png" && "$0" -s 128 "$1" "$2/b.png" && cmp "$2/a.png" "$2/b.png"' \
  "$thumbnailer" "$templates/trades.da.charter" "$WORK"

# --- input as a URI (what %u and many %i give), with escapes and non-ASCII.
mkdir -p "$WORK/Mine filer/æøå"
cp "$templates/cafe.da.charter" "$WORK/Mine filer/æøå/café 1.charter"
uri=$("$python" -c 'import pathlib,sys; print(pathlib.Path(sys.argv[1]).as_uri())' "$WORK/Mine filer/æøå/café 1.charter")
ok "a file:// URI with escapes ($(basename "$uri"))" "$thumbnailer" -s 128 "$uri" "$WORK/uri.png"
ok "... gives the same PNG as the path" bash -c \
  '"$0" -s 128 "$1" "$2/path.png" && cmp "$2/uri.png" "$2/path.png"' \
  "$thumbnailer" "$WORK/Mine filer/æøå/café 1.charter" "$WORK"
ok "an output path with spaces and non-ASCII" "$thumbnailer" -s 128 "$uri" "$WORK/Mine filer/æøå/miniature ø.png"
ok "... is a PNG" png_ok "$WORK/Mine filer/æøå/miniature ø.png" "$(a4_width 128)" 128

# --- bad input: exit status 1 (unreadable) or 2 (usage), a message on
# stderr naming the program, and nothing written (not even a temporary).
mkdir -p "$WORK/bad"
printf '' > "$WORK/bad/empty.charter"
printf 'not xml at all\n' > "$WORK/bad/text.charter"
printf '<?xml version="1.0"?>\n<html xmlns="http://www.w3.org/1999/xhtml"/>\n' > "$WORK/bad/wrong-root.charter"
head -c 400 "$templates/shop.en.charter" > "$WORK/bad/truncated.charter"
printf '<?xml version="1.0"?>\n<!DOCTYPE c [<!ENTITY a "aaaa">]>\n<charter xmlns="https://servicecharter.github.io/ns/charter" format="1">&a;</charter>\n' > "$WORK/bad/entity.charter"
sed 's/format="1"/format="99"/' "$templates/blank.en.charter" > "$WORK/bad/newer.charter"
printf '\xff\xfe<charter/>' > "$WORK/bad/latin.charter"
truncate -s 17M "$WORK/bad/huge.charter"
mkdir "$WORK/bad/folder.charter"

out=$WORK/out
bad_case() {  # NAME CODE ARGS…
  local name=$1 code=$2; shift 2
  rm -rf "$out"; mkdir "$out"
  expect_exit "$name: exit $code" "$code" "$thumbnailer" "$@"
  ok "... says why on stderr" bash -c 'grep -q "^charter-thumbnailer: .*error: ." "$0"' "$WORK/.err"
  ok "... writes nothing" bash -c '[ -z "$(ls -A "$0")" ] && [ ! -s "$1" ]' "$out" "$WORK/.stdout"
}
for f in "$WORK"/bad/*.charter; do
  bad_case "$(basename "$f")" 1 -s 128 "$f" "$out/thumb.png"
done
bad_case "a missing file" 1 -s 128 "$WORK/bad/none.charter" "$out/thumb.png"
bad_case "a missing file as a URI" 1 -s 128 "file://$WORK/bad/none.charter" "$out/thumb.png"
bad_case "an output folder that does not exist" 1 -s 128 "$templates/shop.en.charter" "$out/no/such/dir/thumb.png"
bad_case "-s 0" 2 -s 0 "$templates/shop.en.charter" "$out/thumb.png"
bad_case "-s -5" 2 -s -5 "$templates/shop.en.charter" "$out/thumb.png"
bad_case "-s 100000" 2 -s 100000 "$templates/shop.en.charter" "$out/thumb.png"
bad_case "-s big" 2 -s big "$templates/shop.en.charter" "$out/thumb.png"
bad_case "no output argument" 2 -s 128 "$templates/shop.en.charter"
bad_case "an extra argument" 2 -s 128 "$templates/shop.en.charter" "$out/thumb.png" "$out/more.png"
bad_case "an unknown option" 2 --colour=red "$templates/shop.en.charter" "$out/thumb.png"

# A failed run keeps an older thumbnail whole rather than half-replacing it.
printf 'old thumbnail' > "$WORK/keep.png"
expect_exit "failing onto an existing output" 1 "$thumbnailer" -s 128 "$WORK/bad/text.charter" "$WORK/keep.png"
ok "... leaves it untouched" bash -c '[ "$(cat "$0")" = "old thumbnail" ]' "$WORK/keep.png"
ok "a good run replaces it" "$thumbnailer" -s 128 "$templates/shop.en.charter" "$WORK/keep.png"
ok "... with the PNG" png_ok "$WORK/keep.png" "$(a4_width 128)" 128

ok "--help describes the arguments" bash -c '"$0" --help | grep -q "INPUT OUTPUT"' "$thumbnailer"

done_testing
