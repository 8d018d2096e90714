// SPDX-License-Identifier: GPL-3.0-or-later
// The VMware part of the guest tree: one "VMware Workstation" connection row, its VMs, their USB
// controllers and automatic connection rules, from a VmwareSource. GuestModel asks it for the
// children and the data of VMware rows.
#pragma once

#include "guestnode.h"
#include "vmware/vmwaresource.h"

#include <QCoreApplication>
#include <QPointer>
#include <QVariant>

namespace plugboard::ui {

class VmwareRows
{
    Q_DECLARE_TR_FUNCTIONS(plugboard::ui::GuestModel)
public:
    void setSource(vmware::VmwareSource *source) { m_source = source; }
    vmware::VmwareSource *source() const { return m_source; }

    static QString connectionId();
    static QString guestId(const QString &vmxPath);

    // Children of a VMware row (`node` null: the connection row itself), as (id, payload); the
    // assignments under a VM are added by the model.
    struct Row
    {
        QString id;
        GuestNode node;
    };
    QList<Row> children(const GuestNode *node) const;
    const vmware::VmwareGuest *guest(const GuestNode &node) const;
    QVariant data(const GuestNode &node, int column, int role) const;

private:
    QPointer<vmware::VmwareSource> m_source;
};

} // namespace plugboard::ui
