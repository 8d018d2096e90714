// SPDX-License-Identifier: GPL-3.0-or-later
// JSON and text renderings of HostTopology.
#include "topologyformat.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace plugboard::host {

namespace {
QJsonValue str(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

template<typename T> QJsonValue opt(const std::optional<T> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

QJsonValue hexByte(const std::optional<quint8> &v)
{
    return v ? QJsonValue(QStringLiteral("%1").arg(*v, 2, 16, QLatin1Char('0'))) : QJsonValue(QJsonValue::Null);
}

QJsonArray portsToJson(const HostTopology &topo, const QStringList &portIds);

QJsonObject portToJson(const HostTopology &topo, const UsbPort &p)
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), p.id);
    o.insert(QStringLiteral("bus"), p.bus);
    o.insert(QStringLiteral("number"), p.number);
    o.insert(QStringLiteral("connect_type"), str(p.connectType));
    o.insert(QStringLiteral("over_current_count"), opt(p.overCurrentCount));
    o.insert(QStringLiteral("disabled"), opt(p.disabled));
    o.insert(QStringLiteral("peer"), str(p.peerId));
    const UsbDevice *d = p.deviceId.isEmpty() ? nullptr : topo.device(p.deviceId);
    o.insert(QStringLiteral("device"), d ? QJsonValue(deviceToJson(topo, *d)) : QJsonValue(QJsonValue::Null));
    return o;
}

QJsonArray portsToJson(const HostTopology &topo, const QStringList &portIds)
{
    QJsonArray ports;
    for (const QString &pid : portIds) {
        if (const UsbPort *p = topo.port(pid))
            ports.append(portToJson(topo, *p));
    }
    return ports;
}
} // namespace

QString controllerDisplayName(const UsbController &c)
{
    if (!c.modelName.isEmpty())
        return c.modelName;
    if (!c.vendorName.isEmpty())
        return QCoreApplication::translate("plugboard::host::TopologyFormat", "%1 USB controller").arg(c.vendorName);
    if (!c.driver.isEmpty())
        return QCoreApplication::translate("plugboard::host::TopologyFormat", "USB controller (%1)").arg(c.driver);
    return QCoreApplication::translate("plugboard::host::TopologyFormat", "USB controller %1").arg(c.id);
}

QJsonObject deviceToJson(const HostTopology &topo, const UsbDevice &d)
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), d.id);
    o.insert(QStringLiteral("vid"), str(d.vendorId));
    o.insert(QStringLiteral("pid"), str(d.productId));
    o.insert(QStringLiteral("serial"), str(d.serial));
    o.insert(QStringLiteral("manufacturer"), str(d.manufacturer));
    o.insert(QStringLiteral("product"), str(d.product));
    o.insert(QStringLiteral("vendor_name"), str(d.vendorDisplayName()));
    o.insert(QStringLiteral("product_name"), str(d.productDisplayName()));
    o.insert(QStringLiteral("speed_mbps"), opt(d.speedMbps));
    o.insert(QStringLiteral("usb_version"), str(d.usbVersion));
    o.insert(QStringLiteral("class"), hexByte(d.deviceClass));
    o.insert(QStringLiteral("drivers"), QJsonArray::fromStringList(d.drivers()));
    o.insert(QStringLiteral("busnum"), opt(d.busnum));
    o.insert(QStringLiteral("devnum"), opt(d.devnum));
    o.insert(QStringLiteral("is_hub"), d.isHub());
    o.insert(QStringLiteral("authorized"), opt(d.authorized));
    o.insert(QStringLiteral("max_power_ma"), opt(d.maxPowerMa));
    o.insert(QStringLiteral("configured"), d.configurationValue.has_value());
    o.insert(QStringLiteral("removable"), str(d.removable));
    o.insert(QStringLiteral("power_control"), str(d.powerControl));
    QJsonArray ifaces;
    for (const UsbInterface &i : d.interfaces) {
        QJsonObject io;
        io.insert(QStringLiteral("id"), i.id);
        io.insert(QStringLiteral("class"), hexByte(i.cls));
        io.insert(QStringLiteral("driver"), str(i.driver));
        ifaces.append(io);
    }
    o.insert(QStringLiteral("interfaces"), ifaces);
    QJsonArray blocks;
    for (const BlockDevice &b : d.blockDevices) {
        QJsonObject bo;
        bo.insert(QStringLiteral("name"), b.name);
        bo.insert(QStringLiteral("label"), str(b.label));
        bo.insert(QStringLiteral("size_bytes"),
            b.sizeBytes >= 0 ? QJsonValue(double(b.sizeBytes)) : QJsonValue(QJsonValue::Null));
        bo.insert(QStringLiteral("mount_points"), QJsonArray::fromStringList(b.mountPoints));
        bo.insert(QStringLiteral("swap"), b.swap);
        blocks.append(bo);
    }
    o.insert(QStringLiteral("block_devices"), blocks);
    o.insert(QStringLiteral("ports"), portsToJson(topo, d.portIds));
    return o;
}

QJsonObject topologyToJson(const HostTopology &topo)
{
    QJsonArray controllers;
    for (const UsbController &c : topo.controllers) {
        QJsonObject o;
        o.insert(QStringLiteral("id"), c.id);
        o.insert(QStringLiteral("name"), controllerDisplayName(c));
        o.insert(QStringLiteral("driver"), str(c.driver));
        QJsonArray hubs;
        for (const RootHub &h : c.rootHubs) {
            QJsonObject ho;
            ho.insert(QStringLiteral("bus"), h.bus);
            ho.insert(QStringLiteral("speed_mbps"), opt(h.speedMbps));
            ho.insert(QStringLiteral("usb_version"), str(h.usbVersion));
            hubs.append(ho);
        }
        o.insert(QStringLiteral("root_hubs"), hubs);
        o.insert(QStringLiteral("ports"), portsToJson(topo, c.portIds));
        controllers.append(o);
    }
    QJsonObject root;
    root.insert(QStringLiteral("controllers"), controllers);
    if (!topo.warnings.isEmpty())
        root.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(topo.warnings));
    return root;
}

namespace {
void portsToText(
    const HostTopology &topo, const QStringList &portIds, const QString &indent, bool showEmpty, QString *out)
{
    QStringList shown;
    for (const QString &pid : portIds) {
        const UsbPort *p = topo.port(pid);
        if (p && (showEmpty || !p->deviceId.isEmpty()))
            shown.append(pid);
    }
    for (int i = 0; i < shown.size(); ++i) {
        const UsbPort *p = topo.port(shown.at(i));
        const bool last = i == shown.size() - 1;
        QString line = indent + (last ? QStringLiteral("└─ ") : QStringLiteral("├─ "))
            + QCoreApplication::translate("plugboard::host::TopologyFormat", "Port %1").arg(p->number);
        const UsbDevice *d = p->deviceId.isEmpty() ? nullptr : topo.device(p->deviceId);
        if (!d) {
            line += QStringLiteral(": ") + QCoreApplication::translate("plugboard::host::TopologyFormat", "empty");
        } else {
            line += QStringLiteral(": ") + d->id + QStringLiteral("  ") + d->vendorId + QLatin1Char(':') + d->productId
                + QStringLiteral("  ") + d->displayName() + QStringLiteral(", ") + speedText(d->speedMbps);
            const QStringList drivers = d->drivers();
            if (!drivers.isEmpty())
                line += QStringLiteral(" [") + drivers.join(QStringLiteral(", ")) + QLatin1Char(']');
            if (d->authorized == false)
                line += QStringLiteral("  ")
                    + QCoreApplication::translate("plugboard::host::TopologyFormat", "(not authorized)");
        }
        if (p->overCurrentCount.value_or(0) > 0)
            line += QStringLiteral("  ")
                + QCoreApplication::translate("plugboard::host::TopologyFormat", "(over-current %1 times)")
                      .arg(*p->overCurrentCount);
        if (p->disabled == true)
            line += QStringLiteral("  ") + QCoreApplication::translate("plugboard::host::TopologyFormat", "(disabled)");
        out->append(line + QLatin1Char('\n'));
        if (d)
            portsToText(
                topo, d->portIds, indent + (last ? QStringLiteral("   ") : QStringLiteral("│  ")), showEmpty, out);
    }
}
} // namespace

QString topologyToText(const HostTopology &topo, bool showEmpty)
{
    QString out;
    for (const UsbController &c : topo.controllers) {
        out += c.id + QStringLiteral("  ") + controllerDisplayName(c);
        if (!c.driver.isEmpty())
            out += QStringLiteral(" [") + c.driver + QLatin1Char(']');
        out += QLatin1Char('\n');
        for (const RootHub &h : c.rootHubs) {
            out += QStringLiteral("   ")
                + QCoreApplication::translate(
                    "plugboard::host::TopologyFormat", "Bus %1: USB %2 root hub, %3, %n port(s)", nullptr, h.maxChild)
                      .arg(h.bus)
                      .arg(h.usbVersion.isEmpty() ? QCoreApplication::translate("plugboard::host::TopologyFormat", "?")
                                                  : h.usbVersion,
                          speedText(h.speedMbps))
                + QLatin1Char('\n');
        }
        portsToText(topo, c.portIds, QStringLiteral("   "), showEmpty, &out);
    }
    return out;
}

} // namespace plugboard::host
