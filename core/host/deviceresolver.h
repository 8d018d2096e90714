// SPDX-License-Identifier: GPL-3.0-or-later
// Finds the host device a user means: a kernel name ("1-1.5.2.3") or an identity ("vid:pid[:serial]").
#pragma once

#include "hosttopology.h"

namespace plugboard::host {

struct DeviceIdentity
{
    QString vendorId, productId, serial; // serial may be empty
    static std::optional<DeviceIdentity> parse(const QString &text);
    static DeviceIdentity of(const UsbDevice &d);
    bool matches(const UsbDevice &d) const;
    QString toString() const;
};

struct DeviceLookup
{
    const UsbDevice *device = nullptr; // the one device meant, when found
    std::optional<DeviceIdentity> identity; // what the argument names (also when nothing is plugged in)
    QStringList candidates; // several matches: their ids
    QString error; // why there is no single device, in the user's words
};

// Kernel names must exist in the topology; an identity may match none, one or several devices.
DeviceLookup lookupDevice(const HostTopology &topo, const QString &argument);
// Whether `argument` looks like a DEVICE at all (kernel name or identity).
bool isDeviceArgument(const QString &argument);
// Identical devices (same vendor:product) plugged in besides `d`.
int twinCount(const HostTopology &topo, const UsbDevice &d);

} // namespace plugboard::host
