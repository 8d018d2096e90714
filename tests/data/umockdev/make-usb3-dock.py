#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Writes usb3-dock.umockdev: an Intel xHCI (a USB 2 and a USB 3 root hub, four sockets, each a
# USB 2 port and a USB 3 port that are each other's `peer`) with a USB 3 dock in socket 1. The dock
# is one box with two kernel hubs, laid out as a VIA Labs VL817 hub enumerates (USB2.0 Hub
# 2109:2817 on the USB 2 root hub, USB3.0 Hub 2109:0817 on the USB 3 one; its four downstream
# ports peered port by port, as drivers/usb/core/port.c links the ports of a hub's two halves).
# Behind the dock: a USB 3 stick on the USB 3 half of dock socket 1, a keyboard on the USB 2 half
# of dock socket 3. A YubiKey in the computer's socket 2 (USB 2 half). Port nodes are written as
# attributes of the hub interface ("usb1-port1/connect_type"): umockdev records a device per
# subsystem, and port nodes have none.
import os, sys

PCI = "/devices/pci0000:00/0000:00:14.0"
out = []

def dev(path, subsystem, devtype, attrs, links=(), env=()):
    out.append(f"P: {path}")
    if devtype:
        out.append(f"E: DEVTYPE={devtype}")
    for k, v in env:
        out.append(f"E: {k}={v}")
    out.append(f"E: SUBSYSTEM={subsystem}")
    for k, v in attrs:
        out.append(f"A: {k}={v}")
    for k, v in links:
        out.append(f"L: {k}={v}")
    out.append("")

def usb_device(path, busnum, devnum, vid, pid, mfr, product, speed, version, cls="00", maxchild=0, serial=None,
               power="100mA"):
    attrs = [("idVendor", vid), ("idProduct", pid), ("manufacturer", mfr), ("product", product),
             ("speed", speed), ("version", version), ("bDeviceClass", cls), ("busnum", f"{busnum}\\n"),
             ("devnum", f"{devnum}\\n"), ("authorized", "1"), ("bConfigurationValue", "1"),
             ("bMaxPower", power), ("maxchild", str(maxchild)), ("removable", "removable")]
    if serial:
        attrs.append(("serial", serial))
    dev(path, "usb", "usb_device", attrs, [("driver", "../" * path.count("/") + "bus/usb/drivers/usb")],
        [("BUSNUM", f"{busnum:03d}"), ("DEVNUM", f"{devnum:03d}")])

def hub_interface(path, hub, nports, peer_hub, parent_depth):
    # The hub's interface with its port nodes; each port's peer is the same-numbered port of the
    # other half (../../../PEERDIR/PEERIFACE/PEERHUB-portN relative to the port node).
    attrs = [("bInterfaceClass", "09"), ("bInterfaceSubClass", "00"), ("bInterfaceProtocol", "00"),
             ("bInterfaceNumber", "00"), ("bAlternateSetting", " 0"), ("bNumEndpoints", "01")]
    links = [("driver", "../" * path.count("/") + "bus/usb/drivers/hub")]
    for n in range(1, nports + 1):
        port = f"{hub}-port{n}"
        attrs += [(f"{port}/connect_type", "hotplug"), (f"{port}/over_current_count", "0"), (f"{port}/disable", "0")]
        if peer_hub:
            links.append((f"{port}/peer", f"{parent_depth}{peer_hub}-port{n}"))
    dev(path, "usb", "usb_interface", attrs, links)

def iface(path, cls, sub, proto, driver):
    dev(path, "usb", "usb_interface",
        [("bInterfaceClass", cls), ("bInterfaceSubClass", sub), ("bInterfaceProtocol", proto),
         ("bInterfaceNumber", "00"), ("bAlternateSetting", " 0"), ("bNumEndpoints", "02")],
        [("driver", "../" * path.count("/") + f"bus/usb/drivers/{driver}")])

dev(PCI, "pci", None, [("vendor", "0x8086"), ("device", "0xa36d"), ("class", "0x0c0330")],
    [("driver", "../../../bus/pci/drivers/xhci_hcd")], [("DRIVER", "xhci_hcd"), ("PCI_CLASS", "C0330")])
# Root hubs: usb1 (USB 2.0, bus 1) and usb2 (USB 3.10, bus 2), four ports each, peered.
for bus, pid, speed, version in ((1, "0002", "480", " 2.00"), (2, "0003", "5000", " 3.10")):
    other = 3 - bus
    usb_device(f"{PCI}/usb{bus}", bus, 1, "1d6b", pid, "Linux 6.1.0-13-amd64 xhci-hcd",
               "xHCI Host Controller", speed, version, cls="09", maxchild=4, power="0mA")
    out[-2:-1] = out[-2:-1] + [f"A: authorized_default=1"]
    hub_interface(f"{PCI}/usb{bus}/{bus}-0:1.0", f"usb{bus}", 4, f"usb{other}",
                  f"../../../usb{other}/{other}-0:1.0/")

# The dock in socket 1: 1-1 (USB 2 half) and 2-1 (USB 3 half), each with four peered ports.
usb_device(f"{PCI}/usb1/1-1", 1, 2, "2109", "2817", "VIA Labs, Inc.", "USB2.0 Hub", "480", " 2.10", cls="09",
           maxchild=4, power="0mA")
hub_interface(f"{PCI}/usb1/1-1/1-1:1.0", "1-1", 4, "2-1", "../../../../usb2/2-1/2-1:1.0/")
usb_device(f"{PCI}/usb2/2-1", 2, 2, "2109", "0817", "VIA Labs, Inc.", "USB3.0 Hub", "5000", " 3.20", cls="09",
           maxchild=4, power="0mA")
hub_interface(f"{PCI}/usb2/2-1/2-1:1.0", "2-1", 4, "1-1", "../../../../usb1/1-1/1-1:1.0/")
# Behind the dock: a USB 3 stick (dock socket 1, USB 3 half) and a keyboard (dock socket 3, USB 2 half).
usb_device(f"{PCI}/usb2/2-1/2-1.1", 2, 3, "0781", "5583", "SanDisk", "Ultra Fit", "5000", " 3.20",
           serial="4C530001220528112181", power="896mA")
iface(f"{PCI}/usb2/2-1/2-1.1/2-1.1:1.0", "08", "06", "50", "usb-storage")
usb_device(f"{PCI}/usb1/1-1/1-1.3", 1, 4, "046d", "c31c", "Logitech", "USB Keyboard", "1.5", " 1.10",
           power="90mA")
iface(f"{PCI}/usb1/1-1/1-1.3/1-1.3:1.0", "03", "01", "01", "usbhid")
# Socket 2 of the computer: a YubiKey on the USB 2 half.
usb_device(f"{PCI}/usb1/1-2", 1, 5, "1050", "0407", "Yubico", "YubiKey OTP+FIDO+CCID", "12", " 2.00",
           power="30mA")
iface(f"{PCI}/usb1/1-2/1-2:1.0", "03", "01", "01", "usbhid")

target = os.path.join(os.path.dirname(os.path.abspath(__file__)), "usb3-dock.umockdev")
with open(sys.argv[1] if len(sys.argv) > 1 else target, "w") as f:
    f.write("\n".join(out))
