// SPDX-License-Identifier: GPL-3.0-or-later
// The USB side of a libvirt domain definition: controllers, hubs, host devices, redirection.
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace plugboard::libvirt {

struct UsbControllerDef
{
    int index = 0;
    QString model; // libvirt's name: qemu-xhci, ich9-ehci1, piix3-uhci, none; empty = hypervisor default
    std::optional<int> ports; // the ports='' attribute (xHCI)
    std::optional<int> masterStartPort; // <master startport=''/>: a UHCI companion of an EHCI
    QString alias;

    bool isCompanion() const { return masterStartPort.has_value(); }
    // Ports a device can use: companions add none (they serve their EHCI's ports).
    int effectivePorts() const;
    // Highest USB speed class the controller serves: 1 (UHCI/OHCI), 2 (EHCI), 3 (xHCI), 0 none/unknown.
    int generation() const;
    bool operator==(const UsbControllerDef &) const = default;
};

struct GuestUsbAddress
{
    int bus = -1;
    QString port; // "1", "1.2" behind a hub
    bool operator==(const GuestUsbAddress &) const = default;
};

struct HostdevDef
{
    QString vendorId, productId; // 4 lowercase hex digits, empty when not given
    std::optional<int> bus, device; // <source><address bus= device=/>
    QString startupPolicy; // mandatory (default), requisite, optional
    QString guestReset; // off, uninitialized, on (default)
    std::optional<bool> managed;
    QString alias;
    GuestUsbAddress guestAddress;
    QString xml; // the element as it appears in the definition (used to detach exactly it)
    bool operator==(const HostdevDef &) const = default;
};

struct RedirdevDef
{
    QString type; // spicevmc, tcp, unix
    QString host, service, path;
    QString alias;
    GuestUsbAddress guestAddress;
    QString xml;
    QString source() const; // "host:port" for tcp, the path for unix, empty for spicevmc
    bool operator==(const RedirdevDef &) const = default;
};

struct RedirFilterRule
{
    // -1 = any; version as written ("2.00") or empty for any.
    int cls = -1, vendor = -1, product = -1;
    QString version;
    bool allow = true;
    bool operator==(const RedirFilterRule &) const = default;
};

struct DomainUsb
{
    QString name, uuid;
    QString domainType; // kvm, qemu, test …
    QString machine, arch;
    QList<UsbControllerDef> controllers;
    int hubs = 0;
    QList<HostdevDef> hostdevs;
    QList<RedirdevDef> redirdevs;
    QList<RedirFilterRule> redirFilter;
    bool spiceGraphics = false;
    int otherUsbDevices = 0; // tablets, mice, keyboards, disks, smartcards on the USB bus: they use ports
    // What <qemu:commandline> adds behind libvirt's back (OSX-KVM, quickemu): `-device usb-host,…`
    // passthrough (vendorid/productid, hostbus/hostaddr, hostdevice=) and USB controllers
    // (`-device qemu-xhci`, `usb-ehci`, …, with libvirt's model names). Never detached or edited.
    QList<HostdevDef> commandLineHostdevs;
    QList<UsbControllerDef> commandLineControllers;
    QString error; // non-empty: the XML could not be read; everything else is what was read before

    // A controller with model='none' and no USB controller on the QEMU command line either.
    bool usbDisabled() const;
    // Every host device given to the guest: <hostdev> entries and command-line usb-host devices.
    QList<HostdevDef> allHostdevs() const { return hostdevs + commandLineHostdevs; }
    int totalPorts() const; // controllers' effective ports + 8 per hub
    int usedPorts() const; // every USB-addressed device, hubs included
    bool operator==(const DomainUsb &) const = default;
};

// Parses a <domain> document; never throws, never crashes on bad input: a malformed document gives
// `error` set and whatever was read before the problem.
DomainUsb parseDomainXml(const QByteArray &xml);

} // namespace plugboard::libvirt
