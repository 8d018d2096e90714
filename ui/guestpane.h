// SPDX-License-Identifier: GPL-3.0-or-later
// The guest side of the window: the guest tree and its menus. What the menus and drops ask for is
// done by the AttachService (pre-flight, requests, pending state, Undo); the pane shows its
// questions as window-modal dialogs that do not block, and reports what it finished.
#pragma once

#include "assign/assignments.h"
#include "attach/attachservice.h"
#include "libvirt/libvirtconnection.h"

#include <QTreeView>
#include <QWidget>

class QAction;
class QMenu;

namespace plugboard::host {
class HostBackend;
}
namespace plugboard::assign {
class Engine;
}
namespace plugboard::vmware {
class VmwareSource;
}

namespace plugboard::ui {

class GuestModel;
class FirstRunGuide;

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
    explicit GuestPane(attaching::AttachService *service, QWidget *parent = nullptr);

    GuestModel *model() const { return m_model; }
    GuestView *view() const { return m_view; }
    // What the pane shows while no libvirt connection is up (first run).
    FirstRunGuide *guide() const { return m_guide; }
    attaching::AttachService *service() const { return m_service; }
    // Sources shown and acted on (not owned).
    void addConnection(libvirt::LibvirtConnection *connection);
    void setVmwareSource(vmware::VmwareSource *source);
    void setHostBackend(host::HostBackend *backend);
    void setEngine(assign::Engine *engine);
    // Edit ▸ Undo: takes back the last attach, detach or move the user asked for.
    QAction *undoAction() const { return m_undo; }
    void setDemo(bool demo);

    // Host device (or port) actions for the host tree's context menu: Attach to ▸, Always give to ▸ …
    void addHostActions(QMenu &menu, const QString &hostId);
    // Every guest a device can be given to: id (URI#name or .vmx path) and a label.
    QList<std::pair<QString, QString>> guestChoices() const;
    // What the window knows now as diagnostics facts (the wizard's preview).
    diagnostics::Facts windowFacts() const;

    // Requests (through the service); each answer comes as operationFinished().
    void attachToGuest(const QString &hostDeviceId, const QString &guestId);
    void detachFrom(libvirt::LibvirtConnection *c, const QString &guest, const libvirt::HostdevSpec &spec,
        libvirt::AttachMode mode);
    void moveTo(libvirt::LibvirtConnection *from, const QString &fromGuest, const libvirt::HostdevSpec &spec,
        libvirt::AttachMode fromMode, const QString &toGuestId);
    void assignTo(const assign::Assignment &a);
    void unassign(const assign::Assignment &a);
    // Host devices dropped on a guest; guest devices dropped on the host tree (released) or on
    // another guest (moved): docs/architecture.md's guest-usb JSON.
    void attachDropped(const QStringList &deviceIds, const GuestRef &guest);
    void releaseDropped(const QByteArray &guestUsbJson);
    void moveDropped(const QByteArray &guestUsbJson, const GuestRef &guest);

Q_SIGNALS:
    // A finished request the user asked for here: what it was, and the result in the user's words.
    void operationFinished(const QString &what, const plugboard::libvirt::OperationResult &result);
    // An attach the hypervisor refused: the window offers the troubleshooting wizard, preselected.
    void attachFailed(const QString &hostDeviceId, const QString &guestId, const QString &message);
    // The user asked to troubleshoot a device and/or guest.
    void diagnoseRequested(const QString &hostDeviceId, const QString &guestId);

private:
    void updateGuide();
    // Reports `op`'s answer as operationFinished (not when the user cancelled it).
    void report(attaching::Operation *op);
    void ask(attaching::Operation *op, attaching::Question *question);
    void showMenu(const QPoint &pos);
    void libvirtMenu(QMenu &menu, const QModelIndex &index);
    void vmwareMenu(QMenu &menu, const QModelIndex &index);
    // Asks which host device to give to `guest` (a dialog that does not block), then attaches it.
    void pickHostDeviceFor(const GuestRef &guest);
    void askNetworkUsb(const GuestRef &guest);

    attaching::AttachService *m_service;
    GuestModel *m_model = nullptr;
    GuestView *m_view = nullptr;
    FirstRunGuide *m_guide = nullptr;
    assign::Engine *m_engine = nullptr;
    QAction *m_undo = nullptr;
};

} // namespace plugboard::ui
