// SPDX-License-Identifier: GPL-3.0-or-later
// The host USB tree as a Qt item model: Controller -> Socket -> Device -> Socket -> Device ...
// A socket row is one physical port (a USB 3 socket's two kernel ports, "usb1-port4+usb2-port4");
// a device row is one device, or the two kernel hubs of one USB 3 hub ("1-1+2-1")
// (host/physicallayout.h). indexOf() also finds a row by a kernel port or device name.
#pragma once

#include "assign/assignments.h"
#include "host/hostbackend.h"

#include "idtreemodel.h"

#include <QPointer>

namespace plugboard::ui {

class HostUsbModel : public IdTreeModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, IdColumn, SpeedColumn, DriverColumn, LocationColumn, AssignedColumn, ColumnCount };
    enum Kind { ControllerKind, PortKind, DeviceKind };
    enum Role {
        IdRole = Qt::UserRole + 1, // stable id (controller, socket or device row)
        KindRole, // Kind
        EmptyPortRole, // bool: a port with nothing plugged in
        SearchTextRole, // everything a filter may match
        CategoryRole, // host::DeviceCategory as int, devices only
    };

    explicit HostUsbModel(QObject *parent = nullptr);

    // The backend stays owned by the caller and must outlive the model or be reset first.
    void setBackend(host::HostBackend *backend);
    host::HostBackend *backend() const { return m_backend; }
    const host::HostTopology *topology() const;
    // Assignments, shown in the Guest column of the devices and ports they name.
    void setAssignments(const QList<assign::Assignment> &assignments);
    // Which guest holds each device now (kernel name -> guest name), from running guests' live entries.
    void setHolders(const QHash<QString, QString> &holders);
    // The guests that claim a device or port row (short names), for the column and menus.
    QStringList assignedGuests(const QString &id) const;

    // The row of a row id, or of a kernel port or device shown in it.
    QModelIndex indexOf(const QString &id, int column = 0) const;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QVariant rawData(const QModelIndex &index, int role) const;

public:
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // Drag and drop (docs/architecture.md): devices leave as application/x-plugboard-usb-device, a JSON
    // list of device ids; guests' devices dropped here (application/x-plugboard-guest-usb) ask
    // for a release through releaseRequested().
    static QString deviceMimeType();
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override;
    Qt::DropActions supportedDropActions() const override;
    bool canDropMimeData(
        const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent) const override;
    bool dropMimeData(
        const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent) override;

Q_SIGNALS:
    // Guest devices were dropped on the host tree: each entry as in the guest MIME type.
    void releaseRequested(const QByteArray &guestUsbJson);

public:
    // The model agrees with the backend's topology, node for node.
    bool isConsistent(QString *why = nullptr) const;

protected:
    QStringList childIds(const Node *node) const override;
    int childKind(const Node *node, const QString &childId) const override;

private:
    void touchGuestColumn(); // dataChanged over the Guest column of every row
    void apply(const host::TopologyChange &change);
    int expectedRows() const; // controllers, sockets and device rows the topology makes

    QPointer<host::HostBackend> m_backend;
    QList<assign::Assignment> m_assignments;
    QHash<QString, QString> m_holders;
};

} // namespace plugboard::ui
