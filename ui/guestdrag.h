// SPDX-License-Identifier: GPL-3.0-or-later
// Drag and drop on the guest tree (docs/architecture.md): what a guest's devices carry when they
// are dragged away (application/x-plugboard-guest-usb), and why a drop cannot go where it points.
#pragma once

#include <QModelIndexList>
#include <QString>

class QMimeData;

namespace plugboard::ui {

class GuestModel;

namespace guestdrag {
QString hostDevicesMime(); // application/x-plugboard-usb-device: host device ids (JSON array)
QString guestDevicesMime(); // application/x-plugboard-guest-usb: guest entries (JSON array)
// The guest-usb JSON of the device rows among `indexes`; null when there is none.
QMimeData *mimeData(const GuestModel &model, const QModelIndexList &indexes);
// Why `data` cannot be dropped on `target`, in the user's words; empty when it can.
QString refusal(const GuestModel &model, const QMimeData *data, const QModelIndex &target);
} // namespace guestdrag

} // namespace plugboard::ui
