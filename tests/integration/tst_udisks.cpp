// SPDX-License-Identifier: GPL-3.0-or-later
// Unmounting through UDisks2 against python-dbusmock on a private bus standing in for the system
// bus: success, a busy filesystem (named, not forced), UDisks2 absent, and UDisks2 hung.
#include "assign/notifier.h"
#include "diagnostics/fixrunner.h"
#include "host/udisks.h"

#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace plugboard;

namespace {
// Adds UDisks2 block objects with a Filesystem.Unmount method to the running mock.
const char *kMockScript = R"PY(
import dbus, sys, time
bus = dbus.bus.BusConnection(sys.argv[1])
mock = dbus.Interface(bus.get_object('org.freedesktop.UDisks2', '/org/freedesktop/UDisks2'), 'org.freedesktop.DBus.Mock')
fs = 'org.freedesktop.UDisks2.Filesystem'
mock.AddObject('/org/freedesktop/UDisks2/block_devices/sdb1', fs, {'MountPoints': dbus.Array([], signature='ay')},
               [('Unmount', 'a{sv}', '', '')])
mock.AddObject('/org/freedesktop/UDisks2/block_devices/sdc1', fs, {},
               [('Unmount', 'a{sv}', '', 'raise dbus.exceptions.DBusException("Error unmounting /dev/sdc1: target is busy", name="org.freedesktop.UDisks2.Error.DeviceBusy")')])
mock.AddObject('/org/freedesktop/UDisks2/block_devices/sdd1', fs, {},
               [('Unmount', 'a{sv}', '', 'time.sleep(4)')])
print('ready', flush=True)
)PY";
} // namespace

class TestUdisks : public QObject
{
    Q_OBJECT
private:
    QProcess m_bus, m_mock;
    QString m_address;

private Q_SLOTS:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("dbus-daemon")).isEmpty())
            QSKIP("dbus-daemon is not installed (.ci/install-deps installs dbus)");
        m_bus.start(QStringLiteral("dbus-daemon"),
            {QStringLiteral("--session"), QStringLiteral("--print-address"), QStringLiteral("--nofork")});
        QVERIFY(m_bus.waitForReadyRead(10000));
        m_address = QString::fromUtf8(m_bus.readLine()).trimmed();
        QVERIFY(!m_address.isEmpty());
        // Our code asks the system bus: point it at the private one before the first use.
        qputenv("DBUS_SYSTEM_BUS_ADDRESS", m_address.toUtf8());
        // The agent's notifications go to the session bus: the same private bus.
        qputenv("DBUS_SESSION_BUS_ADDRESS", m_address.toUtf8());
    }

    void cleanupTestCase()
    {
        m_mock.kill();
        m_mock.waitForFinished();
        m_bus.kill();
        m_bus.waitForFinished();
    }

    void udisksAbsent()
    {
        const host::UnmountResult r = host::unmountWithUdisks(QStringLiteral("sdb1"));
        QVERIFY(!r.ok);
        QVERIFY(r.unavailable);
        // The fix then falls back to the privileged helper.
        const diagnostics::FixOutcome f
            = diagnostics::applyFix({QStringLiteral("automatic"), {}, QStringLiteral("unmount:sdb1")}, {}, {});
        QVERIFY(f.needsHelper);
        QCOMPARE(f.helperVerb, QStringLiteral("unmount"));
        QCOMPARE(f.helperArgument, QStringLiteral("sdb1"));
    }

    void unmountThroughUdisks()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DBUS_SYSTEM_BUS_ADDRESS"), m_address);
        m_mock.setProcessEnvironment(env);
        m_mock.start(QStringLiteral("/usr/bin/python3"),
            {QStringLiteral("-m"), QStringLiteral("dbusmock"), QStringLiteral("--system"),
                QStringLiteral("org.freedesktop.UDisks2"), QStringLiteral("/org/freedesktop/UDisks2"),
                QStringLiteral("org.freedesktop.DBus.ObjectManager")});
        QVERIFY(m_mock.waitForStarted());
        QProcess add;
        for (int i = 0; i < 50; ++i) {
            add.start(
                QStringLiteral("/usr/bin/python3"), {QStringLiteral("-c"), QString::fromUtf8(kMockScript), m_address});
            add.waitForFinished(10000);
            if (add.exitCode() == 0)
                break;
            QTest::qWait(100); // the mock is still starting
        }
        QVERIFY2(add.readAllStandardOutput().contains("ready"), add.readAllStandardError().constData());

        host::UnmountResult r = host::unmountWithUdisks(QStringLiteral("sdb1"));
        QVERIFY2(r.ok, qPrintable(r.message));
        r = host::unmountWithUdisks(QStringLiteral("sdc1"));
        QVERIFY(!r.ok);
        QVERIFY(r.busy);
        QVERIFY2(r.message.contains(QLatin1String("busy")) && r.message.contains(QLatin1String("target is busy")),
            qPrintable(r.message));
        r = host::unmountWithUdisks(QStringLiteral("sdd1"), 1000);
        QVERIFY(!r.ok);
        QVERIFY2(r.message.contains(QLatin1String("did not answer")), qPrintable(r.message));
        r = host::unmountWithUdisks(QStringLiteral("sdz9"));
        QVERIFY(!r.ok);
        QVERIFY(!host::unmountWithUdisks(QStringLiteral("../../x")).ok);
        // Through the fix runner: done without the helper.
        const diagnostics::FixOutcome f
            = diagnostics::applyFix({QStringLiteral("automatic"), {}, QStringLiteral("unmount:sdb1")}, {}, {});
        QVERIFY(f.ok);
        QVERIFY(!f.needsHelper);
    }

    void notificationsThroughTheDesktopService()
    {
        // No notification service: not available, and a notification fails quickly, reported.
        assign::Notifier n;
        QVERIFY(!n.isAvailable());
        QSignalSpy failed(&n, &assign::Notifier::failed);
        n.notify(QStringLiteral("USB device given to a guest"), QStringLiteral("body"), false);
        QVERIFY(failed.wait(5000));
        // python-dbusmock's notification daemon: the Notify call arrives with our summary.
        QProcess daemon;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), m_address);
        daemon.setProcessEnvironment(env);
        daemon.start(QStringLiteral("/usr/bin/python3"),
            {QStringLiteral("-m"), QStringLiteral("dbusmock"), QStringLiteral("--template"),
                QStringLiteral("notification_daemon")});
        QVERIFY(daemon.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(n.isAvailable(), 10000);
        failed.clear();
        n.notify(QStringLiteral("USB device given to a guest"), QStringLiteral("attach 1-1 to test"), false);
        QTest::qWait(500);
        QCOMPARE(failed.size(), 0);
        QProcess calls;
        calls.setProcessEnvironment(env);
        calls.start(QStringLiteral("/usr/bin/python3"),
            {QStringLiteral("-c"),
                QStringLiteral("import dbus\n"
                               "o = dbus.SessionBus().get_object('org.freedesktop.Notifications', "
                               "'/org/freedesktop/Notifications')\n"
                               "for c in dbus.Interface(o, 'org.freedesktop.DBus.Mock').GetCalls():\n"
                               "    print(c[1], c[2][3])\n")});
        QVERIFY(calls.waitForFinished(10000));
        const QByteArray out = calls.readAllStandardOutput();
        QVERIFY2(out.contains("Notify USB device given to a guest"), out.constData());
        daemon.kill();
        daemon.waitForFinished();
    }
};

QTEST_GUILESS_MAIN(TestUdisks)
#include "tst_udisks.moc"
