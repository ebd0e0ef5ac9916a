#!/usr/bin/env bash
# Installs everything Megaphone needs to build, run and test.
#
# Debian 12 / Ubuntu 22.04+: every package is named here, because with
# --no-install-recommends a Recommends never comes (Qt's platform plugins, the
# SQL drivers and libsecret are all loaded at run time, so nothing links them).
# Only missing packages are installed; a machine that has them all is left alone.
#
# macOS (Homebrew):  brew install cmake ninja qt qtkeychain libphonenumber re2 libpq \
#                                 libmicrohttpd libnghttp2 postgresql@16
# Windows (vcpkg):   vcpkg install qtbase[sql-sqlite,sql-psql] qttools qtkeychain-qt6 \
#                                  libphonenumber re2 libpq libmicrohttpd nghttp2
#                    (or the Qt online installer for Qt itself), then configure with
#                    -DCMAKE_TOOLCHAIN_FILE=<vcpkg>/scripts/buildsystems/vcpkg.cmake
set -euo pipefail

packages=(
  # toolchain
  build-essential cmake ninja-build pkg-config git
  # Qt 6 (libqt6gui6 carries the xcb and offscreen platforms; qt6-qpa-plugins the rest)
  qt6-base-dev qt6-base-dev-tools qt6-qpa-plugins libqt6sql6-sqlite libqt6sql6-psql
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n libqt6svg6
  libgl-dev libvulkan-dev libxkbcommon-dev
  # libraries Megaphone links
  qtkeychain-qt6-dev libsecret-1-0 libphonenumber-dev libprotobuf-dev libicu-dev libre2-dev
  libsqlite3-dev
  libpq-dev libmicrohttpd-dev libnghttp2-dev
  # test services: PostgreSQL, a Secret Service on a private D-Bus, a virtual display
  postgresql postgresql-contrib gnome-keyring dbus dbus-daemon dbus-bin libpam-gnome-keyring
  xvfb xauth fonts-dejavu-core fonts-noto-core
  # packaging checks
  dpkg-dev desktop-file-utils appstream file
)

os_id=""
[ -r /etc/os-release ] && . /etc/os-release && os_id="${ID:-}${ID_LIKE:+ $ID_LIKE}"
case "$os_id" in
  *debian*|*ubuntu*) ;;
  *)
    echo "dev-deps.sh: this script installs packages on Debian and Ubuntu only." >&2
    echo "On macOS or Windows, install the packages listed at the top of $0." >&2
    exit 1 ;;
esac

missing=()
for p in "${packages[@]}"; do
  status=$(dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null || true)
  [ "$status" = "installed" ] || missing+=("$p")
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "dev-deps: all ${#packages[@]} packages are installed."
  exit 0
fi

sudo=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "dev-deps: run as root or install sudo" >&2; exit 1; }
  sudo="sudo"
fi
echo "dev-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -q
$sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
