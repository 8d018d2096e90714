#!/bin/busybox sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The system tests' initramfs /init: the 9p stack, this machine's root read-only with a throwaway
# tmpfs overlay on top, then the second stage (a bash script named on the kernel command line).
/bin/busybox --install -s /bin
mount -t proc proc /proc
mount -t sysfs sys /sys
mount -t devtmpfs dev /dev
for m in virtio_ring virtio virtio_pci_modern_dev virtio_pci_legacy_dev virtio_pci netfs fscache 9pnet 9pnet_virtio 9p overlay; do
  [ -f /mods/$m.ko ] && insmod /mods/$m.ko
done
mkdir -p /host /ovl /newroot
mount -t 9p -o ro,trans=virtio,version=9p2000.L,msize=512000,cache=loose hostroot /host || { echo "PB: no host root"; poweroff -f; }
mount -t tmpfs -o size=1g tmpfs /ovl
mkdir -p /ovl/up /ovl/work
mount -t overlay overlay -o lowerdir=/host,upperdir=/ovl/up,workdir=/ovl/work /newroot || { echo "PB: no overlay"; poweroff -f; }
stage2=$(sed -n 's/.*pb.stage2=\([^ ]*\).*/\1/p' /proc/cmdline)
mount --move /dev /newroot/dev
mount --move /proc /newroot/proc
mount --move /sys /newroot/sys
exec switch_root /newroot /bin/bash "$stage2"
