// SPDX-License-Identifier: GPL-3.0-or-later
// GuestModel: node ids are built from the connection URI, the guest name and a key of the
// controller or device, so a re-read guest keeps its rows and only what changed moves.
#include "guestmodel.h"

#include "deviceicons.h"
#include "host/hardwaredatabase.h"
#include "libvirt/guestdirectory.h"
#include "libvirt/guestformat.h"
#include "plaintext.h"

#include <QCoreApplication>
#include <QFont>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeData>
#include <QPalette>
#include <QUrl>

namespace plugboard::ui {

using namespace plugboard::libvirt;

namespace {
const QChar kSep(0x1f); // unit separator: cannot appear in a URI or a guest name we display

QString join(std::initializer_list<QString> parts)
{
    return QStringList(parts).join(kSep);
}

QString hostdevKey(const HostdevDef &h)
{
    return h.vendorId + QLatin1Char(':') + h.productId + QLatin1Char('@') + QString::number(h.bus.value_or(-1))
        + QLatin1Char('.') + QString::number(h.device.value_or(-1));
}

QString entryKey(const HostdevEntry &e)
{
    return hostdevKey(e.def);
}

QString redirKey(const RedirdevDef &r)
{
    return r.type + QLatin1Char(':') + r.source() + QLatin1Char(':') + r.alias;
}

QString redirEntryKey(const RedirdevEntry &e)
{
    return redirKey(e.def);
}

// Keys made unique by an ordinal where a guest has identical entries.
template<typename T, typename KeyFn> QStringList uniqueKeys(const QList<T> &items, KeyFn key)
{
    QStringList out;
    QHash<QString, int> seen;
    for (const T &i : items) {
        const QString k = key(i);
        const int n = seen[k]++;
        out.append(n ? k + QLatin1Char('#') + QString::number(n) : k);
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

// libvirt's state words (kept as they are in JSON and the CLI), in the user's language on screen.
QString stateText(const QString &state)
{
    static const QHash<QString, const char *> words {
        {QStringLiteral("running"), QT_TRANSLATE_NOOP("plugboard::ui::GuestModel", "running")},
        {QStringLiteral("paused"), QT_TRANSLATE_NOOP("plugboard::ui::GuestModel", "paused")},
        {QStringLiteral("shut off"), QT_TRANSLATE_NOOP("plugboard::ui::GuestModel", "shut off")},
        {QStringLiteral("crashed"), QT_TRANSLATE_NOOP("plugboard::ui::GuestModel", "crashed")},
        {QStringLiteral("pmsuspended"), QT_TRANSLATE_NOOP("plugboard::ui::GuestModel", "suspended")},
        {QStringLiteral("blocked"), QT_TRANSLATE_NOOP("plugboard::ui::GuestModel", "blocked")},
        {QStringLiteral("shutdown"), QT_TRANSLATE_NOOP("plugboard::ui::GuestModel", "shutting down")},
        {QStringLiteral("unknown"), QT_TRANSLATE_NOOP("plugboard::ui::GuestModel", "unknown")}};
    const char *w = words.value(state);
    return w ? QCoreApplication::translate("plugboard::ui::GuestModel", w) : state;
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

QString GuestModel::vmwareNodeId()
{
    return QStringLiteral("V");
}

QString GuestModel::vmwareGuestNodeId(const QString &vmxPath)
{
    return join({QStringLiteral("W"), vmxPath});
}

void GuestModel::setVmwareSource(vmware::VmwareSource *source)
{
    if (m_vmware)
        disconnect(m_vmware, nullptr, this, nullptr);
    m_vmware = source;
    if (source) {
        connect(source, &vmware::VmwareSource::changed, this, [this] {
            reconcileSubtree(vmwareNodeId());
            // Guests' own rows (state, names) may have changed without moving.
            refreshRow(vmwareNodeId());
            if (const Node *v = find(vmwareNodeId())) {
                for (const auto &g : v->children) {
                    refreshRow(g->id);
                    for (const auto &c : g->children)
                        refreshRow(c->id);
                }
            }
        });
        connect(source, &QObject::destroyed, this, [this] {
            reconcile(QString());
        });
    }
    reconcile(QString());
}

const vmware::VmwareGuest *GuestModel::vmwareGuestOf(const QModelIndex &index) const
{
    return index.isValid() ? parse(id(index)).vmGuest : nullptr;
}

QStringList GuestModel::vmwareChildIds(const Node *node, const Parsed &p) const
{
    QStringList out;
    if (!m_vmware)
        return out;
    if (node->kind == ConnectionKind) {
        for (const vmware::VmwareGuest &g : m_vmware->guests())
            out.append(vmwareGuestNodeId(g.path));
        return out;
    }
    if (!p.vmGuest)
        return out;
    const QString path = p.vmGuest->path;
    QStringList rules;
    for (const vmware::AutoconnectRule &r : p.vmGuest->rules)
        rules.append(join({QStringLiteral("A"), path, r.key}));
    if (node->kind == GuestKind) {
        for (const vmware::VmwareUsbController &c : p.vmGuest->controllers)
            out.append(join({QStringLiteral("X"), path, c.model}));
        if (p.vmGuest->controllers.isEmpty())
            out += rules; // rules without a controller to hang off
        out += assignmentIdsFor(path);
        return out;
    }
    // Rules hang off the fastest controller, where VMware connects them.
    if (node->kind == ControllerKind && p.vmController == int(p.vmGuest->controllers.size()) - 1)
        return rules;
    return out;
}

QVariant GuestModel::vmwareData(const Node *n, const Parsed &p, int col, int role) const
{
    if (!m_vmware)
        return {};
    switch (n->kind) {
    case ConnectionKind:
        if (role == Qt::DisplayRole) {
            if (col == NameColumn)
                return tr("VMware Workstation");
            QString text = tr("%n guest(s)", nullptr, int(m_vmware->guests().size()));
            // Without the arbitrator VMware sees no USB device at all (catalog: vmw-arbitrator-down).
            if (!m_vmware->guests().isEmpty() && !m_vmware->hostState().arbitratorRunning)
                text += QStringLiteral(", ") + tr("USB arbitrator not running");
            return text;
        }
        if (role == Qt::ToolTipRole)
            return m_vmware->hostState().summary();
        if (role == Qt::DecorationRole && col == NameColumn)
            return DeviceIcons::controller();
        return {};
    case GuestKind: {
        const vmware::VmwareGuest *g = p.vmGuest;
        if (!g)
            return {};
        if (role == Qt::DisplayRole)
            return col == NameColumn ? g->displayName
                                     : (g->error.isEmpty() ? stateText(g->state())
                                             : g->missing  ? tr("missing")
                                                           : tr("unreadable"));
        if (role == Qt::DecorationRole && col == NameColumn)
            return DeviceIcons::guest();
        if (role == Qt::ForegroundRole && (!g->running || !g->error.isEmpty()))
            return dimmedBrush();
        if (role == Qt::ToolTipRole)
            return g->error.isEmpty()
                ? g->path + (g->running ? QLatin1Char('\n') + tr("Running: %1").arg(g->runningWhy) : QString())
                : g->error;
        return {};
    }
    case ControllerKind: {
        if (!p.vmGuest || p.vmController < 0)
            return {};
        const vmware::VmwareUsbController &c = p.vmGuest->controllers.at(p.vmController);
        if (role == Qt::DisplayRole && col == NameColumn) {
            const QString gen = c.model == QLatin1String("xhci") ? QStringLiteral("USB 3")
                : c.model == QLatin1String("ehci")               ? QStringLiteral("USB 2")
                                                                 : QStringLiteral("USB 1.1");
            return tr("%1 (%2, %n port(s))", nullptr, c.ports).arg(gen, c.model.toUpper());
        }
        return {};
    }
    case DeviceKind: {
        if (!p.vmGuest || p.vmRule < 0)
            return {};
        const vmware::AutoconnectRule &r = p.vmGuest->rules.at(p.vmRule);
        if (role == Qt::DisplayRole && col == NameColumn) {
            if (!r.vendorId.isEmpty()) {
                const auto names = host::HardwareDatabase::instance().usb(r.vendorId, r.productId);
                QString text = tr("Connects %1:%2 automatically").arg(r.vendorId, r.productId);
                if (!names.model.isEmpty())
                    text += QStringLiteral(" — ") + names.vendor + QLatin1Char(' ') + names.model;
                return text;
            }
            return tr("Connects host port %1 automatically").arg(r.path.isEmpty() ? r.pattern : r.path);
        }
        if (role == Qt::DisplayRole && col == StateColumn)
            return tr("rule");
        if (role == Qt::ToolTipRole)
            return QString(r.key + QStringLiteral(" = ") + r.pattern);
        if (role == Qt::DecorationRole && col == NameColumn)
            return DeviceIcons::usedPort();
        return {};
    }
    }
    return {};
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

bool GuestModel::isGoneFromHost(const QModelIndex &index) const
{
    return index.isValid() && index.siblingAtColumn(0).data(GoneFromHostRole).toBool();
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
        if (find(gid)) {
            reconcileSubtree(gid);
            refreshRow(gid);
            for (const QString &kid : childIds(find(gid)))
                refreshRow(kid);
        } else {
            reconcile(cid);
        }
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

LibvirtConnection *GuestModel::connectionByUri(const QString &uri) const
{
    for (const auto &c : m_connections) {
        if (c && c->uri() == uri)
            return c;
    }
    return nullptr;
}

GuestModel::Parsed GuestModel::parse(const QString &nodeId) const
{
    Parsed p;
    const QStringList parts = nodeId.split(kSep);
    const QString kindLetter = parts.value(0);
    if (kindLetter == QLatin1String("S") && parts.size() == 3) {
        const QString guestId = parts.at(1);
        for (int i = 0; i < m_assignments.size(); ++i) {
            if (m_assignments.at(i).guest == guestId && m_assignments.at(i).target() == parts.at(2))
                p.assignment = i;
        }
        if (guestId.endsWith(QLatin1String(".vmx"), Qt::CaseInsensitive)) {
            p.vmGuest = m_vmware ? m_vmware->guest(guestId) : nullptr;
            return p;
        }
        const qsizetype hash = guestId.indexOf(QLatin1Char('#'));
        for (const auto &c : m_connections) {
            if (c && hash > 0 && c->serves(guestId.left(hash))) {
                p.connection = c;
                p.guest = c->guest(guestId.mid(hash + 1));
            }
        }
        return p;
    }
    if (kindLetter == QLatin1String("V") || kindLetter == QLatin1String("W") || kindLetter == QLatin1String("X")
        || kindLetter == QLatin1String("A")) {
        p.vmware = true;
        if (!m_vmware || parts.size() < 2)
            return p;
        p.vmGuest = m_vmware->guest(parts.at(1));
        if (!p.vmGuest || parts.size() < 3)
            return p;
        for (int i = 0; i < p.vmGuest->controllers.size(); ++i) {
            if (kindLetter == QLatin1String("X") && p.vmGuest->controllers.at(i).model == parts.at(2))
                p.vmController = i;
        }
        for (int i = 0; i < p.vmGuest->rules.size(); ++i) {
            if (kindLetter == QLatin1String("A") && p.vmGuest->rules.at(i).key == parts.at(2))
                p.vmRule = i;
        }
        return p;
    }
    if (parts.size() < 2)
        return p;
    p.connection = connectionByUri(parts.at(1));
    if (!p.connection || parts.size() < 3)
        return p;
    p.guest = p.connection->guest(parts.at(2));
    if (!p.guest || parts.size() < 4)
        return p;
    const QString kind = parts.at(0);
    const QString key = parts.at(3);
    if (kind == QLatin1String("K")) {
        for (int i = 0; i < p.guest->usb.controllers.size(); ++i) {
            if (controllerKey(p.guest->usb.controllers.at(i), i) == key)
                p.controller = i;
        }
    } else if (kind == QLatin1String("H")) {
        p.hostdev = int(uniqueKeys(p.guest->hostdevEntries(), entryKey).indexOf(key));
    } else if (kind == QLatin1String("R")) {
        p.redirdev = int(uniqueKeys(p.guest->redirdevEntries(), redirEntryKey).indexOf(key));
    }
    return p;
}

QStringList GuestModel::deviceIdsUnder(const QString &guestNode, const GuestInfo &g, int controllerPos) const
{
    const QStringList parts = guestNode.split(kSep);
    QStringList out;
    const QList<HostdevEntry> entries = g.hostdevEntries();
    const QStringList hkeys = uniqueKeys(entries, entryKey);
    for (int i = 0; i < entries.size(); ++i) {
        if (controllerFor(g.usb, entries.at(i).def.guestAddress) == controllerPos)
            out.append(join({QStringLiteral("H"), parts.at(1), parts.at(2), hkeys.at(i)}));
    }
    const QList<RedirdevEntry> redirs = g.redirdevEntries();
    const QStringList rkeys = uniqueKeys(redirs, redirEntryKey);
    for (int i = 0; i < redirs.size(); ++i) {
        if (controllerFor(g.usb, redirs.at(i).def.guestAddress) == controllerPos)
            out.append(join({QStringLiteral("R"), parts.at(1), parts.at(2), rkeys.at(i)}));
    }
    return out;
}

QStringList GuestModel::childIds(const Node *node) const
{
    QStringList out;
    if (node == rootNode()) {
        for (const auto &c : m_connections) {
            if (c)
                out.append(connectionNodeId(c->uri()));
        }
        if (m_vmware)
            out.append(vmwareNodeId());
        return out;
    }
    const Parsed p = parse(node->id);
    if (p.vmware)
        return vmwareChildIds(node, p);
    switch (node->kind) {
    case ConnectionKind:
        if (p.connection) {
            for (const GuestInfo &g : p.connection->guests())
                out.append(guestNodeId(p.connection->uri(), g.name));
        }
        return out;
    case GuestKind: {
        if (!p.guest)
            return out;
        const QStringList parts = node->id.split(kSep);
        for (int i = 0; i < p.guest->usb.controllers.size(); ++i)
            out.append(join(
                {QStringLiteral("K"), parts.at(1), parts.at(2), controllerKey(p.guest->usb.controllers.at(i), i)}));
        // Devices no controller can be named for (no usable controller): directly under the guest.
        out += deviceIdsUnder(node->id, *p.guest, -1);
        out += assignmentIdsFor(p.guest->id());
        return out;
    }
    case ControllerKind:
        if (p.guest && p.controller >= 0) {
            const QStringList parts = node->id.split(kSep);
            return deviceIdsUnder(join({QStringLiteral("G"), parts.at(1), parts.at(2)}), *p.guest, p.controller);
        }
        return out;
    default:
        return out;
    }
}

int GuestModel::childKind(const Node *node, const QString &childId) const
{
    if (node == rootNode())
        return ConnectionKind;
    if (node->kind == ConnectionKind)
        return GuestKind;
    if (node->kind == GuestKind && childId.startsWith(QLatin1Char('S')))
        return AssignmentKind;
    if (node->kind == GuestKind && childId.startsWith(QLatin1Char('A')))
        return DeviceKind;
    return childId.startsWith(QLatin1Char('K')) || childId.startsWith(QLatin1Char('X')) ? ControllerKind : DeviceKind;
}

const GuestInfo *GuestModel::guestOf(const QModelIndex &index) const
{
    return index.isValid() ? parse(id(index)).guest : nullptr;
}

LibvirtConnection *GuestModel::connectionOf(const QModelIndex &index) const
{
    return index.isValid() ? parse(id(index)).connection : nullptr;
}

QStringList GuestModel::mimeTypes() const
{
    return {QStringLiteral("application/x-plugboard-usb-device"), QStringLiteral("application/x-plugboard-guest-usb")};
}

QMimeData *GuestModel::mimeData(const QModelIndexList &indexes) const
{
    QJsonArray entries;
    QSet<QString> seen;
    for (const QModelIndex &i : indexes) {
        if (!i.isValid() || kind(i) != DeviceKind || seen.contains(id(i)))
            continue;
        seen.insert(id(i));
        const Parsed p = parse(id(i));
        QJsonObject o;
        auto str = [](const QString &v) {
            return v.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(v);
        };
        if (p.guest && p.hostdev >= 0) {
            const HostdevDef h = p.guest->hostdevEntries().value(p.hostdev).def;
            o = {{QStringLiteral("guest"), p.guest->id()}, {QStringLiteral("kind"), QStringLiteral("hostdev")},
                {QStringLiteral("vid"), str(h.vendorId)}, {QStringLiteral("pid"), str(h.productId)},
                {QStringLiteral("bus"), h.bus ? QJsonValue(*h.bus) : QJsonValue(QJsonValue::Null)},
                {QStringLiteral("device"), h.device ? QJsonValue(*h.device) : QJsonValue(QJsonValue::Null)},
                {QStringLiteral("source"), QJsonValue(QJsonValue::Null)}};
        } else if (p.vmGuest && p.vmRule >= 0) {
            const vmware::AutoconnectRule &r = p.vmGuest->rules.at(p.vmRule);
            o = {{QStringLiteral("guest"), p.vmGuest->path}, {QStringLiteral("kind"), QStringLiteral("autoconnect")},
                {QStringLiteral("vid"), str(r.vendorId)}, {QStringLiteral("pid"), str(r.productId)},
                {QStringLiteral("bus"), QJsonValue(QJsonValue::Null)},
                {QStringLiteral("device"), QJsonValue(QJsonValue::Null)},
                {QStringLiteral("source"),
                    r.path.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(QStringLiteral("path:") + r.path)}};
        } else {
            continue; // redirection channels are not host devices
        }
        entries.append(o);
    }
    if (entries.isEmpty())
        return nullptr;
    auto *data = new QMimeData;
    data->setData(
        QStringLiteral("application/x-plugboard-guest-usb"), QJsonDocument(entries).toJson(QJsonDocument::Compact));
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
    if (!data || !parent.isValid()
        || (!data->hasFormat(QStringLiteral("application/x-plugboard-usb-device"))
            && !data->hasFormat(QStringLiteral("application/x-plugboard-guest-usb"))))
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
    if (!data->hasFormat(QStringLiteral("application/x-plugboard-usb-device"))) {
        Q_EMIT moveRequested(data->data(QStringLiteral("application/x-plugboard-guest-usb")), parent);
        return false;
    }
    QStringList ids;
    for (const QJsonValue &v :
        QJsonDocument::fromJson(data->data(QStringLiteral("application/x-plugboard-usb-device"))).array())
        ids.append(v.toString());
    // The drop only requests; rows change when the hypervisor confirms.
    Q_EMIT attachRequested(ids, parent);
    return false;
}

int GuestModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

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

QVariant GuestModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == NameColumn ? tr("Guest") : tr("State");
}

QVariant GuestModel::data(const QModelIndex &index, int role) const
{
    // Tool tips carry device and guest strings: shown as plain text, whatever they look like.
    return role == Qt::ToolTipRole ? plainToolTip(rawData(index, role)) : rawData(index, role);
}

QVariant GuestModel::rawData(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Node *n = nodeOf(index);
    const Parsed p = parse(n->id);
    const int col = index.column();
    switch (role) {
    case IdRole:
        return n->id;
    case KindRole:
        return n->kind;
    case ConnectionUriRole:
        return p.connection ? p.connection->uri() : QString();
    case GuestIdRole:
        return p.guest ? p.guest->id() : p.vmGuest ? p.vmGuest->path : QString();
    case GuestNameRole:
        return p.guest ? p.guest->name : QString();
    case RunningRole:
        return (p.guest && p.guest->isRunning()) || (p.vmGuest && p.vmGuest->running);
    case DeviceIndexRole:
        return p.hostdev >= 0 ? p.hostdev : p.redirdev >= 0 ? -1 - p.redirdev : 0;
    case AssignmentTargetRole:
        return p.assignment >= 0 ? m_assignments.at(p.assignment).target() : QString();
    case PendingRole:
        return n->kind == GuestKind ? m_pending.value(p.guest ? p.guest->id()
                       : p.vmGuest                            ? p.vmGuest->path
                                                              : QString())
                                    : QString();
    default:
        break;
    }
    if (n->kind == AssignmentKind)
        return assignmentData(p, col, role);
    if (n->kind == GuestKind && col == StateColumn && (role == Qt::DisplayRole || role == Qt::FontRole)) {
        // A request in flight: the row says what is asked until the hypervisor answers.
        const QString pending = m_pending.value(p.guest ? p.guest->id() : p.vmGuest ? p.vmGuest->path : QString());
        if (!pending.isEmpty()) {
            if (role == Qt::DisplayRole)
                return pending;
            QFont italic;
            italic.setItalic(true);
            return italic;
        }
    }
    if (p.vmware)
        return vmwareData(n, p, col, role);
    switch (n->kind) {
    case ConnectionKind: {
        if (!p.connection)
            return {};
        const bool down = p.connection->state() == ConnectionState::Disconnected;
        if (role == Qt::DisplayRole && col == NameColumn)
            return p.connection->uri();
        if (role == Qt::DisplayRole && col == StateColumn) {
            switch (p.connection->state()) {
            case ConnectionState::Connecting:
                return tr("connecting…");
            case ConnectionState::Connected:
                return tr("%n guest(s)", nullptr, int(p.connection->guests().size()));
            case ConnectionState::Disconnected:
                return tr("not connected");
            }
        }
        if (role == Qt::ToolTipRole)
            return p.connection->message().isEmpty() ? p.connection->canonicalUri() : p.connection->message();
        if (role == Qt::ForegroundRole && down)
            return dimmedBrush();
        if (role == Qt::DecorationRole && col == NameColumn)
            return DeviceIcons::controller();
        return {};
    }
    case GuestKind: {
        if (!p.guest)
            return {};
        if (role == Qt::DisplayRole)
            return col == NameColumn ? p.guest->name : stateText(p.guest->state);
        if (role == Qt::DecorationRole && col == NameColumn)
            return DeviceIcons::guest();
        if (role == Qt::ForegroundRole && !p.guest->isRunning())
            return dimmedBrush();
        if (role == Qt::ToolTipRole) {
            QString t = p.guest->id();
            if (!p.guest->usb.error.isEmpty())
                t += QLatin1Char('\n') + p.guest->usb.error;
            if (p.guest->usb.controllers.isEmpty())
                t += QLatin1Char('\n') + tr("This guest has no USB controller.");
            return t;
        }
        return {};
    }
    case ControllerKind: {
        if (!p.guest || p.controller < 0)
            return {};
        const UsbControllerDef &c = p.guest->usb.controllers.at(p.controller);
        if (role == Qt::DisplayRole && col == NameColumn)
            return controllerSummary(p.guest->usb, c);
        if (role == Qt::ForegroundRole && (c.isCompanion() || c.model == QLatin1String("none")))
            return dimmedBrush();
        return {};
    }
    case DeviceKind: {
        if (!p.guest)
            return {};
        if (p.hostdev >= 0) {
            const QList<HostdevEntry> entries = p.guest->hostdevEntries();
            if (p.hostdev >= entries.size())
                return {};
            const HostdevEntry &e = entries.at(p.hostdev);
            const HostdevDef &h = e.def;
            if (role == Qt::DisplayRole && col == NameColumn) {
                auto names = host::HardwareDatabase::instance().usb(h.vendorId, h.productId);
                // Unknown to the hardware database: the device's own name while it is plugged in.
                const host::UsbDevice *held
                    = names.model.isEmpty() && m_host && m_host->isLive() && e.live && isLocalUri(p.guest->uri)
                    ? heldDevice(h, m_host->topology())
                    : nullptr;
                if (held) {
                    names.model = held->displayName();
                    names.vendor
                        = names.model.startsWith(held->vendorDisplayName()) ? QString() : held->vendorDisplayName();
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
            const bool gone = asksGone && m_host && m_host->isLive() && isLocalUri(p.guest->uri)
                && libvirt::isGoneFromHost(e, m_host->topology());
            if (role == GoneFromHostRole)
                return gone;
            if (gone && role == Qt::DisplayRole)
                return tr("unplugged — still listed");
            if (gone && role == Qt::ToolTipRole)
                return tr("This device was unplugged from this computer while %1 held it. The guest still lists it "
                          "and will not get it back by itself. Remove the stale entry (right-click), then plug the "
                          "device in and attach it again; an assignment does that by itself.")
                    .arg(p.guest->name);
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
        if (p.redirdev >= 0) {
            const QList<RedirdevEntry> redirs = p.guest->redirdevEntries();
            if (p.redirdev >= redirs.size())
                return {};
            const RedirdevDef &r = redirs.at(p.redirdev).def;
            if (role == Qt::DisplayRole && col == StateColumn)
                return redirs.at(p.redirdev).live ? tr("connected") : tr("at next start");
            if (role == Qt::ForegroundRole && !redirs.at(p.redirdev).live)
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
    }
    }
    return {};
}

QStringList GuestModel::assignmentIdsFor(const QString &guestId) const
{
    QStringList out;
    for (const assign::Assignment &a : m_assignments) {
        if (a.guest == guestId)
            out.append(join({QStringLiteral("S"), guestId, a.target()}));
    }
    return out;
}

QVariant GuestModel::assignmentData(const Parsed &p, int col, int role) const
{
    if (p.assignment < 0)
        return {};
    const assign::Assignment &a = m_assignments.at(p.assignment);
    if (role == Qt::DisplayRole && col == NameColumn) {
        if (a.isPort())
            return tr("Always: whatever is plugged into %1").arg(a.port);
        const QStringList parts = a.device.split(QLatin1Char(':'));
        const auto names = host::HardwareDatabase::instance().usb(parts.value(0), parts.value(1));
        return names.model.isEmpty() ? tr("Always: %1").arg(a.device)
                                     : tr("Always: %1 %2 (%3)").arg(names.vendor, names.model, a.device);
    }
    if (role == Qt::DisplayRole && col == StateColumn)
        return a.persistent ? tr("assigned, persistent") : tr("assigned");
    if (role == Qt::ToolTipRole)
        return a.isVmware()
            ? tr("VMware connects it by itself whenever the VM runs (an automatic connection rule).")
            : tr("Attached whenever it is plugged in while the guest runs, and when the guest starts%1.")
                  .arg(a.persistent ? tr("; kept in the definition, optional at start") : QString());
    if (role == Qt::DecorationRole && col == NameColumn)
        return DeviceIcons::usedPort();
    return {};
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

QString GuestModel::guestNodeFor(const QString &guestId) const
{
    if (guestId.endsWith(QLatin1String(".vmx"), Qt::CaseInsensitive))
        return vmwareGuestNodeId(guestId);
    const qsizetype hash = guestId.indexOf(QLatin1Char('#'));
    if (hash <= 0)
        return {};
    for (const auto &c : m_connections) {
        if (c && c->serves(guestId.left(hash)))
            return guestNodeId(c->uri(), guestId.mid(hash + 1));
    }
    return {};
}

QModelIndex GuestModel::indexOfGuest(const QString &guestId) const
{
    const QString node = guestNodeFor(guestId);
    return node.isEmpty() ? QModelIndex() : indexOf(node);
}

void GuestModel::setPending(const QString &guestId, const QString &what)
{
    m_pending.insert(guestId, what);
    const QString node = guestNodeFor(guestId);
    if (find(node))
        refreshRow(node);
}

void GuestModel::clearPending(const QString &guestId)
{
    if (!m_pending.remove(guestId))
        return;
    const QString node = guestNodeFor(guestId);
    if (find(node))
        refreshRow(node);
}

QString GuestModel::dropRefusal(const QMimeData *data, const QModelIndex &target) const
{
    if (!data || !target.isValid())
        return {};
    const bool hostDevices = data->hasFormat(QStringLiteral("application/x-plugboard-usb-device"));
    const bool guestDevices = data->hasFormat(QStringLiteral("application/x-plugboard-guest-usb"));
    if (!hostDevices && !guestDevices)
        return {};
    const int k = kind(target);
    if (k != GuestKind && k != ControllerKind)
        return tr("Drop it on a guest.");
    const Parsed p = parse(id(target));
    if (p.vmGuest) {
        if (guestDevices)
            return tr("Only libvirt guests' devices can be moved; VMware connects its devices by itself.");
        if (p.vmGuest->running)
            return vmware::VmwareGuestFile::liveConnectExplanation(*p.vmGuest);
        if (!p.vmGuest->error.isEmpty())
            return p.vmGuest->error;
        if (p.vmGuest->controllers.isEmpty())
            return tr("%1 has no USB controller: enable one first (right-click the VM).").arg(p.vmGuest->displayName);
        return {};
    }
    if (!p.connection || !p.guest)
        return tr("Drop it on a guest.");
    if (p.connection->state() != ConnectionState::Connected)
        return tr("The connection %1 is down: %2").arg(p.connection->uri(), p.connection->message());
    // No controller in the XML is fine: QEMU guests get libvirt's default one. model='none' is not.
    if (p.guest->usb.usbDisabled())
        return tr("USB is disabled in %1 (<controller type='usb' model='none'/>): add a qemu-xhci controller to it "
                  "first.")
            .arg(p.guest->name);
    const QString host = QUrl(p.connection->canonicalUri()).host();
    if (!isLocalUri(p.connection->canonicalUri()))
        return tr("%1 runs on %2: a device of this computer cannot be a host device there. Share it over the network "
                  "instead (usbredirserver here, then \"Attach network USB…\" on the guest).")
            .arg(p.guest->name, host);
    if (guestDevices) {
        const QJsonArray entries
            = QJsonDocument::fromJson(data->data(QStringLiteral("application/x-plugboard-guest-usb"))).array();
        for (const QJsonValue &v : entries) {
            const QJsonObject o = v.toObject();
            if (o.value(QStringLiteral("kind")).toString() != QLatin1String("hostdev"))
                return tr("Only host devices given to a libvirt guest can be moved.");
            if (o.value(QStringLiteral("guest")).toString() == p.guest->id())
                return tr("It is already in %1.").arg(p.guest->name);
        }
    }
    return {};
}

} // namespace plugboard::ui
