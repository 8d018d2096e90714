// SPDX-License-Identifier: GPL-3.0-or-later
// Carries out a finding's automatic fix: libvirt changes and UDisks2 unmounts directly; the root
// ones are handed back to the caller to run through the polkit-authorised helper.
#pragma once

#include "diagnosis.h"

namespace plugboard::diagnostics {

struct FixOutcome
{
    bool ok = false;
    bool needsHelper = false; // run `plugboard-helper helperVerb helperArgument` through pkexec
    QString helperVerb, helperArgument;
    QString message; // what happened, in the user's words
};

// Whether the window offers a button for this fix: every automatic one, and the user-level ones
// that change a libvirt guest's definition (the user asks by clicking; they take effect at its next
// start). Root-level ones are described, not run.
bool offersButton(const Fix &fix);

// Blocking (libvirt, D-Bus): call it off the GUI thread.
FixOutcome applyFix(const Fix &fix, const Subject &subject, const host::HostTopology &topology);
// Whether an action changes the subject's guest (controller-qemu-xhci, startup-optional[:DEV],
// spice-channel, attach:DEV, reattach:DEV): what applyFix does through libvirt, and what the
// window hands to its AttachService instead.
bool isGuestFix(const QString &action);

} // namespace plugboard::diagnostics
