<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Autosuspend</name>
    <message>
        <source>The device may be suspended by the host when idle, and drop out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it powered (until it is replugged).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bandwidth</name>
    <message>
        <source>The USB controller ran out of bandwidth (webcams and audio reserve it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a port on another USB controller; another port on the same controller does not help.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ControllerDead</name>
    <message>
        <source>A USB controller stopped responding; everything on it is gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebind the controller&apos;s driver (xhci_pci) or restart the computer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnumerationFailure</name>
    <message>
        <source>The host could not read a device when it was plugged in (a cable, port or device fault, not a virtual machine problem).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try another cable, another port or a powered hub. Error -71 is a protocol error (cable or hardware), -110 a timeout.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeldByOther</name>
    <message>
        <source>which processes hold device nodes open was not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is held open by process %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another program is using %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop that program (another virtual machine, pcscd, ModemManager, fwupd …) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HostDriverKept</name>
    <message>
        <source>A host driver kept part of the device, so it only half works in the guest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unbind that interface&apos;s driver — careful: this is a keyboard or mouse the host uses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unbind that interface&apos;s driver (needs administrator rights).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InUseOtherDomain</name>
    <message>
        <source>%1 has &lt;hostdev&gt; %2:%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device is already given to another guest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detach it from that guest first, or move it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InsufficientPower</name>
    <message>
        <source>%1: bConfigurationValue is empty (the device is not configured)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the bus-powered hub %2 supplies %3 mA, its devices ask for %4 mA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A device did not get enough power from the USB bus, so it stays unconfigured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect it directly to the computer or through a self-powered hub.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IsHub</name>
    <message>
        <source>%1 is a USB hub; QEMU cannot pass a hub through.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass the devices behind the hub instead, or assign its ports.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibvirtUnreachable</name>
    <message>
        <source>libvirt at %1 is not reachable, so its guests are not listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start libvirtd or virtqemud; if access is denied, join the &apos;libvirt&apos; group.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoFreePorts</name>
    <message>
        <source>%1 uses %2 of %3 USB ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guest has no free USB port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set ports=&apos;15&apos; on its qemu-xhci controller or add a USB hub, then restart the guest.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotAuthorized</name>
    <message>
        <source>%1 is present but not authorized, so no driver can use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorize the device (needs administrator rights).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotConfigured</name>
    <message>
        <source>the guest %1 is not among the facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not given to %2 at all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no &lt;hostdev&gt; for %1:%2 and no &lt;redirdev&gt; in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach it (live and persistent).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortDisabled</name>
    <message>
        <source>Port %1 is disabled, so nothing plugged into it is detected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable the port (needs administrator rights).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortOvercurrent</name>
    <message>
        <source>Port %1 reported an over-current condition: the device draws more power than the port supplies, or the port is faulty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plug the device into another port or through a powered hub. If it happens with every device, the port is faulty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>The file %1 is missing or was moved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QemuCapability</name>
    <message>
        <source>%1 domcapabilities: no USB host device passthrough (&lt;hostdev&gt; subsysType usb)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 domcapabilities: &lt;redirdev supported=&apos;no&apos;&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This QEMU lacks USB passthrough or redirection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install your distribution&apos;s QEMU USB modules (usb-host, usbredir).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RedirAclHelper</name>
    <message>
        <source>the SPICE ACL helper&apos;s permissions were not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spice-client-glib-usb-acl-helper is not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has mode %2 (not setuid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SPICE client could not get access to the device node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reinstall the spice-client-glib USB ACL helper (it must be setuid root) and allow polkit&apos;s org.spice-space.lowlevelusbaccess.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RedirFilter</name>
    <message>
        <source>The guest&apos;s redirection filter refuses this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;usbdev class=&apos;%1&apos; vendor=&apos;%2&apos; product=&apos;%3&apos; allow=&apos;no&apos;/&gt; matches %4:%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the guest&apos;s &lt;redirfilter&gt; to allow it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RedirNoChannel</name>
    <message>
        <source>%1 has SPICE graphics but no &lt;redirdev bus=&apos;usb&apos; type=&apos;spicevmc&apos;/&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guest has no free SPICE USB redirection channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add one &lt;redirdev bus=&apos;usb&apos; type=&apos;spicevmc&apos;/&gt; per device to redirect at once (each takes a USB port).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reenumerates</name>
    <message>
        <source>The device at %1 keeps disconnecting and coming back (a reset or mode switch), which breaks passthrough.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detach and re-attach it; an assignment re-attaches it by itself.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionNodeAccess</name>
    <message>
        <source>device node permissions were not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: owner %2, mode %3, no ACL for uid %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own (qemu:///session) guest cannot open the device: its node is not writable by you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a udev rule with TAG+=&quot;uaccess&quot; for the device, or use qemu:///system, or SPICE USB redirection.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpeedVsController</name>
    <message>
        <source>QEMU refused a device because the guest&apos;s USB controller is slower than the device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch the guest&apos;s controller to qemu-xhci (takes effect at next start).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a SuperSpeed device with %1 cannot run on the guest&apos;s USB 2 controller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>isochronous endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bulk streams (UAS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>large interrupt endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a SuperSpeed device on a USB 1.1 controller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a high-speed device on a USB 1.1 controller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a full/low-speed device on an EHCI controller without UHCI companions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a full-speed device with interrupt endpoints over 64 bytes on EHCI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>guest controller %1 (index %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default (piix3-uhci)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guest&apos;s USB controller cannot serve this device: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StorageMounted</name>
    <message>
        <source>/dev/%1 is mounted on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/dev/%1 is in use as swap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is mounted on the host: passing it to a guest would yank the filesystem and lose data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unmount it safely first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SystemDac</name>
    <message>
        <source>The system guest lost access to the device after it was re-plugged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-attach the device through libvirt so it sets the node&apos;s owner and namespace again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check user, group and dynamic_ownership in /etc/libvirt/qemu.conf.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UdevConflict</name>
    <message>
        <source>A udev rule de-authorizes USB devices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit or remove that rule, then re-plug the device.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsbDisabled</name>
    <message>
        <source>%1: &lt;controller type=&apos;usb&apos; model=&apos;none&apos;/&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USB is disabled in this guest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a qemu-xhci USB controller to the guest and restart it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsbguardBlock</name>
    <message>
        <source>usbguard runs but its device list could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USBGuard blocks the device by policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow it with &apos;usbguard allow-device&apos; (add -p to make it permanent).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Usbip</name>
    <message>
        <source>%1 is exported over the network with usbip, so it is not usable here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;usbip unbind --busid %1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VmwareArbitrator</name>
    <message>
        <source>neither services nor processes were recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VMware&apos;s USB arbitrator is not running, so VMware sees no USB device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service vmware-USBArbitrator: %1; no vmware-usbarbitrator process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the service (needs administrator rights).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VmwareController</name>
    <message>
        <source>usb.present is not &quot;TRUE&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a high-speed device, and ehci.present is not &quot;TRUE&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a SuperSpeed device, and usb_xhci.present is not &quot;TRUE&quot; (virtualHW.version %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VM lacks the USB controller this device needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With the VM off, add the controller (USB 3 needs hardware version 8 or later).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VmwareHid</name>
    <message>
        <source>VMware hides keyboards, mice and other HID devices unless the VM allows them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a HID interface; usb.generic.allowHID is not &quot;TRUE&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With the VM off, allow HID devices.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VmwareHostClaim</name>
    <message>
        <source>Another VMware VM connects this device automatically and may grab it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove that VM&apos;s automatic connection rule (with that VM off).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VmwareModules</name>
    <message>
        <source>/proc/modules was not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VMware&apos;s kernel modules are not loaded, so its VMs will not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in /proc/modules: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebuild and load them (vmware-modconfig --console --install-all).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>USB devices for virtual machines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the host&apos;s files under DIR instead of / (a copied tree).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A libvirt URI to show (repeatable; replaces qemu:///system and qemu:///session).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plugboard::assign</name>
    <message>
        <source>There is no USB device %1 on this host now; name it by vid:pid[:serial] instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vendor and product of %1 cannot be read; assign its port instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is neither a device (1-1.4, vid:pid[:serial]) nor a port (usb1-port4, 1-1-port2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plugboard::assign::Action</name>
    <message>
        <source>attach %1 (%2, %3:%4) to %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add %1:%2 to the definition of %3 (optional at start)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove the stale entry %1:%2 (bus %3 device %4) from %5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plugboard::assign::Assignment</name>
    <message>
        <source> (persistent)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plugboard::assign::AssignmentFile</name>
    <message>
        <source>unknown version (expected 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 is not a device or port assignment to a guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large to be an assignments file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid assignments file (%2). It was left as it is; fix or remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2. The previous assignments are unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plugboard::assign::Engine</name>
    <message>
        <source>Done: %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Keeping %n assignment(s) from %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Assignment %1: %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) is assigned to %3, and more than one of them is running: choose one in Plugboard&apos;s window, or with &apos;plugboardctl assign %2 GUEST --prefer&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plugboard::diagnostics</name>
    <message numerus="yes">
        <source>USB part of /sys: %n device(s) and their controllers, ports and attributes (serial numbers unless redacted)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>kernel log: %n line(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>audit log: %n line(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>/proc/modules, /proc/self/mountinfo (mount points may name your home directory), /proc/swaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>udev rules that mention USB: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>configuration: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>libvirt %1: %n guest definition(s) and QEMU logs</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n VMware .vmx file(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>your user name, uid and groups; process names; USB device node owners and permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not empty; a bundle goes into a new or empty directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packing the bundle failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the kernel log was not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed (exit %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a diagnostic bundle: it has no bundle.json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/bundle.json is not a Plugboard bundle manifest (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle has format version %1; this Plugboard reads version 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in the bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bundle lacks this guest&apos;s definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a readable bundle archive: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not contain one bundle directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/var/log/audit/audit.log is not readable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This fix needs a device or port to act on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the guest first: this fix changes its definition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This fix is not automatic: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plugboard::diagnostics::Checks</name>
    <message>
        <source>The guest refuses to start because a USB device in its definition is not plugged in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the device optional (startupPolicy=&apos;optional&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identical devices are plugged in, so libvirt cannot tell which one is meant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin the device by its bus and device number (&lt;address bus= device=/&gt;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guest&apos;s driver resets the device, which can make it vanish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &lt;source guestReset=&apos;off&apos;&gt; on the device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AppArmor stopped the guest from opening the device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-attach the device through libvirt so its profile is updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SELinux stopped the guest from opening the device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;setsebool -P virt_use_usb on&apos; (an administrator decision, never automatic).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plugboard::diagnostics::Writer</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plugboard::host</name>
    <message>
        <source>unknown speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Gbit/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Mbit/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low Speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full Speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High Speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SuperSpeed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SuperSpeed+ 10 Gbit/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SuperSpeed+ 20 Gbit/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no USB device %1 on this host (it may have been unplugged).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a device: give a kernel name such as 1-1.4 or an identity such as 0781:5567[:SERIAL].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No plugged-in USB device is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 matches several devices: %2. Name one by its kernel name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a block device name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UDisks2 is not running, so the disk cannot be unmounted without administrator rights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/dev/%1 was unmounted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/dev/%1 is busy: a program still has files open on it. Close it (%2) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/dev/%1 was not mounted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UDisks2 did not answer within %1 s; /dev/%2 was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UDisks2 does not know /dev/%1 as a filesystem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unmounting /dev/%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plugboard::host::DescriptorParser</name>
    <message>
        <source>The device descriptor is missing or truncated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A descriptor at byte %1 has an invalid length.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A configuration descriptor at byte %1 is too short.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An interface descriptor at byte %1 is misplaced or too short.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An endpoint descriptor at byte %1 is misplaced or too short.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plugboard::host::LibusbProbe</name>
    <message>
        <source>libusb could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libusb could not list devices: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plugboard::host::SysfsHostBackend</name>
    <message>
        <source>The directory %1 does not exist, so there is no USB tree to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This machine has no USB bus: /sys/bus/usb/devices is missing or empty. In a virtual machine, add a USB controller to it; in a container, the host&apos;s USB devices are not visible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no USB controllers (no usbN root hubs under sys/bus/usb/devices).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plugboard::host::TopologyFormat</name>
    <message>
        <source>%1 USB controller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USB controller (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USB controller %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not authorized)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(over-current %1 times)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(disabled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Bus %1: USB %2 root hub, %3, %n port(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plugboard::host::TopologyReader</name>
    <message>
        <source>%1: descriptors: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: hubs nested deeper than %2 levels were not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The directory %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no USB bus (%2 is missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the link in %2 is broken or leads outside the tree.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plugboard::host::UdevMonitor</name>
    <message>
        <source>libudev could not be initialised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The udev event socket is not available, so hotplug is not followed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listening for udev events failed, so hotplug is not followed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plugboard::host::UsbDevice</name>
    <message>
        <source>%1 device %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USB device %1:%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plugboard::libvirt</name>
    <message>
        <source>default model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USB disabled (model none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USB 1.1 companion (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, %3, %4 free)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n port(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>(transient)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>definition unreadable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no USB controller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host device %1:%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at %1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>redirected (%1) %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This connection cannot attach devices to a running guest. Add the device to the guest&apos;s definition instead (it takes effect at the next start).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This connection cannot detach devices from a running guest. Remove the device from the guest&apos;s definition instead (it takes effect at the next start).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This connection cannot change devices, and the guest&apos;s definition could not be edited either.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This connection cannot attach devices directly, so the device was added to the guest&apos;s definition instead: it takes effect at the guest&apos;s next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This connection cannot detach devices directly, so the device was removed from the guest&apos;s definition instead: it takes effect at the guest&apos;s next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guest&apos;s definition could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to change in the guest&apos;s definition.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plugboard::libvirt::DomainXml</name>
    <message>
        <source>The definition&apos;s root element is &lt;%1&gt;, not &lt;domain&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain definition is not valid XML (line %1, column %2: %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain definition is empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plugboard::libvirt::GuestDirectory</name>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no guest %1 on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 names several guests: %2. Give one as URI#name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no guest named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no guest named %1 (not reachable: %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plugboard::libvirt::LibvirtError</name>
    <message>
        <source>The device is already given to guest %1. Detach it from that guest first (or move it), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several identical devices are plugged in, so libvirt cannot tell which one is meant. Choose the device by its port in the host tree (Plugboard then pins its bus and device number), or unplug the twin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guest has no free USB port. Add a USB hub to the guest or raise its controller&apos;s port count (qemu-xhci supports up to 15), then restart the guest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USB is disabled in this guest (its controller model is &apos;none&apos;). Add a qemu-xhci USB controller to the guest and restart it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guest&apos;s definition requires a USB device that is not plugged in, so it cannot start. Plug the device in, or mark it optional (startupPolicy=&apos;optional&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This QEMU cannot pass USB devices through (usb-host or usb-redir is missing). Install your distribution&apos;s QEMU USB modules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libvirt is not reachable: its daemon is not running or its socket is missing. Start it (systemctl start libvirtd or virtqemud) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libvirt could not read this machine&apos;s USB devices (/sys/bus/usb/devices does not exist): there is no USB bus here, so nothing can be passed through from this host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guest is not running, so nothing can be changed live. Change its persistent definition instead (it takes effect at next start), or start the guest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libvirt refused access (%1). Join the &apos;libvirt&apos; group (then log in again), or use qemu:///session for your own guests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such guest on this connection (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libvirt failed without saying why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libvirt refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plugboard::libvirt::LibvirtSession</name>
    <message>
        <source>Not connected to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guest %1 has no USB device %2:%3 attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device is now optional: the guest starts even when it is not plugged in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guest&apos;s USB controller is now qemu-xhci (USB 3, 15 ports); it takes effect at the guest&apos;s next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A SPICE USB redirection channel was added; it takes effect at the guest&apos;s next start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plugboard::libvirt::LibvirtWorker</name>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Retrying in %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libvirt closed the connection (the daemon stopped or restarted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libvirt stopped answering (keep-alive timed out).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to libvirt failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to libvirt was closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plugboard::ui::DetailsPane</name>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>isochronous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bulk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interrupt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Property</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a controller, port or device to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is no longer present.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Controller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kernel name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PCI ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a PCI device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bus type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Driver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Root hub %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USB version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New devices authorized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>internal only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port %1 (empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over-current events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same socket as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing plugged in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This kernel exposes no port node; the port is derived from the hub&apos;s port count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendor:product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no string) %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bus / device number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes (configuration %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum power</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 mA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auto (may suspend when idle)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drivers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interfaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>class %1/%2/%3, driver %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Descriptors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bcdUSB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control packet size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>self-powered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bus-powered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface %1 alt %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>class %1/%2/%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2, %3 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OUT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> × %1 per microframe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 bulk streams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint 0x%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mounted on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in use as swap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not mounted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plugboard::ui::DeviceIcons</name>
    <message>
        <source>Hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mass storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Human interface device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video (webcam)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone or media player (MTP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smart card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial adapter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network adapter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wireless (Bluetooth)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plugboard::ui::DiagnosisWizard</name>
    <message>
        <source>Controller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hypervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guest controller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device&apos;s path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guest does not list the device at all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guest lists the device but it does not work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device works but slowly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device keeps disconnecting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why does the guest not see my device?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which device, and which guest?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the device, or the empty port where it never appears, and the guest that should see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device or port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device or port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  (empty port: the device never appears)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guest:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No particular guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happens?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guest does not list it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listed, but not working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host, device, hypervisor and security, along the path the device takes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The most likely cause first. Open a finding to see its evidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does the guest see it now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check inside the guest: on Linux run &quot;lsusb&quot; (or &quot;lsusb -t&quot; to see the speed); on Windows open Device Manager and look under Universal Serial Bus controllers and Other devices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run the checks again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collecting facts about this machine…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the host (controller and port)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the device…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the hypervisor and the guest…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking security policies…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No problem found. %n check(s) could not run.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No problem found for this device and guest. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs an administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fix did not work: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>authorization was refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pkexec could not be started (%1). Install polkit, or run the helper as root.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plugboard diagnosis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device: %1 · Port: %2 · Guest: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problem found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web page (*.html);;JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plugboard::ui::GuestModel</name>
    <message>
        <source>VMware Workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n guest(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>USB arbitrator not running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2, %n port(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Connects %1:%2 automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connects host port %1 automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This guest has no USB controller.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host device at %1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host device %1:%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attached, persistent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attached (until shutdown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at next start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network USB from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPICE USB redirection channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirected USB (%1) %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always: whatever is plugged into %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always: %1 %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assigned, persistent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VMware connects it by itself whenever the VM runs (an automatic connection rule).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached whenever it is plugged in while the guest runs, and when the guest starts%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; kept in the definition, optional at start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop it on a guest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only libvirt guests&apos; devices can be moved; VMware connects its devices by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no USB controller: enable one first (right-click the VM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection %1 is down: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USB is disabled in %1 (&lt;controller type=&apos;usb&apos; model=&apos;none&apos;/&gt;): add a qemu-xhci controller to it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 runs on %2: a device of this computer cannot be a host device there. Share it over the network instead (usbredirserver here, then &quot;Attach network USB…&quot; on the guest).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only host devices given to a libvirt guest can be moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is already in %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plugboard::ui::GuestPane</name>
    <message>
        <source>Guests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device %1 is no longer plugged in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detach %1:%2 from %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach network USB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A usbredirserver the guest&apos;s host can reach (host:port):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach network USB to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not host:port (for example 192.168.1.5:4000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach network USB from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Attach…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable a USB &amp;2 controller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable USB 2 on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable a USB &amp;3 controller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable USB 3 on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow &amp;keyboards and mice (HID)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow HID on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VM is running; VMware rewrites its .vmx when it shuts down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove this rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the rule for %1:%2 from %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No host USB device is plugged in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach a USB device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give this host device to %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach &amp;network USB…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Diagnose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Detach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make &amp;persistent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make %1:%2 persistent on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unmount before attaching?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is mounted on this computer:
%2

Giving it to a guest would yank the filesystem and lose data. Unmount it safely first?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unmount /dev/%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release %1:%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (VMware, %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/dev/%1 is in use as swap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unmounted /dev/%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/dev/%1 could not be unmounted: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a USB hub; a hub cannot be passed to a guest. Drag the devices behind it instead, or assign one of its ports (right-click the port).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is given to %2 now. Take it from there and give it to %3?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guest&apos;s USB controller is too slow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch to &amp;qemu-xhci (next start)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach &amp;anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch %1 to qemu-xhci</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach %1 to %2 from its next start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give away a keyboard or mouse?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a keyboard or mouse this computer may be using. While the guest has it, it does not work here. Continue?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no guest %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>release of %1:%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach %1:%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>detach of %1:%2 from %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach %1:%2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move %1:%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move %1:%2 from %3 to %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release %1:%2 from %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>move of %1:%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always give %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VMware&apos;s rules name devices by vendor and product: assign a device, not a port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned; it is attached whenever it is plugged in while the guest runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned; the Plugboard agent attaches it whenever it appears.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop giving %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No longer assigned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach &amp;to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Always give this device to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From boot too?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also keep %1 in the guest&apos;s definition, so it is there from the guest&apos;s start? (It never stops the guest from starting when it is unplugged.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always give this &amp;port to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whatever is plugged into %1 goes to the guest (USB 2 and USB 3 sides together).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule for %1:%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the rule for %1:%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove this assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plugboard::ui::HostPane</name>
    <message>
        <source>Filter devices (name, vendor:product, serial, driver)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;empty ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host USB devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No USB source is connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No USB controllers were found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Diagnose this port…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Diagnose…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plugboard::ui::HostUsbModel</name>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Driver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over-current events: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port %1 (empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ over-current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(disabled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2
%3, bus %4 device %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not authorized)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given to %1 whenever it is plugged in (an assignment).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plugboard::ui::MainWindow</name>
    <message>
        <source>Plugboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;empty ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Plugboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Plugboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plugboard %1
USB devices for virtual machines.
Licensed under the GNU GPL, version 3 or later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n controller(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>following hotplug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not following hotplug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;VMware virtual machine…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Collect diagnostic bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open diagnostic &amp;bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a diagnostic bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Troubleshoot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collecting facts for the bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collect a diagnostic bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle will contain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redact serial numbers, user and host names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to put the bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle written to %1 and %1.tar.gz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnosis of the bundle %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a VMware virtual machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VMware virtual machines (*.vmx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a libvirt connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection URI (for example qemu+ssh://user@host/system or test:///default):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why did the attach fail?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Diagnose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnose the failed attach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attach failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Keeping %n assignment(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Assignments kept by the agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which guest gets it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) is assigned to several running guests. Which one should get it, now and next time?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plugboard::ui::PowerBudgetBar</name>
    <message>
        <source>Power budget unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 mA requested of %2 mA available on %n port(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>(bus-powered hub: 100 mA per port)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— over budget: devices may fail to configure; use a self-powered hub.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2 mA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plugboard::vmware</name>
    <message>
        <source>no USB controller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 controller, %2 ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connects automatically: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The virtual machine is running (%1). VMware rewrites its .vmx when it shuts down, so Plugboard does not change it now: shut the VM down and try again, or use VMware&apos;s VM ▸ Removable Devices menu.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plugboard::vmware::VmwareGuestFile</name>
    <message>
        <source>its lock directory %1 exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vmware-vmx (process %1) runs it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VM already connects %1:%2 automatically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device %1:%2 will be connected to this VM when it starts or when the device is plugged in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VM has no automatic connection rule for %1:%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VM no longer connects %1:%2 automatically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USB 3 needs virtual hardware version 8 or later; this VM has version %1. Upgrade its compatibility in VMware first (VM ▸ Manage ▸ Change Hardware Compatibility); older VMware versions then cannot open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The controller is already enabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A USB 3 controller was added to the VM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A USB 2 controller was added to the VM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboards, mice and other HID devices can now be given to this VM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HID devices are no longer offered to this VM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is running. VMware has no public interface for connecting a device to a running VM: use VMware&apos;s VM ▸ Removable Devices menu now, or shut the VM down and let Plugboard add an automatic connection rule so the device connects whenever the VM starts or the device is plugged in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plugboard::vmware::VmwareHostState</name>
    <message>
        <source>USB arbitrator running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USB arbitrator not running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vmmon and vmnet loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vmmon/vmnet not loaded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plugboard::vmware::VmxDocument</name>
    <message>
        <source>it is not of the form key = &quot;value&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its value has no closing quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is text after the closing quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is %1 bytes long; a .vmx file is a few kilobytes, so this is not one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file contains binary data (NUL bytes), so it is not a .vmx file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 is %2 bytes long, far longer than any .vmx setting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 cannot be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file declares the encoding &quot;%1&quot;, which Plugboard cannot read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be written in this file&apos;s encoding (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write next to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1 failed (%2); the file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot keep a backup of %1, so it was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replacing %1 failed (%2); the file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This document has no file to save to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed by another program after Plugboard read it, so it was not overwritten. Reload it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plugboardctl</name>
    <message>
        <source>Run &apos;plugboardctl --help&apos; for usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the host&apos;s USB controllers, ports and devices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write one JSON document (DESIGN.md contract).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read every host file under DIR instead of /.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide empty ports in the text tree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;devices&apos; takes no arguments, got &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--root needs a directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List KVM (libvirt) guests with their USB controllers and devices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write one JSON document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A libvirt URI (repeatable; replaces the defaults).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A VMware .vmx file (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;guests&apos; takes no arguments, got &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VMware has no interface for live USB connection; an automatic connection rule applies when the VM starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a host USB device to a guest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take a USB device back from a guest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kernel name (1-1.4) or vid:pid[:serial].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URI#name, a bare guest name, or a .vmx file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the running guest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the persistent definition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The running guest and its definition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs DEVICE and GUEST.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give at most one of --live, --config and --both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a device: give a kernel name such as 1-1.4 or vid:pid[:serial].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device in question (kernel name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port where a device never appears.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guest (URI#name, name or .vmx).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find out why a guest does not see a USB device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnose a bundle collected elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;diagnose&apos; takes no arguments, got &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problem found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not checked: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a diagnostic bundle to DIR for a bug report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new or empty directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also pack it as DIR.tar.gz.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace serial numbers, user and host names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;collect&apos; needs exactly one DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: plugboardctl COMMAND [OPTIONS]

Commands:
  devices [--json] [--root DIR]
      the host&apos;s USB controllers, ports and devices
  guests [--json] [--connect URI]... [--vmx FILE]...
      KVM (libvirt) and VMware guests with their USB controllers and devices
  attach DEVICE GUEST [--live|--config|--both] [--connect URI]...
  detach DEVICE GUEST [--live|--config|--both] [--connect URI]...
      give a host device to a guest, or take it back
  diagnose [--device D] [--port P] [--guest G] [--bundle DIR] [--json] [--connect URI]...
      find out why a guest does not see a device
  collect DIR [--archive] [--redact] [--device D] [--guest G] [--connect URI]...
      write a diagnostic bundle for a bug report
  assign DEVICE|PORT GUEST [--persistent] [--prefer]
  unassign DEVICE|PORT [GUEST]
  assignments [--json]
      always give a device, or whatever is plugged into a port, to a guest
  agent
      keep the assignments (run by the systemd user unit plugboard-agent.service)

Run &apos;plugboardctl COMMAND --help&apos; for a command&apos;s options.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
