// SPDX-License-Identifier: GPL-3.0-or-later
// HostTopology: lookups, invariants and incremental replacement of subtrees.
#include "hosttopology.h"

#include <QCoreApplication>

namespace plugboard::host {

void TopologyChange::merge(const TopologyChange &other)
{
    controllerSetChanged = controllerSetChanged || other.controllerSetChanged;
    structure.unite(other.structure);
    data.unite(other.data);
}

const UsbDevice *HostTopology::device(const QString &id) const
{
    const auto it = devices.constFind(id);
    return it == devices.constEnd() ? nullptr : &*it;
}

const UsbPort *HostTopology::port(const QString &id) const
{
    const auto it = ports.constFind(id);
    return it == ports.constEnd() ? nullptr : &*it;
}

const UsbController *HostTopology::controller(const QString &id) const
{
    const auto it = controllers.constFind(id);
    return it == controllers.constEnd() ? nullptr : &*it;
}

QString HostTopology::controllerOf(const QString &portOrDeviceId) const
{
    QString id = portOrDeviceId;
    for (int guard = 0; guard < 64; ++guard) {
        if (controllers.contains(id))
            return id;
        if (const UsbPort *p = port(id))
            id = p->parentId;
        else if (const UsbDevice *d = device(id))
            id = d->parentPortId;
        else
            return {};
    }
    return {};
}

QStringList HostTopology::subtreeDevices(const QString &portOrDeviceId) const
{
    QStringList out;
    QStringList stack {portOrDeviceId};
    while (!stack.isEmpty()) {
        const QString id = stack.takeLast();
        if (const UsbPort *p = port(id)) {
            if (!p->deviceId.isEmpty())
                stack.append(p->deviceId);
        } else if (const UsbDevice *d = device(id)) {
            out.append(id);
            for (const QString &pid : d->portIds)
                stack.append(pid);
        }
    }
    return out;
}

bool HostTopology::isConsistent(QString *why) const
{
    auto fail = [why](const QString &msg) {
        if (why)
            *why = msg;
        return false;
    };
    QSet<QString> seenPorts;
    for (const UsbController &c : controllers) {
        for (const QString &pid : c.portIds) {
            const UsbPort *p = port(pid);
            if (!p)
                return fail(QStringLiteral("controller %1 lists missing port %2").arg(c.id, pid));
            if (p->parentId != c.id)
                return fail(QStringLiteral("port %1 parent %2 != controller %3").arg(pid, p->parentId, c.id));
            if (seenPorts.contains(pid))
                return fail(QStringLiteral("port %1 listed twice").arg(pid));
            seenPorts.insert(pid);
        }
    }
    for (const UsbDevice &d : devices) {
        const UsbPort *p = port(d.parentPortId);
        if (!p)
            return fail(QStringLiteral("device %1 has missing parent port %2").arg(d.id, d.parentPortId));
        if (p->deviceId != d.id)
            return fail(QStringLiteral("port %1 holds %2, not %3").arg(p->id, p->deviceId, d.id));
        for (const QString &pid : d.portIds) {
            const UsbPort *child = port(pid);
            if (!child)
                return fail(QStringLiteral("device %1 lists missing port %2").arg(d.id, pid));
            if (child->parentId != d.id)
                return fail(QStringLiteral("port %1 parent %2 != device %3").arg(pid, child->parentId, d.id));
            if (seenPorts.contains(pid))
                return fail(QStringLiteral("port %1 listed twice").arg(pid));
            seenPorts.insert(pid);
        }
    }
    if (seenPorts.size() != ports.size())
        return fail(QStringLiteral("%1 ports are not reachable").arg(ports.size() - seenPorts.size()));
    for (const UsbPort &p : ports) {
        if (!p.deviceId.isEmpty() && !devices.contains(p.deviceId))
            return fail(QStringLiteral("port %1 holds missing device %2").arg(p.id, p.deviceId));
    }
    return true;
}

void HostTopology::removeDeviceSubtree(const QString &deviceId, QSet<QString> *removed)
{
    const auto it = devices.find(deviceId);
    if (it == devices.end())
        return;
    const QStringList childPorts = it->portIds;
    devices.erase(it);
    removed->insert(deviceId);
    for (const QString &pid : childPorts) {
        const auto pit = ports.find(pid);
        if (pit == ports.end())
            continue;
        const QString child = pit->deviceId;
        ports.erase(pit);
        removed->insert(pid);
        if (!child.isEmpty())
            removeDeviceSubtree(child, removed);
    }
}

void HostTopology::insertDeviceSubtree(const QString &deviceId, const HostTopology &from, QSet<QString> *added)
{
    const UsbDevice *d = from.device(deviceId);
    if (!d)
        return;
    devices.insert(deviceId, *d);
    added->insert(deviceId);
    for (const QString &pid : d->portIds) {
        const UsbPort *p = from.port(pid);
        if (!p)
            continue;
        ports.insert(pid, *p);
        added->insert(pid);
        if (!p->deviceId.isEmpty())
            insertDeviceSubtree(p->deviceId, from, added);
    }
}

// Compares the subtree below one port, old against new, and records what the model must do.
static void compareSubtree(
    const QString &portId, const HostTopology &before, const HostTopology &after, TopologyChange *change)
{
    const UsbPort *pb = before.port(portId);
    const UsbPort *pa = after.port(portId);
    if (!pb || !pa)
        return;
    if (pb->deviceId != pa->deviceId) {
        change->structure.insert(portId);
        return; // the whole device row is replaced
    }
    if (*pb != *pa)
        change->data.insert(portId);
    if (pa->deviceId.isEmpty())
        return;
    const UsbDevice *db = before.device(pa->deviceId);
    const UsbDevice *da = after.device(pa->deviceId);
    if (!db || !da)
        return;
    if (db->portIds != da->portIds)
        change->structure.insert(da->id);
    if (*db != *da)
        change->data.insert(da->id);
    if (db->portIds == da->portIds) {
        for (const QString &child : da->portIds)
            compareSubtree(child, before, after, change);
    }
}

HostTopology HostTopology::copyBelow(const QStringList &portIds) const
{
    // Only the subtree: copying the whole topology would cost O(devices) on every hotplug.
    HostTopology out;
    QStringList stack = portIds;
    while (!stack.isEmpty()) {
        const QString id = stack.takeLast();
        if (const UsbPort *p = port(id)) {
            out.ports.insert(id, *p);
            if (!p->deviceId.isEmpty())
                stack.append(p->deviceId);
        } else if (const UsbDevice *d = device(id)) {
            out.devices.insert(id, *d);
            stack += d->portIds;
        }
    }
    return out;
}

TopologyChange HostTopology::replacePort(const QString &portId, const HostTopology &fresh)
{
    TopologyChange change;
    const UsbPort *current = port(portId);
    const UsbPort *replacement = fresh.port(portId);
    if (!current || !replacement)
        return change;
    const HostTopology before = copyBelow({portId}); // what the change is compared against
    QSet<QString> scratch;
    if (!current->deviceId.isEmpty())
        removeDeviceSubtree(current->deviceId, &scratch);
    ports.insert(portId, *replacement);
    if (!replacement->deviceId.isEmpty())
        insertDeviceSubtree(replacement->deviceId, fresh, &scratch);
    compareSubtree(portId, before, *this, &change);
    return change;
}

TopologyChange HostTopology::replaceDeviceData(const UsbDevice &fresh)
{
    TopologyChange change;
    const auto it = devices.find(fresh.id);
    if (it == devices.end())
        return change;
    UsbDevice updated = fresh;
    // Children are not part of a data refresh: keep the structure this snapshot has.
    updated.portIds = it->portIds;
    updated.parentPortId = it->parentPortId;
    if (*it != updated) {
        *it = updated;
        change.data.insert(fresh.id);
    }
    return change;
}

TopologyChange HostTopology::replaceController(const QString &controllerId, const HostTopology &fresh)
{
    TopologyChange change;
    const UsbController *oldC = controller(controllerId);
    const UsbController *newC = fresh.controller(controllerId);
    QSet<QString> scratch;
    if (oldC && !newC) {
        for (const QString &pid : oldC->portIds) {
            const QString dev = ports.value(pid).deviceId;
            if (!dev.isEmpty())
                removeDeviceSubtree(dev, &scratch);
            ports.remove(pid);
        }
        controllers.remove(controllerId);
        change.controllerSetChanged = true;
        return change;
    }
    if (!newC)
        return change;
    if (!oldC) {
        controllers.insert(controllerId, *newC);
        for (const QString &pid : newC->portIds) {
            const UsbPort *p = fresh.port(pid);
            if (!p)
                continue;
            ports.insert(pid, *p);
            if (!p->deviceId.isEmpty())
                insertDeviceSubtree(p->deviceId, fresh, &scratch);
        }
        change.controllerSetChanged = true;
        return change;
    }
    HostTopology before = copyBelow(oldC->portIds);
    before.controllers.insert(controllerId, *oldC);
    // Ports that went away (a root hub unbound) and ports that stayed or came.
    for (const QString &pid : oldC->portIds) {
        if (!newC->portIds.contains(pid)) {
            const QString dev = ports.value(pid).deviceId;
            if (!dev.isEmpty())
                removeDeviceSubtree(dev, &scratch);
            ports.remove(pid);
        }
    }
    for (const QString &pid : newC->portIds) {
        const UsbPort *p = fresh.port(pid);
        if (!p)
            continue;
        const QString oldDev = ports.value(pid).deviceId;
        if (!oldDev.isEmpty())
            removeDeviceSubtree(oldDev, &scratch);
        ports.insert(pid, *p);
        if (!p->deviceId.isEmpty())
            insertDeviceSubtree(p->deviceId, fresh, &scratch);
    }
    controllers.insert(controllerId, *newC); // oldC now points at the new value: compare with the copy
    const UsbController *beforeC = before.controller(controllerId);
    if (beforeC->portIds != newC->portIds)
        change.structure.insert(controllerId);
    if (*beforeC != *newC)
        change.data.insert(controllerId);
    if (beforeC->portIds == newC->portIds) {
        for (const QString &pid : newC->portIds)
            compareSubtree(pid, before, *this, &change);
    }
    return change;
}

TopologyChange HostTopology::diff(const HostTopology &before, const HostTopology &after)
{
    TopologyChange change;
    if (before.controllers.keys() != after.controllers.keys()) {
        change.controllerSetChanged = true;
        return change;
    }
    for (const UsbController &c : after.controllers) {
        const UsbController *b = before.controller(c.id);
        if (b->portIds != c.portIds) {
            change.structure.insert(c.id);
            continue;
        }
        if (*b != c)
            change.data.insert(c.id);
        for (const QString &pid : c.portIds)
            compareSubtree(pid, before, after, &change);
    }
    return change;
}

} // namespace plugboard::host
