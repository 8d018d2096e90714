// SPDX-License-Identifier: GPL-3.0-or-later
// libusb-1.0 view of the live host: bus/address, the port path, and string descriptors.
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace plugboard::host {

struct LibusbDeviceInfo
{
    int bus = 0;
    int address = 0;
    QString portPath; // kernel device name built from libusb_get_port_numbers(): "1-1.5.2.3"; "usbN" for root hubs
    quint16 vendorId = 0, productId = 0;
    int speedMbps10 = 0; // speed in tenths of Mbit/s (15 = 1.5); 0 unknown
};

class LibusbProbe
{
public:
    // Enumerates the devices libusb sees (no device is opened). nullopt with `error` set when
    // libusb cannot be initialised (no /dev/bus/usb, no USB support in this kernel).
    static std::optional<QList<LibusbDeviceInfo>> enumerate(QString *error = nullptr);
    // Reads a string descriptor (ASCII) by index from the device at bus/address; needs read access
    // to /dev/bus/usb/BBB/DDD. nullopt with `error` on failure.
    static std::optional<QString> stringDescriptor(int bus, int address, int index, QString *error = nullptr);
};

} // namespace plugboard::host
