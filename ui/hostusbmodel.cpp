// SPDX-License-Identifier: GPL-3.0-or-later
// HostUsbModel: a typed tree kept in step with the backend by reconciling only touched nodes.
#include "hostusbmodel.h"
#include "logging.h"

#include "deviceicons.h"
#include "host/topologyformat.h"
#include "plaintext.h"

#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMimeData>
#include <QPalette>

#include <functional>

namespace plugboard::ui {

using namespace plugboard::host;

HostUsbModel::HostUsbModel(QObject *parent)
    : IdTreeModel(parent)
{
}

void HostUsbModel::setBackend(HostBackend *backend)
{
    if (m_backend)
        disconnect(m_backend, nullptr, this, nullptr);
    m_backend = backend;
    if (m_backend) {
        connect(m_backend, &HostBackend::topologyReset, this, &HostUsbModel::rebuild);
        connect(m_backend, &HostBackend::topologyChanged, this, &HostUsbModel::apply);
    }
    rebuild();
    resetCounters(); // the initial fill is not a hotplug reset
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
    if (node == rootNode())
        return topo->controllers.keys();
    switch (node->kind) {
    case ControllerKind:
        if (const UsbController *c = topo->controller(node->id))
            return c->portIds;
        return {};
    case PortKind:
        if (const UsbPort *p = topo->port(node->id); p && !p->deviceId.isEmpty()) {
            // A port names its device only once the device is read (TopologyReader, replacePort).
            PB_CHECK(lcHostModel, topo->device(p->deviceId), return {});
            return {p->deviceId};
        }
        return {};
    case DeviceKind:
        if (const UsbDevice *d = topo->device(node->id))
            return d->portIds;
        return {};
    }
    return {};
}

int HostUsbModel::childKind(const Node *node, const QString &) const
{
    if (node == rootNode())
        return ControllerKind;
    return node->kind == PortKind ? DeviceKind : PortKind;
}

void HostUsbModel::apply(const TopologyChange &change)
{
    if (change.controllerSetChanged)
        reconcile(QString());
    // Parents before children, so a node reconciled below is still the live one.
    QStringList structure(change.structure.cbegin(), change.structure.cend());
    std::sort(structure.begin(), structure.end(), [](const QString &a, const QString &b) {
        return a.size() != b.size() ? a.size() < b.size() : a < b;
    });
    for (const QString &id : structure) {
        reconcile(id);
        // A port's look depends on whether something is plugged in.
        if (const Node *n = find(id); n && n->kind == PortKind)
            refreshRow(id);
    }
    for (const QString &id : change.data)
        refreshRow(id);
    PB_LOG(lcHostModel) << "applied: structure" << change.structure.size() << "data" << change.data.size() << "rows"
                        << nodeCount();
    // One row per controller, port and device after every change; if not (a change that named
    // the wrong parent), the tree is read again whole rather than showing rows that are not there.
    const HostTopology *topo = topology();
    const qsizetype expected = topo ? topo->controllers.size() + topo->ports.size() + topo->devices.size() : 0;
    PB_CHECK(lcHostModel, nodeCount() == expected, rebuild());
}

QString HostUsbModel::deviceMimeType()
{
    return QStringLiteral("application/x-plugboard-usb-device");
}

QStringList HostUsbModel::mimeTypes() const
{
    return {deviceMimeType(), QStringLiteral("application/x-plugboard-guest-usb")};
}

QMimeData *HostUsbModel::mimeData(const QModelIndexList &indexes) const
{
    QStringList ids;
    for (const QModelIndex &i : indexes) {
        if (i.isValid() && nodeOf(i)->kind == DeviceKind && !ids.contains(nodeOf(i)->id))
            ids.append(nodeOf(i)->id);
    }
    if (ids.isEmpty())
        return nullptr;
    auto *data = new QMimeData;
    data->setData(deviceMimeType(), QJsonDocument(QJsonArray::fromStringList(ids)).toJson(QJsonDocument::Compact));
    data->setText(ids.join(QLatin1Char(' ')));
    return data;
}

Qt::DropActions HostUsbModel::supportedDragActions() const
{
    return Qt::CopyAction | Qt::MoveAction;
}

Qt::DropActions HostUsbModel::supportedDropActions() const
{
    return Qt::CopyAction | Qt::MoveAction;
}

bool HostUsbModel::canDropMimeData(const QMimeData *data, Qt::DropAction, int, int, const QModelIndex &) const
{
    return data && data->hasFormat(QStringLiteral("application/x-plugboard-guest-usb"));
}

bool HostUsbModel::dropMimeData(
    const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent)
{
    if (action == Qt::IgnoreAction)
        return true;
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    // The drop only requests: the guest tree changes when the hypervisor confirms.
    Q_EMIT releaseRequested(data->data(QStringLiteral("application/x-plugboard-guest-usb")));
    return false; // nothing is inserted here
}

int HostUsbModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

Qt::ItemFlags HostUsbModel::flags(const QModelIndex &index) const
{
    // A guest's device dropped anywhere on the host tree (a row or the empty space) is released.
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDropEnabled;
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
    case AssignedColumn:
        return tr("Guest");
    }
    return {};
}

QVariant HostUsbModel::data(const QModelIndex &index, int role) const
{
    // Tool tips carry device and guest strings: shown as plain text, whatever they look like.
    return role == Qt::ToolTipRole ? plainToolTip(rawData(index, role)) : rawData(index, role);
}

QVariant HostUsbModel::rawData(const QModelIndex &index, int role) const
{
    const HostTopology *topo = topology();
    if (!index.isValid() || !topo)
        return {};
    const Node *n = nodeOf(index);
    const int col = index.column();
    const Kind k = Kind(n->kind);
    if (role == IdRole)
        return n->id;
    if (role == KindRole)
        return int(k);
    if (col == AssignedColumn && k != ControllerKind && (role == Qt::DisplayRole || role == Qt::ToolTipRole)) {
        QStringList guests = assignedGuests(n->id);
        const QString holder = m_holders.value(n->id);
        if (role == Qt::DisplayRole) {
            // "in win10" (holds it now), "always: win10" (an assignment), or both when they differ.
            QStringList parts;
            if (!holder.isEmpty())
                parts.append(tr("in %1").arg(holder));
            guests.removeAll(holder);
            if (!guests.isEmpty())
                parts.append(tr("always: %1").arg(guests.join(QStringLiteral(", "))));
            return parts.join(QStringLiteral("; "));
        }
        QStringList tips;
        if (!holder.isEmpty())
            tips.append(tr("%1 holds it now: the host cannot use it until it is released.").arg(holder));
        if (!guests.isEmpty())
            tips.append(
                tr("Given to %1 whenever it is plugged in (an assignment).").arg(guests.join(QStringLiteral(", "))));
        return tips.join(QLatin1Char('\n'));
    }
    switch (k) {
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

bool HostUsbModel::isConsistent(QString *why) const
{
    QString local;
    QString *w = why ? why : &local;
    if (!IdTreeModel::isConsistent(w))
        return false;
    const HostTopology *topo = topology();
    const qsizetype expected = topo ? topo->controllers.size() + topo->ports.size() + topo->devices.size() : 0;
    if (nodeCount() != expected) {
        *w = QStringLiteral("%1 rows, the topology has %2 nodes").arg(nodeCount()).arg(expected);
        return false;
    }
    return true;
}

void HostUsbModel::setAssignments(const QList<assign::Assignment> &assignments)
{
    if (assignments == m_assignments)
        return;
    m_assignments = assignments;
    touchGuestColumn();
}

void HostUsbModel::setHolders(const QHash<QString, QString> &holders)
{
    if (holders == m_holders)
        return;
    m_holders = holders;
    touchGuestColumn();
}

void HostUsbModel::touchGuestColumn()
{
    // Only the one column changes; every row of it, parent by parent.
    std::function<void(const QModelIndex &)> touch = [&](const QModelIndex &parent) {
        const int rows = rowCount(parent);
        if (rows == 0)
            return;
        Q_EMIT dataChanged(index(0, AssignedColumn, parent), index(rows - 1, AssignedColumn, parent));
        for (int r = 0; r < rows; ++r)
            touch(index(r, 0, parent));
    };
    touch({});
}

QStringList HostUsbModel::assignedGuests(const QString &id) const
{
    QStringList out;
    const HostTopology *topo = topology();
    if (!topo || m_assignments.isEmpty())
        return out;
    const UsbDevice *d = topo->device(id);
    const UsbPort *port = d ? nullptr : topo->port(id);
    for (const assign::Assignment &a : m_assignments) {
        const bool claims = d ? a.matches(*topo, *d)
            : port            ? a.isPort() && assign::portsCovered(*topo, a.port).contains(port->id)
                              : false;
        if (!claims)
            continue;
        const QString name = a.guestRef().name();
        if (!out.contains(name))
            out.append(name);
    }
    return out;
}

} // namespace plugboard::ui
