#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""System tests: a Linux guest under QEMU (TCG) with emulated USB hardware and this machine's own
filesystem as its root, running Plugboard against a real kernel USB stack and real udev.

Usage: systest.py --build BUILD_DIR --cache CACHE_DIR --artifacts DIR SCENARIO
The kernel, busybox and kmod come from Debian's packages (apt-get download), cached by version
under CACHE_DIR. Exit 77 (skipped, with the reason) when qemu-system-x86_64 is missing.
See docs/testing.md for why each step is the way it is."""
import argparse
import atexit
import json
import lzma
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
# UDisks2 and the libraries Debian 12's udisksd needs beyond what this machine has (unpacked into
# the guest's overlay by scenarios that run it).
UDISKS_PACKAGES = ["udisks2", "libudisks2-0", "libblockdev2", "libblockdev-utils2", "libblockdev-fs2",
                   "libblockdev-loop2", "libblockdev-part2", "libblockdev-part-err2", "libblockdev-swap2",
                   "libblockdev-crypto2", "libatasmart4", "libparted-fs-resize0", "libvolume-key1", "libgpgme11",
                   "libpopt0"]
MODULES_9P = ["virtio_ring", "virtio", "virtio_pci_modern_dev", "virtio_pci_legacy_dev", "virtio_pci", "netfs",
              "fscache", "9pnet", "9pnet_virtio", "9p", "overlay"]


def log(msg):
    print(f"[{time.strftime('%H:%M:%S')}] {msg}", flush=True)


def run(*cmd, **kw):
    return subprocess.run(cmd, check=True, **kw)


def output(*cmd):
    return subprocess.run(cmd, check=True, capture_output=True, text=True).stdout


def candidate(pkg):
    for line in output("apt-cache", "policy", pkg).splitlines():
        if "Candidate:" in line:
            return line.split()[1]
    raise SystemExit(f"FAIL: apt knows no package {pkg} (apt-get update first)")


def kernel_package():
    for line in output("apt-cache", "depends", "linux-image-amd64").splitlines():
        if "Depends:" in line and "linux-image-" in line:
            return line.split()[-1]
    raise SystemExit("FAIL: linux-image-amd64 names no kernel package")


def extract_vmlinux(vmlinuz, out):
    data = open(vmlinuz, "rb").read()
    at = data.find(b"\xfd7zXZ\x00")
    if at < 0:
        raise SystemExit("FAIL: no xz stream in " + vmlinuz)
    d = lzma.LZMADecompressor()
    with open(out, "wb") as f:
        f.write(d.decompress(data[at:]))


def ensure_assets(cache):
    """Kernel (ELF vmlinux), its modules with depmod's indexes, kmod, udev, UDisks2 and an initramfs."""
    kpkg = kernel_package()
    key = "v3_" + (f"{kpkg}_{candidate(kpkg)}_busybox_{candidate('busybox-static')}_kmod_{candidate('kmod')}"
                   f"_udev_{candidate('udev')}_udisks2_{candidate('udisks2')}").replace(":", "-")
    ready = os.path.join(cache, key + ".ready")
    root = os.path.join(cache, "root")
    udev_root = os.path.join(cache, "udev-root")
    if not os.path.exists(ready):
        log(f"set-up: downloading {kpkg}, busybox-static, kmod and udev")
        shutil.rmtree(cache, ignore_errors=True)
        debs = os.path.join(cache, "debs")
        os.makedirs(debs)
        os.chmod(debs, 0o777)  # apt's _apt user downloads into it (else apt warns and falls back to root)
        run("apt-get", "download", "-q", kpkg, "busybox-static", "kmod", "udev", cwd=debs, stdout=subprocess.DEVNULL)
        for deb in os.listdir(debs):
            # udev goes into the guest's overlay as it is (its rules, helpers and a fresh hwdb).
            run("dpkg", "-x", os.path.join(debs, deb), udev_root if deb.startswith("udev_") else root)
        shutil.rmtree(debs)
        os.makedirs(debs)
        os.chmod(debs, 0o777)  # apt's _apt user downloads into it (else apt warns and falls back to root)
        run("apt-get", "download", "-q", *UDISKS_PACKAGES, cwd=debs, stdout=subprocess.DEVNULL)
        for deb in os.listdir(debs):
            run("dpkg", "-x", os.path.join(debs, deb), os.path.join(cache, "udisks-root"))
        shutil.rmtree(debs)
        run("systemd-hwdb", "update", "--root=" + udev_root, "--usr")
        kver = os.listdir(os.path.join(root, "lib/modules"))[0]
        kmod = os.path.join(root, "bin/kmod")
        subprocess.run(["depmod", "-b", root, kver], executable=kmod, check=True)
        extract_vmlinux(os.path.join(root, "boot", "vmlinuz-" + kver), os.path.join(cache, "vmlinux"))
        init = os.path.join(cache, "initramfs")
        os.makedirs(os.path.join(init, "bin"))
        os.makedirs(os.path.join(init, "mods"))
        for d in ("proc", "sys", "dev", "tmp"):
            os.makedirs(os.path.join(init, d))
        shutil.copy(os.path.join(root, "bin/busybox"), os.path.join(init, "bin/busybox"))
        shutil.copy(os.path.join(HERE, "guest-init.sh"), os.path.join(init, "init"))
        os.chmod(os.path.join(init, "init"), 0o755)
        moddir = os.path.join(root, "lib/modules", kver)
        found = {}
        for dirpath, _, files in os.walk(moddir):
            for f in files:
                name = f.split(".ko")[0].replace("-", "_")
                if name in MODULES_9P:
                    found[name] = os.path.join(dirpath, f)
        for name in MODULES_9P:
            if name not in found:
                continue  # built in
            src, dst = found[name], os.path.join(init, "mods", name + ".ko")
            if src.endswith(".xz"):
                open(dst, "wb").write(lzma.open(src).read())
            else:
                shutil.copy(src, dst)
        listing = subprocess.run(["find", "."], cwd=init, check=True, capture_output=True).stdout
        with open(os.path.join(cache, "initramfs.cpio"), "wb") as out:
            subprocess.run([os.path.join(init, "bin/busybox"), "cpio", "-o", "-H", "newc"], cwd=init, input=listing,
                           stdout=out, stderr=subprocess.DEVNULL, check=True)
        open(os.path.join(cache, "kver"), "w").write(kver)
        open(ready, "w").write("ok\n")
        log("set-up done")
    return {"vmlinux": os.path.join(cache, "vmlinux"), "initrd": os.path.join(cache, "initramfs.cpio"),
            "kver": open(os.path.join(cache, "kver")).read().strip(), "cache": cache}


class Qmp:
    def __init__(self, path, timeout=30):
        deadline = time.time() + timeout
        while True:
            try:
                self.s = socket.socket(socket.AF_UNIX)
                self.s.connect(path)
                break
            except OSError:
                if time.time() > deadline:
                    raise
                time.sleep(0.1)
        self.f = self.s.makefile("rw")
        json.loads(self.f.readline())
        self.cmd("qmp_capabilities")
        self.events = []

    def cmd(self, name, **args):
        self.f.write(json.dumps({"execute": name, "arguments": args}) + "\n")
        self.f.flush()
        while True:
            msg = json.loads(self.f.readline())
            if "event" in msg:
                self.events.append(msg)
                continue
            if "error" in msg:
                raise RuntimeError(f"QMP {name}: {msg['error']}")
            return msg.get("return")


class GuestLockedUp(SystemExit):
    """The guest's kernel reported a soft lockup or an RCU stall (see Guest.locked_up)."""


class Guest:
    """One boot: the scenario's guest script runs inside; the host side talks QMP and flag files."""

    live = []  # every guest of this run, for a retry after a lockup

    def __init__(self, assets, out, guest_script, usb_args, memory=1536):
        # The artifacts stay under the build folder (`out`), however long its path. QEMU's sockets
        # and the guest's writable 9p share live in a short private folder instead (an AF_UNIX
        # path holds at most 107 bytes) and are copied to `out` when the scenario ends.
        self.artifacts = out
        Guest.live.append(self)
        os.makedirs(out, exist_ok=True)
        for f in os.listdir(out):
            p = os.path.join(out, f)
            if os.path.isfile(p) or os.path.islink(p):
                os.unlink(p)
            elif os.path.isdir(p):
                shutil.rmtree(p)  # a bundle or screenshots of an earlier run
        runtime = os.environ.get("XDG_RUNTIME_DIR", "")
        self.private = tempfile.mkdtemp(prefix="pb-", dir=runtime if os.path.isdir(runtime) else "/tmp")
        self.out = os.path.join(self.private, "out")
        os.mkdir(self.out)
        atexit.register(self.keep)  # runs after kill (atexit is last in, first out)
        self.qmp_path = os.path.join(self.private, "qmp.sock")
        # The scenario's script goes on the kernel command line: from the short folder too.
        script = os.path.join(self.private, os.path.basename(guest_script))
        shutil.copy(guest_script, script)
        append = (f"console=ttyS0 quiet panic=-1 rdinit=/init pb.stage2={HERE}/guest-stage2.sh "
                  f"pb.scenario={script} pb.cache={assets['cache']} pb.kver={assets['kver']}")
        cmd = ["timeout", "600", "qemu-system-x86_64", "-machine", "q35,accel=tcg", "-cpu", "max", "-smp", "2",
               "-m", str(memory), "-display", "none", "-no-reboot", "-serial", "file:" + os.path.join(self.out, "serial.log"),
               "-kernel", assets["vmlinux"], "-initrd", assets["initrd"], "-append", append,
               "-virtfs", "local,path=/,mount_tag=hostroot,security_model=none,readonly=on,multidevs=remap",
               "-virtfs", f"local,path={self.out},mount_tag=out,security_model=none",
               "-qmp", f"unix:{self.qmp_path},server=on,wait=off"] + usb_args
        self.started = time.time()
        # A session of its own: killing it kills QEMU too, not only `timeout`.
        self.proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL,
                                     stderr=open(os.path.join(self.out, "qemu.log"), "w"), start_new_session=True)
        atexit.register(self.kill)  # a failed scenario never leaves its QEMU behind
        self.qmp = Qmp(self.qmp_path)

    def keep(self, dest=None):
        """Copies what the guest wrote into the artifacts folder and removes the private one."""
        if not os.path.isdir(self.out):
            return  # kept already
        shutil.copytree(self.out, dest or self.artifacts, symlinks=True, dirs_exist_ok=True,
                        ignore=lambda d, names: [n for n in names if n.endswith(".sock")])
        shutil.rmtree(self.private, ignore_errors=True)

    def locked_up(self):
        """The line where the guest's kernel reported a soft lockup, or "". TCG inside TCG on a
        2-core host: a vCPU thread starved of host CPU time stalls the guest's timers, and a
        nested qemu-system-x86 then spins in the guest kernel for minutes (seen in about one run
        of ten of 'pull', from short and long paths alike; serial.log keeps the RCU report)."""
        try:
            text = open(os.path.join(self.out, "serial.log"), errors="replace").read()
        except OSError:
            return ""
        m = re.search(r"^.*(soft lockup|self-detected stall).*$", text, re.M)
        return m.group(0).strip() if m else ""

    def kill(self):
        if self.proc.poll() is None:
            try:
                os.killpg(self.proc.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            self.proc.wait()

    def wait_flag(self, name, timeout=240):
        path = os.path.join(self.out, name)
        deadline = time.time() + timeout
        while not os.path.exists(path):
            if self.locked_up():
                raise GuestLockedUp(f"FAIL: the guest's kernel locked up before '{name}': {self.locked_up()}")
            if self.proc.poll() is not None or time.time() > deadline:
                raise SystemExit(f"FAIL: the guest never got to '{name}' (see {self.artifacts}/guest.log, serial.log)")
            time.sleep(0.1)

    def set_flag(self, name):
        open(os.path.join(self.out, name), "w").write(f"{time.time()}\n")

    def pull(self, device_id, timeout=30):
        """Unplugs a device over QMP and waits for QEMU's DEVICE_DELETED (the guest has seen it go)."""
        self.qmp.cmd("device_del", id=device_id)
        deadline = time.time() + timeout
        while not any(e.get("event") == "DEVICE_DELETED" and e.get("data", {}).get("device") == device_id
                      for e in self.qmp.events):
            if time.time() > deadline:
                raise SystemExit(f"FAIL: QEMU never confirmed the pull of {device_id}")
            self.qmp.cmd("query-status")  # reads the events that arrived meanwhile
            time.sleep(0.2)

    def plug_stick(self, image, device_id, node, serial="PB0001"):
        """Plugs a stick over QMP. A pulled device took its drive with it: `image` comes back as a new
        block node."""
        self.qmp.cmd("blockdev-add", driver="raw", **{"node-name": node},
                     file={"driver": "file", "filename": image})
        self.qmp.cmd("device_add", driver="usb-storage", bus="xhci.0", drive=node, serial=serial, id=device_id)

    def finish(self, timeout=300):
        deadline = time.time() + timeout
        while self.proc.poll() is None:
            if self.locked_up():
                self.kill()
                raise GuestLockedUp(f"FAIL: the guest's kernel locked up: {self.locked_up()}")
            if time.time() > deadline:
                self.kill()
                raise SystemExit("FAIL: the guest did not power off")
            time.sleep(0.5)
        rc_path = os.path.join(self.out, "rc")
        if not os.path.exists(rc_path):
            raise SystemExit(f"FAIL: the guest script did not finish (see {self.artifacts}/serial.log)")
        return int(open(rc_path).read().strip() or 1)

    def json(self, name):
        return json.load(open(os.path.join(self.out, name)))


def devices(doc):
    """Every device of a `plugboardctl devices --json` document, with the port it is on."""
    out = []

    def walk(ports):
        for p in ports:
            d = p.get("device")
            if d:
                out.append((p["id"], d))
                walk(d.get("ports", []))

    for c in doc["controllers"]:
        walk(c["ports"])
    return out


def make_image(path, mb=16):
    with open(path, "wb") as f:
        f.truncate(mb * 1024 * 1024)
    run("mkfs.vfat", "-n", "PBSTICK", path, stdout=subprocess.DEVNULL) if shutil.which("mkfs.vfat") else None


def expect(cond, what):
    if not cond:
        raise SystemExit("FAIL: " + what)
    log("ok: " + what)

# The window inside the guest: Xvfb there, a private session bus, and the probe's flags (gui-STEP).
GUI_SETUP = r"""
gui=@GUIPROBE@
Xvfb :7 -screen 0 1280x800x24 -nolisten tcp > /out/xvfb.log 2>&1 &
for i in $(seq 200); do [ -e /tmp/.X11-unix/X7 ] && break; sleep 0.1; done
export DISPLAY=:7 QT_QPA_PLATFORM=xcb
start_gui() { dbus-run-session -- "$gui" /out "$@" > /out/gui.log 2>&1 & guipid=$!; }
wait_gui() { # wait_gui STEP: until the window reports STEP (10 minutes at most), or fails
  for i in $(seq 6000); do
    [ -e /out/gui-$1 ] && return 0
    [ -e /out/gui-failed ] && { cat /out/gui-failed; return 1; }
    sleep 0.1
  done
  return 1
}
"""


# UDisks2 from Debian's packages on a system bus of the guest's own (no polkit: root only).
UDISKS_SETUP = r"""
tar -C "$PB_CACHE/udisks-root" -cf - . | tar -C / -xf - --keep-directory-symlink
ldconfig
mkdir -p /run/dbus
dbus-daemon --system --fork || exit 80
/usr/libexec/udisks2/udisksd > /out/udisksd.log 2>&1 &
for i in $(seq 300); do udisksctl status > /out/udisksctl-status.txt 2>&1 && break; sleep 0.1; done
udisksctl status > /dev/null 2>&1 || exit 81
"""


def gui_figures(g):
    """The window's figures from inside the guest (gui.json), after its steps passed."""
    path = os.path.join(g.out, "gui.json")
    expect(os.path.exists(path) and not os.path.exists(os.path.join(g.out, "gui-failed")),
           "the window inside the guest did every step")
    return json.load(open(path))


def prepare(build, out, name, template, images=(), **replace):
    """Writes the scenario's guest script (with @PLUGBOARDCTL@ and @SETUP@-style fields filled) and
    blank FAT images; returns the script's path and the images' folder."""
    os.makedirs(out, exist_ok=True)
    text = template.replace("@GUI@", GUI_SETUP).replace("@GUIPROBE@", os.path.join(build, "tests/plugboard_systest_gui"))
    text = text.replace("@PLUGBOARDCTL@", os.path.join(build, "app/plugboardctl"))
    for key, value in replace.items():
        text = text.replace(f"@{key}@", value)
    script = os.path.join(out, f"guest-{name}.sh")
    open(script, "w").write(text)
    folder = os.path.join(out, "img")
    os.makedirs(folder, exist_ok=True)
    for image in images:
        make_image(os.path.join(folder, image))
    return script, folder


def finish_ok(g, timeout, logs=("guest.log",)):
    """Waits for the guest to power off; fails with the end of its logs unless its script succeeded."""
    rc = g.finish(timeout=timeout)
    tails = ""
    for name in logs:
        path = os.path.join(g.out, name)
        if os.path.exists(path):
            tails += f"\n--- {name}\n" + open(path).read()[-3000:]
    expect(rc == 0, f"the guest script ran (rc {rc})" + ("" if rc == 0 else tails))



# ---- Scenario 1: the live tree -------------------------------------------------------------------

LIVE_TREE_GUEST = r"""
set -u
ctl=@PLUGBOARDCTL@
count() { ls /sys/bus/usb/devices | grep -cE '^[0-9]+-[0-9.]+$'; }
wait_count() { # wait_count N NAME: until N devices are there (60 s at most); records the delay
  local t0=$(date +%s.%N) end=$(( $(date +%s) + 60 ))
  while [ "$(count)" -ne "$1" ] && [ "$(date +%s)" -lt "$end" ]; do sleep 0.05; done
  udevadm settle -t 30
  local t1=$(date +%s.%N)
  echo "$t0 $t1" > /out/latency-$2
}
@GUI@
lsusb -t > /out/lsusb-0.txt 2>&1
$ctl devices --json > /out/devices-0.json
start_gui live-tree
wait_gui ready || exit 60
touch /out/ready-plug
while [ ! -e /out/done-plug ]; do sleep 0.05; done
wait_count 5 plug
$ctl devices --json > /out/devices-1.json
wait_gui plugged || exit 61
touch /out/ready-unplug
while [ ! -e /out/done-unplug ]; do sleep 0.05; done
wait_count 3 unplug
$ctl devices --json > /out/devices-2.json
$ctl devices > /out/devices-2.txt
wait_gui unplugged || exit 62
wait $guipid || exit 63
"""


def scenario_live_tree(assets, build, out):
    script, images = prepare(build, out, "live-tree", LIVE_TREE_GUEST, ["stick.img", "stick2.img"])
    # Eight ports a side: hot-added devices get a root port (QEMU would add a hub when they run out).
    usb = ["-device", "qemu-xhci,id=xhci,p2=8,p3=8",
           "-drive", f"if=none,id=stick,format=raw,file={images}/stick.img",
           "-device", "usb-storage,bus=xhci.0,drive=stick,serial=PB0001",
           "-device", "usb-kbd,bus=xhci.0", "-device", "usb-tablet,bus=xhci.0",
           "-drive", f"if=none,id=stick2,format=raw,file={images}/stick2.img"]
    g = Guest(assets, os.path.join(out, "guest"), script, usb)
    g.wait_flag("ready-plug")
    log(f"guest up and listed in {time.time() - g.started:.1f} s")
    g.qmp.cmd("device_add", driver="usb-storage", bus="xhci.0", drive="stick2", id="hp1", serial="PB0002")
    g.qmp.cmd("device_add", driver="usb-kbd", bus="xhci.0", id="hp2")
    g.set_flag("done-plug")
    g.wait_flag("ready-unplug")
    g.qmp.cmd("device_del", id="hp1")
    g.qmp.cmd("device_del", id="hp2")
    g.set_flag("done-unplug")
    finish_ok(g, 300)
    before, plugged, after = (devices(g.json(f"devices-{i}.json")) for i in range(3))
    by = lambda devs: {(d["vid"], d["pid"], d.get("serial")): (port, d) for port, d in devs}
    b = by(before)
    expect(len(before) == 3, f"three devices at boot: {[ (p, d['vid'] + ':' + d['pid']) for p, d in before]}")
    stick = b.get(("46f4", "0001", "PB0001"))
    expect(stick is not None, "the boot stick 46f4:0001 with serial PB0001 is listed")
    # QEMU's usb-storage is a SuperSpeed device: on qemu-xhci it sits on the USB 3 root hub.
    expect(stick[1]["speed_mbps"] == 5000 and stick[0].startswith("usb2-port"),
           f"the stick runs at 5 Gbit/s on the USB 3 root hub ({stick[0]}, {stick[1]['speed_mbps']})")
    expect(any(i["class"] == "08" for i in stick[1]["interfaces"]), "the stick has a mass-storage interface")
    hids = [d for _, d in before if d["vid"] == "0627"]
    expect(len(hids) == 2 and all(p.startswith("usb1-port") for p, d in before if d["vid"] == "0627"),
           f"keyboard and tablet on the USB 2 root hub at {sorted(d['speed_mbps'] for d in hids)} Mbit/s")
    ports = [p for p, _ in before]
    expect(len(set(ports)) == 3 and all(p.startswith("usb") for p in ports), f"each on its own root port: {ports}")
    p = by(plugged)
    expect(len(plugged) == 5 and ("46f4", "0001", "PB0002") in p, "the hot-added stick and keyboard appear")
    expect(by(after).keys() == b.keys(), "after the hot-remove the tree is as it was")
    lat = {}
    for step in ("plug", "unplug"):
        t0, t1 = map(float, open(os.path.join(g.out, f"latency-{step}")).read().split())
        lat[step] = t1 - t0
    log(f"latencies inside TCG (QMP done → devices present and udev settled): plug {lat['plug']:.2f} s, "
        f"unplug {lat['unplug']:.2f} s")
    gui = gui_figures(g)
    expect(gui["boot_devices"] == 3, "the window's host tree (its model) has the three boot devices")
    for step in ("boot", "plugged", "unplugged"):
        spoken = gui[f"spoken_{step}"]
        expect(spoken and all(spoken.values()),
               f"{step}: the accessible tree speaks every device row: {sorted(set(spoken.values()))}")
    for step in ("plugged", "unplugged"):
        lat[f"window_{step}"] = gui[f"latency_{step}_s"]
    log(f"window (model = sysfs) after QMP: plug {lat['window_plugged']:.2f} s, unplug {lat['window_unplugged']:.2f} s;"
        f" window shown {gui['window_shown_s']:.1f} s after start")
    expect(all(os.path.exists(os.path.join(g.out, f"gui-{n}.png")) for n in ("boot", "plugged", "unplugged")),
           "screenshots of each step are in the artifacts")
    json.dump(lat, open(os.path.join(out, "latencies.json"), "w"))


# ---- Scenario 2: a stick given to a nested guest and back ----------------------------------------

LIBVIRT_GUEST_SETUP = r"""
groupadd -r kvm 2>/dev/null; useradd -r -U -G kvm libvirt-qemu 2>/dev/null
mkdir -p /etc/libvirt /var/log/libvirt/qemu /var/lib/libvirt/qemu /run/libvirt
cat > /etc/libvirt/qemu.conf <<'CONF'
user = "root"
group = "root"
security_driver = "none"
stdio_handler = "file"
CONF
virtlogd -d
libvirtd -d
for i in $(seq 300); do virsh -c qemu:///system list >/dev/null 2>&1 && break; sleep 0.1; done
cat > /tmp/nested.xml <<'XML'
<domain type='qemu'><name>nested</name><memory unit='MiB'>96</memory><vcpu>1</vcpu>
<os><type arch='x86_64' machine='pc'>hvm</type></os><devices>
<emulator>/usr/bin/qemu-system-x86_64</emulator>
<controller type='usb' index='0' model='qemu-xhci'/>
<graphics type='vnc' autoport='yes' listen='127.0.0.1'/><video><model type='none'/></video>
<memballoon model='none'/></devices></domain>
XML
virsh -c qemu:///system define /tmp/nested.xml >/dev/null
virsh -c qemu:///system start nested || exit 20
stick_dir() { # the sysfs folder of the stick with serial PB0001, while it is plugged in
  local d
  for d in /sys/bus/usb/devices/*; do [ "$(cat $d/serial 2>/dev/null)" = PB0001 ] && { echo "$d"; return 0; }; done
  return 1
}
"""

# The stick the scenario gives to the nested guest ($stick: its kernel name).
FIND_STICK = r"""
s=$(stick_dir) || exit 21
stick=$(basename "$s")
echo "$stick" > /out/stick
"""

ATTACH_GUEST = r"""
set -u
ctl=@PLUGBOARDCTL@
@SETUP@
t0=$(date +%s.%N)
$ctl attach "$stick" qemu:///system#nested --live > /out/attach.txt 2>&1 || {
  cat /out/attach.txt
  LIBVIRT_DEBUG=1 LIBVIRT_LOG_OUTPUTS="1:stderr" $ctl attach "$stick" qemu:///system#nested --live > /out/attach-debug.txt 2>&1
  exit 10
}
t1=$(date +%s.%N)
for i in $(seq 100); do
  virsh -c qemu:///system qemu-monitor-command nested --hmp 'info usb' > /out/info-usb-attached.txt
  grep -q 'QEMU USB HARDDRIVE' /out/info-usb-attached.txt && break; sleep 0.2
done
grep -q 'QEMU USB HARDDRIVE' /out/info-usb-attached.txt || exit 11
echo "$t0 $t1" > /out/latency-attach
$ctl guests --json --connect qemu:///system > /out/guests-attached.json
$ctl detach "$stick" qemu:///system#nested --live > /out/detach.txt 2>&1 || { cat /out/detach.txt; exit 12; }
virsh -c qemu:///system qemu-monitor-command nested --hmp 'info usb' > /out/info-usb-detached.txt
grep -q 'QEMU USB HARDDRIVE' /out/info-usb-detached.txt && exit 13
# Back on the host side: usb-storage binds the stick's interface again.
for i in $(seq 300); do
  readlink /sys/bus/usb/devices/$stick:1.0/driver 2>/dev/null | grep -q usb-storage && break; sleep 0.1
done
readlink /sys/bus/usb/devices/$stick:1.0/driver > /out/driver-after.txt
grep -q usb-storage /out/driver-after.txt || exit 14
$ctl guests --json --connect qemu:///system > /out/guests-detached.json
# The same with the window: the stick's row dragged onto the guest, then back onto the host tree.
@GUI@
start_gui attach "$stick" qemu:///system#nested
wait_gui attached || exit 15
for i in $(seq 100); do
  virsh -c qemu:///system qemu-monitor-command nested --hmp 'info usb' > /out/info-usb-gui.txt
  grep -q 'QEMU USB HARDDRIVE' /out/info-usb-gui.txt && break; sleep 0.2
done
grep -q 'QEMU USB HARDDRIVE' /out/info-usb-gui.txt || exit 16
virsh -c qemu:///system dumpxml nested --inactive > /out/nested-inactive-gui.xml
touch /out/go-release
wait_gui released || exit 17
virsh -c qemu:///system qemu-monitor-command nested --hmp 'info usb' > /out/info-usb-gui-released.txt
grep -q 'QEMU USB HARDDRIVE' /out/info-usb-gui-released.txt && exit 18
for i in $(seq 300); do
  readlink /sys/bus/usb/devices/$stick:1.0/driver 2>/dev/null | grep -q usb-storage && break; sleep 0.1
done
readlink /sys/bus/usb/devices/$stick:1.0/driver > /out/driver-after-gui.txt
grep -q usb-storage /out/driver-after-gui.txt || exit 19
wait $guipid || exit 20
"""


def scenario_attach(assets, build, out):
    script, images = prepare(build, out, "attach", ATTACH_GUEST, ["stick.img"], SETUP=LIBVIRT_GUEST_SETUP + FIND_STICK)
    usb = ["-device", "qemu-xhci,id=xhci",
           "-drive", f"if=none,id=stick,format=raw,file={images}/stick.img",
           "-device", "usb-storage,bus=xhci.0,drive=stick,serial=PB0001"]
    g = Guest(assets, os.path.join(out, "guest"), script, usb, memory=2048)
    finish_ok(g, 500)
    attached = g.json("guests-attached.json")["guests"]
    nested = [x for x in attached if x["name"] == "nested"][0]
    expect(any(d["kind"] == "hostdev" and d["vid"] == "46f4" for d in nested["usb_devices"]),
           "plugboardctl guests shows the stick as the nested guest's hostdev")
    expect("QEMU USB HARDDRIVE" in open(os.path.join(g.out, "info-usb-attached.txt")).read(),
           "the nested QEMU's `info usb` lists the stick")
    detached = [x for x in g.json("guests-detached.json")["guests"] if x["name"] == "nested"][0]
    expect(not detached["usb_devices"], "after detach the nested guest has no USB device")
    expect("usb-storage" in open(os.path.join(g.out, "driver-after.txt")).read(), "usb-storage binds the stick again")
    t0, t1 = map(float, open(os.path.join(g.out, "latency-attach")).read().split())
    log(f"plugboardctl attach --live inside TCG took {t1 - t0:.2f} s")
    gui = gui_figures(g)
    expect("attached" in gui["attached_state"],
           f"dragged onto the running guest, its row says '{gui['attached_row']}' — '{gui['attached_state']}'")
    expect(gui["host_row_guest"] == "in nested", f"the host tree says '{gui['host_row_guest']}' beside the stick")
    expect("QEMU USB HARDDRIVE" in gui["attached_row"], "the guest's row names the device as the host does")
    expect("QEMU USB HARDDRIVE" in open(os.path.join(g.out, "info-usb-gui.txt")).read(),
           "after the drag the nested QEMU's `info usb` lists the stick")
    expect("0x46f4" in open(os.path.join(g.out, "nested-inactive-gui.xml")).read(),
           "a drop on a running guest also keeps it in the definition (live and persistent)")
    expect("usb-storage" in open(os.path.join(g.out, "driver-after-gui.txt")).read(),
           "dragged back onto the host tree: released, and usb-storage binds the stick again")
    log(f"window: drop → row under the guest {gui['drop_to_row_s']:.2f} s, drag back → row gone "
        f"{gui['release_to_row_s']:.2f} s")
    json.dump({"cli_attach_s": t1 - t0, "drop_to_row_s": gui["drop_to_row_s"],
               "release_to_row_s": gui["release_to_row_s"]}, open(os.path.join(out, "latencies.json"), "w"))


# ---- Scenario 3: a mounted stick is never yanked ----------------------------------------------------

MOUNTED_GUEST = r"""
set -u
ctl=@PLUGBOARDCTL@
@SETUP@
disk=""
for i in $(seq 100); do
  disk=$(ls /sys/bus/usb/devices/$stick:1.0/host*/target*/*/block/ 2>/dev/null | head -1)
  [ -n "$disk" ] && break; sleep 0.1
done
[ -n "$disk" ] || exit 50
mkdir -p /mnt/stick
mount /dev/$disk /mnt/stick || exit 51
head -c 1048576 /dev/urandom > /mnt/stick/data.bin
sha256sum /mnt/stick/data.bin > /out/sum-before.txt
# Mounted: refused, with the reason, and nothing reaches the guest.
$ctl attach "$stick" qemu:///system#nested --live > /out/attach-mounted.txt 2>&1 && exit 52
grep -q "is mounted" /out/attach-mounted.txt || exit 53
# --unmount: unmounted safely (no UDisks2 here: the helper's unmount verb), then given.
$ctl attach "$stick" qemu:///system#nested --live --unmount > /out/attach-unmount.txt 2>&1 || exit 54
grep -q " /mnt/stick " /proc/mounts && exit 55
for i in $(seq 100); do
  virsh -c qemu:///system qemu-monitor-command nested --hmp 'info usb' > /out/info-usb.txt
  grep -q 'QEMU USB HARDDRIVE' /out/info-usb.txt && break; sleep 0.2
done
grep -q 'QEMU USB HARDDRIVE' /out/info-usb.txt || exit 56
$ctl detach "$stick" qemu:///system#nested --live > /out/detach.txt 2>&1 || exit 57
# Back on the host: the disk returns, mounts, and every byte written before is there.
for i in $(seq 300); do [ -e /dev/$disk ] && mount /dev/$disk /mnt/stick 2>/dev/null && break; sleep 0.1; done
sha256sum -c /out/sum-before.txt > /out/sum-after.txt 2>&1 || exit 58
# Again with UDisks2 running: refused while mounted, then unmounted through UDisks2.
@UDISKS@
head -c 1048576 /dev/urandom > /mnt/stick/data2.bin
(cd /mnt/stick && sha256sum data.bin data2.bin) > /out/sum-before-2.txt
$ctl attach "$stick" qemu:///system#nested --live > /out/attach-mounted-2.txt 2>&1 && exit 59
$ctl attach "$stick" qemu:///system#nested --live --unmount > /out/attach-udisks.txt 2>&1 || exit 60
grep -q " /mnt/stick " /proc/mounts && exit 61
for i in $(seq 100); do
  virsh -c qemu:///system qemu-monitor-command nested --hmp 'info usb' > /out/info-usb-2.txt
  grep -q 'QEMU USB HARDDRIVE' /out/info-usb-2.txt && break; sleep 0.2
done
grep -q 'QEMU USB HARDDRIVE' /out/info-usb-2.txt || exit 62
@GUI@
start_gui snapshot qemu:///system#nested attached-after-udisks
wait_gui snapshot || exit 65
wait $guipid || exit 66
$ctl detach "$stick" qemu:///system#nested --live > /out/detach-2.txt 2>&1 || exit 63
for i in $(seq 300); do [ -e /dev/$disk ] && mount /dev/$disk /mnt/stick 2>/dev/null && break; sleep 0.1; done
(cd /mnt/stick && sha256sum -c /out/sum-before-2.txt) > /out/sum-after-2.txt 2>&1 || exit 64
"""


def scenario_mounted(assets, build, out):
    script, images = prepare(build, out, "mounted", MOUNTED_GUEST, ["stick.img"], SETUP=LIBVIRT_GUEST_SETUP + FIND_STICK,
                             UDISKS=UDISKS_SETUP)
    usb = ["-device", "qemu-xhci,id=xhci,p2=8,p3=8",
           "-drive", f"if=none,id=stick,format=raw,file={images}/stick.img",
           "-device", "usb-storage,bus=xhci.0,drive=stick,serial=PB0001"]
    g = Guest(assets, os.path.join(out, "guest"), script, usb, memory=2048)
    finish_ok(g, 500, logs=("guest.log", "attach-mounted.txt", "attach-unmount.txt", "attach-udisks.txt",
                            "udisksd.log"))
    refused = open(os.path.join(g.out, "attach-mounted.txt")).read().strip()
    expect("is mounted" in refused, f"the attach of the mounted stick was refused: {refused[:160]}")
    helper = open(os.path.join(g.out, "attach-unmount.txt")).read()
    expect("through plugboard-helper" in helper,
           "without UDisks2, --unmount unmounted it through the helper first, then the guest got it: " + helper.strip()[:120])
    expect("OK" in open(os.path.join(g.out, "sum-after.txt")).read(), "no write was lost (checksum after re-mount)")
    expect("is mounted" in open(os.path.join(g.out, "attach-mounted-2.txt")).read(),
           "with UDisks2 running, the mounted stick is refused again")
    udisks = open(os.path.join(g.out, "attach-udisks.txt")).read()
    expect("through UDisks2" in udisks, "--unmount went through UDisks2 this time: " + udisks.strip()[:120])
    gui = gui_figures(g)
    log(f"the window while the nested guest held it: {gui['guest_rows']}")
    after = open(os.path.join(g.out, "sum-after-2.txt")).read()
    expect(after.count("OK") == 2, "both files intact after the second round (checksums after re-mount)")


# ---- Scenario 4: an assignment re-attaches after a replug ----------------------------------------

REATTACH_GUEST = r"""
set -u
ctl=@PLUGBOARDCTL@
@SETUP@
export XDG_CONFIG_HOME=/root/.config
$ctl assign 46f4:0001:PB0001 qemu:///system#nested > /out/assign.txt 2>&1 || exit 30
$ctl agent --no-notify > /out/agent.log 2>&1 &
agent=$!
attached_at() { # the bus/device of the nested guest's live hostdev entries for the stick, one per line
  $ctl guests --json --connect qemu:///system 2>/dev/null | python3 -c '
import json, sys
for g in json.load(sys.stdin)["guests"]:
    if g["name"] == "nested":
        for d in g["usb_devices"]:
            if d["kind"] == "hostdev" and d["vid"] == "46f4":
                print(d["bus"], d["device"])'
}
# The stick is plugged in and the guest runs: the agent gives it at once.
end=$(( $(date +%s) + 120 ))
while [ -z "$(attached_at)" ] && [ "$(date +%s)" -lt "$end" ]; do sleep 0.5; done
attached_at > /out/attached-first.txt
[ -s /out/attached-first.txt ] || exit 31
touch /out/ready-pull
while [ ! -e /out/done-replug ]; do sleep 0.1; done
t0=$(date +%s.%N)
# Back with a new device number: the agent drops the stale entry and attaches the new one.
new=""
end=$(( $(date +%s) + 120 ))
while [ "$(date +%s)" -lt "$end" ]; do
  if s=$(stick_dir); then
    new="$(cat $s/busnum) $(cat $s/devnum)"
    [ "$(attached_at)" = "$new" ] && break
  fi
  sleep 0.2
done
t1=$(date +%s.%N)
echo "$new" > /out/new-address.txt
attached_at > /out/attached-after.txt
echo "$t0 $t1" > /out/latency-reattach
# The window meanwhile (its engine defers to the agent): the assignment and the re-attached stick.
@GUI@
start_gui snapshot qemu:///system#nested reattached
wait_gui snapshot || exit 33
wait $guipid || exit 34
kill $agent
wait $agent
[ "$(cat /out/attached-after.txt)" = "$new" ] || exit 32
"""


def scenario_reattach(assets, build, out):
    script, images = prepare(build, out, "reattach", REATTACH_GUEST, ["stick.img"], SETUP=LIBVIRT_GUEST_SETUP + FIND_STICK)
    usb = ["-device", "qemu-xhci,id=xhci,p2=8,p3=8",
           "-drive", f"if=none,id=stick,format=raw,file={images}/stick.img",
           "-device", "usb-storage,bus=xhci.0,drive=stick,serial=PB0001,id=st1"]
    g = Guest(assets, os.path.join(out, "guest"), script, usb, memory=2048)
    g.wait_flag("ready-pull", timeout=400)
    first = open(os.path.join(g.out, "attached-first.txt")).read().split()
    g.pull("st1")
    time.sleep(2)  # unplugged for a moment, as a person would
    g.plug_stick(f"{images}/stick.img", "st2", "stick-again")
    g.set_flag("done-replug")
    agent_path = os.path.join(g.out, "agent.log")
    finish_ok(g, 400, logs=("guest.log", "agent.log"))
    agent_log = open(agent_path).read() if os.path.exists(agent_path) else ""
    after = open(os.path.join(g.out, "attached-after.txt")).read().split()
    expect(len(first) == 2, f"the agent gave the stick to the running guest at start (bus {first})")
    expect(after != first and len(after) == 2, f"after the replug the guest has the new appearance only ({first} -> {after})")
    expect("Done: attach" in agent_log, "the agent logged its attaches")
    gui = gui_figures(g)
    expect("attached" in gui["guest_rows"], f"the window shows the re-attached stick: {gui['guest_rows']}")
    t0, t1 = map(float, open(os.path.join(g.out, "latency-reattach")).read().split())
    log(f"re-attach after the replug, TCG inside TCG: {t1 - t0:.2f} s")
    json.dump({"reattach_s": t1 - t0}, open(os.path.join(out, "latencies.json"), "w"))


# ---- Scenario 5: pulled while the nested guest holds it -------------------------------------------

PULL_GUEST = r"""
set -u
ctl=@PLUGBOARDCTL@
@SETUP@
@GUI@
$ctl attach "$stick" qemu:///system#nested --live > /out/attach.txt 2>&1 || exit 70
start_gui pull qemu:///system#nested
wait_gui ready || exit 71
touch /out/ready-pull
while [ ! -e /out/done-pull ]; do sleep 0.1; done
for i in $(seq 300); do [ -e /sys/bus/usb/devices/$stick ] || break; sleep 0.1; done
[ -e /sys/bus/usb/devices/$stick ] && exit 72
# What libvirt and QEMU say now: the entry and the device are still listed.
virsh -c qemu:///system dumpxml nested > /out/nested-pulled.xml
virsh -c qemu:///system qemu-monitor-command nested --hmp 'info usb' > /out/info-usb-pulled.txt
$ctl guests --connect qemu:///system > /out/guests-pulled.txt 2>&1
wait_gui stale || exit 73
touch /out/go-clean
wait_gui cleaned || exit 74
wait $guipid || exit 75
$ctl guests --json --connect qemu:///system > /out/guests-cleaned.json
virsh -c qemu:///system dumpxml nested > /out/nested-cleaned.xml
virsh -c qemu:///system qemu-monitor-command nested --hmp 'info usb' > /out/info-usb-cleaned.txt
# Once more, cleaned up with the very command `plugboardctl guests` prints.
touch /out/ready-replug
while [ ! -e /out/done-replug ]; do sleep 0.1; done
s=""
for i in $(seq 300); do s=$(stick_dir) && break; sleep 0.1; done
[ -n "$s" ] || exit 76
stick=$(basename "$s")
udevadm settle -t 30
$ctl attach "$stick" qemu:///system#nested --live > /out/attach-2.txt 2>&1 || exit 77
touch /out/ready-pull-2
while [ ! -e /out/done-pull-2 ]; do sleep 0.1; done
for i in $(seq 300); do [ -e /sys/bus/usb/devices/$stick ] || break; sleep 0.1; done
$ctl guests --connect qemu:///system > /out/guests-pulled-2.txt 2>&1
cmd=$(grep -o "plugboardctl detach [^ ]* [^ ]* --live" /out/guests-pulled-2.txt | head -1)
echo "$cmd" > /out/printed-command.txt
[ -n "$cmd" ] || exit 78
$ctl ${cmd#plugboardctl } > /out/detach-printed.txt 2>&1 || exit 79
$ctl guests --json --connect qemu:///system > /out/guests-cleaned-2.json
"""


def scenario_pull(assets, build, out):
    script, images = prepare(build, out, "pull", PULL_GUEST, ["stick.img"], SETUP=LIBVIRT_GUEST_SETUP + FIND_STICK)
    usb = ["-device", "qemu-xhci,id=xhci,p2=8,p3=8",
           "-drive", f"if=none,id=stick,format=raw,file={images}/stick.img",
           "-device", "usb-storage,bus=xhci.0,drive=stick,serial=PB0001,id=st1"]
    g = Guest(assets, os.path.join(out, "guest"), script, usb, memory=2048)
    g.wait_flag("gui-ready", timeout=400)
    g.pull("st1")
    g.set_flag("done-pull")
    # Plugged back in, attached again by the CLI, pulled again.
    g.wait_flag("ready-replug", timeout=300)
    g.plug_stick(f"{images}/stick.img", "st2", "stick-again")
    g.set_flag("done-replug")
    g.wait_flag("ready-pull-2", timeout=300)
    g.pull("st2")
    g.set_flag("done-pull-2")
    finish_ok(g, 400, logs=("guest.log", "gui.log", "guests-pulled-2.txt", "detach-printed.txt"))
    pulled = open(os.path.join(g.out, "nested-pulled.xml")).read()
    expect("<hostdev" in pulled and "0x46f4" in pulled, "after the pull libvirt still lists the hostdev (as documented)")
    text = open(os.path.join(g.out, "guests-pulled.txt")).read()
    expect("unplugged from this computer" in text and "plugboardctl detach 46f4:0001" in text,
           "plugboardctl guests points out the stale entry and how to remove it")
    gui = gui_figures(g)
    expect(gui["stale_state"].startswith("unplugged"),
           f"the window shows the entry as '{gui['stale_state']}' (within {gui['pull_to_stale_s']:.2f} s of the flag that"
           " QEMU confirmed the pull)")
    expect("was unplugged" in gui["stale_tooltip"], "and explains it: " + gui["stale_tooltip"][:100] + "…")
    expect("Remove the stale entry" in gui["menu"].replace("&", ""), f"its menu offers the clean-up ({gui['menu']})")
    cleaned = [x for x in g.json("guests-cleaned.json")["guests"] if x["name"] == "nested"][0]
    expect(not cleaned["usb_devices"], f"after the clean-up ({gui['clean_s']:.2f} s) the guest lists no USB device")
    expect("QEMU USB HARDDRIVE" not in open(os.path.join(g.out, "info-usb-cleaned.txt")).read(),
           "and the nested QEMU no longer has it")
    printed = open(os.path.join(g.out, "printed-command.txt")).read().strip()
    cleaned = [x for x in g.json("guests-cleaned-2.json")["guests"] if x["name"] == "nested"][0]
    expect(not cleaned["usb_devices"], f"the second time, the command `plugboardctl guests` printed cleaned it up: {printed}")
    json.dump({"pull_to_stale_s": gui["pull_to_stale_s"], "clean_s": gui["clean_s"]},
              open(os.path.join(out, "latencies.json"), "w"))


# ---- Scenario 6: a real refusal, diagnosed inside and from the bundle on the host -----------------

DIAGNOSE_GUEST = r"""
set -u
ctl=@PLUGBOARDCTL@
@SETUP_EHCI@
kbd=""
for d in /sys/bus/usb/devices/*; do
  [ "$(cat $d/idVendor 2>/dev/null):$(cat $d/idProduct 2>/dev/null)" = "0627:0001" ] && kbd=$(basename $d)
done
[ -n "$kbd" ] || exit 40
echo "$kbd" > /out/device
cat /sys/bus/usb/devices/$kbd/speed > /out/speed
# libvirt takes the hostdev; QEMU then refuses to put a full-speed device on the EHCI bus (its log says so).
$ctl attach "$kbd" qemu:///system#nested --live > /out/attach.txt 2>&1
echo "attach exit $?" >> /out/attach.txt
for i in $(seq 50); do grep -q "speed mismatch" /var/log/libvirt/qemu/nested.log && break; sleep 0.2; done
virsh -c qemu:///system qemu-monitor-command nested --hmp 'info usb' > /out/info-usb.txt
cp /var/log/libvirt/qemu/nested.log /out/nested-qemu.log
$ctl diagnose --device "$kbd" --guest qemu:///system#nested --connect qemu:///system --json > /out/diagnose-live.json || exit 42
$ctl diagnose --guest qemu:///system#nested --connect qemu:///system --json > /out/diagnose-guest.json || exit 44
$ctl collect /out/bundle --device "$kbd" --guest qemu:///system#nested --connect qemu:///system > /out/collect.txt 2>&1 || exit 43
# The window's troubleshooting wizard on the same device and guest.
@GUI@
start_gui diagnose "$kbd" qemu:///system#nested
wait_gui diagnosed || exit 45
wait $guipid || exit 46
# The wizard's fix took: at the next start the guest has qemu-xhci and takes the keyboard.
virsh -c qemu:///system dumpxml nested --inactive > /out/nested-fixed.xml
virsh -c qemu:///system destroy nested > /dev/null || exit 47
virsh -c qemu:///system start nested > /dev/null || exit 48
$ctl attach "$kbd" qemu:///system#nested --live > /out/attach-after-fix.txt 2>&1 || exit 49
for i in $(seq 100); do
  virsh -c qemu:///system qemu-monitor-command nested --hmp 'info usb' > /out/info-usb-after-fix.txt
  grep -q 'QEMU USB Keyboard' /out/info-usb-after-fix.txt && break; sleep 0.2
done
"""


def scenario_diagnose_speed(assets, build, out):
    os.makedirs(out, exist_ok=True)
    ctl = os.path.join(build, "app/plugboardctl")
    # The nested guest has only an EHCI (no UHCI companions); the device is QEMU's full-speed keyboard.
    # (A usb-uas disk is no such case: QEMU 7.2 runs it on EHCI at high speed; tests/system/README.md.)
    setup = LIBVIRT_GUEST_SETUP.replace("<controller type='usb' index='0' model='qemu-xhci'/>",
                                        "<controller type='usb' index='0' model='ich9-ehci1'/>")
    script, _ = prepare(build, out, "diagnose", DIAGNOSE_GUEST, SETUP_EHCI=setup)
    usb = ["-device", "qemu-xhci,id=xhci", "-device", "usb-kbd,bus=xhci.0,usb_version=1"]  # USB 1.1: full speed only
    g = Guest(assets, os.path.join(out, "guest"), script, usb, memory=2048)
    finish_ok(g, 400, logs=("guest.log", "attach.txt"))
    speed = open(os.path.join(g.out, "speed")).read().strip()
    expect(speed == "12", f"the keyboard is a full-speed device ({speed} Mbit/s)")
    attach = open(os.path.join(g.out, "attach.txt")).read()
    expect("attach exit 1" in attach and "libvirt refused" in attach,
           "plugboardctl attach failed with libvirt's reason: " + attach.splitlines()[0][:160])
    qemu_log = open(os.path.join(g.out, "nested-qemu.log")).read()
    mismatch = next((l for l in qemu_log.splitlines() if "speed mismatch" in l), "")
    expect(mismatch, "the nested QEMU refused the keyboard on its EHCI-only bus: " + mismatch.strip()[:200])
    info = open(os.path.join(g.out, "info-usb.txt")).read()
    expect("Keyboard" not in info, f"the nested guest has no keyboard on its bus ({info.strip()[:120]!r})")
    live = g.json("diagnose-live.json")["findings"]
    expect(live and live[0]["check"] == "dev-speed-vs-controller",
           f"inside, the first finding is dev-speed-vs-controller ({[f['check'] for f in live][:4]})")
    guest_only = g.json("diagnose-guest.json")["findings"]
    expect(any(f["check"] == "dev-speed-vs-controller" for f in guest_only),
           f"for the guest alone, QEMU's log names it too ({[f['check'] for f in guest_only][:4]})")
    host = json.loads(subprocess.run([ctl, "diagnose", "--bundle", os.path.join(g.out, "bundle"), "--json"],
                                     check=True, capture_output=True, text=True).stdout)["findings"]
    expect(host and host[0]["check"] == "dev-speed-vs-controller",
           f"the bundle gives the same answer on the host ({[f['check'] for f in host][:4]})")
    expect([f["check"] for f in host] == [f["check"] for f in live],
           "the bundle's findings are the live ones, in the same order")
    gui = gui_figures(g)
    expect(gui["wizard_checks"].split()[:1] == ["dev-speed-vs-controller"],
           f"the window's wizard names it first too: {gui.get('wizard_first_title', '')} ({gui['wizard_checks']})")
    expect(gui["fix_ok"], f"its '{gui['wizard_apply_text']}' button switched the controller: {gui['fix_message']}")
    expect("model='qemu-xhci'" in open(os.path.join(g.out, "nested-fixed.xml")).read(),
           "the guest's definition now has a qemu-xhci controller")
    expect("QEMU USB Keyboard" in open(os.path.join(g.out, "info-usb-after-fix.txt")).read(),
           "after a restart the same attach works: the nested QEMU lists the keyboard")


SCENARIOS = {"live-tree": scenario_live_tree, "attach": scenario_attach, "mounted": scenario_mounted,
             "reattach": scenario_reattach, "pull": scenario_pull,
             "diagnose-speed": scenario_diagnose_speed}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--build", required=True)
    ap.add_argument("--cache", required=True)
    ap.add_argument("--artifacts", required=True)
    ap.add_argument("scenario", choices=sorted(SCENARIOS))
    a = ap.parse_args()
    if not shutil.which("qemu-system-x86_64"):
        print("SKIP: qemu-system-x86_64 is not installed (.ci/install-deps installs qemu-system-x86)")
        return 77
    if os.geteuid() != 0:
        print("SKIP: the guest shares this machine's root read-only over 9p; run as root (CI does)")
        return 77
    started = time.time()
    assets = ensure_assets(os.path.abspath(a.cache))
    out = os.path.join(os.path.abspath(a.artifacts), a.scenario)
    for attempt in (1, 2):
        try:
            SCENARIOS[a.scenario](assets, os.path.abspath(a.build), out)
            break
        except GuestLockedUp as e:
            # The emulator, not the scenario: once more, the locked-up boot kept beside.
            if attempt == 2:
                raise
            log(f"{e} — TCG, not the scenario; starting it once more ({out}-locked-up keeps that boot)")
            for g in Guest.live:
                g.kill()
                g.keep(out + "-locked-up")
            Guest.live.clear()
    log(f"PASS {a.scenario} in {time.time() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
