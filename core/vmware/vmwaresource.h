// SPDX-License-Identifier: GPL-3.0-or-later
// The VMware guests shown in the window: read off the GUI thread, re-read when a .vmx or its
// lock directory changes, and edited through VmwareGuestFile.
#pragma once

#include "vmwareguest.h"
#include "vmwareinventory.h"

#include <QFileSystemWatcher>
#include <QObject>
#include <QTimer>

namespace plugboard::vmware {

class VmwareSource : public QObject
{
    Q_OBJECT
public:
    // `home`: where ~/.vmware lives; `added`: .vmx files and folders the user added.
    explicit VmwareSource(
        QString home, QStringList added = {}, QString procRoot = QStringLiteral("/proc"), QObject *parent = nullptr);

    const QList<VmwareGuest> &guests() const { return m_guests; }
    const VmwareGuest *guest(const QString &path) const;
    const VmwareHostState &hostState() const { return m_host; }
    bool isLoaded() const { return m_loaded; }
    QStringList added() const { return m_added; }

    void refresh(); // asynchronous; changed() when done
    void addPath(const QString &vmxOrFolder);

    // Adds an autoconnect rule (VM off), or says what to do instead (VM running).
    VmwareGuestFile::Result attach(const QString &vmxPath, const QString &vid, const QString &pid);
    VmwareGuestFile::Result detach(const QString &vmxPath, const QString &vid, const QString &pid);

Q_SIGNALS:
    void changed();

private:
    void apply(const QList<VmwareGuest> &guests, const VmwareHostState &host);

    QString m_home, m_procRoot;
    QStringList m_added;
    QList<VmwareGuest> m_guests; // sorted by display name
    VmwareHostState m_host;
    bool m_loaded = false;
    QFileSystemWatcher m_watcher;
    QTimer m_debounce;
    int m_generation = 0;
};

} // namespace plugboard::vmware
