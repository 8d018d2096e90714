// SPDX-License-Identifier: GPL-3.0-or-later
// The guest side of the window: connections, guests, their USB controllers and devices, with the
// Attach… / Attach to ▸ / Move to ▸ / Detach / Make persistent / assignment actions, pre-flight
// before every attach, a pending state while the hypervisor works, and Undo of the last change.
#pragma once

#include "assign/assignments.h"
#include "diagnostics/facts.h"
#include "host/usbtypes.h"
#include "libvirt/libvirtconnection.h"
#include "vmware/vmwareguest.h"

#include <QTreeView>
#include <QWidget>

#include <functional>

class QAction;
class QMenu;

namespace plugboard::host {
class HostBackend;
}
namespace plugboard::assign {
class Engine;
}

namespace plugboard::ui {

class GuestModel;

// The guest tree; while something is dragged over it, a guest that cannot take it says why.
class GuestView : public QTreeView
{
    Q_OBJECT
public:
    using QTreeView::QTreeView;
    // The reason shown for the last refused position (tests read it).
    QString lastRefusal() const { return m_lastRefusal; }

protected:
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    QString m_lastRefusal;
};

class GuestPane : public QWidget
{
    Q_OBJECT
public:
    explicit GuestPane(QWidget *parent = nullptr);

    GuestModel *model() const { return m_model; }
    GuestView *view() const { return m_view; }
    // The host tree the Attach… dialog offers devices from (not owned).
    void setHostBackend(host::HostBackend *backend);
    // The assignment engine the assignment actions go through (not owned).
    void setEngine(assign::Engine *engine);
    // Edit ▸ Undo: takes back the last attach, detach or move the user asked for.
    QAction *undoAction() const { return m_undo; }
    // The demo: the host is a bundle; what would change this computer (unmounting) only says so.
    void setDemo(bool demo) { m_demo = demo; }

    // Host device (or port) actions for the host tree's context menu: Attach to ▸, Always give to ▸ …
    void addHostActions(QMenu &menu, const QString &hostId);
    // Every guest a device can be given to: id (URI#name or .vmx path) and a label.
    QList<std::pair<QString, QString>> guestChoices() const;
    // What the window knows now (host topology, libvirt and VMware guests) as diagnostics facts,
    // without reading anything again: the pre-flight's input and the wizard's preview.
    diagnostics::Facts windowFacts() const;

    // Pre-flight, then an attach request to a libvirt guest (URI#name) or an automatic connection
    // rule for a VMware guest (.vmx path). The answer comes as operationFinished().
    void attachToGuest(const QString &hostDeviceId, const QString &guestId);
    void detachFrom(libvirt::LibvirtConnection *c, const QString &guest, const libvirt::HostdevSpec &spec,
        libvirt::AttachMode mode);
    // The running guest's entry for a device pulled from this computer (no undo: it cannot come back).
    void removeStale(libvirt::LibvirtConnection *c, const QString &guest, const libvirt::HostdevSpec &spec);
    // Host devices dropped on a guest row: pre-flight, then attach each (libvirt or VMware).
    void attachDropped(const QStringList &deviceIds, const QModelIndex &target);
    // Guest devices dropped on the host tree (docs/architecture.md's guest-usb JSON): release each.
    void releaseDropped(const QByteArray &guestUsbJson);
    // Guest devices dropped on another guest: detach, then attach there.
    void moveDropped(const QByteArray &guestUsbJson, const QModelIndex &target);
    void moveTo(libvirt::LibvirtConnection *from, const QString &fromGuest, const libvirt::HostdevSpec &spec,
        libvirt::AttachMode fromMode, const QString &toGuestId);
    // VMware: an automatic connection rule while the VM is off; an explanation while it runs.
    void attachToVmware(const QString &vmxPath, const QString &hostDeviceId);
    // Assignments (saved through the engine; VMware's are its automatic connection rules).
    void assignTo(const assign::Assignment &a);
    void unassign(const assign::Assignment &a);

Q_SIGNALS:
    // A finished request: what it was, and the result in the user's words.
    void operationFinished(const QString &what, const plugboard::libvirt::OperationResult &result);
    // An attach the hypervisor refused: the window offers the troubleshooting wizard, preselected.
    void attachFailed(const QString &hostDeviceId, const QString &guestId, const QString &message);
    // The user asked to troubleshoot a device and/or guest.
    void diagnoseRequested(const QString &hostDeviceId, const QString &guestId);

private:
    enum class Verdict { Proceed, Cancel };
    void showMenu(const QPoint &pos);
    void attachNetworkUsb(libvirt::LibvirtConnection *c, const libvirt::GuestInfo &g);
    void vmwareMenu(QMenu &menu, const QModelIndex &index);
    void reportVmware(const QString &what, const vmware::VmwareGuestFile::Result &r);
    QString pickHostDevice(const QString &guestName);
    libvirt::LibvirtConnection *connectionFor(const QString &guestId, QString *name) const;
    // Before an attach: the diagnostics pre-flight checks for this device and guest, each answered
    // (refuse a hub, unmount mounted storage, warn about speed, move from another guest, confirm HID).
    Verdict preflight(const host::UsbDevice &device, const QString &guestId);
    bool unmountForAttach(const host::UsbDevice &d);
    // Reports the answer to request `op` as operationFinished(what, …), clears the guest's pending
    // state, then calls `then`.
    void watch(libvirt::LibvirtConnection *c, quint64 op, const QString &what, const QString &guestId,
        std::function<void(const libvirt::OperationResult &)> then = {});
    void setUndo(const QString &what, std::function<void()> undo);

    GuestModel *m_model = nullptr;
    GuestView *m_view = nullptr;
    host::HostBackend *m_host = nullptr;
    assign::Engine *m_engine = nullptr;
    QAction *m_undo = nullptr;
    std::function<void()> m_undoFn;
    bool m_demo = false;
};

} // namespace plugboard::ui
