#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Carries translations from other catalogues into translations/plugboard_COMPONENT_LANGUAGE.ts.

For a catalogue from elsewhere: a branch's copy, or the single plugboard_LANGUAGE.ts of before the
split by component (a branch started then brings its new sentences in it). Every finished
translation there whose context, source and comment a catalogue here has, in the same language,
replaces the one here (or fills it where it is unfinished); nothing else changes. Run
update_translations first, so that the catalogues here have every sentence of the sources:

  cmake --build build --target update_translations
  translations/carry-translations.py OLD/plugboard_de.ts OLD/plugboard_zh_CN.ts OLD/plugboard_en.ts
  cmake --build build --target update_translations   # lupdate's own layout again

Usage: carry-translations.py [--dry-run] FROM.ts...   (the language: FROM's file name, else its
language attribute)"""
import glob
import os
import re
import sys
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))


def language(path, root):
    m = re.fullmatch(r"plugboard_(?:(?:core|ui|cli)_)?(.+)\.ts", os.path.basename(path))
    return m.group(1) if m else root.get("language", "")


def text(translation):
    """What a translation says: its numerus forms, or its text; and whether it is finished."""
    forms = tuple(f.text or "" for f in translation.iter("numerusform"))
    return (forms or translation.text or "", translation.get("type"))


def key(context, message):
    return (context.findtext("name"), message.findtext("source"), message.findtext("comment") or "",
            message.get("numerus") == "yes")


args = sys.argv[1:]
dry = args[:1] == ["--dry-run"]
if dry:
    args = args[1:]
if not args:
    sys.exit(__doc__)

known = {}  # language -> key -> <translation>
for path in args:
    root = ET.parse(path).getroot()
    lang = language(path, root)
    for ctx in root.iter("context"):
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            if tr is not None and tr.get("type") is None:
                known.setdefault(lang, {})[key(ctx, msg)] = tr

total = 0
for path in sorted(glob.glob(os.path.join(HERE, "plugboard_*_*.ts"))):
    tree = ET.parse(path)
    lang = language(path, tree.getroot())
    theirs = known.get(lang, {})
    filled = changed = 0
    for ctx in tree.getroot().iter("context"):
        for msg in ctx.iter("message"):
            new = theirs.get(key(ctx, msg))
            old = msg.find("translation")
            if new is None or text(new) == text(old):
                continue
            if old.get("type") is None:
                changed += 1
            else:
                filled += 1
            tail = old.tail
            old.clear()  # in place: the same position and layout around it
            old.attrib.update(new.attrib)
            old.text, old.tail = new.text, tail
            old.extend(new)
    if filled or changed:
        print(f"{os.path.basename(path)}: {filled} filled, {changed} replaced")
        total += filled + changed
        if not dry:
            with open(path, "wb") as f:
                f.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
                tree.write(f, encoding="utf-8", xml_declaration=False)
                f.write(b"\n")
print(f"{total} translations carried" + (" (dry run: nothing written)" if dry else ""))
