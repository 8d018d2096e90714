#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the libFuzzer targets (clang, ASan+UBSan, a tree of their own under OUTDIR) and runs each
# for SECONDS from seed corpora made of tests/data and the tests' fixtures; prints one line of
# figures per target. Usage: run-fuzz.sh OUTDIR [SECONDS] [TARGET...]
# Exit 77 (ctest: skipped) when clang's libFuzzer is not installed; 1 when a target found a crash
# (the reproducer is left in OUTDIR/TARGET-crashes/ — make it a regression test).
set -euo pipefail
# Never end without saying why (set -e would otherwise stop the seeding silently).
trap 'echo "FAIL fuzz_setup: run-fuzz.sh stopped at line $LINENO (exit $?)"' ERR
here=$(cd "$(dirname "$0")" && pwd)
src=$(cd "$here/../.." && pwd)
out=$(realpath -m "${1:?usage: run-fuzz.sh OUTDIR [SECONDS] [TARGET...]}")
seconds=${2:-10}
shift $(( $# >= 2 ? 2 : $# ))
targets=("$@")
[[ ${#targets[@]} -gt 0 ]] || targets=(helper_args vmx descriptors domainxml bundle cli_args)
corpus_src=${PLUGBOARD_TEST_DATA:-$src/tests/data}
cxx=$(command -v clang++-14 || command -v clang++ || true)
cc=$(command -v clang-14 || command -v clang || true)
[[ -n $cxx && -n $cc ]] || { echo "SKIP: clang is not installed (.ci/install-deps installs clang-14)"; exit 77; }
[[ -e /usr/lib/llvm-14/lib/clang/14.0.6/lib/linux/libclang_rt.fuzzer-x86_64.a || -n $(ls /usr/lib/llvm-*/lib/clang/*/lib/linux/libclang_rt.fuzzer-x86_64.a 2>/dev/null) ]] \
  || { echo "SKIP: libFuzzer (libclang-rt-14-dev) is not installed"; exit 77; }
mkdir -p "$out"
cmake -S "$src" -B "$out/build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER="$cxx" \
  -DCMAKE_C_COMPILER="$cc" -DPLUGBOARD_FUZZ=ON >"$out/configure.log" 2>&1 || { cat "$out/configure.log"; exit 1; }
cmake --build "$out/build" >"$out/build.log" 2>&1 || { tail -40 "$out/build.log"; exit 1; }

seed() { # seed TARGET NAME  (content on stdin)
  mkdir -p "$out/$1-corpus"
  cat >"$out/$1-corpus/$2"
}
# Seeds: what the real inputs look like.
i=0
for s in "authorize\0001-1" "deauthorize\0001-1:1.0" "port-enable\000usb1-port1" "power-on\0001-1" \
         "unbind\0001-1:1.0" "unmount\000sdb1" "start-service\000libvirtd" "authorize\000../../etc" "authorize\0001-9"; do
  printf "$s" | seed helper_args "seed$i"; i=$((i + 1))
done
for f in "$corpus_src"/vmx/*.vmx; do seed vmx "$(basename "$f")" <"$f"; done
for f in "$corpus_src"/libvirt/domains/*.xml; do seed domainxml "$(basename "$f")" <"$f"; done
for f in "$corpus_src"/umockdev/*.umockdev; do
  n=0
  # (a recording may hold no USB device at all: grep finding nothing is not an error)
  { grep -E '^H: descriptors=' "$f" || true; } | sed 's/^H: descriptors=//' | while read -r hex; do
    n=$((n + 1)); printf '%s' "$hex" | xxd -r -p | seed descriptors "$(basename "$f")-$n"
  done
  { grep -E '^A: (speed|version|bMaxPower|idVendor|busnum)=' "$f" || true; } | head -20 | while IFS= read -r line; do
    printf '%b' "${line#*=}" | seed descriptors "$(basename "$f")-attr-$RANDOM"
  done
done
for a in 1-1 1-1.5.2.3 0781:5567 0781:5567:4C530001 usb1-port1 usb1-port1+usb2-port1 1-1-port3 usb1 \
         "0781:5567:" "../1-1" "1-1:1.0" "qemu:///system#win10" "/home/a/dev.vmx"; do
  printf '%s' "$a" | seed cli_args "$(printf '%s' "$a" | tr -c 'a-zA-Z0-9' _)"
done
python3 - "$out/bundle-corpus" <<'PY'
import os, sys, json
out = sys.argv[1]
os.makedirs(out, exist_ok=True)
def rec(kind, path, content=b""):
    path = path.encode()
    return bytes([kind, len(path)]) + path + len(content).to_bytes(2, "big") + content
manifest = json.dumps({"format": "plugboard-bundle", "version": 1, "user": {"name": "a", "uid": 1000},
    "libvirt": [{"uri": "qemu:///system", "domains": [{"name": "w", "state": "running", "xml": "libvirt/w.xml",
    "log": "libvirt/w.log"}]}], "vmware": [{"vmx": "vmware/dev.vmx", "path": "/h/dev.vmx"}],
    "last_error": {"source": "libvirt", "message": "x"}}).encode()
seeds = {
  "plain": rec(0, "bundle.json", manifest) + rec(0, "logs/kernel.log", b"usb 1-1: new high-speed USB device\n")
           + rec(0, "proc/self/mountinfo", b"1 0 8:17 / /media/x rw - vfat /dev/sdb1 rw\n"),
  "link-out": rec(0, "bundle.json", manifest) + rec(2, "logs/kernel.log", b"../../outside/canary")
           + rec(2, "libvirt/w.xml", b"/etc/passwd") + rec(2, "vmware/dev.vmx", b"../../canary"),
  "sys-escape": rec(0, "bundle.json", manifest) + rec(1, "sys/bus/usb/devices") +
           rec(2, "sys/bus/usb/devices/1-1", b"../../../../outside") + rec(2, "proc/self/mountinfo", b"../../../canary"),
}
for name, data in seeds.items():
    open(os.path.join(out, name), "wb").write(data)
PY

status=0
for t in "${targets[@]}"; do
  mkdir -p "$out/$t-corpus" "$out/$t-crashes"
  log="$out/$t.log"
  set +e
  ASAN_OPTIONS=detect_leaks=1:allocator_may_return_null=1 "$out/build/tests/fuzz/fuzz_$t" -max_total_time="$seconds" \
    -rss_limit_mb=2048 -timeout=10 -print_final_stats=1 -artifact_prefix="$out/$t-crashes/" "$out/$t-corpus" >"$log" 2>&1
  rc=$?
  set -e
  execs=$(grep -E '^stat::number_of_executed_units' "$log" | awk '{print $2}')
  cov=$(grep -E '^#[0-9]+.*cov:' "$log" | tail -1 | sed -E 's/.*cov: ([0-9]+).*/\1/')
  units=$(ls "$out/$t-corpus" | wc -l)
  if [[ $rc -ne 0 ]] || grep -qE 'ERROR: (AddressSanitizer|libFuzzer)|runtime error|deadly signal' "$log"; then
    echo "FAIL fuzz_$t: see $log and $out/$t-crashes/"
    grep -E 'ERROR:|runtime error|SUMMARY' "$log" | head -5
    status=1
  else
    echo "ok   fuzz_$t: ${execs:-?} executions in ${seconds}s, coverage ${cov:-?}, corpus $units"
  fi
done
exit $status
