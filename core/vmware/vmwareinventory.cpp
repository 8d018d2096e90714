// SPDX-License-Identifier: GPL-3.0-or-later
// Inventory discovery: inventory.vmls and preferences use the .vmx syntax, so VmxDocument reads them.
#include "vmwareinventory.h"

#include "vmwareguest.h"
#include "vmxdocument.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QRegularExpression>

namespace plugboard::vmware {

namespace {
void addEntry(QList<InventoryEntry> &out, const QString &path, const QString &name, const QString &source)
{
    if (path.isEmpty())
        return;
    InventoryEntry e;
    e.exists = QFileInfo(path).isFile();
    e.path = e.exists ? VmwareGuestFile::canonicalPath(path) : path;
    e.displayName = name;
    e.source = source;
    for (InventoryEntry &known : out) {
        if (known.path == e.path) {
            if (known.displayName.isEmpty())
                known.displayName = name;
            if (source == QLatin1String("favorite"))
                known.source = source;
            return;
        }
    }
    out.append(e);
}
} // namespace

QList<InventoryEntry> readInventory(const QString &home, const QStringList &added)
{
    QList<InventoryEntry> out;
    // inventory.vmls: vmlistN.config = "/path/vm.vmx", vmlistN.DisplayName, vmlistN.IsFavorite.
    if (const auto inv = VmxDocument::load(home + QStringLiteral("/.vmware/inventory.vmls"))) {
        static const QRegularExpression re(
            QStringLiteral("^(vmlist\\d+)\\.config$"), QRegularExpression::CaseInsensitiveOption);
        for (const QString &key : inv->keys()) {
            const auto m = re.match(key);
            if (!m.hasMatch())
                continue;
            const QString base = m.captured(1);
            const QString path = inv->value(key, QString());
            if (!GuestRef::isVmxPath(path))
                continue; // folders and other inventory items
            const bool favorite = inv->boolValue(base + QStringLiteral(".IsFavorite"));
            addEntry(out, path, inv->value(base + QStringLiteral(".DisplayName"), QString()),
                favorite ? QStringLiteral("favorite") : QStringLiteral("inventory"));
        }
    }
    // preferences: pref.mruVMn.filename / .displayName (recently used).
    if (const auto prefs = VmxDocument::load(home + QStringLiteral("/.vmware/preferences"))) {
        static const QRegularExpression re(
            QStringLiteral("^(pref\\.mruVM\\d+)\\.filename$"), QRegularExpression::CaseInsensitiveOption);
        for (const QString &key : prefs->keys()) {
            const auto m = re.match(key);
            if (m.hasMatch())
                addEntry(out, prefs->value(key, QString()),
                    prefs->value(m.captured(1) + QStringLiteral(".displayName"), QString()), QStringLiteral("recent"));
        }
    }
    for (const QString &a : added) {
        const QFileInfo fi(a);
        if (fi.isDir()) {
            QDirIterator it(a, {QStringLiteral("*.vmx")}, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString f = it.next();
                if (f.mid(a.size()).count(QLatin1Char('/')) <= 2)
                    addEntry(out, f, QString(), QStringLiteral("added"));
            }
        } else {
            addEntry(out, a, QString(), QStringLiteral("added"));
        }
    }
    return out;
}

} // namespace plugboard::vmware
