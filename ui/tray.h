// SPDX-License-Identifier: GPL-3.0-or-later
// The tray icon (a StatusNotifierItem where the desktop has a watcher, else the XEmbed tray): the
// plugged-in devices with quick attach and detach, the assignment agent's state, and "start the
// agent at login"; desktop notifications for the window's automatic attaches and failures.
#pragma once

#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

class QMenu;
class QProcess;
class QSystemTrayIcon;

namespace plugboard::assign {
class Notifier;
}

namespace plugboard::ui {

class MainWindow;

// Whether the agent starts at login (`systemctl --user is-enabled plugboard-agent.service`),
// asked in the background: menus show the last answer at once and update their check box when a
// fresher one arrives; nothing waits for systemctl.
class AgentLoginState : public QObject
{
    Q_OBJECT
public:
    // The application's one (owned by the application object).
    static AgentLoginState *instance();
    explicit AgentLoginState(QObject *parent = nullptr);

    // The last answer; nothing before the first one.
    std::optional<bool> enabled() const { return m_enabled; }
    // Asks systemctl again, unless a question is under way; answered() follows.
    void refresh();
    bool isRefreshing() const { return m_process != nullptr; }
    // The program asked (an absolute path or a name; default "systemctl") and its arguments
    // before the unit's name (default --user is-enabled): tests give a fake.
    void setCommand(const QString &program, const QStringList &arguments);

Q_SIGNALS:
    // Every answer; a systemctl that fails, or says anything but "enabled", means not enabled.
    void answered(bool enabled);

private:
    std::optional<bool> m_enabled;
    QProcess *m_process = nullptr;
    QString m_program;
    QStringList m_arguments;
};

class Tray : public QObject
{
    Q_OBJECT
public:
    explicit Tray(MainWindow *window);
    ~Tray() override;

    // Whether the desktop shows tray icons at all (else nothing is shown and nothing is lost).
    static bool isAvailable();
    QSystemTrayIcon *icon() const { return m_icon; }
    // Rebuilds the menu from the window's current host tree and guests (done before each show).
    void rebuildMenu();
    QMenu *menu() const { return m_menu; }

    // systemctl --user enable / disable plugboard-agent.service (its state: AgentLoginState).
    // Asynchronous; `report` gets what happened, in the user's words.
    static void setAgentAtLogin(bool enabled, QObject *context, std::function<void(const QString &)> report);

Q_SIGNALS:
    void message(const QString &text);

private:
    QPointer<MainWindow> m_window;
    QSystemTrayIcon *m_icon = nullptr;
    QMenu *m_menu = nullptr;
    assign::Notifier *m_notifier = nullptr;
};

} // namespace plugboard::ui
