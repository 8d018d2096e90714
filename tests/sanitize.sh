#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds everything with -fsanitize=address,undefined (LeakSanitizer on) into BUILD_DIR and runs the
# whole test suite there except the fuzz and packaging tests (their own trees). Usage:
# tests/sanitize.sh BUILD_DIR
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
src=$(cd "$here/.." && pwd)
build=${1:?usage: sanitize.sh BUILD_DIR}
cmake -S "$src" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DPLUGBOARD_SANITIZE=ON -DPLUGBOARD_BUILD_BENCH=OFF \
  -DPLUGBOARD_WERROR=ON >/dev/null
cmake --build "$build"
# umockdev's preload comes before libasan: tell ASan that is intended. Every suppression is in
# lsan.supp with the reason; halt on the first UBSan report.
export ASAN_OPTIONS=verify_asan_link_order=0:detect_leaks=1:abort_on_error=0:strict_string_checks=1
export LSAN_OPTIONS=suppressions=$here/lsan.supp:print_suppressions=0
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
ctest --test-dir "$build" --output-on-failure --timeout 600 -LE 'fuzz|packaging|system'
