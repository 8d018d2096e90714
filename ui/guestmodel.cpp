// SPDX-License-Identifier: GPL-3.0-or-later
// GuestModel: node ids are built from the connection URI, the guest name and a key of the
// controller or device, so a re-read guest keeps its rows and only what changed moves; what a row
// is travels beside the id as a GuestNode, never parsed back out of it.
#include "guestmodel.h"

#include "deviceicons.h"
#include "host/hardwaredatabase.h"
#include "libvirt/guestdirectory.h"
#include "libvirt/guestformat.h"
#include "logging.h"
#include "plaintext.h"

#include <QCoreApplication>
#include <QBrush>
#include <QFont>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeData>
#include <QUrl>

namespace plugboard::ui {

using namespace plugboard::libvirt;

namespace {
const QChar kSep(0x1f); // ids only: never parsed
const QString kHostMime = QStringLiteral("application/x-plugboard-usb-device");
const QString kGuestMime = QStringLiteral("application/x-plugboard-guest-usb");

QString join(std::initializer_list<QString> parts)
{
    return QStringList(parts).join(kSep);
}

QString hostdevKey(const HostdevEntry &e)
{
    const HostdevDef &h = e.def;
    return h.vendorId + QLatin1Char(':') + h.productId + QLatin1Char('@') + QString::number(h.bus.value_or(-1))
        + QLatin1Char('.') + QString::number(h.device.value_or(-1));
}

QString redirKey(const RedirdevEntry &e)
{
    return e.def.type + QLatin1Char(':') + e.def.source() + QLatin1Char(':') + e.def.alias;
}

// Keys made unique by an ordinal where a guest has identical entries.
template<typename T, typename KeyFn> QStringList uniqueKeys(const QList<T> &items, KeyFn key)
{
    QStringList out;
    QHash<QString, int> seen;
    for (const T &i : items) {
        const QString k = key(i);
        const int n = seen[k]++;
        out.append(n ? k + QLatin1Char('~') + QString::number(n) : k);
    }
    return out;
}

QString controllerKey(const UsbControllerDef &c, int position)
{
    return QString::number(position) + QLatin1Char(':') + QString::number(c.index) + QLatin1Char(':') + c.model;
}

// The controller (position in the list) a device with this guest address hangs off, or -1.
int controllerFor(const DomainUsb &usb, const GuestUsbAddress &a)
{
    int fallback = -1;
    for (int i = 0; i < usb.controllers.size(); ++i) {
        const UsbControllerDef &c = usb.controllers.at(i);
        if (c.isCompanion() || c.model == QLatin1String("none"))
            continue;
        if (c.index == a.bus)
            return i;
        if (fallback < 0)
            fallback = i;
    }
    return fallback;
}

// The entry a device row means: at its position when the key still matches, else found by key
// (the guest was re-read between the reconcile and this call).
template<typename T, typename KeyFn> std::optional<T> entryAt(const QList<T> &items, const GuestNode &n, KeyFn key)
{
    const QStringList keys = uniqueKeys(items, key);
    int i = n.index;
    if (i < 0 || i >= keys.size() || keys.at(i) != n.key)
        i = int(keys.indexOf(n.key));
    return i >= 0 ? std::optional<T>(items.at(i)) : std::nullopt;
}
} // namespace

GuestModel::GuestModel(QObject *parent)
    : IdTreeModel(parent)
{
}

QString GuestModel::connectionNodeId(const QString &uri)
{
    return join({QStringLiteral("C"), uri});
}

QString GuestModel::guestNodeId(const QString &uri, const QString &name)
{
    return join({QStringLiteral("G"), uri, name});
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
    QList<LibvirtConnection *> out;
    for (const auto &c : m_connections) {
        if (c)
            out.append(c);
    }
    return out;
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
            if (!c)
                continue;
            GuestNode n;
            n.kind = GuestNode::Kind::Connection;
            n.connection = c;
            out.append({connectionNodeId(c->uri()), ConnectionKind, n});
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
        if (p->kind == GuestNode::Kind::Guest)
            out += assignmentRows(p->guest);
        return out;
    }
    LibvirtConnection *c = p->connection;
    if (!c)
        return out;
    switch (p->kind) {
    case GuestNode::Kind::Connection:
        for (const GuestInfo &g : c->guests()) {
            GuestNode n;
            n.kind = GuestNode::Kind::Guest;
            n.connection = c;
            n.guest = g.ref();
            out.append({guestNodeId(c->uri(), g.name), GuestKind, n});
        }
        return out;
    case GuestNode::Kind::Guest: {
        const GuestInfo *g = c->guest(p->guest.name());
        if (!g)
            return out;
        for (int i = 0; i < g->usb.controllers.size(); ++i) {
            GuestNode n = *p;
            n.kind = GuestNode::Kind::Controller;
            n.controller = i;
            n.key = controllerKey(g->usb.controllers.at(i), i);
            out.append({join({QStringLiteral("K"), c->uri(), g->name, n.key}), ControllerKind, n});
        }
        // Devices no controller can be named for (no usable controller): directly under the guest.
        out += deviceRows(*p, *g, -1);
        out += assignmentRows(g->ref());
        return out;
    }
    case GuestNode::Kind::Controller: {
        const GuestInfo *g = c->guest(p->guest.name());
        return g ? deviceRows(*p, *g, p->controller) : out;
    }
    case GuestNode::Kind::Device:
    case GuestNode::Kind::Assignment:
        break;
    }
    return out;
}

QList<IdTreeModel::Child> GuestModel::deviceRows(const GuestNode &parent, const GuestInfo &g, int controller) const
{
    QList<Child> out;
    const QString uri = parent.connection ? parent.connection->uri() : g.uri;
    const QList<HostdevEntry> entries = g.hostdevEntries();
    const QStringList hkeys = uniqueKeys(entries, hostdevKey);
    for (int i = 0; i < entries.size(); ++i) {
        if (controllerFor(g.usb, entries.at(i).def.guestAddress) != controller)
            continue;
        GuestNode n = parent;
        n.kind = GuestNode::Kind::Device;
        n.device = GuestNode::Device::Hostdev;
        n.key = hkeys.at(i);
        n.index = i;
        out.append({join({QStringLiteral("H"), uri, g.name, n.key}), DeviceKind, n});
    }
    const QList<RedirdevEntry> redirs = g.redirdevEntries();
    const QStringList rkeys = uniqueKeys(redirs, redirKey);
    for (int i = 0; i < redirs.size(); ++i) {
        if (controllerFor(g.usb, redirs.at(i).def.guestAddress) != controller)
            continue;
        GuestNode n = parent;
        n.kind = GuestNode::Kind::Device;
        n.device = GuestNode::Device::Redirdev;
        n.key = rkeys.at(i);
        n.index = i;
        out.append({join({QStringLiteral("R"), uri, g.name, n.key}), DeviceKind, n});
    }
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
    const GuestInfo *g = guestOf(index);
    if (!n || !g || n->device != GuestNode::Device::Hostdev)
        return std::nullopt;
    return entryAt(g->hostdevEntries(), *n, hostdevKey);
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
    return index.isValid() && index.siblingAtColumn(0).data(GoneFromHostRole).toBool();
}

LibvirtConnection *GuestModel::connectionServing(const GuestRef &guest) const
{
    if (!guest.hasUri())
        return nullptr;
    for (const auto &c : m_connections) {
        if (c && c->serves(guest.uri()))
            return c;
    }
    return nullptr;
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
    return g.vmware ? m_vmware.data(g, col, role) : libvirtData(g, col, role);
}

QVariant GuestModel::libvirtData(const GuestNode &n, int col, int role) const
{
    LibvirtConnection *c = n.connection;
    if (!c)
        return {};
    if (n.kind == GuestNode::Kind::Connection) {
        if (role == Qt::DisplayRole && col == NameColumn)
            return c->uri();
        if (role == Qt::DisplayRole && col == StateColumn) {
            switch (c->state()) {
            case ConnectionState::Connecting:
                return tr("connecting…");
            case ConnectionState::Connected:
                return tr("%n guest(s)", nullptr, int(c->guests().size()));
            case ConnectionState::Disconnected:
                return tr("not connected");
            }
        }
        if (role == Qt::ToolTipRole)
            return c->message().isEmpty() ? c->canonicalUri() : c->message();
        if (role == Qt::ForegroundRole && c->state() == ConnectionState::Disconnected)
            return dimmedBrush();
        if (role == Qt::DecorationRole && col == NameColumn)
            return DeviceIcons::controller();
        return {};
    }
    const GuestInfo *g = c->guest(n.guest.name());
    if (!g)
        return {};
    switch (n.kind) {
    case GuestNode::Kind::Guest:
        if (role == Qt::DisplayRole)
            return col == NameColumn ? g->name : stateText(g->state);
        if (role == Qt::DecorationRole && col == NameColumn)
            return DeviceIcons::guest();
        if (role == Qt::ForegroundRole && !g->isRunning())
            return dimmedBrush();
        if (role == Qt::ToolTipRole) {
            QString t = g->id();
            if (!g->usb.error.isEmpty())
                t += QLatin1Char('\n') + g->usb.error;
            if (g->usb.controllers.isEmpty())
                t += QLatin1Char('\n') + tr("This guest has no USB controller.");
            return t;
        }
        return {};
    case GuestNode::Kind::Controller: {
        PB_CHECK(lcUi, n.controller >= 0 && n.controller < g->usb.controllers.size(), return {});
        const UsbControllerDef &ctl = g->usb.controllers.at(n.controller);
        if (role == Qt::DisplayRole && col == NameColumn)
            return controllerSummary(g->usb, ctl);
        if (role == Qt::ForegroundRole && (ctl.isCompanion() || ctl.model == QLatin1String("none")))
            return dimmedBrush();
        return {};
    }
    case GuestNode::Kind::Device:
        if (n.device == GuestNode::Device::Hostdev)
            return hostdevData(n, *g, col, role);
        if (n.device == GuestNode::Device::Redirdev) {
            const auto e = entryAt(g->redirdevEntries(), n, redirKey);
            if (!e)
                return {};
            const RedirdevDef &r = e->def;
            if (role == Qt::DisplayRole && col == StateColumn)
                return e->live ? tr("connected") : tr("at next start");
            if (role == Qt::ForegroundRole && !e->live)
                return dimmedBrush();
            if (role == Qt::DisplayRole && col == NameColumn) {
                if (r.type == QLatin1String("tcp"))
                    return tr("Network USB from %1").arg(r.source());
                if (r.type == QLatin1String("spicevmc"))
                    return tr("SPICE USB redirection channel");
                return tr("Redirected USB (%1) %2").arg(r.type, r.source());
            }
            if (role == Qt::DecorationRole && col == NameColumn)
                return DeviceIcons::forCategory(host::DeviceCategory::Network);
        }
        return {};
    case GuestNode::Kind::Connection:
    case GuestNode::Kind::Assignment:
        break;
    }
    return {};
}

QVariant GuestModel::hostdevData(const GuestNode &n, const GuestInfo &g, int col, int role) const
{
    const auto found = entryAt(g.hostdevEntries(), n, hostdevKey);
    if (!found)
        return {};
    const HostdevEntry &e = *found;
    const HostdevDef &h = e.def;
    const bool live = m_host && m_host->isLive() && isLocalUri(g.uri);
    if (role == Qt::DisplayRole && col == NameColumn) {
        auto names = host::HardwareDatabase::instance().usb(h.vendorId, h.productId);
        // Unknown to the hardware database: the device's own name while it is plugged in.
        const host::UsbDevice *held
            = names.model.isEmpty() && live && e.live ? heldDevice(h, m_host->topology()) : nullptr;
        if (held) {
            names.model = held->displayName();
            names.vendor = names.model.startsWith(held->vendorDisplayName()) ? QString() : held->vendorDisplayName();
        }
        QString text = h.vendorId.isEmpty() ? tr("Host device at %1/%2")
                                                  .arg(h.bus.value_or(0), 3, 10, QLatin1Char('0'))
                                                  .arg(h.device.value_or(0), 3, 10, QLatin1Char('0'))
                                            : tr("Host device %1:%2").arg(h.vendorId, h.productId);
        if (!names.model.isEmpty())
            text += QStringLiteral(" — ")
                + (names.vendor.isEmpty() ? names.model : names.vendor + QLatin1Char(' ') + names.model);
        return text;
    }
    // Only the roles that show it look through the host tree (data() runs on every paint).
    const bool asksGone = role == GoneFromHostRole || role == Qt::ToolTipRole || role == Qt::ForegroundRole
        || (role == Qt::DisplayRole && col == StateColumn);
    const bool gone = asksGone && live && libvirt::isGoneFromHost(e, m_host->topology());
    if (role == GoneFromHostRole)
        return gone;
    if (gone && role == Qt::DisplayRole)
        return tr("unplugged — still listed");
    if (gone && role == Qt::ToolTipRole)
        return tr("This device was unplugged from this computer while %1 held it. The guest still lists it and will "
                  "not get it back by itself. Remove the stale entry (right-click), then plug the device in and "
                  "attach it again; an assignment does that by itself.")
            .arg(g.name);
    if (gone && role == Qt::ForegroundRole)
        return QVariant::fromValue(QBrush(QColor(0xc0, 0x39, 0x2b)));
    if (role == Qt::DisplayRole && col == StateColumn) {
        if (e.live && e.persistent)
            return tr("attached, persistent");
        if (e.live)
            return tr("attached (until shutdown)");
        return tr("at next start");
    }
    if (role == Qt::ForegroundRole && !e.live)
        return dimmedBrush();
    if (role == Qt::DecorationRole && col == NameColumn)
        return DeviceIcons::usedPort();
    return {};
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
    QJsonArray entries;
    QSet<QString> seen;
    auto str = [](const QString &v) {
        return v.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(v);
    };
    for (const QModelIndex &i : indexes) {
        if (!i.isValid() || kind(i) != DeviceKind || seen.contains(id(i)))
            continue;
        seen.insert(id(i));
        QJsonObject o;
        if (const auto e = hostdevOf(i)) {
            const HostdevDef &h = e->def;
            o = {{QStringLiteral("guest"), guestRefOf(i).toString()},
                {QStringLiteral("kind"), QStringLiteral("hostdev")}, {QStringLiteral("vid"), str(h.vendorId)},
                {QStringLiteral("pid"), str(h.productId)},
                {QStringLiteral("bus"), h.bus ? QJsonValue(*h.bus) : QJsonValue(QJsonValue::Null)},
                {QStringLiteral("device"), h.device ? QJsonValue(*h.device) : QJsonValue(QJsonValue::Null)},
                {QStringLiteral("source"), QJsonValue(QJsonValue::Null)}};
        } else if (const vmware::AutoconnectRule *r = vmwareRuleOf(i)) {
            o = {{QStringLiteral("guest"), guestRefOf(i).toString()},
                {QStringLiteral("kind"), QStringLiteral("autoconnect")}, {QStringLiteral("vid"), str(r->vendorId)},
                {QStringLiteral("pid"), str(r->productId)}, {QStringLiteral("bus"), QJsonValue(QJsonValue::Null)},
                {QStringLiteral("device"), QJsonValue(QJsonValue::Null)},
                {QStringLiteral("source"),
                    r->path.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(QStringLiteral("path:") + r->path)}};
        } else {
            continue; // redirection channels are not host devices
        }
        entries.append(o);
    }
    if (entries.isEmpty())
        return nullptr;
    auto *data = new QMimeData;
    data->setData(kGuestMime, QJsonDocument(entries).toJson(QJsonDocument::Compact));
    return data;
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
    if (!data || !target.isValid())
        return {};
    const bool hostDevices = data->hasFormat(kHostMime);
    const bool guestDevices = data->hasFormat(kGuestMime);
    if (!hostDevices && !guestDevices)
        return {};
    const int k = kind(target);
    if (k != GuestKind && k != ControllerKind)
        return tr("Drop it on a guest.");
    if (const vmware::VmwareGuest *vm = vmwareGuestOf(target)) {
        if (guestDevices)
            return tr("Only libvirt guests' devices can be moved; VMware connects its devices by itself.");
        if (vm->running)
            return vmware::VmwareGuestFile::liveConnectExplanation(*vm);
        if (!vm->error.isEmpty())
            return vm->error;
        if (vm->controllers.isEmpty())
            return tr("%1 has no USB controller: enable one first (right-click the VM).").arg(vm->displayName);
        return {};
    }
    LibvirtConnection *c = connectionOf(target);
    const GuestInfo *g = guestOf(target);
    if (!c || !g)
        return tr("Drop it on a guest.");
    if (c->state() != ConnectionState::Connected)
        return tr("The connection %1 is down: %2").arg(c->uri(), c->message());
    // No controller in the XML is fine: QEMU guests get libvirt's default one. model='none' is not.
    if (g->usb.usbDisabled())
        return tr("USB is disabled in %1 (<controller type='usb' model='none'/>): add a qemu-xhci controller to it "
                  "first.")
            .arg(g->name);
    if (!isLocalUri(c->canonicalUri()))
        return tr("%1 runs on %2: a device of this computer cannot be a host device there. Share it over the network "
                  "instead (usbredirserver here, then \"Attach network USB…\" on the guest).")
            .arg(g->name, QUrl(c->canonicalUri()).host());
    if (guestDevices) {
        for (const QJsonValue &v : QJsonDocument::fromJson(data->data(kGuestMime)).array()) {
            const QJsonObject o = v.toObject();
            if (o.value(QStringLiteral("kind")).toString() != QLatin1String("hostdev"))
                return tr("Only host devices given to a libvirt guest can be moved.");
            if (GuestRef::parse(o.value(QStringLiteral("guest")).toString()) == g->ref())
                return tr("It is already in %1.").arg(g->name);
        }
    }
    return {};
}

} // namespace plugboard::ui
