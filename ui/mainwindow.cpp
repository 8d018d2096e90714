// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow: host pane and details side by side, menus, status bar, remembered geometry.
#include "mainwindow.h"
#include "firstrunguide.h"
#include "logging.h"

#include "tray.h"

#include "assign/engine.h"
#include "attach/attachservice.h"
#include "detailspane.h"
#include "deviceicons.h"
#include "diagnosiswizard.h"
#include "diagnostics/bundlewriter.h"
#include "dialogs.h"
#include "guestmodel.h"
#include "guestpane.h"
#include "host/hostbackend.h"
#include "hostpane.h"
#include "hostusbmodel.h"
#include "i18n.h"
#include "libvirt/guestdirectory.h"
#include "libvirt/libvirtconnection.h"
#include "vmware/vmwaresource.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCheckBox>
#include <QCloseEvent>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStatusBar>
#include <QThreadPool>
#include <QTimer>
#include <QTreeView>

namespace plugboard::ui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_helperLauncher(host::HelperLauncher::fromSettings(QStringLiteral(PLUGBOARD_HELPER_PATH)))
{
    setWindowTitle(tr("Plugboard"));
    setWindowIcon(DeviceIcons::application());
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_host = new HostPane(splitter);
    auto *right = new QSplitter(Qt::Vertical, splitter);
    right->setObjectName(QStringLiteral("rightSplitter"));
    m_attach = new attaching::AttachService(this);
    m_attach->setHelperLauncher(m_helperLauncher);
    m_guests = new GuestPane(m_attach, right);
    m_guests->guide()->setHelperLauncher(m_helperLauncher);
    m_details = new DetailsPane(right);
    right->addWidget(m_guests);
    right->addWidget(m_details);
    right->setStretchFactor(0, 1);
    right->setStretchFactor(1, 1);
    splitter->addWidget(m_host);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    // The host tree has the most columns: about 60 % of the width from the start.
    splitter->setSizes({760, 480});
    setCentralWidget(splitter);

    // The host tree says which guest holds each device: recomputed shortly after guests or the
    // host change (coalesced: a guest's events come in bursts).
    auto *holders = new QTimer(this);
    holders->setSingleShot(true);
    holders->setInterval(50);
    connect(holders, &QTimer::timeout, this, &MainWindow::updateHolders);
    GuestModel *gm = m_guests->model();
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(gm, signal, holders, qOverload<>(&QTimer::start));
    connect(gm, &QAbstractItemModel::dataChanged, holders, qOverload<>(&QTimer::start));
    connect(gm, &QAbstractItemModel::modelReset, holders, qOverload<>(&QTimer::start));
    m_holdersTimer = holders;

    auto *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("Add &connection…"), this, &MainWindow::askForConnection);
    file->addAction(tr("Add &VMware virtual machine…"), this, &MainWindow::askForVmx);
    file->addAction(tr("&Collect diagnostic bundle…"), this, &MainWindow::collectBundle);
    file->addAction(tr("Open diagnostic &bundle…"), this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Open a diagnostic bundle"), QDir::homePath());
        QString error;
        if (!dir.isEmpty() && !openBundle(dir, &error))
            QMessageBox::warning(this, tr("Open a diagnostic bundle"), error);
    });
    file->addSeparator();
    auto *quit = file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    quit->setMenuRole(QAction::QuitRole);
    auto *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_guests->undoAction());
    auto *view = menuBar()->addMenu(tr("&View"));
    auto *showEmpty = view->addAction(tr("Show &empty ports"));
    showEmpty->setCheckable(true);
    showEmpty->setChecked(true);
    connect(showEmpty, &QAction::toggled, m_host, &HostPane::setShowEmptyPorts);
    auto *tools = menuBar()->addMenu(tr("&Tools"));
    tools->addAction(tr("&Troubleshoot…"), this, [this] {
        // Preselected: the device selected in the host tree; after an attach, that attach's
        // device and guest (the question is most often why that one did not work).
        const QString selected = m_host->currentId();
        if (!m_lastAttachDevice.isEmpty() && (selected.isEmpty() || selected == m_lastAttachDevice))
            diagnose(m_lastAttachDevice, m_lastAttachGuest);
        else
            diagnose(selected, QString());
    });
    connect(m_attach, &attaching::AttachService::operationFinished, this, [this](attaching::Operation *op) {
        if (op->kind() == attaching::Operation::Kind::Attach && !op->hostDeviceId().isEmpty()) {
            m_lastAttachDevice = op->hostDeviceId();
            m_lastAttachGuest = op->guest().toString();
        }
    });
    tools->addSeparator();
    QAction *atLogin = tools->addAction(tr("Start the assignment &agent at login"));
    atLogin->setCheckable(true);
    // The last answer of systemctl --user is-enabled at once, a fresh one when it arrives.
    AgentLoginState *login = AgentLoginState::instance();
    atLogin->setChecked(login->enabled().value_or(false));
    connect(login, &AgentLoginState::answered, atLogin, [atLogin](bool on) {
        const QSignalBlocker quiet(atLogin);
        atLogin->setChecked(on);
    });
    connect(tools, &QMenu::aboutToShow, login, &AgentLoginState::refresh);
    connect(atLogin, &QAction::toggled, this, [this](bool on) {
        Tray::setAgentAtLogin(on, this, [this](const QString &what) {
            showStatus(what, 15000);
        });
    });
    // Language: the system's unless chosen here (remembered; --lang overrides it for one run).
    QMenu *language = tools->addMenu(tr("&Language"));
    const QString current = QSettings().value(QStringLiteral("ui/language")).toString();
    auto *languages = new QActionGroup(language);
    // Every language with a catalogue (translations/plugboard_*_LANGUAGE.ts), named in itself.
    QList<std::pair<QString, QString>> choices {
        {QString(), tr("The system's")}, {QStringLiteral("en"), QStringLiteral("English")}};
    for (const QString &code : translationLanguages())
        choices.append({code, nativeLanguageName(code)});
    for (const auto &[code, name] : std::as_const(choices)) {
        QAction *a = language->addAction(name);
        a->setData(code);
        a->setCheckable(true);
        a->setChecked(code == current);
        languages->addAction(a);
        connect(a, &QAction::triggered, this, [this, code] {
            QSettings().setValue(QStringLiteral("ui/language"), code);
            showStatus(tr("The language changes when Plugboard starts again."), 15000);
        });
    }
    auto *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Plugboard"), this, [this] {
        QMessageBox::about(this, tr("About Plugboard"),
            tr("Plugboard %1\nUSB devices for virtual machines.\nLicensed under the GNU GPL, version 3 or later.")
                .arg(QApplication::applicationVersion()));
    });

    m_statusLabel = new QLabel(this);
    statusBar()->addWidget(m_statusLabel, 1);
    m_engineLabel = new QLabel(this);
    m_engineLabel->setContentsMargins(12, 0, 0, 0);
    statusBar()->addPermanentWidget(m_engineLabel);
    m_diagnose = new QPushButton(tr("&Diagnose…"), this);
    m_diagnose->setAccessibleName(tr("Diagnose the failed attach"));
    m_diagnose->hide();
    statusBar()->addPermanentWidget(m_diagnose);
    connect(m_diagnose, &QPushButton::clicked, this, [this] {
        m_diagnose->hide();
        diagnose(m_failedDevice, m_failedGuest, m_failedMessage);
    });
    m_host->setMenuHook([this](QMenu &menu, const QString &id) {
        m_guests->addHostActions(menu, id);
    });

    connect(m_host, &HostPane::currentChanged, this, [this](const QString &id) {
        m_details->showItem(m_backend ? &m_backend->topology() : nullptr, id);
    });
    connect(
        m_guests, &GuestPane::operationFinished, this, [this](const QString &what, const libvirt::OperationResult &r) {
            showStatus(what + QStringLiteral(": ") + r.message, 15000);
        });
    // A refused attach: the row went back as it was; the status bar says why and offers the
    // troubleshooting wizard, preselected with libvirt's words.
    connect(m_guests, &GuestPane::attachFailed, this,
        [this](const QString &device, const QString &guest, const QString &message) {
            m_failedDevice = device;
            m_failedGuest = guest;
            m_failedMessage = message;
            showStatus(tr("The attach failed: %1").arg(message), 60000);
            m_diagnose->show();
            QTimer::singleShot(60000, m_diagnose, &QWidget::hide);
        });
    // Guest devices dragged back onto the host tree are released.
    connect(m_host->model(), &HostUsbModel::releaseRequested, m_guests, &GuestPane::releaseDropped);
    connect(m_host, &HostPane::diagnoseRequested, this, [this](const QString &id) {
        diagnose(id, QString());
    });
    connect(m_guests, &GuestPane::diagnoseRequested, this, [this](const QString &device, const QString &guest) {
        diagnose(device, guest);
    });
    restoreSettings();
}

void MainWindow::setHelperLauncher(const host::HelperLauncher &launcher)
{
    m_helperLauncher = launcher;
    m_attach->setHelperLauncher(launcher);
    m_guests->guide()->setHelperLauncher(launcher);
}

void MainWindow::addConnection(const QString &uri)
{
    for (libvirt::LibvirtConnection *c : m_guests->model()->connections()) {
        if (c->uri() == uri)
            return;
    }
    PB_LOG(lcUi) << "connection added:" << uri;
    auto *c = new libvirt::LibvirtConnection(uri, this);
    m_guests->addConnection(c);
    if (m_engine)
        m_engine->addConnection(c);
    c->start();
}

void MainWindow::diagnose(const QString &deviceId, const QString &guestId, const QString &lastError)
{
    // The choices come from what the window already knows; the facts are collected afresh.
    const diagnostics::Facts preview = m_guests->windowFacts();
    QStringList uris, vmx;
    for (libvirt::LibvirtConnection *c : m_guests->model()->connections())
        uris.append(c->uri());
    for (const diagnostics::VmwareFacts &v : preview.vmware.value_or(QList<diagnostics::VmwareFacts>()))
        vmx.append(v.path);
    // A port id ("usb1-port4") asks about a device that never appears there.
    const bool isPort = deviceId.contains(QLatin1String("-port"));
    const diagnostics::Subject subject {isPort ? QString() : deviceId, isPort ? deviceId : QString(), guestId};
    const QString demoRoot = m_demoRoot;
    const QList<diagnostics::LibvirtFacts> windowGuests = *preview.libvirt;
    auto *wizard = new DiagnosisWizard(
        [uris, vmx, subject, lastError, demoRoot, windowGuests] {
            // The demo's host is its bundle (this machine's own facts would not match it).
            QString why;
            diagnostics::Facts f = demoRoot.isEmpty()
                ? diagnostics::collectLive(uris, vmx, subject)
                : diagnostics::readBundle(demoRoot, &why).value_or(diagnostics::Facts());
            if (!demoRoot.isEmpty())
                f.libvirt = windowGuests;
            f.subject = subject;
            f.lastErrorSource = QStringLiteral("libvirt");
            f.lastErrorMessage = lastError;
            return f;
        },
        preview, subject, this);
    wizard->setHelperLauncher(m_helperLauncher);
    if (isDemo())
        wizard->setFixesOnlyDescribed(tr("This is the demo: nothing on this computer changes."));
    else
        wizard->setAttachService(m_attach);
    if (!lastError.isEmpty())
        wizard->setWindowTitle(tr("Why did the attach fail?"));
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->show();
}

void MainWindow::collectBundle()
{
    QStringList uris, vmx;
    for (libvirt::LibvirtConnection *c : m_guests->model()->connections())
        uris.append(c->uri());
    if (vmware::VmwareSource *src = m_guests->model()->vmwareSource()) {
        for (const vmware::VmwareGuest &g : src->guests())
            vmx.append(g.path);
    }
    const diagnostics::Subject subject {m_host->currentId(), {}, {}};
    showStatus(tr("Collecting facts for the bundle…"));
    QPointer<MainWindow> self(this);
    QThreadPool::globalInstance()->start([self, uris, vmx, subject] {
        const diagnostics::Facts facts = diagnostics::collectLive(uris, vmx, subject);
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, facts] {
                if (!self)
                    return;
                self->statusBar()->clearMessage();
                // Show what goes in before anything is written.
                QMessageBox box(QMessageBox::Question, tr("Collect a diagnostic bundle"),
                    tr("The bundle will contain:") + QStringLiteral("\n\n• ")
                        + diagnostics::bundleContents(facts).join(QStringLiteral("\n• ")),
                    QMessageBox::Save | QMessageBox::Cancel, self);
                auto *redact = new QCheckBox(tr("&Redact serial numbers, user and host names"), &box);
                redact->setChecked(true);
                box.setCheckBox(redact);
                if (box.exec() != QMessageBox::Save)
                    return;
                const QString parent
                    = QFileDialog::getExistingDirectory(self, tr("Where to put the bundle"), QDir::homePath());
                if (parent.isEmpty())
                    return;
                const QString dir = parent + QStringLiteral("/plugboard-bundle-")
                    + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
                diagnostics::BundleOptions opt;
                opt.redact = redact->isChecked();
                opt.archive = true;
                QString error;
                if (!diagnostics::writeBundle(facts, dir, opt, &error))
                    QMessageBox::warning(self, tr("Collect a diagnostic bundle"), error);
                else
                    self->showStatus(tr("Bundle written to %1 and %1.tar.gz").arg(dir), 15000);
            },
            Qt::QueuedConnection);
    });
}

bool MainWindow::openBundle(const QString &dir, QString *error)
{
    QString why;
    const auto facts = diagnostics::readBundle(dir, &why);
    if (!facts) {
        if (error)
            *error = why;
        return false;
    }
    const diagnostics::Facts f = *facts;
    auto *wizard = new DiagnosisWizard(
        [f] {
            return f;
        },
        f, f.subject, this);
    wizard->setWindowTitle(tr("Diagnosis of the bundle %1").arg(dir));
    wizard->setFixesOnlyDescribed(tr("This bundle describes another computer: its fixes are for that one."));
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->show();
    return true;
}

void MainWindow::setVmwareSource(vmware::VmwareSource *source)
{
    m_guests->setVmwareSource(source);
}

void MainWindow::askForVmx()
{
    vmware::VmwareSource *src = m_guests->model()->vmwareSource();
    if (!src)
        return;
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Add a VMware virtual machine"), QDir::homePath(), tr("VMware virtual machines (*.vmx)"));
    if (path.isEmpty())
        return;
    QSettings s;
    QStringList added = s.value(QStringLiteral("vmware/added")).toStringList();
    if (!added.contains(path)) {
        added.append(path);
        s.setValue(QStringLiteral("vmware/added"), added);
    }
    src->addPath(path);
}

void MainWindow::askForConnection()
{
    bool ok = false;
    const QString uri = QInputDialog::getText(this, tr("Add a libvirt connection"),
        tr("Connection URI (for example qemu+ssh://user@host/system or test:///default):"), QLineEdit::Normal,
        QString(), &ok)
                            .trimmed();
    if (!ok || uri.isEmpty())
        return;
    QSettings s;
    QStringList extra = s.value(QStringLiteral("connections/extra")).toStringList();
    if (!extra.contains(uri)) {
        extra.append(uri);
        s.setValue(QStringLiteral("connections/extra"), extra);
    }
    addConnection(uri);
}

void MainWindow::setHostBackend(host::HostBackend *backend)
{
    m_backend = backend;
    PB_LOG(lcUi) << "host backend:" << (backend ? backend->statusMessage() : QStringLiteral("none"));
    m_host->setBackend(backend);
    m_guests->setHostBackend(backend);
    m_details->showItem(backend ? &backend->topology() : nullptr, {});
    if (backend) {
        connect(backend, &host::HostBackend::topologyChanged, this, [this] {
            m_details->refresh();
            updateStatusBar();
            m_holdersTimer->start();
        });
        connect(backend, &host::HostBackend::topologyReset, this, [this] {
            m_details->refresh();
            updateStatusBar();
        });
    }
    updateStatusBar();
    startEngine();
}

void MainWindow::setDemo(const QString &bundleDir)
{
    m_demoRoot = bundleDir;
    m_guests->setDemo(!bundleDir.isEmpty());
    setWindowTitle(tr("Plugboard — demo"));
    auto *demo
        = new QLabel(tr("Demo: a sample host and libvirt's test guests; nothing on this computer changes."), this);
    demo->setObjectName(QStringLiteral("demoLabel"));
    statusBar()->addPermanentWidget(demo);
}

void MainWindow::updateHolders()
{
    QHash<QString, QString> holders;
    if (m_backend && m_backend->isLive()) {
        const host::HostTopology &topo = m_backend->topology();
        for (libvirt::LibvirtConnection *c : m_guests->model()->connections()) {
            if (!libvirt::isLocalUri(c->canonicalUri()))
                continue;
            for (const libvirt::GuestInfo &g : c->guests()) {
                if (!g.isRunning())
                    continue;
                for (const libvirt::HostdevDef &h : g.usb.hostdevs) {
                    if (const host::UsbDevice *d = libvirt::heldDevice(h, topo))
                        holders.insert(d->id, g.name);
                }
            }
        }
    }
    m_host->model()->setHolders(holders);
}

void MainWindow::startEngine()
{
    // Assignments are kept for the live host only (a copied tree or a bundle never changes).
    if (m_engine || !m_backend || !m_backend->isLive())
        return;
    m_engine = new assign::Engine(m_backend, assign::AssignmentFile::defaultPath(), {}, this);
    // The engine's requests go through the window's service: their guests' rows show them pending.
    m_engine->setAttachService(m_attach);
    for (libvirt::LibvirtConnection *c : m_guests->model()->connections())
        m_engine->addConnection(c);
    m_guests->setEngine(m_engine);
    auto showAssignments = [this] {
        m_host->model()->setAssignments(m_engine->file().assignments);
        const int n = int(m_engine->file().assignments.size());
        const QString lockError = m_engine->lockError();
        m_engineLabel->setText(n == 0  ? QString()
                : m_engine->isActive() ? tr("Keeping %n assignment(s)", nullptr, n)
                : !lockError.isEmpty() ? tr("Assignments not kept: no private runtime folder")
                                       : tr("Assignments kept by the agent"));
        m_engineLabel->setToolTip(!lockError.isEmpty() ? lockError
                : m_engine->loadError().isEmpty()      ? m_engine->file().path()
                                                       : m_engine->loadError());
    };
    connect(m_engine, &assign::Engine::assignmentsChanged, this, showAssignments);
    connect(m_engine, &assign::Engine::activeChanged, this, showAssignments);
    connect(m_engine, &assign::Engine::logged, this, [this](const QString &line) {
        showStatus(line, 15000);
    });
    connect(m_engine, &assign::Engine::actionFinished, this,
        [this](const assign::Action &a, const libvirt::OperationResult &r) {
            if (!r.ok && a.kind == assign::Action::Kind::AttachLive) {
                m_failedDevice = a.deviceId;
                m_failedGuest = a.guest;
                m_failedMessage = r.message;
                m_diagnose->show();
            }
        });
    // Several running guests claim one device: ask once; the answer is remembered in the file.
    connect(m_engine, &assign::Engine::conflict, this,
        [this](const QString &deviceId, const QString &identity, const QStringList &guests) {
            // Window-modal and opened: the window keeps running while the user decides.
            openChoice(this, tr("Which guest gets it?"),
                tr("%1 (%2) is assigned to several running guests. Which one should get it, now and next time?")
                    .arg(deviceId, identity),
                guests, [this, identity, guests](int i) {
                    QString error;
                    if (m_engine && !m_engine->prefer(identity, guests.at(i), &error)) {
                        auto *box = new QMessageBox(
                            QMessageBox::Warning, tr("Which guest gets it?"), error, QMessageBox::Ok, this);
                        box->setAttribute(Qt::WA_DeleteOnClose);
                        box->open();
                    }
                });
        });
    m_engine->start();
    showAssignments();
}

void MainWindow::updateStatusBar()
{
    if (!m_backend) {
        m_statusLabel->clear();
        return;
    }
    const auto &topo = m_backend->topology();
    //: The status bar: "%n controllers", "%n devices", "following hotplug" or not.
    m_statusLabel->setText(tr("%1, %2 — %3")
                               .arg(tr("%n controller(s)", nullptr, int(topo.controllers.size())),
                                   tr("%n device(s)", nullptr, int(topo.devices.size())),
                                   m_backend->isLive() ? tr("following hotplug") : tr("not following hotplug")));
}

void MainWindow::restoreSettings()
{
    QSettings s;
    if (!restoreGeometry(s.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1240, 760); // a 1280×800 screen with a panel: every host column in view
    restoreState(s.value(QStringLiteral("window/state")).toByteArray());
    m_host->view()->header()->restoreState(s.value(QStringLiteral("window/hostColumns")).toByteArray());
    m_guests->view()->header()->restoreState(s.value(QStringLiteral("window/guestColumns")).toByteArray());
}

void MainWindow::showStatus(const QString &text, int timeoutMs)
{
    PB_LOG(lcUi) << "status:" << text;
    if (!isVisible()) {
        m_pendingStatus = text;
        m_pendingStatusTimeout = timeoutMs;
        return;
    }
    statusBar()->showMessage(text, timeoutMs);
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (m_pendingStatus.isEmpty())
        return;
    QTimer::singleShot(0, this, [this] {
        statusBar()->showMessage(m_pendingStatus, m_pendingStatusTimeout);
        m_pendingStatus.clear();
    });
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings s;
    s.setValue(QStringLiteral("window/geometry"), saveGeometry());
    s.setValue(QStringLiteral("window/state"), saveState());
    s.setValue(QStringLiteral("window/hostColumns"), m_host->view()->header()->saveState());
    s.setValue(QStringLiteral("window/guestColumns"), m_guests->view()->header()->saveState());
    event->accept();
}

} // namespace plugboard::ui
