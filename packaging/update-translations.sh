#!/usr/bin/env bash
# Brings translations/*.ts up to date with the tr() strings in core/, ui/ and app/.
#
#   packaging/update-translations.sh          update the .ts files (then translate the
#                                              new, unfinished entries, e.g. in Qt Linguist)
#   packaging/update-translations.sh --check  change nothing; fail when lupdate would add or
#                                              drop a string, or when a shipped language has
#                                              an unfinished one (run by `make test`)
#
# megaphone_en.ts holds only the plural forms of the English source strings (%n).
# LUPDATE may name the lupdate binary; otherwise Qt 6's is looked up.
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
languages=(es pt_BR hi)

find_lupdate() {
  if [ -n "${LUPDATE:-}" ]; then echo "$LUPDATE"; return; fi
  for candidate in /usr/lib/qt6/bin/lupdate "$(command -v qtpaths6 >/dev/null 2>&1 &&
      echo "$(qtpaths6 --query QT_HOST_BINS)/lupdate")" "$(command -v lupdate || true)"; do
    [ -n "$candidate" ] && [ -x "$candidate" ] && { echo "$candidate"; return; }
  done
  echo "update-translations: lupdate not found (Debian: qt6-l10n-tools); set LUPDATE" >&2
  exit 1
}
lupdate=$(find_lupdate)

# Runs lupdate over the sources into the .ts files of directory $1; prints lupdate's summary.
run_lupdate() {
  local dir=$1 options=(-recursive -extensions cpp,h -locations none -no-obsolete -no-ui-lines
                        -source-language en)
  local ts=()
  for lang in "${languages[@]}"; do ts+=("$dir/megaphone_$lang.ts"); done
  (cd "$repo" && "$lupdate" "${options[@]}" core ui app -ts "${ts[@]}")
  (cd "$repo" && "$lupdate" "${options[@]}" -pluralonly core ui app -ts "$dir/megaphone_en.ts")
}

if [ "${1:-}" != "--check" ]; then
  run_lupdate "$repo/translations"
  exit 0
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$repo"/translations/megaphone_*.ts "$work/"
run_lupdate "$work" > "$work/lupdate.log" 2>&1 || { cat "$work/lupdate.log"; exit 1; }

status=0
for file in "$repo"/translations/megaphone_*.ts; do
  name=$(basename "$file")
  if ! cmp -s "$file" "$work/$name"; then
    echo "translations/$name is not current with the sources; lupdate would change:"
    diff -u "$file" "$work/$name" | head -40
    status=1
  fi
  unfinished=$(grep -c 'type="unfinished"' "$file" || true)
  if [ "$unfinished" -ne 0 ]; then
    echo "translations/$name has $unfinished unfinished string(s):"
    grep -B3 'type="unfinished"' "$file" | grep -E '<source>' | head -10 || true
    status=1
  fi
done
if [ "$status" -ne 0 ]; then
  echo "Run packaging/update-translations.sh, then translate what it marks unfinished."
else
  echo "update-translations: ${#languages[@]} languages and English plurals are current and complete."
fi
exit "$status"
