// SPDX-License-Identifier: GPL-3.0-or-later
// The guest tree: Connection -> Guest -> USB controller -> attached device, kept in step with
// libvirt connections incrementally.
#pragma once

#include "assign/assignments.h"
#include "host/hostbackend.h"
#include "idtreemodel.h"
#include "libvirt/libvirtconnection.h"
#include "vmware/vmwaresource.h"

#include <QPointer>

namespace plugboard::ui {

class GuestModel : public IdTreeModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, StateColumn, ColumnCount };
    enum Kind { ConnectionKind, GuestKind, ControllerKind, DeviceKind, AssignmentKind };
    enum Role {
        IdRole = Qt::UserRole + 1, // node id (stable within the model)
        KindRole,
        GuestIdRole, // "URI#name" of the guest a row belongs to (canonical URI)
        GuestNameRole, // the guest's name
        ConnectionUriRole,
        RunningRole, // bool, guests
        DeviceIndexRole, // index into the guest's hostdevs (>= 0) or -1 - index of redirdevs
        AssignmentTargetRole, // assignment rows: the device identity or port
        PendingRole, // guests: what is being asked of the hypervisor now, empty when nothing
        GoneFromHostRole, // host devices: bool, attached live but pulled from this computer since
    };

    explicit GuestModel(QObject *parent = nullptr);

    // The connection stays owned by the caller.
    void addConnection(libvirt::LibvirtConnection *connection);
    void removeConnection(libvirt::LibvirtConnection *connection);
    // VMware Workstation/Player guests, shown as one more connection (not owned).
    void setVmwareSource(vmware::VmwareSource *source);
    vmware::VmwareSource *vmwareSource() const { return m_vmware; }
    const vmware::VmwareGuest *vmwareGuestOf(const QModelIndex &index) const;
    static QString vmwareNodeId();
    static QString vmwareGuestNodeId(const QString &vmxPath);
    QList<libvirt::LibvirtConnection *> connections() const;
    libvirt::LibvirtConnection *connectionOf(const QModelIndex &index) const;
    const libvirt::GuestInfo *guestOf(const QModelIndex &index) const;

    // This computer's live USB tree (not owned; null, or not live, for a bundle or the demo): live
    // entries of local guests whose device has left it are shown as unplugged.
    void setHostBackend(host::HostBackend *backend);
    bool isGoneFromHost(const QModelIndex &index) const;

    // Assignments, shown under their guests ("Always: …").
    void setAssignments(const QList<assign::Assignment> &assignments);
    const QList<assign::Assignment> &assignments() const { return m_assignments; }
    // A request in flight for a guest (URI#name or .vmx path): the row says so until it is cleared.
    void setPending(const QString &guestId, const QString &what);
    void clearPending(const QString &guestId);
    QString pending(const QString &guestId) const { return m_pending.value(guestId); }
    // The row of a guest by its id (URI#name with the canonical URI, or a .vmx path).
    QModelIndex indexOfGuest(const QString &guestId) const;
    // Why host devices cannot be dropped on `target`, in the user's words; empty when they can.
    QString dropRefusal(const QMimeData *data, const QModelIndex &target) const;

    static QString connectionNodeId(const QString &uri);
    static QString guestNodeId(const QString &uri, const QString &name);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QVariant rawData(const QModelIndex &index, int role) const;

public:
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // Drag and drop (docs/architecture.md): host devices dropped on a guest or its controller request an
    // attach; a guest's devices leave as application/x-plugboard-guest-usb.
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override;
    Qt::DropActions supportedDropActions() const override;
    bool canDropMimeData(
        const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent) const override;
    bool dropMimeData(
        const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent) override;

Q_SIGNALS:
    // Host devices were dropped on a guest (row index of the guest or one of its controllers).
    void attachRequested(const QStringList &deviceIds, const QModelIndex &target);
    // Another guest's devices were dropped on a guest: move them (guest-usb JSON).
    void moveRequested(const QByteArray &guestUsbJson, const QModelIndex &target);

public:
protected:
    QStringList childIds(const Node *node) const override;
    int childKind(const Node *node, const QString &childId) const override;

private:
    struct Parsed
    {
        libvirt::LibvirtConnection *connection = nullptr;
        const libvirt::GuestInfo *guest = nullptr;
        int controller = -1; // index into usb.controllers
        int hostdev = -1;
        int redirdev = -1;
        bool vmware = false;
        const vmware::VmwareGuest *vmGuest = nullptr;
        int vmController = -1;
        int vmRule = -1;
        int assignment = -1; // index into m_assignments
    };
    QVariant vmwareData(const Node *n, const Parsed &p, int column, int role) const;
    QVariant assignmentData(const Parsed &p, int column, int role) const;
    QStringList vmwareChildIds(const Node *node, const Parsed &p) const;
    Parsed parse(const QString &nodeId) const;
    libvirt::LibvirtConnection *connectionByUri(const QString &uri) const;
    void refreshBelow(const Node *node);
    QStringList deviceIdsUnder(const QString &guestNode, const libvirt::GuestInfo &g, int controllerIndex) const;

    QList<QPointer<libvirt::LibvirtConnection>> m_connections;
    QPointer<host::HostBackend> m_host;
    QPointer<vmware::VmwareSource> m_vmware;
    QList<assign::Assignment> m_assignments;
    QHash<QString, QString> m_pending; // guest id -> what is in flight
    QStringList assignmentIdsFor(const QString &guestId) const;
    QString guestNodeFor(const QString &guestId) const;
};

} // namespace plugboard::ui
