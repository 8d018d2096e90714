// SPDX-License-Identifier: GPL-3.0-or-later
// What a hub (or a controller's root hubs) can supply against what its children ask for.
#pragma once

#include "hosttopology.h"

namespace plugboard::host {

struct PowerBudget
{
    int availableMa = 0; // sum over the ports of what each may supply
    int requestedMa = 0; // sum of the children's bMaxPower
    int ports = 0;
    bool busPowered = false; // a bus-powered hub: 100 mA per port (USB 2), 150 mA (USB 3)
    bool known = false; // false when nothing could be computed (no ports)
    bool isOver() const { return known && requestedMa > availableMa; }
};

// For a controller id (its root hubs) or a hub device id.
PowerBudget powerBudget(const HostTopology &topo, const QString &controllerOrHubId);

} // namespace plugboard::host
