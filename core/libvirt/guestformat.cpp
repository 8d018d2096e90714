// SPDX-License-Identifier: GPL-3.0-or-later
// JSON and text renderings of libvirt guests.
#include "guestformat.h"

#include "guestdirectory.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace plugboard::libvirt {

namespace {
// The context lupdate records for this file's sentences (Q_DECLARE_TR_FUNCTIONS names it).
class GuestFormatText
{
    Q_DECLARE_TR_FUNCTIONS(plugboard::libvirt::GuestFormat)
};

QJsonValue str(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QJsonValue opt(std::optional<int> v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}
} // namespace

QString controllerSummary(const DomainUsb &usb, const UsbControllerDef &c)
{
    const QString model = c.model.isEmpty() ? GuestFormatText::tr("default model") : c.model;
    if (c.model == QLatin1String("none"))
        return GuestFormatText::tr("USB disabled (model none)");
    if (c.isCompanion())
        return GuestFormatText::tr("USB 1.1 companion (%1)").arg(model);
    const int free = qMax(0, usb.totalPorts() - usb.usedPorts());
    const QString gen = c.generation() == 3 ? QStringLiteral("USB 3")
        : c.generation() == 2               ? QStringLiteral("USB 2")
                                            : QStringLiteral("USB 1.1");
    return GuestFormatText::tr("%1 (%2, %3, %4 free)")
        .arg(gen, model, GuestFormatText::tr("%n port(s)", nullptr, c.effectivePorts()))
        .arg(free);
}

QJsonObject guestToJson(const GuestInfo &g)
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), g.id());
    o.insert(QStringLiteral("name"), g.name);
    o.insert(QStringLiteral("hypervisor"), QStringLiteral("libvirt"));
    o.insert(QStringLiteral("uri"), g.uri);
    o.insert(QStringLiteral("uuid"), str(g.uuid));
    o.insert(QStringLiteral("state"), stateWord(g.state));
    o.insert(QStringLiteral("persistent"), g.persistent);
    QJsonArray controllers;
    for (const UsbControllerDef &c : g.usb.controllers) {
        QJsonObject co;
        co.insert(QStringLiteral("model"), str(c.model));
        co.insert(QStringLiteral("ports"), c.effectivePorts());
        co.insert(QStringLiteral("index"), c.index);
        controllers.append(co);
    }
    o.insert(QStringLiteral("usb_controllers"), controllers);
    QJsonArray devices;
    for (const HostdevEntry &e : g.hostdevEntries()) {
        const HostdevDef &h = e.def;
        QJsonObject d;
        d.insert(QStringLiteral("vid"), str(h.vendorId));
        d.insert(QStringLiteral("pid"), str(h.productId));
        d.insert(QStringLiteral("bus"), opt(h.bus));
        d.insert(QStringLiteral("device"), opt(h.device));
        d.insert(QStringLiteral("kind"), QStringLiteral("hostdev"));
        d.insert(QStringLiteral("source"), QJsonValue(QJsonValue::Null));
        d.insert(QStringLiteral("live"), e.live);
        d.insert(QStringLiteral("persistent"), e.persistent);
        devices.append(d);
    }
    for (const RedirdevEntry &e : g.redirdevEntries()) {
        const RedirdevDef &r = e.def;
        QJsonObject d;
        d.insert(QStringLiteral("vid"), QJsonValue(QJsonValue::Null));
        d.insert(QStringLiteral("pid"), QJsonValue(QJsonValue::Null));
        d.insert(QStringLiteral("bus"), QJsonValue(QJsonValue::Null));
        d.insert(QStringLiteral("device"), QJsonValue(QJsonValue::Null));
        d.insert(QStringLiteral("kind"), QStringLiteral("redirdev"));
        d.insert(QStringLiteral("redirdev_type"), str(r.type));
        d.insert(QStringLiteral("source"), str(r.source()));
        d.insert(QStringLiteral("live"), e.live);
        d.insert(QStringLiteral("persistent"), e.persistent);
        devices.append(d);
    }
    o.insert(QStringLiteral("usb_devices"), devices);
    if (!g.usb.error.isEmpty())
        o.insert(QStringLiteral("error"), g.usb.error);
    return o;
}

QString guestToText(const GuestInfo &g, const host::HostTopology *localHost)
{
    QString out = g.id() + QStringLiteral("  ") + stateWord(g.state);
    if (!g.persistent)
        out += QStringLiteral(" ") + GuestFormatText::tr("(transient)");
    out += QLatin1Char('\n');
    if (!g.usb.error.isEmpty())
        out += QStringLiteral("   ") + GuestFormatText::tr("definition unreadable: %1").arg(g.usb.error)
            + QLatin1Char('\n');
    if (g.usb.controllers.isEmpty())
        out += QStringLiteral("   ") + GuestFormatText::tr("no USB controller") + QLatin1Char('\n');
    for (const UsbControllerDef &c : g.usb.controllers)
        out += QStringLiteral("   ") + controllerSummary(g.usb, c) + QLatin1Char('\n');
    for (const HostdevDef &h : g.usb.hostdevs) {
        QString line = QStringLiteral("   └─ ") + GuestFormatText::tr("host device %1:%2").arg(h.vendorId, h.productId);
        if (h.bus && h.device)
            line += QStringLiteral(" ")
                + GuestFormatText::tr("at %1/%2")
                      .arg(*h.bus, 3, 10, QLatin1Char('0'))
                      .arg(*h.device, 3, 10, QLatin1Char('0'));
        if (localHost && g.isRunning() && isLocalUri(g.uri) && isGoneFromHost({h, true, false}, *localHost))
            line += QStringLiteral("\n      ")
                + GuestFormatText::tr(
                    "unplugged from this computer while the guest held it; the guest still lists it. Remove the "
                    "entry: plugboardctl detach %1:%2 %3 --live")
                      .arg(h.vendorId, h.productId, g.id());
        out += line + QLatin1Char('\n');
    }
    for (const RedirdevEntry &e : g.redirdevEntries())
        out += QStringLiteral("   └─ ") + GuestFormatText::tr("redirected (%1) %2").arg(e.def.type, e.def.source())
            + QLatin1Char('\n');
    return out;
}

} // namespace plugboard::libvirt
