// SPDX-License-Identifier: GPL-3.0-or-later
// GuestModel: node ids are built from the connection URI, the guest name and a key of the
// controller or device, so a re-read guest keeps its rows and only what changed moves; what a row
// is travels beside the id as a GuestNode, never parsed back out of it.
#include "guestmodel.h"

#include "deviceicons.h"
#include "guestdrag.h"
#include "host/hardwaredatabase.h"
#include "libvirt/guestdirectory.h"
#include "logging.h"
#include "plaintext.h"

#include <QCoreApplication>
#include <QFont>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeData>

namespace plugboard::ui {

using namespace plugboard::libvirt;

namespace {
const QChar kSep(0x1f); // ids only: never parsed
const QString kHostMime = guestdrag::hostDevicesMime();
const QString kGuestMime = guestdrag::guestDevicesMime();

QString join(std::initializer_list<QString> parts)
{
    return QStringList(parts).join(kSep);
}

} // namespace

GuestModel::GuestModel(QObject *parent)
    : IdTreeModel(parent)
{
}

QString GuestModel::connectionNodeId(const QString &uri)
{
    return LibvirtRows::connectionId(uri);
}

QString GuestModel::guestNodeId(const QString &uri, const QString &name)
{
    return LibvirtRows::guestId(uri, name);
}

QString GuestModel::stateText(GuestState state)
{
    switch (state) {
    case GuestState::Running:
        return tr("running");
    case GuestState::Paused:
        return tr("paused");
    case GuestState::ShutOff:
        return tr("shut off");
    case GuestState::Crashed:
        return tr("crashed");
    case GuestState::Suspended:
        return tr("suspended");
    case GuestState::Blocked:
        return tr("blocked");
    case GuestState::ShuttingDown:
        return tr("shutting down");
    case GuestState::Unknown:
        break;
    }
    return tr("unknown");
}

// --- Sources ------------------------------------------------------------------------------------

void GuestModel::addConnection(LibvirtConnection *c)
{
    m_connections.append(c);
    const QString cid = connectionNodeId(c->uri());
    connect(c, &LibvirtConnection::stateChanged, this, [this, cid] {
        refreshRow(cid);
    });
    connect(c, &LibvirtConnection::guestsReset, this, [this, cid] {
        reconcileSubtree(cid);
        refreshRow(cid);
    });
    connect(c, &LibvirtConnection::guestChanged, this, [this, c, cid](const QString &name) {
        const QString gid = guestNodeId(c->uri(), name);
        if (find(gid))
            refreshGuest(gid);
        else
            reconcile(cid);
        refreshRow(cid);
    });
    connect(c, &LibvirtConnection::guestRemoved, this, [this, cid] {
        reconcile(cid);
        refreshRow(cid);
    });
    connect(c, &QObject::destroyed, this, [this] {
        m_connections.removeAll(nullptr);
        reconcile(QString());
    });
    reconcile(QString());
}

void GuestModel::removeConnection(LibvirtConnection *c)
{
    disconnect(c, nullptr, this, nullptr);
    m_connections.removeAll(c);
    reconcile(QString());
}

QList<LibvirtConnection *> GuestModel::connections() const
{
    return libvirt::liveConnections(m_connections);
}

void GuestModel::setVmwareSource(vmware::VmwareSource *source)
{
    if (vmware::VmwareSource *old = m_vmware.source())
        disconnect(old, nullptr, this, nullptr);
    m_vmware.setSource(source);
    if (source) {
        connect(source, &vmware::VmwareSource::changed, this, [this] {
            // Guests' own rows (state, names) may have changed without moving.
            refreshGuest(vmwareNodeId());
        });
        connect(source, &QObject::destroyed, this, [this] {
            reconcile(QString());
        });
    }
    reconcile(QString());
}

void GuestModel::setHostBackend(host::HostBackend *backend)
{
    if (m_host)
        disconnect(m_host, nullptr, this, nullptr);
    m_host = backend;
    m_libvirt.setHostBackend(backend);
    if (backend) {
        connect(backend, &host::HostBackend::topologyChanged, this, [this] {
            refreshBelow(rootNode());
        });
        connect(backend, &host::HostBackend::topologyReset, this, [this] {
            refreshBelow(rootNode());
        });
    }
    refreshBelow(rootNode());
}

void GuestModel::setAssignments(const QList<assign::Assignment> &assignments)
{
    if (assignments == m_assignments)
        return;
    m_assignments = assignments;
    reconcileSubtree(QString());
    // Rows that stayed may show other values (persistent or not).
    for (const assign::Assignment &a : m_assignments) {
        const QString node = join({QStringLiteral("S"), a.guest, a.target()});
        if (find(node))
            refreshRow(node);
    }
}

void GuestModel::setPending(const GuestRef &guest, const QString &what)
{
    m_pending.insert(guest, what);
    const QString node = guestNodeFor(guest);
    if (find(node))
        refreshRow(node);
}

void GuestModel::clearPending(const GuestRef &guest)
{
    if (!m_pending.remove(guest))
        return;
    const QString node = guestNodeFor(guest);
    if (find(node))
        refreshRow(node);
}

// A guest (or the VMware connection) re-read: its rows follow, and those that stayed repaint.
void GuestModel::refreshGuest(const QString &nodeId)
{
    reconcileSubtree(nodeId);
    refreshRow(nodeId);
    if (const Node *n = find(nodeId)) {
        for (const auto &c : n->children) {
            refreshRow(c->id);
            for (const auto &cc : c->children)
                refreshRow(cc->id);
        }
    }
}

// Host devices of running guests may have come or gone: their rows say so.
void GuestModel::refreshBelow(const Node *node)
{
    for (const auto &child : node->children) {
        if (child->kind == DeviceKind)
            refreshRow(child->id);
        else if (child->kind == ConnectionKind || child->kind == GuestKind || child->kind == ControllerKind)
            refreshBelow(child.get());
    }
}

// --- Structure ----------------------------------------------------------------------------------

QList<IdTreeModel::Child> GuestModel::children(const Node *node) const
{
    QList<Child> out;
    if (node == rootNode()) {
        for (const auto &c : m_connections) {
            if (c) {
                const LibvirtRows::Row r = LibvirtRows::connectionRow(c);
                out.append({r.id, ConnectionKind, r.node});
            }
        }
        if (m_vmware.source()) {
            GuestNode n;
            n.kind = GuestNode::Kind::Connection;
            n.vmware = true;
            out.append({vmwareNodeId(), ConnectionKind, n});
        }
        return out;
    }
    const GuestNode *p = payloadOf<GuestNode>(node);
    PB_CHECK(lcUi, p, return out);
    if (p->vmware) {
        for (const VmwareRows::Row &r : m_vmware.children(p))
            out.append({r.id, int(r.node.kind), r.node});
    } else {
        for (const LibvirtRows::Row &r : m_libvirt.children(*p))
            out.append({r.id, int(r.node.kind), r.node});
    }
    if (p->kind == GuestNode::Kind::Guest)
        out += assignmentRows(p->guest);
    return out;
}

QList<IdTreeModel::Child> GuestModel::assignmentRows(const GuestRef &guest) const
{
    QList<Child> out;
    const QString id = guest.toString();
    for (const assign::Assignment &a : m_assignments) {
        if (a.guest != id)
            continue;
        GuestNode n;
        n.kind = GuestNode::Kind::Assignment;
        n.vmware = guest.isVmware();
        n.guest = guest;
        n.connection = connectionServing(guest);
        n.key = a.target();
        out.append({join({QStringLiteral("S"), id, a.target()}), AssignmentKind, n});
    }
    return out;
}

// --- What a row is ------------------------------------------------------------------------------

const GuestNode *GuestModel::nodeAt(const QModelIndex &index) const
{
    return index.isValid() ? payloadOf<GuestNode>(nodeOf(index)) : nullptr;
}

GuestRef GuestModel::guestRefOf(const QModelIndex &index) const
{
    const GuestNode *n = nodeAt(index);
    return n ? n->guest : GuestRef();
}

LibvirtConnection *GuestModel::connectionOf(const QModelIndex &index) const
{
    const GuestNode *n = nodeAt(index);
    return n ? n->connection.data() : nullptr;
}

const GuestInfo *GuestModel::guestOf(const QModelIndex &index) const
{
    const GuestNode *n = nodeAt(index);
    return n && n->connection && n->guest.isLibvirt() ? n->connection->guest(n->guest.name()) : nullptr;
}

const vmware::VmwareGuest *GuestModel::vmwareGuestOf(const QModelIndex &index) const
{
    const GuestNode *n = nodeAt(index);
    return n ? m_vmware.guest(*n) : nullptr;
}

std::optional<HostdevEntry> GuestModel::hostdevOf(const QModelIndex &index) const
{
    const GuestNode *n = nodeAt(index);
    return n ? m_libvirt.hostdev(*n) : std::nullopt;
}

const vmware::AutoconnectRule *GuestModel::vmwareRuleOf(const QModelIndex &index) const
{
    const GuestNode *n = nodeAt(index);
    const vmware::VmwareGuest *g = n ? m_vmware.guest(*n) : nullptr;
    if (!g || n->device != GuestNode::Device::VmwareRule)
        return nullptr;
    for (const vmware::AutoconnectRule &r : g->rules) {
        if (r.key == n->key)
            return &r;
    }
    return nullptr;
}

const assign::Assignment *GuestModel::assignment(const GuestNode &n) const
{
    for (const assign::Assignment &a : m_assignments) {
        if (a.guest == n.guest.toString() && a.target() == n.key)
            return &a;
    }
    return nullptr;
}

std::optional<assign::Assignment> GuestModel::assignmentOf(const QModelIndex &index) const
{
    const GuestNode *n = nodeAt(index);
    const assign::Assignment *a = n && n->kind == GuestNode::Kind::Assignment ? assignment(*n) : nullptr;
    return a ? std::optional<assign::Assignment>(*a) : std::nullopt;
}

bool GuestModel::isGoneFromHost(const QModelIndex &index) const
{
    const GuestNode *n = nodeAt(index);
    return n && m_libvirt.isGoneFromHost(*n);
}

LibvirtConnection *GuestModel::connectionServing(const GuestRef &guest) const
{
    return libvirt::connectionServing(m_connections, guest);
}

QString GuestModel::guestNodeFor(const GuestRef &guest) const
{
    if (guest.isVmware())
        return vmwareGuestNodeId(guest.vmxPath());
    LibvirtConnection *c = connectionServing(guest);
    return c ? guestNodeId(c->uri(), guest.name()) : QString();
}

QModelIndex GuestModel::indexOfGuest(const GuestRef &guest) const
{
    const QString node = guestNodeFor(guest);
    return node.isEmpty() ? QModelIndex() : indexOf(node);
}

// --- Data ---------------------------------------------------------------------------------------

int GuestModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant GuestModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == NameColumn ? tr("Guest") : tr("State");
}

QVariant GuestModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Node *n = nodeOf(index);
    const GuestNode *g = payloadOf<GuestNode>(n);
    PB_CHECK(lcUi, g, return {});
    const QVariant v = rowData(n, *g, index.column(), role);
    // Tool tips carry device and guest strings: shown as plain text, whatever they look like.
    return role == Qt::ToolTipRole ? plainToolTip(v) : v;
}

QVariant GuestModel::rowData(const Node *n, const GuestNode &g, int col, int role) const
{
    switch (role) {
    case IdRole:
        return n->id;
    case KindRole:
        return n->kind;
    case ConnectionUriRole:
        return g.connection ? g.connection->uri() : QString();
    case GuestIdRole:
        return g.guest.toString();
    case GuestNameRole:
        return g.guest.isLibvirt() ? g.guest.name() : QString();
    case RunningRole: {
        if (const vmware::VmwareGuest *vm = m_vmware.guest(g))
            return vm->running;
        const GuestInfo *info = g.connection ? g.connection->guest(g.guest.name()) : nullptr;
        return info && info->isRunning();
    }
    case PendingRole:
        return g.kind == GuestNode::Kind::Guest ? m_pending.value(g.guest) : QString();
    default:
        break;
    }
    if (g.kind == GuestNode::Kind::Assignment)
        return assignmentData(g, col, role);
    if (g.kind == GuestNode::Kind::Guest && col == StateColumn && (role == Qt::DisplayRole || role == Qt::FontRole)) {
        // A request in flight: the row says what is asked until the hypervisor answers.
        const QString pending = m_pending.value(g.guest);
        if (!pending.isEmpty()) {
            if (role == Qt::DisplayRole)
                return pending;
            QFont italic;
            italic.setItalic(true);
            return italic;
        }
    }
    return g.vmware ? m_vmware.data(g, col, role) : m_libvirt.data(g, col, role);
}

QVariant GuestModel::assignmentData(const GuestNode &n, int col, int role) const
{
    const assign::Assignment *a = assignment(n);
    if (!a)
        return {};
    if (role == Qt::DisplayRole && col == NameColumn) {
        if (a->isPort())
            return tr("Always: whatever is plugged into %1").arg(a->port);
        const QStringList parts = a->device.split(QLatin1Char(':'));
        const auto names = host::HardwareDatabase::instance().usb(parts.value(0), parts.value(1));
        return names.model.isEmpty() ? tr("Always: %1").arg(a->device)
                                     : tr("Always: %1 %2 (%3)").arg(names.vendor, names.model, a->device);
    }
    if (role == Qt::DisplayRole && col == StateColumn)
        return a->persistent ? tr("assigned, persistent") : tr("assigned");
    if (role == Qt::ToolTipRole)
        return a->isVmware()
            ? tr("VMware connects it by itself whenever the VM runs (an automatic connection rule).")
            : tr("Attached whenever it is plugged in while the guest runs, and when the guest starts%1.")
                  .arg(a->persistent ? tr("; kept in the definition, optional at start") : QString());
    if (role == Qt::DecorationRole && col == NameColumn)
        return DeviceIcons::usedPort();
    return {};
}

// --- Drag and drop ------------------------------------------------------------------------------

Qt::ItemFlags GuestModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (kind(index) == DeviceKind)
        f |= Qt::ItemIsDragEnabled;
    if (kind(index) == GuestKind || kind(index) == ControllerKind)
        f |= Qt::ItemIsDropEnabled;
    return f;
}

QStringList GuestModel::mimeTypes() const
{
    return {kHostMime, kGuestMime};
}

QMimeData *GuestModel::mimeData(const QModelIndexList &indexes) const
{
    return guestdrag::mimeData(*this, indexes);
}

Qt::DropActions GuestModel::supportedDragActions() const
{
    return Qt::CopyAction | Qt::MoveAction;
}

Qt::DropActions GuestModel::supportedDropActions() const
{
    return Qt::CopyAction | Qt::MoveAction;
}

bool GuestModel::canDropMimeData(const QMimeData *data, Qt::DropAction, int, int, const QModelIndex &parent) const
{
    if (!data || !parent.isValid() || (!data->hasFormat(kHostMime) && !data->hasFormat(kGuestMime)))
        return false;
    const int k = kind(parent);
    return (k == GuestKind || k == ControllerKind) && dropRefusal(data, parent).isEmpty();
}

bool GuestModel::dropMimeData(
    const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent)
{
    if (action == Qt::IgnoreAction)
        return true;
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    // The drop only requests (the receiver takes it queued, after the drag has ended); rows change
    // when the hypervisor confirms.
    const GuestRef target = guestRefOf(parent);
    if (!data->hasFormat(kHostMime)) {
        Q_EMIT moveRequested(data->data(kGuestMime), target);
        return false;
    }
    QStringList ids;
    for (const QJsonValue &v : QJsonDocument::fromJson(data->data(kHostMime)).array())
        ids.append(v.toString());
    Q_EMIT attachRequested(ids, target);
    return false;
}

QString GuestModel::dropRefusal(const QMimeData *data, const QModelIndex &target) const
{
    return guestdrag::refusal(*this, data, target);
}

} // namespace plugboard::ui
