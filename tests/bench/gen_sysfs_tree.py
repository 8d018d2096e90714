#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Write a fake, kernel-faithful sysfs USB tree (xHCI controllers, hubs, devices) in OUTDIR/sys."""

# Usage: gen_sysfs_tree.py OUTDIR [--controllers N] [--devices N] [--hub-depth D] [--seed S]
#
# The tree follows drivers/usb/core/{sysfs,port,endpoint}.c of a 6.x kernel:
#   sys/devices/pci0000:00/0000:00:14.0/usb1/1-2/1-2.3            devices nest in their hub
#   sys/devices/pci0000:00/0000:00:14.0/usb1/1-0:1.0/usb1-port2   port nodes of a hub interface
#   sys/bus/usb/devices/{usb1,1-2,1-2.3,1-2:1.0,...}              relative links, as the kernel
# so that `lsusb -t` works with OUTDIR/sys bind-mounted over /sys, e.g.
#   unshare -m sh -c 'mount --bind OUTDIR/sys /sys && lsusb -t'
# "devices" counts every USB device except root hubs (external hubs included). A USB 3 hub is
# two devices, as on real hardware: its SuperSpeed part on the USB 3 bus and its companion
# USB 2 part on the peer port of the USB 2 bus, with `peer` links between their ports.
# The same seed always gives the same tree. Prints a one-line summary to stderr.

import argparse
import os
import random
import struct
import sys
import time

KERNEL_RELEASE = "6.8.0-45-generic"
KERNEL_BCD = 0x0608
MAX_DEVNUM = 127  # devnum 1 is the root hub; 2..127 for the others

LS, FS, HS, SS = "1.5", "12", "480", "5000"
USB_MAJOR = 189

# PCI xHCI controllers: vendor, device, subsystem vendor, subsystem device, revision, ACPI ports
CONTROLLER_MODELS = [
    (0x8086, 0xA36D, 0x17AA, 0x2292, 0x10, True),   # Intel Cannon Lake PCH xHCI
    (0x1022, 0x43F7, 0x1043, 0x1642, 0x01, True),   # AMD 600 series chipset
    (0x1B21, 0x2142, 0x1043, 0x8756, 0x00, False),  # ASMedia ASM2142
    (0x1912, 0x0015, 0x1912, 0x0015, 0x02, False),  # Renesas uPD720202
    (0x8086, 0x7AE0, 0x1028, 0x0A9D, 0x11, True),   # Intel Alder Lake-S PCH
    (0x1B73, 0x1100, 0x1B73, 0x1100, 0x10, False),  # Fresco Logic FL1100
    (0x1106, 0x3483, 0x1106, 0x3483, 0x01, False),  # VIA VL805
    (0x1022, 0x15E0, 0x17AA, 0x5124, 0x00, True),   # AMD Raven USB 3.1
    (0x104C, 0x8241, 0x104C, 0x8241, 0x02, False),  # TI TUSB73x0
    (0x1033, 0x0194, 0x1033, 0x0194, 0x04, False),  # NEC uPD720200
]

DRIVER_SUPPORTS_AUTOSUSPEND = {"xpad": 0}


# ---------------------------------------------------------------------------------------------
# Descriptors


class Ep:
    """One endpoint descriptor (+ SuperSpeed companion and class-specific descriptors)."""

    __slots__ = ("addr", "attrs", "wmps", "interval", "ss", "extra")

    def __init__(self, addr, attrs, wmps, interval, ss=None, extra=b""):
        self.addr, self.attrs, self.wmps, self.interval = addr, attrs, wmps, interval
        self.ss = ss  # (bMaxBurst, bmAttributes, wBytesPerInterval) on SuperSpeed
        self.extra = extra

    def raw(self):
        b = struct.pack("<BBBBHB", 7, 5, self.addr, self.attrs, self.wmps, self.interval)
        if self.ss is not None:
            b += struct.pack("<BBBBH", 6, 0x30, *self.ss)
        return b + self.extra


def _int_interval(speed, ms):
    if speed in (HS, SS):  # 2^(bInterval-1) microframes
        frames, exp = ms * 8, 1
        while (1 << (exp - 1)) < frames and exp < 16:
            exp += 1
        return exp
    return max(1, min(255, ms))


def ep_bulk(addr, speed, burst=0, streams=0, extra=b""):
    wmps = {FS: 64, HS: 512, SS: 1024}[speed]
    ss = (burst, streams, 0) if speed == SS else None
    return Ep(addr, 0x02, wmps, 0, ss, extra)


def ep_int(addr, speed, mps, ms):
    ss = (0, 0, mps) if speed == SS else None
    return Ep(addr, 0x03, mps, _int_interval(speed, ms), ss)


def ep_iso(addr, speed, mps, sync=0x05, mult=0, burst=0):
    if speed == HS:
        return Ep(addr, sync, mps | (mult << 11), 1)
    if speed == SS:
        return Ep(addr, sync, mps, 1, (burst, mult, mps * (burst + 1) * (mult + 1)))
    return Ep(addr, sync, mps, 1)


class Alt:
    __slots__ = ("cls", "sub", "proto", "eps", "extra", "string")

    def __init__(self, cls, sub, proto, eps=(), extra=b"", string=None):
        self.cls, self.sub, self.proto = cls, sub, proto
        self.eps, self.extra, self.string = list(eps), extra, string


class Intf:
    """An interface with its alternate settings; `cur` is the active one (shown in sysfs)."""

    __slots__ = ("num", "alts", "cur", "driver", "iad", "sysname", "path")

    def __init__(self, num, alts, driver, cur=0, iad=None):
        self.num, self.alts, self.driver, self.cur, self.iad = num, alts, driver, cur, iad
        self.sysname = self.path = None


class Config:
    __slots__ = ("value", "attrs", "power_raw", "intfs")

    def __init__(self, value, attrs, power_raw, intfs):
        self.value, self.attrs, self.power_raw, self.intfs = value, attrs, power_raw, intfs

    def raw(self, strings):
        body = b""
        for it in self.intfs:
            if it.iad is not None and it.iad[0] == it.num:
                body += struct.pack("<8B", 8, 0x0B, *it.iad, 0)
            for altno, a in enumerate(it.alts):
                istr = strings.get(a.string, 0) if a.string else 0
                body += struct.pack("<9B", 9, 4, it.num, altno, len(a.eps), a.cls, a.sub,
                                    a.proto, istr)
                body += a.extra
                for e in a.eps:
                    body += e.raw()
        head = struct.pack("<BBHBBBBB", 9, 2, 9 + len(body), len(self.intfs), self.value, 0,
                           self.attrs, self.power_raw)
        return head + body


def hid_desc(report_len):
    return struct.pack("<BBHBBBH", 9, 0x21, 0x0111, 0, 1, 0x22, report_len)


CDC_ACM_FUNC = (struct.pack("<BBBH", 5, 0x24, 0x00, 0x0110)  # header
                + struct.pack("<5B", 5, 0x24, 0x01, 0x03, 1)  # call management
                + struct.pack("<4B", 4, 0x24, 0x02, 0x06)  # ACM
                + struct.pack("<5B", 5, 0x24, 0x06, 0, 1))  # union
CCID_DESC = struct.pack("<BBHBBIIIBIIBIIIIIBBHBB", 54, 0x21, 0x0110, 0, 0x07, 0x03, 4000, 4000,
                        0, 10752, 344086, 0, 254, 0, 0, 0x000404BA, 271, 0xFF, 0xFF, 0, 0, 1)
assert len(CCID_DESC) == 54


def pipe_usage(pid):
    return struct.pack("<4B", 4, 0x24, pid, 0)


# ---------------------------------------------------------------------------------------------
# Device kinds


class Spec:
    """Everything the kernel would know about one enumerated device."""

    def __init__(self, **kw):
        self.kind = kw.pop("kind")
        self.vid = kw.pop("vid")
        self.pid = kw.pop("pid")
        self.bcd_device = kw.pop("bcd_device", 0x0100)
        self.bcd_usb = kw.pop("bcd_usb")
        self.cls = kw.pop("cls", (0, 0, 0))
        self.mps0 = kw.pop("mps0", 64)
        self.manufacturer = kw.pop("manufacturer", None)
        self.product = kw.pop("product", None)
        self.serial = kw.pop("serial", None)
        self.configs = kw.pop("configs")
        self.max_power_ma = kw.pop("max_power_ma", 100)
        self.nports = kw.pop("nports", 0)
        self.power_control = kw.pop("power_control", "on")
        self.storage = kw.pop("storage", None)  # (scsi vendor, model, size in sectors, partitioned)
        assert not kw, kw


def _serial_hex(rng, n):
    return "".join(rng.choice("0123456789ABCDEF") for _ in range(n))


def _serial_alnum(rng, n):
    return "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(n))


def _cfg(speed, ma, attrs, intfs, value=1):
    unit = 8 if speed == SS else 2
    return Config(value, attrs, (ma + unit - 1) // unit, intfs)


def k_flash(rng, speed, usb3=True):
    if usb3:  # a USB 3 stick keeps its identity on a USB 2 port, at high speed
        vid, pid, man, prod, ver = 0x0951, 0x1666, "Kingston", "DataTraveler 3.0", 0x0320
    else:  # the manufacturer string really has a leading space
        vid, pid, man, prod, ver = 0x0781, 0x5567, " SanDisk", "Cruzer Blade", 0x0200
    intf = Intf(0, [Alt(8, 6, 0x50, [ep_bulk(0x81, speed, burst=15 if speed == SS else 0),
                                      ep_bulk(0x02, speed, burst=15 if speed == SS else 0)])],
                "usb-storage")
    ma = 896 if speed == SS else 200 if vid == 0x0781 else 300
    sectors = rng.choice([15633408, 30310400, 60620800, 121241600])
    return Spec(kind="flash", vid=vid, pid=pid, bcd_device=0x0001 if speed == SS else 0x0126,
                bcd_usb=ver if speed == SS else 0x0210 if vid == 0x0951 else 0x0200,
                mps0=9 if speed == SS else 64, manufacturer=man, product=prod,
                serial=_serial_hex(rng, 24 if vid == 0x0951 else 20),
                configs=[_cfg(speed, ma, 0x80, [intf])],
                storage=(man.strip()[:8], prod, sectors, True))


def k_ssd(rng, speed):
    # UAS-capable portable SSD: alt 0 Bulk-Only, alt 1 UAS. At SuperSpeed the uas driver binds
    # (and selects alt 1); at high speed usb-storage keeps alt 0.
    burst = 15 if speed == SS else 0
    bot = Alt(8, 6, 0x50, [ep_bulk(0x81, speed, burst), ep_bulk(0x02, speed, burst)])
    streams = 5 if speed == SS else 0
    uas = Alt(8, 6, 0x62, [ep_bulk(0x01, speed, burst, 0, pipe_usage(1)),
                           ep_bulk(0x82, speed, burst, streams, pipe_usage(3)),
                           ep_bulk(0x83, speed, burst, streams, pipe_usage(2)),
                           ep_bulk(0x04, speed, burst, streams, pipe_usage(4))])
    uas_on = speed == SS
    intf = Intf(0, [bot, uas], "uas" if uas_on else "usb-storage", cur=1 if uas_on else 0)
    return Spec(kind="ssd", vid=0x04E8, pid=0x61F5, bcd_device=0x0100,
                bcd_usb=0x0310 if speed == SS else 0x0210, mps0=9 if speed == SS else 64,
                manufacturer="Samsung", product="Portable SSD T5", serial=_serial_hex(rng, 12),
                configs=[_cfg(speed, 896 if speed == SS else 500, 0x80, [intf])],
                storage=("Samsung", "Portable SSD T5", rng.choice([976773168, 1953525168]), True))


def k_cardreader(rng, speed):
    # Four-slot reader, usually empty: the block device exists with size 0.
    b = 15 if speed == SS else 0
    intf = Intf(0, [Alt(8, 6, 0x50, [ep_bulk(0x81, speed, b), ep_bulk(0x02, speed, b)])],
                "usb-storage")
    return Spec(kind="cardreader", vid=0x05E3, pid=0x0749 if speed == SS else 0x0751,
                bcd_device=0x1532, bcd_usb=0x0300 if speed == SS else 0x0200,
                mps0=9 if speed == SS else 64, manufacturer="Generic",
                product="USB3.0 Card Reader" if speed == SS else "USB Storage",
                serial="000000001532",
                configs=[_cfg(speed, 896 if speed == SS else 500, 0x80, [intf])],
                storage=("Generic", "STORAGE DEVICE", 0 if rng.random() < 0.7 else 62333952,
                         True))


def k_ethernet(rng, speed):
    # RTL8153: two configurations (vendor-specific for r8152, CDC ECM); config 1 active.
    b = 3 if speed == SS else 0
    vendor = Intf(0, [Alt(0xFF, 0xFF, 0, [ep_bulk(0x81, speed, b), ep_bulk(0x02, speed, b),
                                          ep_int(0x83, speed, 2, 8)])], "r8152")
    ecm_ctl = Intf(0, [Alt(2, 6, 0, [ep_int(0x83, speed, 16, 8)],
                           extra=struct.pack("<BBBH", 5, 0x24, 0, 0x0110)
                           + struct.pack("<5B", 5, 0x24, 6, 0, 1))], None)
    ecm_data = Intf(1, [Alt(0x0A, 0, 0), Alt(0x0A, 0, 0, [ep_bulk(0x81, speed, b),
                                                          ep_bulk(0x02, speed, b)])], None)
    ma = 288 if speed == SS else 180
    return Spec(kind="ethernet", vid=0x0BDA, pid=0x8153, bcd_device=0x3100,
                bcd_usb=0x0300 if speed == SS else 0x0210, mps0=9 if speed == SS else 64,
                manufacturer="Realtek", product="USB 10/100/1000 LAN",
                serial="00E04C%06X" % rng.randrange(1 << 24),
                configs=[_cfg(speed, ma, 0xA0, [vendor]),
                         _cfg(speed, ma, 0xA0, [ecm_ctl, ecm_data], value=2)],
                power_control="auto")


def k_keyboard(rng, speed):
    intfs = [Intf(0, [Alt(3, 1, 1, [ep_int(0x81, LS, 8, 10)], hid_desc(65))], "usbhid"),
             Intf(1, [Alt(3, 0, 0, [ep_int(0x82, LS, 4, 255)], hid_desc(159))], "usbhid")]
    return Spec(kind="keyboard", vid=0x046D, pid=0xC31C, bcd_device=0x6400, bcd_usb=0x0110,
                mps0=8, manufacturer="Logitech", product="USB Keyboard",
                configs=[_cfg(LS, 90, 0xA0, intfs)])


def k_mouse(rng, speed):
    intfs = [Intf(0, [Alt(3, 1, 2, [ep_int(0x81, LS, 4, 10)], hid_desc(52))], "usbhid")]
    return Spec(kind="mouse", vid=0x046D, pid=0xC077, bcd_device=0x7200, bcd_usb=0x0200,
                mps0=8, manufacturer="Logitech", product="USB Optical Mouse",
                configs=[_cfg(LS, 100, 0xA0, intfs)])


def k_receiver(rng, speed):
    intfs = [Intf(0, [Alt(3, 1, 1, [ep_int(0x81, FS, 8, 8)], hid_desc(59))], "usbhid"),
             Intf(1, [Alt(3, 1, 2, [ep_int(0x82, FS, 8, 2)], hid_desc(148))], "usbhid"),
             Intf(2, [Alt(3, 0, 0, [ep_int(0x83, FS, 32, 2)], hid_desc(98))], "usbhid")]
    return Spec(kind="receiver", vid=0x046D, pid=0xC52B, bcd_device=0x1211, bcd_usb=0x0200,
                mps0=8, manufacturer="Logitech", product="USB Receiver",
                configs=[_cfg(FS, 98, 0xA0, intfs)], power_control="auto")


def k_yubikey(rng, speed):
    intfs = [Intf(0, [Alt(3, 1, 1, [ep_int(0x81, FS, 8, 10)], hid_desc(71))], "usbhid"),
             Intf(1, [Alt(3, 0, 0, [ep_int(0x04, FS, 64, 2), ep_int(0x84, FS, 64, 2)],
                          hid_desc(34))], "usbhid"),
             Intf(2, [Alt(0x0B, 0, 0, [ep_bulk(0x02, FS), ep_bulk(0x82, FS),
                                       ep_int(0x83, FS, 8, 32)], CCID_DESC)], None)]
    return Spec(kind="yubikey", vid=0x1050, pid=0x0407, bcd_device=0x0526, bcd_usb=0x0200,
                manufacturer="Yubico", product="YubiKey OTP+FIDO+CCID",
                configs=[_cfg(FS, 30, 0x80, intfs)])


def k_gamepad(rng, speed):
    intfs = [Intf(0, [Alt(0xFF, 0x5D, 0x01, [ep_int(0x81, FS, 32, 4), ep_int(0x01, FS, 32, 8)],
                          bytes([17, 0x21, 0x10, 0x01, 0x01, 0x25, 0x81, 0x14, 0, 0, 0, 0,
                                 0x13, 0x01, 0x08, 0, 0]))], "xpad")]
    return Spec(kind="gamepad", vid=0x045E, pid=0x028E, bcd_device=0x0114, bcd_usb=0x0200,
                cls=(0xFF, 0xFF, 0xFF), mps0=8, manufacturer="Microsoft",
                product="Controller", serial=_serial_hex(rng, 8),
                configs=[_cfg(FS, 500, 0xA0, intfs)])


def _webcam_intfs(speed, audio):
    vc = Intf(0, [Alt(0x0E, 1, 0, [ep_int(0x87, speed, 16, 16)], string="Video Control")],
              "uvcvideo", iad=(0, 2, 0x0E, 3, 0))
    if speed == SS:
        sizes = [(1024, 0, 0), (1024, 3, 0), (1024, 7, 0), (1024, 15, 1)]
        vs_alts = [Alt(0x0E, 2, 0)] + [Alt(0x0E, 2, 0, [ep_iso(0x81, SS, m, 0x05, mult, b)])
                                       for m, b, mult in sizes]
    else:
        sizes = [(0x00C0, 0), (0x0280, 0), (0x0320, 1), (0x03FC, 2)]
        vs_alts = [Alt(0x0E, 2, 0)] + [Alt(0x0E, 2, 0, [ep_iso(0x81, HS, m, 0x05, mult)])
                                       for m, mult in sizes]
    vs = Intf(1, vs_alts, "uvcvideo", iad=(0, 2, 0x0E, 3, 0))
    intfs = [vc, vs]
    if audio:
        ac = Intf(2, [Alt(1, 1, 0)], "snd-usb-audio", iad=(2, 2, 1, 2, 0))
        as_ = Intf(3, [Alt(1, 2, 0), Alt(1, 2, 0, [ep_iso(0x84, speed, 68, 0x05)])],
                   "snd-usb-audio", iad=(2, 2, 1, 2, 0))
        intfs += [ac, as_]
    return intfs


def k_webcam(rng, speed, usb3=False):
    if usb3:
        return Spec(kind="webcam", vid=0x046D, pid=0x085E, bcd_device=0x0317,
                    bcd_usb=0x0320 if speed == SS else 0x0210, cls=(0xEF, 2, 1),
                    mps0=9 if speed == SS else 64, manufacturer=None, product="Logitech BRIO",
                    serial=_serial_hex(rng, 8),
                    configs=[_cfg(speed, 896 if speed == SS else 500, 0x80,
                                  _webcam_intfs(speed, True))])
    return Spec(kind="webcam", vid=0x046D, pid=0x0825, bcd_device=0x0012, bcd_usb=0x0200,
                cls=(0xEF, 2, 1), manufacturer=None, product="Webcam C270",
                serial=_serial_hex(rng, 8),
                configs=[_cfg(HS, 500, 0x80, _webcam_intfs(HS, True))])


def k_internal_cam(rng, speed):
    return Spec(kind="webcam", vid=0x04F2, pid=0xB6D9, bcd_device=0x5710, bcd_usb=0x0201,
                cls=(0xEF, 2, 1), manufacturer="Chicony Electronics Co.,Ltd.",
                product="Integrated Camera", serial="0001",
                configs=[_cfg(HS, 500, 0x80, _webcam_intfs(HS, False))], power_control="auto")


def k_audio(rng, speed):
    intfs = [Intf(0, [Alt(1, 1, 0)], "snd-usb-audio"),
             Intf(1, [Alt(1, 2, 0), Alt(1, 2, 0, [ep_iso(0x01, FS, 200, 0x09)])],
                  "snd-usb-audio"),
             Intf(2, [Alt(1, 2, 0), Alt(1, 2, 0, [ep_iso(0x82, FS, 100, 0x05)])],
                  "snd-usb-audio"),
             Intf(3, [Alt(3, 0, 0, [ep_int(0x83, FS, 4, 32)], hid_desc(60))], "usbhid")]
    return Spec(kind="audio", vid=0x0D8C, pid=0x0014, bcd_device=0x0100, bcd_usb=0x0110,
                manufacturer="C-Media Electronics Inc.", product="USB Audio Device",
                configs=[_cfg(FS, 100, 0x80, intfs)])


def k_ftdi(rng, speed):
    intfs = [Intf(0, [Alt(0xFF, 0xFF, 0xFF, [ep_bulk(0x81, FS), ep_bulk(0x02, FS)],
                          string="FT232R USB UART")], "ftdi_sio")]
    return Spec(kind="serial", vid=0x0403, pid=0x6001, bcd_device=0x0600, bcd_usb=0x0200,
                mps0=8, manufacturer="FTDI", product="FT232R USB UART",
                serial="A" + _serial_alnum(rng, 7), configs=[_cfg(FS, 90, 0xA0, intfs)])


def k_cp210x(rng, speed):
    intfs = [Intf(0, [Alt(0xFF, 0, 0, [ep_bulk(0x81, FS), ep_bulk(0x01, FS)],
                          string="CP2102 USB to UART Bridge Controller")], "cp210x")]
    # Cheap bridges all share one serial: real hosts see duplicates.
    return Spec(kind="serial", vid=0x10C4, pid=0xEA60, bcd_device=0x0100, bcd_usb=0x0110,
                manufacturer="Silicon Labs", product="CP2102 USB to UART Bridge Controller",
                serial="0001", configs=[_cfg(FS, 100, 0x80, intfs)])


def k_arduino(rng, speed):
    intfs = [Intf(0, [Alt(2, 2, 1, [ep_int(0x82, FS, 8, 255)], CDC_ACM_FUNC)], "cdc_acm"),
             Intf(1, [Alt(0x0A, 0, 0, [ep_bulk(0x04, FS), ep_bulk(0x83, FS)])], "cdc_acm")]
    return Spec(kind="serial", vid=0x2341, pid=0x0043, bcd_device=0x0001, bcd_usb=0x0110,
                cls=(2, 0, 0), mps0=8, manufacturer="Arduino (www.arduino.cc)",
                product=None, serial="%020d" % rng.randrange(10 ** 19),
                configs=[_cfg(FS, 100, 0xC0, intfs)])


def k_smartcard(rng, speed):
    # No kernel driver: pcscd talks to it through libusb.
    intfs = [Intf(0, [Alt(0x0B, 0, 0, [ep_bulk(0x01, FS), ep_bulk(0x82, FS),
                                       ep_int(0x83, FS, 8, 10)], CCID_DESC)], None)]
    return Spec(kind="smartcard", vid=0x058F, pid=0x9540, bcd_device=0x0120, bcd_usb=0x0110,
                mps0=8, manufacturer="Generic", product="EMV Smartcard Reader",
                configs=[_cfg(FS, 50, 0xA0, intfs)], power_control="auto")


def _bt_intfs():
    sco = [Alt(0xE0, 1, 1, [ep_iso(0x03, FS, m, 0x01), ep_iso(0x83, FS, m, 0x01)])
           for m in (0, 9, 17, 25, 33, 49)]
    return [Intf(0, [Alt(0xE0, 1, 1, [ep_int(0x81, FS, 64, 1), ep_bulk(0x02, FS),
                                      ep_bulk(0x82, FS)])], "btusb"),
            Intf(1, sco, "btusb")]


def k_bt_dongle(rng, speed):
    return Spec(kind="bluetooth", vid=0x0A12, pid=0x0001, bcd_device=0x8891, bcd_usb=0x0200,
                cls=(0xE0, 1, 1), manufacturer=None, product="CSR8510 A10",
                configs=[_cfg(FS, 100, 0xE0, _bt_intfs())], power_control="auto")


def k_bt_internal(rng, speed):
    return Spec(kind="bluetooth", vid=0x8087, pid=0x0026, bcd_device=0x0002, bcd_usb=0x0200,
                cls=(0xE0, 1, 1), configs=[_cfg(FS, 100, 0xE0, _bt_intfs())],
                power_control="auto")


def k_fingerprint(rng, speed):
    intfs = [Intf(0, [Alt(0xFF, 0, 0, [ep_bulk(0x01, FS), ep_bulk(0x81, FS),
                                       ep_int(0x83, FS, 8, 4)])], None)]
    return Spec(kind="fingerprint", vid=0x06CB, pid=0x00BD, bcd_device=0x0000, bcd_usb=0x0200,
                cls=(0xFF, 0x10, 0xFF), mps0=8, serial=_serial_hex(rng, 12).lower(),
                configs=[_cfg(FS, 100, 0xA0, intfs)], power_control="auto")


def k_hub2(rng, speed, nports):
    """USB 2.0 hub: 4-port single-TT Genesys, or 7-port multi-TT Terminus (alt 1 selected)."""
    epsz = (nports + 1 + 7) // 8
    if nports == 7:
        alts = [Alt(9, 0, 1, [ep_int(0x81, HS, epsz, 256)]),
                Alt(9, 0, 2, [ep_int(0x81, HS, epsz, 256)])]
        return Spec(kind="hub", vid=0x1A40, pid=0x0201, bcd_device=0x0100, bcd_usb=0x0200,
                    cls=(9, 0, 2), product="USB 2.0 Hub [MTT]", nports=7,
                    configs=[_cfg(HS, 100, 0xE0, [Intf(0, alts, "hub", cur=1)])],
                    power_control="auto")
    alts = [Alt(9, 0, 0, [ep_int(0x81, HS, epsz, 256)])]
    return Spec(kind="hub", vid=0x05E3, pid=0x0608, bcd_device=0x6077, bcd_usb=0x0200,
                cls=(9, 0, 1), product="USB2.0 Hub", nports=nports,
                configs=[_cfg(HS, 100, 0xE0, [Intf(0, alts, "hub")])], power_control="auto")


HUB3_MODELS = {
    # ports: (vendor, usb3 pid, usb2 pid, manufacturer, usb3 product, usb2 product)
    4: (0x2109, 0x0817, 0x2817, "VIA Labs, Inc.", "USB3.0 Hub", "USB2.0 Hub"),
    7: (0x0BDA, 0x0487, 0x5487, "Generic", "USB3.2 Hub", "USB2.1 Hub"),
}


def k_hub3_pair(rng, nports):
    """The two halves of a USB 3 hub: (SuperSpeed hub, its high-speed companion)."""
    vid, pid3, pid2, man, prod3, prod2 = HUB3_MODELS[nports]
    serial = "000000000" if vid == 0x2109 else None
    epsz = (nports + 1 + 7) // 8
    ss = Spec(kind="hub", vid=vid, pid=pid3, bcd_device=0x0473, bcd_usb=0x0320, cls=(9, 0, 3),
              mps0=9, manufacturer=man, product=prod3, serial=serial, nports=nports,
              configs=[_cfg(SS, 0, 0xE0, [Intf(0, [Alt(9, 0, 0, [
                  Ep(0x81, 0x13, 2, 8, (0, 0, 2))])], "hub")])], power_control="auto")
    hs = Spec(kind="hub", vid=vid, pid=pid2, bcd_device=0x0473, bcd_usb=0x0210, cls=(9, 0, 2),
              manufacturer=man, product=prod2, serial=serial, nports=nports,
              configs=[_cfg(HS, 0, 0xE0, [Intf(0, [Alt(9, 0, 1, [ep_int(0x81, HS, epsz, 256)]),
                                                 Alt(9, 0, 2, [ep_int(0x81, HS, epsz, 256)])],
                                              "hub", cur=1)])], power_control="auto")
    return ss, hs


# (name, weight, native speed, builder). SuperSpeed kinds fall back to high speed on USB 2 ports.
LEAF_KINDS = [
    ("flash", 14, SS, k_flash),
    ("ssd", 5, SS, k_ssd),
    ("cardreader", 3, SS, k_cardreader),
    ("ethernet", 5, SS, k_ethernet),
    ("webcam_ss", 2, SS, lambda rng, speed: k_webcam(rng, speed, usb3=True)),
    ("flash2", 5, HS, lambda rng, speed: k_flash(rng, speed, usb3=False)),
    ("webcam", 6, HS, k_webcam),
    ("keyboard", 10, LS, k_keyboard),
    ("mouse", 10, LS, k_mouse),
    ("receiver", 6, FS, k_receiver),
    ("yubikey", 3, FS, k_yubikey),
    ("gamepad", 3, FS, k_gamepad),
    ("audio", 6, FS, k_audio),
    ("ftdi", 4, FS, k_ftdi),
    ("cp210x", 4, FS, k_cp210x),
    ("arduino", 4, FS, k_arduino),
    ("smartcard", 4, FS, k_smartcard),
    ("bt_dongle", 2, FS, k_bt_dongle),
]
INTERNAL_KINDS = [(HS, k_internal_cam), (FS, k_bt_internal), (FS, k_fingerprint)]

# ---------------------------------------------------------------------------------------------
# Topology


class Port:
    __slots__ = ("hub", "num", "ctype", "child", "peer", "oc", "location", "ss", "path")

    def __init__(self, hub, num, ctype, location=0):
        self.hub, self.num, self.ctype, self.location = hub, num, ctype, location
        self.child = self.peer = None
        self.oc = 0
        self.ss = hub.speed == SS
        self.path = None

    @property
    def name(self):
        return "%s-port%d" % (self.hub.name, self.num)


class Dev:
    def __init__(self, spec, bus, devnum, speed, parent_port, name, devpath):
        self.spec, self.bus, self.devnum, self.speed = spec, bus, devnum, speed
        self.port, self.name, self.devpath = parent_port, name, devpath
        self.ports = []
        self.path = None
        self.tier = 0 if parent_port is None else parent_port.hub.tier + 1

    @property
    def is_root(self):
        return self.port is None

    @property
    def base(self):  # prefix of interface names: "usb1" -> "1-0"
        return "%d-0" % self.bus.num if self.is_root else self.name


class Bus:
    def __init__(self, num, speed):
        self.num, self.speed = num, speed
        self.next_devnum = 2

    def full(self):
        return self.next_devnum > MAX_DEVNUM


class Connector:
    """One physical socket: a USB 2 port and, when SuperSpeed-capable, its peer USB 3 port."""

    __slots__ = ("hs", "ss", "tier", "internal")

    def __init__(self, hs, ss, tier, internal=None):
        self.hs, self.ss, self.tier, self.internal = hs, ss, tier, internal


class Topology:
    def __init__(self, args):
        self.rng = random.Random(args.seed)
        self.depth = args.hub_depth
        self.controllers = []  # (pci name, model, [usb2 root, usb3 root])
        self.devices = []  # every Dev, root hubs included, parents before children
        self.ports = []
        self.storage_count = 0

    # -- creation helpers

    def _add_ports(self, hub, n, ctypes, locations=None):
        for i in range(1, n + 1):
            p = Port(hub, i, ctypes[i - 1], locations[i - 1] if locations else 0)
            hub.ports.append(p)
            self.ports.append(p)

    def _enumerate(self, spec, port, speed):
        hub = port.hub
        bus = hub.bus
        name = ("%d-%d" % (bus.num, port.num)) if hub.is_root else "%s.%d" % (hub.name, port.num)
        devpath = str(port.num) if hub.is_root else "%s.%d" % (hub.devpath, port.num)
        d = Dev(spec, bus, bus.next_devnum, speed, port, name, devpath)
        bus.next_devnum += 1
        port.child = d
        self.devices.append(d)
        if spec.storage:
            self.storage_count += 1
        return d

    @staticmethod
    def _usable(port):
        return port is not None and port.child is None and not port.hub.bus.full()

    def _place_hub(self, c, remaining):
        """Put a hub in connector c; returns (devices used, new connectors)."""
        rng = self.rng
        nports = 7 if rng.random() < 0.75 else 4
        hs_ok, ss_ok = self._usable(c.hs), self._usable(c.ss)
        if ss_ok and (not hs_ok or (remaining >= 2 and rng.random() < 0.6)):
            ss_spec, hs_spec = k_hub3_pair(rng, nports)
            ssd = self._enumerate(ss_spec, c.ss, SS)
            self._add_ports(ssd, nports, ["unknown"] * nports)
            hsd = None
            if hs_ok:
                hsd = self._enumerate(hs_spec, c.hs, HS)
                self._add_ports(hsd, nports, ["unknown"] * nports)
                for a, b in zip(ssd.ports, hsd.ports):
                    a.peer, b.peer = b, a
            return (2 if hsd else 1), [Connector(hsd.ports[i] if hsd else None, ssd.ports[i],
                                                 c.tier + 1) for i in range(nports)]
        hsd = self._enumerate(k_hub2(rng, HS, nports), c.hs, HS)
        self._add_ports(hsd, nports, ["unknown"] * nports)
        return 1, [Connector(p, None, c.tier + 1) for p in hsd.ports]

    def _place_leaf(self, c):
        rng = self.rng
        hs_ok, ss_ok = self._usable(c.hs), self._usable(c.ss)
        if c.internal is not None:
            speed, fn = c.internal
            self._enumerate(fn(rng, speed), c.hs, speed)
            return
        kinds = [k for k in LEAF_KINDS if hs_ok or k[2] == SS]
        total = sum(k[1] for k in kinds)
        r = rng.random() * total
        for _name, weight, native, fn in kinds:
            r -= weight
            if r < 0:
                break
        if native == SS and ss_ok:
            self._enumerate(fn(rng, SS), c.ss, SS)
        else:
            speed = HS if native == SS else native
            self._enumerate(fn(rng, speed), c.hs, speed)

    # -- the tree

    def build(self, ncontrollers, ndevices):
        rng = self.rng
        slots = [0x14] + [s for s in range(1, 0x20) if s != 0x14]
        quota = [ndevices // ncontrollers + (1 if i < ndevices % ncontrollers else 0)
                 for i in range(ncontrollers)]
        carry = 0
        for ci in range(ncontrollers):
            slot, func = slots[ci % len(slots)], ci // len(slots)
            pci = "0000:00:%02x.%d" % (slot, func)
            model = CONTROLLER_MODELS[ci % len(CONTROLLER_MODELS)]
            acpi = model[5]
            b2, b3 = Bus(2 * ci + 1, HS), Bus(2 * ci + 2, SS)
            n2 = rng.randint(6, 8) if ci == 0 else rng.randint(4, 8)
            n3 = 4 if ci == 0 else rng.randint(4, n2)
            roots = []
            for bus, n, pid in ((b2, n2, 0x0002), (b3, n3, 0x0003)):
                spec = root_hub_spec(bus, n, pid, pci)
                rh = Dev(spec, bus, 1, bus.speed, None, "usb%d" % bus.num, "0")
                rh.pci = pci
                self.devices.append(rh)
                roots.append(rh)
            rh2, rh3 = roots
            # Connect types: ACPI platforms describe their ports; add-in cards do not.
            ct2 = []
            internal = {}
            for p in range(1, n2 + 1):
                if not acpi:
                    ct2.append("unknown")
                elif p <= n3:
                    ct2.append("not used" if (ci > 0 and p == n3 and n3 > 4) else "hotplug")
                elif ci == 0 and p - n3 <= len(INTERNAL_KINDS):
                    ct2.append("hardwired")
                    internal[p] = INTERNAL_KINDS[p - n3 - 1]
                else:
                    ct2.append("not used")
            loc2 = [(0x10 * (ci + 1) + p) if acpi else 0 for p in range(1, n2 + 1)]
            self._add_ports(rh2, n2, ct2, loc2)
            self._add_ports(rh3, n3, ct2[:n3], loc2[:n3])
            for i in range(n3):
                rh2.ports[i].peer, rh3.ports[i].peer = rh3.ports[i], rh2.ports[i]
            self.controllers.append((pci, model, roots))

            conns = []
            for p in rh2.ports:
                if p.ctype == "not used":
                    continue
                ss = p.peer
                conns.append(Connector(p, ss, 1, internal.get(p.num)))
            target = quota[ci] + carry
            placed = 0
            # Laptop-style internal devices first, then (controller 0) a chain of hubs D deep.
            for c in [c for c in conns if c.internal is not None]:
                if placed < target:
                    self._place_leaf(c)
                    placed += 1
                    conns.remove(c)
            if ci == 0 and self.depth > 0 and target - placed >= 2 * self.depth + 2:
                hub_conns = [c for c in conns if c.internal is None]
                c = hub_conns[-1]
                for _ in range(self.depth):
                    conns.remove(c)
                    used, new = self._place_hub(c, target - placed)
                    placed += used
                    conns.extend(new)
                    c = new[rng.randrange(len(new))]
            while placed < target:
                usable = [c for c in conns if self._usable(c.hs) or self._usable(c.ss)]
                if not usable:
                    break
                remaining = target - placed
                hub_ok = [c for c in usable if c.tier <= self.depth and c.internal is None]
                # While short of sockets, leaves only take sockets that could not hold a hub
                # anyway, and a hub is added when none are left: capacity never runs out.
                short = len(usable) < remaining + 2
                keep = set(map(id, hub_ok))
                leaf_only = [c for c in usable if id(c) not in keep]
                if hub_ok and remaining >= 2 and ((short and not leaf_only)
                                                  or rng.random() < 0.07):
                    c = rng.choice(hub_ok)
                    used, new = self._place_hub(c, remaining)
                    placed += used
                    conns.extend(new)
                else:
                    c = rng.choice(leaf_only if short and leaf_only else usable)
                    self._place_leaf(c)
                    placed += 1
                conns.remove(c)
            carry = target - placed
        # One port somewhere has seen an over-current event.
        self.rng.choice(self.ports).oc = 1
        return carry


def root_hub_spec(bus, nports, pid, pci):
    ss = bus.speed == SS
    if ss:
        ep = Ep(0x81, 0x03, 4, 0x0C, (0, 0, 2))
    else:
        ep = Ep(0x81, 0x03, 4, 0x0C)
    intf = Intf(0, [Alt(9, 0, 0, [ep])], "hub")
    return Spec(kind="roothub", vid=0x1D6B, pid=pid, bcd_device=KERNEL_BCD,
                bcd_usb=0x0300 if ss else 0x0200, cls=(9, 0, 3 if ss else 1),
                mps0=9 if ss else 64, manufacturer="Linux %s xhci-hcd" % KERNEL_RELEASE,
                product="xHCI Host Controller", serial=pci,
                configs=[Config(1, 0xE0, 0, [intf])], nports=nports, power_control="auto")


# ---------------------------------------------------------------------------------------------
# Writing


class Writer:
    def __init__(self, out):
        self.sys = os.path.join(os.path.abspath(out), "sys")
        self.files = 0
        s = self.sys
        self.usb_devices = os.path.join(s, "bus/usb/devices")
        self.usb_drivers = os.path.join(s, "bus/usb/drivers")
        self.pci_root = os.path.join(s, "devices/pci0000:00")
        self.disk_index = 1  # sda is the host's own disk
        self.scsi_host = 0
        self.drivers_made = set()
        for d in ("bus/usb/devices", "bus/usb/drivers", "bus/pci/devices", "bus/pci/drivers",
                  "dev/char", "dev/block", "block", "class/block", "devices/pci0000:00"):
            os.makedirs(os.path.join(s, d))

    def wb(self, path, data):
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC, 0o644)
        try:
            os.write(fd, data)
        finally:
            os.close(fd)
        self.files += 1

    def w(self, path, text):
        self.wb(path, text.encode())

    def attrs(self, d, pairs):
        for k, v in pairs:
            self.w(os.path.join(d, k), v + "\n")

    @staticmethod
    def link(target, linkpath):
        os.symlink(os.path.relpath(target, os.path.dirname(linkpath)), linkpath)

    def driver_dir(self, bus, name):
        d = os.path.join(self.sys, "bus", bus, "drivers", name)
        if d not in self.drivers_made:
            self.drivers_made.add(d)
            os.makedirs(d)
            for f in ("bind", "unbind", "uevent"):
                self.w(os.path.join(d, f), "")
        return d

    def bind(self, devpath, bus, driver):
        dd = self.driver_dir(bus, driver)
        self.link(dd, os.path.join(devpath, "driver"))
        self.link(devpath, os.path.join(dd, os.path.basename(devpath)))

    # -- controllers

    def controller(self, pci, model):
        vid, did, svid, sdid, rev, _ = model
        d = os.path.join(self.pci_root, pci)
        os.makedirs(os.path.join(d, "power"))
        modalias = "pci:v%08Xd%08Xsv%08Xsd%08Xbc0Csc03i30" % (vid, did, svid, sdid)
        self.attrs(d, [("vendor", "0x%04x" % vid), ("device", "0x%04x" % did),
                       ("subsystem_vendor", "0x%04x" % svid),
                       ("subsystem_device", "0x%04x" % sdid), ("class", "0x0c0330"),
                       ("revision", "0x%02x" % rev), ("enable", "1"), ("numa_node", "-1"),
                       ("irq", str(120 + len(os.listdir(self.pci_root)))),
                       ("modalias", modalias),
                       ("uevent", "DRIVER=xhci_hcd\nPCI_CLASS=C0330\nPCI_ID=%04X:%04X\n"
                                  "PCI_SUBSYS_ID=%04X:%04X\nPCI_SLOT_NAME=%s\nMODALIAS=%s"
                        % (vid, did, svid, sdid, pci, modalias)),
                       ("power/control", "auto"), ("power/runtime_status", "active")])
        self.link(os.path.join(self.sys, "bus/pci"), os.path.join(d, "subsystem"))
        self.bind(d, "pci", "xhci_hcd")
        self.link(d, os.path.join(self.sys, "bus/pci/devices", pci))
        return d

    # -- USB devices

    def endpoint_dir(self, parent, ep, speed, mps0=None):
        if ep is None:  # ep_00, the default control pipe
            addr, attrs, wmps, binterval = 0, 0, mps0, 0
        else:
            addr, attrs, wmps, binterval = ep.addr, ep.attrs, ep.wmps, ep.interval
        d = os.path.join(parent, "ep_%02x" % addr)
        os.mkdir(d)
        xfer = attrs & 3
        interval = 0
        if xfer == 1:
            interval = 1 << (binterval - 1)
        elif xfer == 3:
            interval = (1 << (binterval - 1)) if speed == HS else binterval
        elif xfer == 2 and speed == HS and not addr & 0x80:
            interval = binterval
        interval *= 125 if speed == HS else 1000
        itext = ("%dus" % interval) if interval % 1000 else ("%dms" % (interval // 1000))
        self.attrs(d, [("bLength", "07"), ("bEndpointAddress", "%02x" % addr),
                       ("bmAttributes", "%02x" % attrs), ("bInterval", "%02x" % binterval),
                       ("wMaxPacketSize", "%04x" % wmps),
                       ("type", ("Control", "Isoc", "Bulk", "Interrupt")[xfer]),
                       ("interval", itext),
                       ("direction", "both" if xfer == 0 else "in" if addr & 0x80 else "out")])

    def device(self, dev, parent_path):
        s = dev.spec
        d = os.path.join(parent_path, dev.name)
        dev.path = d
        os.makedirs(os.path.join(d, "power"))
        strings = {}
        cfg = s.configs[0]
        minor = (dev.bus.num - 1) * 128 + dev.devnum - 1
        cls, sub, proto = s.cls
        i_man = 3 if dev.is_root else 1
        i_prod = 2
        i_ser = 1 if dev.is_root else 3
        desc = struct.pack("<BBHBBBBHHHBBBB", 18, 1, s.bcd_usb, cls, sub, proto, s.mps0, s.vid,
                           s.pid, s.bcd_device, i_man if s.manufacturer else 0,
                           i_prod if s.product else 0, i_ser if s.serial else 0, len(s.configs))
        nstr = 4
        for c in s.configs:
            for it in c.intfs:
                for a in it.alts:
                    if a.string and a.string not in strings:
                        strings[a.string] = nstr
                        nstr += 1
        for c in s.configs:
            desc += c.raw(strings)
        self.wb(os.path.join(d, "descriptors"), desc)
        unit = 8 if dev.speed == SS else 2
        if dev.is_root:
            removable = "unknown"
        elif dev.port.hub.is_root:
            removable = {"hotplug": "removable", "hardwired": "fixed"}.get(dev.port.ctype,
                                                                          "unknown")
        else:
            removable = "removable"
        pc = s.power_control
        pairs = [("authorized", "1"), ("avoid_reset_quirk", "0"),
                 ("bcdDevice", "%04x" % s.bcd_device), ("bConfigurationValue", "%u" % cfg.value),
                 ("bDeviceClass", "%02x" % cls), ("bDeviceProtocol", "%02x" % proto),
                 ("bDeviceSubClass", "%02x" % sub), ("bmAttributes", "%2x" % cfg.attrs),
                 ("bMaxPacketSize0", "%d" % s.mps0), ("bMaxPower", "%dmA" % (cfg.power_raw * unit)),
                 ("bNumConfigurations", "%d" % len(s.configs)),
                 ("bNumInterfaces", "%2d" % len(cfg.intfs)), ("busnum", "%d" % dev.bus.num),
                 ("dev", "%d:%d" % (USB_MAJOR, minor)), ("devnum", "%d" % dev.devnum),
                 ("devpath", dev.devpath), ("idProduct", "%04x" % s.pid),
                 ("idVendor", "%04x" % s.vid),
                 ("ltm_capable", "yes" if dev.speed == SS and dev.is_root else "no"),
                 ("maxchild", "%d" % s.nports), ("quirks", "0x0"), ("removable", removable),
                 ("rx_lanes", "1"), ("tx_lanes", "1"), ("speed", dev.speed),
                 ("urbnum", "%d" % (40 + dev.devnum * 7)),
                 ("version", "%2x.%02x" % (s.bcd_usb >> 8, s.bcd_usb & 0xFF)),
                 ("uevent", "MAJOR=%d\nMINOR=%d\nDEVNAME=bus/usb/%03d/%03d\nDEVTYPE=usb_device\n"
                            "DRIVER=usb\nPRODUCT=%x/%x/%x\nTYPE=%d/%d/%d\nBUSNUM=%03d\nDEVNUM=%03d"
                  % (USB_MAJOR, minor, dev.bus.num, dev.devnum, s.vid, s.pid, s.bcd_device,
                     cls, sub, proto, dev.bus.num, dev.devnum)),
                 ("power/control", pc), ("power/level", pc),
                 ("power/autosuspend", "0" if dev.is_root else "2"),
                 ("power/autosuspend_delay_ms", "0" if dev.is_root else "2000"),
                 ("power/runtime_status", "active"),
                 ("power/active_duration", "%d" % (100000 + dev.devnum)),
                 ("power/connected_duration", "%d" % (100000 + dev.devnum)),
                 ("power/wakeup", "enabled" if cfg.attrs & 0x20 and s.nports else
                  "disabled" if cfg.attrs & 0x20 else "")]
        if s.manufacturer is not None:
            pairs.append(("manufacturer", s.manufacturer))
        if s.product is not None:
            pairs.append(("product", s.product))
        if s.serial is not None:
            pairs.append(("serial", s.serial))
        if s.kind != "hub" and not dev.is_root:
            pairs.append(("power/persist", "1"))
        if dev.speed == SS and not dev.is_root:
            pairs += [("power/usb3_hardware_lpm_u1", "enabled"),
                      ("power/usb3_hardware_lpm_u2", "enabled")]
        if dev.is_root:
            pairs += [("authorized_default", "1"), ("interface_authorized_default", "1")]
        pairs = [(k, v) for k, v in pairs if not (k == "power/wakeup" and v == "")]
        self.attrs(d, pairs)
        self.w(os.path.join(d, "configuration"), "")  # no iConfiguration string: empty
        self.w(os.path.join(d, "remove"), "")
        self.endpoint_dir(d, None, dev.speed, s.mps0 if dev.speed != SS else 512)
        self.link(os.path.join(self.sys, "bus/usb"), os.path.join(d, "subsystem"))
        self.bind(d, "usb", "usb")
        self.link(d, os.path.join(self.usb_devices, dev.name))
        self.link(d, os.path.join(self.sys, "dev/char", "%d:%d" % (USB_MAJOR, minor)))
        for it in cfg.intfs:
            self.interface(dev, it, cfg.value)
        return d

    def interface(self, dev, it, cfgval):
        s = dev.spec
        name = "%s:%d.%d" % (dev.base, cfgval, it.num)
        d = os.path.join(dev.path, name)
        it.sysname, it.path = name, d
        os.makedirs(os.path.join(d, "power"))
        a = it.alts[it.cur]
        cls, sub, proto = s.cls
        modalias = ("usb:v%04Xp%04Xd%04Xdc%02Xdsc%02Xdp%02Xic%02Xisc%02Xip%02Xin%02X"
                    % (s.vid, s.pid, s.bcd_device, cls, sub, proto, a.cls, a.sub, a.proto,
                       it.num))
        uevent = ("DEVTYPE=usb_interface\n%sPRODUCT=%x/%x/%x\nTYPE=%d/%d/%d\nINTERFACE=%d/%d/%d\n"
                  "MODALIAS=%s" % ("DRIVER=%s\n" % it.driver if it.driver else "", s.vid, s.pid,
                                   s.bcd_device, cls, sub, proto, a.cls, a.sub, a.proto,
                                   modalias))
        pairs = [("authorized", "1"), ("bAlternateSetting", "%2d" % it.cur),
                 ("bInterfaceClass", "%02x" % a.cls), ("bInterfaceNumber", "%02x" % it.num),
                 ("bInterfaceProtocol", "%02x" % a.proto),
                 ("bInterfaceSubClass", "%02x" % a.sub), ("bNumEndpoints", "%02x" % len(a.eps)),
                 ("modalias", modalias),
                 ("supports_autosuspend", "%d" % DRIVER_SUPPORTS_AUTOSUSPEND.get(it.driver, 1)),
                 ("uevent", uevent), ("power/runtime_status", "active")]
        if a.string:
            pairs.append(("interface", a.string))
        if it.iad is not None:
            first, count, fc, fs, fp = it.iad
            pairs += [("iad_bFirstInterface", "%02x" % first),
                      ("iad_bInterfaceCount", "%02d" % count),
                      ("iad_bFunctionClass", "%02x" % fc), ("iad_bFunctionSubClass", "%02x" % fs),
                      ("iad_bFunctionProtocol", "%02x" % fp)]
        self.attrs(d, pairs)
        for e in a.eps:
            self.endpoint_dir(d, e, dev.speed)
        self.link(os.path.join(self.sys, "bus/usb"), os.path.join(d, "subsystem"))
        if it.driver:
            self.bind(d, "usb", it.driver)
        self.link(d, os.path.join(self.usb_devices, name))
        if s.nports and a.cls == 9:
            for p in dev.ports:
                p.path = os.path.join(d, p.name)
        if s.storage and it.driver in ("usb-storage", "uas"):
            self.scsi_disk(d, s.storage)

    def scsi_disk(self, intf_path, storage):
        vendor, model, sectors, partitioned = storage
        h = self.scsi_host
        self.scsi_host += 1
        n = self.disk_index
        self.disk_index += 1
        name, k = "", n
        while True:
            name = chr(ord("a") + k % 26) + name
            k = k // 26 - 1
            if k < 0:
                break
        name = "sd" + name
        majors = [8, 65, 66, 67, 68, 69, 70, 71, 128, 129, 130, 131, 132, 133, 134, 135]
        major = majors[(n // 16) % len(majors)]
        minor = (n % 16) * 16 + (n // (16 * len(majors))) * 256
        lun = os.path.join(intf_path, "host%d" % h, "target%d:0:0" % h, "%d:0:0:0" % h)
        blk = os.path.join(lun, "block", name)
        os.makedirs(blk)
        self.attrs(lun, [("vendor", "%-8s" % vendor[:8]), ("model", "%-16s" % model[:16]),
                         ("rev", "1.00"), ("type", "0"), ("state", "running")])
        removable = "1" if "SSD" not in model else "0"
        self.attrs(blk, [("size", "%d" % sectors), ("removable", removable), ("ro", "0"),
                         ("dev", "%d:%d" % (major, minor)),
                         ("uevent", "MAJOR=%d\nMINOR=%d\nDEVNAME=%s\nDEVTYPE=disk\nDISKSEQ=%d"
                          % (major, minor, name, n + 8))])
        self.link(os.path.join(self.sys, "class/block"), os.path.join(blk, "subsystem"))
        self.link(blk, os.path.join(self.sys, "block", name))
        self.link(blk, os.path.join(self.sys, "class/block", name))
        self.link(blk, os.path.join(self.sys, "dev/block", "%d:%d" % (major, minor)))
        if partitioned and sectors:
            pname = name + "1"
            pd = os.path.join(blk, pname)
            os.mkdir(pd)
            self.attrs(pd, [("size", "%d" % (sectors - 2048)), ("start", "2048"),
                            ("partition", "1"), ("ro", "0"), ("dev", "%d:%d" % (major, minor + 1)),
                            ("uevent", "MAJOR=%d\nMINOR=%d\nDEVNAME=%s\nDEVTYPE=partition\nPARTN=1"
                             % (major, minor + 1, pname))])
            self.link(pd, os.path.join(self.sys, "class/block", pname))
            self.link(pd, os.path.join(self.sys, "dev/block", "%d:%d" % (major, minor + 1)))

    def port(self, p):
        os.makedirs(os.path.join(p.path, "power"))
        state = "not attached" if p.child is None else "configured"
        pairs = [("connect_type", p.ctype), ("location", "0x%08x" % p.location),
                 ("quirks", "00000000"), ("over_current_count", "%u" % p.oc), ("disable", "0"),
                 ("early_stop", "no"), ("state", state), ("power/control", "auto"),
                 ("power/runtime_status", "active" if p.child else "suspended"),
                 ("uevent", "DEVTYPE=usb_port")]
        if p.ss:
            pairs.append(("usb3_lpm_permit", "u1_u2"))
        self.attrs(p.path, pairs)
        if p.child is not None:
            self.link(p.child.path, os.path.join(p.path, "device"))
            self.link(p.path, os.path.join(p.child.path, "port"))
        if p.peer is not None:
            self.link(p.peer.path, os.path.join(p.path, "peer"))


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("outdir")
    ap.add_argument("--controllers", type=int, default=2)
    ap.add_argument("--devices", type=int, default=20,
                    help="USB devices to create, root hubs not counted (external hubs are)")
    ap.add_argument("--hub-depth", type=int, default=3,
                    help="external hub tiers below a root port, 0..5 (USB allows 5)")
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    if not 1 <= args.controllers <= 32 * 8:
        ap.error("--controllers must be 1..256")
    if not 0 <= args.hub_depth <= 5:
        ap.error("--hub-depth must be 0..5")
    if args.devices < 0:
        ap.error("--devices must be >= 0")
    sysdir = os.path.join(args.outdir, "sys")
    if os.path.lexists(sysdir):
        ap.error("%s already exists" % sysdir)
    t0 = time.monotonic()
    topo = Topology(args)
    missing = topo.build(args.controllers, args.devices)
    if missing:
        sys.exit("gen_sysfs_tree: only room for %d of %d devices (max %d per bus, hub depth %d):"
                 " use more --controllers or a larger --hub-depth"
                 % (args.devices - missing, args.devices, MAX_DEVNUM - 1, args.hub_depth))

    wr = Writer(args.outdir)
    ctl_path = {}
    for pci, model, _roots in topo.controllers:
        ctl_path[pci] = wr.controller(pci, model)
    for dev in topo.devices:  # parents come before their children
        parent = ctl_path[dev.pci] if dev.is_root else dev.port.hub.path
        wr.device(dev, parent)
    for p in topo.ports:
        os.makedirs(p.path)
    for p in topo.ports:
        wr.port(p)

    nonroot = [d for d in topo.devices if not d.is_root]
    hubs = sum(1 for d in nonroot if d.spec.nports)
    maxtier = max((d.tier for d in nonroot if d.spec.nports), default=0)
    print("gen_sysfs_tree: controllers=%d root_hubs=%d hubs=%d devices=%d ports=%d "
          "max_hub_tier=%d storage=%d files=%d seconds=%.2f out=%s"
          % (len(topo.controllers), len(topo.devices) - len(nonroot), hubs, len(nonroot),
             len(topo.ports), maxtier, topo.storage_count, wr.files, time.monotonic() - t0,
             sysdir), file=sys.stderr)


if __name__ == "__main__":
    main()
