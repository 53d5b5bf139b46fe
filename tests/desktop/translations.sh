#!/usr/bin/env bash
# Translations: the catalogues are clean and complete, POTFILES lists every
# file with translatable strings, the command line speaks Danish when asked,
# and a charter's printed headings follow the charter's language, not the
# user's.
#
# usage: translations.sh LOCALEDIR   (the build tree's po/ directory)
# SPDX-License-Identifier: GPL-3.0-or-later
set -u
. "$(dirname "$0")/../cli/tap.sh"

localedir=$1
po=$CHARTER_SRCDIR/po
danish=$CHARTER_SRCDIR/tests/data/roundtrip/danish.charter
shop=$CHARTER_SRCDIR/data/templates/shop.en.charter

# --- the catalogues
mapfile -t linguas < <(sed 's/#.*//' "$po/LINGUAS" | tr ' ' '\n' | sed '/^$/d')
ok "LINGUAS lists Danish" bash -c 'printf "%s\n" "$@" | grep -qx da' _ "${linguas[@]}"
for l in "${linguas[@]}"; do
  ok "$l.po passes msgfmt --check" msgfmt --check --output-file=/dev/null "$po/$l.po"
  ok "$l.mo is built" test -s "$localedir/$l/LC_MESSAGES/charter.mo"
done
for f in "$po"/*.po; do
  l=$(basename "$f" .po)
  ok "$l.po is in LINGUAS" bash -c 'printf "%s\n" "${@:2}" | grep -qx "$1"' _ "$l" "${linguas[@]}"
done

# --- POTFILES: complete, existing, and extractable without warnings
cd "$CHARTER_SRCDIR"
mapfile -t potfiles < <(sed 's/#.*//; /^[[:space:]]*$/d' po/POTFILES)
ok "every file in POTFILES exists" bash -c 'for f; do [ -f "$f" ] || { echo "missing: $f"; exit 1; }; done' _ "${potfiles[@]}"
{
  grep -rlE '(^|[^A-Za-z0-9_])(_|N_|C_|NC_)\s*\("' --include='*.c' src 2>/dev/null || true
  grep -rl 'translatable="yes"' --include='*.ui' --include='*.blp' src ui 2>/dev/null || true
  ls data/*.desktop.in data/*.metainfo.xml.in data/*.mime.xml.in data/*.gschema.xml.in 2>/dev/null || true
} | sort -u > "$WORK/translatable"
ok "POTFILES lists every file with translatable strings" bash -c \
  'missing=$(comm -23 "$0" <(printf "%s\n" "${@:1}" | sort -u)); [ -z "$missing" ] || { echo "not in po/POTFILES:"; echo "$missing"; false; }' \
  "$WORK/translatable" "${potfiles[@]}"
ok "xgettext extracts every string without a warning" bash -c \
  'xgettext --from-code=UTF-8 --add-comments --keyword=_ --keyword=N_ --keyword=C_:1c,2 --keyword=NC_:1c,2 \
     --keyword=g_dngettext:2,3 --flag=N_:1:pass-c-format --flag=C_:2:pass-c-format \
     --flag=g_set_error:4:c-format --flag=g_strdup_printf:1:c-format --flag=g_printerr:1:c-format \
     --flag=g_print:1:c-format --flag=g_error_new:3:c-format \
     --files-from=po/POTFILES --directory=. --output="$0/fresh.pot" 2>"$0/xgettext.err" &&
   [ ! -s "$0/xgettext.err" ] || { cat "$0/xgettext.err"; false; }' "$WORK"
for l in "${linguas[@]}"; do
  ok "$l.po translates every string in the sources" bash -c \
    'msgmerge --quiet --no-fuzzy-matching --output-file="$0/merged.po" "$1" "$0/fresh.pot" &&
     untranslated=$(msgattrib --untranslated --no-obsolete --no-wrap "$0/merged.po" | grep "^msgid " | grep -vx "msgid \"\"" ;
                    msgattrib --only-fuzzy --no-obsolete --no-wrap "$0/merged.po" | grep "^msgid " | grep -vx "msgid \"\"") ;
     [ -z "$untranslated" ] || { echo "$untranslated"; false; }' "$WORK" "$po/$l.po"
done
cd "$WORK"

# --- the command line in Danish
export CHARTER_LOCALEDIR=$localedir
ok "LANGUAGE=da: --help is Danish" bash -c \
  'LANGUAGE=da LANG=da_DK.UTF-8 "$CHARTER_BIN" --help > "$0/help.da" && grep -q "^Brug:" "$0/help.da" && grep -q "^Kommandoer:" "$0/help.da" && grep -q "Opret et charter ud fra en skabelon" "$0/help.da"' "$WORK"
ok "... and English without it" bash -c \
  '"$CHARTER_BIN" --help > "$0/help.en" && grep -q "^Usage:" "$0/help.en" && grep -q "Create a charter from a template" "$0/help.en"' "$WORK"
expect_exit "LANGUAGE=da: an unknown template" 2 env LANGUAGE=da LANG=da_DK.UTF-8 "$CHARTER_BIN" new --template nope -o "$WORK/nope.charter"
ok "... is reported in Danish" grep -q "^charter: fejl: der findes ingen skabelon med navnet »nope« (se »charter templates«)" "$WORK/.err"
expect_exit "LANGUAGE=da: a usage error" 2 env LANGUAGE=da "$CHARTER_BIN" export "$shop"
ok "... is explained in Danish" grep -q "Prøv »charter --help« for at få flere oplysninger" "$WORK/.err"
ok "LANGUAGE=da: template names and descriptions are Danish" bash -c \
  'LANGUAGE=da "$CHARTER_BIN" templates > "$0/templates.da" && grep -q "^blank .*Tomt charter .*Begynd med et tomt charter" "$0/templates.da"' "$WORK"

# --- printed headings follow the charter, not the environment
ok "a Danish charter exported on an English desktop" env LANGUAGE=en LANG=en_GB.UTF-8 "$CHARTER_BIN" export "$danish" -o "$WORK/danish.txt"
ok "... has Danish headings" grep -q "Vores servicemål" "$WORK/danish.txt"
ok "... and no English ones" bash -c '! grep -q "Our service standards" "$0"' "$WORK/danish.txt"
ok "an English charter exported on a Danish desktop" env LANGUAGE=da LANG=da_DK.UTF-8 "$CHARTER_BIN" export "$shop" -o "$WORK/shop.txt"
ok "... has English headings" grep -q "Our service standards" "$WORK/shop.txt"
ok "... and no Danish ones" bash -c '! grep -q "Vores servicemål" "$0"' "$WORK/shop.txt"

done_testing
