// SPDX-License-Identifier: GPL-3.0-or-later
#include "findingcard.h"

#include "diagnostics/fixrunner.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace plugboard::ui {

using namespace plugboard::diagnostics;

namespace {
QColor severityColour(Severity s)
{
    switch (s) {
    case Severity::Critical:
        return QColor(0xc0, 0x39, 0x2b);
    case Severity::High:
        return QColor(0xd3, 0x54, 0x00);
    case Severity::Medium:
        return QColor(0xb7, 0x95, 0x0b);
    case Severity::Low:
        break;
    }
    return QColor(0x2e, 0x86, 0xc1);
}

QIcon severityIcon(Severity s)
{
    const QStyle::StandardPixmap p = s == Severity::Critical ? QStyle::SP_MessageBoxCritical
        : s == Severity::High                                ? QStyle::SP_MessageBoxWarning
                                                             : QStyle::SP_MessageBoxInformation;
    return QApplication::style()->standardIcon(p);
}

QLabel *wrapped(const QString &text, QWidget *parent)
{
    auto *l = new QLabel(text, parent);
    l->setWordWrap(true);
    l->setTextFormat(Qt::PlainText); // titles and evidence carry device strings
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return l;
}

} // namespace

// A "▸ Evidence (3)" button that shows and hides `body`.
QToolButton *FindingCard::folder(const QString &text, QWidget *body, QWidget *parent)
{
    auto *b = new QToolButton(parent);
    b->setText(text);
    b->setAccessibleName(text);
    b->setCheckable(true);
    b->setAutoRaise(true);
    b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    b->setArrowType(Qt::RightArrow);
    body->setVisible(false);
    QObject::connect(b, &QToolButton::toggled, body, [b, body](bool open) {
        body->setVisible(open);
        b->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
    });
    return b;
}

QString FindingCard::severityWords(Severity s)
{
    switch (s) {
    case Severity::Critical:
        return tr("Critical");
    case Severity::High:
        return tr("High");
    case Severity::Medium:
        return tr("Medium");
    case Severity::Low:
        break;
    }
    return tr("Low");
}

QString FindingCard::strengthWords(Evidence e)
{
    switch (e) {
    case Evidence::Message:
        return tr("the kernel's or the hypervisor's own message names it");
    case Evidence::LogLine:
        return tr("a log line shows it");
    case Evidence::State:
        return tr("a setting or device state shows it");
    case Evidence::Inference:
        break;
    }
    return tr("inferred from the other facts");
}

FindingCard::FindingCard(const Finding &finding, const QList<Finding> &explained, bool rootCause,
    const std::function<void(const Fix &)> &runFix, QWidget *parent)
    : QFrame(parent)
    , m_finding(finding)
{
    setObjectName(QStringLiteral("findingCard"));
    setFrameShape(QFrame::StyledPanel);
    setFrameShadow(rootCause ? QFrame::Raised : QFrame::Plain);
    setLineWidth(rootCause ? 2 : 1);
    // Screen readers hear the whole finding: severity in words, the full title.
    const QString severity = severityWords(finding.severity);
    setAccessibleName(rootCause ? tr("Most likely cause, %1: %2").arg(severity, finding.title)
                                : tr("%1: %2").arg(severity, finding.title));
    setAccessibleDescription(tr("Known because %1.").arg(strengthWords(finding.strength)));

    auto *outer = new QHBoxLayout(this);
    outer->setContentsMargins(0, 0, 8, 8);
    // The severity's colour as a stripe down the card's edge.
    auto *stripe = new QFrame(this);
    stripe->setFixedWidth(rootCause ? 8 : 5);
    stripe->setAutoFillBackground(true);
    QPalette p = stripe->palette();
    p.setColor(QPalette::Window, severityColour(finding.severity));
    stripe->setPalette(p);
    outer->addWidget(stripe);

    auto *icon = new QLabel(this);
    const int size = style()->pixelMetric(QStyle::PM_LargeIconSize);
    icon->setPixmap(severityIcon(finding.severity).pixmap(rootCause ? size : size * 3 / 4));
    icon->setAlignment(Qt::AlignTop);
    icon->setAccessibleName(severity);
    outer->addWidget(icon);

    auto *col = new QVBoxLayout;
    col->setSpacing(4);
    outer->addLayout(col, 1);
    if (rootCause) {
        auto *kicker = new QLabel(tr("Most likely cause"), this);
        QFont f = kicker->font();
        f.setCapitalization(QFont::AllUppercase);
        f.setPointSizeF(f.pointSizeF() * 0.85);
        kicker->setFont(f);
        col->addWidget(kicker);
    }
    auto *title = wrapped(finding.title, this);
    QFont tf = title->font();
    tf.setBold(true);
    if (rootCause)
        tf.setPointSizeF(tf.pointSizeF() * 1.15);
    title->setFont(tf);
    col->addWidget(title);
    auto *how = wrapped(tr("%1 · known because %2.").arg(severity, strengthWords(finding.strength)), this);
    how->setForegroundRole(QPalette::PlaceholderText);
    col->addWidget(how);

    // What this finding explains, folded under it.
    if (!explained.isEmpty()) {
        QStringList lines;
        for (const Finding &e : explained)
            lines.append(QStringLiteral("• ") + e.title);
        auto *body = wrapped(lines.join(QLatin1Char('\n')), this);
        col->addWidget(folder(tr("Also explains %n other finding(s)", nullptr, int(explained.size())), body, this));
        col->addWidget(body);
    }
    if (!finding.evidence.isEmpty()) {
        auto *body = wrapped(finding.evidence.join(QLatin1Char('\n')), this);
        QFont mono = QFont(QStringLiteral("monospace"));
        mono.setStyleHint(QFont::Monospace);
        mono.setPointSizeF(body->font().pointSizeF() * 0.9);
        body->setFont(mono);
        col->addWidget(folder(tr("Evidence (%1)").arg(finding.evidence.size()), body, this));
        col->addWidget(body);
    }

    // The fix: one primary button where Plugboard can do it, else what to do, step by step.
    const Fix *primary = nullptr;
    QStringList steps;
    for (const Fix &x : finding.fixes) {
        if (!primary && offersButton(x))
            primary = &x;
        else
            steps.append(x.kind == QLatin1String("root") ? tr("%1 (needs an administrator)").arg(x.text) : x.text);
    }
    if (primary) {
        auto *row = new QHBoxLayout;
        auto *what = wrapped(primary->text, this);
        row->addWidget(what, 1);
        m_fixButton = new QPushButton(primary->kind == QLatin1String("automatic") ? tr("Fix it") : tr("Apply"), this);
        m_fixButton->setDefault(rootCause);
        m_fixButton->setAccessibleName(tr("Fix: %1").arg(primary->text));
        m_fixButton->setToolTip(primary->action);
        const Fix fix = *primary;
        connect(m_fixButton, &QPushButton::clicked, this, [runFix, fix] {
            runFix(fix);
        });
        row->addWidget(m_fixButton, 0, Qt::AlignTop);
        col->addLayout(row);
    }
    if (!steps.isEmpty()) {
        QStringList numbered;
        for (int i = 0; i < steps.size(); ++i)
            numbered.append(tr("%1. %2").arg(i + 1).arg(steps.at(i)));
        auto *label = wrapped(
            (primary ? tr("Or by hand:") : tr("What to do:")) + QLatin1Char('\n') + numbered.join(QLatin1Char('\n')),
            this);
        col->addWidget(label);
    }
}

} // namespace plugboard::ui
