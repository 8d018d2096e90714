// SPDX-License-Identifier: GPL-3.0-or-later
// A real drag with the X pointer (xdotool), for GUI tests under Xvfb. It runs as its own process
// while the test spins the event loop: QDrag::exec runs a nested loop that a blocking call would
// starve, so the whole gesture is one xdotool command chain started asynchronously.
#pragma once

#include <QAbstractItemView>
#include <QProcess>
#include <QStandardPaths>

#include <memory>

namespace plugboard::test {

inline bool haveXdotool()
{
    return !QStandardPaths::findExecutable(QStringLiteral("xdotool")).isEmpty();
}

// Screen position of the centre of `index`'s first-column cell.
inline QPoint centreOf(QAbstractItemView *view, const QModelIndex &index)
{
    view->scrollTo(index);
    const QRect r = view->visualRect(index);
    return view->viewport()->mapToGlobal(QPoint(r.left() + qMin(60, r.width() / 2), r.center().y()));
}

inline std::unique_ptr<QProcess> startDrag(QPoint from, QPoint to)
{
    auto n = [](int v) {
        return QString::number(v);
    };
    auto p = std::make_unique<QProcess>();
    p->start(QStringLiteral("xdotool"),
        {QStringLiteral("mousemove"), n(from.x()), n(from.y()), QStringLiteral("sleep"), QStringLiteral("0.3"),
            QStringLiteral("mousedown"), QStringLiteral("1"), QStringLiteral("sleep"), QStringLiteral("0.3"),
            QStringLiteral("mousemove"), n(from.x() + 12), n(from.y() + 6), QStringLiteral("sleep"),
            QStringLiteral("0.3"), QStringLiteral("mousemove"), n((from.x() + to.x()) / 2), n((from.y() + to.y()) / 2),
            QStringLiteral("sleep"), QStringLiteral("0.3"), QStringLiteral("mousemove"), n(to.x()), n(to.y()),
            QStringLiteral("sleep"), QStringLiteral("0.5"), QStringLiteral("mousemove"), n(to.x() + 2), n(to.y()),
            QStringLiteral("sleep"), QStringLiteral("0.5"), QStringLiteral("mouseup"), QStringLiteral("1")});
    return p;
}

// A click with the X pointer (button 1 left, 3 right) at `at`, started asynchronously like a drag:
// a context menu's own event loop must keep running while it happens.
inline std::unique_ptr<QProcess> startClick(QPoint at, int button)
{
    auto p = std::make_unique<QProcess>();
    p->start(QStringLiteral("xdotool"),
        {QStringLiteral("mousemove"), QString::number(at.x()), QString::number(at.y()), QStringLiteral("sleep"),
            QStringLiteral("0.3"), QStringLiteral("click"), QString::number(button)});
    return p;
}

} // namespace plugboard::test
