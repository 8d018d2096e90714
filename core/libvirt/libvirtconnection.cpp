// SPDX-License-Identifier: GPL-3.0-or-later
// LibvirtWorker/LibvirtConnection: libvirt's callbacks arrive on its event-loop thread and are
// marshalled to the worker; the worker's results are marshalled to the owner as value types.
#include "libvirtconnection.h"
#include "logging.h"

#include <QCoreApplication>
#include <QMetaObject>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

namespace plugboard::libvirt {

namespace {
void queueRefresh(void *opaque, virDomainPtr dom)
{
    auto *worker = static_cast<LibvirtWorker *>(opaque);
    const QString name = QString::fromUtf8(virDomainGetName(dom));
    QMetaObject::invokeMethod(
        worker,
        [worker, name] {
            worker->refreshGuest(name);
        },
        Qt::QueuedConnection);
}

int onLifecycle(virConnectPtr, virDomainPtr dom, int, int, void *opaque)
{
    queueRefresh(opaque, dom);
    return 0;
}

void onDeviceChange(virConnectPtr, virDomainPtr dom, const char *, void *opaque)
{
    queueRefresh(opaque, dom);
}

void onClose(virConnectPtr, int reason, void *opaque)
{
    static_cast<LibvirtWorker *>(opaque)->onConnectionClosed(reason);
}
} // namespace

LibvirtWorker::LibvirtWorker(QString uri)
    : m_uri(uri)
    , m_session(std::move(uri))
{
}

LibvirtWorker::~LibvirtWorker() = default;

void LibvirtWorker::start()
{
    if (!m_retry) {
        m_retry = new QTimer(this);
        m_retry->setSingleShot(true);
        connect(m_retry, &QTimer::timeout, this, &LibvirtWorker::connectNow);
    }
    connectNow();
}

void LibvirtWorker::retryNow()
{
    if (m_session.isOpen() || !m_retry)
        return;
    m_retry->stop();
    m_backoffMs = 1000;
    connectNow();
}

void LibvirtWorker::connectNow()
{
    Q_EMIT stateChanged(ConnectionState::Connecting, tr("Connecting…"), m_session.canonicalUri());
    LibvirtError err;
    if (!m_session.open(&err)) {
        qCInfo(lcLibvirt) << m_uri << "cannot connect:" << err.message << "- retrying in" << m_backoffMs << "ms";
        Q_EMIT stateChanged(ConnectionState::Disconnected,
            tr("%1 Retrying in %2 s.").arg(err.userMessage()).arg(m_backoffMs / 1000), m_session.canonicalUri());
        m_retry->start(m_backoffMs);
        m_backoffMs = qMin(m_backoffMs * 2, 30000);
        return;
    }
    m_backoffMs = 1000;
    m_closeRegistered = virConnectRegisterCloseCallback(m_session.handle(), onClose, this, nullptr) == 0;
    registerEvents();
    PB_LOG(lcLibvirt) << m_uri << "connected as" << m_session.canonicalUri() << "; event callbacks"
                      << m_callbackIds.size() << "close callback" << m_closeRegistered;
    Q_EMIT stateChanged(ConnectionState::Connected, QString(), m_session.canonicalUri());
    refreshAll();
}

void LibvirtWorker::registerEvents()
{
    virConnectPtr c = m_session.handle();
    const int lifecycle = virConnectDomainEventRegisterAny(
        c, nullptr, VIR_DOMAIN_EVENT_ID_LIFECYCLE, VIR_DOMAIN_EVENT_CALLBACK(onLifecycle), this, nullptr);
    const int added = virConnectDomainEventRegisterAny(
        c, nullptr, VIR_DOMAIN_EVENT_ID_DEVICE_ADDED, VIR_DOMAIN_EVENT_CALLBACK(onDeviceChange), this, nullptr);
    const int removed = virConnectDomainEventRegisterAny(
        c, nullptr, VIR_DOMAIN_EVENT_ID_DEVICE_REMOVED, VIR_DOMAIN_EVENT_CALLBACK(onDeviceChange), this, nullptr);
    for (int id : {lifecycle, added, removed}) {
        if (id >= 0)
            m_callbackIds.append(id);
    }
    virResetLastError();
}

void LibvirtWorker::deregisterEvents()
{
    if (!m_session.handle())
        return;
    for (int id : std::as_const(m_callbackIds))
        virConnectDomainEventDeregisterAny(m_session.handle(), id);
    m_callbackIds.clear();
    if (m_closeRegistered)
        virConnectUnregisterCloseCallback(m_session.handle(), onClose);
    m_closeRegistered = false;
    virResetLastError();
}

void LibvirtWorker::onConnectionClosed(int reason)
{
    QString why;
    switch (reason) {
    case VIR_CONNECT_CLOSE_REASON_EOF:
        why = tr("libvirt closed the connection (the daemon stopped or restarted).");
        break;
    case VIR_CONNECT_CLOSE_REASON_KEEPALIVE:
        why = tr("libvirt stopped answering (keep-alive timed out).");
        break;
    case VIR_CONNECT_CLOSE_REASON_ERROR:
        why = tr("The connection to libvirt failed.");
        break;
    default:
        why = tr("The connection to libvirt was closed.");
        break;
    }
    QMetaObject::invokeMethod(
        this,
        [this, why] {
            dropConnection(why);
        },
        Qt::QueuedConnection);
}

void LibvirtWorker::dropConnection(const QString &why)
{
    if (!m_session.isOpen())
        return;
    qCInfo(lcLibvirt) << m_uri << "connection dropped:" << why;
    deregisterEvents();
    m_session.close();
    Q_EMIT stateChanged(
        ConnectionState::Disconnected, why + QLatin1Char(' ') + tr("Reconnecting…"), m_session.canonicalUri());
    m_retry->start(m_backoffMs);
}

void LibvirtWorker::refreshAll()
{
    if (!m_session.isOpen())
        return;
    LibvirtError err;
    const QList<GuestInfo> guests = m_session.guests(&err);
    if (err.isSet() && !m_session.isAlive()) {
        dropConnection(err.userMessage());
        return;
    }
    m_known.clear();
    for (const GuestInfo &g : guests)
        m_known.append(g.name);
    PB_LOG(lcLibvirt) << m_uri << "lists" << guests.size() << "guests" << m_known;
    Q_EMIT guestsReset(guests);
}

void LibvirtWorker::refreshGuest(const QString &name)
{
    if (!m_session.isOpen())
        return;
    LibvirtError err;
    if (const auto g = m_session.guest(name, &err)) {
        PB_LOG(lcLibvirt) << m_uri << "re-read" << name << stateWord(g->state) << g->usb.hostdevs.size() << "hostdevs";
        if (!m_known.contains(name))
            m_known.append(name);
        Q_EMIT guestChanged(*g);
    } else if (!m_session.isAlive()) {
        dropConnection(err.userMessage());
    } else if (m_known.removeAll(name) > 0) {
        Q_EMIT guestRemoved(name);
    }
}

void LibvirtWorker::run(quint64 op, const QString &guest, const std::function<OperationResult(LibvirtSession &)> &call)
{
    OperationResult r = m_session.isOpen() ? call(m_session)
                                           : OperationResult {false, false, LibvirtError::plain(tr("Not connected.")),
                                               tr("Not connected to %1.").arg(m_uri)};
    if (r.ok)
        PB_LOG(lcLibvirt) << m_uri << "request" << op << "for" << guest << "done:" << r.message;
    else
        qCInfo(lcLibvirt) << m_uri << "request" << op << "for" << guest << "refused:" << r.error.code
                          << r.error.message;
    Q_EMIT operationFinished(op, r);
    refreshGuest(guest);
}

void LibvirtWorker::shutdown()
{
    if (m_retry)
        m_retry->stop();
    deregisterEvents();
    m_session.close();
}

LibvirtConnection::LibvirtConnection(const QString &uri, QObject *parent)
    : QObject(parent)
    , m_uri(uri)
{
    qRegisterMetaType<GuestInfo>();
    qRegisterMetaType<QList<GuestInfo>>();
    qRegisterMetaType<OperationResult>();
    qRegisterMetaType<HostdevSpec>();
    qRegisterMetaType<ConnectionState>();
    LibvirtSession::ensureEventLoop();
    m_worker = new LibvirtWorker(uri);
    m_worker->moveToThread(&m_thread);
    m_thread.setObjectName(QStringLiteral("libvirt ") + uri);
    connect(m_worker, &LibvirtWorker::stateChanged, this,
        [this](ConnectionState s, const QString &message, const QString &canonical) {
            m_state = s;
            m_message = message;
            m_canonical = canonical;
            Q_EMIT stateChanged();
        });
    connect(m_worker, &LibvirtWorker::guestsReset, this, [this](const QList<GuestInfo> &guests) {
        m_guests = guests;
        Q_EMIT guestsReset();
    });
    connect(m_worker, &LibvirtWorker::guestChanged, this, [this](const GuestInfo &g) {
        auto it = std::lower_bound(m_guests.begin(), m_guests.end(), g.name, [](const GuestInfo &a, const QString &n) {
            return a.name < n;
        });
        if (it != m_guests.end() && it->name == g.name) {
            if (*it == g)
                return;
            *it = g;
        } else {
            m_guests.insert(it, g);
        }
        Q_EMIT guestChanged(g.name);
    });
    connect(m_worker, &LibvirtWorker::guestRemoved, this, [this](const QString &name) {
        m_guests.removeIf([&](const GuestInfo &g) {
            return g.name == name;
        });
        Q_EMIT guestRemoved(name);
    });
    connect(m_worker, &LibvirtWorker::operationFinished, this, &LibvirtConnection::answer);
    m_thread.start();
}

LibvirtRequest::LibvirtRequest(quint64 op, QString guest, QObject *parent)
    : QObject(parent)
    , m_op(op)
    , m_guest(std::move(guest))
{
    m_timeout.setSingleShot(true);
}

void LibvirtRequest::finish(const OperationResult &r)
{
    if (m_finished)
        return;
    m_finished = true;
    m_result = r;
    m_timeout.stop();
    Q_EMIT finished(r);
    deleteLater();
}

LibvirtRequest *LibvirtConnection::request(const QString &guest, std::function<OperationResult(LibvirtSession &)> call)
{
    const quint64 op = m_nextOp++;
    auto *req = new LibvirtRequest(op, guest, this);
    m_requests.insert(op, req);
    req->m_timeout.setInterval(m_requestTimeoutMs);
    connect(&req->m_timeout, &QTimer::timeout, this, [this, op] {
        const int seconds = m_requestTimeoutMs / 1000;
        qCInfo(lcLibvirt) << canonicalUri() << "request" << op << "timed out after" << seconds << "s";
        answer(op,
            {false, false, LibvirtError::plain(tr("No answer from libvirt.")),
                tr("libvirt at %1 did not answer within %n second(s); the change may still happen. Look at the "
                   "guest again in a moment.",
                    nullptr, seconds)
                    .arg(canonicalUri())});
    });
    req->m_timeout.start();
    QMetaObject::invokeMethod(
        m_worker,
        [w = m_worker, op, guest, call = std::move(call)] {
            w->run(op, guest, call);
        },
        Qt::QueuedConnection);
    return req;
}

void LibvirtConnection::answer(quint64 op, const OperationResult &r)
{
    // A late answer after a timeout is still announced (tests and logs follow every op), once.
    const QPointer<LibvirtRequest> req = m_requests.take(op);
    Q_EMIT operationFinished(op, r);
    if (req)
        req->finish(r);
}

LibvirtConnection::~LibvirtConnection()
{
    // Requests still waiting are answered now: nobody waits for a reply that cannot come.
    const auto pending = m_requests;
    m_requests.clear();
    for (const QPointer<LibvirtRequest> &req : pending) {
        if (req)
            req->finish({false, false, LibvirtError::plain(tr("The connection was closed.")),
                tr("The connection to %1 was closed before libvirt answered.").arg(canonicalUri())});
    }
    QMetaObject::invokeMethod(
        m_worker,
        [w = m_worker] {
            w->shutdown();
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_worker; // its thread has finished: no event can reach it any more
}

const GuestInfo *LibvirtConnection::guest(const QString &name) const
{
    for (const GuestInfo &g : m_guests) {
        if (g.name == name)
            return &g;
    }
    return nullptr;
}

void LibvirtConnection::start()
{
    QMetaObject::invokeMethod(
        m_worker,
        [w = m_worker] {
            w->start();
        },
        Qt::QueuedConnection);
}

void LibvirtConnection::retryNow()
{
    QMetaObject::invokeMethod(
        m_worker,
        [w = m_worker] {
            w->retryNow();
        },
        Qt::QueuedConnection);
}

void LibvirtConnection::refresh()
{
    QMetaObject::invokeMethod(
        m_worker,
        [w = m_worker] {
            w->refreshAll();
        },
        Qt::QueuedConnection);
}

LibvirtRequest *LibvirtConnection::requestAttach(const QString &guest, const HostdevSpec &spec, AttachMode mode)
{
    return request(guest, [guest, spec, mode](LibvirtSession &s) {
        return s.attachHostdev(guest, spec, mode);
    });
}

LibvirtRequest *LibvirtConnection::requestDetach(const QString &guest, const HostdevSpec &spec, AttachMode mode)
{
    return request(guest, [guest, spec, mode](LibvirtSession &s) {
        return s.detachHostdev(guest, spec, mode);
    });
}

LibvirtRequest *LibvirtConnection::requestAttachRedirTcp(
    const QString &guest, const QString &host, int port, AttachMode mode)
{
    return request(guest, [guest, host, port, mode](LibvirtSession &s) {
        return s.attachRedirTcp(guest, host, port, mode);
    });
}

LibvirtRequest *LibvirtConnection::requestSwitchToQemuXhci(const QString &guest)
{
    return request(guest, [guest](LibvirtSession &s) {
        return s.switchToQemuXhci(guest);
    });
}

LibvirtRequest *LibvirtConnection::requestStartupOptional(const QString &guest, const HostdevSpec &spec)
{
    return request(guest, [guest, spec](LibvirtSession &s) {
        return s.setStartupOptional(guest, spec);
    });
}

LibvirtRequest *LibvirtConnection::requestSpiceRedirChannel(const QString &guest)
{
    return request(guest, [guest](LibvirtSession &s) {
        return s.addSpiceRedirChannel(guest);
    });
}

QList<LibvirtConnection *> liveConnections(const QList<QPointer<LibvirtConnection>> &connections)
{
    QList<LibvirtConnection *> out;
    for (const auto &c : connections) {
        if (c)
            out.append(c);
    }
    return out;
}

LibvirtConnection *connectionServing(const QList<QPointer<LibvirtConnection>> &connections, const GuestRef &guest)
{
    if (!guest.hasUri())
        return nullptr;
    for (const auto &c : connections) {
        if (c && c->serves(guest.uri()))
            return c;
    }
    return nullptr;
}

} // namespace plugboard::libvirt
