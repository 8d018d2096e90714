// SPDX-License-Identifier: GPL-3.0-or-later
// HostUsbModel: a typed tree kept in step with the backend by reconciling only touched nodes.
#include "hostusbmodel.h"

#include "deviceicons.h"
#include "host/topologyformat.h"

#include <QGuiApplication>
#include <QPalette>

namespace plugboard::ui {

using namespace plugboard::host;

namespace {
// Dimmed text for empty ports and unauthorized devices; the model also works without a GUI.
QVariant dimmedBrush()
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return {};
    return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
}
} // namespace

int HostUsbModel::Node::row() const
{
    if (!parent)
        return 0;
    const auto &siblings = parent->children;
    for (size_t i = 0; i < siblings.size(); ++i) {
        if (siblings[i].get() == this)
            return int(i);
    }
    return -1;
}

HostUsbModel::HostUsbModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_root(std::make_unique<Node>())
{
}

HostUsbModel::~HostUsbModel() = default;

void HostUsbModel::setBackend(HostBackend *backend)
{
    if (m_backend)
        disconnect(m_backend, nullptr, this, nullptr);
    m_backend = backend;
    m_resets = 0;
    if (m_backend) {
        connect(m_backend, &HostBackend::topologyReset, this, &HostUsbModel::rebuild);
        connect(m_backend, &HostBackend::topologyChanged, this, &HostUsbModel::apply);
    }
    rebuild();
    m_resets = 0; // the initial fill is not a hotplug reset
}

const HostTopology *HostUsbModel::topology() const
{
    return m_backend ? &m_backend->topology() : nullptr;
}

QStringList HostUsbModel::childIds(const Node *node) const
{
    const HostTopology *topo = topology();
    if (!topo)
        return {};
    if (node == m_root.get())
        return topo->controllers.keys();
    switch (node->kind) {
    case ControllerKind:
        if (const UsbController *c = topo->controller(node->id))
            return c->portIds;
        return {};
    case PortKind:
        if (const UsbPort *p = topo->port(node->id); p && !p->deviceId.isEmpty() && topo->device(p->deviceId))
            return {p->deviceId};
        return {};
    case DeviceKind:
        if (const UsbDevice *d = topo->device(node->id))
            return d->portIds;
        return {};
    }
    return {};
}

HostUsbModel::Kind HostUsbModel::childKind(const Node *node, const QString &) const
{
    if (node == m_root.get())
        return ControllerKind;
    switch (node->kind) {
    case ControllerKind:
    case DeviceKind:
        return PortKind;
    case PortKind:
        return DeviceKind;
    }
    return PortKind;
}

std::unique_ptr<HostUsbModel::Node> HostUsbModel::buildNode(Kind kind, const QString &id, Node *parent)
{
    auto node = std::make_unique<Node>();
    node->kind = kind;
    node->id = id;
    node->parent = parent;
    m_byId.insert(id, node.get());
    const QStringList kids = childIds(node.get());
    node->children.reserve(kids.size());
    for (const QString &kid : kids)
        node->children.push_back(buildNode(childKind(node.get(), kid), kid, node.get()));
    return node;
}

void HostUsbModel::unindex(Node *node)
{
    m_byId.remove(node->id);
    for (auto &child : node->children)
        unindex(child.get());
}

void HostUsbModel::rebuild()
{
    beginResetModel();
    ++m_resets;
    m_byId.clear();
    m_root = std::make_unique<Node>();
    const QStringList ids = childIds(m_root.get());
    for (const QString &id : ids)
        m_root->children.push_back(buildNode(ControllerKind, id, m_root.get()));
    endResetModel();
}

void HostUsbModel::reconcile(Node *node)
{
    const QStringList desired = childIds(node);
    const QModelIndex parentIndex = indexOfNode(node);
    // 1. Remove children that are gone, in contiguous runs from the end.
    const QSet<QString> want(desired.cbegin(), desired.cend());
    for (int i = int(node->children.size()) - 1; i >= 0;) {
        if (want.contains(node->children[size_t(i)]->id)) {
            --i;
            continue;
        }
        int first = i;
        while (first > 0 && !want.contains(node->children[size_t(first - 1)]->id))
            --first;
        beginRemoveRows(parentIndex, first, i);
        for (int k = first; k <= i; ++k)
            unindex(node->children[size_t(k)].get());
        node->children.erase(node->children.begin() + first, node->children.begin() + i + 1);
        endRemoveRows();
        i = first - 1;
    }
    // 2. Insert what is new at its place; what stayed keeps its relative order (ids sort stably).
    for (int i = 0; i < desired.size(); ++i) {
        const QString &id = desired.at(i);
        if (i < int(node->children.size()) && node->children[size_t(i)]->id == id)
            continue;
        if (m_byId.contains(id) && m_byId.value(id)->parent == node) {
            // Out of order (should not happen): move it by removal and re-insertion.
            Node *stray = m_byId.value(id);
            const int row = stray->row();
            beginRemoveRows(parentIndex, row, row);
            unindex(stray);
            node->children.erase(node->children.begin() + row);
            endRemoveRows();
            if (row < i)
                --i;
            --i;
            continue;
        }
        beginInsertRows(parentIndex, i, i);
        node->children.insert(node->children.begin() + i, buildNode(childKind(node, id), id, node));
        endInsertRows();
    }
}

void HostUsbModel::apply(const TopologyChange &change)
{
    if (change.controllerSetChanged)
        reconcile(m_root.get());
    // Parents before children, so a node reconciled below is still the live one.
    QStringList structure(change.structure.cbegin(), change.structure.cend());
    std::sort(structure.begin(), structure.end(), [](const QString &a, const QString &b) {
        return a.size() != b.size() ? a.size() < b.size() : a < b;
    });
    for (const QString &id : structure) {
        if (Node *n = m_byId.value(id))
            reconcile(n);
    }
    for (const QString &id : change.data) {
        Node *n = m_byId.value(id);
        if (!n)
            continue;
        const QModelIndex first = indexOfNode(n, 0);
        Q_EMIT dataChanged(first, first.siblingAtColumn(ColumnCount - 1));
    }
    // A port's look depends on whether something is plugged in: refresh ports whose device row changed.
    for (const QString &id : change.structure) {
        Node *n = m_byId.value(id);
        if (n && n->kind == PortKind) {
            const QModelIndex first = indexOfNode(n, 0);
            Q_EMIT dataChanged(first, first.siblingAtColumn(ColumnCount - 1));
        }
    }
}

HostUsbModel::Node *HostUsbModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex HostUsbModel::indexOfNode(const Node *node, int column) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row(), column, const_cast<Node *>(node));
}

QModelIndex HostUsbModel::indexOf(const QString &id, int column) const
{
    return indexOfNode(m_byId.value(id), column);
}

QString HostUsbModel::id(const QModelIndex &index) const
{
    return index.isValid() ? nodeOf(index)->id : QString();
}

HostUsbModel::Kind HostUsbModel::kind(const QModelIndex &index) const
{
    return nodeOf(index)->kind;
}

QModelIndex HostUsbModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0 || (parent.isValid() && parent.column() != 0))
        return {};
    const Node *p = nodeOf(parent);
    if (row >= int(p->children.size()))
        return {};
    return createIndex(row, column, p->children[size_t(row)].get());
}

QModelIndex HostUsbModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    return indexOfNode(nodeOf(child)->parent);
}

int HostUsbModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(nodeOf(parent)->children.size());
}

int HostUsbModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

Qt::ItemFlags HostUsbModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (nodeOf(index)->kind == DeviceKind)
        f |= Qt::ItemIsDragEnabled;
    return f;
}

QVariant HostUsbModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Device");
    case IdColumn:
        return tr("ID");
    case SpeedColumn:
        return tr("Speed");
    case DriverColumn:
        return tr("Driver");
    case LocationColumn:
        return tr("Location");
    }
    return {};
}

QVariant HostUsbModel::data(const QModelIndex &index, int role) const
{
    const HostTopology *topo = topology();
    if (!index.isValid() || !topo)
        return {};
    const Node *n = nodeOf(index);
    const int col = index.column();
    if (role == IdRole)
        return n->id;
    if (role == KindRole)
        return int(n->kind);
    switch (n->kind) {
    case ControllerKind: {
        const UsbController *c = topo->controller(n->id);
        if (!c)
            return {};
        if (role == EmptyPortRole)
            return false;
        if (role == SearchTextRole)
            return QStringList {controllerDisplayName(*c), c->id, c->driver, c->vendorName}.join(QLatin1Char(' '));
        if (role == Qt::DecorationRole && col == NameColumn)
            return DeviceIcons::controller();
        if (role == Qt::ToolTipRole)
            return tr("%1 (%2)").arg(controllerDisplayName(*c), c->id);
        if (role != Qt::DisplayRole)
            return {};
        switch (col) {
        case NameColumn:
            return controllerDisplayName(*c);
        case IdColumn:
            return c->vendorId.isEmpty() ? QString() : QString(c->vendorId + QLatin1Char(':') + c->deviceId);
        case SpeedColumn: {
            QStringList speeds;
            for (const RootHub &h : c->rootHubs)
                speeds.append(speedText(h.speedMbps));
            return speeds.join(QStringLiteral(" + "));
        }
        case DriverColumn:
            return c->driver;
        case LocationColumn:
            return c->id;
        }
        return {};
    }
    case PortKind: {
        const UsbPort *p = topo->port(n->id);
        if (!p)
            return {};
        const bool empty = p->deviceId.isEmpty();
        if (role == EmptyPortRole)
            return empty;
        if (role == SearchTextRole)
            return p->id;
        if (role == Qt::ForegroundRole && empty)
            return dimmedBrush();
        if (role == Qt::DecorationRole && col == NameColumn)
            return empty ? DeviceIcons::emptyPort() : DeviceIcons::usedPort();
        if (role == Qt::ToolTipRole) {
            QStringList lines {tr("Port %1 (%2)").arg(p->number).arg(p->id)};
            if (!p->connectType.isEmpty())
                lines.append(tr("Connection: %1").arg(p->connectType));
            if (p->overCurrentCount.value_or(0) > 0)
                lines.append(tr("Over-current events: %1").arg(*p->overCurrentCount));
            return lines.join(QLatin1Char('\n'));
        }
        if (role != Qt::DisplayRole)
            return {};
        switch (col) {
        case NameColumn: {
            QString text = empty ? tr("Port %1 (empty)").arg(p->number) : tr("Port %1").arg(p->number);
            if (p->overCurrentCount.value_or(0) > 0)
                text += QLatin1Char(' ') + tr("⚠ over-current");
            if (p->disabled == true)
                text += QLatin1Char(' ') + tr("(disabled)");
            return text;
        }
        case LocationColumn:
            return p->id;
        }
        return {};
    }
    case DeviceKind: {
        const UsbDevice *d = topo->device(n->id);
        if (!d)
            return {};
        if (role == EmptyPortRole)
            return false;
        if (role == CategoryRole)
            return int(categoryOf(*d));
        if (role == SearchTextRole)
            return QStringList {d->displayName(), d->vendorDisplayName(), d->vendorId + QLatin1Char(':') + d->productId,
                d->id, d->serial, d->drivers().join(QLatin1Char(' '))}
                .join(QLatin1Char(' '));
        if (role == Qt::DecorationRole && col == NameColumn)
            return DeviceIcons::forCategory(categoryOf(*d));
        if (role == Qt::ForegroundRole && d->authorized == false)
            return dimmedBrush();
        if (role == Qt::ToolTipRole)
            return tr("%1 %2\n%3, bus %4 device %5")
                .arg(d->vendorDisplayName(), d->displayName(), speedName(d->speedMbps))
                .arg(d->busnum.value_or(0))
                .arg(d->devnum.value_or(0));
        if (role != Qt::DisplayRole)
            return {};
        switch (col) {
        case NameColumn: {
            QString text = d->displayName();
            if (d->authorized == false)
                text += QLatin1Char(' ') + tr("(not authorized)");
            return text;
        }
        case IdColumn:
            return QString(d->vendorId + QLatin1Char(':') + d->productId);
        case SpeedColumn:
            return speedText(d->speedMbps);
        case DriverColumn: {
            QStringList drivers = d->drivers();
            drivers.removeAll(QStringLiteral("usb")); // the generic driver every device has
            return drivers.join(QStringLiteral(", "));
        }
        case LocationColumn:
            return d->id;
        }
        return {};
    }
    }
    return {};
}

bool HostUsbModel::checkNode(const Node *node, QString *why) const
{
    const QStringList want = childIds(node);
    if (int(node->children.size()) != want.size()) {
        *why = QStringLiteral("%1 has %2 rows, topology %3").arg(node->id).arg(node->children.size()).arg(want.size());
        return false;
    }
    for (int i = 0; i < want.size(); ++i) {
        const Node *c = node->children[size_t(i)].get();
        if (c->id != want.at(i) || c->parent != node || m_byId.value(c->id) != c) {
            *why = QStringLiteral("%1 row %2 is %3, topology %4").arg(node->id).arg(i).arg(c->id, want.at(i));
            return false;
        }
        if (!checkNode(c, why))
            return false;
    }
    return true;
}

bool HostUsbModel::isConsistent(QString *why) const
{
    QString local;
    QString *w = why ? why : &local;
    if (!checkNode(m_root.get(), w))
        return false;
    const HostTopology *topo = topology();
    const qsizetype expected = topo ? topo->controllers.size() + topo->ports.size() + topo->devices.size() : 0;
    if (m_byId.size() != expected) {
        *w = QStringLiteral("%1 indexed nodes, topology has %2").arg(m_byId.size()).arg(expected);
        return false;
    }
    return true;
}

} // namespace plugboard::ui
