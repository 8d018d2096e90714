#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs every benchmark (issues 2 and 17) in one go and prints the figures as ratios and percentiles.
# Usage: tests/bench/run-bench.sh BUILD_DIR [DEVICES]   (root, for unshare -m; a Release build)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=$(realpath -- "${1:?usage: run-bench.sh BUILD_DIR [DEVICES]}")
devices=${2:-1000}
ctl="$build/app/plugboardctl"
bench="$build/tests/bench/bench_hotplug"
[[ -x $build/tests/bench/bench_libvirt ]] || { echo "run-bench: build bench_libvirt first" >&2; exit 1; }
[[ -x $ctl && -x $bench ]] || { echo "run-bench: build $ctl and $bench first" >&2; exit 1; }

echo "== plugboardctl devices --json vs lsusb -t ($devices devices, tree bind-mounted over /sys)"
bash "$here/compare_lsusb.sh" "$ctl" "$devices"

tmp=$(mktemp -d "${TMPDIR:-/dev/shm}/plugboard-bench.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
python3 "$here/gen_sysfs_tree.py" "$tmp" --devices "$devices" --controllers 10 >/dev/null 2>&1
echo "== hotplug -> model row latency, hotplug of an assigned device -> attach request, full read, window memory ($devices devices present)"
xvfb-run -a "$bench" "$tmp" --benchmark_counters_tabular=true 2>&1 | grep -E "^(BM_|Benchmark|---)" || true

echo "== guests: 200 test-driver guests into the model; attach+detach --config round trip vs virsh (qemu:///session)"
"$here/../integration/run-as-libvirt-user.sh" --with-libvirtd "$build/tests/bench/bench_libvirt" --session 2>&1 | grep -E "^BM_" || true

echo "== diagnostics: all checks over a bundle with $devices devices and 50 guests; live collect"
rm -rf "$tmp" && mkdir -p "$tmp"
python3 "$here/gen_sysfs_tree.py" "$tmp" --devices "$devices" --controllers 10 >/dev/null 2>&1
"$build/tests/bench/bench_diagnostics" "$tmp" 2>&1 | grep -E "^BM_" || true

echo "== the GUI thread's event loop (gaps of a 1 ms timer) while an unmount waits 2 s on the helper or a hung UDisks2, vs idle"
"$build/tests/bench/bench_responsive" --benchmark_counters_tabular=true 2>&1 | grep -E "^(BM_|Benchmark)" || true
