// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow: host pane and details side by side, menus, status bar, remembered geometry.
#include "mainwindow.h"

#include "detailspane.h"
#include "deviceicons.h"
#include "host/hostbackend.h"
#include "hostpane.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>

namespace plugboard::ui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("Plugboard"));
    setWindowIcon(DeviceIcons::application());
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_host = new HostPane(splitter);
    m_details = new DetailsPane(splitter);
    splitter->addWidget(m_host);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    setCentralWidget(splitter);

    auto *file = menuBar()->addMenu(tr("&File"));
    auto *quit = file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    quit->setMenuRole(QAction::QuitRole);
    auto *view = menuBar()->addMenu(tr("&View"));
    auto *showEmpty = view->addAction(tr("Show &empty ports"));
    showEmpty->setCheckable(true);
    showEmpty->setChecked(true);
    connect(showEmpty, &QAction::toggled, m_host, &HostPane::setShowEmptyPorts);
    auto *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Plugboard"), this, [this] {
        QMessageBox::about(this, tr("About Plugboard"),
            tr("Plugboard %1\nUSB devices for virtual machines.\nLicensed under the GNU GPL, version 3 or later.")
                .arg(QApplication::applicationVersion()));
    });

    m_statusLabel = new QLabel(this);
    statusBar()->addWidget(m_statusLabel, 1);

    connect(m_host, &HostPane::currentChanged, this, [this](const QString &id) {
        m_details->showItem(m_backend ? &m_backend->topology() : nullptr, id);
    });
    restoreSettings();
}

void MainWindow::setHostBackend(host::HostBackend *backend)
{
    m_backend = backend;
    m_host->setBackend(backend);
    m_details->showItem(backend ? &backend->topology() : nullptr, {});
    if (backend) {
        connect(backend, &host::HostBackend::topologyChanged, this, [this] {
            m_details->refresh();
            updateStatusBar();
        });
        connect(backend, &host::HostBackend::topologyReset, this, [this] {
            m_details->refresh();
            updateStatusBar();
        });
    }
    updateStatusBar();
}

void MainWindow::updateStatusBar()
{
    if (!m_backend) {
        m_statusLabel->clear();
        return;
    }
    const auto &topo = m_backend->topology();
    QString text = tr("%n controller(s)", nullptr, int(topo.controllers.size())) + QStringLiteral(", ")
        + tr("%n device(s)", nullptr, int(topo.devices.size()));
    text += QStringLiteral(" — ") + (m_backend->isLive() ? tr("following hotplug") : tr("not following hotplug"));
    m_statusLabel->setText(text);
}

void MainWindow::restoreSettings()
{
    QSettings s;
    if (!restoreGeometry(s.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1100, 680);
    restoreState(s.value(QStringLiteral("window/state")).toByteArray());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings s;
    s.setValue(QStringLiteral("window/geometry"), saveGeometry());
    s.setValue(QStringLiteral("window/state"), saveState());
    event->accept();
}

} // namespace plugboard::ui
