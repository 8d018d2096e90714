// SPDX-License-Identifier: GPL-3.0-or-later
// HostFilterProxy: recursive filtering keeps the path from a controller to every match.
#include "hostfilterproxy.h"

#include "hostusbmodel.h"

namespace plugboard::ui {

HostFilterProxy::HostFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
    setDynamicSortFilter(true);
}

void HostFilterProxy::setShowEmptyPorts(bool show)
{
    if (show == m_showEmpty)
        return;
    m_showEmpty = show;
    invalidateRowsFilter();
}

void HostFilterProxy::setFilterText(const QString &text)
{
    const QString t = text.trimmed();
    if (t == m_text)
        return;
    m_text = t;
    invalidateRowsFilter();
}

bool HostFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex idx = sourceModel()->index(sourceRow, 0, sourceParent);
    const bool emptyPort = idx.data(HostUsbModel::EmptyPortRole).toBool();
    if (emptyPort && !m_showEmpty)
        return false;
    if (m_text.isEmpty())
        return true;
    // Ports are structure, not things a user searches for by name: they show when what is behind them matches.
    if (idx.data(HostUsbModel::KindRole).toInt() == HostUsbModel::PortKind)
        return false;
    const QStringList words = m_text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const QString hay = idx.data(HostUsbModel::SearchTextRole).toString();
    for (const QString &w : words) {
        if (!hay.contains(w, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

} // namespace plugboard::ui
