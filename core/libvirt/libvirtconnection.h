// SPDX-License-Identifier: GPL-3.0-or-later
// One libvirt connection on its own worker thread: calls stay ordered and never block the GUI;
// domain events re-read only the guest they concern; a dropped connection comes back by itself.
#pragma once

#include "libvirtsession.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QThread>
#include <QTimer>

#include <functional>

namespace plugboard::libvirt {

enum class ConnectionState { Connecting, Connected, Disconnected };

// Lives on its own thread (moveToThread in LibvirtConnection); use LibvirtConnection from the GUI.
class LibvirtWorker : public QObject
{
    Q_OBJECT
public:
    explicit LibvirtWorker(QString uri);
    ~LibvirtWorker() override;

    // Queued from the owner's thread (LibvirtConnection invokes them as typed functors).
    void start();
    // A disconnected worker tries again now instead of after its back-off.
    void retryNow();
    void refreshGuest(const QString &name);
    void refreshAll();
    // One change to a guest: `call` runs on this thread with the open session; the guest is
    // re-read afterwards. Answered exactly once with operationFinished(op, …).
    void run(quint64 op, const QString &guest, const std::function<OperationResult(LibvirtSession &)> &call);
    void shutdown();

    // Called on libvirt's event-loop thread.
    void onConnectionClosed(int reason);

Q_SIGNALS:
    void stateChanged(plugboard::libvirt::ConnectionState state, const QString &message, const QString &canonicalUri);
    void guestsReset(const QList<plugboard::libvirt::GuestInfo> &guests);
    void guestChanged(const plugboard::libvirt::GuestInfo &guest);
    void guestRemoved(const QString &name);
    void operationFinished(quint64 op, const plugboard::libvirt::OperationResult &result);

private:
    void connectNow();
    void dropConnection(const QString &why);
    void registerEvents();
    void deregisterEvents();

    QString m_uri;
    LibvirtSession m_session;
    QTimer *m_retry = nullptr; // Owned (child), created on the worker thread.
    int m_backoffMs = 1000;
    QList<int> m_callbackIds;
    bool m_closeRegistered = false;
    QStringList m_known; // guest names listed last time
};

// One request to a connection's worker. finished() comes exactly once: libvirt's answer, a
// timeout, or the connection going away; the object deletes itself afterwards.
class LibvirtRequest : public QObject
{
    Q_OBJECT
public:
    quint64 op() const { return m_op; }
    QString guest() const { return m_guest; }
    bool isFinished() const { return m_finished; }
    const OperationResult &result() const { return m_result; }

Q_SIGNALS:
    void finished(const plugboard::libvirt::OperationResult &result);

private:
    friend class LibvirtConnection;
    LibvirtRequest(quint64 op, QString guest, QObject *parent);
    void finish(const OperationResult &r);
    quint64 m_op = 0;
    QString m_guest;
    bool m_finished = false;
    OperationResult m_result;
    QTimer m_timeout;
};

class LibvirtConnection : public QObject
{
    Q_OBJECT
public:
    explicit LibvirtConnection(const QString &uri, QObject *parent = nullptr);
    ~LibvirtConnection() override;

    QString uri() const { return m_uri; }
    QString canonicalUri() const { return m_canonical.isEmpty() ? m_uri : m_canonical; }
    // Whether `uri` names this connection (as given, or as libvirt canonicalised it).
    bool serves(const QString &uri) const { return uri == m_uri || uri == canonicalUri(); }
    ConnectionState state() const { return m_state; }
    QString message() const { return m_message; }
    const QList<GuestInfo> &guests() const { return m_guests; }
    const GuestInfo *guest(const QString &name) const;

    void start();
    void refresh();
    // Connect again now when disconnected (after the user started the daemon), not after the back-off.
    void retryNow();

    // Asynchronous requests: each answers once through its LibvirtRequest (and operationFinished);
    // the guest is re-read afterwards.
    LibvirtRequest *requestAttach(const QString &guest, const HostdevSpec &spec, AttachMode mode);
    LibvirtRequest *requestDetach(const QString &guest, const HostdevSpec &spec, AttachMode mode);
    LibvirtRequest *requestAttachRedirTcp(const QString &guest, const QString &host, int port, AttachMode mode);
    // The persistent definition's USB controllers become one qemu-xhci (effective at the next start).
    LibvirtRequest *requestSwitchToQemuXhci(const QString &guest);
    // The wizard's definition fixes (effective at the next start).
    LibvirtRequest *requestStartupOptional(const QString &guest, const HostdevSpec &spec);
    LibvirtRequest *requestSpiceRedirChannel(const QString &guest);
    // How long a request may wait for libvirt before it fails with a timeout (default 5 minutes).
    void setRequestTimeout(int ms) { m_requestTimeoutMs = ms; }

    // The same as op ids, for callers that follow operationFinished.
    quint64 attach(const QString &guest, const HostdevSpec &spec, AttachMode mode)
    {
        return requestAttach(guest, spec, mode)->op();
    }
    quint64 detach(const QString &guest, const HostdevSpec &spec, AttachMode mode)
    {
        return requestDetach(guest, spec, mode)->op();
    }
    quint64 attachRedirTcp(const QString &guest, const QString &host, int port, AttachMode mode)
    {
        return requestAttachRedirTcp(guest, host, port, mode)->op();
    }
    quint64 switchToQemuXhci(const QString &guest) { return requestSwitchToQemuXhci(guest)->op(); }

Q_SIGNALS:
    void stateChanged();
    void guestsReset();
    void guestChanged(const QString &name);
    void guestRemoved(const QString &name);
    void operationFinished(quint64 op, const plugboard::libvirt::OperationResult &result);

private:
    QString m_uri, m_canonical;
    QThread m_thread;
    LibvirtWorker *m_worker = nullptr; // Owned; deleted on its thread when the thread finishes.
    ConnectionState m_state = ConnectionState::Connecting;
    QString m_message;
    QList<GuestInfo> m_guests; // sorted by name
    quint64 m_nextOp = 1;
    int m_requestTimeoutMs = 5 * 60 * 1000;
    QHash<quint64, QPointer<LibvirtRequest>> m_requests; // waiting for the worker's answer

    LibvirtRequest *request(const QString &guest, std::function<OperationResult(LibvirtSession &)> call);
    void answer(quint64 op, const OperationResult &r);
};

// The connections of `connections` that still exist.
QList<LibvirtConnection *> liveConnections(const QList<QPointer<LibvirtConnection>> &connections);
// The connection among `connections` that serves `guest`'s URI; null for a VMware guest, a bare
// name, or a URI none of them serves.
LibvirtConnection *connectionServing(const QList<QPointer<LibvirtConnection>> &connections, const GuestRef &guest);

} // namespace plugboard::libvirt

Q_DECLARE_METATYPE(plugboard::libvirt::HostdevSpec)
Q_DECLARE_METATYPE(plugboard::libvirt::ConnectionState)
