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
    case DeviceCategory::Hub: return cached(QStringLiteral("class-hub"));
    case DeviceCategory::Storage: return cached(QStringLiteral("class-storage"));
    case DeviceCategory::Keyboard: return cached(QStringLiteral("class-hid"));
    case DeviceCategory::Mouse: return cached(QStringLiteral("class-mouse"));
    case DeviceCategory::Hid: return cached(QStringLiteral("class-hid"));
    case DeviceCategory::Camera: return cached(QStringLiteral("class-camera"));
    case DeviceCategory::Video: return cached(QStringLiteral("class-video"));
    case DeviceCategory::Phone: return cached(QStringLiteral("class-phone"));
    case DeviceCategory::Audio: return cached(QStringLiteral("class-audio"));
    case DeviceCategory::SmartCard: return cached(QStringLiteral("class-smartcard"));
    case DeviceCategory::Serial: return cached(QStringLiteral("class-serial"));
    case DeviceCategory::Network: return cached(QStringLiteral("class-network"));
    case DeviceCategory::Printer: return cached(QStringLiteral("class-printer"));
    case DeviceCategory::Wireless: return cached(QStringLiteral("class-wireless"));
    case DeviceCategory::Unknown: break;
    }
    return cached(QStringLiteral("class-unknown"));
}

QString DeviceIcons::categoryName(DeviceCategory c)
{
    const char *ctx = "plugboard::ui::DeviceIcons";
    switch (c) {
    case DeviceCategory::Hub: return QCoreApplication::translate(ctx, "Hub");
    case DeviceCategory::Storage: return QCoreApplication::translate(ctx, "Mass storage");
    case DeviceCategory::Keyboard: return QCoreApplication::translate(ctx, "Keyboard");
    case DeviceCategory::Mouse: return QCoreApplication::translate(ctx, "Mouse");
    case DeviceCategory::Hid: return QCoreApplication::translate(ctx, "Human interface device");
    case DeviceCategory::Camera: return QCoreApplication::translate(ctx, "Camera");
    case DeviceCategory::Video: return QCoreApplication::translate(ctx, "Video (webcam)");
    case DeviceCategory::Phone: return QCoreApplication::translate(ctx, "Phone or media player (MTP)");
    case DeviceCategory::Audio: return QCoreApplication::translate(ctx, "Audio");
    case DeviceCategory::SmartCard: return QCoreApplication::translate(ctx, "Smart card");
    case DeviceCategory::Serial: return QCoreApplication::translate(ctx, "Serial adapter");
    case DeviceCategory::Network: return QCoreApplication::translate(ctx, "Network adapter");
    case DeviceCategory::Printer: return QCoreApplication::translate(ctx, "Printer");
    case DeviceCategory::Wireless: return QCoreApplication::translate(ctx, "Wireless (Bluetooth)");
    case DeviceCategory::Unknown: break;
    }
    return QCoreApplication::translate(ctx, "Other");
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

QIcon DeviceIcons::application()
{
    return cached(QStringLiteral("plugboard"));
}

} // namespace plugboard::ui
