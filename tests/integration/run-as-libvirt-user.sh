#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs a test binary as an unprivileged user with a private HOME and XDG_RUNTIME_DIR, so that it
# can start its own libvirtd for qemu:///session. Exit 77 (ctest: skipped) when that is impossible.
set -euo pipefail
# --with-libvirtd: start the user's libvirtd before the binary (benchmarks); tests start their own.
# --gui: run the binary under Xvfb and umockdev-wrapper (GUI tests against the user's libvirtd).
with_daemon=0
gui=0
if [[ ${1:-} == --with-libvirtd ]]; then with_daemon=1; shift; fi
if [[ ${1:-} == --gui ]]; then gui=1; shift; fi
binary=$1
shift
user=plugboard-test
if [[ $(id -u) -ne 0 ]]; then
  echo "SKIP: creating the unprivileged test user needs root (CI runs as root)"; exit 77
fi
for tool in libvirtd qemu-system-x86_64 setpriv; do
  command -v "$tool" >/dev/null || { echo "SKIP: $tool is not installed (.ci/install-deps installs it)"; exit 77; }
done
id "$user" >/dev/null 2>&1 || useradd --system --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin "$user"
home=$(mktemp -d /tmp/plugboard-libvirtd.XXXXXX)
trap 'pkill -u "$user" -f "libvirtd|qemu-system" 2>/dev/null || true; sleep 0.2; rm -rf "$home"' EXIT
mkdir -p "$home/run" "$home/config/libvirt" "$home/bin"
# No virtlogd in the sandbox: QEMU's output goes to plain files.
echo 'stdio_handler = "file"' > "$home/config/libvirt/qemu.conf"
cp "$binary" "$home/bin/"
chmod 0700 "$home/run"
chown -R "$user:" "$home"
chmod 0755 "$home"
# Test artifacts (screenshots) go to a folder the user may write: $PLUGBOARD_ARTIFACTS/as-user.
artifacts=""
if [[ -n ${PLUGBOARD_ARTIFACTS:-} ]]; then
  artifacts=$PLUGBOARD_ARTIFACTS/as-user
  install -d -o "$user" -g "$user" "$artifacts"
fi
cd "$home"
launch='exec "$0" "$@"'
qpa=offscreen
if [[ $gui -eq 1 ]]; then
  for tool in xvfb-run umockdev-wrapper xdotool; do
    command -v "$tool" >/dev/null || { echo "SKIP: $tool is not installed (.ci/install-deps installs it)"; exit 77; }
  done
  launch='exec xvfb-run -a -s "-screen 0 1280x800x24" umockdev-wrapper "$0" "$@"'
  qpa=xcb
fi
if [[ $with_daemon -eq 1 ]]; then
  launch='libvirtd --timeout 0 >"$HOME/libvirtd.log" 2>&1 & for i in $(seq 100); do [ -S "$XDG_RUNTIME_DIR/libvirt/libvirt-sock" ] && break; sleep 0.1; done; "$0" "$@"; rc=$?; kill %1; exit $rc'
fi
setpriv --reuid "$user" --regid "$user" --init-groups \
  env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME="$home" XDG_RUNTIME_DIR="$home/run" XDG_CONFIG_HOME="$home/config" \
      XDG_CACHE_HOME="$home/cache" XDG_DATA_HOME="$home/data" LIBVIRT_AUTOSTART=0 PLUGBOARD_ARTIFACTS="$artifacts" QT_QPA_PLATFORM=$qpa ASAN_OPTIONS=verify_asan_link_order=0 LSAN_OPTIONS="${LSAN_OPTIONS:-}" UBSAN_OPTIONS="${UBSAN_OPTIONS:-}" \
      bash -c "$launch" "$home/bin/$(basename "$binary")" "$@"
