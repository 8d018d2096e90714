// SPDX-License-Identifier: GPL-3.0-or-later
#include "tray.h"

#include "assign/engine.h"
#include "assign/notifier.h"
#include "deviceicons.h"
#include "guestmodel.h"
#include "guestpane.h"
#include "host/hostbackend.h"
#include "hostpane.h"
#include "hostusbmodel.h"
#include "mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QPointer>
#include <QProcess>
#include <QSignalBlocker>
#include <QSystemTrayIcon>
#include <QTimer>

namespace plugboard::ui {

namespace {
const QString kUnit = QStringLiteral("plugboard-agent.service");
}

AgentLoginState *AgentLoginState::instance()
{
    static QPointer<AgentLoginState> one;
    if (!one)
        one = new AgentLoginState(QCoreApplication::instance());
    return one;
}

AgentLoginState::AgentLoginState(QObject *parent)
    : QObject(parent)
    , m_program(QStringLiteral("systemctl"))
    , m_arguments {QStringLiteral("--user"), QStringLiteral("is-enabled")}
{
}

void AgentLoginState::setCommand(const QString &program, const QStringList &arguments)
{
    m_program = program;
    m_arguments = arguments;
}

void AgentLoginState::refresh()
{
    if (m_process)
        return; // the answer under way will do
    auto *p = new QProcess(this);
    m_process = p;
    // An answer, or none (systemctl stopped): then the last answer stays.
    auto done = [this, p](std::optional<bool> enabled) {
        if (m_process != p)
            return;
        m_process = nullptr;
        p->deleteLater();
        if (!enabled)
            return;
        m_enabled = enabled;
        Q_EMIT answered(*enabled);
    };
    connect(p, &QProcess::finished, this, [p, done](int code, QProcess::ExitStatus status) {
        if (status != QProcess::NormalExit)
            done(std::nullopt);
        else
            done(code == 0 && p->readAllStandardOutput().trimmed() == QByteArrayLiteral("enabled"));
    });
    connect(p, &QProcess::errorOccurred, this, [done](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart)
            done(false); // no systemctl: the agent cannot be started at login from here
    });
    // A systemctl that hangs (a user manager that does not answer) is stopped, not waited for.
    QTimer::singleShot(10000, p, [p] {
        p->kill();
    });
    p->start(m_program, m_arguments + QStringList {kUnit});
}

bool Tray::isAvailable()
{
    return QSystemTrayIcon::isSystemTrayAvailable();
}

Tray::Tray(MainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_icon(new QSystemTrayIcon(DeviceIcons::application(), this))
    , m_menu(new QMenu(window))
    , m_notifier(new assign::Notifier(this))
{
    m_icon->setToolTip(tr("Plugboard"));
    m_icon->setContextMenu(m_menu);
    connect(m_menu, &QMenu::aboutToShow, this, &Tray::rebuildMenu);
    connect(m_icon, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason why) {
        if (why == QSystemTrayIcon::Trigger && m_window) {
            m_window->setVisible(!m_window->isVisible() || m_window->isMinimized());
            if (m_window->isVisible()) {
                m_window->showNormal();
                m_window->raise();
                m_window->activateWindow();
            }
        }
    });
    // The window's engine acts while no agent runs: its automatic actions are notified too.
    auto hookEngine = [this] {
        if (!m_window || !m_window->engine())
            return;
        connect(m_window->engine(), &assign::Engine::actionFinished, this,
            [this](const assign::Action &a, const libvirt::OperationResult &r) {
                if (a.kind == assign::Action::Kind::DetachStale)
                    return;
                m_notifier->notify(r.ok ? tr("USB device given to a guest") : tr("USB device not given to a guest"),
                    r.ok ? a.describe() : a.describe() + QLatin1Char('\n') + r.message, !r.ok,
                    r.ok ? QStringList() : QStringList {QStringLiteral("diagnose"), tr("Diagnose…")},
                    a.deviceId + QLatin1Char('\n') + a.guest + QLatin1Char('\n') + r.message);
            });
    };
    hookEngine();
    connect(m_notifier, &assign::Notifier::actionInvoked, this, [this](const QString &tag, const QString &key) {
        const QStringList parts = tag.split(QLatin1Char('\n'));
        if (key == QLatin1String("diagnose") && m_window && parts.size() == 3)
            m_window->diagnose(parts.at(0), parts.at(1), parts.at(2));
    });
    rebuildMenu();
    if (isAvailable())
        m_icon->show();
}

Tray::~Tray() = default;

void Tray::rebuildMenu()
{
    m_menu->clear();
    if (!m_window)
        return;
    m_menu->addAction(m_window->isVisible() ? tr("&Hide Plugboard") : tr("&Show Plugboard"), this, [this] {
        m_window->setVisible(!m_window->isVisible());
    });
    m_menu->addSeparator();
    GuestPane *guests = m_window->guestPane();
    const host::HostBackend *backend = m_window->hostPane()->model()->backend();
    int shown = 0;
    if (backend) {
        const auto choices = guests->guestChoices();
        for (const host::UsbDevice &d : backend->topology().devices) {
            if (d.isHub())
                continue;
            QMenu *sub = m_menu->addMenu(
                DeviceIcons::forCategory(host::categoryOf(d)), QStringLiteral("%1 (%2)").arg(d.displayName(), d.id));
            sub->setTitle(sub->title().replace(QLatin1Char('&'), QStringLiteral("&&")));
            for (const auto &[id, label] : choices) {
                const QString deviceId = d.id, guestId = id;
                sub->addAction(tr("Attach to %1").arg(label), guests, [guests, deviceId, guestId] {
                    guests->attachToGuest(deviceId, guestId);
                });
            }
            if (choices.isEmpty())
                sub->addAction(tr("No guest to give it to"))->setEnabled(false);
            ++shown;
        }
    }
    if (shown == 0)
        m_menu->addAction(tr("No USB device is plugged in"))->setEnabled(false);
    // What the guests have now: Detach from the tray.
    for (libvirt::LibvirtConnection *c : guests->model()->connections()) {
        for (const libvirt::GuestInfo &g : c->guests()) {
            for (const libvirt::HostdevEntry &e : g.hostdevEntries()) {
                const libvirt::HostdevSpec spec = libvirt::HostdevSpec::of(e.def);
                const libvirt::AttachMode mode = libvirt::modeOf(e);
                const QString name = g.name;
                m_menu->addAction(tr("Detach %1:%2 from %3").arg(spec.vendorId, spec.productId, name), guests,
                    [guests, c, name, spec, mode] {
                        guests->detachFrom(c, name, spec, mode);
                    });
            }
        }
    }
    m_menu->addSeparator();
    const assign::Engine *engine = m_window->engine();
    const int n = engine ? int(engine->file().assignments.size()) : 0;
    QAction *state = m_menu->addAction(!engine ? tr("Assignments: not kept (no live host)")
            : engine->isActive()               ? tr("Assignments: %n kept by this window", nullptr, n)
                                               : tr("Assignments: %n kept by the agent", nullptr, n));
    state->setEnabled(false);
    QAction *atLogin = m_menu->addAction(tr("Start the agent at &login"));
    atLogin->setCheckable(true);
    // The last answer now, a fresh one when systemctl gives it (the menu never waits for it).
    AgentLoginState *login = AgentLoginState::instance();
    atLogin->setChecked(login->enabled().value_or(false));
    connect(login, &AgentLoginState::answered, atLogin, [atLogin](bool on) {
        const QSignalBlocker quiet(atLogin);
        atLogin->setChecked(on);
    });
    login->refresh();
    connect(atLogin, &QAction::toggled, this, [this](bool on) {
        setAgentAtLogin(on, this, [this](const QString &what) {
            Q_EMIT message(what);
        });
    });
    m_menu->addSeparator();
    m_menu->addAction(tr("&Quit"), qApp, &QApplication::quit);
    m_icon->setToolTip(tr("Plugboard: %n USB device(s)", nullptr, shown));
}

void Tray::setAgentAtLogin(bool enabled, QObject *context, std::function<void(const QString &)> report)
{
    auto *p = new QProcess(context);
    QObject::connect(p, &QProcess::finished, context, [p, enabled, report](int code) {
        const QString err = QString::fromLocal8Bit(p->readAllStandardError()).trimmed();
        report(code == 0
                ? (enabled ? tr("The agent starts at login (and now).") : tr("The agent no longer starts at login."))
                : tr("systemctl --user could not change %1: %2").arg(kUnit, err));
        p->deleteLater();
        AgentLoginState::instance()->refresh();
    });
    QObject::connect(p, &QProcess::errorOccurred, context, [p, report](QProcess::ProcessError) {
        report(tr("systemctl could not be started: %1").arg(p->errorString()));
    });
    p->start(QStringLiteral("systemctl"),
        {QStringLiteral("--user"), enabled ? QStringLiteral("enable") : QStringLiteral("disable"),
            QStringLiteral("--now"), kUnit});
}

} // namespace plugboard::ui
