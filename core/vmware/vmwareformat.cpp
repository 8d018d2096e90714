// SPDX-License-Identifier: GPL-3.0-or-later
// JSON and text renderings of VMware guests.
#include "vmwareformat.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace plugboard::vmware {

namespace {
// The context lupdate records for this file's sentences (Q_DECLARE_TR_FUNCTIONS names it).
class VmwareFormatText
{
    Q_DECLARE_TR_FUNCTIONS(plugboard::vmware::VmwareFormat)
};

QJsonValue str(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}
} // namespace

QJsonObject vmwareGuestToJson(const VmwareGuest &g)
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), g.path);
    o.insert(QStringLiteral("name"), g.displayName);
    o.insert(QStringLiteral("hypervisor"), QStringLiteral("vmware"));
    o.insert(QStringLiteral("state"), stateWord(g.state()));
    o.insert(QStringLiteral("hardware_version"),
        g.hardwareVersion > 0 ? QJsonValue(g.hardwareVersion) : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("allow_hid"), g.allowHid);
    QJsonArray controllers;
    for (const VmwareUsbController &c : g.controllers) {
        QJsonObject co;
        co.insert(QStringLiteral("model"), c.model);
        co.insert(QStringLiteral("ports"), c.ports);
        controllers.append(co);
    }
    o.insert(QStringLiteral("usb_controllers"), controllers);
    QJsonArray devices;
    for (const AutoconnectRule &r : g.rules) {
        QJsonObject d;
        d.insert(QStringLiteral("vid"), str(r.vendorId));
        d.insert(QStringLiteral("pid"), str(r.productId));
        d.insert(QStringLiteral("bus"), QJsonValue(QJsonValue::Null));
        d.insert(QStringLiteral("device"), QJsonValue(QJsonValue::Null));
        d.insert(QStringLiteral("kind"), QStringLiteral("autoconnect"));
        d.insert(QStringLiteral("source"),
            r.path.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(QStringLiteral("path:") + r.path));
        devices.append(d);
    }
    o.insert(QStringLiteral("usb_devices"), devices);
    if (!g.error.isEmpty())
        o.insert(QStringLiteral("error"), g.error);
    return o;
}

QString vmwareGuestToText(const VmwareGuest &g)
{
    QString out = g.path + QStringLiteral("  ") + g.displayName + QStringLiteral("  ") + stateWord(g.state())
        + QLatin1Char('\n');
    if (!g.error.isEmpty())
        return out + QStringLiteral("   ") + g.error + QLatin1Char('\n');
    if (g.controllers.isEmpty())
        out += QStringLiteral("   ") + VmwareFormatText::tr("no USB controller") + QLatin1Char('\n');
    for (const VmwareUsbController &c : g.controllers)
        out += QStringLiteral("   ")
            + VmwareFormatText::tr("%1 controller, %2 ports").arg(c.model.toUpper()).arg(c.ports) + QLatin1Char('\n');
    for (const AutoconnectRule &r : g.rules)
        out += QStringLiteral("   └─ ") + VmwareFormatText::tr("connects automatically: %1").arg(r.pattern)
            + QLatin1Char('\n');
    return out;
}

} // namespace plugboard::vmware
