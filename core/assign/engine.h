// SPDX-License-Identifier: GPL-3.0-or-later
// The assignment engine: when an assigned device appears (hotplug, a re-enumeration with a new
// device number, a guest start) it asks the guest's libvirt connection to attach it. It runs in
// `plugboardctl agent` and in the GUI; a lock file lets exactly one of them act for a user.
#pragma once

#include "assignments.h"
#include "libvirt/libvirtconnection.h"

#include <QFileSystemWatcher>
#include <QHash>
#include <QLockFile>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <memory>

namespace plugboard::host {
class HostBackend;
}
namespace plugboard::attaching {
class AttachService;
}

namespace plugboard::assign {

struct Action
{
    enum class Kind { AttachLive, AddToDefinition, DetachStale };
    quint64 id = 0;
    Kind kind = Kind::AttachLive;
    QString deviceId; // kernel name at the time ("1-1.4")
    QString deviceName; // as shown to the user
    QString guest; // URI#name
    Assignment assignment;
    libvirt::HostdevSpec spec;
    QString describe() const;
};

class Engine : public QObject
{
    Q_OBJECT
public:
    // `lockPath` empty = the default one in the user's runtime directory.
    Engine(host::HostBackend *host, QString assignmentsPath, QString lockPath = {}, QObject *parent = nullptr);
    ~Engine() override;

    // The lock in the user's private runtime folder (fileio::privateRuntimeDir); empty with the
    // reason when there is none to trust, and then no engine acts.
    static QString defaultLockPath(QString *error = nullptr);

    void addConnection(libvirt::LibvirtConnection *c);
    // The requests go through `service` (the window's, so its rows show them pending); without
    // one, the engine keeps its own over its connections.
    void setAttachService(attaching::AttachService *service);
    attaching::AttachService *attachService() const;
    QList<libvirt::LibvirtConnection *> connections() const;
    // Takes the lock (or keeps trying every two seconds) and starts acting.
    void start();
    // Whether this engine is the one that acts (holds the lock).
    bool isActive() const { return m_active; }
    const AssignmentFile &file() const { return m_file; }
    QString loadError() const { return m_loadError; }
    // Why this engine cannot take the lock at all (no private runtime folder); empty otherwise.
    QString lockError() const { return m_lockError; }

    // The user's answer when several guests claim a device: remembered in the file.
    bool prefer(const QString &identity, const QString &guest, QString *error);
    // Adds (or updates) an assignment and saves the file; false with the reason when it cannot be saved.
    bool addAssignment(const Assignment &a, QString *error);
    bool removeAssignment(const Assignment &a, QString *error);
    // Re-reads the file (done by itself when the file changes).
    void reload();
    // Attach requests issued since start (benchmarks and tests).
    quint64 requestCount() const { return m_requests; }

Q_SIGNALS:
    void activeChanged(bool active);
    void assignmentsChanged();
    void actionStarted(const plugboard::assign::Action &action);
    void actionFinished(const plugboard::assign::Action &action, const plugboard::libvirt::OperationResult &result);
    // Several guests claim `deviceId` and more than one of them runs: ask the user, then prefer().
    void conflict(const QString &deviceId, const QString &identity, const QStringList &guests);
    // One line for every automatic action and decision, for the journal and the window.
    void logged(const QString &line);

public:
    void evaluate();

private:
    void tryLock();
    void issue(libvirt::LibvirtConnection *c, Action a, libvirt::AttachMode mode, bool detach = false);
    void log(const QString &line);
    libvirt::LibvirtConnection *connectionFor(const GuestRef &guest) const;
    void watchFile();

    host::HostBackend *m_host;
    AssignmentFile m_file;
    QString m_loadError;
    QString m_lockPath; // as given; empty = the default one
    QString m_lockError;
    std::unique_ptr<QLockFile> m_lock;
    QTimer m_lockRetry;
    QFileSystemWatcher m_watcher;
    QList<QPointer<libvirt::LibvirtConnection>> m_connections;
    bool m_active = false;
    bool m_started = false;
    // guest|device|busnum|devnum: this appearance of the device has been handled for that guest.
    QSet<QString> m_handled;
    // guest|vid:pid: the persistent entry was ensured this session.
    QSet<QString> m_persisted;
    QSet<QString> m_running; // guests running at the last evaluation
    QSet<QString> m_askedConflicts;
    QPointer<attaching::AttachService> m_service;
    std::unique_ptr<attaching::AttachService> m_ownService;
    quint64 m_nextAction = 1;
    quint64 m_requests = 0;
};

} // namespace plugboard::assign

Q_DECLARE_METATYPE(plugboard::assign::Action)
