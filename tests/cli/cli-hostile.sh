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

# --- more hostile files, each also held to 200 MiB of memory
# measure CMD…: runs CMD, keeping its exit status, milliseconds and
# peak resident memory (KiB) in $rc, $ms and $kib, and its stderr in
# $WORK/.err.
measure() {
  python3 - "$WORK/.measure" "$@" 2>"$WORK/.err" <<'PY'
import resource, subprocess, sys, time
start = time.monotonic()
rc = subprocess.run(sys.argv[2:], stdout=subprocess.DEVNULL).returncode
ms = int((time.monotonic() - start) * 1000)
kib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
open(sys.argv[1], "w").write(f"{rc} {ms} {kib}\n")
PY
  read -r rc ms kib < "$WORK/.measure"
}

# AddressSanitizer's shadow memory and quarantine count towards the
# resident size and it runs a few times slower: the sanitizer build
# (.ci/run) gets twice the memory and three times the time.
max_kib=$((200 * 1024))
max_ms=1000
if ldd "$CHARTER_BIN" 2>/dev/null | grep -q libasan; then
  max_kib=$((400 * 1024))
  max_ms=3000
fi

# within_limits NAME: the last measured command took under $max_ms and
# $max_kib.
within_limits() {
  ok "$1: under a second (${ms} ms) and 200 MiB ($((kib / 1024)) MiB)" test "$ms" -lt "$max_ms" -a "$kib" -lt "$max_kib"
}

shop=$CHARTER_SRCDIR/data/templates/shop.en.charter
every=$CHARTER_SRCDIR/tests/data/roundtrip/every-field.charter

cat > "$h/xxe-url.charter" <<XML
<?xml version="1.0"?>
<!DOCTYPE charter [<!ENTITY x SYSTEM "http://127.0.0.1:9/secret">]>
<charter xmlns="$ns" format="1"><about><name>&x;</name></about></charter>
XML
cat > "$h/xxe-external-dtd.charter" <<XML
<?xml version="1.0"?>
<!DOCTYPE charter SYSTEM "file://$WORK/secret.dat">
<charter xmlns="$ns" format="1"/>
XML
{
  echo '<?xml version="1.0"?>'
  printf '<!DOCTYPE charter [<!ENTITY a "%s">]>\n' "$(head -c 50000 /dev/zero | tr '\0' a)"
  printf '<charter xmlns="%s" format="1"><about><name>' "$ns"
  for _ in $(seq 500); do printf '&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;'; done
  echo '</name></about></charter>'
} > "$h/quadratic.charter"
{ printf '<charter xmlns="%s" format="1">' "$ns"; head -c 100000 /dev/zero | sed 's/\x0/<a>/g'; } > "$h/deep100k.charter"
{ printf '<charter xmlns="%s" format="1"><standards>' "$ns"
  head -c 100000 /dev/zero | sed 's|\x0|<standard><text>We answer.</text></standard>|g'
  printf '</standards></charter>'; } > "$h/standards100k.charter"
{ printf '\xef\xbb\xbf' ; cat "$shop"; } | iconv -f UTF-8 -t UTF-16LE > "$h/utf16le.charter"
{ printf '\xfe\xff'; iconv -f UTF-8 -t UTF-16BE "$shop"; } > "$h/utf16be.charter"
sed 's|<name>\([^<]*\)</name>|<name>\1\x00</name>|' "$shop" > "$h/nul.charter"
sed "s|xmlns=\"$ns\"|xmlns=\"https://example.org/ns/charter\"|" "$shop" > "$h/wrongns.charter"
sed "s|xmlns=\"$ns\"|xmlns=\"$ns/\"|" "$shop" > "$h/nearns.charter"

declare -A expect2=(
  [xxe-url]="DOCTYPE"
  [xxe-external-dtd]="DOCTYPE"
  [quadratic]="DOCTYPE"
  [deep100k]="nested too deeply"
  [standards100k]="too many"
  [utf16le]="UTF-16"
  [utf16be]="UTF-16"
  [nul]="line [0-9]+: .*NUL byte"
  [wrongns]="namespace"
  [nearns]="namespace"
)
names=(xxe-url xxe-external-dtd quadratic deep100k standards100k utf16le utf16be nul wrongns nearns)

# Truncated at every tenth of a charter with every field and a logo.
size=$(stat -c %s "$every")
for tenth in 1 2 3 4 5 6 7 8 9; do
  head -c $((size * tenth / 10)) "$every" > "$h/cut$tenth.charter"
  expect2[cut$tenth]="(not well-formed|not valid UTF-8)"
  names+=("cut$tenth")
done

for name in "${names[@]}"; do
  f=$h/$name.charter
  measure "$CHARTER_BIN" export "$f" -o "$WORK/$name.pdf"
  check_rc "$name: export fails with exit 2" 2
  ok "$name: message names the file and the problem" grep -Eq "^charter: $f: error: .*${expect2[$name]}" "$WORK/.err"
  ok "$name: no output file" test ! -e "$WORK/$name.pdf"
  within_limits "$name"
  expect_exit "$name: validate says unreadable" 2 charter validate "$f"
done

# --- odd but valid: the file loads and prints, with a clear warning
python3 - "$every" "$WORK" <<'PY'
import base64, re, struct, sys, zlib
every, work = sys.argv[1], sys.argv[2]
text = open(every, encoding="utf-8").read()

def with_logo(mime, data):
    return re.sub(r'<logo type="[^"]*">[^<]*</logo>',
                  f'<logo type="{mime}">{base64.b64encode(data).decode()}</logo>', text)

def png(width, height):
    """A real, complete grey PNG: each row is a filter byte and zeros."""
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    z = zlib.compressobj(9)
    row = bytes(1 + width)
    idat = b"".join(z.compress(row) for _ in range(height)) + z.flush()
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0))
            + chunk(b"IDAT", idat) + chunk(b"IEND", b""))

open(f"{work}/in/logo-text.charter", "w").write(with_logo("image/png", b"This is not a picture at all.\n" * 10))
open(f"{work}/in/logo-svg-garbage.charter", "w").write(with_logo("image/svg+xml", b"<svg><unclosed"))
open(f"{work}/in/logo-huge.charter", "w").write(with_logo("image/png", png(20000, 20000)))
open(f"{work}/in/logo-svg-blur.charter", "w").write(with_logo("image/svg+xml",
    b'<svg xmlns="http://www.w3.org/2000/svg" width="20000" height="20000"><filter id="f">'
    b'<feGaussianBlur stdDeviation="50"/></filter><rect width="20000" height="20000" filter="url(#f)"/></svg>'))
open(f"{work}/in/logo-svg-xxe.charter", "w").write(with_logo("image/svg+xml",
    f'<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY x SYSTEM "file://{work}/secret.dat">]>'
    f'<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="200" height="20">'
    f'<text y="15">&x;</text><image xlink:href="file://{work}/secret.dat" width="9" height="9"/></svg>'.encode()))
odd = text.replace("<target>2</target>", "<target>-5</target>", 1)
odd = odd.replace("<effective>2026-01-01</effective>", "<effective>2026-02-30</effective>", 1)
open(f"{work}/in/odd-values.charter", "w").write(odd)
open(f"{work}/in/enormous-target.charter", "w").write(
    text.replace("<target>2</target>", "<target>99999999999999999999999999999999999999</target>", 1))
PY

declare -A warn=(
  [logo-text]="the logo cannot be printed and is left out: .*PNG"
  [logo-svg-garbage]="the logo cannot be printed and is left out"
  [logo-huge]="the logo cannot be printed and is left out: the logo is 20000 × 20000 pixels"
)
for name in logo-text logo-svg-garbage logo-huge; do
  f=$h/$name.charter
  measure "$CHARTER_BIN" export "$f" -o "$WORK/$name.pdf"
  check_rc "$name: export still prints the charter" 0
  ok "$name: with a warning naming the file" grep -Eq "^charter: $f: warning: ${warn[$name]}" "$WORK/.err"
  ok "$name: the PDF is written" test -s "$WORK/$name.pdf"
  within_limits "$name"
  expect_exit "$name: validate reports a finding" 1 charter validate "$f"
  ok "$name: ... about the logo" grep -Eq "^$f: about: warning: ${warn[$name]}" "$WORK/.stdout"
  # A web page embeds the logo's bytes as they are: nothing is left out.
  expect_exit "$name: exports to HTML" 0 charter export "$f" -o "$WORK/$name.html"
  ok "$name: ... without the printing warning" sh -c "! grep -q 'left out' '$WORK/.err'"
done

# A valid SVG logo that asks a lot of the renderer, and one that tries to
# read a local file: both print, quickly, without the file.
for name in logo-svg-blur logo-svg-xxe; do
  f=$h/$name.charter
  measure "$CHARTER_BIN" export "$f" -o "$WORK/$name.pdf"
  check_rc "$name: exports" 0
  within_limits "$name"
done
ok "logo-svg-xxe: the secret is not in the PDF" bash -c '! pdftotext "$0" - | grep -q "secret-"' "$WORK/logo-svg-xxe.pdf"

f=$h/odd-values.charter
expect_exit "a 30 February and a negative target load and validate with findings" 1 charter validate "$f"
ok "... 2026-02-30 is not a date" grep -q "“2026-02-30” is not a date" "$WORK/.stdout"
ok "... -5 cannot be met" grep -q "has a target of -5, which cannot be met or measured" "$WORK/.stdout"
expect_exit "... and still export" 0 charter export "$f" -o "$WORK/odd.pdf"
f=$h/enormous-target.charter
expect_exit "an enormous target validates with a finding" 1 charter validate "$f"
ok "... that says so" grep -q "has a target of 9999.*, which cannot be met or measured" "$WORK/.stdout"
measure "$CHARTER_BIN" export "$f" -o "$WORK/enormous.pdf"
check_rc "... and exports" 0
ok "... under a second (${ms} ms) and 200 MiB ($((kib / 1024)) MiB)" test "$ms" -lt "$max_ms" -a "$kib" -lt "$max_kib"

# --- files that are not files: opening a FIFO used to wait for a writer
# for ever, and a CSV from /dev/zero was read until memory ran out.
mkfifo "$h/fifo.charter"
head -c $((9 * 1024 * 1024)) /dev/zero | tr '\0' a > "$h/huge.csv"
cp "$shop" "$WORK/import.charter"
declare -A special=(
  [validate-fifo]="validate $h/fifo.charter"
  [export-fifo]="export $h/fifo.charter -o $WORK/fifo.pdf"
  [import-fifo]="results import $WORK/import.charter $h/fifo.charter"
  [import-dev-zero]="results import $WORK/import.charter /dev/zero"
  [import-huge]="results import $WORK/import.charter $h/huge.csv"
  [staff-fifo]="export $shop --layout induction --staff $h/fifo.charter -o $WORK/staff.pdf"
  [staff-huge]="export $shop --layout induction --staff $h/huge.csv -o $WORK/staff.pdf"
)
declare -A special_expect=(
  [validate-fifo]="$h/fifo.charter: error: not a regular file"
  [export-fifo]="$h/fifo.charter: error: not a regular file"
  [import-fifo]="$h/fifo.charter: error: not a regular file"
  [import-dev-zero]="/dev/zero: error: not a regular file"
  [import-huge]="$h/huge.csv: error: the file is too large"
  [staff-fifo]="$h/fifo.charter: error: not a regular file"
  [staff-huge]="$h/huge.csv: error: the file is too large"
)
for name in validate-fifo export-fifo import-fifo import-dev-zero import-huge staff-fifo staff-huge; do
  # shellcheck disable=SC2086
  measure timeout 10 "$CHARTER_BIN" ${special[$name]}
  check_rc "$name: fails with exit 2" 2
  ok "$name: says why" grep -q "^charter: ${special_expect[$name]}" "$WORK/.err"
  within_limits "$name"
done
ok "a refused import leaves the charter as it was" cmp "$shop" "$WORK/import.charter"
ok "no PDF from a FIFO" test ! -e "$WORK/fifo.pdf"
ok "no induction packs from a staff list that is not a file" test ! -e "$WORK/staff.pdf"

# --- markup in the text stays text in the HTML for the website
printf '<charter xmlns="%s" format="1"><about><name>&lt;script&gt;alert(1)&lt;/script&gt;</name><email>x@y" onmouseover="alert(1)</email><website>javascript:alert(1)</website><brand-colour>red;}body{background:url(http://127.0.0.1:9/)}</brand-colour></about></charter>\n' "$ns" > "$h/inject.charter"
expect_exit "HTML export of markup-laden text" 0 charter export "$h/inject.charter" -o "$WORK/inject.html"
ok "... escapes it: no script, handler, javascript: link or injected style" bash -c \
  '! grep -Eiq "<script|onmouseover=\"|href=\"javascript|127\.0\.0\.1" "$0"' "$WORK/inject.html"

ok "the secret never leaks" bash -c '! grep -rq "secret-" "$0"/*.txt 2>/dev/null && ! grep -q "secret-" "$0/.err"' "$WORK"

done_testing
