// SPDX-License-Identifier: GPL-3.0-or-later
// The libvirt part of the guest tree: a connection's guests, their USB controllers and the host
// and redirected devices on each, from a LibvirtConnection. GuestModel asks it for the children
// and the data of libvirt rows (as it asks VmwareRows for VMware's).
#pragma once

#include "guestnode.h"
#include "host/hostbackend.h"

#include <QCoreApplication>
#include <QPointer>
#include <QVariant>

#include <optional>

namespace plugboard::ui {

class LibvirtRows
{
    Q_DECLARE_TR_FUNCTIONS(plugboard::ui::GuestModel)
public:
    // This computer's live USB tree: the names of held devices, and devices pulled while held.
    void setHostBackend(host::HostBackend *backend) { m_host = backend; }

    static QString connectionId(const QString &uri);
    static QString guestId(const QString &uri, const QString &name);

    struct Row
    {
        QString id;
        GuestNode node;
    };
    static Row connectionRow(libvirt::LibvirtConnection *connection);
    // A connection's guests; a guest's controllers and the devices no controller can be named
    // for; a controller's devices. Assignments are the model's.
    QList<Row> children(const GuestNode &node) const;
    QVariant data(const GuestNode &node, int column, int role) const;
    // The host device entry a row means (found by its key when the guest was re-read since).
    std::optional<libvirt::HostdevEntry> hostdev(const GuestNode &node) const;
    bool isGoneFromHost(const GuestNode &node) const;

private:
    QList<Row> deviceRows(const GuestNode &parent, const libvirt::GuestInfo &g, int controller) const;
    QVariant hostdevData(const GuestNode &node, const libvirt::GuestInfo &g, int column, int role) const;
    QPointer<host::HostBackend> m_host;
};

} // namespace plugboard::ui
