// SPDX-License-Identifier: GPL-3.0-or-later
// The tray icon (a StatusNotifierItem where the desktop has a watcher, else the XEmbed tray): the
// plugged-in devices with quick attach and detach, the assignment agent's state, and "start the
// agent at login"; desktop notifications for the window's automatic attaches and failures.
#pragma once

#include <QObject>
#include <QPointer>

#include <functional>

class QMenu;
class QSystemTrayIcon;

namespace plugboard::assign {
class Notifier;
}

namespace plugboard::ui {

class MainWindow;

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

    // systemctl --user is-enabled / enable / disable plugboard-agent.service.
    static bool agentEnabledAtLogin();
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
