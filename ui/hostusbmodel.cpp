// SPDX-License-Identifier: GPL-3.0-or-later
// HostUsbModel: a typed tree kept in step with the backend by reconciling only touched nodes.
#include "hostusbmodel.h"
#include "logging.h"

#include "deviceicons.h"
#include "host/physicallayout.h"
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
    // Rows are what people see: a socket (one or two kernel ports), a device or a box of two hubs.
    const HostTopology *topo = topology();
    if (!topo)
        return {};
    if (node == rootNode())
        return topo->controllers.keys();
    switch (node->kind) {
    case ControllerKind:
        return controllerSockets(*topo, node->id);
    case PortKind:
        return socketDevices(*topo, node->id);
    case DeviceKind:
        return deviceSockets(*topo, node->id);
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
    const HostTopology *topo = topology();
    if (!topo)
        return;
    if (change.controllerSetChanged)
        reconcile(QString());
    // Kernel ids to rows: both halves of a socket or a box are one row. An id that is gone has
    // no row any more; its parent is in the change too.
    auto rows = [&](const QSet<QString> &ids) {
        QSet<QString> out;
        for (const QString &id : ids) {
            if (const QString row = rowIdOf(*topo, id); !row.isEmpty())
                out.insert(row);
        }
        return out;
    };
    const QSet<QString> touched = rows(change.structure);
    // Parents before children, so a node reconciled below is still the live one.
    QStringList structure(touched.cbegin(), touched.cend());
    std::sort(structure.begin(), structure.end(), [](const QString &a, const QString &b) {
        return a.size() != b.size() ? a.size() < b.size() : a < b;
    });
    for (const QString &id : structure) {
        reconcile(id);
        // A socket's look depends on whether something is plugged in.
        if (const Node *n = find(id); n && n->kind == PortKind)
            refreshRow(id);
    }
    for (const QString &id : rows(change.data))
        refreshRow(id);
    PB_LOG(lcHostModel) << "applied: structure" << change.structure.size() << "data" << change.data.size() << "rows"
                        << nodeCount();
    // One row per controller, socket and device row after every change; if not (a change that
    // named the wrong parent), the tree is read again whole rather than showing rows that are not there.
    PB_CHECK(lcHostModel, nodeCount() == expectedRows(), rebuild());
}

int HostUsbModel::expectedRows() const
{
    const HostTopology *topo = topology();
    if (!topo)
        return 0;
    QSet<QString> rows;
    for (auto it = topo->ports.cbegin(); it != topo->ports.cend(); ++it)
        rows.insert(socketId(*topo, it.key()));
    for (auto it = topo->devices.cbegin(); it != topo->devices.cend(); ++it)
        rows.insert(deviceRowId(*topo, it.key()));
    return int(topo->controllers.size() + rows.size());
}

QModelIndex HostUsbModel::indexOf(const QString &id, int column) const
{
    // A kernel port or one half of a box finds the row it is shown in.
    const QModelIndex direct = IdTreeModel::indexOf(id, column);
    const HostTopology *topo = topology();
    if (direct.isValid() || !topo)
        return direct;
    const QString row = rowIdOf(*topo, id);
    return row.isEmpty() ? QModelIndex() : IdTreeModel::indexOf(row, column);
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
        if (!i.isValid() || nodeOf(i)->kind != DeviceKind)
            continue;
        // A box of two hubs is dragged as its first half (and refused: a hub cannot be passed).
        const QString id = nodeOf(i)->id.section(QLatin1Char('+'), 0, 0);
        if (!ids.contains(id))
            ids.append(id);
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
        QString holder;
        for (const QString &d : rowDevices(*topo, n->id))
            holder = holder.isEmpty() ? m_holders.value(d) : holder;
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
        // A socket: one kernel port, or the USB 2 and USB 3 halves of one hole.
        const QStringList halves = socketPorts(*topo, n->id);
        if (halves.isEmpty())
            return {};
        const UsbPort *p = topo->port(halves.first());
        bool empty = true, overCurrent = false, disabled = false;
        for (const QString &h : halves) {
            const UsbPort *half = topo->port(h);
            empty = empty && half->deviceId.isEmpty();
            overCurrent = overCurrent || half->overCurrentCount.value_or(0) > 0;
            disabled = disabled || half->disabled == true;
        }
        if (role == EmptyPortRole)
            return empty;
        if (role == SearchTextRole)
            return halves.join(QLatin1Char(' '));
        if (role == Qt::ForegroundRole && empty)
            return dimmedBrush();
        if (role == Qt::DecorationRole && col == NameColumn)
            return empty ? DeviceIcons::emptyPort() : DeviceIcons::usedPort();
        if (role == Qt::ToolTipRole) {
            QStringList lines {halves.size() > 1 ? tr("Port %1: one socket, two kernel ports").arg(p->number)
                                                 : tr("Port %1 (%2)").arg(p->number).arg(p->id)};
            for (const QString &h : halves) {
                const UsbPort *half = topo->port(h);
                if (halves.size() > 1)
                    lines.append(isSuperSpeedPort(*topo, *half) ? tr("USB 3 half: %1").arg(half->id)
                                                                : tr("USB 2 half: %1").arg(half->id));
                if (!half->connectType.isEmpty())
                    lines.append(tr("Connection: %1").arg(half->connectType));
                if (half->overCurrentCount.value_or(0) > 0)
                    lines.append(tr("Over-current events: %1").arg(*half->overCurrentCount));
            }
            return lines.join(QLatin1Char('\n'));
        }
        if (role != Qt::DisplayRole)
            return {};
        switch (col) {
        case NameColumn: {
            QString text = empty ? tr("Port %1 (empty)").arg(p->number) : tr("Port %1").arg(p->number);
            if (overCurrent)
                text += QLatin1Char(' ') + tr("⚠ over-current");
            if (disabled)
                text += QLatin1Char(' ') + tr("(disabled)");
            return text;
        }
        case SpeedColumn:
            // What the hole takes: a USB 3 socket has a USB 2 half as well.
            if (halves.size() > 1)
                return tr("USB 2 + USB 3");
            return isSuperSpeedPort(*topo, *p) ? tr("USB 3") : QString();
        case LocationColumn:
            return halves.join(QStringLiteral(" + "));
        }
        return {};
    }
    case DeviceKind: {
        // A device, or the two kernel hubs of one USB 3 hub (the faster half named).
        const QStringList halves = rowDevices(*topo, n->id);
        if (halves.isEmpty())
            return {};
        const UsbDevice *d = topo->device(halves.first());
        for (const QString &h : halves) {
            if (topo->device(h)->speedMbps.value_or(0) > d->speedMbps.value_or(0))
                d = topo->device(h);
        }
        const bool box = halves.size() > 1;
        bool unauthorized = false;
        for (const QString &h : halves)
            unauthorized = unauthorized || topo->device(h)->authorized == false;
        auto each = [&](const std::function<QString(const UsbDevice &)> &f) {
            QStringList parts;
            for (const QString &h : halves) {
                const QString part = f(*topo->device(h));
                if (!part.isEmpty() && !parts.contains(part))
                    parts.append(part);
            }
            return parts.join(QStringLiteral(" + "));
        };
        if (role == EmptyPortRole)
            return false;
        if (role == CategoryRole)
            return int(categoryOf(*d));
        if (role == SearchTextRole) {
            QStringList words;
            for (const QString &h : halves) {
                const UsbDevice &x = *topo->device(h);
                words << x.displayName() << x.vendorDisplayName() << x.vendorId + QLatin1Char(':') + x.productId << x.id
                      << x.serial << x.drivers().join(QLatin1Char(' '));
            }
            return words.join(QLatin1Char(' '));
        }
        if (role == Qt::DecorationRole && col == NameColumn)
            return DeviceIcons::forCategory(categoryOf(*d));
        if (role == Qt::ForegroundRole && unauthorized)
            return dimmedBrush();
        if (role == Qt::ToolTipRole) {
            QStringList lines;
            if (box)
                lines.append(tr("One USB 3 hub: the kernel sees two hubs, %1 and %2.").arg(halves.at(0), halves.at(1)));
            for (const QString &h : halves) {
                const UsbDevice &x = *topo->device(h);
                lines.append(tr("%1 %2\n%3, bus %4 device %5")
                                 .arg(x.vendorDisplayName(), x.displayName(), speedName(x.speedMbps))
                                 .arg(x.busnum.value_or(0))
                                 .arg(x.devnum.value_or(0)));
            }
            return lines.join(QLatin1Char('\n'));
        }
        if (role != Qt::DisplayRole)
            return {};
        switch (col) {
        case NameColumn: {
            QString text = d->displayName();
            if (unauthorized)
                text += QLatin1Char(' ') + tr("(not authorized)");
            return text;
        }
        case IdColumn:
            return each([](const UsbDevice &x) {
                return QString(x.vendorId + QLatin1Char(':') + x.productId);
            });
        case SpeedColumn:
            return each([](const UsbDevice &x) {
                return speedText(x.speedMbps);
            });
        case DriverColumn:
            return each([](const UsbDevice &x) {
                QStringList drivers = x.drivers();
                drivers.removeAll(QStringLiteral("usb")); // the generic driver every device has
                return drivers.join(QStringLiteral(", "));
            });
        case LocationColumn:
            return halves.join(QStringLiteral(" + "));
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
    if (nodeCount() != expectedRows()) {
        *w = QStringLiteral("%1 rows, the topology makes %2").arg(nodeCount()).arg(expectedRows());
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
    // A row: a device or box (its kernel devices), or a socket (its kernel ports).
    const QStringList devices = rowDevices(*topo, id);
    const QStringList ports = devices.isEmpty() ? socketPorts(*topo, id) : QStringList();
    for (const assign::Assignment &a : m_assignments) {
        bool claims = false;
        for (const QString &d : devices)
            claims = claims || a.matches(*topo, *topo->device(d));
        if (!ports.isEmpty() && a.isPort()) {
            const QStringList covered = assign::portsCovered(*topo, a.port);
            for (const QString &p : ports)
                claims = claims || covered.contains(p);
        }
        if (!claims)
            continue;
        const QString name = a.guestRef().name();
        if (!out.contains(name))
            out.append(name);
    }
    return out;
}

} // namespace plugboard::ui
