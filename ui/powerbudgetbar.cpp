// SPDX-License-Identifier: GPL-3.0-or-later
// PowerBudgetBar: green under 80 %, amber up to 100 %, red over budget.
#include "powerbudgetbar.h"

#include <QPainter>

namespace plugboard::ui {

PowerBudgetBar::PowerBudgetBar(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void PowerBudgetBar::setBudget(const host::PowerBudget &budget)
{
    m_budget = budget;
    setToolTip(text());
    setAccessibleDescription(text());
    update();
}

QString PowerBudgetBar::text() const
{
    if (!m_budget.known)
        return tr("Power budget unknown");
    QString s = tr("%1 mA requested of %2 mA available on %n port(s)", nullptr, m_budget.ports)
                    .arg(m_budget.requestedMa)
                    .arg(m_budget.availableMa);
    if (m_budget.busPowered)
        s += QLatin1Char(' ') + tr("(bus-powered hub: 100 mA per port)");
    if (m_budget.isOver())
        s += QLatin1Char(' ') + tr("— over budget: devices may fail to configure; use a self-powered hub.");
    return s;
}

QSize PowerBudgetBar::sizeHint() const
{
    return {240, fontMetrics().height() * 2 + 8};
}

QSize PowerBudgetBar::minimumSizeHint() const
{
    return {80, fontMetrics().height() * 2 + 8};
}

void PowerBudgetBar::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const int barH = fontMetrics().height();
    const QRectF bar(0.5, 0.5, width() - 1.0, barH);
    p.setPen(palette().color(QPalette::Mid));
    p.setBrush(palette().color(QPalette::Base));
    p.drawRoundedRect(bar, 3, 3);
    if (m_budget.known && m_budget.availableMa > 0) {
        const double ratio = double(m_budget.requestedMa) / m_budget.availableMa;
        QColor fill = ratio > 1.0 ? QColor(0xd3, 0x2f, 0x2f)
            : ratio > 0.8         ? QColor(0xf5, 0x9e, 0x0b)
                                  : QColor(0x2e, 0x9d, 0x57);
        QRectF used = bar.adjusted(1, 1, -1, -1);
        used.setWidth(used.width() * qMin(ratio, 1.0));
        p.setPen(Qt::NoPen);
        p.setBrush(fill);
        p.drawRoundedRect(used, 2, 2);
    }
    p.setPen(palette().color(QPalette::Text));
    const QString label
        = m_budget.known ? tr("%1 / %2 mA").arg(m_budget.requestedMa).arg(m_budget.availableMa) : tr("unknown");
    p.drawText(bar, Qt::AlignCenter, label);
}

} // namespace plugboard::ui
