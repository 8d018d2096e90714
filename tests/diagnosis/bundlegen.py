# SPDX-License-Identifier: GPL-3.0-or-later
"""Builds diagnostic bundles (format v1, docs/bundle.md) from a case's short spec.

A case (tests/data/diagnosis/*.toml) describes one machine as a user's bundle would show it: the
USB tree in sysfs (laid out as the kernel does: PCI controller, root hubs with port nodes and
peers, hubs, devices with interfaces, drivers, descriptors, block devices and mounts), the kernel
and audit logs, libvirt's guests with their definitions and QEMU logs, VMware .vmx files,
services, processes, device nodes, udev rules, configuration files and the error the user hit.
Everything not given is what a plain Debian desktop has. docs/testing.md describes the keys.
"""
import json
import os
import struct

XHCI_PCI = "0000:00:14.0"
USER = {"name": "alice", "uid": 1000, "groups": ["alice", "libvirt", "kvm"]}


class Tree:
    """A directory that grows like /sys: files, relative symlinks, attribute sets."""

    def __init__(self, root):
        self.root = root

    def write(self, rel, content):
        path = os.path.join(self.root, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as f:
            f.write(content if isinstance(content, bytes) else content.encode())

    def link(self, rel, target):
        path = os.path.join(self.root, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        if os.path.lexists(path):
            os.unlink(path)
        os.symlink(target, path)

    def attrs(self, d, values):
        for k, v in values.items():
            if v is not None:
                self.write(f"{d}/{k}", v if isinstance(v, bytes) else f"{v}\n")

    def up_to_root(self, d):
        return "../" * (d.count("/") + 1)

    def bus_link(self, name, d):  # sys/bus/usb/devices/NAME -> ../../../devices/...
        self.link(f"sys/bus/usb/devices/{name}", "../../../" + d[len("sys/"):])

    def driver_link(self, d, bus, driver):
        os.makedirs(os.path.join(self.root, f"sys/bus/{bus}/drivers/{driver}"), exist_ok=True)
        self.link(f"{d}/driver", self.up_to_root(d) + f"sys/bus/{bus}/drivers/{driver}")


EP_TYPES = {"control": 0, "iso": 1, "isochronous": 1, "bulk": 2, "interrupt": 3}


def descriptors(vid, pid, bcd_usb, dev_class, interfaces, self_powered, max_power_ma, superspeed):
    """The sysfs `descriptors` blob: the device descriptor, then the active configuration."""
    dev = struct.pack("<BBHBBBBHHHBBBB", 18, 1, bcd_usb, dev_class, 0, 0, 9 if superspeed else 64,
                      vid, pid, 0x0100, 1, 2, 3 if superspeed else 0, 1)
    body = b""
    for n, i in enumerate(interfaces):
        eps = i.get("endpoints", [])
        body += struct.pack("<BBBBBBBBB", 9, 4, n, 0, len(eps), int(i["class"], 16),
                            int(i.get("subclass", "00"), 16), int(i.get("protocol", "00"), 16), 0)
        for k, e in enumerate(eps):
            kind = EP_TYPES[e.get("type", "bulk")]
            addr = (0x80 if e.get("dir", "in") == "in" else 0) | (k + 1)
            body += struct.pack("<BBBBHB", 7, 5, addr, kind, e.get("size", 512), e.get("interval", 0))
            if superspeed:
                streams = e.get("streams", 0)  # the exponent: 2**n streams
                body += struct.pack("<BBBBH", 6, 0x30, 0, streams if kind == 2 else 0, 0)
    unit = 8 if superspeed else 2
    cfg = struct.pack("<BBHBBBBB", 9, 2, 9 + len(body), len(interfaces), 1, 0,
                      0x80 | (0x40 if self_powered else 0), min(255, max_power_ma // unit))
    return dev + cfg + body


class Host:
    """The USB part of sysfs: controllers, root hubs, port nodes, devices."""

    def __init__(self, tree):
        self.t = tree
        self.dirs = {}  # kernel name (usbN, 1-2, 1-2.3) -> its directory
        self.bus_speed = {}
        self.devnum = {}
        self.block_major_minor = 16
        self.blocks = {}  # sdb, sdb1 -> "8:16"

    def _ports(self, parent_name, parent_dir, n, peers=None):
        iface = f"{parent_dir}/{parent_name[3:]}-0:1.0" if parent_name.startswith("usb") else f"{parent_dir}/{parent_name}:1.0"
        for p in range(1, n + 1):
            pdir = f"{iface}/{parent_name}-port{p}"
            self.t.attrs(pdir, {"connect_type": "hotplug", "over_current_count": "0", "disable": "0"})
            if peers and p <= peers[1]:
                self.t.link(f"{pdir}/peer", f"../../../{peers[0]}/{peers[0][3:]}-0:1.0/{peers[0]}-port{p}")

    def controller(self, spec):
        kind = spec.get("kind", "xhci")
        pci = spec.get("pci", XHCI_PCI)
        bus = spec.get("bus", 1)
        ports = spec.get("ports", 4)
        cdir = f"sys/devices/pci0000:00/{pci}"
        ids = {"xhci": ("0x8086", "0xa36d", "0x0c0330", "xhci_hcd"), "ehci": ("0x8086", "0x1e26", "0x0c0320", "ehci-pci"),
               "uhci": ("0x8086", "0x7112", "0x0c0300", "uhci_hcd")}[kind]
        self.t.attrs(cdir, {"vendor": ids[0], "device": ids[1], "class": ids[2]})
        self.t.driver_link(cdir, "pci", ids[3])
        hubs = [(bus, "480", "2.00", "0002")] if kind == "ehci" else [(bus, "12", "1.10", "0001")] if kind == "uhci" \
            else [(bus, "480", "2.00", "0002"), (bus + 1, "5000", "3.10", "0003")]
        for k, (b, speed, version, pid) in enumerate(hubs):
            name = f"usb{b}"
            hdir = f"{cdir}/{name}"
            self.t.attrs(hdir, {"idVendor": "1d6b", "idProduct": pid, "speed": speed, "version": f" {version}",
                                "maxchild": ports, "bDeviceClass": "09", "busnum": b, "devnum": 1,
                                "authorized": 1, "authorized_default": spec.get("authorized_default", 1),
                                "bMaxPower": "0mA", "bConfigurationValue": 1,
                                "product": f"{kind.upper()} Host Controller",
                                "manufacturer": "Linux 6.1.0-28-amd64 " + ids[3]})
            self.t.bus_link(name, hdir)
            idir = f"{hdir}/{b}-0:1.0"
            self.t.attrs(idir, {"bInterfaceClass": "09", "bInterfaceNumber": "00"})
            self.t.driver_link(idir, "usb", "hub")
            peer = f"usb{hubs[1 - k][0]}" if len(hubs) == 2 else None
            self._ports(name, hdir, ports, (peer, ports) if peer else None)
            self.dirs[name] = hdir
            self.bus_speed[b] = float(speed)
            self.devnum[b] = 1

    def device(self, spec):
        name = spec["id"]
        bus = int(name.split("-")[0])
        parent = f"usb{bus}" if "." not in name else name.rsplit(".", 1)[0]
        port = name.split("-", 1)[1].rsplit(".", 1)[-1]
        pdir = self.dirs[parent]
        d = f"{pdir}/{name}"
        self.dirs[name] = d
        self.devnum[bus] += 1
        devnum = spec.get("devnum", self.devnum[bus])
        self.devnum[bus] = max(self.devnum[bus], devnum)
        speed = spec.get("speed", 5000 if self.bus_speed[bus] >= 5000 else 480)
        superspeed = speed >= 5000
        hub_ports = spec.get("hub_ports", 0)
        ifaces = spec.get("interfaces", [{"class": "09"}] if hub_ports else [{"class": "08", "driver": "usb-storage"}])
        ifaces = [{"class": i} if isinstance(i, str) else i for i in ifaces]
        dev_class = spec.get("class", "09" if hub_ports else "00")
        authorized = spec.get("authorized", True)
        configured = spec.get("configured", authorized)
        max_power = spec.get("max_power", 0 if hub_ports else (896 if superspeed else 200))
        version = spec.get("version", "3.20" if superspeed else "2.00")
        a = {"idVendor": spec.get("vid", "0781"), "idProduct": spec.get("pid", "5567"),
             "manufacturer": spec.get("manufacturer"), "product": spec.get("product"), "serial": spec.get("serial"),
             "speed": ("%g" % speed), "version": f" {version}", "bDeviceClass": dev_class,
             "bDeviceSubClass": "00", "bDeviceProtocol": "00", "busnum": bus, "devnum": devnum,
             "authorized": 1 if authorized else 0, "bMaxPower": f"{max_power}mA",
             "bConfigurationValue": 1 if configured else "", "bNumConfigurations": 1, "maxchild": hub_ports,
             "removable": spec.get("removable", "removable"), "devpath": name.split("-", 1)[1]}
        if "descriptors" not in spec or spec["descriptors"]:
            bcd = int(version.replace(".", ""), 16) if version.replace(".", "").isalnum() else 0x200
            a["descriptors"] = descriptors(int(a["idVendor"], 16), int(a["idProduct"], 16), bcd, int(dev_class, 16),
                                           ifaces, spec.get("self_powered", bool(hub_ports)), max_power, superspeed)
        self.t.attrs(d, a)
        self.t.write(f"{d}/power/control", spec.get("power_control", "on") + "\n")
        self.t.bus_link(name, d)
        if spec.get("driver", "usb"):
            self.t.driver_link(d, "usb", spec.get("driver", "usb"))
        # The parent hub's port node points at the device.
        piface = f"{pdir}/{parent[3:]}-0:1.0" if parent.startswith("usb") else f"{pdir}/{parent}:1.0"
        pnode = f"{piface}/{parent}-port{port}"
        if os.path.isdir(os.path.join(self.t.root, pnode)):
            self.t.link(f"{pnode}/device", f"../../{name}")
        if not configured:
            return d  # no configuration: no interfaces
        for n, i in enumerate(ifaces):
            idir = f"{d}/{name}:1.{n}"
            self.t.attrs(idir, {"bInterfaceClass": i["class"], "bInterfaceSubClass": i.get("subclass", "00"),
                                "bInterfaceProtocol": i.get("protocol", "00"), "bInterfaceNumber": f"{n:02x}",
                                "bAlternateSetting": " 0", "bNumEndpoints": f"{len(i.get('endpoints', [])):02x}",
                                "authorized": 0 if i.get("authorized") is False else 1})
            self.t.bus_link(f"{name}:1.{n}", idir)
            if authorized and i.get("driver", "hub" if i["class"] == "09" else None):
                self.t.driver_link(idir, "usb", i.get("driver", "hub"))
            for blk in (i.get("block", []) if authorized else []):
                self.block(idir, blk)
        if hub_ports:
            self._ports(name, d, hub_ports)
        return d

    def block(self, idir, blk):
        disk = blk["name"]
        n = self.block_major_minor
        self.block_major_minor += 16
        bdir = f"{idir}/host6/target6:0:0/6:0:0:0/block/{disk}"
        self.t.attrs(bdir, {"dev": f"8:{n}", "size": blk.get("sectors", 62521344), "removable": 1})
        self.blocks[disk] = f"8:{n}"
        for k, part in enumerate(blk.get("partitions", []), start=1):
            self.t.attrs(f"{bdir}/{part}", {"dev": f"8:{n + k}", "size": blk.get("sectors", 62521344) - 2048,
                                            "partition": k})
            self.blocks[part] = f"8:{n + k}"

    def port(self, spec):
        pid = spec["id"]  # usb1-port3, 1-2-port1
        owner = pid.rsplit("-port", 1)[0]
        d = self.dirs[owner]
        iface = f"{d}/{owner[3:]}-0:1.0" if owner.startswith("usb") else f"{d}/{owner}:1.0"
        self.t.attrs(f"{iface}/{pid}", {k: v for k, v in spec.items() if k != "id"})


def domain_xml(name, dom):
    if "xml" in dom:
        return dom["xml"]
    return (f"<domain type='{dom.get('type', 'kvm')}'>\n  <name>{name}</name>\n"
            f"  <uuid>{dom.get('uuid', '0e9c1a3f-5b6d-4c2e-9f1a-2b3c4d5e6f70')}</uuid>\n"
            f"  <memory unit='KiB'>4194304</memory>\n  <vcpu placement='static'>2</vcpu>\n"
            f"  <os>\n    <type arch='x86_64' machine='{dom.get('machine', 'pc-q35-7.2')}'>hvm</type>\n  </os>\n"
            f"  <devices>\n    <emulator>/usr/bin/qemu-system-x86_64</emulator>\n"
            + "".join(f"    {line.strip()}\n" for line in dom.get("devices", "").strip().splitlines() if line.strip())
            + "  </devices>\n</domain>\n")


def build(spec, out):
    """Writes the bundle of `spec` (a parsed case, or its healthy twin) into the directory `out`."""
    t = Tree(out)
    h = Host(t)
    os.makedirs(os.path.join(out, "sys/bus/usb/devices"), exist_ok=True)
    for c in spec.get("controllers", [{"kind": "xhci"}]):
        h.controller(c)
    for dev in sorted(spec.get("devices", []), key=lambda d: d["id"].count(".")):
        h.device(dev)
    for p in spec.get("ports", []):
        h.port(p)
    manifest = {"format": "plugboard-bundle", "version": 1, "collected_at": "2026-11-25T10:00:00Z",
                "user": spec.get("user", USER)}
    for key in ("services", "processes", "device_nodes", "open_device_nodes", "files", "selinux", "apparmor",
                "last_error", "subject"):
        if key in spec:
            manifest[key] = spec[key]
    if "kernel_log" in spec:
        t.write("logs/kernel.log", spec["kernel_log"].lstrip("\n"))
    if "audit_log" in spec:
        t.write("logs/audit.log", spec["audit_log"].lstrip("\n"))
    mounts = ["22 1 259:2 / / rw,relatime shared:1 - ext4 /dev/nvme0n1p2 rw,errors=remount-ro"]
    for dev in spec.get("devices", []):
        for i in dev.get("interfaces", []):
            for blk in (i.get("block", []) if isinstance(i, dict) else []):
                for part, where in blk.get("mounted", {}).items():
                    where = where.replace(" ", "\\040")
                    mounts.append(f"{90 + len(mounts)} 22 {h.blocks[part]} / {where} "
                                  f"rw,nosuid,nodev,relatime shared:{300 + len(mounts)} - vfat /dev/{part} rw")
    t.write("proc/self/mountinfo", "\n".join(mounts) + "\n")
    if "modules" in spec:
        t.write("proc/modules", "".join(f"{m} 16384 0 - Live 0x0000000000000000\n" for m in spec["modules"]))
    for rel, text in spec.get("bundle_files", {}).items():  # udev rules, qemu.conf, usbguard's conf …
        t.write(rel.lstrip("/"), text.lstrip("\n"))
    if "usbguard_devices" in spec:
        t.write("logs/usbguard-list-devices.txt", spec["usbguard_devices"].lstrip("\n"))
        manifest["usbguard"] = {"list_devices": "logs/usbguard-list-devices.txt"}
    conns = []
    for conn in spec.get("libvirt", []):
        tag = conn["uri"].split(":")[0].replace("+", "-") + "-" + conn["uri"].rstrip("/").rsplit("/", 1)[-1]
        c = {"uri": conn["uri"], "libvirt_version": conn.get("libvirt_version", "9.0.0"),
             "hypervisor_version": conn.get("hypervisor_version", "7.2.0"), "error": conn.get("error")}
        if "domcapabilities" in conn:
            t.write(f"libvirt/{tag}-domcaps.xml", conn["domcapabilities"].lstrip("\n"))
            c["domcapabilities"] = f"libvirt/{tag}-domcaps.xml"
        doms = []
        for dom in conn.get("domains", []):
            name = dom["name"]
            d = {"name": name, "uuid": dom.get("uuid", "0e9c1a3f-5b6d-4c2e-9f1a-2b3c4d5e6f70"),
                 "state": dom.get("state", "running"), "xml": f"libvirt/{tag}-{name}.xml"}
            t.write(d["xml"], domain_xml(name, dom))
            if "inactive_devices" in dom or "inactive_xml" in dom:
                inactive = dict(dom)
                inactive.pop("xml", None)
                if "inactive_xml" in dom:
                    inactive["xml"] = dom["inactive_xml"]
                else:
                    inactive["devices"] = dom["inactive_devices"]
                d["inactive_xml"] = f"libvirt/{tag}-{name}.inactive.xml"
                t.write(d["inactive_xml"], domain_xml(name, inactive))
            if "log" in dom:
                d["log"] = f"libvirt/{tag}-{name}.log"
                t.write(d["log"], dom["log"].lstrip("\n"))
            doms.append(d)
        c["domains"] = doms
        conns.append(c)
    if conns:
        manifest["libvirt"] = conns
    vms = []
    for n, vm in enumerate(spec.get("vmware", [])):
        rel = f"vmware/{n}-{os.path.basename(vm['path'])}"
        t.write(rel, vm["vmx"].lstrip("\n"))
        vms.append({"vmx": rel, "path": vm["path"], "running": vm.get("running", False)})
    if vms:
        manifest["vmware"] = vms
    t.write("bundle.json", json.dumps(manifest, indent=2, ensure_ascii=False) + "\n")


def healthy_twin(spec):
    """The same machine without the fault: the case's [healthy] keys replace its own; devices_patch
    and domains_patch change single devices and guests."""
    twin = {k: v for k, v in spec.items() if k != "healthy"}
    h = dict(spec.get("healthy", {}))
    for dev_id, patch in h.pop("devices_patch", {}).items():
        twin["devices"] = [dict(d, **patch) if d["id"] == dev_id else d for d in twin.get("devices", [])]
    for name, patch in h.pop("domains_patch", {}).items():
        conns = []
        for c in twin.get("libvirt", []):
            c = dict(c)
            c["domains"] = [dict(d, **patch) if d["name"] == name else d for d in c.get("domains", [])]
            conns.append(c)
        twin["libvirt"] = conns
    for key in h.pop("remove", []):
        twin.pop(key, None)
    twin.update(h)
    return twin
