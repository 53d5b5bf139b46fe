#!/usr/bin/env bash
# The desktop integration files: desktop entry, AppStream metainfo, icons,
# the MIME type and the thumbnailer entry, checked with the tools that read
# them on a real desktop.
#
# usage: data-files.sh DESKTOP METAINFO MIME-XML APP-ID THUMBNAILER-ENTRY GSCHEMA BINDIR PYTHON
# SPDX-License-Identifier: GPL-3.0-or-later
set -u
. "$(dirname "$0")/../cli/tap.sh"

desktop=$1 metainfo=$2 mime=$3 app_id=$4 thumb=$5 gschema=$6 bindir=$7 python=$8
data=$CHARTER_SRCDIR/data

ns=https://servicecharter.github.io/ns/charter

# --- desktop entry
ok "desktop-file-validate" desktop-file-validate "$desktop"
ok "desktop file is named after the app id" test "$(basename "$desktop")" = "$app_id.desktop"
ok "desktop file opens files with charter" grep -qx 'Exec=charter %F' "$desktop"
ok "desktop file uses the app id icon" grep -qx "Icon=$app_id" "$desktop"
ok "desktop file handles the charter MIME type" grep -qx 'MimeType=application/x-charter+xml;' "$desktop"
ok "desktop file is translated to Danish" grep -qx 'Comment\[da\]=Skriv et servicecharter, og udskriv det' "$desktop"

# --- AppStream
ok "appstreamcli validate --no-net" appstreamcli validate --no-net "$metainfo"
ok "metainfo id is the app id" grep -q "<id>$app_id</id>" "$metainfo"
ok "metainfo launches the desktop file" grep -q "<launchable type=\"desktop-id\">$app_id.desktop</launchable>" "$metainfo"
ok "metainfo provides the charter binary" grep -q '<binary>charter</binary>' "$metainfo"
ok "metainfo has an OARS content rating" grep -q '<content_rating type="oars-1.1"' "$metainfo"
ok "metainfo has light and dark branding colours" bash -c \
  'grep -q "scheme_preference=\"light\">#[0-9a-f]\{6\}<" "$0" && grep -q "scheme_preference=\"dark\">#[0-9a-f]\{6\}<" "$0"' "$metainfo"
ok "metainfo names the current version as a release" grep -q "<release version=\"$("$CHARTER_BIN" --version | cut -d' ' -f2)\"" "$metainfo"
ok "metainfo description is translated to Danish" grep -q '<p xml:lang="da">Hvert charter dækker:</p>' "$metainfo"

# The parts of the listing a software centre shows.
mi() { xmllint --xpath "$1" "$metainfo"; }
ok "metainfo description has paragraphs and a list" bash -c \
  '[ "$(xmllint --xpath "count(/component/description/p[not(@xml:lang)])" "$0")" -ge 2 ] &&
   [ "$(xmllint --xpath "count(/component/description/ul/li[not(@xml:lang)])" "$0")" -ge 3 ]' "$metainfo"
ok "metainfo provides the MIME definition's type" grep -q "<mediatype>$(xmllint --xpath 'string(/*/*[local-name()="mime-type"]/@type)' "$mime")</mediatype>" "$metainfo"
ok "the newest release is the current version" bash -c \
  '[ "$(xmllint --xpath "string(/component/releases/release[1]/@version)" "$0")" = "$("$CHARTER_BIN" --version | cut -d" " -f2)" ]' "$metainfo"
ok "every release has a date and release notes, newest first" bash -c \
  'n=$(xmllint --xpath "count(/component/releases/release)" "$0"); prev=9999-99-99
   for i in $(seq "$n"); do
     d=$(xmllint --xpath "string(/component/releases/release[$i]/@date)" "$0")
     [[ $d =~ ^[0-9]{4}-[0-9]{2}-[0-9]{2}$ ]] && [[ ! $d > $prev ]] || { echo "release $i: date \"$d\""; exit 1; }
     [ "$(xmllint --xpath "count(/component/releases/release[$i]/description/*)" "$0")" -ge 1 ] || { echo "release $i: no notes"; exit 1; }
     prev=$d
   done' "$metainfo"
ok "one default screenshot, each with a caption and an https PNG" bash -c \
  '[ "$(xmllint --xpath "count(/component/screenshots/screenshot[@type=\"default\"])" "$0")" = 1 ] &&
   [ "$(xmllint --xpath "count(/component/screenshots/screenshot[not(caption[not(@xml:lang)]) or not(image[starts-with(., \"https://\") and substring(., string-length(.) - 3) = \".png\"])])" "$0")" = 0 ]' \
  "$metainfo"
ok "screenshot captions are translated to Danish" bash -c \
  '[ "$(xmllint --xpath "count(/component/screenshots/screenshot[not(caption[@xml:lang=\"da\"])])" "$0")" = 0 ]' "$metainfo"
# The images are served from the repository, so each must be in the tree.
raw=https://raw.githubusercontent.com/servicecharter/charter/main/
n_shots=$(mi 'count(/component/screenshots/screenshot/image)')
for i in $(seq "$n_shots"); do
  url=$(mi "string((/component/screenshots/screenshot/image)[$i])")
  file=${url#"$raw"}
  if [ "$file" = "$url" ]; then
    ok "screenshot $url is served from the repository" false
  else
    ok "screenshot $file is a PNG in the tree" bash -c \
      '[ "$(head -c 8 "$0" | od -An -tx1 | tr -d " \n")" = 89504e470d0a1a0a ]' "$CHARTER_SRCDIR/$file"
  fi
done

# --- icons: well-formed SVG of the sizes GNOME expects
ok "app icon is well-formed SVG" xmllint --noout "$data/icons/io.github.servicecharter.Charter.svg"
ok "app icon is 128×128" bash -c \
  '[ "$(xmllint --xpath "concat(/*/@width,\"x\",/*/@height,\" \",/*/@viewBox)" "$0")" = "128x128 0 0 128 128" ]' \
  "$data/icons/io.github.servicecharter.Charter.svg"
ok "development icon is well-formed SVG" xmllint --noout "$data/icons/io.github.servicecharter.Charter.Devel.svg"
ok "development icon is 128×128" bash -c \
  '[ "$(xmllint --xpath "concat(/*/@width,\"x\",/*/@height,\" \",/*/@viewBox)" "$0")" = "128x128 0 0 128 128" ]' \
  "$data/icons/io.github.servicecharter.Charter.Devel.svg"
ok "symbolic icon is well-formed SVG" xmllint --noout "$data/icons/io.github.servicecharter.Charter-symbolic.svg"
ok "symbolic icon is 16×16" bash -c \
  '[ "$(xmllint --xpath "concat(/*/@width,\"x\",/*/@height,\" \",/*/@viewBox)" "$0")" = "16x16 0 0 16 16" ]' \
  "$data/icons/io.github.servicecharter.Charter-symbolic.svg"
ok "symbolic icon uses one colour" bash -c \
  '[ "$(grep -o "#[0-9a-fA-F]\{3,6\}" "$0" | sort -u)" = "#2e3436" ]' \
  "$data/icons/io.github.servicecharter.Charter-symbolic.svg"

# ... and they draw: rendered at the sizes a desktop shows them, each is a
# whole PNG with something on it.
for icon in io.github.servicecharter.Charter io.github.servicecharter.Charter.Devel io.github.servicecharter.Charter-symbolic; do
  for size in 16 32 64 128; do
    if command -v rsvg-convert >/dev/null; then
      ok "$icon renders at ${size}×$size" bash -c \
        'rsvg-convert -w "$2" -h "$2" "$1" -o "$3" && "$0" "$4" "$3" "$2" "$2"' \
        "$python" "$data/icons/$icon.svg" "$size" "$WORK/icon.png" "$CHARTER_SRCDIR/tests/desktop/check-png.py"
    else
      skip "$icon renders at ${size}×$size" "rsvg-convert (librsvg2-bin) is not installed"
    fi
  done
done

# The app shows its icon from PNGs in its resources (gdk-pixbuf would load
# librsvg for the SVG): they must be the SVG, drawn at their size.
for size in 96 192; do
  png=$data/icons/app/io.github.servicecharter.Charter-$size.png
  if command -v rsvg-convert >/dev/null; then
    ok "the app's ${size}-pixel PNG icon is the SVG drawn at that size" bash -c \
      'rsvg-convert -w "$2" -h "$2" "$1" -o "$3" && "$0" "$4" "$5" "$2" "$2" "$3"' \
      "$python" "$data/icons/io.github.servicecharter.Charter.svg" "$size" "$WORK/icon.png" \
      "$CHARTER_SRCDIR/tests/desktop/check-png.py" "$png"
  else
    skip "the app's ${size}-pixel PNG icon is the SVG drawn at that size" "rsvg-convert (librsvg2-bin) is not installed"
  fi
done

# --- MIME type: the definition as shared-mime-info compiles it
rng=$(dirname "$0")/shared-mime-info.rng
ok "MIME definition follows the shared-mime-info format" xmllint --noout --relaxng "$rng" "$mime"
sed 's/sub-class-of/subclass-of/' "$mime" > "$WORK/misspelt.xml"
expect_exit "... which catches a misspelt element" 3 xmllint --noout --relaxng "$rng" "$WORK/misspelt.xml"
if [ -f /usr/share/mime/packages/freedesktop.org.xml ]; then
  ok "... and accepts freedesktop.org's own database" xmllint --noout --relaxng "$rng" /usr/share/mime/packages/freedesktop.org.xml
else
  skip "... and accepts freedesktop.org's own database" "shared-mime-info is not installed"
fi
mimedb=$WORK/share/mime
mkdir -p "$mimedb/packages"
cp "$mime" "$mimedb/packages/"
ok "update-mime-database accepts it without complaint" bash -c \
  'XDG_DATA_DIRS="$0/.." update-mime-database "$0" 2>"$0/.err" && [ ! -s "$0/.err" ] || { cat "$0/.err"; false; }' "$mimedb"
ok "glob *.charter" grep -qx '50:application/x-charter+xml:\*\.charter' "$mimedb/globs2"
ok "root-XML namespace and local name" grep -qx "$ns charter application/x-charter+xml" "$mimedb/XMLnamespaces"
ok "a subclass of application/xml" grep -qx 'application/x-charter+xml application/xml' "$mimedb/subclasses"
ok "icon is the app icon" grep -qx "application/x-charter+xml:$app_id" "$mimedb/icons"
ok "comment translated to Danish" bash -c \
  'xmllint --xpath "string(//*[local-name()=\"comment\"][@xml:lang=\"da\"])" "$0" | grep -qx Servicecharter' \
  "$mimedb/application/x-charter+xml.xml"

# The root-XML rule must match what Charter writes: every template's root.
for t in "$data"/templates/*.charter; do
  ok "$(basename "$t") matches the root-XML rule" bash -c \
    '[ "$(xmllint --xpath "concat(namespace-uri(/*),\" \",local-name(/*))" "$0")" = "$1 charter" ]' "$t" "$ns"
done

# GIO resolves a .charter file to the new type once the database is found.
cp "$data/templates/blank.en.charter" "$WORK/sample.charter"
if command -v gio >/dev/null; then
  ok "gio sees a .charter file as application/x-charter+xml" bash -c \
    'XDG_DATA_DIRS="$0:/usr/share" gio info -a standard::content-type "$1" | grep -q "standard::content-type: application/x-charter+xml"' \
    "$WORK/share" "$WORK/sample.charter"
else
  skip "gio sees a .charter file as application/x-charter+xml" "gio is not installed"
fi

# --- thumbnailer entry (the built one, with the installed path filled in)
mime_type=$(xmllint --xpath 'string(/*/*[local-name()="mime-type"]/@type)' "$mime")
ok "thumbnailer entry is named after the app id" test "$(basename "$thumb")" = "$app_id.thumbnailer"
ok "thumbnailer entry has one [Thumbnailer Entry] group" bash -c '[ "$(grep -c "^\[" "$0")" = 1 ] && grep -qx "\[Thumbnailer Entry\]" "$0"' "$thumb"
ok "thumbnailer entry has exactly TryExec, Exec and MimeType" bash -c \
  '[ "$(grep -v "^\[\|^#\|^$" "$0" | cut -d= -f1 | sort | tr "\n" " ")" = "Exec MimeType TryExec " ]' "$thumb"
ok "thumbnailer TryExec is the installed charter-thumbnailer" grep -qx "TryExec=$bindir/charter-thumbnailer" "$thumb"
ok "thumbnailer Exec runs it with size, input and output" grep -qx "Exec=$bindir/charter-thumbnailer -s %s %i %o" "$thumb"
ok "thumbnailer MimeType is the MIME definition's type ($mime_type)" grep -qx "MimeType=$mime_type;" "$thumb"
ok "... which the desktop file opens too" grep -qx "MimeType=$mime_type;" "$desktop"

# --- GSettings schema
schemas=$WORK/schemas
mkdir -p "$schemas"
cp "$gschema" "$schemas/"
ok "gschema is named after the app id" test "$(basename "$gschema")" = "$app_id.gschema.xml"
ok "glib-compile-schemas --strict --dry-run" glib-compile-schemas --strict --dry-run "$schemas"
ok "schema id and path follow the app id" bash -c \
  '[ "$(xmllint --xpath "concat(/schemalist/schema/@id,\" \",/schemalist/schema/@path)" "$0")" = "$1 /$(echo "$1" | tr . /)/" ]' \
  "$gschema" "$app_id"
ok "schema summaries are translated through the charter domain" bash -c \
  '[ "$(xmllint --xpath "string(/schemalist/@gettext-domain)" "$0")" = charter ]' "$gschema"
mkdir -p "$WORK/broken"
sed 's|<default>3</default>|<default>0</default>|' "$gschema" > "$WORK/broken/$app_id.gschema.xml"
ok "... the check catches a default outside its range" bash -c '! glib-compile-schemas --strict --dry-run "$0" 2>/dev/null' "$WORK/broken"
if command -v gsettings >/dev/null; then
  ok "compiled, it gives the default paper" bash -c \
    'glib-compile-schemas --strict "$0" && [ "$(GSETTINGS_SCHEMA_DIR="$0" gsettings get "$1" default-paper)" = "'"'auto'"'" ]' \
    "$schemas" "$app_id"
else
  skip "compiled, it gives the default paper" "gsettings is not installed"
fi

done_testing
