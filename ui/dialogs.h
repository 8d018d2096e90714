// SPDX-License-Identifier: GPL-3.0-or-later
// Dialogs that never block: window-modal, opened with open() (never exec()), answering through a
// callback, so the window keeps painting and taking input while the user decides.
#pragma once

#include <QStringList>

#include <functional>

class QWidget;

namespace plugboard::attaching {
class Operation;
class Question;
} // namespace plugboard::attaching

namespace plugboard::ui {

// The AttachService's question as a message box; closed without a choice: the careful answer.
// The box closes when the operation ends elsewhere (cancelled from a menu).
void openQuestion(QWidget *parent, attaching::Operation *op, attaching::Question *question);
// One of `items` (its index), or nothing when cancelled.
void openChoice(QWidget *parent, const QString &title, const QString &label, const QStringList &items,
    std::function<void(int index)> chosen);
// A line of text, or nothing when cancelled.
void openText(QWidget *parent, const QString &title, const QString &label, const QString &initial,
    std::function<void(const QString &text)> entered);

} // namespace plugboard::ui
