#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Second stage inside the system-test guest: runtime mounts, the cached kernel's modules, real
# udev, the USB host drivers; then the scenario's guest script, whose exit status goes to /out/rc.
set -u
arg() { sed -n "s/.*pb.$1=\([^ ]*\).*/\1/p" /proc/cmdline; }
cache=$(arg cache)
scenario=$(arg scenario)
kver=$(arg kver)
mount -t tmpfs tmpfs /run
mkdir -p /dev/pts /dev/shm /out
mount -t devpts devpts /dev/pts
mount -t tmpfs tmpfs /dev/shm
mount -t cgroup2 cgroup2 /sys/fs/cgroup 2>/dev/null
mount -t 9p -o trans=virtio,version=9p2000.L,msize=512000 out /out || { echo "PB: no /out"; poweroff -f; }
mkdir -p /lib/modules/"$kver"
mount --bind "$cache/root/lib/modules/$kver" /lib/modules/"$kver"
export PATH="$cache/root/bin:$cache/root/sbin:/usr/sbin:/usr/bin:/sbin:/bin"
ln -sf "$cache/root/bin/kmod" /usr/sbin/modprobe
ln -sf "$cache/root/bin/kmod" /usr/sbin/depmod
# The kernel's own module requests (fs-vfat …) need kmod called as modprobe.
echo /usr/sbin/modprobe > /proc/sys/kernel/modprobe
hostname pbguest
for m in xhci_pci ehci_pci uhci_hcd usb_storage uas usbhid hid_generic sd_mod vfat nls_cp437 nls_iso8859_1; do modprobe "$m" 2>/dev/null; done
# Real udev, from Debian's package unpacked by the set-up (so libvirt and Plugboard see udev's
# properties): copied over the overlay, then started.
tar -C "$cache/udev-root" -cf - . | tar -C / -xf - --keep-directory-symlink
/lib/systemd/systemd-udevd --daemon 2>/dev/null || { echo "PB: systemd-udevd did not start"; poweroff -f; }
udevadm trigger --action=add
udevadm settle -t 60
echo "PB: guest up after $(cut -d' ' -f1 /proc/uptime) s"
export HOME=/root XDG_RUNTIME_DIR=/run/user/0 LANG=C.UTF-8 PB_CACHE="$cache"
mkdir -p "$XDG_RUNTIME_DIR"; chmod 700 "$XDG_RUNTIME_DIR"
/bin/bash "$scenario" >/out/guest.log 2>&1
echo $? > /out/rc
sync
poweroff -f
