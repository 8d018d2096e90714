// SPDX-License-Identifier: GPL-3.0-or-later
// AttachService: each request walks its steps through callbacks (an answer, an unmount, libvirt's
// reply); nothing here waits, so a window's event loop keeps running while the user decides or a
// hypervisor works.
#include "attachservice.h"
#include "diagnostics/fixrunner.h"

#include "assign/engine.h"
#include "diagnostics/preflight.h"
#include "host/hostbackend.h"
#include "host/udisks.h"
#include "libvirt/guestdirectory.h"
#include "logging.h"
#include "vmware/vmwaresource.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QMetaMethod>

namespace plugboard::attaching {

using libvirt::AttachMode;
using libvirt::GuestInfo;
using libvirt::HostdevSpec;
using libvirt::LibvirtConnection;
using libvirt::LibvirtRequest;
using libvirt::OperationResult;

namespace {
QString specName(const HostdevSpec &spec)
{
    return spec.vendorId + QLatin1Char(':') + spec.productId;
}
} // namespace

// ---------------------------------------------------------------------------------------------

Question::Question(Kind kind, QString title, QString text, QList<Choice> choices, Choice byDefault, QObject *parent)
    : QObject(parent)
    , m_kind(kind)
    , m_title(std::move(title))
    , m_text(std::move(text))
    , m_choices(std::move(choices))
    , m_default(byDefault)
{
}

void Question::answer(Choice choice)
{
    if (m_answered)
        return;
    m_answered = true;
    Q_EMIT answered(choice);
    deleteLater();
}

Operation::Operation(quint64 id, Kind kind, QString what, GuestRef guest, QObject *parent)
    : QObject(parent)
    , m_id(id)
    , m_kind(kind)
    , m_what(std::move(what))
    , m_guest(std::move(guest))
{
}

void Operation::cancel()
{
    if (m_finished)
        return;
    m_cancelled = true;
    if (auto stop = std::move(m_onCancel))
        stop();
    finish({false, false, {}, QCoreApplication::translate("plugboard::attaching::AttachService", "Cancelled.")});
}

void Operation::finish(const OperationResult &r)
{
    if (m_finished)
        return;
    m_finished = true;
    m_onCancel = nullptr;
    m_result = r;
    Q_EMIT finished(r);
    deleteLater();
}

// ---------------------------------------------------------------------------------------------

struct AttachService::AttachState
{
    host::UsbDevice device;
    diagnostics::Preflight pre;
    diagnostics::Facts facts;
    std::optional<AttachMode> mode; // the caller's, else the guest's default
};

AttachService::AttachService(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<Question::Choice>();
}

AttachService::~AttachService()
{
    // Nobody is left to hear the answers: every request still running says so once.
    const auto running = m_running;
    for (const QPointer<Operation> &op : running) {
        if (op)
            op->finish({false, false, {}, tr("Plugboard stopped before the request finished.")});
    }
}

void AttachService::setHostBackend(host::HostBackend *backend)
{
    m_host = backend;
}

host::HostBackend *AttachService::hostBackend() const
{
    return m_host;
}

vmware::VmwareSource *AttachService::vmwareSource() const
{
    return m_vmware;
}

assign::Engine *AttachService::engine() const
{
    return m_engine;
}

void AttachService::addConnection(LibvirtConnection *connection)
{
    if (!connection || m_connections.contains(connection))
        return;
    m_connections.append(connection);
}

void AttachService::removeConnection(LibvirtConnection *connection)
{
    m_connections.removeAll(connection);
}

QList<LibvirtConnection *> AttachService::connections() const
{
    return libvirt::liveConnections(m_connections);
}

void AttachService::setVmwareSource(vmware::VmwareSource *source)
{
    m_vmware = source;
}

void AttachService::setEngine(assign::Engine *engine)
{
    m_engine = engine;
}

LibvirtConnection *AttachService::connectionFor(const GuestRef &guest) const
{
    if (!guest.isLibvirt())
        return nullptr;
    LibvirtConnection *only = nullptr;
    int holding = 0;
    for (const auto &c : m_connections) {
        if (!c)
            continue;
        if (guest.hasUri() && c->serves(guest.uri()))
            return c;
        if (!guest.hasUri() && c->guest(guest.name())) {
            only = c;
            ++holding;
        }
    }
    return holding == 1 ? only : nullptr; // a bare name: only where it is not ambiguous
}

const GuestInfo *AttachService::guest(const GuestRef &guest) const
{
    LibvirtConnection *c = connectionFor(guest);
    return c ? c->guest(guest.name()) : nullptr;
}

GuestRef AttachService::canonical(const GuestRef &guest) const
{
    if (LibvirtConnection *c = connectionFor(guest))
        return guest.withUri(c->canonicalUri());
    return guest;
}

QList<GuestChoice> AttachService::guestChoices() const
{
    QList<GuestChoice> out;
    for (LibvirtConnection *c : connections()) {
        for (const GuestInfo &g : c->guests())
            out.append({g.ref(), tr("%1 (%2, %3)").arg(g.name, stateWord(g.state), c->uri()), g.isRunning()});
    }
    if (m_vmware) {
        for (const vmware::VmwareGuest &g : m_vmware->guests()) {
            if (g.error.isEmpty())
                out.append({g.ref(), tr("%1 (VMware, %2)").arg(g.displayName, stateWord(g.state())), g.running});
        }
    }
    return out;
}

diagnostics::Facts AttachService::facts() const
{
    diagnostics::Facts f;
    f.source = QStringLiteral("live");
    if (m_host)
        f.topology = m_host->topology();
    QList<diagnostics::LibvirtFacts> conns;
    for (LibvirtConnection *c : connections()) {
        diagnostics::LibvirtFacts l;
        l.uri = c->canonicalUri();
        for (const GuestInfo &g : c->guests())
            l.domains.append({g.uri, g.name, g.uuid, g.state, g.usb, g.inactiveUsb, {}, g.xml, g.inactiveXml});
        conns.append(l);
    }
    f.libvirt = conns;
    if (m_vmware) {
        QList<diagnostics::VmwareFacts> vms;
        for (const vmware::VmwareGuest &g : m_vmware->guests())
            vms.append({g.path, g.path, g.running, {}});
        f.vmware = vms;
    }
    return f;
}

// --- Bookkeeping --------------------------------------------------------------------------------

Operation *AttachService::start(Operation::Kind kind, const QString &what, const GuestRef &guest)
{
    auto *op = new Operation(m_nextId++, kind, what, canonical(guest), this);
    m_running.insert(op->id(), op);
    connect(op, &Operation::finished, this, [this, op](const OperationResult &r) {
        m_running.remove(op->id());
        m_attach.remove(op->id());
        PB_LOG(lcAttach) << "finished" << op->id() << op->what() << r.ok << r.message;
        Q_EMIT operationFinished(op, r);
    });
    PB_LOG(lcAttach) << "started" << op->id() << what << guest.toString();
    Q_EMIT operationStarted(op);
    return op;
}

void AttachService::finish(Operation *op, const OperationResult &r)
{
    op->finish(r);
}

void AttachService::ask(Operation *op, Question::Kind kind, const QString &title, const QString &text,
    const QList<Question::Choice> &choices, Question::Choice byDefault, std::function<void(Question::Choice)> then,
    const QStringList &subjects)
{
    auto *q = new Question(kind, title, text, choices, byDefault, op);
    q->m_subjects = subjects;
    QPointer<Operation> guard(op);
    connect(q, &Question::answered, this, [guard, then = std::move(then)](Question::Choice c) {
        if (guard && !guard->isFinished())
            then(c);
    });
    op->m_onCancel = [q] {
        q->answer(Question::Choice::Cancel);
    };
    if (!isSignalConnected(QMetaMethod::fromSignal(&AttachService::questionAsked))) {
        // Nobody to ask: the careful answer.
        PB_LOG(lcAttach) << "no one to answer" << title << "- cancelled";
        q->answer(choices.contains(Question::Choice::Cancel) ? Question::Choice::Cancel : byDefault);
        return;
    }
    Q_EMIT questionAsked(op, q);
}

void AttachService::setPending(const GuestRef &guest, const QString &what)
{
    const GuestRef g = canonical(guest);
    m_pending.insert(g, what);
    Q_EMIT pendingChanged(g);
}

void AttachService::clearPending(const GuestRef &guest)
{
    const GuestRef g = canonical(guest);
    if (m_pending.remove(g))
        Q_EMIT pendingChanged(g);
}

void AttachService::follow(Operation *op, LibvirtRequest *request, std::function<void(const OperationResult &)> then)
{
    // The guest's row says what is asked until the hypervisor answers (exactly once: the request
    // finishes with libvirt's answer, a timeout, or the connection going away).
    const GuestRef guest
        = GuestRef::libvirt(qobject_cast<LibvirtConnection *>(request->parent())->canonicalUri(), request->guest());
    setPending(guest, op->what() + QStringLiteral("…"));
    QPointer<Operation> guard(op);
    connect(request, &LibvirtRequest::finished, this, [this, guard, guest, then](const OperationResult &r) {
        clearPending(guest);
        if (!guard || guard->isFinished())
            return;
        if (then)
            then(r);
        else
            finish(guard, r);
    });
}

void AttachService::setUndo(const QString &text, std::function<Operation *()> undo)
{
    m_undo = std::move(undo);
    m_undoText = text;
    Q_EMIT undoChanged();
}

void AttachService::cancel(const GuestRef &guest)
{
    const GuestRef g = canonical(guest);
    const auto running = m_running;
    for (const QPointer<Operation> &op : running) {
        if (op && op->guest() == g)
            op->cancel();
    }
}

Operation *AttachService::undo()
{
    auto undo = std::move(m_undo);
    m_undo = nullptr;
    m_undoText.clear();
    Q_EMIT undoChanged();
    return undo ? undo() : nullptr;
}

// --- Attach with pre-flight ----------------------------------------------------------------------

Operation *AttachService::attach(const QString &hostDeviceId, const GuestRef &guestRef, std::optional<AttachMode> mode)
{
    Operation *op = start(Operation::Kind::Attach, tr("Attach %1").arg(hostDeviceId), guestRef);
    op->m_hostDeviceId = hostDeviceId;
    const host::UsbDevice *found = m_host ? m_host->topology().device(hostDeviceId) : nullptr;
    if (!found) {
        refuse(op, tr("The device %1 is no longer plugged in.").arg(hostDeviceId));
        return op;
    }
    auto state = std::make_shared<AttachState>();
    state->mode = mode;
    state->device = *found; // the dialogs run the event loop: the topology may change meanwhile
    op->m_what = tr("Attach %1").arg(state->device.displayName());
    if (guestRef.isVmware()) {
        const vmware::VmwareGuest *vm = m_vmware ? m_vmware->guest(guestRef.vmxPath()) : nullptr;
        if (vm && vm->running) {
            refuse(op, vmware::VmwareGuestFile::liveConnectExplanation(*vm));
            return op;
        }
    } else {
        LibvirtConnection *c = connectionFor(guestRef);
        if (!c || !c->guest(guestRef.name())) {
            refuse(op, tr("There is no guest %1.").arg(guestRef.toString()));
            return op;
        }
        if (c->state() != libvirt::ConnectionState::Connected) {
            refuse(op, c->message());
            return op;
        }
    }
    state->facts = facts();
    state->pre = diagnostics::preflight(state->facts, state->device.id, op->guest().toString());
    m_attach.insert(op->id(), state);
    preflightStep(op, 0);
    return op;
}

void AttachService::preflightStep(Operation *op, int step)
{
    const std::shared_ptr<AttachState> state = m_attach.value(op->id());
    if (!state)
        return;
    const host::UsbDevice &d = state->device;
    const diagnostics::Preflight &pre = state->pre;
    const GuestRef guest = op->guest();
    switch (step) {
    case 0: // a hub cannot be passed
        if (pre.finding(QStringLiteral("dev-is-hub"))) {
            refuse(op,
                tr("%1 is a USB hub; a hub cannot be passed to a guest. Drag the devices behind it instead, or "
                   "assign one of its ports (right-click the port).")
                    .arg(d.displayName()));
            return;
        }
        return preflightStep(op, 1);
    case 1: { // mounted storage is never yanked
        if (!pre.finding(QStringLiteral("dev-storage-mounted")))
            return preflightStep(op, 2);
        QStringList mounted;
        for (const host::BlockDevice &b : d.blockDevices) {
            for (const QString &m : b.mountPoints)
                mounted.append(QStringLiteral("/dev/%1 on %2").arg(b.name, m));
            if (b.swap)
                mounted.append(tr("/dev/%1 is in use as swap").arg(b.name));
        }
        ask(
            op, Question::Kind::Unmount, tr("Unmount before attaching?"),
            tr("%1 is mounted on this computer:\n%2\n\nGiving it to a guest would yank the filesystem and lose data. "
               "Unmount it safely first?")
                .arg(d.displayName(), mounted.join(QLatin1Char('\n'))),
            {Question::Choice::Yes, Question::Choice::Cancel}, Question::Choice::Cancel,
            [this, op, mounted](Question::Choice c) {
                if (c != Question::Choice::Yes)
                    return op->cancel();
                if (m_demo) {
                    ask(op, Question::Kind::Information, tr("Demo"),
                        tr("In the demo nothing on this computer is unmounted: here UDisks2 would now unmount %1 "
                           "safely, and a busy filesystem would stop the attach.")
                            .arg(mounted.join(QStringLiteral(", "))),
                        {Question::Choice::Ok}, Question::Choice::Ok, [this, op](Question::Choice) {
                            preflightStep(op, 2);
                        });
                    return;
                }
                unmountThen(op, [this, op] {
                    preflightStep(op, 2);
                });
            },
            mounted);
        return;
    }
    case 2: { // another running guest has it
        if (pre.otherGuest.isEmpty() || guest.isVmware())
            return preflightStep(op, 3);
        ask(op, Question::Kind::Move, tr("Move it?"),
            tr("%1 is given to %2 now. Take it from there and give it to %3?")
                .arg(d.displayName(), pre.otherGuest, guest.toString()),
            {Question::Choice::Yes, Question::Choice::Cancel}, Question::Choice::Cancel,
            [this, op, state](Question::Choice c) {
                if (c != Question::Choice::Yes)
                    return op->cancel();
                const GuestRef from = GuestRef::parse(state->pre.otherGuest);
                const GuestInfo *g = this->guest(from);
                const HostdevSpec spec = libvirt::hostdevSpecFor(state->facts.topology, state->device);
                Operation *moving
                    = move(from, spec, g && g->persistent ? AttachMode::Both : AttachMode::Live, op->guest());
                // This attach ends as the move does (the move attaches once the other guest let go).
                op->m_what = moving->what();
                auto relay = [this, op](const OperationResult &r) {
                    finish(op, r);
                };
                if (moving->isFinished())
                    relay(moving->result());
                else
                    connect(moving, &Operation::finished, op, relay);
            },
            {pre.otherGuest});
        return;
    }
    case 3: { // speed against the guest's controllers
        const diagnostics::Finding *speed = pre.finding(QStringLiteral("dev-speed-vs-controller"));
        if (!speed || guest.isVmware())
            return preflightStep(op, 4);
        ask(op, Question::Kind::SlowController, tr("The guest's USB controller is too slow"),
            speed->title + QStringLiteral("\n\n") + speed->evidence.join(QLatin1Char('\n')),
            {Question::Choice::SwitchController, Question::Choice::AttachAnyway, Question::Choice::Cancel},
            Question::Choice::Cancel, [this, op, state](Question::Choice c) {
                if (c == Question::Choice::AttachAnyway)
                    return preflightStep(op, 4);
                if (c != Question::Choice::SwitchController)
                    return op->cancel();
                // The faster controller exists from the next start: the device goes in the definition.
                const GuestRef g = op->guest();
                LibvirtConnection *conn = connectionFor(g);
                if (!conn)
                    return refuse(op, tr("There is no guest %1.").arg(g.toString()));
                op->m_what = tr("Switch %1 to qemu-xhci").arg(g.name());
                const QString id = state->device.id;
                follow(op, conn->requestSwitchToQemuXhci(g.name()), [this, op, conn, g, id](const OperationResult &r) {
                    const host::UsbDevice *now = m_host ? m_host->topology().device(id) : nullptr;
                    if (!r.ok || !now || !conn)
                        return finish(op, r);
                    const HostdevSpec spec = libvirt::hostdevSpecFor(m_host->topology(), *now);
                    op->m_what = tr("Attach %1 to %2 from its next start").arg(id, g.name());
                    follow(op, conn->requestAttach(g.name(), spec, AttachMode::Config));
                });
            });
        return;
    }
    case 4: // the host's own keyboard or mouse
        if (!pre.hostInputDevice)
            return preflightStep(op, 5);
        ask(op, Question::Kind::InputDevice, tr("Give away a keyboard or mouse?"),
            tr("%1 is a keyboard or mouse this computer may be using. While the guest has it, it does not work "
               "here. Continue?")
                .arg(d.displayName()),
            {Question::Choice::Yes, Question::Choice::Cancel}, Question::Choice::Cancel,
            [this, op](Question::Choice c) {
                if (c != Question::Choice::Yes)
                    return op->cancel();
                preflightStep(op, 5);
            });
        return;
    default:
        if (guest.isVmware())
            attachVmware(op);
        else
            attachLibvirt(op);
        return;
    }
}

void AttachService::attachLibvirt(Operation *op)
{
    const std::shared_ptr<AttachState> state = m_attach.value(op->id());
    const GuestRef ref = op->guest();
    LibvirtConnection *c = connectionFor(ref);
    const GuestInfo *g = c ? c->guest(ref.name()) : nullptr; // re-read: the dialogs ran the event loop
    if (!g || !state)
        return refuse(op, tr("There is no guest %1.").arg(ref.toString()));
    const AttachMode mode = state->mode.value_or(g->defaultMode());
    const host::HostTopology topo = m_host ? m_host->topology() : state->facts.topology;
    const HostdevSpec spec = libvirt::hostdevSpecFor(topo, state->device);
    const QString name = g->name, deviceName = state->device.displayName(), deviceId = state->device.id;
    op->m_what = tr("Attach %1 to %2").arg(deviceName, name);
    follow(op, c->requestAttach(name, spec, mode),
        [this, op, ref, spec, mode, deviceName, deviceId](const OperationResult &r) {
            if (r.ok) {
                setUndo(tr("attach of %1 to %2").arg(deviceName, ref.name()), [this, ref, spec, mode] {
                    return detach(ref, spec, mode, {}, false);
                });
            } else {
                Q_EMIT attachFailed(deviceId, ref, r.message);
            }
            finish(op, r);
        });
}

void AttachService::attachVmware(Operation *op)
{
    const std::shared_ptr<AttachState> state = m_attach.value(op->id());
    if (!state || !m_vmware)
        return refuse(op, tr("VMware's guests are not known here."));
    op->m_what = tr("Attach %1 to %2").arg(state->device.displayName(), op->guest().name());
    const QString vid = state->device.vendorId, pid = state->device.productId;
    const auto r = m_vmware->attach(op->guest().vmxPath(), vid, pid);
    if (r.ok) {
        const GuestRef vm = op->guest();
        setUndo(tr("rule for %1:%2").arg(vid, pid), [this, vm, vid, pid] {
            return removeVmwareRule(vm, vid, pid, false);
        });
    }
    finish(op, {r.ok, false, {}, r.message});
}

void AttachService::unmountThen(Operation *op, std::function<void()> next)
{
    const std::shared_ptr<AttachState> state = m_attach.value(op->id());
    if (!state)
        return;
    QStringList blocks;
    for (const host::BlockDevice &b : state->device.blockDevices) {
        if (!b.mountPoints.isEmpty())
            blocks.append(b.name);
    }
    // UDisks2 (or the helper behind pkexec) may take long: a job that never waits, says how far it
    // is (on the guest's row) and stops when the operation is cancelled.
    auto *job = new host::UnmountJob(blocks, m_launcher, op);
    const GuestRef guest = op->guest();
    connect(job, &host::UnmountJob::progress, op, [this, op, guest](const QString &what) {
        setPending(guest, what);
        Q_EMIT op->progress(what);
    });
    QPointer<host::UnmountJob> guard(job);
    op->m_onCancel = [this, guard, guest] {
        if (guard)
            guard->cancel(); // the job goes with the operation: its row says nothing more
        clearPending(guest);
    };
    connect(job, &host::UnmountJob::finished, this,
        [this, op, guest, job, next = std::move(next)](const host::UnmountResult &r) {
            job->deleteLater();
            clearPending(guest);
            if (op->isFinished())
                return; // cancelled meanwhile
            op->m_onCancel = nullptr;
            if (!r.ok)
                return refuse(op, r.message); // a busy filesystem is named, never forced
            for (const QString &block : r.unmounted)
                Q_EMIT op->progress(tr("Unmounted /dev/%1 (through %2).").arg(block, r.via));
            next();
        });
    job->start();
}

// --- Requests without pre-flight ----------------------------------------------------------------

Operation *AttachService::attachSpec(
    const GuestRef &guestRef, const HostdevSpec &spec, AttachMode mode, const QString &what, bool undoable)
{
    return hostdevRequest(true, guestRef, spec, mode, what, undoable);
}

Operation *AttachService::detach(
    const GuestRef &guestRef, const HostdevSpec &spec, AttachMode mode, const QString &what, bool undoable)
{
    return hostdevRequest(false, guestRef, spec, mode, what, undoable);
}

Operation *AttachService::hostdevRequest(
    bool attach, const GuestRef &guestRef, const HostdevSpec &spec, AttachMode mode, const QString &what, bool undoable)
{
    const QString device = specName(spec);
    const QString said = attach ? tr("Attach %1 to %2").arg(device, guestRef.name())
                                : tr("Detach %1 from %2").arg(device, guestRef.name());
    Operation *op
        = start(attach ? Operation::Kind::Attach : Operation::Kind::Detach, what.isEmpty() ? said : what, guestRef);
    LibvirtConnection *c = connectionFor(guestRef);
    if (!c) {
        refuse(op, tr("There is no guest %1.").arg(guestRef.toString()));
        return op;
    }
    const GuestRef ref = op->guest();
    LibvirtRequest *request
        = attach ? c->requestAttach(ref.name(), spec, mode) : c->requestDetach(ref.name(), spec, mode);
    follow(op, request, [this, op, attach, ref, spec, mode, device, undoable](const OperationResult &r) {
        // Undo is the opposite request; undoing it is not undone again.
        if (r.ok && undoable)
            setUndo(attach ? tr("attach of %1 to %2").arg(device, ref.name())
                           : tr("detach of %1 from %2").arg(device, ref.name()),
                [this, attach, ref, spec, mode] {
                    return hostdevRequest(!attach, ref, spec, mode, {}, false);
                });
        finish(op, r);
    });
    return op;
}

Operation *AttachService::removeStale(const GuestRef &guestRef, const HostdevSpec &spec)
{
    Operation *op = start(Operation::Kind::RemoveStale,
        tr("Remove the stale entry %1 from %2").arg(specName(spec), guestRef.name()), guestRef);
    LibvirtConnection *c = connectionFor(guestRef);
    if (!c)
        refuse(op, tr("There is no guest %1.").arg(guestRef.toString()));
    else
        follow(op, c->requestDetach(guestRef.name(), spec, AttachMode::Live));
    return op;
}

Operation *AttachService::move(const GuestRef &from, const HostdevSpec &spec, AttachMode fromMode, const GuestRef &to)
{
    Operation *op
        = start(Operation::Kind::Move, tr("Move %1 from %2 to %3").arg(specName(spec), from.name(), to.name()), to);
    LibvirtConnection *fromC = connectionFor(from);
    LibvirtConnection *toC = connectionFor(to);
    if (!toC || !toC->guest(to.name())) {
        refuse(op, tr("There is no guest %1.").arg(to.toString()));
        return op;
    }
    if (!fromC) {
        refuse(op, tr("There is no guest %1.").arg(from.toString()));
        return op;
    }
    const GuestRef src = canonical(from), dst = op->guest();
    setPending(dst, op->what() + QStringLiteral("…"));
    follow(op, fromC->requestDetach(src.name(), spec, fromMode),
        [this, op, src, dst, spec, fromMode](const OperationResult &released) {
            clearPending(dst);
            LibvirtConnection *toConn = connectionFor(dst);
            if (!released.ok || !toConn)
                return finish(op, released); // still where it was: nothing lost
            const GuestInfo *g = toConn->guest(dst.name());
            const AttachMode mode = g ? g->defaultMode() : AttachMode::Config;
            follow(op, toConn->requestAttach(dst.name(), spec, mode),
                [this, op, src, dst, spec, mode, fromMode](const OperationResult &done) {
                    if (done.ok)
                        setUndo(tr("move of %1").arg(specName(spec)), [this, src, dst, spec, mode, fromMode] {
                            Q_UNUSED(fromMode);
                            return move(dst, spec, mode, src);
                        });
                    finish(op, done);
                });
        });
    return op;
}

Operation *AttachService::makePersistent(const GuestRef &guestRef, const HostdevSpec &spec)
{
    return attachSpec(
        guestRef, spec, AttachMode::Config, tr("Make %1 persistent on %2").arg(specName(spec), guestRef.name()));
}

Operation *AttachService::attachNetworkUsb(const GuestRef &guestRef, const QString &hostPort)
{
    const QString where = hostPort.trimmed();
    Operation *op = start(
        Operation::Kind::AttachNetwork, tr("Attach network USB from %1 to %2").arg(where, guestRef.name()), guestRef);
    const int colon = int(where.lastIndexOf(QLatin1Char(':')));
    bool portOk = false;
    const int port = colon > 0 ? where.mid(colon + 1).toInt(&portOk) : 0;
    if (!portOk || port <= 0 || port > 65535) {
        refuse(op, tr("'%1' is not host:port (for example 192.168.1.5:4000).").arg(where));
        return op;
    }
    LibvirtConnection *c = connectionFor(guestRef);
    const GuestInfo *g = c ? c->guest(guestRef.name()) : nullptr;
    if (!g) {
        refuse(op, tr("There is no guest %1.").arg(guestRef.toString()));
        return op;
    }
    follow(op, c->requestAttachRedirTcp(g->name, where.left(colon), port, g->defaultMode()));
    return op;
}

Operation *AttachService::switchToQemuXhci(const GuestRef &guestRef)
{
    Operation *op
        = start(Operation::Kind::SwitchController, tr("Switch %1 to qemu-xhci").arg(guestRef.name()), guestRef);
    if (LibvirtConnection *c = connectionFor(guestRef))
        follow(op, c->requestSwitchToQemuXhci(guestRef.name()));
    else
        refuse(op, tr("There is no guest %1.").arg(guestRef.toString()));
    return op;
}

Operation *AttachService::setStartupOptional(const GuestRef &guestRef, const HostdevSpec &spec)
{
    Operation *op = start(Operation::Kind::StartupOptional,
        tr("Make %1 optional at the start of %2").arg(specName(spec), guestRef.name()), guestRef);
    if (LibvirtConnection *c = connectionFor(guestRef))
        follow(op, c->requestStartupOptional(guestRef.name(), spec));
    else
        refuse(op, tr("There is no guest %1.").arg(guestRef.toString()));
    return op;
}

Operation *AttachService::addSpiceChannel(const GuestRef &guestRef)
{
    Operation *op = start(
        Operation::Kind::SpiceChannel, tr("Add a SPICE USB redirection channel to %1").arg(guestRef.name()), guestRef);
    if (LibvirtConnection *c = connectionFor(guestRef))
        follow(op, c->requestSpiceRedirChannel(guestRef.name()));
    else
        refuse(op, tr("There is no guest %1.").arg(guestRef.toString()));
    return op;
}

Operation *AttachService::runGuestFix(const QString &action, const diagnostics::Subject &subject)
{
    const QString verb = action.section(QLatin1Char(':'), 0, 0);
    const QString arg = action.section(QLatin1Char(':'), 1);
    const GuestRef guest = GuestRef::parse(subject.guest);
    if (!diagnostics::isGuestFix(action) || !guest.hasUri() || !this->guest(guest))
        return nullptr;
    if (verb == QLatin1String("controller-qemu-xhci"))
        return switchToQemuXhci(guest);
    if (verb == QLatin1String("spice-channel"))
        return addSpiceChannel(guest);
    const QString deviceId = arg.isEmpty() ? subject.device : arg;
    const host::UsbDevice *device = m_host ? m_host->topology().device(deviceId) : nullptr;
    if (!device)
        return nullptr; // applyFix says what is missing
    const HostdevSpec spec = libvirt::hostdevSpecFor(m_host->topology(), *device);
    if (verb == QLatin1String("startup-optional"))
        return setStartupOptional(guest, spec);
    const GuestInfo *g = this->guest(guest);
    const AttachMode mode = g->defaultMode();
    const QString what = tr("Attach %1 to %2").arg(device->displayName(), guest.name());
    if (verb == QLatin1String("attach"))
        return attachSpec(guest, spec, mode, what);
    // reattach: the stale entry goes first (absent is fine), then the attach.
    Operation *op = start(Operation::Kind::Attach, what, guest);
    LibvirtConnection *c = connectionFor(guest);
    follow(op, c->requestDetach(guest.name(), spec, mode), [this, op, c, guest, spec, mode](const OperationResult &) {
        follow(op, c->requestAttach(guest.name(), spec, mode));
    });
    return op;
}

// --- VMware --------------------------------------------------------------------------------------

Operation *AttachService::addVmwareRule(const GuestRef &vm, const QString &vid, const QString &pid, bool undoable)
{
    Operation *op = start(Operation::Kind::VmwareRule, tr("Attach %1:%2 to %3").arg(vid, pid, vm.name()), vm);
    if (!m_vmware) {
        refuse(op, tr("VMware's guests are not known here."));
        return op;
    }
    const auto r = m_vmware->attach(vm.vmxPath(), vid, pid);
    if (r.ok && undoable)
        setUndo(tr("rule for %1:%2").arg(vid, pid), [this, vm, vid, pid] {
            return removeVmwareRule(vm, vid, pid, false);
        });
    finish(op, {r.ok, false, {}, r.message});
    return op;
}

Operation *AttachService::removeVmwareRule(const GuestRef &vm, const QString &vid, const QString &pid, bool undoable)
{
    Operation *op
        = start(Operation::Kind::VmwareRule, tr("Remove the rule for %1:%2 from %3").arg(vid, pid, vm.name()), vm);
    if (!m_vmware) {
        refuse(op, tr("VMware's guests are not known here."));
        return op;
    }
    const auto r = m_vmware->detach(vm.vmxPath(), vid, pid);
    if (r.ok && undoable)
        setUndo(tr("release of %1:%2").arg(vid, pid), [this, vm, vid, pid] {
            return addVmwareRule(vm, vid, pid, false);
        });
    finish(op, {r.ok, false, {}, r.message});
    return op;
}

Operation *AttachService::enableVmwareController(const GuestRef &vm, int generation)
{
    Operation *op = start(Operation::Kind::VmwareSetting, tr("Enable USB %1 on %2").arg(generation).arg(vm.name()), vm);
    const auto r = vmware::VmwareGuestFile::enableController(vm.vmxPath(), generation);
    if (m_vmware)
        m_vmware->refresh();
    finish(op, {r.ok, false, {}, r.message});
    return op;
}

Operation *AttachService::allowVmwareHid(const GuestRef &vm, bool allow)
{
    Operation *op = start(Operation::Kind::VmwareSetting, tr("Allow HID on %1").arg(vm.name()), vm);
    const auto r = vmware::VmwareGuestFile::allowHid(vm.vmxPath(), allow);
    if (m_vmware)
        m_vmware->refresh();
    finish(op, {r.ok, false, {}, r.message});
    return op;
}

// --- Assignments ---------------------------------------------------------------------------------

Operation *AttachService::assign(const assign::Assignment &assignment, bool askPersistent)
{
    Operation *op = start(Operation::Kind::Assign,
        tr("Always give %1 to %2").arg(assignment.target(), assignment.guest), assignment.guestRef());
    if (!m_engine) {
        refuse(op, tr("Assignments are kept only for this computer's own USB devices."));
        return op;
    }
    auto save = [this, op](const assign::Assignment &a) {
        QString error;
        const bool ok = m_engine && m_engine->addAssignment(a, &error);
        finish(op,
            {ok, false, {},
                ok ? (m_engine->isActive()
                        ? tr("Assigned; it is attached whenever it is plugged in while the guest runs.")
                        : tr("Assigned; the Plugboard agent attaches it whenever it appears."))
                   : error});
    };
    if (assignment.isVmware()) {
        // VMware connects it by itself from a rule: the rule is written first (the VM must be off).
        const QStringList parts = assignment.device.split(QLatin1Char(':'));
        if (!m_vmware || assignment.isPort()) {
            refuse(op, tr("VMware's rules name devices by vendor and product: assign a device, not a port."));
            return op;
        }
        const auto r = m_vmware->attach(assignment.guestRef().vmxPath(), parts.value(0), parts.value(1));
        if (!r.ok) {
            finish(op, {false, false, {}, r.message});
            return op;
        }
        save(assignment);
        return op;
    }
    if (!askPersistent || assignment.isPort()) {
        save(assignment);
        return op;
    }
    ask(op, Question::Kind::Persistent, tr("From boot too?"),
        tr("Also keep %1 in the guest's definition, so it is there from the guest's start? (It never stops the "
           "guest from starting when it is unplugged.)")
            .arg(assignment.target()),
        {Question::Choice::Yes, Question::Choice::No}, Question::Choice::No, [assignment, save](Question::Choice c) {
            assign::Assignment a = assignment;
            a.persistent = c == Question::Choice::Yes;
            save(a);
        });
    return op;
}

Operation *AttachService::unassign(const assign::Assignment &a)
{
    Operation *op = start(Operation::Kind::Unassign, tr("Stop giving %1 to %2").arg(a.target(), a.guest), a.guestRef());
    if (!m_engine) {
        refuse(op, tr("Assignments are kept only for this computer's own USB devices."));
        return op;
    }
    if (a.isVmware() && !a.isPort() && m_vmware) {
        const QStringList parts = a.device.split(QLatin1Char(':'));
        const auto r = m_vmware->detach(a.guestRef().vmxPath(), parts.value(0), parts.value(1));
        if (!r.ok) {
            finish(op, {false, false, {}, r.message});
            return op;
        }
    }
    QString error;
    const bool ok = m_engine->removeAssignment(a, &error);
    finish(op, {ok, false, {}, ok ? tr("No longer assigned.") : error});
    return op;
}

} // namespace plugboard::attaching
