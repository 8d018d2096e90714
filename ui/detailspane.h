// SPDX-License-Identifier: GPL-3.0-or-later
// Everything known about the selected controller, port or device: attributes, interfaces and
// endpoints, storage and mounts, and the power budget of hubs.
#pragma once

#include "host/hosttopology.h"

#include <QWidget>

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace plugboard::ui {

class PowerBudgetBar;

class DetailsPane : public QWidget
{
    Q_OBJECT
public:
    explicit DetailsPane(QWidget *parent = nullptr);

    // `topology` must stay valid while shown; call refresh() after it changes.
    void showItem(const host::HostTopology *topology, const QString &id);
    void refresh();
    QString shownId() const { return m_id; }
    QTreeWidget *propertyTree() const { return m_tree; }

private:
    void showController(const host::UsbController &c);
    // `half`: "USB 2 half" or "USB 3 half" when the row is a socket or hub of two kernel objects.
    void showPort(const host::UsbPort &p, const QString &half = {});
    void showDevice(const host::UsbDevice &d, const QString &half = {});
    QTreeWidgetItem *section(const QString &title);
    void add(QTreeWidgetItem *parent, const QString &name, const QString &value);

    const host::HostTopology *m_topology = nullptr;
    QString m_id;
    QLabel *m_title = nullptr;
    QLabel *m_powerLabel = nullptr;
    PowerBudgetBar *m_power = nullptr;
    QTreeWidget *m_tree = nullptr;
};

} // namespace plugboard::ui
