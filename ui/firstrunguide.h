// SPDX-License-Identifier: GPL-3.0-or-later
// First run: instead of red "not connected" rows, a short guide that says what is missing, the one
// command that fixes it, and a button where the app can do it (start libvirt through the
// privileged helper's start-service verb; open the documentation). Shown while no libvirt
// connection is up; hidden as soon as one connects.
#pragma once

#include "host/helperlauncher.h"
#include "libvirt/accessprobe.h"
#include "libvirt/libvirtconnection.h"

#include <QFrame>
#include <QPointer>

class QLabel;
class QPushButton;

namespace plugboard::ui {

class FirstRunGuide : public QFrame
{
    Q_OBJECT
public:
    explicit FirstRunGuide(QWidget *parent = nullptr);

    void addConnection(libvirt::LibvirtConnection *connection);
    void setHelperLauncher(const host::HelperLauncher &launcher) { m_launcher = launcher; }
    // Where the probe looks (tests give a copied tree); "/" by default.
    void setProbeRoot(const QString &root);
    // Whether the guide has something to say (no connection up, at least one has failed).
    bool isNeeded() const { return m_needed; }
    const libvirt::AccessProbe &probe() const { return m_probe; }
    QPushButton *startButton() const { return m_start; }
    QPushButton *docsButton() const { return m_docs; }
    // Where "Open the documentation" goes: the installed docs/first-run.md, else the web page.
    static QUrl documentationUrl();

Q_SIGNALS:
    void neededChanged(bool needed);
    // The service start finished (tests, the status bar).
    void startFinished(bool ok, const QString &message);

private:
    void update();
    void startService();

    QList<QPointer<libvirt::LibvirtConnection>> m_connections;
    host::HelperLauncher m_launcher;
    QString m_root = QStringLiteral("/");
    libvirt::AccessProbe m_probe;
    bool m_needed = false;
    QPointer<host::HelperRun> m_run;
    QLabel *m_title = nullptr;
    QLabel *m_text = nullptr;
    QLabel *m_command = nullptr;
    QLabel *m_details = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_start = nullptr;
    QPushButton *m_docs = nullptr;
};

} // namespace plugboard::ui
