# Sourced by check-bare-debian.sh and check-deb-install.sh: a throwaway minimal
# Debian 12 root made with debootstrap, and its teardown.
#
#   chroot_begin NAME        as root: work folder under /var/tmp, teardown on exit
#                            (kills what runs in the chroot, unmounts, deletes; with
#                            keep=yes the chroot stays and its path is printed)
#   chroot_debootstrap       minbase bookworm into $root; apt resolves names; package
#                            scripts start no services
#   chroot_mount             /proc, /sys, /dev, /dev/pts and a real /dev/shm
# Sets: work, root, mounts; uses: keep (yes|no). Defines say().
# shellcheck shell=bash

mirror=http://deb.debian.org/debian
suite=bookworm
mounts=()   # mount points inside $root, in mount order

say() { echo "${chroot_name:-chroot}: $*" >&2; }

chroot_begin() {
  chroot_name=$1
  if [ "$(id -u)" -ne 0 ]; then
    say "must run as root (debootstrap, mount, chroot)"
    exit 1
  fi
  if ! command -v debootstrap >/dev/null; then
    say "installing debootstrap"
    DEBIAN_FRONTEND=noninteractive apt-get update -q
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends debootstrap
  fi
  # /var/tmp: usually on disk, unlike a tmpfs /tmp; a full build needs some GB.
  work=$(mktemp -d -p /var/tmp "megaphone-$chroot_name.XXXXXX")
  root="$work/root"
  trap chroot_cleanup EXIT
  trap 'exit 130' INT
  trap 'exit 143' TERM
  trap 'exit 129' HUP
}

# shellcheck disable=SC2317  # called from the trap
chroot_cleanup() {
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
  elif [ "${keep:-no}" = yes ]; then
    say "kept the chroot in $root"
  else
    # --one-file-system: never follow into a mount that is somehow still there.
    rm -rf --one-file-system "$work"
  fi
  exit "$rc"
}

chroot_debootstrap() {
  say "debootstrap --variant=minbase $suite into $root"
  debootstrap --variant=minbase "$suite" "$root" "$mirror" >"$work/debootstrap.log" 2>&1 ||
    { tail -n 30 "$work/debootstrap.log" >&2; say "debootstrap failed"; exit 1; }
  # Name resolution for apt, and no service start-ups from package scripts
  # (the postgresql package would otherwise start a cluster in the chroot).
  cp -L /etc/resolv.conf "$root/etc/resolv.conf"
  printf '#!/bin/sh\nexit 101\n' > "$root/usr/sbin/policy-rc.d"
  chmod 755 "$root/usr/sbin/policy-rc.d"
}

chroot_mount_at() {   # chroot_mount_at TARGET mount-args...
  local target=$1; shift
  mkdir -p "$target"
  mount "$@" "$target"
  mounts+=("$target")
}

chroot_mount() {
  chroot_mount_at "$root/proc"    -t proc proc
  chroot_mount_at "$root/sys"     -t sysfs sysfs
  chroot_mount_at "$root/dev"     --bind /dev
  chroot_mount_at "$root/dev/pts" --bind /dev/pts
  chroot_mount_at "$root/dev/shm" -t tmpfs -o mode=1777,nosuid,nodev shm
}
