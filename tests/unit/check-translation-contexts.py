#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Fails when a catalogue files sentences under a context its component never asks for, or carries
sentences of another component.

lupdate guesses each tr() call's context from the code around it; at run time the context is the
one Q_OBJECT, Q_DECLARE_TR_FUNCTIONS or translate("...") names. Where the two differ, a translated
sentence is never shown (German findings printed in English). Each component embeds only its own
catalogues (translations/plugboard_COMPONENT_LANGUAGE.ts: core in plugboard_core, ui in the window,
cli in plugboardctl), so a context is checked against the sources of the catalogue's component
only: core's catalogues hold core's contexts, never the window's or the CLI's. With --lupdate,
every sentence of a catalogue must also be one lupdate finds in its component's sources.
Usage: check-translation-contexts.py [--lupdate LUPDATE] SOURCE_DIR TS_FILE..."""
import os
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

# What each component's catalogues are made from (as cmake/PlugboardTranslations.cmake is told):
# folders (every .cpp and .h below them) and single files, relative to SOURCE_DIR.
COMPONENTS = {
    "core": ["core"],
    "ui": ["ui", "app/plugboard.cpp"],
    "cli": ["app/plugboardctl.cpp", "app/plugboard-helper.cpp"],
}

args = sys.argv[1:]
lupdate = None
if args[:1] == ["--lupdate"]:
    lupdate, args = args[1], args[2:]
src, catalogues = args[0], args[1:]
literal = re.compile(r'(?:\btranslate|QT_TRANSLATE_NOOP3?)\(\s*"([^"]+)"')
declared = re.compile(r"Q_DECLARE_TR_FUNCTIONS\(([\w:]+)\)")
namespace = re.compile(r"^namespace ([\w:]+) \{", re.M)
qobject = re.compile(r"^\s*class (\w+)\b[^;{]*\{\s*\n\s*Q_OBJECT\b", re.M)
qobject_tr = re.compile(r"\bQObject::tr\(")


def files_of(component):
    for entry in COMPONENTS[component]:
        path = os.path.join(src, entry)
        if os.path.isfile(path):
            yield path
        for root, _, files in os.walk(path):
            for name in sorted(files):
                if name.endswith((".cpp", ".h")):
                    yield os.path.join(root, name)


def contexts_of(component):
    contexts = set()
    for path in files_of(component):
        text = open(path, encoding="utf-8").read()
        contexts.update(literal.findall(text))
        contexts.update(declared.findall(text))
        if qobject_tr.search(text):
            contexts.add("QObject")
        for cls in qobject.finditer(text):
            spaces = namespace.findall(text, 0, cls.start())  # the one the class is declared in
            contexts.add("::".join(spaces[-1:] + [cls.group(1)]))
    return contexts


def key(context, message):
    return (context, message.findtext("source"), message.findtext("comment") or "")


def sentences_of(component):
    """Every (context, source, comment) lupdate finds in the component's sources."""
    sources = [p for p in files_of(component) if p.endswith(".cpp")]
    if not sources:
        return set()
    with tempfile.TemporaryDirectory() as tmp:
        ts = os.path.join(tmp, "found.ts")
        subprocess.run([lupdate, "-silent", "-no-obsolete", "-locations", "none", *sources, "-ts", ts],
                       check=True, stdout=subprocess.DEVNULL)
        root = ET.parse(ts).getroot()
        return {key(c.findtext("name"), m) for c in root.iter("context") for m in c.iter("message")}


bad = 0
contexts, sentences = {}, {}
for ts in catalogues:
    m = re.fullmatch(r"plugboard_(%s)_(.+)\.ts" % "|".join(COMPONENTS), os.path.basename(ts))
    if not m:
        bad += 1
        print(f"FAIL: {os.path.basename(ts)}: not translations/plugboard_COMPONENT_LANGUAGE.ts "
              f"(COMPONENT: {', '.join(COMPONENTS)})")
        continue
    component = m.group(1)
    if component not in contexts:
        contexts[component] = contexts_of(component)
        if lupdate:
            sentences[component] = sentences_of(component)
    for ctx in ET.parse(ts).getroot().iter("context"):
        name = ctx.findtext("name")
        first = ctx.find("message").findtext("source")
        if name not in contexts[component]:
            bad += 1
            print(f"FAIL: {os.path.basename(ts)}: context {name!r} ({first!r} …) is never asked for at run time "
                  f"by {component}'s sources ({', '.join(COMPONENTS[component])})")
            continue
        if lupdate:
            for msg in ctx.iter("message"):
                if key(name, msg) not in sentences[component]:
                    bad += 1
                    print(f"FAIL: {os.path.basename(ts)}: {name}: {msg.findtext('source')!r} is not a sentence "
                          f"of {component}'s sources (run update_translations)")
for component, names in sorted(contexts.items()):
    print(f"{component}: {len(names)} contexts in the sources"
          + (f", {len(sentences[component])} sentences" if lupdate else ""))
print(f"{len(catalogues)} catalogues; {bad} problems")
sys.exit(1 if bad else 0)
