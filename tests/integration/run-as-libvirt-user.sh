#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs a test binary as an unprivileged user with a private HOME and XDG_RUNTIME_DIR, so that it
# can start its own libvirtd for qemu:///session. Exit 77 (ctest: skipped) when that is impossible.
set -euo pipefail
# --with-libvirtd: start the user's libvirtd before the binary (benchmarks); tests start their own.
with_daemon=0
if [[ ${1:-} == --with-libvirtd ]]; then with_daemon=1; shift; fi
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
cd "$home"
launch='exec "$0" "$@"'
if [[ $with_daemon -eq 1 ]]; then
  launch='libvirtd --timeout 0 >"$HOME/libvirtd.log" 2>&1 & for i in $(seq 100); do [ -S "$XDG_RUNTIME_DIR/libvirt/libvirt-sock" ] && break; sleep 0.1; done; "$0" "$@"; rc=$?; kill %1; exit $rc'
fi
setpriv --reuid "$user" --regid "$user" --init-groups \
  env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME="$home" XDG_RUNTIME_DIR="$home/run" XDG_CONFIG_HOME="$home/config" \
      XDG_CACHE_HOME="$home/cache" XDG_DATA_HOME="$home/data" LIBVIRT_AUTOSTART=0 QT_QPA_PLATFORM=offscreen \
      bash -c "$launch" "$home/bin/$(basename "$binary")" "$@"
