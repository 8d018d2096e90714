// SPDX-License-Identifier: GPL-3.0-or-later
// The host side of the window: filter box, "show empty ports" toggle, the tree, and a plain
// message instead of a blank pane when there is no USB bus.
#pragma once

#include <QWidget>

#include <functional>

class QMenu;

class QCheckBox;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QTreeView;

namespace plugboard::host {
class HostBackend;
}

namespace plugboard::ui {

class HostFilterProxy;
class HostUsbModel;

class HostPane : public QWidget
{
    Q_OBJECT
public:
    explicit HostPane(QWidget *parent = nullptr);

    void setBackend(host::HostBackend *backend);
    HostUsbModel *model() const { return m_model; }
    HostFilterProxy *proxy() const { return m_proxy; }
    QTreeView *view() const { return m_view; }
    QString currentId() const;
    bool selectId(const QString &id);
    void setShowEmptyPorts(bool show);
    QString statusText() const;
    // Adds the actions of another pane (Attach to ▸, Always give to ▸ …) to a row's context menu.
    void setMenuHook(std::function<void(QMenu &, const QString &id)> hook) { m_menuHook = std::move(hook); }

Q_SIGNALS:
    void currentChanged(const QString &id);
    // The user asked to troubleshoot this device or port (context menu).
    void diagnoseRequested(const QString &id);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateStatus();
    void fitNameColumn();
    bool m_fitting = false, m_nameSizedByUser = false;

    host::HostBackend *m_backend = nullptr;
    HostUsbModel *m_model = nullptr;
    HostFilterProxy *m_proxy = nullptr;
    QLineEdit *m_filter = nullptr;
    QCheckBox *m_showEmpty = nullptr;
    QStackedWidget *m_stack = nullptr;
    QTreeView *m_view = nullptr;
    QLabel *m_message = nullptr;
    QWidget *m_messagePage = nullptr; // m_message with the documentation and demo buttons
    QLabel *m_banner = nullptr;
    std::function<void(QMenu &, const QString &)> m_menuHook;
};

} // namespace plugboard::ui
