// SPDX-License-Identifier: GPL-3.0-or-later
// The VMware guests a user has: VMware's own inventory and recently-used list, plus the .vmx
// files and folders the user added to Plugboard.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace plugboard::vmware {

struct InventoryEntry
{
    QString path; // canonical when the file exists
    QString displayName; // as VMware lists it (may be empty)
    QString source; // inventory, favorite, recent, added
    bool exists = false; // false: missing or moved
};

// `home` is the user's home directory (~/.vmware/inventory.vmls, ~/.vmware/preferences);
// `added` are .vmx files or folders (searched two levels deep) the user added.
QList<InventoryEntry> readInventory(const QString &home, const QStringList &added = {});

} // namespace plugboard::vmware
