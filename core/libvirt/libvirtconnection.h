// SPDX-License-Identifier: GPL-3.0-or-later
// One libvirt connection on its own worker thread: calls stay ordered and never block the GUI;
// domain events re-read only the guest they concern; a dropped connection comes back by itself.
#pragma once

#include "libvirtsession.h"

#include <QObject>
#include <QThread>
#include <QTimer>

namespace plugboard::libvirt {

enum class ConnectionState { Connecting, Connected, Disconnected };

// Lives on its own thread (moveToThread in LibvirtConnection); use LibvirtConnection from the GUI.
class LibvirtWorker : public QObject
{
    Q_OBJECT
public:
    explicit LibvirtWorker(QString uri);
    ~LibvirtWorker() override;

    // Queued from the owner's thread.
    Q_INVOKABLE void start();
    Q_INVOKABLE void refreshGuest(const QString &name);
    Q_INVOKABLE void refreshAll();
    Q_INVOKABLE void attach(quint64 op, const QString &guest, const plugboard::libvirt::HostdevSpec &spec, int mode);
    Q_INVOKABLE void detach(quint64 op, const QString &guest, const plugboard::libvirt::HostdevSpec &spec, int mode);
    Q_INVOKABLE void attachRedir(quint64 op, const QString &guest, const QString &host, int port, int mode);
    Q_INVOKABLE void switchToQemuXhci(quint64 op, const QString &guest);
    Q_INVOKABLE void shutdown();

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
    // Asynchronous: the result comes as operationFinished(op, …); the guest is re-read afterwards.
    quint64 attach(const QString &guest, const HostdevSpec &spec, AttachMode mode);
    quint64 detach(const QString &guest, const HostdevSpec &spec, AttachMode mode);
    quint64 attachRedirTcp(const QString &guest, const QString &host, int port, AttachMode mode);
    // The persistent definition's USB controllers become one qemu-xhci (effective at the next start).
    quint64 switchToQemuXhci(const QString &guest);

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
};

} // namespace plugboard::libvirt

Q_DECLARE_METATYPE(plugboard::libvirt::HostdevSpec)
Q_DECLARE_METATYPE(plugboard::libvirt::ConnectionState)
