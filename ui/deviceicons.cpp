// SPDX-License-Identifier: GPL-3.0-or-later
// Category icons: our own SVGs, so the tree reads the same on every desktop and under Xvfb.
#include "deviceicons.h"

#include <QCoreApplication>
#include <QHash>

// The resources live in a static library: register them before the first lookup.
static void initPlugboardResources()
{
    Q_INIT_RESOURCE(plugboard);
}

namespace plugboard::ui {

using host::DeviceCategory;

namespace {
QIcon cached(const QString &name)
{
    static const bool registered = (initPlugboardResources(), true);
    Q_UNUSED(registered);
    static QHash<QString, QIcon> cache;
    auto it = cache.find(name);
    if (it == cache.end())
        it = cache.insert(name, QIcon(QStringLiteral(":/icons/") + name + QStringLiteral(".svg")));
    return *it;
}
} // namespace

QIcon DeviceIcons::forCategory(DeviceCategory c)
{
    switch (c) {
    case DeviceCategory::Hub:
        return cached(QStringLiteral("class-hub"));
    case DeviceCategory::Storage:
        return cached(QStringLiteral("class-storage"));
    case DeviceCategory::Keyboard:
        return cached(QStringLiteral("class-hid"));
    case DeviceCategory::Mouse:
        return cached(QStringLiteral("class-mouse"));
    case DeviceCategory::Hid:
        return cached(QStringLiteral("class-hid"));
    case DeviceCategory::Camera:
        return cached(QStringLiteral("class-camera"));
    case DeviceCategory::Video:
        return cached(QStringLiteral("class-video"));
    case DeviceCategory::Phone:
        return cached(QStringLiteral("class-phone"));
    case DeviceCategory::Audio:
        return cached(QStringLiteral("class-audio"));
    case DeviceCategory::SmartCard:
        return cached(QStringLiteral("class-smartcard"));
    case DeviceCategory::Serial:
        return cached(QStringLiteral("class-serial"));
    case DeviceCategory::Network:
        return cached(QStringLiteral("class-network"));
    case DeviceCategory::Printer:
        return cached(QStringLiteral("class-printer"));
    case DeviceCategory::Wireless:
        return cached(QStringLiteral("class-wireless"));
    case DeviceCategory::Unknown:
        break;
    }
    return cached(QStringLiteral("class-unknown"));
}

QString DeviceIcons::categoryName(DeviceCategory c)
{
    switch (c) {
    case DeviceCategory::Hub:
        return QCoreApplication::translate("plugboard::ui::DeviceIcons", "Hub");
    case DeviceCategory::Storage:
        return QCoreApplication::translate("plugboard::ui::DeviceIcons", "Mass storage");
    case DeviceCategory::Keyboard:
        return QCoreApplication::translate("plugboard::ui::DeviceIcons", "Keyboard");
    case DeviceCategory::Mouse:
        return QCoreApplication::translate("plugboard::ui::DeviceIcons", "Mouse");
    case DeviceCategory::Hid:
        return QCoreApplication::translate("plugboard::ui::DeviceIcons", "Human interface device");
    case DeviceCategory::Camera:
        return QCoreApplication::translate("plugboard::ui::DeviceIcons", "Camera");
    case DeviceCategory::Video:
        return QCoreApplication::translate("plugboard::ui::DeviceIcons", "Video (webcam)");
    case DeviceCategory::Phone:
        return QCoreApplication::translate("plugboard::ui::DeviceIcons", "Phone or media player (MTP)");
    case DeviceCategory::Audio:
        return QCoreApplication::translate("plugboard::ui::DeviceIcons", "Audio");
    case DeviceCategory::SmartCard:
        return QCoreApplication::translate("plugboard::ui::DeviceIcons", "Smart card");
    case DeviceCategory::Serial:
        return QCoreApplication::translate("plugboard::ui::DeviceIcons", "Serial adapter");
    case DeviceCategory::Network:
        return QCoreApplication::translate("plugboard::ui::DeviceIcons", "Network adapter");
    case DeviceCategory::Printer:
        return QCoreApplication::translate("plugboard::ui::DeviceIcons", "Printer");
    case DeviceCategory::Wireless:
        return QCoreApplication::translate("plugboard::ui::DeviceIcons", "Wireless (Bluetooth)");
    case DeviceCategory::Unknown:
        break;
    }
    return QCoreApplication::translate("plugboard::ui::DeviceIcons", "Other");
}

QIcon DeviceIcons::controller()
{
    return cached(QStringLiteral("controller"));
}

QIcon DeviceIcons::emptyPort()
{
    return cached(QStringLiteral("port-empty"));
}

QIcon DeviceIcons::usedPort()
{
    return cached(QStringLiteral("port-used"));
}

QIcon DeviceIcons::guest()
{
    return cached(QStringLiteral("guest"));
}

QIcon DeviceIcons::application()
{
    return cached(QStringLiteral("plugboard"));
}

} // namespace plugboard::ui
