// SPDX-License-Identifier: GPL-3.0-or-later
// The main window: wiring of the panes only; each feature keeps its own controller.
#pragma once

#include <QMainWindow>

class QLabel;

namespace plugboard::host {
class HostBackend;
}

namespace plugboard::ui {

class DetailsPane;
class HostPane;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);

    void setHostBackend(host::HostBackend *backend);
    HostPane *hostPane() const { return m_host; }
    DetailsPane *detailsPane() const { return m_details; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void updateStatusBar();
    void restoreSettings();

    host::HostBackend *m_backend = nullptr;
    HostPane *m_host = nullptr;
    DetailsPane *m_details = nullptr;
    QLabel *m_statusLabel = nullptr;
};

} // namespace plugboard::ui
