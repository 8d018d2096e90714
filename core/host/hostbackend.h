// SPDX-License-Identifier: GPL-3.0-or-later
// The narrow interface between the host USB topology and its source (sysfs+udev here; KF6 Solid
// can implement it where KDE Frameworks 6 exist).
#pragma once

#include "hosttopology.h"

#include <QObject>

namespace plugboard::host {

class HostBackend : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // Reads the topology and starts following changes (when the source can).
    virtual void start() = 0;
    virtual const HostTopology &topology() const = 0;
    // Whether hotplug is followed live (false for a copied tree or a bundle).
    virtual bool isLive() const = 0;
    // Why the tree may be empty or frozen, in the user's words; empty when all is well.
    virtual QString statusMessage() const = 0;

Q_SIGNALS:
    // Emitted after topology() has changed; `change` names the touched nodes.
    void topologyChanged(const plugboard::host::TopologyChange &change);
    // The whole topology was replaced (first read, or after a resync).
    void topologyReset();
};

} // namespace plugboard::host
