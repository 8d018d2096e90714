// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs.h"

#include "attach/attachservice.h"

#include <QCoreApplication>
#include <QHash>
#include <QInputDialog>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>

namespace plugboard::ui {

using attaching::Operation;
using attaching::Question;

namespace {
// The buttons are the guest pane's words (lupdate records them under GuestPane).
class DialogText
{
    Q_DECLARE_TR_FUNCTIONS(plugboard::ui::GuestPane)
};

QInputDialog *inputDialog(QWidget *parent, const QString &title, const QString &label)
{
    auto *dialog = new QInputDialog(parent);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(title);
    dialog->setLabelText(label);
    return dialog;
}
} // namespace

void openQuestion(QWidget *parent, Operation *op, Question *q)
{
    const QMessageBox::Icon icon
        = q->kind() == Question::Kind::SlowController || q->kind() == Question::Kind::InputDevice ? QMessageBox::Warning
        : q->kind() == Question::Kind::Information ? QMessageBox::Information
                                                   : QMessageBox::Question;
    auto *box = new QMessageBox(icon, q->title(), q->text(), QMessageBox::NoButton, parent);
    box->setWindowModality(Qt::WindowModal);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QHash<QAbstractButton *, Question::Choice> choices;
    for (const Question::Choice c : q->choices()) {
        QAbstractButton *b = nullptr;
        switch (c) {
        case Question::Choice::Yes:
            b = box->addButton(QMessageBox::Yes);
            break;
        case Question::Choice::No:
            b = box->addButton(QMessageBox::No);
            break;
        case Question::Choice::Cancel:
            b = box->addButton(QMessageBox::Cancel);
            break;
        case Question::Choice::Ok:
            b = box->addButton(QMessageBox::Ok);
            break;
        case Question::Choice::SwitchController:
            b = box->addButton(DialogText::tr("Switch to &qemu-xhci (next start)"), QMessageBox::AcceptRole);
            break;
        case Question::Choice::AttachAnyway:
            b = box->addButton(DialogText::tr("Attach &anyway"), QMessageBox::DestructiveRole);
            break;
        }
        choices.insert(b, c);
        if (c == q->defaultChoice())
            box->setDefaultButton(qobject_cast<QPushButton *>(b));
    }
    QPointer<Question> question(q);
    QObject::connect(box, &QMessageBox::buttonClicked, q, [question, choices](QAbstractButton *b) {
        if (question)
            question->answer(choices.value(b, Question::Choice::Cancel));
    });
    QObject::connect(box, &QObject::destroyed, q, [question] {
        if (question && !question->isAnswered())
            question->answer(question->choices().contains(Question::Choice::Cancel) ? Question::Choice::Cancel
                                                                                    : question->defaultChoice());
    });
    QObject::connect(op, &Operation::finished, box, &QWidget::close);
    box->open();
}

void openChoice(QWidget *parent, const QString &title, const QString &label, const QStringList &items,
    std::function<void(int index)> chosen)
{
    QInputDialog *dialog = inputDialog(parent, title, label);
    dialog->setComboBoxItems(items);
    dialog->setComboBoxEditable(false);
    QObject::connect(dialog, &QInputDialog::textValueSelected, dialog, [items, chosen](const QString &picked) {
        if (const int i = int(items.indexOf(picked)); i >= 0)
            chosen(i);
    });
    dialog->open();
}

void openText(QWidget *parent, const QString &title, const QString &label, const QString &initial,
    std::function<void(const QString &text)> entered)
{
    QInputDialog *dialog = inputDialog(parent, title, label);
    dialog->setTextValue(initial);
    QObject::connect(dialog, &QInputDialog::textValueSelected, dialog, entered);
    dialog->open();
}

} // namespace plugboard::ui
