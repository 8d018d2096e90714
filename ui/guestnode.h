// SPDX-License-Identifier: GPL-3.0-or-later
// What a row of the guest tree is: a typed payload carried by each node (no string to parse).
#pragma once

#include "guestref.h"
#include "libvirt/libvirtconnection.h"

#include <QPointer>

namespace plugboard::ui {

struct GuestNode
{
    enum class Kind { Connection, Guest, Controller, Device, Assignment };
    enum class Device { None, Hostdev, Redirdev, VmwareRule };

    Kind kind = Kind::Connection;
    bool vmware = false; // a VMware row (VmwareRows answers for it)
    QPointer<libvirt::LibvirtConnection> connection; // libvirt rows
    GuestRef guest; // every row below a connection
    int controller = -1; // Controller: position among the guest's controllers
    Device device = Device::None;
    // Device: the entry's key (vendor:product@bus.device, a redirection's source, a rule's .vmx
    // key) and its position at the last reconcile; Assignment: the target (identity or port).
    QString key;
    int index = -1;
};

} // namespace plugboard::ui
