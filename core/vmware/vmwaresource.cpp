// SPDX-License-Identifier: GPL-3.0-or-later
// VmwareSource: files are read on the thread pool; results come back to the owner's thread.
#include "vmwaresource.h"
#include "logging.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QPointer>
#include <QThreadPool>

namespace plugboard::vmware {

VmwareSource::VmwareSource(QString home, QStringList added, QString procRoot, QObject *parent)
    : QObject(parent)
    , m_home(std::move(home))
    , m_procRoot(std::move(procRoot))
    , m_added(std::move(added))
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(200); // VMware writes several files at once
    connect(&m_debounce, &QTimer::timeout, this, &VmwareSource::refresh);
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, &m_debounce, qOverload<>(&QTimer::start));
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, &m_debounce, qOverload<>(&QTimer::start));
}

const VmwareGuest *VmwareSource::guest(const QString &path) const
{
    for (const VmwareGuest &g : m_guests) {
        if (g.path == path)
            return &g;
    }
    return nullptr;
}

void VmwareSource::refresh()
{
    const int generation = ++m_generation;
    QPointer<VmwareSource> self(this);
    const QString home = m_home, proc = m_procRoot;
    const QStringList added = m_added;
    QThreadPool::globalInstance()->start([self, generation, home, proc, added] {
        QList<VmwareGuest> guests;
        for (const InventoryEntry &e : readInventory(home, added)) {
            VmwareGuest g = e.exists ? VmwareGuestFile::read(e.path, proc) : VmwareGuest {};
            if (!e.exists) {
                g.path = e.path;
                g.displayName = e.displayName.isEmpty() ? QFileInfo(e.path).completeBaseName() : e.displayName;
                g.error = QObject::tr("The file %1 is missing or was moved.").arg(e.path);
                g.missing = true;
            }
            guests.append(g);
        }
        std::sort(guests.begin(), guests.end(), [](const VmwareGuest &a, const VmwareGuest &b) {
            return a.displayName.localeAwareCompare(b.displayName) < 0
                || (a.displayName == b.displayName && a.path < b.path);
        });
        const VmwareHostState host = readVmwareHostState(proc);
        QMetaObject::invokeMethod(
            QCoreApplication::instance(), // a late result after the source is gone is dropped below
            [self, generation, guests, host] {
                if (self && generation == self->m_generation)
                    self->apply(guests, host);
            },
            Qt::QueuedConnection);
    });
}

void VmwareSource::apply(const QList<VmwareGuest> &guests, const VmwareHostState &host)
{
    m_guests = guests;
    m_host = host;
    m_loaded = true;
    PB_LOG(lcVmware) << "inventory:" << m_guests.size() << "VMs; host:" << host.summary();
    for (const VmwareGuest &g : m_guests) {
        if (!g.error.isEmpty())
            qCInfo(lcVmware) << g.path << ":" << g.error;
        else
            PB_LOG(lcVmware) << g.path << (g.running ? "running" : "off") << g.rules.size() << "rules";
    }
    // Watch each .vmx and its folder (lock directories come and go there).
    QStringList paths;
    for (const VmwareGuest &g : m_guests) {
        if (g.error.isEmpty()) {
            paths << g.path << QFileInfo(g.path).absolutePath();
        }
    }
    if (!m_watcher.files().isEmpty())
        m_watcher.removePaths(m_watcher.files());
    if (!m_watcher.directories().isEmpty())
        m_watcher.removePaths(m_watcher.directories());
    if (!paths.isEmpty())
        m_watcher.addPaths(paths);
    Q_EMIT changed();
}

void VmwareSource::addPath(const QString &path)
{
    if (!m_added.contains(path))
        m_added.append(path);
    refresh();
}

VmwareGuestFile::Result VmwareSource::attach(const QString &vmxPath, const QString &vid, const QString &pid)
{
    const VmwareGuest *g = guest(vmxPath);
    if (g && g->running)
        return {false, false, VmwareGuestFile::liveConnectExplanation(*g)};
    auto r = VmwareGuestFile::addAutoconnect(vmxPath, vid, pid, m_procRoot);
    refresh();
    return r;
}

VmwareGuestFile::Result VmwareSource::detach(const QString &vmxPath, const QString &vid, const QString &pid)
{
    auto r = VmwareGuestFile::removeAutoconnect(vmxPath, vid, pid, m_procRoot);
    refresh();
    return r;
}

} // namespace plugboard::vmware
