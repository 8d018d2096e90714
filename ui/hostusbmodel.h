// SPDX-License-Identifier: GPL-3.0-or-later
// The host USB tree as a Qt item model: Controller -> Port -> Device -> Port -> Device ...
#pragma once

#include "host/hostbackend.h"

#include <QAbstractItemModel>
#include <QPointer>

#include <memory>
#include <vector>

namespace plugboard::ui {

class HostUsbModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, IdColumn, SpeedColumn, DriverColumn, LocationColumn, ColumnCount };
    enum Kind { ControllerKind, PortKind, DeviceKind };
    enum Role {
        IdRole = Qt::UserRole + 1, // stable id (controller, port or device)
        KindRole, // Kind
        EmptyPortRole, // bool: a port with nothing plugged in
        SearchTextRole, // everything a filter may match
        CategoryRole, // host::DeviceCategory as int, devices only
    };

    explicit HostUsbModel(QObject *parent = nullptr);
    ~HostUsbModel() override;

    // The backend stays owned by the caller and must outlive the model or be reset first.
    void setBackend(host::HostBackend *backend);
    host::HostBackend *backend() const { return m_backend; }
    const host::HostTopology *topology() const;

    QModelIndex indexOf(const QString &id, int column = 0) const;
    QString id(const QModelIndex &index) const;
    Kind kind(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    // Every node agrees with the backend's topology (tests call it after each change).
    bool isConsistent(QString *why = nullptr) const;
    // Resets seen since the backend was set (hotplug must never cause one).
    int resetCount() const { return m_resets; }

private:
    struct Node
    {
        Kind kind = ControllerKind;
        QString id;
        Node *parent = nullptr;
        std::vector<std::unique_ptr<Node>> children;
        int row() const;
    };

    void rebuild();
    void apply(const host::TopologyChange &change);
    void reconcile(Node *node);
    QStringList childIds(const Node *node) const;
    Kind childKind(const Node *node, const QString &childId) const;
    std::unique_ptr<Node> buildNode(Kind kind, const QString &id, Node *parent);
    void unindex(Node *node);
    Node *nodeOf(const QModelIndex &index) const;
    QModelIndex indexOfNode(const Node *node, int column = 0) const;
    bool checkNode(const Node *node, QString *why) const;

    QPointer<host::HostBackend> m_backend;
    std::unique_ptr<Node> m_root;
    QHash<QString, Node *> m_byId;
    int m_resets = 0;
};

} // namespace plugboard::ui
