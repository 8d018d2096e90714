#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Makes resources/demo/demo-bundle.tar.gz, the host `plugboard --demo` shows.

A rich USB tree is written as a umockdev recording (an xHCI with its USB 2 and USB 3 root hubs
and port nodes with peers, an EHCI with an internal hub, a 4-port hub with a keyboard, a mouse
and a phone, a USB 3 disk with a partition, a security key, a serial adapter, a webcam and an
over-current port), then `plugboardctl collect --redact` runs under `umockdev-run` with libvirt's
test driver, exactly as a user's bundle is made. The demo disk's partition is then marked mounted
in the bundle's mountinfo so the pre-flight has something to show.

Usage: make-demo-bundle.py PLUGBOARDCTL [OUT.tar.gz]
"""
import os
import shutil
import subprocess
import sys
import tempfile

XHCI = "/devices/pci0000:00/0000:00:14.0"
EHCI = "/devices/pci0000:00/0000:00:1d.0"
out = []


def node(path, env, attrs, links=None):
    out.append(f"P: {path}")
    for k, v in env.items():
        out.append(f"E: {k}={v}")
    for k, v in attrs.items():
        out.append(f"A: {k}={v}")
    for k, v in (links or {}).items():
        out.append(f"L: {k}={v}")
    out.append("")


def pci(path, vendor, device, driver, cls):
    node(path, {"SUBSYSTEM": "pci", "DRIVER": driver, "PCI_CLASS": cls},
         {"vendor": vendor, "device": device, "class": "0x" + cls},
         {"driver": f"../../../bus/pci/drivers/{driver}"})


def usbdev(path, name, bus, dev, vid, pid, speed, version, cls="00", product="", manufacturer="",
           serial="", maxchild=0, power="100mA", removable="removable", extra_env=None):
    env = {"SUBSYSTEM": "usb", "DEVTYPE": "usb_device", "DRIVER": "usb", "BUSNUM": f"{bus:03d}",
           "DEVNUM": f"{dev:03d}", "DEVNAME": f"/dev/bus/usb/{bus:03d}/{dev:03d}",
           "ID_VENDOR_ID": vid, "ID_MODEL_ID": pid, **(extra_env or {})}
    attrs = {"idVendor": vid, "idProduct": pid, "speed": speed, "version": f" {version}",
             "bDeviceClass": cls, "bDeviceSubClass": "00", "bDeviceProtocol": "00",
             "busnum": str(bus), "devnum": str(dev), "maxchild": str(maxchild), "authorized": "1",
             "bConfigurationValue": "1", "bMaxPower": power, "removable": removable,
             "devpath": name.split("-", 1)[1] if "-" in name else "0", "bNumConfigurations": "1"}
    if product:
        attrs["product"] = product
    if manufacturer:
        attrs["manufacturer"] = manufacturer
    if serial:
        attrs["serial"] = serial
    node(path, env, attrs, {"driver": "../../../../bus/usb/drivers/usb"})


def iface(path, cls, sub, proto, driver=None, num=0):
    node(path, {"SUBSYSTEM": "usb", "DEVTYPE": "usb_interface", **({"DRIVER": driver} if driver else {})},
         {"bInterfaceClass": cls, "bInterfaceSubClass": sub, "bInterfaceProtocol": proto,
          "bInterfaceNumber": f"{num:02x}", "bAlternateSetting": " 0", "bNumEndpoints": "02",
          "authorized": "1"},
         {"driver": f"../../../../../bus/usb/drivers/{driver}"} if driver else {})


def port(path, connect="hotplug", overcurrent=0, peer=None):
    node(path, {"SUBSYSTEM": "usb", "DEVTYPE": "usb_port"},
         {"connect_type": connect, "over_current_count": str(overcurrent), "disable": "0"},
         {"peer": peer} if peer else {})


def roothub(ctrl, bus, speed, version, ports):
    path = f"{ctrl}/usb{bus}"
    usbdev(path, f"usb{bus}", bus, 1, "1d6b", "0003" if version.startswith("3") else "0002", speed, version,
           cls="09", product="xHCI Host Controller", manufacturer="Linux 6.1.0 xhci-hcd", maxchild=ports,
           power="0mA", removable="unknown")
    iface(f"{path}/{bus}-0:1.0", "09", "00", "00", "hub")
    return path


# xHCI: USB 2 root hub usb1 (8 ports) and USB 3 root hub usb2 (4 ports), ports 1-4 peered.
pci(XHCI, "0x8086", "0xa36d", "xhci_hcd", "0c0330")
r1 = roothub(XHCI, 1, "480", "2.00", 8)
r2 = roothub(XHCI, 2, "5000", "3.10", 4)
for n in range(1, 9):
    peer = f"../../../usb2/2-0:1.0/usb2-port{n}" if n <= 4 else None
    port(f"{r1}/1-0:1.0/usb1-port{n}", overcurrent=4 if n == 6 else 0, peer=peer)
for n in range(1, 5):
    port(f"{r2}/2-0:1.0/usb2-port{n}", peer=f"../../../usb1/1-0:1.0/usb1-port{n}")

# A 4-port USB 2 hub on usb1-port1 with a keyboard, a mouse and a phone.
hub = f"{r1}/1-1"
usbdev(hub, "1-1", 1, 2, "05e3", "0610", "480", "2.10", cls="09", product="USB2.1 Hub",
       manufacturer="GenesysLogic", maxchild=4, power="100mA")
iface(f"{hub}/1-1:1.0", "09", "00", "01", "hub")
for n in range(1, 5):
    port(f"{hub}/1-1:1.0/1-1-port{n}")
kbd = f"{hub}/1-1.1"
usbdev(kbd, "1-1.1", 1, 5, "046d", "c31c", "1.5", "1.10", product="USB Keyboard", manufacturer="Logitech",
       power="90mA")
iface(f"{kbd}/1-1.1:1.0", "03", "01", "01", "usbhid", 0)
iface(f"{kbd}/1-1.1:1.1", "03", "00", "00", "usbhid", 1)
mouse = f"{hub}/1-1.2"
usbdev(mouse, "1-1.2", 1, 6, "046d", "c077", "1.5", "2.00", product="USB Optical Mouse", manufacturer="Logitech",
       power="100mA")
iface(f"{mouse}/1-1.2:1.0", "03", "01", "02", "usbhid")
phone = f"{hub}/1-1.4"
usbdev(phone, "1-1.4", 1, 9, "18d1", "4ee1", "480", "2.10", product="Pixel 7", manufacturer="Google",
       serial="28031FDH2000XY", power="500mA", extra_env={"ID_MTP_DEVICE": "1", "ID_MEDIA_PLAYER": "1"})
iface(f"{phone}/1-1.4:1.0", "06", "01", "01", None)

# A USB 3 disk on usb2-port2 (its USB 2 peer usb1-port2 is empty), with a partition.
disk = f"{r2}/2-2"
usbdev(disk, "2-2", 2, 3, "0781", "5583", "5000", "3.20", product="Ultra Fit", manufacturer="SanDisk",
       serial="4C530001250822117293", power="896mA")
iface(f"{disk}/2-2:1.0", "08", "06", "50", "usb-storage")
lun = f"{disk}/2-2:1.0/host0/target0:0:0/0:0:0:0"
node(f"{disk}/2-2:1.0/host0", {"DEVTYPE": "scsi_host", "SUBSYSTEM": "scsi"}, {})
node(f"{disk}/2-2:1.0/host0/target0:0:0", {"DEVTYPE": "scsi_target", "SUBSYSTEM": "scsi"}, {})
node(lun, {"DEVTYPE": "scsi_device", "SUBSYSTEM": "scsi"}, {"vendor": "SanDisk ", "model": "Ultra Fit       "})
node(f"{lun}/block/sdb", {"SUBSYSTEM": "block", "DEVTYPE": "disk", "DEVNAME": "/dev/sdb"},
     {"dev": "8:16", "size": "60063744", "removable": "1"})
node(f"{lun}/block/sdb/sdb1", {"SUBSYSTEM": "block", "DEVTYPE": "partition", "DEVNAME": "/dev/sdb1",
                               "ID_FS_LABEL": "DEMO-STICK", "ID_FS_TYPE": "exfat"},
     {"dev": "8:17", "size": "60061696", "partition": "1"})

# A security key, a serial adapter and a webcam on the USB 2 side; port 6 reported over-current.
key = f"{r1}/1-3"
usbdev(key, "1-3", 1, 4, "1050", "0407", "12", "2.00", product="YubiKey OTP+FIDO+CCID", manufacturer="Yubico",
       power="30mA")
iface(f"{key}/1-3:1.0", "03", "01", "01", "usbhid", 0)
iface(f"{key}/1-3:1.1", "03", "00", "00", "usbhid", 1)
iface(f"{key}/1-3:1.2", "0b", "00", "00", None, 2)
ftdi = f"{r1}/1-5"
usbdev(ftdi, "1-5", 1, 7, "0403", "6001", "12", "2.00", product="FT232R USB UART", manufacturer="FTDI",
       serial="A50285BI", power="90mA")
iface(f"{ftdi}/1-5:1.0", "ff", "ff", "ff", "ftdi_sio")
cam = f"{r1}/1-7"
usbdev(cam, "1-7", 1, 8, "046d", "0825", "480", "2.00", cls="ef", product="Webcam C270", manufacturer="Logitech",
       serial="200901010001", power="500mA")
iface(f"{cam}/1-7:1.0", "0e", "01", "00", "uvcvideo", 0)
iface(f"{cam}/1-7:1.1", "0e", "02", "00", "uvcvideo", 1)
iface(f"{cam}/1-7:1.2", "01", "01", "00", "snd-usb-audio", 2)

# EHCI with Intel's internal rate-matching hub and a Bluetooth adapter behind it.
pci(EHCI, "0x8086", "0x1e26", "ehci-pci", "0c0320")
r3 = roothub(EHCI, 3, "480", "2.00", 2)
for n in range(1, 3):
    port(f"{r3}/3-0:1.0/usb3-port{n}", connect="hardwired")
rmh = f"{r3}/3-1"
usbdev(rmh, "3-1", 3, 2, "8087", "0024", "480", "2.00", cls="09", maxchild=6, power="0mA", removable="fixed")
iface(f"{rmh}/3-1:1.0", "09", "00", "00", "hub")
for n in range(1, 7):
    port(f"{rmh}/3-1:1.0/3-1-port{n}", connect="hardwired" if n == 4 else "hotplug")
bt = f"{rmh}/3-1.4"
usbdev(bt, "3-1.4", 3, 3, "8087", "0a2b", "12", "2.00", cls="e0", power="100mA", removable="fixed")
iface(f"{bt}/3-1.4:1.0", "e0", "01", "01", "btusb", 0)
iface(f"{bt}/3-1.4:1.1", "e0", "01", "01", "btusb", 1)


def main():
    ctl = sys.argv[1]
    target = os.path.abspath(sys.argv[2] if len(sys.argv) > 2 else
                             os.path.join(os.path.dirname(__file__), "demo-bundle.tar.gz"))
    with tempfile.TemporaryDirectory() as tmp:
        rec = os.path.join(tmp, "demo.umockdev")
        with open(rec, "w") as f:
            f.write("\n".join(out))
        bundle = os.path.join(tmp, "plugboard-demo")
        subprocess.run(["umockdev-run", "-d", rec, "--", ctl, "collect", bundle, "--redact",
                        "--connect", "test:///default", "--device", "2-2"], check=True)
        # The demo disk's partition is mounted in the demo (the pre-flight then has work to do).
        mi = os.path.join(bundle, "proc/self/mountinfo")
        os.makedirs(os.path.dirname(mi), exist_ok=True)
        with open(mi, "a") as f:
            f.write("901 29 8:17 / /media/demo/DEMO-STICK rw,nosuid,nodev,relatime shared:500 - exfat /dev/sdb1 rw\n")
        subprocess.run(["tar", "--owner=0", "--group=0", "--numeric-owner", "--mtime=2026-11-25 00:00Z",
                        "--sort=name", "-czf", target, "-C", tmp, "plugboard-demo"], check=True)
    print(target)


if __name__ == "__main__":
    main()
