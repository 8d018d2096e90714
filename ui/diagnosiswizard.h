// SPDX-License-Identifier: GPL-3.0-or-later
// The troubleshooting wizard: what and where → symptom → checks, layer by layer along the path
// the device takes → findings with fixes → re-test and the guest-side hint; report export.
#pragma once

#include "diagnostics/diagnosis.h"
#include "diagnostics/fixrunner.h"

#include <QWizard>

#include <functional>

class QComboBox;
class QButtonGroup;
class QLabel;
class QProgressBar;
class QTreeWidget;

namespace plugboard::ui {

class PathWidget;

class DiagnosisWizard : public QWizard
{
    Q_OBJECT
public:
    enum Page { SubjectPage, SymptomPage, RunPage, FindingsPage, DonePage };

    // Where the facts come from: live collection or a bundle; called off the GUI thread.
    using FactsSource = std::function<diagnostics::Facts()>;

    DiagnosisWizard(FactsSource source, const diagnostics::Facts &preview, const diagnostics::Subject &preselected,
        QWidget *parent = nullptr);

    const diagnostics::Report &report() const { return m_report; }
    diagnostics::Subject subject() const;
    // The report as a standalone HTML page and as JSON (docs/cli.md's diagnose --json).
    QString reportHtml() const;
    bool isRunning() const { return m_running; }
    // Fix buttons say what they would do instead of doing it (the demo, a bundle from another machine).
    void setFixesOnlyDescribed(const QString &why) { m_describeOnly = why; }

    void initializePage(int id) override;
    bool validateCurrentPage() override;

Q_SIGNALS:
    void checksFinished();
    // A fix was carried out (or refused); the checks run again after a success.
    void fixFinished(bool ok, const QString &message);

private:
    void runChecks();
    void showFindings();

public:
    // Carries out a finding's fix (used by the Fix buttons, and by tests).
    void runFix(const diagnostics::Fix &fix);
    void retest();

private:
    void fixDone(const diagnostics::FixOutcome &out);
    void exportReport();

    FactsSource m_source;
    diagnostics::Facts m_preview; // what lists the devices and guests to choose from
    diagnostics::Report m_report;
    bool m_running = false;
    QString m_describeOnly;
    QComboBox *m_device = nullptr;
    QComboBox *m_guest = nullptr;
    QButtonGroup *m_symptom = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_runLabel = nullptr;
    PathWidget *m_path = nullptr;
    QTreeWidget *m_findings = nullptr;
    QLabel *m_hint = nullptr;
};

} // namespace plugboard::ui
