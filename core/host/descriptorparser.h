// SPDX-License-Identifier: GPL-3.0-or-later
// Parses the binary sysfs `descriptors` attribute: the device descriptor, then each configuration.
#pragma once

#include "usbtypes.h"

#include <QByteArray>

namespace plugboard::host {

struct DescriptorParseResult
{
    std::optional<DeviceDescriptor> descriptor; // nullopt when not even the device descriptor is whole
    QString error; // the first malformation met; what was parsed before it is kept
};

DescriptorParseResult parseDescriptors(const QByteArray &raw);

} // namespace plugboard::host
