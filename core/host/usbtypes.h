// SPDX-License-Identifier: GPL-3.0-or-later
// Value types of the host USB topology: controllers, ports, devices, interfaces, storage.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace plugboard::host {

struct Endpoint
{
    enum class Type { Control, Isochronous, Bulk, Interrupt };
    quint8 address = 0; // bEndpointAddress: bit 7 set = IN
    Type type = Type::Control;
    int maxPacketSize = 0; // bytes per transaction (wMaxPacketSize bits 0..10)
    int transactionsPerMicroframe = 1; // high-bandwidth high-speed endpoints: 2 or 3
    int interval = 0;
    int maxStreams = 0; // SuperSpeed bulk streams (UAS), from the companion descriptor

    bool isIn() const { return address & 0x80; }
    bool operator==(const Endpoint &) const = default;
};

struct InterfaceDescriptor
{
    int number = 0;
    int alternate = 0;
    quint8 cls = 0, subClass = 0, protocol = 0;
    QList<Endpoint> endpoints;
    bool operator==(const InterfaceDescriptor &) const = default;
};

struct ConfigurationDescriptor
{
    int value = 0;
    int maxPowerRaw = 0; // bMaxPower as in the descriptor (units depend on speed)
    bool selfPowered = false;
    bool remoteWakeup = false;
    QList<InterfaceDescriptor> interfaces;
    bool operator==(const ConfigurationDescriptor &) const = default;
};

struct DeviceDescriptor
{
    quint16 bcdUsb = 0;
    quint8 cls = 0, subClass = 0, protocol = 0;
    int maxPacketSize0 = 0;
    quint16 vendorId = 0, productId = 0, bcdDevice = 0;
    int numConfigurations = 0;
    QList<ConfigurationDescriptor> configurations;
    bool operator==(const DeviceDescriptor &) const = default;
};

// One partition or whole disk of a USB mass-storage device, with where it is mounted.
struct BlockDevice
{
    QString name; // "sdb", "sdb1"
    QString devNum; // "8:16"
    QString label; // filesystem label when known (udev), else empty
    qint64 sizeBytes = -1;
    QStringList mountPoints;
    bool swap = false;
    bool isPartition = false;
    bool operator==(const BlockDevice &) const = default;
};

struct UsbInterface
{
    QString id; // "1-1.5:1.0"
    std::optional<quint8> cls, subClass, protocol;
    int number = -1;
    int alternate = -1;
    int numEndpoints = -1;
    QString driver; // bound driver, empty when none
    std::optional<bool> authorized;
    bool operator==(const UsbInterface &) const = default;
};

struct UsbPort
{
    QString id; // "usb1-port4", "1-1-port5"
    QString parentId; // controller id for root hub ports, device id for hub ports
    QString hubId; // the hub this port belongs to: "usb1" or "1-1"
    int bus = 0;
    int number = 0;
    QString connectType; // hotplug, hardwired, not used, unknown; empty = not reported
    std::optional<int> overCurrentCount;
    std::optional<bool> disabled;
    QString peerId; // the companion port on the other root hub (USB 2 <-> USB 3)
    QString deviceId; // the device plugged in, empty when none
    bool synthesized = false; // no port node in sysfs: derived from maxchild and child names
    bool operator==(const UsbPort &) const = default;
};

struct RootHub
{
    QString id; // "usb1"
    int bus = 0;
    std::optional<double> speedMbps;
    QString usbVersion; // "2.00", "3.10"
    int maxChild = 0;
    std::optional<int> authorizedDefault;
    bool operator==(const RootHub &) const = default;
};

struct UsbController
{
    QString id; // parent device kernel name: "0000:00:14.0", "xhci-hcd.0.auto"
    QString sysPath; // relative to the root: "sys/devices/pci0000:00/0000:00:14.0"
    QString subsystem; // "pci", "platform"
    QString vendorId, deviceId; // PCI ids when known, 4 lowercase hex
    QString vendorName, modelName; // from the hardware database
    QString driver; // xhci_hcd, ehci-pci …; empty when unbound or unknown
    QList<RootHub> rootHubs;
    QStringList portIds; // every root hub's ports, bus order then port order
    bool operator==(const UsbController &) const = default;
};

struct UsbDevice
{
    QString id; // kernel name: "1-1.5.2.3"
    QString parentPortId;
    QString sysPath; // relative to the root
    QString vendorId, productId; // 4 lowercase hex; empty when unreadable
    QString manufacturer, product, serial; // device strings
    QString vendorNameDb, productNameDb; // from the hardware database
    std::optional<double> speedMbps;
    QString usbVersion;
    std::optional<quint8> deviceClass, deviceSubClass, deviceProtocol;
    std::optional<int> busnum, devnum;
    std::optional<bool> authorized;
    std::optional<int> maxPowerMa;
    std::optional<int> configurationValue; // empty bConfigurationValue = unconfigured
    QString removable; // removable, fixed, unknown
    QString powerControl; // on, auto
    QString driver; // usb (the generic driver), empty when none
    int maxChild = 0;
    QList<UsbInterface> interfaces;
    QStringList portIds; // for hubs
    std::optional<DeviceDescriptor> descriptors;
    QList<BlockDevice> blockDevices;
    bool mediaPlayer = false; // udev ID_MTP_DEVICE / ID_MEDIA_PLAYER: a phone or player speaking MTP

    bool isHub() const { return (deviceClass && *deviceClass == 0x09) || maxChild > 0; }
    QString displayName() const;
    QString vendorDisplayName() const;
    QString productDisplayName() const;
    // Every driver bound to the device or its interfaces, de-duplicated, in interface order.
    QStringList drivers() const;
    bool operator==(const UsbDevice &) const = default;
};

// What a device is, for its icon and for checks that care (boot keyboards, storage, hubs).
enum class DeviceCategory {
    Hub,
    Storage,
    Keyboard,
    Mouse,
    Hid,
    Camera,
    Video,
    Phone,
    Audio,
    SmartCard,
    Serial,
    Network,
    Printer,
    Wireless,
    Unknown
};
DeviceCategory categoryOf(const UsbDevice &d);
// Interface classes of the device: from sysfs interfaces, else from the active configuration's descriptors.
QList<quint8> interfaceClasses(const UsbDevice &d);

// "1.5", "12", "480", "5000" as a human-readable speed ("480 Mbit/s", "5 Gbit/s").
QString speedText(std::optional<double> mbps);
// The USB generation name a speed belongs to ("High Speed").
QString speedName(std::optional<double> mbps);

} // namespace plugboard::host
