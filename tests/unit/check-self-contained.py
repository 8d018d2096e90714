#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Fails when the repository reaches outside itself.

Users clone only this repository, into any directory: no tracked file may name a `shared/` path
(the team's reference beside the checkout), and no path that a file builds from its own location
(#include, Markdown links, CMake's source-dir variables, a script's own folder, the tests' source
and data macros) may climb out of the checkout. Paths into the machine's own /, /usr or /sys, and
the hostile `../` strings tests feed to the code on purpose, are not paths into the checkout and
are left alone. Usage: check-self-contained.py SOURCE_DIR"""
import os
import re
import subprocess
import sys

root = os.path.realpath(sys.argv[1])
try:
    files = subprocess.run(["git", "-C", root, "ls-files", "-z"], check=True, capture_output=True).stdout
    files = [f for f in files.decode().split("\0") if f]
except (OSError, subprocess.CalledProcessError):  # an exported tree without .git
    files = [os.path.relpath(os.path.join(d, f), root) for d, dirs, fs in os.walk(root) for f in fs
             if not os.path.relpath(d, root).startswith(("build", ".git"))]

# The team's reference folder beside the checkout, or a path into it (its corpus, DESIGN.md …).
SHARED = re.compile(r"\.\./shared\b|(?<![\w/-])shared/(corpus|diagnostics|tools|seed|hooks|DESIGN|STYLE|SYSTEM-TESTS)")
PATH = r"([^\s\"'`()<>]*)"
# (regex, where the path starts: "file" = the file's own folder, "root" = the checkout)
ANCHORS = [
    (re.compile(r'#include "(\.\.[^"]*)"'), "file"),
    (re.compile(r"\]\((\.\.?/[^)#\s]*)"), "file"),  # Markdown links
    (re.compile(r"\$\{(?:PROJECT_SOURCE_DIR|CMAKE_SOURCE_DIR)\}" + PATH), "root"),
    (re.compile(r"\$\{(?:CMAKE_CURRENT_SOURCE_DIR|CMAKE_CURRENT_LIST_DIR)\}" + PATH), "file"),
    (re.compile(r'PLUGBOARD_SOURCE_DIR "' + PATH), "root"),
    (re.compile(r'PLUGBOARD_TEST_DATA "' + PATH), "tests/data"),
    (re.compile(r'\$\(dirname "\$0"\)' + PATH), "file"),
    (re.compile(r'"?\$(?:here|HERE)"?' + PATH), "file"),
    (re.compile(r"os\.path\.join\(HERE, \"([^\"]*)\""), "file"),
]

bad = []
for rel in files:
    path = os.path.join(root, rel)
    if rel.startswith("tests/data/") or rel == "tests/unit/check-self-contained.py" or not os.path.isfile(path):
        continue  # third-party inputs keep their own text; this file names what it looks for
    try:
        text = open(path, encoding="utf-8").read()
    except (UnicodeDecodeError, OSError):
        continue  # binary
    here = os.path.dirname(path)
    for n, line in enumerate(text.splitlines(), 1):
        if SHARED.search(line):
            bad.append(f"{rel}:{n}: names a shared/ path: {line.strip()[:120]}")
        for regex, base in ANCHORS:
            for m in regex.finditer(line):
                sub = m.group(1)
                if ".." not in sub:
                    continue
                start = here if base == "file" else os.path.join(root, base) if base != "root" else root
                target = os.path.realpath(os.path.join(start, sub.lstrip("/")))
                if target != root and not target.startswith(root + os.sep):
                    bad.append(f"{rel}:{n}: {sub} leaves the checkout: {line.strip()[:120]}")
for b in bad:
    print("FAIL:", b)
print(f"{len(files)} files read; {len(bad)} reach outside the repository")
sys.exit(1 if bad else 0)
