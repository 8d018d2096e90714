#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Times `PLUGBOARDCTL devices --json` against `lsusb -t` on a generated sysfs tree.
#
# Usage: compare_lsusb.sh PLUGBOARDCTL [DEVICES]      (root: needs unshare -m and mount --bind)
#
# Generates a tree of 10 xHCI controllers and DEVICES (default 1000) USB devices with
# gen_sysfs_tree.py, bind-mounts it over /sys inside one private mount namespace, and times
# 10 runs of each command there (hyperfine when installed, else a bash loop; one untimed
# warm-up run each). Then runs `PLUGBOARDCTL devices --json --root TREE` once, without the bind
# mount, and checks that the JSON names as many devices as the generator made. Prints:
#   plugboardctl_ms=<median>  lsusb_ms=<median>  ratio=<plugboardctl/lsusb>
#   devices_expected=<N>  devices_seen=<N>
# and exits 1 when the counts differ. The tree goes to $TMPDIR, else /dev/shm when it has
# room (about 0.4 MB per device), else /tmp; it is removed on exit.
set -euo pipefail

RUNS=10
CONTROLLERS=10
SEED=1

die() { echo "compare_lsusb: $*" >&2; exit 1; }
usage() { echo "usage: $0 PLUGBOARDCTL [DEVICES]" >&2; exit 2; }

[[ $# -ge 1 && $# -le 2 ]] || usage
ctl=$1
devices=${2:-1000}
[[ $devices =~ ^[0-9]+$ ]] || usage
if [[ $ctl == */* ]]; then
  ctl=$(realpath -- "$ctl") || die "no such file: $1"
else
  ctl=$(type -P -- "$ctl") || die "not found in PATH: $1"
fi
[[ -f $ctl && -x $ctl ]] || die "not an executable file: $ctl"
[[ $EUID -eq 0 ]] || die "must run as root (unshare -m, mount --bind)"
for tool in python3 lsusb unshare mount; do
  command -v "$tool" >/dev/null || die "$tool is not installed"
done

here=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")" && pwd)
gen=$here/gen_sysfs_tree.py
[[ -f $gen ]] || die "missing $gen"

tmpbase=${TMPDIR:-}
if [[ -z $tmpbase ]]; then
  tmpbase=/tmp
  if [[ -d /dev/shm && -w /dev/shm ]]; then
    avail_kb=$(df -Pk /dev/shm | awk 'NR == 2 { print $4 }')
    if [[ $avail_kb =~ ^[0-9]+$ ]] && (( avail_kb > 2 * (devices * 450 + 65536) )); then
      tmpbase=/dev/shm
    fi
  fi
fi
work=$(mktemp -d "$tmpbase/plugboard-bench.XXXXXX")
cleanup() { rm -rf -- "$work"; }
trap cleanup EXIT
tree=$work/tree

# --- the tree -----------------------------------------------------------------------------------
if ! python3 "$gen" "$tree" --controllers "$CONTROLLERS" --devices "$devices" --seed "$SEED" \
    2>"$work/gen.log"; then
  cat "$work/gen.log" >&2
  die "gen_sysfs_tree.py failed"
fi
cat "$work/gen.log" >&2
expected=$(sed -n 's/.* devices=\([0-9][0-9]*\) .*/\1/p' "$work/gen.log")
[[ -n $expected ]] || die "cannot read the device count from the generator's summary"

# --- timing, inside one private mount namespace with the tree over /sys --------------------------
cat >"$work/timing.sh" <<'EOF'
set -euo pipefail
ctl=$1 tree=$2 runs=$3 out=$4
mount --bind "$tree/sys" /sys

median_ms() {  # files of nanosecond samples, one a line -> median in ms
  python3 - "$@" <<'PY'
import statistics, sys
for path in sys.argv[1:]:
    with open(path) as f:
        samples = [int(line) for line in f if line.strip()]
    print("%.3f" % (statistics.median(samples) / 1e6))
PY
}

now_ns() {
  if [[ -n ${EPOCHREALTIME:-} ]]; then  # bash 5: no fork, so no fork cost in the samples
    local t=${EPOCHREALTIME/[.,]/}
    echo "$((10#$t * 1000))"
  else
    date +%s%N
  fi
}

if command -v hyperfine >/dev/null; then
  # Without a shell (-N, hyperfine >= 1.13) where possible: these commands take milliseconds.
  noshell=()
  if hyperfine --help 2>/dev/null | grep -q -- "--shell=none"; then
    noshell=(-N)
  fi
  hyperfine "${noshell[@]}" --runs "$runs" --warmup 1 --export-json "$out/hyperfine.json" \
    --command-name plugboardctl "$(printf '%q' "$ctl") devices --json" \
    --command-name lsusb "lsusb -t" >&2
  python3 - "$out/hyperfine.json" <<'PY'
import json, sys
with open(sys.argv[1]) as f:
    results = {r["command"]: r for r in json.load(f)["results"]}
for name in ("plugboardctl", "lsusb"):
    print("%.3f" % (results[name]["median"] * 1000))
PY
else
  "$ctl" devices --json >/dev/null || { echo "plugboardctl failed" >&2; exit 1; }
  lsusb -t >/dev/null || { echo "lsusb -t failed" >&2; exit 1; }
  : >"$out/plugboardctl.ns"
  : >"$out/lsusb.ns"
  for ((i = 0; i < runs; i++)); do
    t0=$(now_ns)
    "$ctl" devices --json >/dev/null || { echo "plugboardctl failed" >&2; exit 1; }
    t1=$(now_ns)
    echo "$((t1 - t0))" >>"$out/plugboardctl.ns"
  done
  for ((i = 0; i < runs; i++)); do
    t0=$(now_ns)
    lsusb -t >/dev/null || { echo "lsusb -t failed" >&2; exit 1; }
    t1=$(now_ns)
    echo "$((t1 - t0))" >>"$out/lsusb.ns"
  done
  median_ms "$out/plugboardctl.ns" "$out/lsusb.ns"
fi
EOF
unshare -m bash "$work/timing.sh" "$ctl" "$tree" "$RUNS" "$work" >"$work/medians" \
  || die "timing run failed"
mapfile -t medians <"$work/medians"
[[ ${#medians[@]} -eq 2 ]] || die "unexpected timing output: ${medians[*]}"
ratio=$(python3 -c '
import sys
a, b = map(float, sys.argv[1:])
print("%.3f" % (a / b) if b else "inf")' \
  "${medians[0]}" "${medians[1]}")
echo "plugboardctl_ms=${medians[0]}"
echo "lsusb_ms=${medians[1]}"
echo "ratio=$ratio"

# --- the device count, reading the tree through --root (no bind mount) ---------------------------
if ! "$ctl" devices --json --root "$tree" >"$work/devices.json" 2>"$work/devices.err"; then
  cat "$work/devices.err" >&2
  echo "devices_expected=$expected"
  echo "devices_seen=0"
  die "$ctl devices --json --root TREE failed"
fi
seen=$(python3 - "$work/devices.json" <<'PY'
# Counts the distinct USB devices the JSON names, whatever its layout (a flat list, a tree, or
# objects keyed by device): an object whose "id"/"name" (or a key of an object) is a kernel
# device name such as "3-1.4.2". Root hubs ("usb3"), interfaces ("3-1:1.0") and ports
# ("3-1-port2") have other shapes and are not counted.
import json, re, sys
NAME = re.compile(r"^[0-9]+-[0-9]+(\.[0-9]+)*$")
ID_KEYS = ("id", "name", "kernelName", "sysName", "sysname")
try:
    with open(sys.argv[1]) as f:
        doc = json.load(f)
except (OSError, ValueError) as e:
    print("compare_lsusb: the output of devices --json is not JSON: %s" % e, file=sys.stderr)
    print(0)
    sys.exit(0)
seen = set()
stack = [doc]
while stack:
    node = stack.pop()
    if isinstance(node, dict):
        for k in ID_KEYS:
            v = node.get(k)
            if isinstance(v, str) and NAME.match(v):
                seen.add(v)
        for k, v in node.items():
            if isinstance(v, dict) and NAME.match(k):
                seen.add(k)
            if isinstance(v, (dict, list)):
                stack.append(v)
    elif isinstance(node, list):
        stack.extend(node)
print(len(seen))
PY
)
echo "devices_expected=$expected"
echo "devices_seen=$seen"
if [[ $seen != "$expected" ]]; then
  die "plugboardctl saw $seen devices, the generator made $expected"
fi
