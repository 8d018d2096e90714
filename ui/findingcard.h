// SPDX-License-Identifier: GPL-3.0-or-later
// One finding of the troubleshooting wizard as a card that reads like advice: the severity as an
// icon and a colour (and in words for screen readers), the whole title wrapped, how it is known,
// what it explains and its evidence folded, and one primary button for the fix (or numbered steps
// when it is done by hand). The first card is the most likely root cause and says so.
#pragma once

#include "diagnostics/diagnosis.h"

#include <QFrame>

#include <functional>

class QPushButton;
class QToolButton;

namespace plugboard::ui {

class FindingCard : public QFrame
{
    Q_OBJECT
public:
    // `explained`: the findings this one explains (shown folded under it). `runFix` is called by
    // the primary button; `canRun` says whether a fix offers one (diagnostics::offersButton).
    FindingCard(const diagnostics::Finding &finding, const QList<diagnostics::Finding> &explained, bool rootCause,
        const std::function<void(const diagnostics::Fix &)> &runFix, QWidget *parent = nullptr);

    const diagnostics::Finding &finding() const { return m_finding; }
    // The fix's button, or null when the fixes are done by hand.
    QPushButton *fixButton() const { return m_fixButton; }
    // "Critical", "High" … in the user's language.
    static QString severityWords(diagnostics::Severity s);
    // How a finding is known, in words ("the kernel's or hypervisor's own message").
    static QString strengthWords(diagnostics::Evidence e);
    // A "▸ Evidence (3)" button that shows and hides `body` (hidden at first).
    static QToolButton *folder(const QString &text, QWidget *body, QWidget *parent);

private:
    diagnostics::Finding m_finding;
    QPushButton *m_fixButton = nullptr;
};

} // namespace plugboard::ui
