// SPDX-License-Identifier: GPL-3.0-or-later
// Guests as `plugboardctl guests` prints them: JSON (docs/cli.md contract) and text.
#pragma once

#include "host/hosttopology.h"
#include "libvirtsession.h"

#include <QJsonObject>

namespace plugboard::libvirt {

QJsonObject guestToJson(const GuestInfo &g);
// With `localHost` (this computer's live tree), a local running guest's entries for devices
// pulled from it are marked as stale.
QString guestToText(const GuestInfo &g, const host::HostTopology *localHost = nullptr);
// "USB 3 (qemu-xhci, 4 ports, 1 free)"
QString controllerSummary(const DomainUsb &usb, const UsbControllerDef &c);

} // namespace plugboard::libvirt
