// SPDX-License-Identifier: GPL-3.0-or-later
// LibvirtRows: ids from the URI, the guest's name and a key of the controller or device, so a
// re-read guest keeps its rows and only what changed moves.
#include "libvirtrows.h"

#include "deviceicons.h"
#include "guestmodel.h"
#include "host/hardwaredatabase.h"
#include "libvirt/guestdirectory.h"
#include "libvirt/guestformat.h"
#include "logging.h"

#include <QBrush>
#include <QFont>

namespace plugboard::ui {

using namespace plugboard::libvirt;

namespace {
const QChar kSep(0x1f); // ids only: never parsed

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

QString LibvirtRows::connectionId(const QString &uri)
{
    return join({QStringLiteral("C"), uri});
}

QString LibvirtRows::guestId(const QString &uri, const QString &name)
{
    return join({QStringLiteral("G"), uri, name});
}

LibvirtRows::Row LibvirtRows::connectionRow(LibvirtConnection *c)
{
    GuestNode n;
    n.kind = GuestNode::Kind::Connection;
    n.connection = c;
    return {connectionId(c->uri()), n};
}

QList<LibvirtRows::Row> LibvirtRows::children(const GuestNode &p) const
{
    QList<Row> out;
    LibvirtConnection *c = p.connection;
    if (!c)
        return out;
    switch (p.kind) {
    case GuestNode::Kind::Connection:
        for (const GuestInfo &g : c->guests()) {
            GuestNode n;
            n.kind = GuestNode::Kind::Guest;
            n.connection = c;
            n.guest = g.ref();
            out.append({guestId(c->uri(), g.name), n});
        }
        return out;
    case GuestNode::Kind::Guest: {
        const GuestInfo *g = c->guest(p.guest.name());
        if (!g)
            return out;
        for (int i = 0; i < g->usb.controllers.size(); ++i) {
            GuestNode n = p;
            n.kind = GuestNode::Kind::Controller;
            n.controller = i;
            n.key = controllerKey(g->usb.controllers.at(i), i);
            out.append({join({QStringLiteral("K"), c->uri(), g->name, n.key}), n});
        }
        // Devices no controller can be named for (no usable controller): directly under the guest.
        return out + deviceRows(p, *g, -1);
    }
    case GuestNode::Kind::Controller: {
        const GuestInfo *g = c->guest(p.guest.name());
        return g ? deviceRows(p, *g, p.controller) : out;
    }
    case GuestNode::Kind::Device:
    case GuestNode::Kind::Assignment:
        break;
    }
    return out;
}

QList<LibvirtRows::Row> LibvirtRows::deviceRows(const GuestNode &parent, const GuestInfo &g, int controller) const
{
    const QString uri = parent.connection ? parent.connection->uri() : g.uri;
    // One row per entry on `controller`, keyed by what it is (an ordinal tells twins apart).
    auto rows = [&](const auto &entries, auto key, GuestNode::Device device, const QString &tag) {
        QList<Row> out;
        const QStringList keys = uniqueKeys(entries, key);
        for (int i = 0; i < entries.size(); ++i) {
            if (controllerFor(g.usb, entries.at(i).def.guestAddress) != controller)
                continue;
            GuestNode n = parent;
            n.kind = GuestNode::Kind::Device;
            n.device = device;
            n.key = keys.at(i);
            n.index = i;
            out.append({join({tag, uri, g.name, n.key}), n});
        }
        return out;
    };
    return rows(g.hostdevEntries(), hostdevKey, GuestNode::Device::Hostdev, QStringLiteral("H"))
        + rows(g.redirdevEntries(), redirKey, GuestNode::Device::Redirdev, QStringLiteral("R"));
}

std::optional<HostdevEntry> LibvirtRows::hostdev(const GuestNode &n) const
{
    const GuestInfo *g = n.connection && n.guest.isLibvirt() ? n.connection->guest(n.guest.name()) : nullptr;
    if (!g || n.device != GuestNode::Device::Hostdev)
        return std::nullopt;
    return entryAt(g->hostdevEntries(), n, hostdevKey);
}

bool LibvirtRows::isGoneFromHost(const GuestNode &n) const
{
    const auto e = hostdev(n);
    return e && m_host && m_host->isLive() && isLocalUri(n.guest.uri())
        && libvirt::isGoneFromHost(*e, m_host->topology());
}

QVariant LibvirtRows::data(const GuestNode &n, int col, int role) const
{
    LibvirtConnection *c = n.connection;
    if (!c)
        return {};
    if (n.kind == GuestNode::Kind::Connection) {
        if (role == Qt::DisplayRole && col == GuestModel::NameColumn)
            return c->uri();
        if (role == Qt::DisplayRole && col == GuestModel::StateColumn) {
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
            return GuestModel::dimmed();
        if (role == Qt::DecorationRole && col == GuestModel::NameColumn)
            return DeviceIcons::controller();
        return {};
    }
    const GuestInfo *g = c->guest(n.guest.name());
    if (!g)
        return {};
    switch (n.kind) {
    case GuestNode::Kind::Guest:
        if (role == Qt::DisplayRole)
            return col == GuestModel::NameColumn ? g->name : GuestModel::stateText(g->state);
        if (role == Qt::DecorationRole && col == GuestModel::NameColumn)
            return DeviceIcons::guest();
        if (role == Qt::ForegroundRole && !g->isRunning())
            return GuestModel::dimmed();
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
        if (role == Qt::DisplayRole && col == GuestModel::NameColumn)
            return controllerSummary(g->usb, ctl);
        if (role == Qt::ForegroundRole && (ctl.isCompanion() || ctl.model == QLatin1String("none")))
            return GuestModel::dimmed();
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
            if (role == Qt::DisplayRole && col == GuestModel::StateColumn)
                return e->live ? tr("connected") : tr("at next start");
            if (role == Qt::ForegroundRole && !e->live)
                return GuestModel::dimmed();
            if (role == Qt::DisplayRole && col == GuestModel::NameColumn) {
                if (r.type == QLatin1String("tcp"))
                    return tr("Network USB from %1").arg(r.source());
                if (r.type == QLatin1String("spicevmc"))
                    return tr("SPICE USB redirection channel");
                return tr("Redirected USB (%1) %2").arg(r.type, r.source());
            }
            if (role == Qt::DecorationRole && col == GuestModel::NameColumn)
                return DeviceIcons::forCategory(host::DeviceCategory::Network);
        }
        return {};
    case GuestNode::Kind::Connection:
    case GuestNode::Kind::Assignment:
        break;
    }
    return {};
}

QVariant LibvirtRows::hostdevData(const GuestNode &n, const GuestInfo &g, int col, int role) const
{
    const auto found = entryAt(g.hostdevEntries(), n, hostdevKey);
    if (!found)
        return {};
    const HostdevEntry &e = *found;
    const HostdevDef &h = e.def;
    const bool live = m_host && m_host->isLive() && isLocalUri(g.uri);
    if (role == Qt::DisplayRole && col == GuestModel::NameColumn) {
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
    const bool asksGone = role == GuestModel::GoneFromHostRole || role == Qt::ToolTipRole || role == Qt::ForegroundRole
        || (role == Qt::DisplayRole && col == GuestModel::StateColumn);
    const bool gone = asksGone && live && libvirt::isGoneFromHost(e, m_host->topology());
    if (role == GuestModel::GoneFromHostRole)
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
    if (role == Qt::DisplayRole && col == GuestModel::StateColumn) {
        if (e.live && e.persistent)
            return tr("attached, persistent");
        if (e.live)
            return tr("attached (until shutdown)");
        return tr("at next start");
    }
    if (role == Qt::ForegroundRole && !e.live)
        return GuestModel::dimmed();
    if (role == Qt::DecorationRole && col == GuestModel::NameColumn)
        return DeviceIcons::usedPort();
    return {};
}

} // namespace plugboard::ui
