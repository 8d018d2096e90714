// SPDX-License-Identifier: GPL-3.0-or-later
// The privileged helper, run directly (pkexec needs a polkit daemon CI does not have): its
// argument table, each verb against a fake tree, and refusals of everything else. HelperLauncher
// and HelperRun (how the window and the CLI start it) with the real helper and with fakes.
#include "../common/faketree.h"
#include "host/helperlauncher.h"
#include "host/udisks.h"

#include <unistd.h>

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using plugboard::test::FakeTree;

namespace {
struct Run
{
    int code = -1;
    QByteArray err;
};

Run helper(const QString &binary, const QStringList &args)
{
    QProcess p;
    p.start(binary, args);
    Run r;
    if (p.waitForFinished(10000) && p.exitStatus() == QProcess::NormalExit)
        r.code = p.exitCode();
    r.err = p.readAllStandardError();
    return r;
}

Run testHelper(const FakeTree &t, const QString &verb, const QString &arg)
{
    return helper(QStringLiteral(PLUGBOARD_HELPER_TEST), {QStringLiteral("--test-root"), t.root(), verb, arg});
}

QString script(const QTemporaryDir &dir, const QString &name, const QByteArray &body)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    f.write("#!/bin/sh\n" + body);
    f.close();
    f.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    return path;
}

// Starts a run from the event loop and returns its one result (empty status list: never came).
QList<plugboard::host::HelperResult> results(plugboard::host::HelperRun &run)
{
    QSignalSpy finished(&run, &plugboard::host::HelperRun::finished);
    run.start();
    if (!finished.isEmpty())
        return {}; // never from inside start()
    if (finished.wait(20000))
        QTest::qWait(200); // a second one would come now
    QList<plugboard::host::HelperResult> out;
    for (const QList<QVariant> &f : finished)
        out.append(f.at(0).value<plugboard::host::HelperResult>());
    return out;
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<missing>");
}
} // namespace

class TestHelper : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void badArguments_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addRow("nothing") << QStringList {};
        QTest::addRow("verb only") << QStringList {QStringLiteral("authorize")};
        QTest::addRow("two arguments") << QStringList {
            QStringLiteral("authorize"), QStringLiteral("1-1"), QStringLiteral("1-2")};
        QTest::addRow("unknown verb") << QStringList {QStringLiteral("chmod"), QStringLiteral("1-1")};
        QTest::addRow("dot dot") << QStringList {QStringLiteral("authorize"), QStringLiteral("../../etc")};
        QTest::addRow("absolute") << QStringList {
            QStringLiteral("authorize"), QStringLiteral("/sys/bus/usb/devices/1-1")};
        QTest::addRow("shell") << QStringList {QStringLiteral("authorize"), QStringLiteral("1-1; rm -rf /")};
        QTest::addRow("substitution") << QStringList {QStringLiteral("unmount"), QStringLiteral("sdb$(id)")};
        QTest::addRow("newline") << QStringList {QStringLiteral("authorize"), QStringLiteral("1-1\n1-2")};
        QTest::addRow("overlong") << QStringList {
            QStringLiteral("authorize"), QStringLiteral("1-1") + QString(200, QLatin1Char('1'))};
        QTest::addRow("too deep") << QStringList {QStringLiteral("authorize"), QStringLiteral("1-1.1.1.1.1.1.1.1.1")};
        QTest::addRow("port for device verb")
            << QStringList {QStringLiteral("authorize"), QStringLiteral("usb1-port1")};
        QTest::addRow("device for port verb") << QStringList {QStringLiteral("port-enable"), QStringLiteral("1-1")};
        QTest::addRow("device for unbind") << QStringList {QStringLiteral("unbind"), QStringLiteral("1-1")};
        QTest::addRow("nvme for unmount") << QStringList {QStringLiteral("unmount"), QStringLiteral("nvme0n1p1")};
        QTest::addRow("other service") << QStringList {QStringLiteral("start-service"), QStringLiteral("sshd")};
        QTest::addRow("service path") << QStringList {QStringLiteral("start-service"), QStringLiteral("../libvirtd")};
        QTest::addRow("test root in production") << QStringList {
            QStringLiteral("--test-root"), QStringLiteral("/tmp"), QStringLiteral("authorize"), QStringLiteral("1-1")};
    }
    void badArguments()
    {
        QFETCH(QStringList, args);
        // The production helper: refuses before touching anything (exit 2, one line of reason).
        const Run r = helper(QStringLiteral(PLUGBOARD_HELPER), args);
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.startsWith("plugboard-helper: "));
    }

    void verbsOnAFakeTree()
    {
        FakeTree t;
        const QString c = t.addXhci();
        const QString dev = t.addDevice(c + QStringLiteral("/usb1"), QStringLiteral("1-2"));
        t.write(dev + QStringLiteral("/1-2:1.0/authorized"), "1\n");
        QCOMPARE(testHelper(t, QStringLiteral("deauthorize"), QStringLiteral("1-2")).code, 0);
        QCOMPARE(readFile(t.abs(dev + QStringLiteral("/authorized"))), QByteArray("0"));
        QCOMPARE(testHelper(t, QStringLiteral("authorize"), QStringLiteral("1-2")).code, 0);
        QCOMPARE(readFile(t.abs(dev + QStringLiteral("/authorized"))), QByteArray("1"));
        QCOMPARE(testHelper(t, QStringLiteral("deauthorize"), QStringLiteral("1-2:1.0")).code, 0);
        QCOMPARE(readFile(t.abs(dev + QStringLiteral("/1-2:1.0/authorized"))), QByteArray("0"));
        t.write(c + QStringLiteral("/usb1/1-0:1.0/usb1-port3/disable"), "1\n");
        QCOMPARE(testHelper(t, QStringLiteral("port-enable"), QStringLiteral("usb1-port3")).code, 0);
        QCOMPARE(readFile(t.abs(c + QStringLiteral("/usb1/1-0:1.0/usb1-port3/disable"))), QByteArray("0"));
        QCOMPARE(testHelper(t, QStringLiteral("port-disable"), QStringLiteral("usb1-port3")).code, 0);
        QCOMPARE(readFile(t.abs(c + QStringLiteral("/usb1/1-0:1.0/usb1-port3/disable"))), QByteArray("1"));
        QCOMPARE(testHelper(t, QStringLiteral("power-on"), QStringLiteral("1-2")).code, 0);
        QCOMPARE(readFile(t.abs(dev + QStringLiteral("/power/control"))), QByteArray("on"));
        // unbind writes the interface name to its driver's unbind file.
        t.driverLink(dev + QStringLiteral("/1-2:1.0"), QStringLiteral("usb"), QStringLiteral("usb-storage"));
        t.write(QStringLiteral("sys/bus/usb/drivers/usb-storage/unbind"), "");
        QCOMPARE(testHelper(t, QStringLiteral("unbind"), QStringLiteral("1-2:1.0")).code, 0);
        QCOMPARE(readFile(t.abs(QStringLiteral("sys/bus/usb/drivers/usb-storage/unbind"))), QByteArray("1-2:1.0"));
        // Devices that do not exist.
        const Run missing = testHelper(t, QStringLiteral("authorize"), QStringLiteral("1-9"));
        QCOMPARE(missing.code, 1);
        QVERIFY(missing.err.contains("no USB device"));
    }

    void launcherRunsTheHelper()
    {
        using plugboard::host::HelperLauncher;
        using plugboard::host::HelperResult;
        using plugboard::host::HelperRun;
        // The real helper (its test build, on a fake tree) through a launcher: done, and refused
        // with its own line.
        FakeTree t;
        const QString c = t.addXhci();
        t.write(c + QStringLiteral("/usb1/1-0:1.0/usb1-port3/disable"), "1\n");
        const HelperLauncher real(QStringLiteral(PLUGBOARD_HELPER_TEST), {QStringLiteral("--test-root"), t.root()});
        QVERIFY(real.isAvailable());
        {
            HelperRun run(real, QStringLiteral("port-enable"), QStringLiteral("usb1-port3"));
            QSignalSpy started(&run, &HelperRun::started);
            const auto r = results(run);
            QCOMPARE(r.size(), 1);
            QVERIFY2(r.first().ok(), qPrintable(r.first().message));
            QCOMPARE(r.first().exitCode, 0);
            QCOMPARE(started.size(), 1);
            QCOMPARE(readFile(t.abs(c + QStringLiteral("/usb1/1-0:1.0/usb1-port3/disable"))), QByteArray("0"));
        }
        {
            HelperRun run(real, QStringLiteral("authorize"), QStringLiteral("1-9"));
            const auto r = results(run);
            QCOMPARE(r.size(), 1);
            QCOMPARE(r.first().status, HelperResult::Status::Failed);
            QCOMPARE(r.first().exitCode, 1);
            QVERIFY2(r.first().errorOutput.contains(QLatin1String("no USB device")), qPrintable(r.first().errorOutput));
            QVERIFY2(r.first().message.contains(QLatin1String("no USB device")), qPrintable(r.first().message));
        }
        // The synchronous run (the CLI's) is the same run.
        QCOMPARE(real.run(QStringLiteral("port-disable"), QStringLiteral("usb1-port3")).status,
            HelperResult::Status::Succeeded);
        QCOMPARE(readFile(t.abs(c + QStringLiteral("/usb1/1-0:1.0/usb1-port3/disable"))), QByteArray("1"));
        QCOMPARE(real.run(QStringLiteral("chmod"), QStringLiteral("1-1")).exitCode, 2);

        // The default: the helper itself as root, else pkexec with the helper's absolute path.
        const HelperLauncher usual = HelperLauncher::forHelper(QStringLiteral(PLUGBOARD_HELPER));
        if (::geteuid() == 0) {
            QCOMPARE(usual.program(), QStringLiteral(PLUGBOARD_HELPER));
            QVERIFY(usual.leadingArguments().isEmpty());
        } else {
            QCOMPARE(usual.program(), QStringLiteral("/usr/bin/pkexec"));
            QCOMPARE(usual.leadingArguments(), QStringList {QStringLiteral(PLUGBOARD_HELPER)});
        }
        QCOMPARE(
            usual.arguments(QStringLiteral("unmount"), QStringLiteral("sdb1")).mid(usual.leadingArguments().size()),
            (QStringList {QStringLiteral("unmount"), QStringLiteral("sdb1")}));

        // Never looked up on PATH; missing programs and helpers are named before anything runs.
        const QString relative = HelperLauncher(QStringLiteral("plugboard-helper")).unavailableReason();
        QVERIFY2(relative.contains(QLatin1String("absolute path")), qPrintable(relative));
        QVERIFY(HelperLauncher::forHelper(QStringLiteral("plugboard-helper")).isHelperMissing());
        QVERIFY(!HelperLauncher().isAvailable());
        QTemporaryDir dir;
        {
            HelperRun run(HelperLauncher::forHelper(dir.filePath(QStringLiteral("missing"))), QStringLiteral("unmount"),
                QStringLiteral("sdb1"));
            QSignalSpy failed(&run, &HelperRun::failedToStart);
            const auto r = results(run);
            QCOMPARE(r.size(), 1);
            QCOMPARE(r.first().status, HelperResult::Status::FailedToStart);
            QVERIFY2(r.first().message.contains(QLatin1String("not installed")), qPrintable(r.first().message));
            QCOMPARE(failed.size(), 1);
        }
        // pkexec's own statuses: 126 the dialog dismissed, 127 not authorized.
        const QString pkexec126 = script(dir, QStringLiteral("pkexec"), "exit 126\n");
        {
            HelperRun run(HelperLauncher(pkexec126, {QStringLiteral(PLUGBOARD_HELPER)}), QStringLiteral("unmount"),
                QStringLiteral("sdb1"));
            QVERIFY2(run.describe().startsWith(QLatin1String("Waiting for authorization")), qPrintable(run.describe()));
            const auto r = results(run);
            QCOMPARE(r.size(), 1);
            QCOMPARE(r.first().status, HelperResult::Status::Refused);
        }
        QTemporaryDir dir127;
        const QString pkexec127 = script(dir127, QStringLiteral("pkexec"),
            "echo 'Error executing command as another user: Not authorized' >&2\nexit 127\n");
        {
            HelperRun run(HelperLauncher(pkexec127, {QStringLiteral(PLUGBOARD_HELPER)}), QStringLiteral("unmount"),
                QStringLiteral("sdb1"));
            const auto r = results(run);
            QCOMPARE(r.size(), 1);
            QCOMPARE(r.first().status, HelperResult::Status::Refused);
            QVERIFY2(r.first().message.contains(QLatin1String("Not authorized")), qPrintable(r.first().message));
        }
        // A fake that sleeps 10 s: cancel() stops it (SIGTERM), finished(Cancelled) once; a
        // timeout does the same with TimedOut; cancel() before start() still answers once.
        const QString slow = script(dir, QStringLiteral("slow"), "exec sleep 10\n");
        {
            HelperRun run(HelperLauncher(slow), QStringLiteral("unmount"), QStringLiteral("sdb1"));
            QSignalSpy started(&run, &HelperRun::started);
            QSignalSpy finished(&run, &HelperRun::finished);
            run.start();
            QVERIFY(started.wait(10000));
            QVERIFY(run.isRunning());
            run.cancel();
            run.cancel();
            QVERIFY(finished.isEmpty());
            QVERIFY(finished.wait(10000));
            QTest::qWait(200);
            QCOMPARE(finished.size(), 1);
            QCOMPARE(finished.first().at(0).value<HelperResult>().status, HelperResult::Status::Cancelled);
            QVERIFY(!run.isRunning());
        }
        {
            HelperRun run(HelperLauncher(slow), QStringLiteral("unmount"), QStringLiteral("sdb1"));
            run.setTimeout(300);
            const auto r = results(run);
            QCOMPARE(r.size(), 1);
            QCOMPARE(r.first().status, HelperResult::Status::TimedOut);
        }
        {
            HelperRun run(HelperLauncher(slow), QStringLiteral("unmount"), QStringLiteral("sdb1"));
            QSignalSpy finished(&run, &HelperRun::finished);
            run.cancel();
            run.start();
            QVERIFY(finished.wait(5000));
            QTest::qWait(200);
            QCOMPARE(finished.size(), 1);
            QCOMPARE(finished.first().at(0).value<HelperResult>().status, HelperResult::Status::Cancelled);
        }
        // A run destroyed while its process runs does not wait for it (the process is stopped
        // in the background).
        {
            auto *run = new HelperRun(HelperLauncher(slow), QStringLiteral("unmount"), QStringLiteral("sdb1"));
            QSignalSpy started(run, &HelperRun::started);
            run->start();
            QVERIFY(started.wait(10000));
            delete run;
        }
    }

    void unmountWithoutASystemBus()
    {
        // No system bus at all (a minimal guest, a container): no UDisks2, so the helper's
        // unmount through the launcher, as where UDisks2 is not running.
        qputenv("DBUS_SYSTEM_BUS_ADDRESS", "unix:path=/nonexistent/plugboard-test-bus");
        QTemporaryDir dir;
        const QString ok = script(dir, QStringLiteral("helper"), "echo \"$@\" > \"$0.args\"\nexit 0\n");
        plugboard::host::UnmountJob job({QStringLiteral("sdb1")}, plugboard::host::HelperLauncher(ok));
        QSignalSpy finished(&job, &plugboard::host::UnmountJob::finished);
        job.start();
        QVERIFY(finished.wait(10000));
        const auto r = finished.first().at(0).value<plugboard::host::UnmountResult>();
        QVERIFY2(r.ok, qPrintable(r.message));
        QCOMPARE(r.via, QStringLiteral("plugboard-helper"));
        QCOMPARE(readFile(ok + QStringLiteral(".args")), QByteArray("unmount sdb1\n"));
        QVERIFY(plugboard::host::unmountWithUdisks(QStringLiteral("sdb1")).unavailable);
    }

    void linksThatLeaveSysAreRefused()
    {
        FakeTree t;
        t.addXhci();
        // A device link that leads out of /sys, and an attribute that is a symlink to a file elsewhere.
        t.write(QStringLiteral("etc/important"), "keep\n");
        t.link(QStringLiteral("sys/bus/usb/devices/1-7"), QStringLiteral("../../../../etc"));
        const Run out = testHelper(t, QStringLiteral("authorize"), QStringLiteral("1-7"));
        QCOMPARE(out.code, 1);
        const QString c = t.addXhci(QStringLiteral("0000:00:15.0"), 3);
        const QString dev = t.addDevice(c + QStringLiteral("/usb3"), QStringLiteral("3-1"));
        QFile::remove(t.abs(dev + QStringLiteral("/authorized")));
        t.link(dev + QStringLiteral("/authorized"), QStringLiteral("../../../../../etc/important"));
        QCOMPARE(testHelper(t, QStringLiteral("authorize"), QStringLiteral("3-1")).code, 1);
        QCOMPARE(readFile(t.abs(QStringLiteral("etc/important"))), QByteArray("keep\n"));
        // unmount only for block devices on USB.
        t.write(QStringLiteral("sys/devices/pci0000:00/0000:00:17.0/ata1/host0/target0:0:0/0:0:0:0/block/sda/dev"),
            "8:0\n");
        t.link(QStringLiteral("sys/class/block/sda"),
            QStringLiteral("../../devices/pci0000:00/0000:00:17.0/ata1/host0/target0:0:0/0:0:0:0/block/sda"));
        const Run sata = testHelper(t, QStringLiteral("unmount"), QStringLiteral("sda"));
        QCOMPARE(sata.code, 1);
        QVERIFY2(sata.err.contains("not on a USB device"), sata.err.constData());
        // The letters "/usb" in a path are not a USB root hub (the attacker's review).
        t.write(
            QStringLiteral("sys/devices/platform/usbdisk-lookalike/host1/target1:0:0/1:0:0:0/block/sdc/dev"), "8:32\n");
        t.link(QStringLiteral("sys/class/block/sdc"),
            QStringLiteral("../../devices/platform/usbdisk-lookalike/host1/target1:0:0/1:0:0:0/block/sdc"));
        const Run lookalike = testHelper(t, QStringLiteral("unmount"), QStringLiteral("sdc"));
        QCOMPARE(lookalike.code, 1);
        QVERIFY2(lookalike.err.contains("not on a USB device"), lookalike.err.constData());
    }

    void policyValidatesAgainstPolkitsDtd()
    {
        const QString dtd = QStringLiteral("/usr/share/polkit-1/policyconfig-1.dtd");
        if (!QFile::exists(dtd))
            QSKIP("polkit's DTD is not installed (.ci/install-deps installs polkitd)");
        QProcess p;
        p.start(QStringLiteral("xmllint"),
            {QStringLiteral("--noout"), QStringLiteral("--dtdvalid"), dtd,
                QStringLiteral(PLUGBOARD_SOURCE_DIR "/resources/io.github.plugboard.Plugboard.policy")});
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitCode(), 0);
        QVERIFY(QFile(QStringLiteral(PLUGBOARD_SOURCE_DIR "/resources/io.github.plugboard.Plugboard.policy"))
                    .open(QIODevice::ReadOnly));
    }
};

QTEST_GUILESS_MAIN(TestHelper)
#include "tst_helper.moc"
