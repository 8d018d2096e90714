// SPDX-License-Identifier: GPL-3.0-or-later
// Pre-flight before an attach: the diagnostics checks that predict a failure or a loss for this
// device and guest (mounted storage, a hub, speed against the guest's controllers, already given
// to another guest), and whether it is the host's own keyboard or mouse.
#pragma once

#include "diagnosis.h"

namespace plugboard::diagnostics {

struct Preflight
{
    QList<Finding> findings; // of the pre-flight checks only, most serious first
    QString otherGuest; // a running guest that has the device now (URI#name), else empty
    bool hostInputDevice = false; // a boot-protocol keyboard or mouse: the host may be using it
    const Finding *finding(const QString &check) const;
};

// The catalog ids a pre-flight runs.
const QStringList &preflightChecks();

// Runs them over `facts` (in the window: the topology and guests it already has, no new reads).
Preflight preflight(const Facts &facts, const QString &deviceId, const QString &guestId);

} // namespace plugboard::diagnostics
