#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Fails when a catalogue files sentences under a context the program never asks for.

lupdate guesses each tr() call's context from the code around it; at run time the context is the
one Q_OBJECT, Q_DECLARE_TR_FUNCTIONS or translate("...") names. Where the two differ, a translated
sentence is never shown (German findings printed in English). This lists the contexts the sources
can ask for and checks every context of every catalogue against them.
Usage: check-translation-contexts.py SOURCE_DIR TS_FILE..."""
import os
import re
import sys
import xml.etree.ElementTree as ET

src, catalogues = sys.argv[1], sys.argv[2:]
literal = re.compile(r'(?:\btranslate|QT_TRANSLATE_NOOP3?)\(\s*"([^"]+)"')
declared = re.compile(r"Q_DECLARE_TR_FUNCTIONS\(([\w:]+)\)")
namespace = re.compile(r"^namespace ([\w:]+) \{", re.M)
qobject = re.compile(r"^\s*class (\w+)\b[^;{]*\{\s*\n\s*Q_OBJECT\b", re.M)

contexts = {"QObject"}  # QObject::tr()
for folder in ("core", "ui", "app"):
    for root, _, files in os.walk(os.path.join(src, folder)):
        for name in files:
            if not name.endswith((".cpp", ".h")):
                continue
            text = open(os.path.join(root, name), encoding="utf-8").read()
            contexts.update(literal.findall(text))
            contexts.update(declared.findall(text))
            for cls in qobject.finditer(text):
                spaces = namespace.findall(text, 0, cls.start())  # the one the class is declared in
                contexts.add("::".join(spaces[-1:] + [cls.group(1)]))

bad = 0
for ts in catalogues:
    for ctx in ET.parse(ts).getroot().iter("context"):
        name = ctx.findtext("name")
        if name not in contexts:
            bad += 1
            first = ctx.find("message").findtext("source")
            print(f"FAIL: {os.path.basename(ts)}: context {name!r} ({first!r} …) is never asked for at run time")
print(f"{len(contexts)} contexts in the sources; {bad} catalogue contexts unused")
sys.exit(1 if bad else 0)
