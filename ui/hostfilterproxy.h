// SPDX-License-Identifier: GPL-3.0-or-later
// Filters the host tree by text and hides empty ports on request; parents of matches stay visible.
#pragma once

#include <QSortFilterProxyModel>

namespace plugboard::ui {

class HostFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit HostFilterProxy(QObject *parent = nullptr);

    void setShowEmptyPorts(bool show);
    bool showEmptyPorts() const { return m_showEmpty; }
    void setFilterText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool m_showEmpty = true;
    QString m_text;
};

} // namespace plugboard::ui
