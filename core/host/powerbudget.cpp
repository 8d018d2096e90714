// SPDX-License-Identifier: GPL-3.0-or-later
// Power budgets per USB 2.0 §7.2.1 (500 mA per self-powered port, 100 mA per bus-powered one)
// and USB 3.2 §11.4 (900 mA / 150 mA).
#include "powerbudget.h"

namespace plugboard::host {

namespace {
bool isSelfPowered(const UsbDevice &hub)
{
    if (hub.descriptors) {
        for (const ConfigurationDescriptor &c : hub.descriptors->configurations) {
            if (!hub.configurationValue || c.value == *hub.configurationValue)
                return c.selfPowered;
        }
    }
    return true; // unknown: assume the common case of a powered hub rather than raise a false alarm
}

void addPorts(const HostTopology &topo, const QStringList &portIds, int perPortMa, PowerBudget *b)
{
    for (const QString &pid : portIds) {
        const UsbPort *p = topo.port(pid);
        if (!p)
            continue;
        ++b->ports;
        b->availableMa += perPortMa;
        if (const UsbDevice *d = p->deviceId.isEmpty() ? nullptr : topo.device(p->deviceId))
            b->requestedMa += d->maxPowerMa.value_or(0);
    }
}
} // namespace

PowerBudget powerBudget(const HostTopology &topo, const QString &id)
{
    PowerBudget b;
    if (const UsbController *c = topo.controller(id)) {
        for (const RootHub &h : c->rootHubs) {
            const int perPort = h.speedMbps.value_or(480) >= 5000 ? 900 : 500;
            QStringList mine;
            for (const QString &pid : c->portIds) {
                const UsbPort *p = topo.port(pid);
                if (p && p->hubId == h.id)
                    mine.append(pid);
            }
            addPorts(topo, mine, perPort, &b);
        }
    } else if (const UsbDevice *d = topo.device(id); d && d->isHub()) {
        const bool superSpeed = d->speedMbps.value_or(480) >= 5000;
        b.busPowered = !isSelfPowered(*d);
        const int perPort = b.busPowered ? (superSpeed ? 150 : 100) : (superSpeed ? 900 : 500);
        addPorts(topo, d->portIds, perPort, &b);
    }
    b.known = b.ports > 0;
    return b;
}

} // namespace plugboard::host
