// SPDX-License-Identifier: GPL-3.0-or-later
// The host topology as `plugboardctl devices` prints it: JSON (docs/cli.md contract) and a text tree.
#pragma once

#include "hosttopology.h"

#include <QJsonObject>

namespace plugboard::host {

QString controllerDisplayName(const UsbController &c);
QJsonObject deviceToJson(const HostTopology &topo, const UsbDevice &d);
QJsonObject topologyToJson(const HostTopology &topo);
// A tree like `lsusb -t`, with names, speeds and empty ports (unless `showEmpty` is false).
QString topologyToText(const HostTopology &topo, bool showEmpty = true);

} // namespace plugboard::host
