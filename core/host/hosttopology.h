// SPDX-License-Identifier: GPL-3.0-or-later
// A snapshot of the host's USB topology, keyed by stable ids, and the changes between snapshots.
#pragma once

#include "usbtypes.h"

#include <QHash>
#include <QMap>
#include <QMetaType>
#include <QSet>

namespace plugboard::host {

// What changed in a topology, by node id. The model reconciles the children of every
// `structure` node and refreshes the rows of every `data` node.
struct TopologyChange
{
    bool controllerSetChanged = false; // controllers added or removed (root level)
    QSet<QString> structure; // controller/port/device ids whose children changed
    QSet<QString> data; // controller/port/device ids whose own values changed

    bool isEmpty() const { return !controllerSetChanged && structure.isEmpty() && data.isEmpty(); }
    void merge(const TopologyChange &other);
};

class HostTopology
{
public:
    QMap<QString, UsbController> controllers; // sorted by id
    QHash<QString, UsbPort> ports;
    QHash<QString, UsbDevice> devices;
    QStringList warnings; // what could not be read, in the user's words

    bool isEmpty() const { return controllers.isEmpty(); }
    const UsbDevice *device(const QString &id) const;
    const UsbPort *port(const QString &id) const;
    const UsbController *controller(const QString &id) const;
    // The controller a port or device belongs to (walks up).
    QString controllerOf(const QString &portOrDeviceId) const;
    // All device ids under a port or device (inclusive of the device itself).
    QStringList subtreeDevices(const QString &portOrDeviceId) const;

    // Every parent/child link agrees both ways, and every id referenced exists.
    bool isConsistent(QString *why = nullptr) const;

    // Replaces the subtree hanging off `portId` (its port values, the device behind it and all
    // below) with the one in `fresh` (a topology read for that port only), and says what changed.
    TopologyChange replacePort(const QString &portId, const HostTopology &fresh);
    // Replaces a device's own values (attributes, interfaces, storage) but not its children.
    TopologyChange replaceDeviceData(const UsbDevice &fresh);
    // Replaces a whole controller (its root hubs, ports and devices), or removes it when
    // `fresh` does not contain it.
    TopologyChange replaceController(const QString &controllerId, const HostTopology &fresh);

    // Full comparison (used by tests and after a reconnect).
    static TopologyChange diff(const HostTopology &before, const HostTopology &after);

private:
    // The given ports and everything below them, as a topology of their own.
    HostTopology copyBelow(const QStringList &portIds) const;
    void removeDeviceSubtree(const QString &deviceId, QSet<QString> *removed);
    void insertDeviceSubtree(const QString &deviceId, const HostTopology &from, QSet<QString> *added);
};

} // namespace plugboard::host

Q_DECLARE_METATYPE(plugboard::host::TopologyChange)
