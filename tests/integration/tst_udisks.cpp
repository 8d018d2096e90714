// SPDX-License-Identifier: GPL-3.0-or-later
// Unmounting through UDisks2 against python-dbusmock on a private bus standing in for the system
// bus: success, a busy filesystem (named, not forced), UDisks2 absent, and UDisks2 hung; the same
// through the asynchronous UnmountJob (the window's), with fake helper launchers where UDisks2 is
// absent, cancel, timeouts, and finished() exactly once whatever happens.
#include "../common/udisksmock.h"
#include "assign/notifier.h"
#include "diagnostics/fixrunner.h"
#include "host/udisks.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
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

// A stand-in for the helper or its launcher: a shell script in `dir` that appends its arguments
// to `dir`/calls and then runs `body`.
QString fakeHelper(const QTemporaryDir &dir, const QString &name, const QByteArray &body)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    f.write("#!/bin/sh\necho \"$@\" >> '" + QFile::encodeName(dir.filePath(QStringLiteral("calls"))) + "'\n" + body);
    f.close();
    f.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    return path;
}

QStringList calls(const QTemporaryDir &dir)
{
    QFile f(dir.filePath(QStringLiteral("calls")));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

// Runs `job` from the event loop as the window does and returns what finished() gave, after
// checking that it came exactly once (also a while later) and that start() returned at once.
struct Ran
{
    host::UnmountResult result;
    int finishedCount = 0;
    QStringList progress;
};

Ran runJob(host::UnmountJob &job)
{
    Ran out;
    QSignalSpy finished(&job, &host::UnmountJob::finished);
    QSignalSpy progress(&job, &host::UnmountJob::progress);
    job.start();
    if (!job.isRunning() || !finished.isEmpty())
        return out; // start() must not finish anything by itself
    if (finished.wait(30000)) {
        QTest::qWait(300); // a second finished() would come now
        out.result = finished.first().at(0).value<host::UnmountResult>();
    }
    out.finishedCount = int(finished.size());
    for (const QList<QVariant> &p : progress)
        out.progress.append(p.at(0).toString());
    return out;
}
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
        m_address = test::startPrivateBus(m_bus);
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

    void jobWithoutUdisks()
    {
        // UDisks2 is not on the bus: the job falls back to the helper through the launcher given.
        QTemporaryDir dir;
        const QString ok = fakeHelper(dir, QStringLiteral("helper-ok"), "exit 0\n");
        {
            host::UnmountJob job({QStringLiteral("sdb1")}, host::HelperLauncher(ok));
            const Ran r = runJob(job);
            QCOMPARE(r.finishedCount, 1);
            QVERIFY2(r.result.ok, qPrintable(r.result.message));
            QCOMPARE(r.result.status, host::UnmountResult::Status::Unmounted);
            QCOMPARE(r.result.via, QStringLiteral("plugboard-helper"));
            QCOMPARE(r.result.unmounted, QStringList {QStringLiteral("sdb1")});
            QCOMPARE(r.progress.value(0), QStringLiteral("Asking UDisks2 to unmount /dev/sdb1…"));
            QVERIFY2(r.progress.value(1).contains(QLatin1String("plugboard-helper unmount sdb1")),
                qPrintable(r.progress.join(QLatin1Char('|'))));
            QCOMPARE(calls(dir), QStringList {QStringLiteral("unmount sdb1")});
        }
        // Several blocks of one stick, stopping at the first failure (here a busy sdb2).
        QFile::remove(dir.filePath(QStringLiteral("calls")));
        const QString busyOnSdb2 = fakeHelper(dir, QStringLiteral("helper-busy"),
            "case \"$2\" in sdb2) echo 'plugboard-helper: /media/stick: Device or resource busy (a program still uses "
            "it)' >&2; exit 1;; esac\nexit 0\n");
        {
            host::UnmountJob job({QStringLiteral("sdb1"), QStringLiteral("sdb2"), QStringLiteral("sdb3")},
                host::HelperLauncher(busyOnSdb2));
            const Ran r = runJob(job);
            QCOMPARE(r.finishedCount, 1);
            QVERIFY(!r.result.ok);
            QCOMPARE(r.result.status, host::UnmountResult::Status::Busy);
            QVERIFY(r.result.busy);
            QCOMPARE(r.result.block, QStringLiteral("sdb2"));
            QCOMPARE(r.result.unmounted, QStringList {QStringLiteral("sdb1")});
            QVERIFY2(r.result.message.contains(QLatin1String("busy"))
                    && r.result.message.contains(QLatin1String("/media/stick")),
                qPrintable(r.result.message));
            QCOMPARE(calls(dir), (QStringList {QStringLiteral("unmount sdb1"), QStringLiteral("unmount sdb2")}));
        }
        // The CLI's synchronous path is the same job: the same answers.
        QFile::remove(dir.filePath(QStringLiteral("calls")));
        host::UnmountResult sync = host::unmountSafely(
            QStringList {QStringLiteral("sdb1"), QStringLiteral("sdb2")}, host::HelperLauncher(busyOnSdb2));
        QVERIFY(sync.busy);
        QCOMPARE(sync.unmounted, QStringList {QStringLiteral("sdb1")});
        sync = host::unmountSafely(
            QStringList {QStringLiteral("sdb1"), QStringLiteral("sdb3")}, host::HelperLauncher(ok));
        QVERIFY2(sync.ok, qPrintable(sync.message));
        QCOMPARE(sync.unmounted, (QStringList {QStringLiteral("sdb1"), QStringLiteral("sdb3")}));
        // No helper where it should be: named, nothing run.
        {
            host::UnmountJob job({QStringLiteral("sdb1")},
                host::HelperLauncher::forHelper(dir.filePath(QStringLiteral("no-such-helper"))));
            const Ran r = runJob(job);
            QCOMPARE(r.finishedCount, 1);
            QVERIFY(r.result.unavailable);
            QCOMPARE(r.result.message, QStringLiteral("UDisks2 is not running and plugboard-helper is not installed."));
        }
        QVERIFY(host::unmountSafely(QStringLiteral("sdb1"), QString()).unavailable);
        // pkexec's "the dialog was dismissed" (126): refused, said so.
        QTemporaryDir bin;
        const QString pkexec = fakeHelper(bin, QStringLiteral("pkexec"), "exit 126\n");
        {
            host::UnmountJob job({QStringLiteral("sdb1")}, host::HelperLauncher(pkexec, {ok}));
            const Ran r = runJob(job);
            QCOMPARE(r.finishedCount, 1);
            QCOMPARE(r.result.status, host::UnmountResult::Status::Refused);
            QVERIFY2(r.result.message.contains(QLatin1String("authorization")), qPrintable(r.result.message));
            QVERIFY2(r.progress.value(1).startsWith(QLatin1String("Waiting for authorization")),
                qPrintable(r.progress.join(QLatin1Char('|'))));
        }
        // A helper that takes 10 s: cancel() while it runs stops it; finished(Cancelled) once.
        QFile::remove(dir.filePath(QStringLiteral("calls")));
        const QString slow = fakeHelper(dir, QStringLiteral("helper-slow"), "exec sleep 10\n");
        {
            host::UnmountJob job({QStringLiteral("sdb1"), QStringLiteral("sdb2")}, host::HelperLauncher(slow));
            QSignalSpy finished(&job, &host::UnmountJob::finished);
            job.start();
            QTRY_VERIFY_WITH_TIMEOUT(!calls(dir).isEmpty(), 10000); // the helper runs
            QVERIFY(job.isRunning());
            QVERIFY(job.helperRun() && job.helperRun()->isRunning());
            job.cancel();
            job.cancel(); // twice: still one answer
            QVERIFY(finished.isEmpty()); // from the event loop, not from inside cancel()
            QVERIFY(finished.wait(10000));
            QTest::qWait(300);
            QCOMPARE(finished.size(), 1);
            const auto r = finished.first().at(0).value<host::UnmountResult>();
            QCOMPARE(r.status, host::UnmountResult::Status::Cancelled);
            QVERIFY(r.unmounted.isEmpty());
            QCOMPARE(calls(dir), QStringList {QStringLiteral("unmount sdb1")}); // sdb2 never asked
        }
        // The helper's own bound.
        {
            host::UnmountJob job({QStringLiteral("sdb1")}, host::HelperLauncher(slow));
            job.setHelperTimeout(500);
            const Ran r = runJob(job);
            QCOMPARE(r.finishedCount, 1);
            QCOMPARE(r.result.status, host::UnmountResult::Status::TimedOut);
        }
        // Without a launcher: UDisks2 only (unmountWithUdisks), unavailable.
        {
            host::UnmountJob job({QStringLiteral("sdb1")});
            const Ran r = runJob(job);
            QCOMPARE(r.finishedCount, 1);
            QVERIFY(r.result.unavailable);
        }
    }

    void unmountThroughUdisks()
    {
        const QString mockProblem = test::startUdisksMock(m_mock, m_address, kMockScript);
        QVERIFY2(mockProblem.isEmpty(), qPrintable(mockProblem));

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

    void jobThroughUdisks()
    {
        // UDisks2 (the mock started above) answers: the helper is never run.
        QTemporaryDir dir;
        const host::HelperLauncher helper(fakeHelper(dir, QStringLiteral("helper"), "exit 0\n"));
        {
            host::UnmountJob job({QStringLiteral("sdb1")}, helper);
            const Ran r = runJob(job);
            QCOMPARE(r.finishedCount, 1);
            QVERIFY2(r.result.ok, qPrintable(r.result.message));
            QCOMPARE(r.result.via, QStringLiteral("UDisks2"));
            QCOMPARE(r.progress, QStringList {QStringLiteral("Asking UDisks2 to unmount /dev/sdb1…")});
        }
        // Busy in the middle of three: stops there, names it; the first stays unmounted.
        {
            host::UnmountJob job({QStringLiteral("sdb1"), QStringLiteral("sdc1"), QStringLiteral("sdb1")}, helper);
            const Ran r = runJob(job);
            QCOMPARE(r.finishedCount, 1);
            QVERIFY(r.result.busy);
            QCOMPARE(r.result.status, host::UnmountResult::Status::Busy);
            QCOMPARE(r.result.block, QStringLiteral("sdc1"));
            QCOMPARE(r.result.unmounted, QStringList {QStringLiteral("sdb1")});
            QVERIFY2(r.result.message.contains(QLatin1String("target is busy")), qPrintable(r.result.message));
        }
        // Not a filesystem UDisks2 knows, and not a block device name at all.
        {
            host::UnmountJob job({QStringLiteral("sdz9")}, helper);
            const Ran r = runJob(job);
            QCOMPARE(r.finishedCount, 1);
            QCOMPARE(r.result.status, host::UnmountResult::Status::Failed);
        }
        {
            host::UnmountJob job({QStringLiteral("../../x")}, helper);
            const Ran r = runJob(job);
            QCOMPARE(r.finishedCount, 1);
            QVERIFY(!r.result.ok);
            QVERIFY(r.progress.isEmpty()); // nothing was asked
        }
        // Nothing to do, and cancel() before start(): one answer each.
        {
            host::UnmountJob job(QStringList {}, helper);
            const Ran r = runJob(job);
            QCOMPARE(r.finishedCount, 1);
            QVERIFY(r.result.ok);
        }
        {
            host::UnmountJob job({QStringLiteral("sdb1")}, helper);
            QSignalSpy finished(&job, &host::UnmountJob::finished);
            job.cancel();
            job.start();
            QVERIFY(finished.wait(5000));
            QTest::qWait(300);
            QCOMPARE(finished.size(), 1);
            QCOMPARE(
                finished.first().at(0).value<host::UnmountResult>().status, host::UnmountResult::Status::Cancelled);
        }
        // A hung UDisks2: the timeout is reported (and the wait was said in progress()).
        {
            host::UnmountJob job({QStringLiteral("sdd1")}, helper);
            job.setUdisksTimeout(1000);
            job.setSlowNotice(200);
            const Ran r = runJob(job);
            QCOMPARE(r.finishedCount, 1);
            QCOMPARE(r.result.status, host::UnmountResult::Status::TimedOut);
            QVERIFY2(r.result.message.contains(QLatin1String("did not answer")), qPrintable(r.result.message));
            QVERIFY2(r.progress.size() == 2 && r.progress.at(1).startsWith(QLatin1String("Still waiting for UDisks2")),
                qPrintable(r.progress.join(QLatin1Char('|'))));
        }
        // cancel() while UDisks2 has not answered: cancelled once; the next block is never asked.
        {
            host::UnmountJob job({QStringLiteral("sdd1"), QStringLiteral("sdb1")}, helper);
            QSignalSpy finished(&job, &host::UnmountJob::finished);
            QSignalSpy progress(&job, &host::UnmountJob::progress);
            job.start();
            QVERIFY(progress.wait(5000));
            QVERIFY(job.isRunning());
            job.cancel();
            QVERIFY(finished.isEmpty());
            QVERIFY(finished.wait(5000));
            QTest::qWait(300);
            QCOMPARE(finished.size(), 1);
            const auto r = finished.first().at(0).value<host::UnmountResult>();
            QCOMPARE(r.status, host::UnmountResult::Status::Cancelled);
            QVERIFY(r.unmounted.isEmpty());
            QCOMPARE(progress.size(), 1);
        }
        QVERIFY(calls(dir).isEmpty()); // UDisks2 was there every time
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
