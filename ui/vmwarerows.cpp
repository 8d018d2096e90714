// SPDX-License-Identifier: GPL-3.0-or-later
#include "vmwarerows.h"

#include "deviceicons.h"
#include "guestmodel.h"
#include "host/hardwaredatabase.h"
#include "logging.h"

namespace plugboard::ui {

namespace {
const QChar kSep(0x1f); // ids only: never parsed

QString controllerName(const QString &model)
{
    return model == QLatin1String("xhci") ? QStringLiteral("USB 3")
        : model == QLatin1String("ehci")  ? QStringLiteral("USB 2")
                                          : QStringLiteral("USB 1.1");
}
} // namespace

QString VmwareRows::connectionId()
{
    return QStringLiteral("V");
}

QString VmwareRows::guestId(const QString &vmxPath)
{
    return QStringLiteral("W") + kSep + vmxPath;
}

const vmware::VmwareGuest *VmwareRows::guest(const GuestNode &node) const
{
    return m_source && node.guest.isVmware() ? m_source->guest(node.guest.vmxPath()) : nullptr;
}

QList<VmwareRows::Row> VmwareRows::children(const GuestNode *node) const
{
    QList<Row> out;
    if (!m_source)
        return out;
    if (!node || node->kind == GuestNode::Kind::Connection) {
        for (const vmware::VmwareGuest &g : m_source->guests()) {
            GuestNode n;
            n.kind = GuestNode::Kind::Guest;
            n.vmware = true;
            n.guest = g.ref();
            out.append({guestId(g.path), n});
        }
        return out;
    }
    const vmware::VmwareGuest *g = guest(*node);
    if (!g)
        return out;
    QList<Row> rules;
    for (int i = 0; i < g->rules.size(); ++i) {
        GuestNode n;
        n.kind = GuestNode::Kind::Device;
        n.vmware = true;
        n.guest = g->ref();
        n.device = GuestNode::Device::VmwareRule;
        n.key = g->rules.at(i).key;
        n.index = i;
        rules.append({QStringLiteral("A") + kSep + g->path + kSep + n.key, n});
    }
    if (node->kind == GuestNode::Kind::Guest) {
        for (int i = 0; i < g->controllers.size(); ++i) {
            GuestNode n;
            n.kind = GuestNode::Kind::Controller;
            n.vmware = true;
            n.guest = g->ref();
            n.controller = i;
            n.key = g->controllers.at(i).model;
            out.append({QStringLiteral("X") + kSep + g->path + kSep + n.key, n});
        }
        if (g->controllers.isEmpty())
            out += rules; // rules without a controller to hang off
        return out;
    }
    // Rules hang off the fastest controller, where VMware connects them.
    if (node->kind == GuestNode::Kind::Controller && node->controller == int(g->controllers.size()) - 1)
        return rules;
    return out;
}

QVariant VmwareRows::data(const GuestNode &node, int col, int role) const
{
    if (!m_source)
        return {};
    const bool name = col == GuestModel::NameColumn;
    switch (node.kind) {
    case GuestNode::Kind::Connection:
        if (role == Qt::DisplayRole) {
            if (name)
                return tr("VMware Workstation");
            QString text = tr("%n guest(s)", nullptr, int(m_source->guests().size()));
            // Without the arbitrator VMware sees no USB device at all (catalog: vmw-arbitrator-down).
            if (!m_source->guests().isEmpty() && !m_source->hostState().arbitratorRunning)
                text += QStringLiteral(", ") + tr("USB arbitrator not running");
            return text;
        }
        if (role == Qt::ToolTipRole)
            return m_source->hostState().summary();
        if (role == Qt::DecorationRole && name)
            return DeviceIcons::controller();
        return {};
    case GuestNode::Kind::Guest: {
        const vmware::VmwareGuest *g = guest(node);
        if (!g)
            return {};
        if (role == Qt::DisplayRole)
            return name ? g->displayName
                        : (g->error.isEmpty() ? GuestModel::stateText(g->state())
                                : g->missing  ? tr("missing")
                                              : tr("unreadable"));
        if (role == Qt::DecorationRole && name)
            return DeviceIcons::guest();
        if (role == Qt::ForegroundRole && (!g->running || !g->error.isEmpty()))
            return GuestModel::dimmed();
        if (role == Qt::ToolTipRole)
            return g->error.isEmpty()
                ? g->path + (g->running ? QLatin1Char('\n') + tr("Running: %1").arg(g->runningWhy) : QString())
                : g->error;
        return {};
    }
    case GuestNode::Kind::Controller: {
        const vmware::VmwareGuest *g = guest(node);
        if (!g)
            return {};
        PB_CHECK(lcUi, node.controller >= 0 && node.controller < g->controllers.size(), return {});
        const vmware::VmwareUsbController &c = g->controllers.at(node.controller);
        if (role == Qt::DisplayRole && name)
            return tr("%1 (%2, %n port(s))", nullptr, c.ports).arg(controllerName(c.model), c.model.toUpper());
        return {};
    }
    case GuestNode::Kind::Device: {
        const vmware::VmwareGuest *g = guest(node);
        if (!g)
            return {};
        int i = node.index;
        if (i < 0 || i >= g->rules.size() || g->rules.at(i).key != node.key) {
            // The VM was re-read between the reconcile and this paint: find the rule by its key.
            i = -1;
            for (int k = 0; k < g->rules.size(); ++k) {
                if (g->rules.at(k).key == node.key)
                    i = k;
            }
            if (i < 0)
                return {};
        }
        const vmware::AutoconnectRule &r = g->rules.at(i);
        if (role == Qt::DisplayRole && name) {
            if (!r.vendorId.isEmpty()) {
                const auto names = host::HardwareDatabase::instance().usb(r.vendorId, r.productId);
                QString text = tr("Connects %1:%2 automatically").arg(r.vendorId, r.productId);
                if (!names.model.isEmpty())
                    text += QStringLiteral(" — ") + names.vendor + QLatin1Char(' ') + names.model;
                return text;
            }
            return tr("Connects host port %1 automatically").arg(r.path.isEmpty() ? r.pattern : r.path);
        }
        if (role == Qt::DisplayRole && col == GuestModel::StateColumn)
            return tr("rule");
        if (role == Qt::ToolTipRole)
            return QString(r.key + QStringLiteral(" = ") + r.pattern);
        if (role == Qt::DecorationRole && name)
            return DeviceIcons::usedPort();
        return {};
    }
    case GuestNode::Kind::Assignment:
        break;
    }
    return {};
}

} // namespace plugboard::ui
