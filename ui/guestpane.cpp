// SPDX-License-Identifier: GPL-3.0-or-later
// GuestPane: requests go to the connection's worker; the tree changes when libvirt confirms.
#include "guestpane.h"

#include "guestmodel.h"
#include "host/deviceresolver.h"
#include "host/hostbackend.h"
#include "host/udisks.h"
#include "libvirt/guestdirectory.h"

#include <QFileInfo>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QTreeView>
#include <QVBoxLayout>

namespace plugboard::ui {

using namespace plugboard::libvirt;

GuestPane::GuestPane(QWidget *parent)
    : QWidget(parent)
    , m_model(new GuestModel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_view = new QTreeView(this);
    m_view->setModel(m_model);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setAccessibleName(tr("Guests"));
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
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &parent, int first, int last) {
        m_view->expand(parent);
        for (int r = first; r <= last; ++r)
            m_view->expandRecursively(m_model->index(r, 0, parent));
    });
    connect(m_model, &QAbstractItemModel::modelReset, m_view, &QTreeView::expandAll);
}

void GuestPane::watch(
    LibvirtConnection *c, quint64 op, const QString &what, std::function<void(const OperationResult &)> then)
{
    // One-shot: the connection answers every request exactly once.
    auto *conn = new QMetaObject::Connection;
    *conn = connect(c, &LibvirtConnection::operationFinished, this,
        [this, op, what, conn, then](quint64 done, const OperationResult &r) {
            if (done != op)
                return;
            disconnect(*conn);
            delete conn;
            Q_EMIT operationFinished(what, r);
            if (then)
                then(r);
        });
}

void GuestPane::attachTo(LibvirtConnection *c, const QString &guest, const QString &hostDeviceId, AttachMode mode)
{
    if (!m_host)
        return;
    const host::UsbDevice *d = m_host->topology().device(hostDeviceId);
    if (!d) {
        Q_EMIT operationFinished(tr("Attach %1 to %2").arg(hostDeviceId, guest),
            {false, false, {}, tr("The device %1 is no longer plugged in.").arg(hostDeviceId)});
        return;
    }
    const HostdevSpec spec = hostdevSpecFor(m_host->topology(), *d);
    // A failed attach opens the troubleshooting wizard, preselected.
    const QString guestId = c->canonicalUri() + QLatin1Char('#') + guest;
    watch(c, c->attach(guest, spec, mode), tr("Attach %1 to %2").arg(d->displayName(), guest),
        [this, hostDeviceId, guestId](const OperationResult &r) {
            if (!r.ok)
                Q_EMIT attachFailed(hostDeviceId, guestId, r.message);
        });
}

bool GuestPane::preflight(const host::UsbDevice &d)
{
    if (d.isHub()) {
        Q_EMIT operationFinished(tr("Attach %1").arg(d.displayName()),
            {false, false, {},
                tr("%1 is a USB hub; a hub cannot be passed to a guest. Drag the devices behind it instead.")
                    .arg(d.displayName())});
        return false;
    }
    QStringList mounted;
    for (const host::BlockDevice &b : d.blockDevices) {
        for (const QString &m : b.mountPoints)
            mounted.append(QStringLiteral("/dev/%1 on %2").arg(b.name, m));
    }
    if (mounted.isEmpty())
        return true;
    const auto answer = QMessageBox::question(this, tr("Unmount before attaching?"),
        tr("%1 is mounted on this computer:\n%2\n\nGiving it to a guest would yank the filesystem and lose data. "
           "Unmount it safely first?")
            .arg(d.displayName(), mounted.join(QLatin1Char('\n'))),
        QMessageBox::Yes | QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return false;
    for (const host::BlockDevice &b : d.blockDevices) {
        if (b.mountPoints.isEmpty())
            continue;
        const host::UnmountResult r = host::unmountWithUdisks(b.name);
        if (!r.ok) {
            Q_EMIT operationFinished(tr("Unmount /dev/%1").arg(b.name), {false, false, {}, r.message});
            return false; // a busy filesystem is named, never forced
        }
    }
    return true;
}

void GuestPane::attachDropped(const QStringList &deviceIds, const QModelIndex &target)
{
    if (!m_host)
        return;
    LibvirtConnection *c = m_model->connectionOf(target);
    const GuestInfo *g = m_model->guestOf(target);
    const vmware::VmwareGuest *vm = m_model->vmwareGuestOf(target);
    for (const QString &id : deviceIds) {
        const host::UsbDevice *d = m_host->topology().device(id);
        if (!d || !preflight(*d))
            continue;
        if (c && g) {
            if (c->state() != ConnectionState::Connected) {
                Q_EMIT operationFinished(tr("Attach %1").arg(d->displayName()), {false, false, {}, c->message()});
                continue;
            }
            attachTo(c, g->name, id, g->isRunning() ? AttachMode::Both : AttachMode::Config);
        } else if (vm) {
            if (vm->running)
                Q_EMIT operationFinished(tr("Attach %1").arg(d->displayName()),
                    {false, false, {}, vmware::VmwareGuestFile::liveConnectExplanation(*vm)});
            else
                attachToVmware(vm->path, id);
        }
    }
}

void GuestPane::releaseDropped(const QByteArray &json)
{
    for (const QJsonValue &v : QJsonDocument::fromJson(json).array()) {
        const QJsonObject o = v.toObject();
        const QString guest = o.value(QStringLiteral("guest")).toString();
        const HostdevSpec spec {o.value(QStringLiteral("vid")).toString(), o.value(QStringLiteral("pid")).toString(),
            o.value(QStringLiteral("bus")).isDouble() ? std::optional<int>(o.value(QStringLiteral("bus")).toInt())
                                                      : std::nullopt,
            o.value(QStringLiteral("device")).isDouble() ? std::optional<int>(o.value(QStringLiteral("device")).toInt())
                                                         : std::nullopt,
            {}};
        if (o.value(QStringLiteral("kind")).toString() == QLatin1String("autoconnect")) {
            if (vmware::VmwareSource *src = m_model->vmwareSource())
                reportVmware(tr("Release %1:%2").arg(spec.vendorId, spec.productId),
                    src->detach(guest, spec.vendorId, spec.productId));
            continue;
        }
        const int hash = guest.indexOf(QLatin1Char('#'));
        for (LibvirtConnection *c : m_model->connections()) {
            if (hash > 0 && c->canonicalUri() == guest.left(hash)) {
                const GuestInfo *g = c->guest(guest.mid(hash + 1));
                detachFrom(c, guest.mid(hash + 1), spec, g && g->isRunning() ? AttachMode::Both : AttachMode::Config);
            }
        }
    }
}

void GuestPane::detachFrom(LibvirtConnection *c, const QString &guest, const HostdevSpec &spec, AttachMode mode)
{
    watch(c, c->detach(guest, spec, mode), tr("Detach %1:%2 from %3").arg(spec.vendorId, spec.productId, guest));
}

void GuestPane::chooseAndAttach(LibvirtConnection *c, const GuestInfo &g)
{
    const QString picked = pickHostDevice(g.name);
    if (!picked.isEmpty())
        attachTo(c, g.name, picked, g.isRunning() ? AttachMode::Both : AttachMode::Config);
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
    watch(c, c->attachRedirTcp(g.name, where.left(colon), port, g.isRunning() ? AttachMode::Both : AttachMode::Config),
        tr("Attach network USB from %1 to %2").arg(where, g.name));
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
    reportVmware(tr("Attach %1 to %2").arg(d->displayName(), QFileInfo(vmxPath).completeBaseName()),
        src->attach(vmxPath, d->vendorId, d->productId));
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
                        attachToVmware(guest.path, picked);
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
                [this, c, guest] {
                    chooseAndAttach(c, guest);
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
            const HostdevSpec spec {e.def.vendorId, e.def.productId, e.def.bus, e.def.device, {}};
            const QString name = g->name;
            const AttachMode mode = e.live && e.persistent ? AttachMode::Both
                : e.live                                   ? AttachMode::Live
                                                           : AttachMode::Config;
            menu.addAction(tr("&Detach"), this, [this, c, name, spec, mode] {
                detachFrom(c, name, spec, mode);
            });
            const bool persistent = e.persistent;
            QAction *keep = menu.addAction(tr("Make &persistent"), this, [this, c, name, spec] {
                watch(c, c->attach(name, spec, AttachMode::Config),
                    tr("Make %1:%2 persistent on %3").arg(spec.vendorId, spec.productId, name));
            });
            keep->setEnabled(!persistent && g->persistent);
        }
    }
    if (!menu.isEmpty())
        menu.exec(m_view->viewport()->mapToGlobal(pos));
}

} // namespace plugboard::ui
