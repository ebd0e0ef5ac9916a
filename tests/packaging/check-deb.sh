#!/usr/bin/env bash
# Builds the .deb from a build directory with cpack (into a temporary folder) and checks it:
#   - control fields: name, version, maintainer, section, homepage, description;
#   - Depends: what dpkg-shlibdeps found (libc6, Qt, QtKeychain, libpq, ...) AND the packages
#     Qt and QtKeychain load at run time, which no linker sees (SQL drivers, platform plugins,
#     the SVG plugin, libsecret);
#   - contents: both executables (ELF, stripped, no RUNPATH into the build tree), the desktop
#     entry, the AppStream metainfo, the hicolor icons, the worker's systemd unit, the
#     copyright file; what the desktop entry, the metainfo and the unit refer to is in it;
#   - desktop-file-validate on the desktop entry, appstreamcli validate --no-net on the
#     metainfo (warnings fail too), and lintian when it is installed (report only).
# Registered with CTest as check_deb (tests/packaging/CMakeLists.txt), so `make test` runs it.
#
# Usage: tests/packaging/check-deb.sh BUILD_DIR VERSION
# Exit: 0 all checks pass, 1 a check failed, 77 not a dpkg system (CTest counts it skipped).
# shellcheck disable=SC2015  # `A && ok ... || fail ...`: ok only echoes, it never fails
set -euo pipefail

if [ $# -ne 2 ]; then
  echo "usage: $0 BUILD_DIR VERSION" >&2
  exit 2
fi
build=$(cd "$1" && pwd)
version=$2
app_id=io.github.megaphone_app.Megaphone

if ! command -v dpkg >/dev/null; then
  echo "check-deb: SKIP - not a dpkg system"
  exit 77
fi
missing=()
for tool in cpack dpkg-deb dpkg-shlibdeps desktop-file-validate appstreamcli file readelf; do
  command -v "$tool" >/dev/null || missing+=("$tool")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "check-deb: missing ${missing[*]} (run packaging/dev-deps.sh)" >&2
  exit 1
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

failures=0
fail() { echo "check-deb: FAIL: $*" >&2; failures=$((failures + 1)); }
ok() { echo "check-deb: ok: $*"; }

# --- Build the package --------------------------------------------------------
if ! cpack -G DEB --config "$build/CPackConfig.cmake" -B "$tmp/out" >"$tmp/cpack.log" 2>&1; then
  cat "$tmp/cpack.log" >&2
  echo "check-deb: FAIL: cpack -G DEB failed" >&2
  exit 1
fi
debs=("$tmp"/out/*.deb)
if [ ${#debs[@]} -ne 1 ] || [ ! -f "${debs[0]}" ]; then
  cat "$tmp/cpack.log" >&2
  echo "check-deb: FAIL: expected one .deb in the cpack output, found: ${debs[*]}" >&2
  exit 1
fi
deb=${debs[0]}
arch=$(dpkg --print-architecture)
[ "$(basename "$deb")" = "megaphone_${version}_${arch}.deb" ] && ok "file name $(basename "$deb")" ||
  fail "file name $(basename "$deb"), expected megaphone_${version}_${arch}.deb"

# --- Control fields ---------------------------------------------------------------
field() { dpkg-deb -f "$deb" "$1"; }
dpkg-deb -I "$deb" > "$tmp/info"
expect_field() {   # expect_field NAME REGEX
  local value; value=$(field "$1")
  if [[ "$value" =~ $2 ]]; then ok "$1: $value"; else fail "$1 is '$value', expected /$2/"; fi
}
expect_field Package '^megaphone$'
expect_field Version "^${version//./\\.}$"
expect_field Architecture "^${arch}$"
expect_field Maintainer '^[^<>]+ <[^<>@ ]+@[^<> ]+>$'
expect_field Section '^net$'
expect_field Homepage '^https://github\.com/'
description=$(field Description)
[ "$(printf '%s\n' "$description" | wc -l)" -ge 3 ] && [[ "$description" == *WhatsApp* ]] &&
  ok "Description: $(printf '%s\n' "$description" | head -n 1) (+$(($(printf '%s\n' "$description" | wc -l) - 1)) lines)" ||
  fail "Description needs a synopsis and a long description: '$description'"

# Depends: a comma-separated list; each entry may have alternatives and a version.
depends=$(field Depends)
echo "check-deb: Depends: $depends"
dep_names=$(printf '%s\n' "$depends" | tr ',' '\n' | sed -E 's/^ +//; s/ *\(.*//; s/ +$//')
has_dep() { printf '%s\n' "$dep_names" | grep -Eqx "$1"; }
# Loaded at run time (dlopen/plugins): no linker sees them, the package must name them.
for pkg in libqt6sql6-sqlite libqt6sql6-psql libqt6svg6 libsecret-1-0 qt6-qpa-plugins; do
  has_dep "$pkg" && ok "Depends names $pkg (loaded at run time)" || fail "Depends lacks $pkg"
done
# Found by dpkg-shlibdeps in the binaries: proves CPACK_DEBIAN_PACKAGE_SHLIBDEPS worked.
for pattern in 'libc6' 'libstdc\+\+6' 'libqt6core6(t64)?' 'libqt6widgets6(t64)?' 'libqt6sql6(t64)?' \
               'libqt6keychain1(t64)?' 'libphonenumber[0-9]+(-protobuf[0-9]+)?(t64)?' 'libpq5' 'libmicrohttpd[0-9]+(t64)?' \
               'libnghttp2-[0-9]+(t64)?'; do
  has_dep "$pattern" && ok "Depends names /$pattern/ (dpkg-shlibdeps)" || fail "Depends lacks /$pattern/"
done
[[ "$(field Recommends)" == *qt6-wayland* ]] && ok "Recommends: $(field Recommends)" || fail "Recommends lacks qt6-wayland"
grep -q '^ *Suggests:' "$tmp/info" && ok "Suggests: $(field Suggests)" || fail "no Suggests field"

# --- Contents --------------------------------------------------------------------
dpkg-deb -c "$deb" | awk '{print $NF}' | sed 's|^\./|/|' > "$tmp/files"
# Every entry must be owned by root.
if dpkg-deb -c "$deb" | awk '{print $2}' | grep -qv '^root/root$'; then
  fail "entries not owned by root/root: $(dpkg-deb -c "$deb" | awk '$2 != "root/root"' | head -n 3)"
else
  ok "every entry is owned by root/root"
fi
expect_file() {
  if grep -qx "$1" "$tmp/files"; then ok "contains $1"; else fail "does not contain $1"; fi
}
expect_file /usr/bin/megaphone
expect_file /usr/bin/megaphone-cli
expect_file "/usr/share/applications/$app_id.desktop"
expect_file "/usr/share/metainfo/$app_id.metainfo.xml"
expect_file "/usr/share/icons/hicolor/scalable/apps/$app_id.svg"
for size in 16 22 24 32 48 64 128 256 512; do
  expect_file "/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png"
done
expect_file /usr/lib/systemd/system/megaphone-worker.service
expect_file /usr/share/doc/megaphone/copyright
# Nothing outside /usr (no /usr/local, no build paths).
stray=$(grep -Ev '^/(usr/?|usr/.*)?$' "$tmp/files" | grep -v '^/$' || true)
[ -z "$stray" ] && ok "everything is under /usr" || fail "files outside /usr: $stray"

root="$tmp/root"
dpkg-deb -x "$deb" "$root"
for exe in megaphone megaphone-cli; do
  info=$(file -b "$root/usr/bin/$exe")
  [[ "$info" == ELF*executable* || "$info" == ELF*pie* ]] && [[ "$info" == *", stripped"* ]] &&
    ok "$exe is a stripped ELF executable" || fail "$exe: $info"
  runpath=$(readelf -d "$root/usr/bin/$exe" | grep -E 'R(UN)?PATH' || true)
  [ -z "$runpath" ] && ok "$exe has no RPATH/RUNPATH" || fail "$exe keeps a run path: $runpath"
  perms=$(stat -c %a "$root/usr/bin/$exe")
  [ "$perms" = 755 ] && ok "$exe mode 755" || fail "$exe mode $perms"
done

# --- Desktop entry, metainfo, unit --------------------------------------------------
desktop="$root/usr/share/applications/$app_id.desktop"
if out=$(desktop-file-validate "$desktop" 2>&1) && [ -z "$out" ]; then
  ok "desktop-file-validate: no errors, no warnings"
else
  fail "desktop-file-validate: $out"
fi
exec_bin=$(sed -nE 's/^Exec=([^ ]+).*/\1/p' "$desktop" | head -n 1)
icon=$(sed -nE 's/^Icon=(.*)/\1/p' "$desktop" | head -n 1)
[ -x "$root/usr/bin/$exec_bin" ] &&
  ok "desktop Exec=$exec_bin is in /usr/bin" || fail "desktop Exec=$exec_bin is not in the package"
[ "$icon" = "$app_id" ] && [ -f "$root/usr/share/icons/hicolor/scalable/apps/$icon.svg" ] &&
  ok "desktop Icon=$icon is in the hicolor theme" || fail "desktop Icon=$icon not found in the package"

metainfo="$root/usr/share/metainfo/$app_id.metainfo.xml"
if out=$(appstreamcli validate --no-net --no-color "$metainfo" 2>&1); then
  if grep -qE '^[EW]: ' <<<"$out"; then
    fail "appstreamcli validate reports errors or warnings:"$'\n'"$out"
  else
    ok "appstreamcli validate --no-net: $(tail -n 1 <<<"$out")"
  fi
else
  fail "appstreamcli validate --no-net:"$'\n'"$out"
fi
grep -q "<launchable type=\"desktop-id\">$app_id.desktop</launchable>" "$metainfo" &&
  ok "metainfo launchable is the packaged desktop entry" || fail "metainfo launchable does not name $app_id.desktop"
while IFS= read -r b; do
  [ -x "$root/usr/bin/$b" ] && ok "metainfo provides binary $b, packaged" || fail "metainfo provides $b, not in /usr/bin"
done < <(sed -nE 's|.*<binary>(.*)</binary>.*|\1|p' "$metainfo")
grep -q '<release version="'"$version"'"' "$metainfo" &&
  ok "metainfo has a release entry for $version" || fail "metainfo has no <release version=\"$version\">"

unit="$root/usr/lib/systemd/system/megaphone-worker.service"
exec_start=$(sed -nE 's/^ExecStart=([^ ]+).*/\1/p' "$unit")
[ -x "$root$exec_start" ] && ok "unit ExecStart=$exec_start is packaged" || fail "unit ExecStart=$exec_start is not in the package"
if command -v systemd-analyze >/dev/null && [ -d /run/systemd/system ]; then
  # Verify against the packaged binary's path: systemd-analyze checks ExecStart exists.
  sed "s|^ExecStart=$exec_start|ExecStart=$root$exec_start|" "$unit" > "$tmp/megaphone-worker.service"
  if out=$(systemd-analyze verify "$tmp/megaphone-worker.service" 2>&1) && [ -z "$out" ]; then
    ok "systemd-analyze verify"
  else
    fail "systemd-analyze verify: $out"
  fi
fi

# --- lintian: only when installed, and it only reports -----------------------------
if command -v lintian >/dev/null; then
  echo "check-deb: lintian (report only):"
  lintian --no-tag-display-limit "$deb" || true
fi

if [ "$failures" -gt 0 ]; then
  echo "check-deb: $failures check(s) FAILED for $(basename "$deb")" >&2
  exit 1
fi
echo "check-deb: PASS - $(basename "$deb") ($(du -h "$deb" | cut -f1))"
