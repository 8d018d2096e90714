#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds and runs the helper's libFuzzer target with ASan+UBSan. Usage: run-fuzz.sh OUTDIR [SECONDS]
# Exit 77 (ctest: skipped) when clang's libFuzzer is not installed.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
src=$(cd "$here/../.." && pwd)
out=${1:?usage: run-fuzz.sh OUTDIR [SECONDS]}
seconds=${2:-10}
cxx=$(command -v clang++-14 || command -v clang++ || true)
[[ -n $cxx ]] || { echo "SKIP: clang++ is not installed (.ci/install-deps installs clang-14)"; exit 77; }
mkdir -p "$out/corpus"
"$cxx" -std=c++20 -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined \
  -DPLUGBOARD_HELPER_FUZZ -DPLUGBOARD_HELPER_TEST_ROOT \
  "$src/app/plugboard-helper.cpp" "$here/fuzz_helper_args.cpp" -o "$out/fuzz_helper_args"
# Seeds: the verbs with good and bad arguments.
i=0
for seed in "authorize\0001-1" "deauthorize\0001-1:1.0" "port-enable\000usb1-port1" "power-on\0001-1" \
            "unbind\0001-1:1.0" "unmount\000sdb1" "start-service\000libvirtd" "authorize\000../../etc" "authorize\0001-9"; do
  printf "$seed" > "$out/corpus/seed$i"; i=$((i + 1))
done
"$out/fuzz_helper_args" -max_total_time="$seconds" -print_final_stats=1 "$out/corpus" 2>&1 | tail -12
