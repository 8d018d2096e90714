// SPDX-License-Identifier: GPL-3.0-or-later
#include "notifier.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QVariantMap>

namespace plugboard::assign {

namespace {
const QString kService = QStringLiteral("org.freedesktop.Notifications");
}

Notifier::Notifier(QObject *parent)
    : QObject(parent)
{
}

bool Notifier::isAvailable() const
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    return bus.isConnected() && bus.interface() && bus.interface()->isServiceRegistered(kService).value();
}

void Notifier::onActionInvoked(uint id, const QString &key)
{
    const auto it = m_tags.constFind(id);
    if (it != m_tags.cend())
        Q_EMIT actionInvoked(*it, key);
}

void Notifier::notify(
    const QString &summary, const QString &body, bool failure, const QStringList &actions, const QString &tag)
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return;
    if (!m_listening && !actions.isEmpty()) {
        m_listening = bus.connect(kService, QStringLiteral("/org/freedesktop/Notifications"), kService,
            QStringLiteral("ActionInvoked"), this, SLOT(onActionInvoked(uint, QString)));
    }
    QDBusMessage m = QDBusMessage::createMethodCall(
        kService, QStringLiteral("/org/freedesktop/Notifications"), kService, QStringLiteral("Notify"));
    QVariantMap hints;
    hints.insert(QStringLiteral("urgency"), QVariant::fromValue<uchar>(failure ? 2 : 1));
    hints.insert(QStringLiteral("desktop-entry"), QStringLiteral("io.github.plugboard.Plugboard"));
    m << QStringLiteral("Plugboard") << uint(0) << QStringLiteral("io.github.plugboard.Plugboard") << summary << body
      << actions << hints << int(failure ? 0 : 8000);
    ++m_sent;
    auto *w = new QDBusPendingCallWatcher(bus.asyncCall(m, 3000), this);
    connect(w, &QDBusPendingCallWatcher::finished, this, [this, tag](QDBusPendingCallWatcher *call) {
        QDBusPendingReply<uint> reply = *call;
        if (reply.isError())
            Q_EMIT failed(reply.error().message());
        else if (!tag.isEmpty())
            m_tags.insert(reply.value(), tag);
        call->deleteLater();
    });
}

} // namespace plugboard::assign
