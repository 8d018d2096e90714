// SPDX-License-Identifier: GPL-3.0-or-later
// The guest side of the window: connections, guests, their USB controllers and devices, with the
// Attach… / Detach / Make persistent actions.
#pragma once

#include "host/usbtypes.h"
#include "libvirt/libvirtconnection.h"
#include "vmware/vmwareguest.h"

#include <QWidget>

#include <functional>

class QMenu;
class QTreeView;

namespace plugboard::host {
class HostBackend;
}

namespace plugboard::ui {

class GuestModel;

class GuestPane : public QWidget
{
    Q_OBJECT
public:
    explicit GuestPane(QWidget *parent = nullptr);

    GuestModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    // The host tree the Attach… dialog offers devices from (not owned).
    void setHostBackend(host::HostBackend *backend) { m_host = backend; }

    // Requests, answered through operationFinished(); they also drive the context menu.
    void attachTo(
        libvirt::LibvirtConnection *c, const QString &guest, const QString &hostDeviceId, libvirt::AttachMode mode);
    void detachFrom(libvirt::LibvirtConnection *c, const QString &guest, const libvirt::HostdevSpec &spec,
        libvirt::AttachMode mode);
    // Host devices dropped on a guest row: pre-flight, then attach each (libvirt or VMware).
    void attachDropped(const QStringList &deviceIds, const QModelIndex &target);
    // Guest devices dropped on the host tree (DESIGN.md's guest-usb JSON): release each.
    void releaseDropped(const QByteArray &guestUsbJson);
    // VMware: an automatic connection rule while the VM is off; an explanation while it runs.
    void attachToVmware(const QString &vmxPath, const QString &hostDeviceId);

Q_SIGNALS:
    // A finished request: what it was, and the result in the user's words.
    void operationFinished(const QString &what, const plugboard::libvirt::OperationResult &result);
    // An attach the hypervisor refused (the wizard opens from it, preselected).
    void attachFailed(const QString &hostDeviceId, const QString &guestId, const QString &message);
    // The user asked to troubleshoot a device and/or guest.
    void diagnoseRequested(const QString &hostDeviceId, const QString &guestId);

private:
    void showMenu(const QPoint &pos);
    void chooseAndAttach(libvirt::LibvirtConnection *c, const libvirt::GuestInfo &g);
    void attachNetworkUsb(libvirt::LibvirtConnection *c, const libvirt::GuestInfo &g);
    void vmwareMenu(QMenu &menu, const QModelIndex &index);
    void reportVmware(const QString &what, const vmware::VmwareGuestFile::Result &r);
    QString pickHostDevice(const QString &guestName);
    // Before an attach: refuse hubs, and make sure mounted storage is unmounted safely first.
    bool preflight(const host::UsbDevice &device);
    // Reports the answer to request `op` as operationFinished(what, …), then calls `then`.
    void watch(libvirt::LibvirtConnection *c, quint64 op, const QString &what,
        std::function<void(const libvirt::OperationResult &)> then = {});

    GuestModel *m_model = nullptr;
    QTreeView *m_view = nullptr;
    host::HostBackend *m_host = nullptr;
};

} // namespace plugboard::ui
