// SPDX-License-Identifier: GPL-3.0-or-later
// UDisks2's Filesystem.Unmount on /org/freedesktop/UDisks2/block_devices/NAME.
#include "udisks.h"

#include <unistd.h>

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QVariantMap>

namespace plugboard::host {

namespace {
// The context lupdate records for this file's sentences (Q_DECLARE_TR_FUNCTIONS names it).
class UdisksText
{
    Q_DECLARE_TR_FUNCTIONS(plugboard::host::Udisks)
};
} // namespace

UnmountResult unmountWithUdisks(const QString &blockName, int timeoutMs)
{
    UnmountResult r;
    static const QRegularExpression valid(QStringLiteral("^[a-z]+[0-9]*$"));
    if (!valid.match(blockName).hasMatch()) {
        r.message = UdisksText::tr("'%1' is not a block device name.").arg(blockName);
        return r;
    }
    QDBusConnection bus = QDBusConnection::systemBus();
    const QString service = QStringLiteral("org.freedesktop.UDisks2");
    if (!bus.isConnected() || !bus.interface() || !bus.interface()->isServiceRegistered(service)) {
        r.unavailable = true;
        r.message
            = UdisksText::tr("UDisks2 is not running, so the disk cannot be unmounted without administrator rights.");
        return r;
    }
    r.via = QStringLiteral("UDisks2");
    QDBusMessage call
        = QDBusMessage::createMethodCall(service, QStringLiteral("/org/freedesktop/UDisks2/block_devices/") + blockName,
            QStringLiteral("org.freedesktop.UDisks2.Filesystem"), QStringLiteral("Unmount"));
    call << QVariantMap(); // options: none, and never "force"
    const QDBusMessage reply = bus.call(call, QDBus::Block, timeoutMs);
    if (reply.type() == QDBusMessage::ReplyMessage) {
        r.ok = true;
        r.message = UdisksText::tr("/dev/%1 was unmounted.").arg(blockName);
        return r;
    }
    const QString name = reply.errorName();
    if (name == QLatin1String("org.freedesktop.UDisks2.Error.DeviceBusy")) {
        r.busy = true;
        r.message
            = UdisksText::tr("/dev/%1 is busy: a program still has files open on it. Close it (%2) and try again.")
                  .arg(blockName, reply.errorMessage());
    } else if (name == QLatin1String("org.freedesktop.UDisks2.Error.NotMounted")) {
        r.ok = true;
        r.message = UdisksText::tr("/dev/%1 was not mounted.").arg(blockName);
    } else if (name == QLatin1String("org.freedesktop.DBus.Error.NoReply")
        || name == QLatin1String("org.freedesktop.DBus.Error.Timeout")) {
        r.message = UdisksText::tr("UDisks2 did not answer within %1 s; /dev/%2 was left as it is.")
                        .arg(timeoutMs / 1000)
                        .arg(blockName);
    } else if (name == QLatin1String("org.freedesktop.DBus.Error.UnknownObject")
        || name == QLatin1String("org.freedesktop.DBus.Error.UnknownMethod")
        || name == QLatin1String("org.freedesktop.DBus.Error.UnknownInterface")) {
        r.message = UdisksText::tr("UDisks2 does not know /dev/%1 as a filesystem.").arg(blockName);
    } else {
        r.message = UdisksText::tr("Unmounting /dev/%1 failed: %2").arg(blockName, reply.errorMessage());
    }
    return r;
}

UnmountResult unmountSafely(const QString &blockName, const QString &helperPath)
{
    UnmountResult r = unmountWithUdisks(blockName);
    if (!r.unavailable)
        return r;
    if (helperPath.isEmpty() || !QFileInfo(helperPath).isExecutable()) {
        r.message = UdisksText::tr("UDisks2 is not running and plugboard-helper is not installed.");
        return r;
    }
    QProcess helper;
    r.via = QStringLiteral("plugboard-helper");
    if (::geteuid() == 0)
        helper.start(helperPath, {QStringLiteral("unmount"), blockName});
    else
        helper.start(QStringLiteral("pkexec"), {helperPath, QStringLiteral("unmount"), blockName});
    const bool ran = helper.waitForFinished(120000);
    r.ok = ran && helper.exitStatus() == QProcess::NormalExit && helper.exitCode() == 0;
    r.unavailable = false;
    r.message = r.ok ? UdisksText::tr("Unmounted /dev/%1.").arg(blockName)
                     : UdisksText::tr("/dev/%1 could not be unmounted: %2")
                           .arg(blockName,
                               QString::fromLocal8Bit(helper.readAllStandardError()).trimmed()
                                   + (ran ? QString() : helper.errorString()));
    return r;
}

} // namespace plugboard::host
