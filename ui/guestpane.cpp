// SPDX-License-Identifier: GPL-3.0-or-later
// GuestPane: a view. Menus and drops hand requests to the AttachService; its questions become
// window-modal dialogs opened with open(), never exec(), so the window keeps painting and taking
// input while the user decides, UDisks2 unmounts or the hypervisor works.
#include "guestpane.h"
#include "firstrunguide.h"

#include "assign/engine.h"
#include "dialogs.h"
#include "guestmodel.h"
#include "host/deviceresolver.h"
#include "host/hostbackend.h"
#include "logging.h"
#include "vmware/vmwaresource.h"

#include <QAction>
#include <QDragMoveEvent>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMenu>
#include <QToolTip>
#include <QVBoxLayout>

namespace plugboard::ui {

using namespace plugboard::libvirt;
using attaching::Operation;
using attaching::Question;

namespace {
HostdevSpec specFromJson(const QJsonObject &o)
{
    auto number = [&](const char *key) {
        const QJsonValue v = o.value(QLatin1String(key));
        return v.isDouble() ? std::optional<int>(v.toInt()) : std::nullopt;
    };
    return {o.value(QStringLiteral("vid")).toString(), o.value(QStringLiteral("pid")).toString(), number("bus"),
        number("device"), {}};
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

GuestPane::GuestPane(attaching::AttachService *service, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
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
    // First run: while no libvirt connection is up, a guide in place of the red rows.
    m_guide = new FirstRunGuide(this);
    layout->addWidget(m_guide);
    connect(m_guide, &FirstRunGuide::neededChanged, this, &GuestPane::updateGuide);
    layout->addWidget(m_view);
    connect(m_view, &QWidget::customContextMenuRequested, this, &GuestPane::showMenu);
    m_view->setDragDropMode(QAbstractItemView::DragDrop);
    m_view->setDefaultDropAction(Qt::CopyAction);
    m_view->setDropIndicatorShown(true);
    // A drop only hands the request over: the service gets it after the drag has ended.
    connect(m_model, &GuestModel::attachRequested, this, &GuestPane::attachDropped, Qt::QueuedConnection);
    connect(m_model, &GuestModel::moveRequested, this, &GuestPane::moveDropped, Qt::QueuedConnection);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &parent, int first, int last) {
        m_view->expand(parent);
        for (int r = first; r <= last; ++r)
            m_view->expandRecursively(m_model->index(r, 0, parent));
    });
    connect(m_model, &QAbstractItemModel::modelReset, m_view, &QTreeView::expandAll);

    connect(m_service, &attaching::AttachService::questionAsked, this, &GuestPane::ask);
    connect(m_service, &attaching::AttachService::pendingChanged, this, [this](const GuestRef &g) {
        const QString what = m_service->pending(g);
        if (what.isEmpty())
            m_model->clearPending(g);
        else
            m_model->setPending(g, what);
    });
    connect(m_service, &attaching::AttachService::attachFailed, this,
        [this](const QString &device, const GuestRef &guest, const QString &message) {
            Q_EMIT attachFailed(device, guest.toString(), message);
        });

    m_undo = new QAction(tr("&Undo"), this);
    m_undo->setShortcut(QKeySequence::Undo);
    m_undo->setEnabled(false);
    connect(m_undo, &QAction::triggered, this, [this] {
        if (Operation *op = m_service->undo())
            report(op);
    });
    connect(m_service, &attaching::AttachService::undoChanged, this, [this] {
        m_undo->setEnabled(m_service->canUndo());
        m_undo->setText(m_service->canUndo() ? tr("&Undo %1").arg(m_service->undoText()) : tr("&Undo"));
    });
}

void GuestPane::addConnection(LibvirtConnection *connection)
{
    m_model->addConnection(connection);
    m_service->addConnection(connection);
    m_guide->addConnection(connection);
}

void GuestPane::updateGuide()
{
    // The tree stays when it has VMware guests to show; otherwise the guide takes its place.
    const vmware::VmwareSource *vm = m_service->vmwareSource();
    m_view->setVisible(!m_guide->isNeeded() || (vm && !vm->guests().isEmpty()));
}

void GuestPane::setVmwareSource(vmware::VmwareSource *source)
{
    if (source)
        connect(source, &vmware::VmwareSource::changed, this, &GuestPane::updateGuide, Qt::UniqueConnection);
    m_model->setVmwareSource(source);
    m_service->setVmwareSource(source);
}

void GuestPane::setHostBackend(host::HostBackend *backend)
{
    m_model->setHostBackend(backend);
    m_service->setHostBackend(backend);
}

void GuestPane::setEngine(assign::Engine *engine)
{
    m_engine = engine;
    m_service->setEngine(engine);
    if (engine) {
        m_model->setAssignments(engine->file().assignments);
        connect(engine, &assign::Engine::assignmentsChanged, this, [this] {
            m_model->setAssignments(m_engine->file().assignments);
        });
    }
}

void GuestPane::setDemo(bool demo)
{
    m_service->setDemo(demo);
}

QList<std::pair<QString, QString>> GuestPane::guestChoices() const
{
    QList<std::pair<QString, QString>> out;
    for (const attaching::GuestChoice &c : m_service->guestChoices())
        out.append({c.guest.toString(), c.label});
    return out;
}

diagnostics::Facts GuestPane::windowFacts() const
{
    return m_service->facts();
}

// --- Requests -----------------------------------------------------------------------------------

void GuestPane::report(Operation *op)
{
    auto done = [this, op](const OperationResult &r) {
        if (!op->wasCancelled())
            Q_EMIT operationFinished(op->what(), r);
    };
    if (op->isFinished())
        done(op->result());
    else
        connect(op, &Operation::finished, this, done);
}

void GuestPane::ask(Operation *op, Question *q)
{
    openQuestion(window(), op, q);
}

void GuestPane::attachToGuest(const QString &hostDeviceId, const QString &guestId)
{
    report(m_service->attach(hostDeviceId, GuestRef::parse(guestId)));
}

void GuestPane::detachFrom(LibvirtConnection *c, const QString &guest, const HostdevSpec &spec, AttachMode mode)
{
    report(m_service->detach(GuestRef::libvirt(c->canonicalUri(), guest), spec, mode));
}

void GuestPane::moveTo(LibvirtConnection *from, const QString &fromGuest, const HostdevSpec &spec, AttachMode fromMode,
    const QString &toGuestId)
{
    report(m_service->move(
        GuestRef::libvirt(from->canonicalUri(), fromGuest), spec, fromMode, GuestRef::parse(toGuestId)));
}

void GuestPane::assignTo(const assign::Assignment &a)
{
    report(m_service->assign(a));
}

void GuestPane::unassign(const assign::Assignment &a)
{
    report(m_service->unassign(a));
}

void GuestPane::attachDropped(const QStringList &deviceIds, const GuestRef &guest)
{
    for (const QString &id : deviceIds)
        report(m_service->attach(id, guest));
}

void GuestPane::releaseDropped(const QByteArray &json)
{
    for (const QJsonValue &v : QJsonDocument::fromJson(json).array()) {
        const QJsonObject o = v.toObject();
        const GuestRef guest = GuestRef::parse(o.value(QStringLiteral("guest")).toString());
        const HostdevSpec spec = specFromJson(o);
        if (o.value(QStringLiteral("kind")).toString() == QLatin1String("autoconnect")) {
            report(m_service->removeVmwareRule(guest, spec.vendorId, spec.productId));
            continue;
        }
        const GuestInfo *g = m_service->guest(guest);
        report(m_service->detach(guest, spec, g ? g->defaultMode() : AttachMode::Config));
    }
}

void GuestPane::moveDropped(const QByteArray &json, const GuestRef &to)
{
    for (const QJsonValue &v : QJsonDocument::fromJson(json).array()) {
        const QJsonObject o = v.toObject();
        if (o.value(QStringLiteral("kind")).toString() != QLatin1String("hostdev"))
            continue;
        const GuestRef from = GuestRef::parse(o.value(QStringLiteral("guest")).toString());
        const GuestInfo *g = m_service->guest(from);
        report(m_service->move(from, specFromJson(o), g ? g->defaultMode() : AttachMode::Config, to));
    }
}

// --- Menus --------------------------------------------------------------------------------------

void GuestPane::addHostActions(QMenu &menu, const QString &hostId)
{
    host::HostBackend *hostBackend = m_service->hostBackend();
    if (!hostBackend)
        return;
    const host::HostTopology &topo = hostBackend->topology();
    const host::UsbDevice *d = topo.device(hostId);
    const host::UsbPort *port = d ? topo.port(d->parentPortId) : topo.port(hostId);
    const QList<attaching::GuestChoice> guests = m_service->guestChoices();
    if (d && !d->isHub()) {
        QMenu *attach = menu.addMenu(tr("Attach &to"));
        for (const attaching::GuestChoice &g : guests)
            attach->addAction(g.label, this, [this, hostId, guest = g.guest] {
                report(m_service->attach(hostId, guest));
            });
        attach->setEnabled(!guests.isEmpty());
        QMenu *always = menu.addMenu(tr("&Always give this device to"));
        const QString identity = host::DeviceIdentity::of(*d).toString();
        for (const attaching::GuestChoice &g : guests)
            always->addAction(g.label, this, [this, identity, guest = g.guest] {
                report(m_service->assign({identity, {}, guest.toString(), false}, true));
            });
        always->setEnabled(!guests.isEmpty() && m_engine && !d->vendorId.isEmpty());
    }
    if (port) {
        const assign::Target t = assign::resolveTarget(topo, port->id);
        QMenu *always = menu.addMenu(tr("Always give this &port to"));
        for (const attaching::GuestChoice &g : guests) {
            if (g.guest.isVmware())
                continue; // VMware's rules name devices, not ports
            always->addAction(g.label, this, [this, t, guest = g.guest] {
                report(m_service->assign({{}, t.port, guest.toString(), false}));
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

void GuestPane::showMenu(const QPoint &pos)
{
    const QModelIndex idx = m_view->indexAt(pos);
    const GuestNode *node = m_model->nodeAt(idx);
    if (!node)
        return;
    QMenu menu(this);
    // A request in flight for this guest can be stopped where it waits.
    const GuestRef guest = node->guest;
    if (!guest.isNull() && !m_service->pending(guest).isEmpty())
        menu.addAction(tr("&Cancel: %1").arg(m_service->pending(guest)), this, [this, guest] {
            m_service->cancel(guest);
        });
    if (const auto a = m_model->assignmentOf(idx)) {
        menu.addAction(tr("&Remove this assignment"), this, [this, a = *a] {
            unassign(a);
        });
    } else if (node->vmware) {
        vmwareMenu(menu, idx);
    } else {
        libvirtMenu(menu, idx);
    }
    if (!menu.isEmpty())
        menu.exec(m_view->viewport()->mapToGlobal(pos)); // a context menu: it closes with the click
}

void GuestPane::libvirtMenu(QMenu &menu, const QModelIndex &idx)
{
    const GuestNode *node = m_model->nodeAt(idx);
    LibvirtConnection *c = m_model->connectionOf(idx);
    if (!c || !node)
        return;
    if (node->kind == GuestNode::Kind::Connection) {
        menu.addAction(tr("&Refresh"), c, &LibvirtConnection::refresh);
        return;
    }
    const GuestInfo *g = m_model->guestOf(idx);
    if (!g)
        return;
    const GuestRef guest = g->ref();
    if (node->kind == GuestNode::Kind::Guest || node->kind == GuestNode::Kind::Controller) {
        menu.addAction(tr("&Attach…"), this,
                [this, guest] {
                    pickHostDeviceFor(guest);
                })
            ->setEnabled(m_service->hostBackend() != nullptr);
        menu.addAction(tr("Attach &network USB…"), this, [this, guest] {
            askNetworkUsb(guest);
        });
    } else if (const auto e = m_model->hostdevOf(idx)) {
        const HostdevSpec spec = HostdevSpec::of(e->def);
        const AttachMode mode = modeOf(*e);
        if (m_model->isGoneFromHost(idx)) {
            // Pulled while held: the only thing left to do with it is to remove the entry.
            menu.addAction(tr("&Remove the stale entry"), this, [this, guest, spec] {
                report(m_service->removeStale(guest, spec));
            });
        } else {
            menu.addAction(tr("&Detach"), this, [this, guest, spec, mode] {
                report(m_service->detach(guest, spec, mode));
            });
            QMenu *move = menu.addMenu(tr("&Move to"));
            for (const attaching::GuestChoice &to : m_service->guestChoices()) {
                if (to.guest == guest || to.guest.isVmware())
                    continue;
                move->addAction(to.label, this, [this, guest, spec, mode, target = to.guest] {
                    report(m_service->move(guest, spec, mode, target));
                });
            }
            move->setEnabled(!move->isEmpty());
            menu.addAction(tr("Make &persistent"), this,
                    [this, guest, spec] {
                        report(m_service->makePersistent(guest, spec));
                    })
                ->setEnabled(!e->persistent && g->persistent);
        }
    } else {
        return; // a redirection channel: nothing to do with it here
    }
    menu.addSeparator();
    menu.addAction(tr("&Diagnose…"), this, [this, id = guest.toString()] {
        Q_EMIT diagnoseRequested(QString(), id);
    });
}

void GuestPane::vmwareMenu(QMenu &menu, const QModelIndex &idx)
{
    vmware::VmwareSource *src = m_model->vmwareSource();
    const GuestNode *node = m_model->nodeAt(idx);
    if (!src || !node)
        return;
    if (node->kind == GuestNode::Kind::Connection) {
        menu.addAction(tr("&Refresh"), src, &vmware::VmwareSource::refresh);
        return;
    }
    const vmware::VmwareGuest *g = m_model->vmwareGuestOf(idx);
    if (!g || !g->error.isEmpty())
        return;
    const vmware::VmwareGuest vm = *g;
    const GuestRef ref = vm.ref();
    if (node->kind == GuestNode::Kind::Guest || node->kind == GuestNode::Kind::Controller) {
        menu.addAction(tr("&Attach…"), this,
                [this, vm] {
                    if (vm.running)
                        Q_EMIT operationFinished(tr("Attach to %1").arg(vm.displayName),
                            {false, false, {}, vmware::VmwareGuestFile::liveConnectExplanation(vm)});
                    else
                        pickHostDeviceFor(vm.ref());
                })
            ->setEnabled(m_service->hostBackend() != nullptr);
        menu.addSeparator();
        QAction *usb2 = menu.addAction(tr("Enable a USB &2 controller"), this, [this, ref] {
            report(m_service->enableVmwareController(ref, 2));
        });
        QAction *usb3 = menu.addAction(tr("Enable a USB &3 controller"), this, [this, ref] {
            report(m_service->enableVmwareController(ref, 3));
        });
        QAction *hid = menu.addAction(tr("Allow &keyboards and mice (HID)"), this, [this, ref, allow = !vm.allowHid] {
            report(m_service->allowVmwareHid(ref, allow));
        });
        hid->setCheckable(true);
        hid->setChecked(vm.allowHid);
        for (QAction *a : {usb2, usb3, hid}) {
            a->setEnabled(!vm.running);
            if (vm.running)
                a->setToolTip(tr("The VM is running; VMware rewrites its .vmx when it shuts down."));
        }
    } else if (const vmware::AutoconnectRule *r = m_model->vmwareRuleOf(idx); r && !r->vendorId.isEmpty()) {
        menu.addAction(tr("&Remove this rule"), this,
                [this, ref, vid = r->vendorId, pid = r->productId] {
                    report(m_service->removeVmwareRule(ref, vid, pid, false));
                })
            ->setEnabled(!vm.running);
    }
}

void GuestPane::pickHostDeviceFor(const GuestRef &guest)
{
    host::HostBackend *hostBackend = m_service->hostBackend();
    if (!hostBackend)
        return;
    QStringList labels, ids;
    for (const host::UsbDevice &d : hostBackend->topology().devices) {
        if (d.isHub())
            continue;
        labels.append(QStringLiteral("%1  %2:%3  %4").arg(d.id, d.vendorId, d.productId, d.displayName()));
        ids.append(d.id);
    }
    if (ids.isEmpty()) {
        Q_EMIT operationFinished(
            tr("Attach to %1").arg(guest.name()), {false, false, {}, tr("No host USB device is plugged in.")});
        return;
    }
    openChoice(window(), tr("Attach a USB device"), tr("Give this host device to %1:").arg(guest.name()), labels,
        [this, guest, ids](int i) {
            report(m_service->attach(ids.at(i), guest));
        });
}

void GuestPane::askNetworkUsb(const GuestRef &guest)
{
    openText(window(), tr("Attach network USB"), tr("A usbredirserver the guest's host can reach (host:port):"),
        QStringLiteral("127.0.0.1:4000"), [this, guest](const QString &where) {
            report(m_service->attachNetworkUsb(guest, where));
        });
}

} // namespace plugboard::ui
