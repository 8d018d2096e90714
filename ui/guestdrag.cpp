// SPDX-License-Identifier: GPL-3.0-or-later
#include "guestdrag.h"

#include "guestmodel.h"
#include "libvirt/guestdirectory.h"
#include "vmware/vmwareguest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeData>
#include <QUrl>

namespace plugboard::ui::guestdrag {

using namespace plugboard::libvirt;

namespace {
// The sentences are the guest tree's (lupdate records them under GuestModel).
class DragText
{
    Q_DECLARE_TR_FUNCTIONS(plugboard::ui::GuestModel)
};
} // namespace

QString hostDevicesMime()
{
    return QStringLiteral("application/x-plugboard-usb-device");
}

QString guestDevicesMime()
{
    return QStringLiteral("application/x-plugboard-guest-usb");
}

QMimeData *mimeData(const GuestModel &model, const QModelIndexList &indexes)
{
    QJsonArray entries;
    QSet<QString> seen;
    auto str = [](const QString &v) {
        return v.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(v);
    };
    for (const QModelIndex &i : indexes) {
        if (!i.isValid() || model.kind(i) != GuestModel::DeviceKind || seen.contains(model.id(i)))
            continue;
        seen.insert(model.id(i));
        QJsonObject o;
        if (const auto e = model.hostdevOf(i)) {
            const HostdevDef &h = e->def;
            o = {{QStringLiteral("guest"), model.guestRefOf(i).toString()},
                {QStringLiteral("kind"), QStringLiteral("hostdev")}, {QStringLiteral("vid"), str(h.vendorId)},
                {QStringLiteral("pid"), str(h.productId)},
                {QStringLiteral("bus"), h.bus ? QJsonValue(*h.bus) : QJsonValue(QJsonValue::Null)},
                {QStringLiteral("device"), h.device ? QJsonValue(*h.device) : QJsonValue(QJsonValue::Null)},
                {QStringLiteral("source"), QJsonValue(QJsonValue::Null)}};
        } else if (const vmware::AutoconnectRule *r = model.vmwareRuleOf(i)) {
            o = {{QStringLiteral("guest"), model.guestRefOf(i).toString()},
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
    data->setData(guestDevicesMime(), QJsonDocument(entries).toJson(QJsonDocument::Compact));
    return data;
}

QString refusal(const GuestModel &model, const QMimeData *data, const QModelIndex &target)
{
    if (!data || !target.isValid())
        return {};
    const bool hostDevices = data->hasFormat(hostDevicesMime());
    const bool guestDevices = data->hasFormat(guestDevicesMime());
    if (!hostDevices && !guestDevices)
        return {};
    const int k = model.kind(target);
    if (k != GuestModel::GuestKind && k != GuestModel::ControllerKind)
        return DragText::tr("Drop it on a guest.");
    if (const vmware::VmwareGuest *vm = model.vmwareGuestOf(target)) {
        if (guestDevices)
            return DragText::tr("Only libvirt guests' devices can be moved; VMware connects its devices by itself.");
        if (vm->running)
            return vmware::VmwareGuestFile::liveConnectExplanation(*vm);
        if (!vm->error.isEmpty())
            return vm->error;
        if (vm->controllers.isEmpty())
            return DragText::tr("%1 has no USB controller: enable one first (right-click the VM).")
                .arg(vm->displayName);
        return {};
    }
    LibvirtConnection *c = model.connectionOf(target);
    const GuestInfo *g = model.guestOf(target);
    if (!c || !g)
        return DragText::tr("Drop it on a guest.");
    if (c->state() != ConnectionState::Connected)
        return DragText::tr("The connection %1 is down: %2").arg(c->uri(), c->message());
    // No controller in the XML is fine: QEMU guests get libvirt's default one. model='none' is not.
    if (g->usb.usbDisabled())
        return DragText::tr(
            "USB is disabled in %1 (<controller type='usb' model='none'/>): add a qemu-xhci controller to it "
            "first.")
            .arg(g->name);
    if (!isLocalUri(c->canonicalUri()))
        return DragText::tr(
            "%1 runs on %2: a device of this computer cannot be a host device there. Share it over the network "
            "instead (usbredirserver here, then \"Attach network USB…\" on the guest).")
            .arg(g->name, QUrl(c->canonicalUri()).host());
    if (guestDevices) {
        for (const QJsonValue &v : QJsonDocument::fromJson(data->data(guestDevicesMime())).array()) {
            const QJsonObject o = v.toObject();
            if (o.value(QStringLiteral("kind")).toString() != QLatin1String("hostdev"))
                return DragText::tr("Only host devices given to a libvirt guest can be moved.");
            if (GuestRef::parse(o.value(QStringLiteral("guest")).toString()) == g->ref())
                return DragText::tr("It is already in %1.").arg(g->name);
        }
    }
    return {};
}

} // namespace plugboard::ui::guestdrag
