// SPDX-License-Identifier: GPL-3.0-or-later
// Writes a diagnostic bundle (format v1, docs/bundle.md) from live facts: the USB part of /sys as read,
// logs, configuration, guest definitions and the manifest. Optionally redacted and archived.
#pragma once

#include "facts.h"

namespace plugboard::diagnostics {

struct BundleOptions
{
    bool redact = false; // serial numbers and other identifiers, MACs, user and host names -> placeholders
    bool archive = false; // also DIR.tar.gz
    QString sysRoot = QStringLiteral("/"); // where /sys is read from (tests: a copied tree)
    QString hostName; // the host name to take out when redacting; empty: this machine's
};

// Lists what would go into the bundle, one line per item, for the user to see before writing.
QStringList bundleContents(const Facts &facts);
// DIR must not exist, or be an empty folder of this user's. False with `error` otherwise; a
// failure while writing (a full disk) leaves an incomplete bundle the error names.
bool writeBundle(const Facts &facts, const QString &dir, const BundleOptions &options, QString *error);

} // namespace plugboard::diagnostics
