// SPDX-License-Identifier: GPL-3.0-or-later
// The main window: wiring of the panes only; each feature keeps its own controller.
#pragma once

#include "host/helperlauncher.h"

#include <QMainWindow>

class QLabel;
class QPushButton;
class QTimer;

namespace plugboard::host {
class HostBackend;
}
namespace plugboard::vmware {
class VmwareSource;
}
namespace plugboard::attaching {
class AttachService;
}
namespace plugboard::assign {
class Engine;
}

namespace plugboard::ui {

class DetailsPane;
class GuestPane;
class HostPane;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);

    void setHostBackend(host::HostBackend *backend);
    // The demo: the host is the sample bundle unpacked at `bundleDir`; fixes and unmounts only say
    // what they would do.
    void setDemo(const QString &bundleDir);
    bool isDemo() const { return !m_demoRoot.isEmpty(); }
    // Opens a libvirt connection (owned by the window) and shows its guests.
    void addConnection(const QString &uri);
    // VMware guests beside the libvirt ones (not owned).
    void setVmwareSource(vmware::VmwareSource *source);
    // Opens the troubleshooting wizard on this machine, preselected.
    void diagnose(const QString &deviceId, const QString &guestId, const QString &lastError = {});
    // Opens the wizard on a bundle collected elsewhere (a directory).
    bool openBundle(const QString &dir, QString *error = nullptr);
    // Collects facts off the GUI thread, shows what would go in, and writes a bundle.
    void collectBundle();
    HostPane *hostPane() const { return m_host; }
    GuestPane *guestPane() const { return m_guests; }
    // Every attach, detach and move of the window, the tray, the wizard and the engine goes through it.
    attaching::AttachService *attachService() const { return m_attach; }
    DetailsPane *detailsPane() const { return m_details; }
    // The assignment engine of this window (acts only while no agent does); null without a live host.
    assign::Engine *engine() const { return m_engine; }
    // The last failed attach, offered to the troubleshooting wizard ("Diagnose…" in the status bar).
    QPushButton *diagnoseButton() const { return m_diagnose; }
    // How this window starts the privileged helper (wizards' root fixes, unmounts where UDisks2
    // is not running): the installed helper (or the setting helper/path) directly as root, else
    // through pkexec. Tests give a fake.
    const host::HelperLauncher &helperLauncher() const { return m_helperLauncher; }
    void setHelperLauncher(const host::HelperLauncher &launcher);

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    // A message in the status bar; one given before the window is shown waits for it (shown
    // earlier, QStatusBar draws it over its other widgets).
    void showStatus(const QString &text, int timeoutMs = 0);
    void updateStatusBar();
    void updateHolders();
    void restoreSettings();
    void askForConnection();
    void askForVmx();
    void startEngine();

    host::HostBackend *m_backend = nullptr;
    HostPane *m_host = nullptr;
    GuestPane *m_guests = nullptr;
    DetailsPane *m_details = nullptr;
    QLabel *m_statusLabel = nullptr;
    QLabel *m_engineLabel = nullptr;
    QString m_pendingStatus;
    int m_pendingStatusTimeout = 0;
    QTimer *m_holdersTimer = nullptr;
    QPushButton *m_diagnose = nullptr;
    assign::Engine *m_engine = nullptr;
    attaching::AttachService *m_attach = nullptr;
    QString m_failedDevice, m_failedGuest, m_failedMessage;
    QString m_lastAttachDevice, m_lastAttachGuest; // the last attach asked for (Tools ▸ Troubleshoot…)
    QString m_demoRoot;
    host::HelperLauncher m_helperLauncher;
};

} // namespace plugboard::ui
