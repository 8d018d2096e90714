// SPDX-License-Identifier: GPL-3.0-or-later
// Sockets and boxes from the kernel's peer links (docs/architecture.md, "Host tree").
#include "physicallayout.h"

namespace plugboard::host {

namespace {
const QChar kPair(QLatin1Char('+'));

int portBus(const HostTopology &topo, const QString &portId)
{
    const UsbPort *p = topo.port(portId);
    return p ? p->bus : 0;
}

int deviceBus(const HostTopology &topo, const QString &deviceId)
{
    const UsbDevice *d = topo.device(deviceId);
    return d ? d->busnum.value_or(0) : 0;
}

QString pairOf(QString a, QString b, int busA, int busB)
{
    if (busB < busA || (busB == busA && b < a))
        std::swap(a, b);
    return a + kPair + b;
}

void appendOnce(QStringList &list, const QString &item)
{
    if (!item.isEmpty() && !list.contains(item))
        list.append(item);
}

// The parts of a row id ("a+b") that `present` finds, each once.
template<typename Present> QStringList presentParts(const QString &id, Present present)
{
    QStringList out;
    for (const QString &part : id.split(kPair, Qt::SkipEmptyParts)) {
        if (present(part))
            appendOnce(out, part);
    }
    return out;
}
} // namespace

QString socketId(const HostTopology &topo, const QString &portId)
{
    const UsbPort *p = topo.port(portId);
    if (!p || p->peerId.isEmpty() || p->peerId == portId || !topo.port(p->peerId))
        return portId;
    return pairOf(portId, p->peerId, p->bus, portBus(topo, p->peerId));
}

QStringList socketPorts(const HostTopology &topo, const QString &id)
{
    return presentParts(id, [&](const QString &p) {
        return topo.port(p) != nullptr;
    });
}

QString partnerHub(const HostTopology &topo, const QString &deviceId)
{
    const UsbDevice *d = topo.device(deviceId);
    if (!d || !d->isHub())
        return {};
    const UsbPort *port = topo.port(d->parentPortId);
    const UsbPort *peer = port && !port->peerId.isEmpty() ? topo.port(port->peerId) : nullptr;
    const UsbDevice *other = peer && !peer->deviceId.isEmpty() ? topo.device(peer->deviceId) : nullptr;
    if (!other || other->id == d->id || !other->isHub())
        return {};
    // One box: a port of this hub has its peer among the other hub's ports.
    for (const QString &pid : d->portIds) {
        const UsbPort *hp = topo.port(pid);
        if (hp && !hp->peerId.isEmpty() && other->portIds.contains(hp->peerId))
            return other->id;
    }
    return {};
}

QString deviceRowId(const HostTopology &topo, const QString &deviceId)
{
    const QString other = partnerHub(topo, deviceId);
    if (other.isEmpty())
        return deviceId;
    return pairOf(deviceId, other, deviceBus(topo, deviceId), deviceBus(topo, other));
}

QStringList rowDevices(const HostTopology &topo, const QString &rowId)
{
    return presentParts(rowId, [&](const QString &d) {
        return topo.device(d) != nullptr;
    });
}

QString rowIdOf(const HostTopology &topo, const QString &id)
{
    if (topo.controller(id))
        return id;
    const QString first = id.section(kPair, 0, 0);
    if (topo.port(first))
        return socketId(topo, first);
    if (topo.device(first))
        return deviceRowId(topo, first);
    return {};
}

QStringList controllerSockets(const HostTopology &topo, const QString &controllerId)
{
    QStringList out;
    if (const UsbController *c = topo.controller(controllerId)) {
        for (const QString &p : c->portIds)
            appendOnce(out, socketId(topo, p));
    }
    return out;
}

QStringList deviceSockets(const HostTopology &topo, const QString &rowId)
{
    QStringList out;
    for (const QString &id : rowDevices(topo, rowId)) {
        for (const QString &p : topo.device(id)->portIds)
            appendOnce(out, socketId(topo, p));
    }
    return out;
}

QStringList socketDevices(const HostTopology &topo, const QString &id)
{
    QStringList out;
    for (const QString &p : socketPorts(topo, id)) {
        const QString dev = topo.port(p)->deviceId;
        if (!dev.isEmpty() && topo.device(dev))
            appendOnce(out, deviceRowId(topo, dev));
    }
    return out;
}

bool isSuperSpeedPort(const HostTopology &topo, const UsbPort &port)
{
    if (const UsbDevice *hub = topo.device(port.hubId))
        return hub->speedMbps.value_or(0) >= 5000;
    for (const UsbController &c : topo.controllers) {
        for (const RootHub &h : c.rootHubs) {
            if (h.id == port.hubId)
                return h.speedMbps.value_or(0) >= 5000;
        }
    }
    return false;
}

} // namespace plugboard::host
