// SPDX-License-Identifier: GPL-3.0-or-later
// Desktop notifications (org.freedesktop.Notifications on the session bus) for automatic actions.
// Where no notification service answers, nothing is shown and nothing waits for long.
#pragma once

#include <QObject>
#include <QString>

namespace plugboard::assign {

class Notifier : public QObject
{
    Q_OBJECT
public:
    explicit Notifier(QObject *parent = nullptr);
    // Whether a notification service is on the session bus right now.
    bool isAvailable() const;
    // Asynchronous; the reply (or its absence after the timeout) is only logged.
    void notify(const QString &summary, const QString &body, bool failure);
    quint64 sentCount() const { return m_sent; }

Q_SIGNALS:
    void failed(const QString &why);

private:
    quint64 m_sent = 0;
};

} // namespace plugboard::assign
