#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the .deb (prefix /usr, no tests), checks what it installs, then installs it with apt into a
# minimal Debian 12 chroot made by debootstrap from Debian's own packages (cached under WORK_DIR)
# and runs `plugboardctl --version` and `plugboard --demo` (Xvfb) there.
# Usage: test-deb.sh SOURCE_DIR WORK_DIR        Exit 77 (skipped) without root or debootstrap.
set -euo pipefail
src=$(realpath "$1")
work=$(realpath -m "$2")
[[ $(id -u) -eq 0 ]] || { echo "SKIP: debootstrap and chroot need root (CI runs as root)"; exit 77; }
for tool in debootstrap dpkg-shlibdeps cpack; do
  command -v "$tool" >/dev/null || { echo "SKIP: $tool is not installed (.ci/install-deps installs it)"; exit 77; }
done
mkdir -p "$work"

echo "== building the package"
cmake -S "$src" -B "$work/build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_INSTALL_PREFIX=/usr \
  -DPLUGBOARD_BUILD_TESTS=OFF -DPLUGBOARD_BUILD_BENCH=OFF >/dev/null
cmake --build "$work/build" >/dev/null
rm -f "$work/build"/plugboard_*.deb
(cd "$work/build" && cpack -G DEB >/dev/null)
deb=$(ls "$work/build"/plugboard_*.deb)
echo "$deb"
dpkg-deb -f "$deb" Package Version Depends
listing=$(dpkg-deb -c "$deb" | awk '{print $6}')
for f in ./usr/bin/plugboard ./usr/bin/plugboardctl ./usr/libexec/plugboard/plugboard-helper \
  ./usr/share/polkit-1/actions/io.github.plugboard.Plugboard.policy ./usr/lib/systemd/user/plugboard-agent.service \
  ./usr/share/applications/io.github.plugboard.Plugboard.desktop ./usr/share/metainfo/io.github.plugboard.Plugboard.metainfo.xml \
  ./usr/share/icons/hicolor/scalable/apps/io.github.plugboard.Plugboard.svg \
  ./usr/share/icons/hicolor/symbolic/apps/io.github.plugboard.Plugboard-symbolic.svg \
  ./usr/share/man/man1/plugboard.1.gz ./usr/share/man/man1/plugboardctl.1.gz ./usr/share/man/man8/plugboard-helper.8.gz \
  ./usr/share/plugboard/translations/plugboard_core_de.qm ./usr/share/plugboard/translations/plugboard_ui_de.qm \
  ./usr/share/plugboard/translations/plugboard_cli_zh_CN.qm; do
  grep -qxF "$f" <<<"$listing" || { echo "FAIL: the package lacks $f"; exit 1; }
done
dpkg-deb -f "$deb" Depends | grep -q 'libqt6widgets6' || { echo "FAIL: shlibdeps did not compute Qt's dependencies"; exit 1; }

echo "== a minimal Debian 12 (cached)"
cache=$work/bookworm-minbase.tar
if [[ ! -f $cache ]]; then
  rm -rf "$work/debootstrap"
  debootstrap --variant=minbase bookworm "$work/debootstrap" http://deb.debian.org/debian >"$work/debootstrap.log" 2>&1 \
    || { tail -20 "$work/debootstrap.log"; echo "FAIL: debootstrap"; exit 1; }
  tar -C "$work/debootstrap" -cf "$cache" .
  rm -rf "$work/debootstrap"
fi
root=$work/chroot
cleanup() {
  for m in dev/pts dev proc sys; do umount -l "$root/$m" 2>/dev/null || true; done
  rm -rf "$root"
}
trap cleanup EXIT
cleanup
mkdir -p "$root"
tar -C "$root" -xf "$cache"
mount -t proc proc "$root/proc"
mount --rbind /dev "$root/dev"
mount -t sysfs sysfs "$root/sys"
cp /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null || true
cp "$deb" "$root/tmp/plugboard.deb"

echo "== apt installs the package and what it depends on"
chroot "$root" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
chroot "$root" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
  /tmp/plugboard.deb xvfb xauth >"$work/apt.log" 2>&1 || { tail -30 "$work/apt.log"; echo "FAIL: apt-get install"; exit 1; }

echo "== it runs"
version=$(chroot "$root" plugboardctl --version)
echo "$version"
[[ $version == "plugboardctl "* ]] || { echo "FAIL: plugboardctl --version said '$version'"; exit 1; }
chroot "$root" plugboardctl devices --help >/dev/null
# The demo must come up and keep running (timeout's 124) until it is stopped.
set +e
chroot "$root" env HOME=/root QT_QPA_PLATFORM=xcb xvfb-run -a timeout 8 plugboard --demo >"$work/demo.log" 2>&1
rc=$?
set -e
if [[ $rc -ne 124 ]]; then
  cat "$work/demo.log"
  echo "FAIL: plugboard --demo exited with $rc before it was stopped"
  exit 1
fi
echo "PASS: installed in a clean Debian 12 and ran plugboardctl --version and plugboard --demo"
