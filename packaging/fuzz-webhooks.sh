#!/usr/bin/env bash
# Fuzzes the webhook parsers and signatures (tests/fuzz/fuzz_webhooks, libFuzzer with
# AddressSanitizer and UndefinedBehaviorSanitizer) for a bounded time. Not part of `make test`.
#
#   packaging/fuzz-webhooks.sh [build-dir]      (default build-fuzz/ at the top of the clone)
#   FUZZ_SECONDS=600 packaging/fuzz-webhooks.sh (default 60 seconds)
#
# Installs clang and its sanitizer/libFuzzer runtime with apt when missing (Debian, Ubuntu),
# configures a build directory of its own with clang++, builds only the fuzz target and runs
# it over a working copy of tests/fuzz/corpus/webhooks kept in the build directory (the source
# tree is never written). Exits non-zero when the fuzzer finds a crash, a sanitizer report or
# a broken property; the reproducer is written to <build-dir>/fuzz-crashes/ and replays with
#   <build-dir>/tests/fuzz/fuzz_webhooks <file>
# Extra CMake arguments: CMAKE_ARGS; extra libFuzzer flags: FUZZ_ARGS (e.g. -jobs=2).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
build=$(realpath -m "${1:-$root/build-fuzz}")
seconds=${FUZZ_SECONDS:-60}
case "$seconds" in
  ''|*[!0-9]*|0) echo "fuzz-webhooks: FUZZ_SECONDS must be a positive number of seconds" >&2; exit 2 ;;
esac

# --- clang and compiler-rt -------------------------------------------------------------------
install_missing() {
  local missing=() p status
  for p in "$@"; do
    status=$(dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null || true)
    [ "$status" = "installed" ] || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "fuzz-webhooks: run as root or install sudo" >&2; exit 1; }
    sudo="sudo"
  fi
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -q
  # libclang-rt-dev (Debian 12, Ubuntu 24.04) pulls libclang-rt-<version>-dev, which holds
  # libFuzzer and the sanitizer runtimes; older releases ship them in libclang-common-*-dev,
  # which clang itself depends on.
  local available=()
  for p in "${missing[@]}"; do
    if apt-cache show --no-all-versions "$p" >/dev/null 2>&1; then
      available+=("$p")
    else
      echo "fuzz-webhooks: no package $p here; relying on what clang brings"
    fi
  done
  [ ${#available[@]} -eq 0 ] && return 0
  echo "fuzz-webhooks: installing ${available[*]}"
  $sudo apt-get install -y -q --no-install-recommends "${available[@]}"
}

if command -v dpkg-query >/dev/null && command -v apt-get >/dev/null; then
  "$root/packaging/dev-deps.sh" # Qt and the libraries the project's configuration looks for
  install_missing clang libclang-rt-dev
fi
command -v clang++ >/dev/null || { echo "fuzz-webhooks: clang++ is not installed" >&2; exit 1; }

# A libFuzzer program must link before we configure anything.
probe=$(mktemp -d)
trap 'rm -rf "$probe"' EXIT
echo 'extern "C" int LLVMFuzzerTestOneInput(const unsigned char *, unsigned long) { return 0; }' \
  > "$probe/probe.cpp"
if ! clang++ -fsanitize=fuzzer,address,undefined "$probe/probe.cpp" -o "$probe/probe" \
     2> "$probe/log"; then
  cat "$probe/log" >&2
  echo "fuzz-webhooks: clang++ cannot link a libFuzzer program: install clang's runtime" \
       "(Debian: libclang-rt-dev or libclang-rt-<version>-dev)" >&2
  exit 1
fi

# --- build ------------------------------------------------------------------------------------
# CMAKE_ARGS is split into words on purpose.
# shellcheck disable=SC2086
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_CXX_COMPILER=clang++ \
      -DCMAKE_BUILD_TYPE=RelWithDebInfo -DMEGAPHONE_BUILD_TESTS=ON -DMEGAPHONE_BUILD_FUZZ=ON \
      -DMEGAPHONE_BUILD_BENCH=OFF ${CMAKE_ARGS:-}
cmake --build "$build" --target fuzz_webhooks

# --- run --------------------------------------------------------------------------------------
fuzzer="$build/tests/fuzz/fuzz_webhooks"
corpus="$build/fuzz-corpus/webhooks"
crashes="$build/fuzz-crashes"
log="$build/fuzz-webhooks.log"
mkdir -p "$corpus" "$crashes"
cp "$root"/tests/fuzz/corpus/webhooks/* "$corpus/" # the seeds, next to what earlier runs found

echo "fuzz-webhooks: ${seconds}s over $corpus"
echo "fuzz-webhooks: crash, leak, timeout and sanitizer reproducers go to $crashes/"
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
set +e
# FUZZ_ARGS is split into words on purpose.
# shellcheck disable=SC2086
"$fuzzer" -max_total_time="$seconds" -timeout=10 -max_len=4096 -print_final_stats=1 \
          -dict="$root/tests/fuzz/webhooks.dict" -artifact_prefix="$crashes/" ${FUZZ_ARGS:-} \
          "$corpus" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e

mapfile -t found < <(find "$crashes" -type f -newer "$probe/probe" | sort)
if [ "$status" -ne 0 ] || [ ${#found[@]} -gt 0 ]; then
  echo "fuzz-webhooks: FAILED (libFuzzer exit $status); reproducers in $crashes/:" >&2
  [ ${#found[@]} -eq 0 ] || printf '  %s\n' "${found[@]}" >&2
  echo "fuzz-webhooks: replay one with: $fuzzer <file>   (full log: $log)" >&2
  exit $(( status != 0 ? status : 1 ))
fi
echo "fuzz-webhooks: no crash in ${seconds}s (log: $log; corpus now $(find "$corpus" -type f | wc -l) files)"
