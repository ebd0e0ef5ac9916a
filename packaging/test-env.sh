#!/usr/bin/env bash
# Runs the CTest suite inside a throwaway test environment:
#   - a private PostgreSQL cluster on a free loopback port
#     (admin URL in MEGAPHONE_TEST_PG_URL, server binaries in MEGAPHONE_TEST_PG_BIN),
#   - a private D-Bus session with an unlocked gnome-keyring Secret Service,
#   - a fresh HOME / XDG folders / TMPDIR, so nothing touches the user's real data.
# Everything lives under one temp folder that is removed on exit, whether the
# tests pass, fail or the script is interrupted.
#
# Usage: packaging/test-env.sh BUILD_DIR [extra ctest args...]
# Exit code: ctest's exit code (or non-zero if the environment could not start).
set -euo pipefail

if [ $# -lt 1 ]; then
  echo "usage: $0 BUILD_DIR [extra ctest args...]" >&2
  exit 2
fi
build=$(cd "$1" 2>/dev/null && pwd) || { echo "test-env: no build directory '$1' (run 'make build' first)" >&2; exit 2; }
shift

log() { echo "test-env: $*" >&2; }

# --- PostgreSQL server binaries: the newest /usr/lib/postgresql/*/bin --------
pg_bin=$(printf '%s\n' /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
if [ -z "$pg_bin" ] || [ ! -x "$pg_bin/initdb" ]; then
  log "no PostgreSQL server found in /usr/lib/postgresql/*/bin (run packaging/dev-deps.sh)"
  exit 1
fi

# As root, the server must run as the 'postgres' system user; otherwise as ourselves.
tmp=$(mktemp -d)
chmod 755 "$tmp"          # mktemp makes it 0700; postgres must be able to reach $tmp/pg
as_pg() {
  if [ "$(id -u)" -eq 0 ]; then
    (cd "$tmp" && runuser -u postgres -- "$@")   # cwd must be readable by postgres
  else
    (cd "$tmp" && "$@")
  fi
}

session_pid=""

# --- Teardown: runs on every exit path ---------------------------------------
# shellcheck disable=SC2317  # called from the trap
cleanup() {
  local rc=$?
  set +e
  trap - EXIT INT TERM HUP
  # 1. The D-Bus session (keyring daemon, ctest, tests) runs in its own process
  #    group; end whatever is left of it.
  if [ -n "$session_pid" ] && kill -0 -- "-$session_pid" 2>/dev/null; then
    kill -TERM -- "-$session_pid" 2>/dev/null
    for _ in 1 2 3 4 5 6 7 8 9 10; do
      kill -0 -- "-$session_pid" 2>/dev/null || break
      sleep 0.5
    done
    kill -KILL -- "-$session_pid" 2>/dev/null
  fi
  # 2. Every PostgreSQL cluster under $tmp: ours, and any a test started in
  #    TMPDIR and did not stop (pg_ctl detaches the server from our process group).
  while IFS= read -r pidfile; do
    dir=$(dirname "$pidfile")
    as_pg "$pg_bin/pg_ctl" -D "$dir" -m immediate -s stop >/dev/null 2>&1
    if [ -f "$pidfile" ]; then
      pid=$(head -n 1 "$pidfile" 2>/dev/null)
      [ -n "$pid" ] && kill -KILL "$pid" 2>/dev/null
    fi
  done < <(find "$tmp" -name postmaster.pid 2>/dev/null)
  # 3. The temp folder itself.
  rm -rf "$tmp"
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
trap 'exit 129' HUP

# --- Start PostgreSQL ---------------------------------------------------------
mkdir "$tmp/pg"
touch "$tmp/pg.log"
if [ "$(id -u)" -eq 0 ]; then
  chown postgres: "$tmp/pg" "$tmp/pg.log"
fi
if ! as_pg "$pg_bin/initdb" -D "$tmp/pg" -U postgres -A trust --no-sync -E UTF8 >"$tmp/initdb.log" 2>&1; then
  log "initdb failed:"; cat "$tmp/initdb.log" >&2
  exit 1
fi

# A port is free if nothing answers on it; another process may still grab it
# before the server binds, so retry with a new port a few times.
port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
port=""
for attempt in 1 2 3 4 5; do
  candidate=$((20000 + RANDOM % 40001))
  port_in_use "$candidate" && continue
  if as_pg "$pg_bin/pg_ctl" -w -D "$tmp/pg" -l "$tmp/pg.log" \
       -o "-p $candidate -k $tmp/pg -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" \
       start >/dev/null; then
    port=$candidate
    break
  fi
  log "PostgreSQL did not start on port $candidate (attempt $attempt)"
done
if [ -z "$port" ]; then
  log "could not start PostgreSQL; server log:"; cat "$tmp/pg.log" >&2
  exit 1
fi
log "PostgreSQL $("$pg_bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port"

export MEGAPHONE_TEST_PG_URL="postgresql://postgres@127.0.0.1:$port/postgres"
export MEGAPHONE_TEST_PG_BIN="$pg_bin"

# --- A fresh home for the tests ----------------------------------------------
export HOME="$tmp/home"
export XDG_DATA_HOME="$HOME/.local/share"
export XDG_CONFIG_HOME="$HOME/.config"
export XDG_CACHE_HOME="$HOME/.cache"
export XDG_RUNTIME_DIR="$tmp/run"
export TMPDIR="$tmp/tmp"     # test temp files (and any cluster a test starts) go away with $tmp
mkdir -p "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR" "$TMPDIR"
chmod 700 "$XDG_RUNTIME_DIR"
chmod 1777 "$TMPDIR"
export QT_QPA_PLATFORM=offscreen
# The tests read English: the system language of the machine running them must not matter.
export LANG=C.UTF-8 LANGUAGE=
unset LC_ALL LC_MESSAGES
export KEYRING_LOG="$tmp/keyring.log"

# --- Inside a private D-Bus session: Secret Service, then ctest ---------------
# $1 = build dir, the rest = extra ctest args.
inner=$(cat <<'EOF'
set -u
build=$1; shift
# gnome-keyring reads the login keyring password from stdin with --unlock; a
# fresh HOME means it creates a 'login' keyring with that password, unlocked.
printf 'throwaway' | gnome-keyring-daemon --foreground --unlock --components=secrets >"$KEYRING_LOG" 2>&1 &
keyring_pid=$!
trap 'kill "$keyring_pid" 2>/dev/null; wait "$keyring_pid" 2>/dev/null' EXIT

# Wait (up to ~10 s) for org.freedesktop.secrets to appear on the bus.
up=no
for _ in $(seq 50); do
  if dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
       org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null |
     grep -q 'boolean true'; then
    up=yes; break
  fi
  kill -0 "$keyring_pid" 2>/dev/null || break
  sleep 0.2
done
if [ "$up" != yes ]; then
  echo "test-env: the Secret Service (gnome-keyring-daemon) did not start; its log:" >&2
  cat "$KEYRING_LOG" >&2
  exit 1
fi

rc=0
ctest --test-dir "$build" --output-on-failure -j2 "$@" || rc=$?
exit "$rc"
EOF
)

# setsid puts the whole session in its own process group, so teardown can end
# all of it (and Ctrl-C reaches only this script, whose trap does the cleanup).
# Run it in the background and 'wait', so signals are handled right away.
setsid dbus-run-session -- bash -c "$inner" test-env-session "$build" "$@" &
session_pid=$!
rc=0
wait "$session_pid" || rc=$?
exit "$rc"
