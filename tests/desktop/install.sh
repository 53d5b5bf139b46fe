#!/usr/bin/env bash
# `meson install` into a temporary prefix installs everything a desktop
# needs, and the installed charter works from there: it exports, speaks
# Danish with the installed catalogue, and the desktop database offers it
# for .charter files.
#
# usage: install.sh MESON BUILDDIR PREFIX APP-ID PYTHON
# SPDX-License-Identifier: GPL-3.0-or-later
set -u
. "$(dirname "$0")/../cli/tap.sh"

meson=$1 builddir=$2 prefix=$3 app_id=$4 python=$5
dest=$WORK/dest
root=$dest$prefix
shop=$CHARTER_SRCDIR/data/templates/shop.en.charter
danish=$CHARTER_SRCDIR/tests/data/roundtrip/danish.charter

# The build is already up to date when tests run; --no-rebuild keeps the
# install from racing other tests for the build directory.
ok "meson install --destdir" "$meson" install -C "$builddir" --no-rebuild --quiet --destdir "$dest"

for f in \
  bin/charter \
  bin/charter-thumbnailer \
  "share/thumbnailers/$app_id.thumbnailer" \
  "share/glib-2.0/schemas/$app_id.gschema.xml" \
  "share/applications/$app_id.desktop" \
  "share/metainfo/$app_id.metainfo.xml" \
  "share/mime/packages/$app_id.xml" \
  "share/icons/hicolor/scalable/apps/$app_id.svg" \
  "share/icons/hicolor/symbolic/apps/$app_id-symbolic.svg" \
  share/locale/da/LC_MESSAGES/charter.mo \
  share/charter/charter.rng
do
  ok "installs $f" test -s "$root/$f"
done
case $app_id in
  *.Devel) icon=io.github.servicecharter.Charter.Devel.svg ;;
  *) icon=io.github.servicecharter.Charter.svg ;;
esac
ok "the installed app icon is $icon" cmp "$root/share/icons/hicolor/scalable/apps/$app_id.svg" \
  "$CHARTER_SRCDIR/data/icons/$icon"
ok "installs charter executable" test -x "$root/bin/charter"
ok "installs charter-thumbnailer executable" test -x "$root/bin/charter-thumbnailer"
ok "installs the application module in the library folder" bash -c \
  'compgen -G "$0/lib*/charter/libcharter-app.so" >/dev/null || compgen -G "$0/lib/*/charter/libcharter-app.so" >/dev/null' "$root"
ok "the command line does not link GTK: the app is a module loaded for windows" bash -c \
  '! ldd "$0/bin/charter" | grep -Eq "libgtk-4|libadwaita"' "$root"
ok "installs nothing outside the prefix" bash -c \
  'outside=$(find "$0" -mindepth 1 \( -type f -o -type l \) -not -path "$0$1/*"); [ -z "$outside" ] || { echo "$outside"; false; }' \
  "$dest" "$prefix"
ok "the installed schema passes glib-compile-schemas --strict --dry-run" \
  glib-compile-schemas --strict --dry-run "$root/share/glib-2.0/schemas"
# meson's post-install step skips the schema cache under --destdir; build
# it as a packager's trigger would and read the settings back.
if command -v gsettings >/dev/null; then
  ok "... and once compiled, gsettings lists its keys" bash -c \
    'glib-compile-schemas "$0" && GSETTINGS_SCHEMA_DIR="$0" gsettings list-keys "$1" | grep -qx autosave-delay' \
    "$root/share/glib-2.0/schemas" "$app_id"
else
  skip "... and once compiled, gsettings lists its keys" "gsettings is not installed"
fi

# The installed binary on its own: templates are compiled in, so it needs
# nothing from the source or build tree.
installed() { env -u CHARTER_LOCALEDIR "$root/bin/charter" "$@"; }
ok "installed charter runs" installed --version
ok "installed charter exports .txt" installed export "$shop" -o "$WORK/shop.txt"
ok "... with the charter's text" grep -q "The right part, the right advice, first time." "$WORK/shop.txt"
ok "installed charter exports .charter" installed export "$shop" -o "$WORK/shop.charter"
ok "... byte for byte" cmp "$shop" "$WORK/shop.charter"
ok "installed charter creates a charter from a template" installed new --template shop -o "$WORK/new.charter"
ok "installed charter exports a PDF" installed export "$shop" -o "$WORK/shop.pdf"
ok "... which is a PDF" bash -c '[ "$(head -c 5 "$0")" = "%PDF-" ]' "$WORK/shop.pdf"
if command -v qpdf >/dev/null; then
  ok "... that passes qpdf --check" qpdf --check "$WORK/shop.pdf"
else
  skip "... that passes qpdf --check" "qpdf is not installed"
fi
if command -v pdftotext >/dev/null; then
  ok "... with the charter's text" bash -c 'pdftotext "$0" - | grep -q "right advice"' "$WORK/shop.pdf"
else
  skip "... with the charter's text" "pdftotext is not installed"
fi
ok "installed charter exports a Danish charter to PDF" installed export "$danish" -o "$WORK/danish.pdf"
if command -v pdftotext >/dev/null; then
  ok "... with Danish headings" bash -c 'pdftotext "$0" - | grep -q "Vores servicemål"' "$WORK/danish.pdf"
else
  skip "... with Danish headings" "pdftotext is not installed"
fi

# The installed thumbnailer as a file manager finds and runs it: the
# entry's TryExec exists in the prefix, and its Exec line with the size,
# input and output filled in writes the PNG.
entry=$root/share/thumbnailers/$app_id.thumbnailer
tryexec=$(sed -n 's/^TryExec=//p' "$entry")
exec_line=$(sed -n 's/^Exec=//p' "$entry")
ok "the thumbnailer entry's TryExec is the installed program" test "$tryexec" = "$prefix/bin/charter-thumbnailer" -a -x "$dest$tryexec"
read -r -a argv <<< "$exec_line"
for i in "${!argv[@]}"; do
  case ${argv[$i]} in
    %s) argv[$i]=256 ;;
    %i) argv[$i]=$shop ;;
    %o) argv[$i]=$WORK/thumb.png ;;
  esac
done
argv[0]=$dest${argv[0]}
ok "running its Exec line (${exec_line})" env -u CHARTER_LOCALEDIR "${argv[@]}"
ok "... writes a 256-pixel PNG of the first page" \
  "$python" "$CHARTER_SRCDIR/tests/desktop/check-png.py" "$WORK/thumb.png" 181 256

# The installed catalogue, found through the prefix's own locale directory.
ok "installed catalogue: --help in Danish" bash -c \
  'CHARTER_LOCALEDIR="$0/share/locale" LANGUAGE=da "$1/bin/charter" --help | grep -q "^Kommandoer:"' "$root" "$root"

# The desktop sees it: MIME database and desktop database built from the
# prefix make GIO offer Charter for .charter files.
if command -v update-mime-database >/dev/null && command -v update-desktop-database >/dev/null && command -v gio >/dev/null; then
  ok "update-mime-database on the prefix" env XDG_DATA_DIRS="$root/share" update-mime-database "$root/share/mime"
  ok "update-desktop-database on the prefix" update-desktop-database "$root/share/applications"
  # GIO only offers applications whose Exec is on PATH.
  ok "GIO makes Charter the default for application/x-charter+xml" bash -c \
    'PATH="$1/bin:$PATH" XDG_DATA_HOME="$0/nohome" XDG_DATA_DIRS="$1/share:/usr/share" gio mime application/x-charter+xml |
       grep -q "^Default application for .*: $2.desktop$"' \
    "$WORK" "$root" "$app_id"
else
  skip "GIO makes Charter the default for application/x-charter+xml" "shared-mime-info, desktop-file-utils or gio missing"
fi

done_testing
