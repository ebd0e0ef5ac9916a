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

worktree=no
keep=no
for arg in "$@"; do
  case "$arg" in
    --worktree) worktree=yes ;;
    --keep) keep=yes ;;
    *) echo "usage: $0 [--worktree] [--keep]" >&2; exit 2 ;;
  esac
done

repo=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=packaging/debian-chroot.sh
. "$repo/packaging/debian-chroot.sh"
chroot_begin check-bare-debian

# --- A minimal Debian 12 -----------------------------------------------------
chroot_debootstrap

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
chroot_mount

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
