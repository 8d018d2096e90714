// SPDX-License-Identifier: GPL-3.0-or-later
// A bar showing the bMaxPower the children of a hub ask for against what the hub can supply.
#pragma once

#include "host/powerbudget.h"

#include <QWidget>

namespace plugboard::ui {

class PowerBudgetBar : public QWidget
{
    Q_OBJECT
public:
    explicit PowerBudgetBar(QWidget *parent = nullptr);
    void setBudget(const host::PowerBudget &budget);
    host::PowerBudget budget() const { return m_budget; }
    QString text() const;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    host::PowerBudget m_budget;
};

} // namespace plugboard::ui
