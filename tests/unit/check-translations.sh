#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when a Qt Linguist catalogue is missing, has unfinished, obsolete or vanished entries, or when a
# translation drops or adds a placeholder (%1, %n …) of its source.
set -euo pipefail
lrelease=$1
shift
status=0
for ts in "$@"; do
  if [[ ! -f $ts ]]; then
    echo "FAIL: $ts is missing (cmake --build build --target update_translations creates it; then translate it)"
    status=1
    continue
  fi
  n=$(grep -cE 'type="(unfinished|obsolete|vanished)"' "$ts" || true)
  if [[ $n -ne 0 ]]; then
    echo "FAIL: $ts has $n unfinished, obsolete or vanished entries (run lupdate, then translate them)"
    status=1
  fi
  out=$("$lrelease" "$ts" -qm /dev/null 2>&1)
  echo "$ts: $out"
  grep -q ' 0 unfinished' <<<"$out" || status=1
  python3 - "$ts" <<'PY' || status=1
import re, sys, xml.etree.ElementTree as ET
ph = re.compile(r"%(?:L?\d|n)")
bad = 0
for ctx in ET.parse(sys.argv[1]).getroot().iter("context"):
    for m in ctx.iter("message"):
        src = m.findtext("source") or ""
        tr = m.find("translation")
        forms = [f.text or "" for f in tr.iter("numerusform")] or [tr.text or ""]
        for f in forms:
            want, got = sorted(ph.findall(src)), sorted(ph.findall(f))
            if m.get("numerus") == "yes":
                want, got = sorted(set(want) - {"%n"}), sorted(set(got) - {"%n"})
            if want != got:
                bad += 1
                print(f"FAIL: {sys.argv[1]}: {src!r} -> {f!r}: placeholders {want} != {got}")
sys.exit(1 if bad else 0)
PY
done
exit $status
