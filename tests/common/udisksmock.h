// SPDX-License-Identifier: GPL-3.0-or-later
// A private D-Bus daemon standing in for the system bus, and python-dbusmock's UDisks2 on it, for
// the tests that unmount (tst_udisks, tst_preflight, tst_responsive). Each test starts what it
// needs and stops it.
#pragma once

#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QTest>

namespace plugboard::test {

// Starts `dbus-daemon --session` in `bus`; its address, or empty when it did not start.
inline QString startPrivateBus(QProcess &bus)
{
    bus.start(QStringLiteral("dbus-daemon"),
        {QStringLiteral("--session"), QStringLiteral("--print-address"), QStringLiteral("--nofork")});
    if (!bus.waitForReadyRead(10000))
        return {};
    return QString::fromUtf8(bus.readLine()).trimmed();
}

// Starts python-dbusmock's UDisks2 (an ObjectManager at /org/freedesktop/UDisks2) in `mock` on the
// bus at `address`, then runs `script` (python, the address as argv[1]) until it prints "ready":
// the script adds the block devices and filesystems a test needs. Empty when ready; else why not.
inline QString startUdisksMock(QProcess &mock, const QString &address, const char *script)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DBUS_SYSTEM_BUS_ADDRESS"), address);
    mock.setProcessEnvironment(env);
    mock.start(QStringLiteral("/usr/bin/python3"),
        {QStringLiteral("-m"), QStringLiteral("dbusmock"), QStringLiteral("--system"),
            QStringLiteral("org.freedesktop.UDisks2"), QStringLiteral("/org/freedesktop/UDisks2"),
            QStringLiteral("org.freedesktop.DBus.ObjectManager")});
    if (!mock.waitForStarted())
        return QStringLiteral("python3 -m dbusmock did not start");
    QProcess add;
    for (int i = 0; i < 50; ++i) {
        add.start(QStringLiteral("/usr/bin/python3"), {QStringLiteral("-c"), QString::fromUtf8(script), address});
        add.waitForFinished(10000);
        if (add.exitCode() == 0)
            break;
        QTest::qWait(100); // the mock is still starting
    }
    if (!add.readAllStandardOutput().contains("ready"))
        return QString::fromUtf8(add.readAllStandardError());
    return {};
}

} // namespace plugboard::test
