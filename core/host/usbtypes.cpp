// SPDX-License-Identifier: GPL-3.0-or-later
// Display helpers of the USB value types.
#include "usbtypes.h"

#include <QCoreApplication>

namespace plugboard::host {

QString UsbDevice::vendorDisplayName() const
{
    if (!manufacturer.isEmpty())
        return manufacturer;
    if (!vendorNameDb.isEmpty())
        return vendorNameDb;
    return vendorId;
}

QString UsbDevice::productDisplayName() const
{
    if (!product.isEmpty())
        return product;
    if (!productNameDb.isEmpty())
        return productNameDb;
    return {};
}

QString UsbDevice::displayName() const
{
    const QString p = productDisplayName();
    if (!p.isEmpty())
        return p;
    if (!vendorNameDb.isEmpty() || !manufacturer.isEmpty())
        return QCoreApplication::translate("plugboard::host::UsbDevice", "%1 device %2")
            .arg(vendorDisplayName(), productId);
    return QCoreApplication::translate("plugboard::host::UsbDevice", "USB device %1:%2").arg(vendorId, productId);
}

QStringList UsbDevice::drivers() const
{
    QStringList out;
    if (!driver.isEmpty())
        out.append(driver);
    for (const UsbInterface &i : interfaces) {
        if (!i.driver.isEmpty() && !out.contains(i.driver))
            out.append(i.driver);
    }
    return out;
}

QList<quint8> interfaceClasses(const UsbDevice &d)
{
    QList<quint8> out;
    for (const UsbInterface &i : d.interfaces) {
        if (i.cls)
            out.append(*i.cls);
    }
    if (out.isEmpty() && d.descriptors) {
        for (const ConfigurationDescriptor &c : d.descriptors->configurations) {
            if (d.configurationValue && c.value != *d.configurationValue)
                continue;
            for (const InterfaceDescriptor &i : c.interfaces)
                out.append(i.cls);
            break;
        }
    }
    return out;
}

DeviceCategory categoryOf(const UsbDevice &d)
{
    if (d.isHub())
        return DeviceCategory::Hub;
    if (d.mediaPlayer)
        return DeviceCategory::Phone;
    static const QStringList serialDrivers {QStringLiteral("ftdi_sio"), QStringLiteral("cp210x"),
        QStringLiteral("pl2303"), QStringLiteral("ch341"), QStringLiteral("cdc_acm"),
        QStringLiteral("usbserial_generic"), QStringLiteral("option"), QStringLiteral("qcserial")};
    const QStringList drivers = d.drivers();
    for (const QString &drv : drivers) {
        if (serialDrivers.contains(drv))
            return DeviceCategory::Serial;
    }
    QList<quint8> classes = interfaceClasses(d);
    if (d.deviceClass && *d.deviceClass != 0x00 && *d.deviceClass != 0xef && *d.deviceClass != 0xff)
        classes.prepend(*d.deviceClass);
    // Boot-protocol HID: protocol 1 keyboard, 2 mouse (HID 1.11, appendix B).
    for (const UsbInterface &i : d.interfaces) {
        if (i.cls == 0x03 && i.subClass == 0x01 && i.protocol == 0x01)
            return DeviceCategory::Keyboard;
        if (i.cls == 0x03 && i.subClass == 0x01 && i.protocol == 0x02)
            return DeviceCategory::Mouse;
    }
    if (d.interfaces.isEmpty() && d.descriptors) {
        for (const ConfigurationDescriptor &c : d.descriptors->configurations) {
            for (const InterfaceDescriptor &i : c.interfaces) {
                if (i.cls == 0x03 && i.subClass == 0x01 && i.protocol == 0x01)
                    return DeviceCategory::Keyboard;
                if (i.cls == 0x03 && i.subClass == 0x01 && i.protocol == 0x02)
                    return DeviceCategory::Mouse;
            }
        }
    }
    // The first interface class that says what the device is for wins, in this order.
    const std::pair<quint8, DeviceCategory> order[] = {
        {0x08, DeviceCategory::Storage},
        {0x0e, DeviceCategory::Video},
        {0x06, DeviceCategory::Camera},
        {0x0b, DeviceCategory::SmartCard},
        {0x07, DeviceCategory::Printer},
        {0xe0, DeviceCategory::Wireless},
        {0x01, DeviceCategory::Audio},
        {0x0a, DeviceCategory::Network},
        {0x02, DeviceCategory::Serial},
        {0x03, DeviceCategory::Hid},
    };
    for (const auto &[cls, category] : order) {
        if (classes.contains(cls)) {
            // CDC: ACM (02) is a serial port, ECM/NCM/EEM are network adapters.
            if (cls == 0x02) {
                for (const UsbInterface &i : d.interfaces) {
                    if (i.cls == 0x02 && i.subClass && *i.subClass != 0x02)
                        return DeviceCategory::Network;
                }
            }
            return category;
        }
    }
    static const QStringList netDrivers {QStringLiteral("r8152"), QStringLiteral("ax88179_178a"),
        QStringLiteral("asix"), QStringLiteral("cdc_ether"), QStringLiteral("cdc_ncm"), QStringLiteral("rndis_host")};
    for (const QString &drv : drivers) {
        if (netDrivers.contains(drv))
            return DeviceCategory::Network;
    }
    return DeviceCategory::Unknown;
}

QString speedText(std::optional<double> mbps)
{
    if (!mbps)
        return QCoreApplication::translate("plugboard::host", "unknown speed");
    if (*mbps >= 1000)
        return QCoreApplication::translate("plugboard::host", "%1 Gbit/s").arg(*mbps / 1000.0);
    return QCoreApplication::translate("plugboard::host", "%1 Mbit/s").arg(*mbps);
}

QString speedName(std::optional<double> mbps)
{
    if (!mbps)
        return QCoreApplication::translate("plugboard::host", "Unknown");
    if (*mbps <= 1.5)
        return QCoreApplication::translate("plugboard::host", "Low Speed");
    if (*mbps <= 12)
        return QCoreApplication::translate("plugboard::host", "Full Speed");
    if (*mbps <= 480)
        return QCoreApplication::translate("plugboard::host", "High Speed");
    if (*mbps <= 5000)
        return QCoreApplication::translate("plugboard::host", "SuperSpeed");
    if (*mbps <= 10000)
        return QCoreApplication::translate("plugboard::host", "SuperSpeed+ 10 Gbit/s");
    return QCoreApplication::translate("plugboard::host", "SuperSpeed+ 20 Gbit/s");
}

} // namespace plugboard::host
