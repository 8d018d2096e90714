// SPDX-License-Identifier: GPL-3.0-or-later
// The host's USB as people see it: a USB 3 socket is one hole with two kernel ports (a USB 2 and a
// USB 3 port, each the other's `peer`), and a USB 3 hub or dock is one box with two kernel hubs
// (matched by their peer ports). Rows of the window use these ids; the kernel's own names stay
// in HostTopology and in `plugboardctl devices --json`.
#pragma once

#include "hosttopology.h"

#include <QStringList>

namespace plugboard::host {

// A socket's id: "usb1-port4+usb2-port4" for a port whose peer is present (the lower bus first,
// the physical-port id assignments store), else the port's own id.
QString socketId(const HostTopology &topo, const QString &portId);
// The kernel ports of a socket id that are present (one or two, the lower bus first).
QStringList socketPorts(const HostTopology &topo, const QString &socketId);

// The other kernel hub of the same box as hub `deviceId` (a hub on the peer of its port whose
// ports peer its ports), or empty.
QString partnerHub(const HostTopology &topo, const QString &deviceId);
// A device row's id: "1-1+2-1" for the two kernel hubs of one box (the lower bus first), else the
// device's own id.
QString deviceRowId(const HostTopology &topo, const QString &deviceId);
// The kernel devices of a device row id that are present (one or two).
QStringList rowDevices(const HostTopology &topo, const QString &rowId);

// The row a kernel id (controller, port, device) or a row id is shown in; empty when unknown.
QString rowIdOf(const HostTopology &topo, const QString &id);

// Children, in display order: the sockets of a controller or of a device row (for a box, its
// USB 2 hub's sockets first, then what only the other half has), and the device rows in a socket.
QStringList controllerSockets(const HostTopology &topo, const QString &controllerId);
QStringList deviceSockets(const HostTopology &topo, const QString &rowId);
QStringList socketDevices(const HostTopology &topo, const QString &socketId);

// Whether a hub's ports (or a root hub) run at SuperSpeed: the USB 3 half of a socket.
bool isSuperSpeedPort(const HostTopology &topo, const UsbPort &port);

} // namespace plugboard::host
