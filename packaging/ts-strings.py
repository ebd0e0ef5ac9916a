#!/usr/bin/env python3
"""Moves strings between a translations/megaphone_<lang>.ts file and a plain JSON list,
for translating in bulk outside Qt Linguist (a maintainer's tool, not used by the build).

  ts-strings.py export LANG [--all] > todo.json   unfinished entries (all with --all)
  ts-strings.py import LANG done.json              fills translations, marks them finished

Each JSON entry: {"context", "source", "comment" (optional), "plural": bool,
"translation": a string, or for plural entries a list with one string per plural form
(two for es, pt_BR, hi and en: singular, plural)}. Entries are matched on
(context, source, comment). Afterwards run packaging/update-translations.sh, which
rewrites the file in lupdate's own layout.
"""
import json
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def ts_path(lang):
    return ROOT / "translations" / f"megaphone_{lang}.ts"


def key(context, message):
    comment = message.findtext("comment") or ""
    return (context, message.findtext("source") or "", comment)


def messages(tree):
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            yield name, message


def export(lang, everything):
    tree = ET.parse(ts_path(lang))
    out = []
    for context, message in messages(tree):
        translation = message.find("translation")
        if not everything and translation.get("type") != "unfinished":
            continue
        plural = message.get("numerus") == "yes"
        entry = {"context": context, "source": message.findtext("source") or ""}
        if message.findtext("comment"):
            entry["comment"] = message.findtext("comment")
        entry["plural"] = plural
        if plural:
            entry["translation"] = [f.text or "" for f in translation.iter("numerusform")]
        else:
            entry["translation"] = translation.text or ""
        out.append(entry)
    json.dump(out, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")


PLACEHOLDER = re.compile(r"%L?(?:\d+|n)")
TAG = re.compile(r"</?[a-zA-Z][^>]*>")


def problems(source, text):
    """What a translation changed that it must keep: placeholders, markup, accelerators."""
    found = []
    def places(value):
        return sorted(set(p.replace("%L", "%") for p in PLACEHOLDER.findall(value)))
    if places(source) != places(text):
        found.append("placeholders differ")
    if sorted(re.sub(r"\s.*", ">", t) for t in TAG.findall(source)) != \
            sorted(re.sub(r"\s.*", ">", t) for t in TAG.findall(text)):
        found.append("HTML tags differ")
    if ("&" in source.replace("&&", "")) != ("&" in text.replace("&&", "")):
        found.append("keyboard accelerator (&) added or lost")
    if source != source.strip() and (source[:1].isspace() != text[:1].isspace()
                                     or source[-1:].isspace() != text[-1:].isspace()):
        found.append("leading/trailing space differs")
    return found


def fill(lang, done_file):
    done = {}
    for entry in json.loads(Path(done_file).read_text(encoding="utf-8")):
        done[(entry["context"], entry["source"], entry.get("comment", ""))] = entry["translation"]
    path = ts_path(lang)
    tree = ET.parse(path)
    filled = 0
    errors = []
    for context, message in messages(tree):
        text = done.get(key(context, message))
        if text is None:
            continue
        translation = message.find("translation")
        if message.get("numerus") == "yes":
            forms = list(translation.iter("numerusform"))
            if not isinstance(text, list) or len(text) != len(forms) or not all(text):
                sys.exit(f"{lang}: {key(context, message)} needs {len(forms)} plural forms")
            for form, value in zip(forms, text):
                form.text = value
            bad = [p for value in text for p in problems(message.findtext("source"), value)]
        else:
            if not isinstance(text, str) or not text:
                sys.exit(f"{lang}: {key(context, message)} needs a non-empty string")
            translation.text = text
            bad = problems(message.findtext("source"), text)
        if bad:
            errors.append(f"{key(context, message)}: {', '.join(sorted(set(bad)))}")
            continue
        translation.attrib.pop("type", None)
        filled += 1
    with open(path, "wb") as f:
        f.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(f, encoding="utf-8", xml_declaration=False)
    print(f"{lang}: {filled} entries filled", file=sys.stderr)
    if errors:
        print(f"{lang}: {len(errors)} entries NOT filled:", *errors, sep="\n  ", file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    if len(sys.argv) >= 3 and sys.argv[1] == "export":
        export(sys.argv[2], "--all" in sys.argv)
    elif len(sys.argv) == 4 and sys.argv[1] == "import":
        fill(sys.argv[2], sys.argv[3])
    else:
        sys.exit(__doc__)
