#!/usr/bin/env bash
# Proves that `make test` works on a bare Debian 12: debootstraps a minbase
# bookworm root, copies the repository into it, installs only make, sudo and
# ca-certificates, and runs `make test` as root in a chroot (make test itself
# installs everything else through packaging/dev-deps.sh).
# Slow (downloads a system, builds everything); not part of `make test`.
#
# Usage (as root): packaging/check-bare-debian.sh [--worktree] [--keep]
#   --worktree  copy the working tree (tracked and untracked, not ignored files)
#               instead of the committed HEAD
#   --keep      keep the chroot afterwards (its path is printed)
set -euo pipefail

mirror=http://deb.debian.org/debian
suite=bookworm
worktree=no
keep=no
for arg in "$@"; do
  case "$arg" in
    --worktree) worktree=yes ;;
    --keep) keep=yes ;;
    *) echo "usage: $0 [--worktree] [--keep]" >&2; exit 2 ;;
  esac
done

if [ "$(id -u)" -ne 0 ]; then
  echo "check-bare-debian: must run as root (debootstrap, mount, chroot)" >&2
  exit 1
fi
repo=$(cd "$(dirname "$0")/.." && pwd)
say() { echo "check-bare-debian: $*" >&2; }

if ! command -v debootstrap >/dev/null; then
  say "installing debootstrap"
  DEBIAN_FRONTEND=noninteractive apt-get update -q
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends debootstrap
fi

# /var/tmp: usually on disk, unlike a tmpfs /tmp; a full build needs some GB.
work=$(mktemp -d -p /var/tmp megaphone-bare.XXXXXX)
root="$work/root"
mounts=()   # mount points inside $root, in mount order

# --- Teardown: stop anything still running in the chroot, unmount, delete ----
# shellcheck disable=SC2317  # called from the trap
cleanup() {
  local rc=$?
  set +e
  trap - EXIT INT TERM HUP
  # Processes whose root directory is the chroot (e.g. a PostgreSQL left over).
  for p in /proc/[0-9]*; do
    [ "$(readlink "$p/root" 2>/dev/null)" = "$root" ] && kill -KILL "${p#/proc/}" 2>/dev/null
  done
  sleep 1
  local failed=no
  for ((i = ${#mounts[@]} - 1; i >= 0; i--)); do
    umount "${mounts[i]}" 2>/dev/null || umount -l "${mounts[i]}" || failed=yes
  done
  if [ "$failed" = yes ] || grep -q " $root/" /proc/self/mounts; then
    say "some mounts under $root are still there; NOT deleting $work"
  elif [ "$keep" = yes ]; then
    say "kept the chroot in $root"
  else
    # --one-file-system: never follow into a mount that is somehow still there.
    rm -rf --one-file-system "$work"
  fi
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
trap 'exit 129' HUP

# --- A minimal Debian 12 -----------------------------------------------------
say "debootstrap --variant=minbase $suite into $root"
debootstrap --variant=minbase "$suite" "$root" "$mirror"

# Name resolution for apt, and no service start-ups from package scripts
# (the postgresql package would otherwise start a cluster in the chroot).
cp -L /etc/resolv.conf "$root/etc/resolv.conf"
printf '#!/bin/sh\nexit 101\n' > "$root/usr/sbin/policy-rc.d"
chmod 755 "$root/usr/sbin/policy-rc.d"

# --- Copy the repository -----------------------------------------------------
mkdir -p "$root/src/megaphone"
if [ "$worktree" = yes ]; then
  say "copying the working tree of $repo"
  # Leave out build directories (any top-level folder with a CMakeCache.txt).
  skip='^$'
  while IFS= read -r cache; do
    skip="$skip|^$(basename "$(dirname "$cache")")/"
  done < <(find "$repo" -mindepth 2 -maxdepth 2 -name CMakeCache.txt)
  (cd "$repo" && git ls-files -z --cached --others --exclude-standard |
     { grep -zEv "$skip" || true; } | tar --null -T - -cf -) | tar -xf - -C "$root/src/megaphone"
else
  git -C "$repo" rev-parse --verify -q HEAD >/dev/null ||
    { say "the repository has no commit yet; use --worktree"; exit 1; }
  say "copying HEAD ($(git -C "$repo" rev-parse --short HEAD)) of $repo"
  git -C "$repo" archive --format=tar HEAD | tar -xf - -C "$root/src/megaphone"
fi

# --- Mounts the tests need (PostgreSQL needs a real /dev/shm) ----------------
mount_at() {   # mount_at TARGET mount-args...
  local target=$1; shift
  mkdir -p "$target"
  mount "$@" "$target"
  mounts+=("$target")
}
mount_at "$root/proc"    -t proc proc
mount_at "$root/sys"     -t sysfs sysfs
mount_at "$root/dev"     --bind /dev
mount_at "$root/dev/pts" --bind /dev/pts
mount_at "$root/dev/shm" -t tmpfs -o mode=1777,nosuid,nodev shm

# --- Install the bare minimum, then make test ------------------------------
say "running make test in the chroot"
rc=0
chroot "$root" /usr/bin/env -i \
  HOME=/root TERM="${TERM:-dumb}" LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive \
  PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
  /bin/bash -c 'set -euo pipefail
    apt-get update
    apt-get install -y --no-install-recommends make sudo ca-certificates
    cd /src/megaphone
    make test' || rc=$?

if [ "$rc" -eq 0 ]; then
  say "RESULT: PASS - make test succeeded on a bare Debian 12 ($suite minbase)"
else
  say "RESULT: FAIL - make test exited with $rc on a bare Debian 12 ($suite minbase)"
fi
exit "$rc"
