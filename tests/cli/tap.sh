# tap.sh — a tiny TAP producer for the command-line tests.
# Source it, call `ok NAME COMMAND…` / `check NAME CONDITION-COMMAND…`, then `done_testing`.
#
# SPDX-License-Identifier: GPL-3.0-or-later

unset DISPLAY WAYLAND_DISPLAY
: "${CHARTER_BIN:?CHARTER_BIN must point at the built charter binary}"
: "${CHARTER_SRCDIR:?}"

TAP_N=0
TAP_FAILED=0
WORK=$(mktemp -d "${TMPDIR:-/tmp}/charter-cli-XXXXXX")
trap 'rm -rf "$WORK"' EXIT

charter() { "$CHARTER_BIN" "$@"; }

# ok NAME CMD…: passes when CMD exits 0.
ok() {
  local name=$1; shift
  TAP_N=$((TAP_N + 1))
  if "$@" >"$WORK/.out" 2>&1; then
    echo "ok $TAP_N - $name"
  else
    echo "not ok $TAP_N - $name"
    sed 's/^/# /' "$WORK/.out"
    TAP_FAILED=$((TAP_FAILED + 1))
  fi
}

# expect_exit NAME CODE CMD…: passes when CMD exits with CODE; its stderr
# is kept in $WORK/.err for later checks.
expect_exit() {
  local name=$1 code=$2; shift 2
  local rc=0
  "$@" >"$WORK/.stdout" 2>"$WORK/.err" || rc=$?
  check_rc "$name" "$code"
}

# check_rc NAME CODE: passes when $rc (set by the caller) is CODE; the
# command's stderr is expected in $WORK/.err.
check_rc() {
  TAP_N=$((TAP_N + 1))
  if [ "$rc" -eq "$2" ]; then
    echo "ok $TAP_N - $1"
  else
    echo "not ok $TAP_N - $1 (exit $rc, expected $2)"
    sed 's/^/# /' "$WORK/.err"
    TAP_FAILED=$((TAP_FAILED + 1))
  fi
}

skip() {
  TAP_N=$((TAP_N + 1))
  echo "ok $TAP_N - $1 # SKIP $2"
}

done_testing() {
  echo "1..$TAP_N"
  [ "$TAP_FAILED" -eq 0 ]
}
