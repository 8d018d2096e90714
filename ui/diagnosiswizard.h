// SPDX-License-Identifier: GPL-3.0-or-later
// The troubleshooting wizard: what and where → symptom → checks, layer by layer along the path
// the device takes → findings with fixes → re-test and the guest-side hint; report export.
#pragma once

#include "attach/attachservice.h"
#include "diagnostics/diagnosis.h"
#include "diagnostics/fixrunner.h"
#include "host/helperlauncher.h"
#include "host/udisks.h"

#include <QAbstractButton>
#include <QPointer>
#include <QWizard>

#include <functional>

class QComboBox;
class QButtonGroup;
class QLabel;
class QProgressBar;
class QPushButton;
class QVBoxLayout;

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
    // How the privileged helper is started for root fixes (default: the installed helper, through
    // pkexec unless this runs as root; the setting helper/path overrides its path).
    void setHelperLauncher(const host::HelperLauncher &launcher) { m_launcher = launcher; }
    // Fixes that change a guest go through the window's AttachService (not owned).
    void setAttachService(attaching::AttachService *service) { m_service = service; }
    const host::HelperLauncher &helperLauncher() const { return m_launcher; }

    // A fix under way (one at a time): its progress shows under the findings with a Cancel
    // button; the window stays usable meanwhile.
    bool isFixRunning() const { return m_fixRunning; }
    // The helper run or the unmount of the fix under way, if any (owned by the wizard).
    host::HelperRun *helperRun() const { return m_run; }
    host::UnmountJob *unmountJob() const { return m_unmount; }
    // Stops the fix under way where it can be stopped (the helper, an unmount); fixFinished follows.
    void cancelFix();

    void done(int result) override;

    void initializePage(int id) override;
    bool validateCurrentPage() override;

Q_SIGNALS:
    void checksFinished();
    // A fix was carried out (or refused, failed or cancelled): once per runFix(), after the
    // helper where it needs one; the checks run again after a success.
    void fixFinished(bool ok, const QString &message);
    // What the fix under way is doing now ("Waiting for authorization…").
    void fixProgress(const QString &what);

private:
    void runChecks();
    void showFindings();

public:
    // Carries out a finding's fix (used by the Fix buttons, and by tests).
    void runFix(const diagnostics::Fix &fix);
    void retest();

private:
    void fixDone(const diagnostics::FixOutcome &out);
    void beginFix(const QString &what);
    void showFixProgress(const QString &what, bool cancellable);
    void endFix(bool ok, const QString &message);
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
    QWidget *m_findings = nullptr; // the cards' column (FindingCard)
    QVBoxLayout *m_cards = nullptr;
    QLabel *m_hint = nullptr;
    host::HelperLauncher m_launcher;
    QPointer<attaching::AttachService> m_service;
    bool m_fixRunning = false;
    bool m_cancelling = false; // the user cancelled: no box about it
    QPointer<host::HelperRun> m_run;
    QPointer<host::UnmountJob> m_unmount;
    QWidget *m_fixStrip = nullptr;
    QProgressBar *m_fixBusy = nullptr;
    QLabel *m_fixLabel = nullptr;
    QPushButton *m_fixCancel = nullptr;
    QList<std::pair<QPointer<QAbstractButton>, bool>> m_buttonsBefore; // enabled before the fix
};

} // namespace plugboard::ui
