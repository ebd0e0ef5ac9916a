#!/usr/bin/env bash
# Starts the Megaphone GUI from a build directory.
# Usage: packaging/run-gui.sh BUILD_DIR [megaphone args...]
# With no arguments the GUI uses the SQLite database in the user's data folder.
set -euo pipefail

if [ $# -lt 1 ]; then
  echo "usage: $0 BUILD_DIR [megaphone args...]" >&2
  exit 2
fi
build=$1; shift

# A GUI needs a display, unless a Qt platform (e.g. offscreen) is chosen explicitly.
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
  echo "run-gui: there is no display (neither DISPLAY nor WAYLAND_DISPLAY is set)." >&2
  echo "run-gui: to run on a virtual display, use:  xvfb-run -a make run" >&2
  exit 1
fi

exe="$build/app/megaphone"
if [ ! -x "$exe" ]; then
  echo "run-gui: $exe not found (run 'make build' first)" >&2
  exit 1
fi
exec "$exe" "$@"
