// SPDX-License-Identifier: GPL-3.0-or-later
// Vendor and model names from the udev hardware database (hwdb.bin), through libudev.
#pragma once

#include <QHash>
#include <QString>

#include <memory>

namespace plugboard::host {

class HardwareDatabase
{
public:
    struct Names
    {
        QString vendor, model;
    };

    HardwareDatabase();
    ~HardwareDatabase();
    HardwareDatabase(const HardwareDatabase &) = delete;
    HardwareDatabase &operator=(const HardwareDatabase &) = delete;

    // The process-wide instance (hwdb.bin is mapped once).
    static HardwareDatabase &instance();

    bool isAvailable() const;
    // vid/pid as 4 hex digits. Empty names when the database does not know them.
    Names usb(const QString &vid, const QString &pid);
    Names pci(const QString &vendor, const QString &device);

private:
    Names lookup(const QString &modalias);
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace plugboard::host
