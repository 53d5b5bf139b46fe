#!/usr/bin/env bash
# Hostile files fail cleanly: exit 2, a message naming the file, no output
# file, and well under a second.
# SPDX-License-Identifier: GPL-3.0-or-later
set -u
. "$(dirname "$0")/tap.sh"

ns=https://servicecharter.github.io/ns/charter
h=$WORK/in
mkdir -p "$h"

echo "secret-$$" > "$WORK/secret.dat"
cat > "$h/xxe.charter" <<XML
<?xml version="1.0"?>
<!DOCTYPE charter [<!ENTITY x SYSTEM "file://$WORK/secret.dat">]>
<charter xmlns="$ns" format="1"><about><name>&x;</name></about></charter>
XML

{
  echo '<?xml version="1.0"?>'
  echo '<!DOCTYPE lolz [<!ENTITY lol "lol">'
  prev=lol
  for i in 1 2 3 4 5 6 7 8 9; do
    printf '<!ENTITY lol%s "' $i; for _ in 1 2 3 4 5 6 7 8 9 10; do printf '&%s;' $prev; done; echo '">'
    prev=lol$i
  done
  echo ']>'
  echo "<charter xmlns=\"$ns\" format=\"1\"><about><name>&lol9;</name></about></charter>"
} > "$h/laughs.charter"

{ printf '<charter xmlns="%s" format="1">' "$ns"; head -c 300000 /dev/zero | sed 's/\x0/<a>/g'; } > "$h/deep.charter"
printf '<charter xmlns="%s" format="1"><about><name>Caf\xe9 \xff\xfe</name></about></charter>\n' "$ns" > "$h/latin1.charter"
head -c 200 "$CHARTER_SRCDIR/data/templates/shop.en.charter" > "$h/truncated.charter"
printf '<?xml version="1.0"?>\n<html xmlns="http://www.w3.org/1999/xhtml"><body/></html>\n' > "$h/wrongroot.charter"
: > "$h/empty.charter"
{ printf '<charter xmlns="%s" format="1"><about><overview>' "$ns"; head -c $((50 * 1024 * 1024)) /dev/zero | tr '\0' 'x'; printf '</overview></about></charter>'; } > "$h/huge.charter"
head -c 4096 /dev/urandom > "$h/garbage.charter"
printf '\x89PNG\r\n\x1a\n\0\0\0\rIHDR' > "$h/png.charter"

declare -A expect=(
  [xxe]="DOCTYPE"
  [laughs]="DOCTYPE"
  [deep]="nested too deeply"
  [latin1]="not valid UTF-8"
  [truncated]="not well-formed"
  [wrongroot]="expected <charter>"
  [empty]="empty"
  [huge]="too large"
  [garbage]="(not valid UTF-8|NUL byte)"
  [png]="(not valid UTF-8|NUL byte)"
)

for name in xxe laughs deep latin1 truncated wrongroot empty huge garbage png; do
  f=$h/$name.charter
  out=$WORK/$name.pdf
  start=$(date +%s%N)
  expect_exit "$name: export fails with exit 2" 2 charter export "$f" -o "$WORK/$name.txt"
  ms=$(( ($(date +%s%N) - start) / 1000000 ))
  ok "$name: message names the file and the problem (${ms} ms)" grep -Eq "^charter: $f: error: .*${expect[$name]}" "$WORK/.err"
  ok "$name: no output file" test ! -e "$WORK/$name.txt"
  ok "$name: under a second" test "$ms" -lt 1000
  expect_exit "$name: validate says unreadable" 2 charter validate "$f"
done

ok "the secret never leaks" bash -c '! grep -rq "secret-" "$0"/*.txt 2>/dev/null && ! grep -q "secret-" "$0/.err"' "$WORK"

done_testing
