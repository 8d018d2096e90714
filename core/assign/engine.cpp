// SPDX-License-Identifier: GPL-3.0-or-later
// Engine: one pass over the host's devices per change; each appearance of an assigned device is
// acted on once per guest, so repeated events (driver binds, a guest's re-read) never repeat an attach.
#include "engine.h"
#include "logging.h"

#include "attach/attachservice.h"
#include "fileio.h"
#include "host/deviceresolver.h"
#include "host/hostbackend.h"
#include "libvirt/guestdirectory.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QSignalBlocker>

namespace plugboard::assign {

using libvirt::AttachMode;
using libvirt::GuestInfo;
using libvirt::LibvirtConnection;

namespace {
// The context lupdate records for this file's sentences (Q_DECLARE_TR_FUNCTIONS names it).
class EngineText
{
    Q_DECLARE_TR_FUNCTIONS(plugboard::assign::Engine)
};

QString instanceKey(const QString &guest, const host::UsbDevice &d)
{
    return guest + QLatin1Char('|') + d.id + QLatin1Char('|') + QString::number(d.busnum.value_or(-1))
        + QLatin1Char('|') + QString::number(d.devnum.value_or(-1));
}
} // namespace

QString Action::describe() const
{
    switch (kind) {
    case Kind::AttachLive:
        return EngineText::tr("attach %1 (%2, %3:%4) to %5")
            .arg(deviceName, deviceId, spec.vendorId, spec.productId, guest);
    case Kind::AddToDefinition:
        return EngineText::tr("add %1:%2 to the definition of %3 (optional at start)")
            .arg(spec.vendorId, spec.productId, guest);
    case Kind::DetachStale:
        return EngineText::tr("remove the stale entry %1:%2 (bus %3 device %4) from %5")
            .arg(spec.vendorId, spec.productId)
            .arg(spec.bus.value_or(0))
            .arg(spec.device.value_or(0))
            .arg(guest);
    }
    return {};
}

QString Engine::defaultLockPath(QString *error)
{
    const QString dir = fileio::privateRuntimeDir(error);
    return dir.isEmpty() ? QString() : dir + QStringLiteral("/plugboard-assignments.lock");
}

Engine::Engine(host::HostBackend *host, QString assignmentsPath, QString lockPath, QObject *parent)
    : QObject(parent)
    , m_host(host)
    , m_file(std::move(assignmentsPath))
    , m_lockPath(std::move(lockPath))
    , m_ownService(std::make_unique<attaching::AttachService>())
{
    qRegisterMetaType<plugboard::assign::Action>();
    m_lockRetry.setInterval(2000);
    connect(&m_lockRetry, &QTimer::timeout, this, &Engine::tryLock);
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, &Engine::reload);
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, &Engine::reload);
    if (m_host) {
        connect(m_host, &host::HostBackend::topologyChanged, this, &Engine::evaluate);
        connect(m_host, &host::HostBackend::topologyReset, this, &Engine::evaluate);
    }
}

Engine::~Engine()
{
    // Requests still running end with the engine; nobody listens to their answers any more.
    const QSignalBlocker quiet(this);
    m_ownService.reset();
    if (m_active && m_lock)
        m_lock->unlock();
}

void Engine::addConnection(LibvirtConnection *c)
{
    if (m_connections.contains(c))
        return;
    m_connections.append(c);
    connect(c, &LibvirtConnection::guestsReset, this, &Engine::evaluate);
    connect(c, &LibvirtConnection::guestChanged, this, &Engine::evaluate);
    connect(c, &LibvirtConnection::guestRemoved, this, &Engine::evaluate);
    connect(c, &LibvirtConnection::stateChanged, this, &Engine::evaluate);
    if (m_ownService)
        m_ownService->addConnection(c);
    evaluate();
}

void Engine::setAttachService(attaching::AttachService *service)
{
    m_service = service;
}

attaching::AttachService *Engine::attachService() const
{
    return m_service ? m_service.data() : m_ownService.get();
}

QList<LibvirtConnection *> Engine::connections() const
{
    return libvirt::liveConnections(m_connections);
}

void Engine::start()
{
    if (m_started)
        return;
    m_started = true;
    reload();
    tryLock();
    if (!m_active)
        m_lockRetry.start();
}

void Engine::tryLock()
{
    if (m_active)
        return;
    if (!m_lock) {
        QString error;
        const QString path = m_lockPath.isEmpty() ? defaultLockPath(&error) : m_lockPath;
        if (path.isEmpty()) {
            // Said once, tried again every two seconds: the folder may be fixed meanwhile.
            if (error != m_lockError)
                log(EngineText::tr("Not acting on assignments: %1").arg(error));
            m_lockError = error;
            return;
        }
        m_lockError.clear();
        m_lock = std::make_unique<QLockFile>(path);
        // A lock is stale only when its process is gone (an agent that runs for weeks stays valid).
        m_lock->setStaleLockTime(0);
        if (!m_lockPath.isEmpty())
            QDir().mkpath(QFileInfo(path).absolutePath());
    }
    if (!m_lock->tryLock(0))
        return;
    m_active = true;
    m_lockRetry.stop();
    if (!m_file.assignments.isEmpty())
        log(EngineText::tr("Keeping %n assignment(s) from %1.", nullptr, int(m_file.assignments.size()))
                .arg(m_file.path()));
    Q_EMIT activeChanged(true);
    evaluate();
}

void Engine::watchFile()
{
    // The file is replaced atomically on every save: watch it and its folder, re-adding both.
    const QString dir = QFileInfo(m_file.path()).absolutePath();
    QDir().mkpath(dir);
    if (!m_watcher.directories().contains(dir))
        m_watcher.addPath(dir);
    if (QFileInfo::exists(m_file.path()) && !m_watcher.files().contains(m_file.path()))
        m_watcher.addPath(m_file.path());
}

void Engine::reload()
{
    const QList<Assignment> before = m_file.assignments;
    const QMap<QString, QString> prefsBefore = m_file.preferences;
    QString error;
    if (!m_file.load(&error)) {
        if (error != m_loadError)
            log(error);
        m_loadError = error;
        watchFile();
        return;
    }
    m_loadError.clear();
    watchFile();
    if (before == m_file.assignments && prefsBefore == m_file.preferences)
        return;
    // Forget what was done for assignments that are gone, so a re-added one acts again.
    m_persisted.clear();
    m_askedConflicts.clear();
    Q_EMIT assignmentsChanged();
    evaluate();
}

bool Engine::prefer(const QString &identity, const QString &guest, QString *error)
{
    // From what is on disk now (another writer may have changed it), under the writers' lock.
    if (!AssignmentFile::update(
            m_file.path(),
            [&](AssignmentFile &f) {
                f.preferences.insert(identity, guest);
                return true;
            },
            error))
        return false;
    m_askedConflicts.remove(identity);
    reload();
    return true;
}

bool Engine::addAssignment(const Assignment &a, QString *error)
{
    if (!AssignmentFile::update(
            m_file.path(),
            [&](AssignmentFile &f) {
                return f.add(a);
            },
            error))
        return false;
    reload();
    return true;
}

bool Engine::removeAssignment(const Assignment &a, QString *error)
{
    if (!AssignmentFile::update(
            m_file.path(),
            [&](AssignmentFile &f) {
                return f.remove(a.target(), a.guest) > 0;
            },
            error))
        return false;
    reload();
    return true;
}

LibvirtConnection *Engine::connectionFor(const GuestRef &guest) const
{
    return libvirt::connectionServing(m_connections, guest);
}

void Engine::log(const QString &line)
{
    PB_LOG(lcEngine) << line;
    Q_EMIT logged(line);
}

void Engine::issue(LibvirtConnection *c, Action a, AttachMode mode, bool detach)
{
    a.id = m_nextAction++;
    attaching::AttachService *service = attachService();
    if (!service->connections().contains(c))
        service->addConnection(c);
    const GuestRef guest = GuestRef::libvirt(c->canonicalUri(), GuestRef::parse(a.guest).name());
    attaching::Operation *op = detach ? service->detach(guest, a.spec, mode, a.describe(), false)
                                      : service->attachSpec(guest, a.spec, mode, a.describe(), false);
    if (!detach)
        ++m_requests;
    log(EngineText::tr("Assignment %1: %2…").arg(a.assignment.describe(), a.describe()));
    Q_EMIT actionStarted(a);
    auto done = [this, a](const libvirt::OperationResult &r) {
        log(r.ok ? EngineText::tr("Done: %1. %2").arg(a.describe(), r.message)
                 : EngineText::tr("Failed: %1. %2").arg(a.describe(), r.message));
        Q_EMIT actionFinished(a, r);
    };
    if (op->isFinished())
        done(op->result()); // refused at once (no such guest)
    else
        connect(op, &attaching::Operation::finished, this, done);
}

void Engine::evaluate()
{
    if (!m_active || !m_host)
        return;
    const host::HostTopology &topo = m_host->topology();

    // Guests that stopped: their devices are attached afresh at the next start.
    QSet<QString> running;
    for (const auto &c : m_connections) {
        if (!c)
            continue;
        for (const GuestInfo &g : c->guests()) {
            if (g.isRunning())
                running.insert(g.id());
        }
    }
    for (const QString &stopped : m_running - running) {
        m_handled.removeIf([&](const QString &k) {
            return k.startsWith(stopped + QLatin1Char('|'));
        });
    }
    m_running = running;
    // Appearances that are gone (unplugged, or re-enumerated with a new device number).
    m_handled.removeIf([&](const QString &k) {
        const QStringList parts = k.split(QLatin1Char('|'));
        const host::UsbDevice *d = parts.size() == 4 ? topo.device(parts.at(1)) : nullptr;
        return !d || QString::number(d->busnum.value_or(-1)) != parts.at(2)
            || QString::number(d->devnum.value_or(-1)) != parts.at(3);
    });
    if (m_file.assignments.isEmpty())
        return;

    // What each assignment names, worked out once per pass (not once per device).
    struct Parsed
    {
        const Assignment *a;
        std::optional<host::DeviceIdentity> identity;
        QStringList ports;
    };
    std::vector<Parsed> parsed;
    for (const Assignment &a : m_file.assignments)
        parsed.push_back(
            {&a, host::DeviceIdentity::parse(a.device), a.isPort() ? portsCovered(topo, a.port) : QStringList()});

    for (const host::UsbDevice &d : topo.devices) {
        if (d.isHub() || d.vendorId.isEmpty())
            continue;
        QList<Assignment> claims;
        for (const Parsed &p : parsed) {
            if (p.identity ? p.identity->matches(d) : p.ports.contains(d.parentPortId))
                claims.append(*p.a);
        }
        if (claims.isEmpty())
            continue;
        QStringList guests;
        for (const Assignment &a : claims) {
            if (!guests.contains(a.guest))
                guests.append(a.guest);
        }
        const QString identity = host::DeviceIdentity::of(d).toString();
        QString chosen = guests.size() == 1 ? guests.constFirst() : QString();
        if (chosen.isEmpty() && guests.contains(m_file.preferences.value(identity)))
            chosen = m_file.preferences.value(identity);
        if (chosen.isEmpty()) {
            QStringList runningClaimants;
            for (const QString &g : guests) {
                if (running.contains(g))
                    runningClaimants.append(g);
            }
            if (runningClaimants.size() == 1) {
                chosen = runningClaimants.constFirst();
            } else if (runningClaimants.size() > 1) {
                if (!m_askedConflicts.contains(identity)) {
                    m_askedConflicts.insert(identity);
                    log(EngineText::tr("%1 (%2) is assigned to %3, and more than one of them is running: choose one in "
                                       "Plugboard's window, or with 'plugboardctl assign %2 GUEST --prefer'.")
                            .arg(d.displayName(), identity, runningClaimants.join(QStringLiteral(", "))));
                    Q_EMIT conflict(d.id, identity, runningClaimants);
                }
                continue;
            } else {
                continue; // none of them runs; a start re-evaluates
            }
        }
        const auto claim = std::find_if(claims.cbegin(), claims.cend(), [&](const Assignment &a) {
            return a.guest == chosen;
        });
        if (claim->isVmware())
            continue; // VMware connects it itself through the autoconnect rule written at assignment
        const GuestRef chosenRef = GuestRef::parse(chosen);
        LibvirtConnection *c = connectionFor(chosenRef);
        if (!c || c->state() != libvirt::ConnectionState::Connected)
            continue; // evaluated again when the connection comes (back)
        const GuestInfo *g = c->guest(chosenRef.name());
        if (!g)
            continue;

        Action base;
        base.deviceId = d.id;
        base.deviceName = d.displayName();
        base.guest = chosen;
        base.assignment = *claim;

        const QString key = instanceKey(chosen, d);
        if (g->isRunning() && !m_handled.contains(key)) {
            m_handled.insert(key);
            bool already = false;
            QList<libvirt::HostdevDef> stale;
            for (const libvirt::HostdevDef &h : g->usb.hostdevs) {
                if (h.vendorId != d.vendorId || h.productId != d.productId)
                    continue;
                if (libvirt::heldDevice(h, topo) == &d || (!h.bus && host::twinCount(topo, d) > 0)) {
                    already = true; // this appearance, or a twin libvirt took by vid:pid: not ours to redo
                    continue;
                }
                // A live entry whose device is not plugged in any more (a replug renumbered it).
                if (libvirt::isGoneFromHost({h, true, false}, topo))
                    stale.append(h);
            }
            if (!already) {
                for (const libvirt::HostdevDef &h : stale) {
                    Action a = base;
                    a.kind = Action::Kind::DetachStale;
                    a.spec = libvirt::HostdevSpec::of(h);
                    issue(c, a, AttachMode::Live, true);
                }
                Action a = base;
                a.kind = Action::Kind::AttachLive;
                a.spec = libvirt::hostdevSpecFor(topo, d);
                // A live entry names this appearance exactly: after a replug the address is new.
                a.spec.bus = d.busnum;
                a.spec.device = d.devnum;
                issue(c, a, AttachMode::Live);
            }
        }
        const QString persistKey = chosen + QLatin1Char('|') + d.vendorId + QLatin1Char(':') + d.productId;
        if (claim->persistent && g->persistent && !m_persisted.contains(persistKey)) {
            m_persisted.insert(persistKey);
            const libvirt::DomainUsb &def = g->inactiveUsb ? *g->inactiveUsb : g->usb;
            const bool inDefinition
                = std::any_of(def.hostdevs.cbegin(), def.hostdevs.cend(), [&](const libvirt::HostdevDef &h) {
                      return !h.bus && libvirt::isMeantFor(h, d, topo);
                  });
            if (!inDefinition) {
                Action a = base;
                a.kind = Action::Kind::AddToDefinition;
                // By vendor/product only (addresses change), and never a reason not to boot.
                a.spec = {d.vendorId, d.productId, std::nullopt, std::nullopt, QStringLiteral("optional")};
                issue(c, a, AttachMode::Config);
            }
        }
    }
}

} // namespace plugboard::assign
