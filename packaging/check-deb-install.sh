#!/usr/bin/env bash
# Proves that the .deb installs and runs on a clean Debian 12: debootstraps a minbase
# bookworm root, installs the package there with apt (its dependencies come from the
# Debian mirror, without Recommends, so Depends alone must be enough), then from the
# installed files:
#   1. megaphone-cli --version            prints the package's version;
#   2. megaphone (offscreen platform)     still running after $GUI_SECONDS s, with no
#                                         "plugin/driver not loaded" warnings;
#   3. megaphone (xcb, under Xvfb)        the same on a real X server (Xvfb is installed
#                                         only for this step, after steps 1-2).
# The GUI opens its default SQLite database in a fresh HOME.
# Slow (downloads a system, ~150 MB); not part of `make test`.
#
# Usage (as root): packaging/check-deb-install.sh [--keep] [PACKAGE.deb]
#   PACKAGE.deb  the package to test; without it, cpack makes one from $BUILD (default
#                build/, which must be built: `make build`)
#   --keep       keep the chroot afterwards (its path is printed)
# Environment: BUILD (build directory), GUI_SECONDS (default 8).
# shellcheck disable=SC2016  # the scripts run in the chroot expand their own variables
set -euo pipefail

keep=no
deb=""
for arg in "$@"; do
  case "$arg" in
    --keep) keep=yes ;;
    -*) echo "usage: $0 [--keep] [PACKAGE.deb]" >&2; exit 2 ;;
    *) deb=$arg ;;
  esac
done
gui_seconds=${GUI_SECONDS:-8}

repo=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=packaging/debian-chroot.sh
. "$repo/packaging/debian-chroot.sh"
chroot_begin check-deb-install

# --- The package -------------------------------------------------------------
if [ -z "$deb" ]; then
  build=$(cd "$repo/${BUILD:-build}" 2>/dev/null && pwd) ||
    { say "no build directory ${BUILD:-build} (run 'make build' or give a .deb)"; exit 1; }
  say "cpack -G DEB from $build"
  cpack -G DEB --config "$build/CPackConfig.cmake" -B "$work/out" >"$work/cpack.log" 2>&1 ||
    { cat "$work/cpack.log" >&2; say "cpack failed"; exit 1; }
  deb=$(ls "$work"/out/*.deb)
fi
[ -f "$deb" ] || { say "no such package: $deb"; exit 1; }
version=$(dpkg-deb -f "$deb" Version)
say "testing $(basename "$deb") (version $version)"
say "Depends: $(dpkg-deb -f "$deb" Depends)"

# --- A minimal Debian 12 -----------------------------------------------------
chroot_debootstrap
cp "$deb" "$root/tmp/"

chroot_mount

in_root() {
  chroot "$root" /usr/bin/env -i \
    HOME=/root TERM="${TERM:-dumb}" LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive \
    PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
    GUI_SECONDS="$gui_seconds" VERSION="$version" DEB="/tmp/$(basename "$deb")" \
    /bin/bash -c "$1"
}

# --- Install the package -----------------------------------------------------
say "apt-get install $(basename "$deb") (dependencies from $mirror, no Recommends)"
in_root 'set -euo pipefail
  apt-get update -q >/dev/null
  apt-get install -y -q --no-install-recommends "$DEB" >/tmp/apt.log 2>&1 || { cat /tmp/apt.log; exit 1; }
  echo "installed: $(dpkg-query -W -f="\${Package} \${Version}" megaphone)," \
       "$(grep -c "^Setting up" /tmp/apt.log) packages set up"'

# --- Run it --------------------------------------------------------------------
# The GUI under `timeout`: exit 124 means it was still running when time ran out, which
# is success; anything else (a crash, a missing plugin's abort, an error exit) fails.
# Warnings that a plugin or driver could not load fail the run too.
say "running the installed programs"
rc=0
in_root 'set -uo pipefail
  fails=0
  check() { if [ "$1" = 0 ]; then echo "  PASS  $2"; else echo "  FAIL  $2"; fails=$((fails + 1)); fi; }

  out=$(megaphone-cli --version 2>&1); code=$?
  [ $code = 0 ] && [[ "$out" == *"$VERSION"* ]]; check $? "megaphone-cli --version: $out"

  run_gui() {   # run_gui LABEL COMMAND...; sets up a fresh HOME each time
    local label=$1; shift
    local home; home=$(mktemp -d)
    HOME=$home XDG_RUNTIME_DIR=$home "$@" >"$home/gui.log" 2>&1
    local code=$?
    local bad; bad=$(grep -Ei "could not (load|find) the qt platform plugin|driver not loaded|cannot load library|failed to load|error while loading shared" "$home/gui.log")
    [ $code = 124 ] && [ -z "$bad" ]
    check $? "$label: exit $code after ${GUI_SECONDS} s (124 = still running)${bad:+; $bad}"
    if [ $code != 124 ] || [ -n "$bad" ]; then
      sed "s/^/        /" "$home/gui.log"
    elif [ -s "$home/gui.log" ]; then   # what it said on the way, for the record
      echo "        its output (first 20 lines):"; head -n 20 "$home/gui.log" | sed "s/^/        | /"
    fi
    [ -f "$home/.local/share/Megaphone/Megaphone/megaphone.db" ]
    check $? "$label: created its SQLite database"
  }
  run_gui "megaphone, offscreen" env QT_QPA_PLATFORM=offscreen timeout "$GUI_SECONDS" megaphone

  # The real X11 platform plugin (xcb), on a virtual X server.
  apt-get install -y -q --no-install-recommends xvfb xauth >/tmp/apt-xvfb.log 2>&1 ||
    { cat /tmp/apt-xvfb.log; exit 1; }
  run_gui "megaphone, xcb under Xvfb" xvfb-run -a env QT_QPA_PLATFORM=xcb timeout "$GUI_SECONDS" megaphone

  [ "$fails" = 0 ]' || rc=$?

if [ "$rc" -eq 0 ]; then
  say "RESULT: PASS - $(basename "$deb") installs on a clean Debian 12 ($suite minbase) and runs"
else
  say "RESULT: FAIL - $(basename "$deb") on a clean Debian 12 ($suite minbase): exit $rc"
fi
exit "$rc"
