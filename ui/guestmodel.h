// SPDX-License-Identifier: GPL-3.0-or-later
// The guest tree: Connection -> Guest -> USB controller -> attached device (and the assignments of
// each guest), kept in step with libvirt connections and VMware's files incrementally. Each row
// carries a GuestNode saying what it is; VMware rows come from VmwareRows.
#pragma once

#include "assign/assignments.h"
#include "guestnode.h"
#include "host/hostbackend.h"
#include "idtreemodel.h"
#include "libvirt/libvirtconnection.h"
#include "libvirtrows.h"
#include "vmwarerows.h"

#include <QPointer>

#include <optional>

namespace plugboard::ui {

class GuestModel : public IdTreeModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, StateColumn, ColumnCount };
    // The same order as GuestNode::Kind.
    enum Kind { ConnectionKind, GuestKind, ControllerKind, DeviceKind, AssignmentKind };
    enum Role {
        IdRole = Qt::UserRole + 1, // node id (stable within the model)
        KindRole,
        GuestIdRole, // the id of the guest a row belongs to ("URI#name" with the canonical URI, or a .vmx)
        GuestNameRole, // the guest's name
        ConnectionUriRole,
        RunningRole, // bool, guests
        PendingRole, // guests: what is being asked of the hypervisor now, empty when nothing
        GoneFromHostRole, // host devices: bool, attached live but pulled from this computer since
    };

    explicit GuestModel(QObject *parent = nullptr);

    // The connection stays owned by the caller.
    void addConnection(libvirt::LibvirtConnection *connection);
    void removeConnection(libvirt::LibvirtConnection *connection);
    QList<libvirt::LibvirtConnection *> connections() const;
    // VMware Workstation/Player guests, shown as one more connection (not owned).
    void setVmwareSource(vmware::VmwareSource *source);
    vmware::VmwareSource *vmwareSource() const { return m_vmware.source(); }
    // This computer's live USB tree (not owned; null, or not live, for a bundle or the demo): live
    // entries of local guests whose device has left it are shown as unplugged.
    void setHostBackend(host::HostBackend *backend);
    // Assignments, shown under their guests ("Always: …").
    void setAssignments(const QList<assign::Assignment> &assignments);
    const QList<assign::Assignment> &assignments() const { return m_assignments; }
    // A request in flight for a guest: the row says so until it is cleared.
    void setPending(const GuestRef &guest, const QString &what);
    void clearPending(const GuestRef &guest);

    // What a row is.
    const GuestNode *nodeAt(const QModelIndex &index) const;
    GuestRef guestRefOf(const QModelIndex &index) const;
    libvirt::LibvirtConnection *connectionOf(const QModelIndex &index) const;
    const libvirt::GuestInfo *guestOf(const QModelIndex &index) const;
    const vmware::VmwareGuest *vmwareGuestOf(const QModelIndex &index) const;
    std::optional<libvirt::HostdevEntry> hostdevOf(const QModelIndex &index) const;
    const vmware::AutoconnectRule *vmwareRuleOf(const QModelIndex &index) const;
    std::optional<assign::Assignment> assignmentOf(const QModelIndex &index) const;
    bool isGoneFromHost(const QModelIndex &index) const;

    // The row of a guest.
    QModelIndex indexOfGuest(const GuestRef &guest) const;
    QModelIndex indexOfGuest(const QString &guestId) const { return indexOfGuest(GuestRef::parse(guestId)); }
    // Why host devices cannot be dropped on `target`, in the user's words; empty when they can.
    QString dropRefusal(const QMimeData *data, const QModelIndex &target) const;

    static QString connectionNodeId(const QString &uri);
    static QString guestNodeId(const QString &uri, const QString &name);
    static QString vmwareNodeId() { return VmwareRows::connectionId(); }
    static QString vmwareGuestNodeId(const QString &vmxPath) { return VmwareRows::guestId(vmxPath); }
    // A guest's state in the user's language.
    static QString stateText(GuestState state);
    static QVariant dimmed() { return dimmedBrush(); }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
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
    // Host devices were dropped on a guest (or one of its controllers).
    void attachRequested(const QStringList &deviceIds, const plugboard::GuestRef &guest);
    // Another guest's devices were dropped on a guest: move them (guest-usb JSON).
    void moveRequested(const QByteArray &guestUsbJson, const plugboard::GuestRef &guest);

protected:
    QList<Child> children(const Node *node) const override;

private:
    QVariant rowData(const Node *n, const GuestNode &g, int column, int role) const;
    QVariant assignmentData(const GuestNode &g, int column, int role) const;
    const assign::Assignment *assignment(const GuestNode &g) const;
    QList<Child> assignmentRows(const GuestRef &guest) const;
    libvirt::LibvirtConnection *connectionServing(const GuestRef &guest) const;
    QString guestNodeFor(const GuestRef &guest) const;
    void refreshBelow(const Node *node);
    void refreshGuest(const QString &nodeId);

    QList<QPointer<libvirt::LibvirtConnection>> m_connections;
    LibvirtRows m_libvirt;
    VmwareRows m_vmware;
    QPointer<host::HostBackend> m_host;
    QList<assign::Assignment> m_assignments;
    QHash<GuestRef, QString> m_pending; // guest -> what is in flight
};

} // namespace plugboard::ui
