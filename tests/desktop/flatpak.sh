#!/usr/bin/env bash
# The Flatpak manifests (checked, not built: there is no network here) and
# the promise they rely on: the project configures with no downloads.
#
# usage: flatpak.sh PYTHON MESON
# SPDX-License-Identifier: GPL-3.0-or-later
set -u
. "$(dirname "$0")/../cli/tap.sh"

python=$1 meson=$2
base=io.github.servicecharter.Charter
src=$CHARTER_SRCDIR

for variant in "$base false" "$base.Devel true"; do
  set -- $variant
  # check-manifest.py prints its own TAP; fold it into ours.
  while IFS= read -r line; do
    case $line in
      "ok "*) TAP_N=$((TAP_N + 1)); echo "ok $TAP_N - ${line#ok [0-9]* - }" ;;
      "not ok "*) TAP_N=$((TAP_N + 1)); TAP_FAILED=$((TAP_FAILED + 1)); echo "not ok $TAP_N - ${line#not ok [0-9]* - }" ;;
      "#"*) echo "$line" ;;
    esac
  done < <("$python" "$src/tests/desktop/check-manifest.py" "$src/flatpak/$1.json" "$1" "$2" 2>&1)
done

ok "the app id in meson.build is the manifest's" grep -q "^app_id_base = '$base'$" "$src/meson.build"

# flatpak-builder builds offline from the local directory, so nothing may
# need a download: no wraps, no subprojects, no fallbacks.
ok "no subprojects or wraps" bash -c '[ ! -e "$0/subprojects" ] && [ -z "$(find "$0" -name "*.wrap" -not -path "*/build*" -not -path "*/_*")" ]' "$src"
ok "no dependency fallbacks in meson files" bash -c '! grep -rn --include=meson.build -E "fallback *:|subproject *\(" "$0"' "$src"
if unshare -n true 2>/dev/null; then
  netns=(unshare -n)
else
  netns=()
fi
ok "a fresh build directory configures without network (${netns[*]:-network not cut})" \
  "${netns[@]}" "$meson" setup --wrap-mode=nodownload "$WORK/build" "$src"

done_testing
