// SPDX-License-Identifier: GPL-3.0-or-later
// One logging category per area, off by default below warnings; turn them on with
// QT_LOGGING_RULES="plugboard.*.debug=true" (or one area: "plugboard.libvirt.debug=true").
// docs/architecture.md lists them.
#pragma once

#include <QLoggingCategory>

namespace plugboard {
Q_DECLARE_LOGGING_CATEGORY(lcUdev) // plugboard.udev: udev events, the sysfs reader
Q_DECLARE_LOGGING_CATEGORY(lcHostModel) // plugboard.hostmodel: the host tree's model
Q_DECLARE_LOGGING_CATEGORY(lcLibvirt) // plugboard.libvirt: connections, requests, events
Q_DECLARE_LOGGING_CATEGORY(lcVmware) // plugboard.vmware: .vmx files, inventory, running VMs
Q_DECLARE_LOGGING_CATEGORY(lcEngine) // plugboard.engine: assignments kept
Q_DECLARE_LOGGING_CATEGORY(lcAttach) // plugboard.attach: requests, questions, undo
Q_DECLARE_LOGGING_CATEGORY(lcDiagnostics) // plugboard.diagnostics: facts, checks, bundles
Q_DECLARE_LOGGING_CATEGORY(lcUi) // plugboard.ui: the window, the guest tree
} // namespace plugboard

// Debug output of an area: PB_LOG(lcLibvirt) << "attach" << name;
#define PB_LOG(category) qCDebug(category)

// An invariant the code relies on. When it does not hold (a bug, or input no one foresaw), it says
// so through the area's category, with where, and runs `recovery` (return a safe value, skip the
// row…). Unlike Q_ASSERT it stays in release builds, and unlike an abort it keeps the window alive.
#define PB_CHECK(category, condition, recovery)                                                                        \
    do {                                                                                                               \
        if (Q_UNLIKELY(!(condition))) {                                                                                \
            qCWarning(category).nospace() << "invariant failed: " #condition " (" __FILE__ ":" << __LINE__ << ")";     \
            recovery;                                                                                                  \
        }                                                                                                              \
    } while (false)
