// SPDX-License-Identifier: GPL-3.0-or-later
// Desktop notifications (org.freedesktop.Notifications on the session bus) for automatic actions.
// Where no notification service answers, nothing is shown and nothing waits for long.
#pragma once

#include <QHash>
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
    // `actions`: key -> label pairs offered as buttons ("diagnose", "Diagnose…"); a click comes back
    // as actionInvoked(tag, key), `tag` being what the caller passed.
    void notify(const QString &summary, const QString &body, bool failure, const QStringList &actions = {},
        const QString &tag = {});
    quint64 sentCount() const { return m_sent; }

Q_SIGNALS:
    void failed(const QString &why);
    void actionInvoked(const QString &tag, const QString &key);

private Q_SLOTS:
    void onActionInvoked(uint id, const QString &key);

private:
    quint64 m_sent = 0;
    QHash<uint, QString> m_tags; // notification id -> caller's tag
    bool m_listening = false;
};

} // namespace plugboard::assign
