// SPDX-License-Identifier: GPL-3.0-or-later
// GuestPane: requests go to the connection's worker; the tree changes when libvirt confirms.
#include "guestpane.h"

#include "assign/engine.h"
#include "diagnostics/preflight.h"
#include "guestmodel.h"
#include "host/deviceresolver.h"
#include "host/hostbackend.h"
#include "host/udisks.h"
#include "libvirt/guestdirectory.h"

#include <QAction>
#include <QDragMoveEvent>
#include <QFileInfo>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QProcess>
#include <QPushButton>
#include <QToolTip>
#include <QVBoxLayout>

namespace plugboard::ui {

using namespace plugboard::libvirt;

namespace {
HostdevSpec specFromJson(const QJsonObject &o)
{
    return {o.value(QStringLiteral("vid")).toString(), o.value(QStringLiteral("pid")).toString(),
        o.value(QStringLiteral("bus")).isDouble() ? std::optional<int>(o.value(QStringLiteral("bus")).toInt())
                                                  : std::nullopt,
        o.value(QStringLiteral("device")).isDouble() ? std::optional<int>(o.value(QStringLiteral("device")).toInt())
                                                     : std::nullopt,
        {}};
}
} // namespace

void GuestView::dragMoveEvent(QDragMoveEvent *event)
{
    QTreeView::dragMoveEvent(event);
    auto *guests = qobject_cast<GuestModel *>(model());
    const QModelIndex target = indexAt(event->position().toPoint());
    const QString why = guests ? guests->dropRefusal(event->mimeData(), target) : QString();
    if (why != m_lastRefusal || !why.isEmpty()) {
        m_lastRefusal = why;
        if (why.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(viewport()->mapToGlobal(event->position().toPoint()), why, viewport());
    }
    if (!why.isEmpty())
        event->ignore();
}

void GuestView::dragLeaveEvent(QDragLeaveEvent *event)
{
    QToolTip::hideText();
    QTreeView::dragLeaveEvent(event);
}

void GuestView::dropEvent(QDropEvent *event)
{
    QToolTip::hideText();
    QTreeView::dropEvent(event);
}

GuestPane::GuestPane(QWidget *parent)
    : QWidget(parent)
    , m_model(new GuestModel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_view = new GuestView(this);
    m_view->setModel(m_model);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setAccessibleName(tr("Guests"));
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    // The name takes the room; the state stays readable beside it.
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(GuestModel::NameColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(GuestModel::StateColumn, QHeaderView::ResizeToContents);
    layout->addWidget(m_view);
    connect(m_view, &QWidget::customContextMenuRequested, this, &GuestPane::showMenu);
    m_view->setDragDropMode(QAbstractItemView::DragDrop);
    m_view->setDefaultDropAction(Qt::CopyAction);
    m_view->setDropIndicatorShown(true);
    connect(m_model, &GuestModel::attachRequested, this, &GuestPane::attachDropped);
    connect(m_model, &GuestModel::moveRequested, this, &GuestPane::moveDropped);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &parent, int first, int last) {
        m_view->expand(parent);
        for (int r = first; r <= last; ++r)
            m_view->expandRecursively(m_model->index(r, 0, parent));
    });
    connect(m_model, &QAbstractItemModel::modelReset, m_view, &QTreeView::expandAll);

    m_undo = new QAction(tr("&Undo"), this);
    m_undo->setShortcut(QKeySequence::Undo);
    m_undo->setEnabled(false);
    connect(m_undo, &QAction::triggered, this, [this] {
        auto undo = std::move(m_undoFn);
        m_undoFn = nullptr;
        m_undo->setText(tr("&Undo"));
        m_undo->setEnabled(false);
        if (undo)
            undo();
    });
}

void GuestPane::setEngine(assign::Engine *engine)
{
    m_engine = engine;
    if (engine) {
        m_model->setAssignments(engine->file().assignments);
        connect(engine, &assign::Engine::assignmentsChanged, this, [this] {
            m_model->setAssignments(m_engine->file().assignments);
        });
    }
}

void GuestPane::setUndo(const QString &what, std::function<void()> undo)
{
    m_undoFn = std::move(undo);
    m_undo->setText(tr("&Undo %1").arg(what));
    m_undo->setEnabled(true);
}

void GuestPane::watch(LibvirtConnection *c, quint64 op, const QString &what, const QString &guestId,
    std::function<void(const OperationResult &)> then)
{
    // The row says what is asked until the hypervisor answers (the answer comes exactly once).
    m_model->setPending(guestId, what + QStringLiteral("…"));
    auto *conn = new QMetaObject::Connection;
    *conn = connect(c, &LibvirtConnection::operationFinished, this,
        [this, op, what, guestId, conn, then](quint64 done, const OperationResult &r) {
            if (done != op)
                return;
            disconnect(*conn);
            delete conn;
            m_model->clearPending(guestId);
            Q_EMIT operationFinished(what, r);
            if (then)
                then(r);
        });
}

LibvirtConnection *GuestPane::connectionFor(const QString &guestId, QString *name) const
{
    const qsizetype hash = guestId.indexOf(QLatin1Char('#'));
    if (hash <= 0)
        return nullptr;
    *name = guestId.mid(hash + 1);
    for (LibvirtConnection *c : m_model->connections()) {
        if (c->serves(guestId.left(hash)))
            return c;
    }
    return nullptr;
}

QList<std::pair<QString, QString>> GuestPane::guestChoices() const
{
    QList<std::pair<QString, QString>> out;
    for (LibvirtConnection *c : m_model->connections()) {
        for (const GuestInfo &g : c->guests())
            out.append({g.id(), tr("%1 (%2, %3)").arg(g.name, g.state, c->uri())});
    }
    if (vmware::VmwareSource *src = m_model->vmwareSource()) {
        for (const vmware::VmwareGuest &g : src->guests()) {
            if (g.error.isEmpty())
                out.append({g.path, tr("%1 (VMware, %2)").arg(g.displayName, g.state())});
        }
    }
    return out;
}

diagnostics::Facts GuestPane::windowFacts() const
{
    diagnostics::Facts f;
    f.source = QStringLiteral("live");
    if (m_host)
        f.topology = m_host->topology();
    QList<diagnostics::LibvirtFacts> conns;
    for (LibvirtConnection *c : m_model->connections()) {
        diagnostics::LibvirtFacts l;
        l.uri = c->canonicalUri();
        for (const GuestInfo &g : c->guests())
            l.domains.append({g.uri, g.name, g.uuid, g.state, g.usb, g.inactiveUsb, {}, g.xml, g.inactiveXml});
        conns.append(l);
    }
    f.libvirt = conns;
    if (vmware::VmwareSource *src = m_model->vmwareSource()) {
        QList<diagnostics::VmwareFacts> vms;
        for (const vmware::VmwareGuest &g : src->guests())
            vms.append({g.path, g.path, g.running, {}});
        f.vmware = vms;
    }
    return f;
}

bool GuestPane::unmountForAttach(const host::UsbDevice &d)
{
    QStringList mounted;
    for (const host::BlockDevice &b : d.blockDevices) {
        for (const QString &m : b.mountPoints)
            mounted.append(QStringLiteral("/dev/%1 on %2").arg(b.name, m));
        if (b.swap)
            mounted.append(tr("/dev/%1 is in use as swap").arg(b.name));
    }
    const auto answer = QMessageBox::question(this, tr("Unmount before attaching?"),
        tr("%1 is mounted on this computer:\n%2\n\nGiving it to a guest would yank the filesystem and lose data. "
           "Unmount it safely first?")
            .arg(d.displayName(), mounted.join(QLatin1Char('\n'))),
        QMessageBox::Yes | QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return false;
    if (m_demo) {
        QMessageBox::information(this, tr("Demo"),
            tr("In the demo nothing on this computer is unmounted: here UDisks2 would now unmount %1 safely, "
               "and a busy filesystem would stop the attach.")
                .arg(mounted.join(QStringLiteral(", "))));
        return true;
    }
    for (const host::BlockDevice &b : d.blockDevices) {
        if (b.mountPoints.isEmpty())
            continue;
        const host::UnmountResult r = host::unmountSafely(b.name, QStringLiteral(PLUGBOARD_HELPER_PATH));
        if (!r.ok) {
            Q_EMIT operationFinished(tr("Unmount /dev/%1").arg(b.name), {false, false, {}, r.message});
            return false; // a busy filesystem is named, never forced
        }
    }
    return true;
}

GuestPane::Verdict GuestPane::preflight(const host::UsbDevice &d, const QString &guestId)
{
    const diagnostics::Facts facts = windowFacts();
    const diagnostics::Preflight pre = diagnostics::preflight(facts, d.id, guestId);
    if (pre.finding(QStringLiteral("dev-is-hub"))) {
        Q_EMIT operationFinished(tr("Attach %1").arg(d.displayName()),
            {false, false, {},
                tr("%1 is a USB hub; a hub cannot be passed to a guest. Drag the devices behind it instead, or "
                   "assign one of its ports (right-click the port).")
                    .arg(d.displayName())});
        return Verdict::Cancel;
    }
    if (pre.finding(QStringLiteral("dev-storage-mounted")) && !unmountForAttach(d))
        return Verdict::Cancel;
    if (!pre.otherGuest.isEmpty()) {
        const auto answer = QMessageBox::question(this, tr("Move it?"),
            tr("%1 is given to %2 now. Take it from there and give it to %3?")
                .arg(d.displayName(), pre.otherGuest, guestId),
            QMessageBox::Yes | QMessageBox::Cancel);
        if (answer != QMessageBox::Yes)
            return Verdict::Cancel;
        QString fromName;
        if (LibvirtConnection *from = connectionFor(pre.otherGuest, &fromName)) {
            HostdevSpec spec = hostdevSpecFor(facts.topology, d);
            const GuestInfo *g = from->guest(fromName);
            moveTo(from, fromName, spec, g && g->persistent ? AttachMode::Both : AttachMode::Live, guestId);
        }
        return Verdict::Cancel; // the move attaches once the other guest has let go
    }
    if (const diagnostics::Finding *speed = pre.finding(QStringLiteral("dev-speed-vs-controller"))) {
        QMessageBox box(QMessageBox::Warning, tr("The guest's USB controller is too slow"),
            speed->title + QStringLiteral("\n\n") + speed->evidence.join(QLatin1Char('\n')), QMessageBox::NoButton,
            this);
        QPushButton *xhci = box.addButton(tr("Switch to &qemu-xhci (next start)"), QMessageBox::AcceptRole);
        QPushButton *anyway = box.addButton(tr("Attach &anyway"), QMessageBox::DestructiveRole);
        box.addButton(QMessageBox::Cancel);
        box.exec();
        if (box.clickedButton() == xhci) {
            QString name;
            if (LibvirtConnection *c = connectionFor(guestId, &name)) {
                const QString id = d.id;
                watch(c, c->switchToQemuXhci(name), tr("Switch %1 to qemu-xhci").arg(name), guestId,
                    [this, c, name, id, guestId](const OperationResult &r) {
                        // The faster controller exists from the next start: the device goes in the definition.
                        if (r.ok && m_host && m_host->topology().device(id)) {
                            const HostdevSpec spec = hostdevSpecFor(m_host->topology(), *m_host->topology().device(id));
                            watch(c, c->attach(name, spec, AttachMode::Config),
                                tr("Attach %1 to %2 from its next start").arg(id, name), guestId);
                        }
                    });
            }
            return Verdict::Cancel;
        }
        if (box.clickedButton() != anyway)
            return Verdict::Cancel;
    }
    if (pre.hostInputDevice) {
        const auto answer = QMessageBox::warning(this, tr("Give away a keyboard or mouse?"),
            tr("%1 is a keyboard or mouse this computer may be using. While the guest has it, it does not work "
               "here. Continue?")
                .arg(d.displayName()),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes)
            return Verdict::Cancel;
    }
    return Verdict::Proceed;
}

void GuestPane::attachToGuest(const QString &hostDeviceId, const QString &guestId)
{
    if (!m_host)
        return;
    const host::UsbDevice *found = m_host->topology().device(hostDeviceId);
    if (!found) {
        Q_EMIT operationFinished(tr("Attach %1").arg(hostDeviceId),
            {false, false, {}, tr("The device %1 is no longer plugged in.").arg(hostDeviceId)});
        return;
    }
    const host::UsbDevice d = *found; // dialogs below run the event loop: the topology may change
    if (guestId.endsWith(QLatin1String(".vmx"), Qt::CaseInsensitive)) {
        const vmware::VmwareSource *src = m_model->vmwareSource();
        const vmware::VmwareGuest *vm = src ? src->guest(guestId) : nullptr;
        if (vm && vm->running) {
            Q_EMIT operationFinished(tr("Attach %1").arg(d.displayName()),
                {false, false, {}, vmware::VmwareGuestFile::liveConnectExplanation(*vm)});
            return;
        }
        if (preflight(d, guestId) == Verdict::Proceed)
            attachToVmware(guestId, hostDeviceId);
        return;
    }
    QString name;
    LibvirtConnection *c = connectionFor(guestId, &name);
    const GuestInfo *g = c ? c->guest(name) : nullptr;
    if (!c || !g) {
        Q_EMIT operationFinished(
            tr("Attach %1").arg(d.displayName()), {false, false, {}, tr("There is no guest %1.").arg(guestId)});
        return;
    }
    if (c->state() != ConnectionState::Connected) {
        Q_EMIT operationFinished(tr("Attach %1").arg(d.displayName()), {false, false, {}, c->message()});
        return;
    }
    if (preflight(d, guestId) != Verdict::Proceed)
        return;
    g = c->guest(name); // re-read: the pre-flight's dialogs ran the event loop
    if (!g)
        return;
    const AttachMode mode = g->defaultMode();
    const HostdevSpec spec = hostdevSpecFor(m_host->topology(), d);
    const QString what = tr("Attach %1 to %2").arg(d.displayName(), name);
    watch(c, c->attach(name, spec, mode), what, guestId,
        [this, c, name, spec, mode, hostDeviceId, guestId, d](const OperationResult &r) {
            if (!r.ok) {
                Q_EMIT attachFailed(hostDeviceId, guestId, r.message);
                return;
            }
            setUndo(tr("attach of %1 to %2").arg(d.displayName(), name), [this, c, name, spec, mode] {
                detachFrom(c, name, spec, mode);
            });
        });
}

void GuestPane::attachDropped(const QStringList &deviceIds, const QModelIndex &target)
{
    const QString guestId = target.data(GuestModel::GuestIdRole).toString();
    if (guestId.isEmpty())
        return;
    for (const QString &id : deviceIds)
        attachToGuest(id, guestId);
}

void GuestPane::releaseDropped(const QByteArray &json)
{
    for (const QJsonValue &v : QJsonDocument::fromJson(json).array()) {
        const QJsonObject o = v.toObject();
        const QString guest = o.value(QStringLiteral("guest")).toString();
        const HostdevSpec spec = specFromJson(o);
        if (o.value(QStringLiteral("kind")).toString() == QLatin1String("autoconnect")) {
            if (vmware::VmwareSource *src = m_model->vmwareSource()) {
                const auto r = src->detach(guest, spec.vendorId, spec.productId);
                reportVmware(tr("Release %1:%2").arg(spec.vendorId, spec.productId), r);
                if (r.ok)
                    setUndo(tr("release of %1:%2").arg(spec.vendorId, spec.productId), [this, guest, spec] {
                        if (vmware::VmwareSource *s = m_model->vmwareSource())
                            reportVmware(tr("Attach %1:%2").arg(spec.vendorId, spec.productId),
                                s->attach(guest, spec.vendorId, spec.productId));
                    });
            }
            continue;
        }
        QString name;
        if (LibvirtConnection *c = connectionFor(guest, &name)) {
            const GuestInfo *g = c->guest(name);
            detachFrom(c, name, spec, g ? g->defaultMode() : AttachMode::Config);
        }
    }
}

void GuestPane::setHostBackend(host::HostBackend *backend)
{
    m_host = backend;
    m_model->setHostBackend(backend);
}

// A live entry whose device was pulled: only the running guest's entry goes (nothing to undo).
void GuestPane::removeStale(LibvirtConnection *c, const QString &guest, const HostdevSpec &spec)
{
    watch(c, c->detach(guest, spec, AttachMode::Live),
        tr("Remove the stale entry %1:%2 from %3").arg(spec.vendorId, spec.productId, guest),
        c->canonicalUri() + QLatin1Char('#') + guest);
}

void GuestPane::detachFrom(LibvirtConnection *c, const QString &guest, const HostdevSpec &spec, AttachMode mode)
{
    const QString guestId = c->canonicalUri() + QLatin1Char('#') + guest;
    const QString what = tr("Detach %1:%2 from %3").arg(spec.vendorId, spec.productId, guest);
    watch(c, c->detach(guest, spec, mode), what, guestId,
        [this, c, guest, spec, mode, guestId](const OperationResult &r) {
            if (r.ok)
                setUndo(tr("detach of %1:%2 from %3").arg(spec.vendorId, spec.productId, guest),
                    [this, c, guest, spec, mode, guestId] {
                        watch(c, c->attach(guest, spec, mode),
                            tr("Attach %1:%2 to %3").arg(spec.vendorId, spec.productId, guest), guestId);
                    });
        });
}

void GuestPane::moveTo(LibvirtConnection *from, const QString &fromGuest, const HostdevSpec &spec, AttachMode fromMode,
    const QString &toGuestId)
{
    QString toName;
    LibvirtConnection *to = connectionFor(toGuestId, &toName);
    if (!to) {
        Q_EMIT operationFinished(tr("Move %1:%2").arg(spec.vendorId, spec.productId),
            {false, false, {}, tr("There is no guest %1.").arg(toGuestId)});
        return;
    }
    const QString fromId = from->canonicalUri() + QLatin1Char('#') + fromGuest;
    const QString what = tr("Move %1:%2 from %3 to %4").arg(spec.vendorId, spec.productId, fromGuest, toName);
    m_model->setPending(toGuestId, what + QStringLiteral("…"));
    watch(from, from->detach(fromGuest, spec, fromMode),
        tr("Release %1:%2 from %3").arg(spec.vendorId, spec.productId, fromGuest), fromId,
        [this, to, toName, toGuestId, spec, what, from, fromGuest, fromMode](const OperationResult &r) {
            if (!r.ok) {
                m_model->clearPending(toGuestId);
                return; // still where it was: nothing lost
            }
            const GuestInfo *g = to->guest(toName);
            const AttachMode mode = g ? g->defaultMode() : AttachMode::Config;
            watch(to, to->attach(toName, spec, mode), what, toGuestId,
                [this, to, toName, spec, mode, from, fromGuest, fromMode](const OperationResult &done) {
                    if (!done.ok)
                        return;
                    setUndo(tr("move of %1:%2").arg(spec.vendorId, spec.productId),
                        [this, to, toName, spec, mode, from, fromGuest, fromMode] {
                            moveTo(to, toName, spec, mode, from->canonicalUri() + QLatin1Char('#') + fromGuest);
                            Q_UNUSED(fromMode);
                        });
                });
        });
}

void GuestPane::moveDropped(const QByteArray &json, const QModelIndex &target)
{
    const QString toGuestId = target.data(GuestModel::GuestIdRole).toString();
    for (const QJsonValue &v : QJsonDocument::fromJson(json).array()) {
        const QJsonObject o = v.toObject();
        if (o.value(QStringLiteral("kind")).toString() != QLatin1String("hostdev"))
            continue;
        QString name;
        LibvirtConnection *from = connectionFor(o.value(QStringLiteral("guest")).toString(), &name);
        if (!from)
            continue;
        const GuestInfo *g = from->guest(name);
        moveTo(from, name, specFromJson(o), g ? g->defaultMode() : AttachMode::Config, toGuestId);
    }
}

void GuestPane::assignTo(const assign::Assignment &a)
{
    if (!m_engine)
        return;
    const QString what = tr("Always give %1 to %2").arg(a.target(), a.guest);
    if (a.isVmware()) {
        // VMware connects it by itself from a rule: the rule is written first (the VM must be off).
        const QStringList parts = a.device.split(QLatin1Char(':'));
        vmware::VmwareSource *src = m_model->vmwareSource();
        if (!src || a.isPort()) {
            Q_EMIT operationFinished(what,
                {false, false, {},
                    tr("VMware's rules name devices by vendor and product: assign a device, not a port.")});
            return;
        }
        const auto r = src->attach(a.guest, parts.value(0), parts.value(1));
        if (!r.ok) {
            reportVmware(what, r);
            return;
        }
    }
    QString error;
    const bool ok = m_engine->addAssignment(a, &error);
    Q_EMIT operationFinished(what,
        {ok, false, {},
            ok ? (m_engine->isActive() ? tr("Assigned; it is attached whenever it is plugged in while the guest runs.")
                                       : tr("Assigned; the Plugboard agent attaches it whenever it appears."))
               : error});
}

void GuestPane::unassign(const assign::Assignment &a)
{
    if (!m_engine)
        return;
    const QString what = tr("Stop giving %1 to %2").arg(a.target(), a.guest);
    if (a.isVmware() && !a.isPort()) {
        const QStringList parts = a.device.split(QLatin1Char(':'));
        if (vmware::VmwareSource *src = m_model->vmwareSource()) {
            const auto r = src->detach(a.guest, parts.value(0), parts.value(1));
            if (!r.ok) {
                reportVmware(what, r);
                return;
            }
        }
    }
    QString error;
    const bool ok = m_engine->removeAssignment(a, &error);
    Q_EMIT operationFinished(what, {ok, false, {}, ok ? tr("No longer assigned.") : error});
}

void GuestPane::addHostActions(QMenu &menu, const QString &hostId)
{
    if (!m_host)
        return;
    const host::HostTopology &topo = m_host->topology();
    const host::UsbDevice *d = topo.device(hostId);
    const host::UsbPort *port = d ? topo.port(d->parentPortId) : topo.port(hostId);
    const QList<std::pair<QString, QString>> guests = guestChoices();
    if (d && !d->isHub()) {
        QMenu *attach = menu.addMenu(tr("Attach &to"));
        for (const auto &[id, label] : guests)
            attach->addAction(label, this, [this, hostId, id] {
                attachToGuest(hostId, id);
            });
        attach->setEnabled(!guests.isEmpty());
        QMenu *always = menu.addMenu(tr("&Always give this device to"));
        const QString identity = host::DeviceIdentity::of(*d).toString();
        for (const auto &[id, label] : guests) {
            always->addAction(label, this, [this, identity, id] {
                assign::Assignment a {identity, {}, id, false};
                if (!a.isVmware())
                    a.persistent = QMessageBox::question(this, tr("From boot too?"),
                                       tr("Also keep %1 in the guest's definition, so it is there from the guest's "
                                          "start? (It never stops the guest from starting when it is unplugged.)")
                                           .arg(identity))
                        == QMessageBox::Yes;
                assignTo(a);
            });
        }
        always->setEnabled(!guests.isEmpty() && m_engine && !d->vendorId.isEmpty());
    }
    if (port) {
        const assign::Target t = assign::resolveTarget(topo, port->id);
        QMenu *always = menu.addMenu(tr("Always give this &port to"));
        for (const auto &[id, label] : guests) {
            if (id.endsWith(QLatin1String(".vmx")))
                continue; // VMware's rules name devices, not ports
            always->addAction(label, this, [this, t, id] {
                assignTo({{}, t.port, id, false});
            });
        }
        always->setEnabled(m_engine && !always->isEmpty());
        always->setToolTip(
            tr("Whatever is plugged into %1 goes to the guest (USB 2 and USB 3 sides together).").arg(t.port));
    }
    if (!m_engine)
        return;
    for (const assign::Assignment &a : m_engine->file().assignments) {
        const bool claims = d ? a.matches(topo, *d)
            : port            ? a.isPort() && assign::portsCovered(topo, a.port).contains(port->id)
                              : false;
        if (claims)
            menu.addAction(tr("Stop giving %1 to %2").arg(a.target(), a.guest), this, [this, a] {
                unassign(a);
            });
    }
}

void GuestPane::attachNetworkUsb(LibvirtConnection *c, const GuestInfo &g)
{
    bool ok = false;
    const QString where = QInputDialog::getText(this, tr("Attach network USB"),
        tr("A usbredirserver the guest's host can reach (host:port):"), QLineEdit::Normal,
        QStringLiteral("127.0.0.1:4000"), &ok)
                              .trimmed();
    if (!ok)
        return;
    const int colon = where.lastIndexOf(QLatin1Char(':'));
    bool portOk = false;
    const int port = colon > 0 ? where.mid(colon + 1).toInt(&portOk) : 0;
    if (!portOk || port <= 0 || port > 65535) {
        Q_EMIT operationFinished(tr("Attach network USB to %1").arg(g.name),
            {false, false, {}, tr("'%1' is not host:port (for example 192.168.1.5:4000).").arg(where)});
        return;
    }
    watch(c, c->attachRedirTcp(g.name, where.left(colon), port, g.defaultMode()),
        tr("Attach network USB from %1 to %2").arg(where, g.name), g.id());
}

void GuestPane::reportVmware(const QString &what, const vmware::VmwareGuestFile::Result &r)
{
    Q_EMIT operationFinished(what, {r.ok, false, {}, r.message});
}

void GuestPane::attachToVmware(const QString &vmxPath, const QString &hostDeviceId)
{
    vmware::VmwareSource *src = m_model->vmwareSource();
    const host::UsbDevice *d = m_host ? m_host->topology().device(hostDeviceId) : nullptr;
    if (!src || !d)
        return;
    const QString vid = d->vendorId, pid = d->productId;
    const auto r = src->attach(vmxPath, vid, pid);
    reportVmware(tr("Attach %1 to %2").arg(d->displayName(), QFileInfo(vmxPath).completeBaseName()), r);
    if (r.ok)
        setUndo(tr("rule for %1:%2").arg(vid, pid), [this, vmxPath, vid, pid] {
            if (vmware::VmwareSource *s = m_model->vmwareSource())
                reportVmware(tr("Remove the rule for %1:%2").arg(vid, pid), s->detach(vmxPath, vid, pid));
        });
}

void GuestPane::vmwareMenu(QMenu &menu, const QModelIndex &idx)
{
    vmware::VmwareSource *src = m_model->vmwareSource();
    const vmware::VmwareGuest *g = m_model->vmwareGuestOf(idx);
    if (!src)
        return;
    const int kind = m_model->kind(idx);
    if (kind == GuestModel::ConnectionKind) {
        menu.addAction(tr("&Refresh"), src, &vmware::VmwareSource::refresh);
        return;
    }
    if (!g || !g->error.isEmpty())
        return;
    const vmware::VmwareGuest guest = *g;
    if (kind == GuestModel::GuestKind || kind == GuestModel::ControllerKind) {
        menu.addAction(tr("&Attach…"), this,
                [this, guest] {
                    if (guest.running) {
                        Q_EMIT operationFinished(tr("Attach to %1").arg(guest.displayName),
                            {false, false, {}, vmware::VmwareGuestFile::liveConnectExplanation(guest)});
                        return;
                    }
                    const QString picked = pickHostDevice(guest.displayName);
                    if (!picked.isEmpty())
                        attachToGuest(picked, guest.path);
                })
            ->setEnabled(m_host != nullptr);
        menu.addSeparator();
        auto *usb2 = menu.addAction(tr("Enable a USB &2 controller"), this, [this, guest] {
            reportVmware(tr("Enable USB 2 on %1").arg(guest.displayName),
                vmware::VmwareGuestFile::enableController(guest.path, 2));
            m_model->vmwareSource()->refresh();
        });
        auto *usb3 = menu.addAction(tr("Enable a USB &3 controller"), this, [this, guest] {
            reportVmware(tr("Enable USB 3 on %1").arg(guest.displayName),
                vmware::VmwareGuestFile::enableController(guest.path, 3));
            m_model->vmwareSource()->refresh();
        });
        auto *hid = menu.addAction(tr("Allow &keyboards and mice (HID)"), this, [this, guest] {
            reportVmware(tr("Allow HID on %1").arg(guest.displayName),
                vmware::VmwareGuestFile::allowHid(guest.path, !guest.allowHid));
            m_model->vmwareSource()->refresh();
        });
        hid->setCheckable(true);
        hid->setChecked(guest.allowHid);
        for (QAction *a : {usb2, usb3, hid}) {
            a->setEnabled(!guest.running);
            if (guest.running)
                a->setToolTip(tr("The VM is running; VMware rewrites its .vmx when it shuts down."));
        }
    } else if (kind == GuestModel::DeviceKind) {
        const QString key = idx.data(GuestModel::IdRole).toString().section(QChar(0x1f), 2);
        for (const vmware::AutoconnectRule &r : guest.rules) {
            if (r.key != key || r.vendorId.isEmpty())
                continue;
            const QString vid = r.vendorId, pid = r.productId;
            menu.addAction(tr("&Remove this rule"), this,
                    [this, guest, vid, pid] {
                        reportVmware(tr("Remove the rule for %1:%2 from %3").arg(vid, pid, guest.displayName),
                            m_model->vmwareSource()->detach(guest.path, vid, pid));
                    })
                ->setEnabled(!guest.running);
        }
    }
}

QString GuestPane::pickHostDevice(const QString &guestName)
{
    if (!m_host)
        return {};
    QStringList labels, ids;
    for (const host::UsbDevice &d : m_host->topology().devices) {
        if (d.isHub())
            continue;
        labels.append(QStringLiteral("%1  %2:%3  %4").arg(d.id, d.vendorId, d.productId, d.displayName()));
        ids.append(d.id);
    }
    if (ids.isEmpty()) {
        Q_EMIT operationFinished(
            tr("Attach to %1").arg(guestName), {false, false, {}, tr("No host USB device is plugged in.")});
        return {};
    }
    bool ok = false;
    const QString picked = QInputDialog::getItem(
        this, tr("Attach a USB device"), tr("Give this host device to %1:").arg(guestName), labels, 0, false, &ok);
    return ok ? ids.at(labels.indexOf(picked)) : QString();
}

void GuestPane::showMenu(const QPoint &pos)
{
    const QModelIndex idx = m_view->indexAt(pos);
    QMenu menu(this);
    if (m_model->kind(idx) == GuestModel::AssignmentKind) {
        const QString target = idx.data(GuestModel::AssignmentTargetRole).toString();
        const QString guest = idx.data(GuestModel::GuestIdRole).toString();
        for (const assign::Assignment &a : m_model->assignments()) {
            if (a.target() == target && (a.guest == guest || guest.isEmpty()))
                menu.addAction(tr("&Remove this assignment"), this, [this, a] {
                    unassign(a);
                });
        }
        if (!menu.isEmpty())
            menu.exec(m_view->viewport()->mapToGlobal(pos));
        return;
    }
    if (m_model->vmwareGuestOf(idx) || m_model->id(idx) == GuestModel::vmwareNodeId()) {
        vmwareMenu(menu, idx);
        if (!menu.isEmpty())
            menu.exec(m_view->viewport()->mapToGlobal(pos));
        return;
    }
    LibvirtConnection *c = m_model->connectionOf(idx);
    if (!c)
        return;
    const int kind = m_model->kind(idx);
    const GuestInfo *g = m_model->guestOf(idx);
    if (kind == GuestModel::ConnectionKind) {
        menu.addAction(tr("&Refresh"), c, &LibvirtConnection::refresh);
    } else if (g && (kind == GuestModel::GuestKind || kind == GuestModel::ControllerKind)) {
        const GuestInfo guest = *g;
        menu.addAction(tr("&Attach…"), this,
                [this, guest] {
                    const QString picked = pickHostDevice(guest.name);
                    if (!picked.isEmpty())
                        attachToGuest(picked, guest.id());
                })
            ->setEnabled(m_host != nullptr);
        menu.addAction(tr("Attach &network USB…"), this, [this, c, guest] {
            attachNetworkUsb(c, guest);
        });
        menu.addSeparator();
        menu.addAction(tr("&Diagnose…"), this, [this, guest] {
            Q_EMIT diagnoseRequested(QString(), guest.id());
        });
    } else if (g && kind == GuestModel::DeviceKind) {
        const int i = idx.data(GuestModel::DeviceIndexRole).toInt();
        const QList<HostdevEntry> entries = g->hostdevEntries();
        if (i >= 0 && i < entries.size()) {
            const HostdevEntry e = entries.at(i);
            const HostdevSpec spec = HostdevSpec::of(e.def);
            const QString name = g->name;
            const QString guestId = g->id();
            const AttachMode mode = modeOf(e);
            if (m_model->isGoneFromHost(idx)) {
                // Pulled while held: the only thing left to do with it is to remove the entry.
                menu.addAction(tr("&Remove the stale entry"), this, [this, c, name, spec] {
                    removeStale(c, name, spec);
                });
            } else {
                menu.addAction(tr("&Detach"), this, [this, c, name, spec, mode] {
                    detachFrom(c, name, spec, mode);
                });
                QMenu *move = menu.addMenu(tr("&Move to"));
                for (const auto &[id, label] : guestChoices()) {
                    if (id == guestId || id.endsWith(QLatin1String(".vmx")))
                        continue;
                    move->addAction(label, this, [this, c, name, spec, mode, id] {
                        moveTo(c, name, spec, mode, id);
                    });
                }
                move->setEnabled(!move->isEmpty());
                const bool persistent = e.persistent;
                QAction *keep = menu.addAction(tr("Make &persistent"), this, [this, c, name, spec, guestId] {
                    watch(c, c->attach(name, spec, AttachMode::Config),
                        tr("Make %1:%2 persistent on %3").arg(spec.vendorId, spec.productId, name), guestId);
                });
                keep->setEnabled(!persistent && g->persistent);
            }
            menu.addSeparator();
            menu.addAction(tr("&Diagnose…"), this, [this, guestId] {
                Q_EMIT diagnoseRequested(QString(), guestId);
            });
        }
    }
    if (!menu.isEmpty())
        menu.exec(m_view->viewport()->mapToGlobal(pos));
}

} // namespace plugboard::ui
