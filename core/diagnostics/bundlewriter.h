// SPDX-License-Identifier: GPL-3.0-or-later
// Writes a diagnostic bundle (format v1, docs/bundle.md) from live facts: the USB part of /sys as read,
// logs, configuration, guest definitions and the manifest. Optionally redacted and archived.
#pragma once

#include "facts.h"

namespace plugboard::diagnostics {

struct BundleOptions
{
    bool redact = false; // serial numbers, user and host names -> stable placeholders
    bool archive = false; // also DIR.tar.gz
    QString sysRoot = QStringLiteral("/"); // where /sys is read from (tests: a copied tree)
};

// Lists what would go into the bundle, one line per item, for the user to see before writing.
QStringList bundleContents(const Facts &facts);
// DIR must not exist or be empty. False with `error` otherwise.
bool writeBundle(const Facts &facts, const QString &dir, const BundleOptions &options, QString *error);

} // namespace plugboard::diagnostics
