// SPDX-License-Identifier: GPL-3.0-or-later
// hwdb lookups. libudev.h is included here and in the udev monitor only.
#include "hardwaredatabase.h"

#include <QMutex>

#include <libudev.h>

namespace plugboard::host {

struct HardwareDatabase::Private
{
    udev *ctx = nullptr;
    udev_hwdb *hwdb = nullptr;
    QMutex mutex; // libudev objects are not thread-safe
    QHash<QString, Names> cache;
};

HardwareDatabase::HardwareDatabase()
    : d(std::make_unique<Private>())
{
    d->ctx = udev_new();
    if (d->ctx)
        d->hwdb = udev_hwdb_new(d->ctx);
}

HardwareDatabase::~HardwareDatabase()
{
    if (d->hwdb)
        udev_hwdb_unref(d->hwdb);
    if (d->ctx)
        udev_unref(d->ctx);
}

HardwareDatabase &HardwareDatabase::instance()
{
    static HardwareDatabase db;
    return db;
}

bool HardwareDatabase::isAvailable() const
{
    return d->hwdb != nullptr;
}

HardwareDatabase::Names HardwareDatabase::lookup(const QString &modalias)
{
    QMutexLocker lock(&d->mutex);
    const auto it = d->cache.constFind(modalias);
    if (it != d->cache.constEnd())
        return *it;
    Names names;
    if (d->hwdb) {
        const QByteArray key = modalias.toLatin1();
        udev_list_entry *entry = udev_hwdb_get_properties_list_entry(d->hwdb, key.constData(), 0);
        for (; entry; entry = udev_list_entry_get_next(entry)) {
            const char *name = udev_list_entry_get_name(entry);
            const char *value = udev_list_entry_get_value(entry);
            if (!name || !value)
                continue;
            if (qstrcmp(name, "ID_VENDOR_FROM_DATABASE") == 0)
                names.vendor = QString::fromUtf8(value);
            else if (qstrcmp(name, "ID_MODEL_FROM_DATABASE") == 0)
                names.model = QString::fromUtf8(value);
        }
    }
    d->cache.insert(modalias, names);
    return names;
}

HardwareDatabase::Names HardwareDatabase::usb(const QString &vid, const QString &pid)
{
    if (vid.size() != 4)
        return {};
    if (pid.size() != 4)
        return {lookup(QStringLiteral("usb:v%1").arg(vid.toUpper())).vendor, {}};
    return lookup(QStringLiteral("usb:v%1p%2").arg(vid.toUpper(), pid.toUpper()));
}

HardwareDatabase::Names HardwareDatabase::pci(const QString &vendor, const QString &device)
{
    if (vendor.size() != 4)
        return {};
    if (device.size() != 4)
        return {lookup(QStringLiteral("pci:v0000%1").arg(vendor.toUpper())).vendor, {}};
    return lookup(QStringLiteral("pci:v0000%1d0000%2").arg(vendor.toUpper(), device.toUpper()));
}

} // namespace plugboard::host
