// SPDX-License-Identifier: GPL-3.0-or-later
// VMware guests as `plugboardctl guests` prints them (docs/cli.md contract) and as text.
#pragma once

#include "vmwareguest.h"

#include <QJsonObject>

namespace plugboard::vmware {

QJsonObject vmwareGuestToJson(const VmwareGuest &g);
QString vmwareGuestToText(const VmwareGuest &g);

} // namespace plugboard::vmware
