// SPDX-License-Identifier: GPL-3.0-or-later
// Guests as `plugboardctl guests` prints them: JSON (DESIGN.md contract) and text.
#pragma once

#include "libvirtsession.h"

#include <QJsonObject>

namespace plugboard::libvirt {

QJsonObject guestToJson(const GuestInfo &g);
QString guestToText(const GuestInfo &g);
// "USB 3 (qemu-xhci, 4 ports, 1 free)"
QString controllerSummary(const DomainUsb &usb, const UsbControllerDef &c);

} // namespace plugboard::libvirt
