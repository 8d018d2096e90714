// SPDX-License-Identifier: GPL-3.0-or-later
#include "logging.h"

namespace plugboard {
Q_LOGGING_CATEGORY(lcUdev, "plugboard.udev", QtWarningMsg)
Q_LOGGING_CATEGORY(lcHostModel, "plugboard.hostmodel", QtWarningMsg)
Q_LOGGING_CATEGORY(lcLibvirt, "plugboard.libvirt", QtWarningMsg)
Q_LOGGING_CATEGORY(lcVmware, "plugboard.vmware", QtWarningMsg)
Q_LOGGING_CATEGORY(lcEngine, "plugboard.engine", QtWarningMsg)
Q_LOGGING_CATEGORY(lcAttach, "plugboard.attach", QtWarningMsg)
Q_LOGGING_CATEGORY(lcDiagnostics, "plugboard.diagnostics", QtWarningMsg)
Q_LOGGING_CATEGORY(lcUi, "plugboard.ui", QtWarningMsg)
} // namespace plugboard
