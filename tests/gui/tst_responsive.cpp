// SPDX-License-Identifier: GPL-3.0-or-later
// The window keeps taking keys while a fix waits on a process or on D-Bus: the privileged helper
// behind a fake launcher that sleeps 10 s (as pkexec behind its password dialog would), and an
// unmount that UDisks2 (python-dbusmock on a private system bus) never answers. A real key press
// in the host tree's filter is handled while either still runs; Cancel then ends it, once. The
// tray's "Start the agent at login" with a systemctl that takes 10 s. No timing is asserted (the
// latencies are in tests/bench/bench_responsive.cpp).
#include "../common/fakehelper.h"
#include "../common/udisksmock.h"
#include "diagnosiswizard.h"
#include "host/helperlauncher.h"
#include "host/sysfshostbackend.h"
#include "host/udisks.h"
#include "hostpane.h"
#include "mainwindow.h"
#include "tray.h"

#include <QApplication>
#include <QFile>
#include <QLineEdit>
#include <QMenu>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace plugboard;

namespace {
// A UDisks2 whose Unmount never answers in time.
const char *kHungScript = R"PY(
import dbus, sys
bus = dbus.bus.BusConnection(sys.argv[1])
mock = dbus.Interface(bus.get_object('org.freedesktop.UDisks2', '/org/freedesktop/UDisks2'), 'org.freedesktop.DBus.Mock')
mock.AddObject('/org/freedesktop/UDisks2/block_devices/sdh1', 'org.freedesktop.UDisks2.Filesystem', {},
               [('Unmount', 'a{sv}', '', 'time.sleep(20)')])
print('ready', flush=True)
)PY";

QPushButton *cancelButton(ui::DiagnosisWizard *wizard)
{
    for (QPushButton *b : wizard->findChildren<QPushButton *>()) {
        if (b->text().remove(QLatin1Char('&')) == QLatin1String("Cancel the fix"))
            return b;
    }
    return nullptr;
}

// Types into the host tree's filter as a user would (the window active, the field focused) and
// says whether the key arrived. The key goes in as the window system delivers it (through the
// window, where a modal dialog would block it), so nothing may be modal meanwhile.
bool keyIsHandled(ui::MainWindow &w, Qt::Key key, const QString &expected)
{
    auto *filter = w.hostPane()->findChild<QLineEdit *>();
    if (!filter || QApplication::activeModalWidget())
        return false;
    w.activateWindow();
    if (!QTest::qWaitForWindowActive(&w))
        return false;
    filter->setFocus();
    QTest::keyClick(w.windowHandle(), key);
    return filter->text() == expected;
}
} // namespace

class TestResponsive : public QObject
{
    Q_OBJECT
private:
    QProcess m_bus, m_mock;
    QString m_address;

    // Tools ▸ Troubleshoot…, walked to the findings page, where the Fix buttons are.
    ui::DiagnosisWizard *openWizard(ui::MainWindow &w)
    {
        w.diagnose(QString(), QString());
        auto *wizard = w.findChild<ui::DiagnosisWizard *>();
        if (!wizard || !QTest::qWaitForWindowExposed(wizard))
            return nullptr;
        QSignalSpy checked(wizard, &ui::DiagnosisWizard::checksFinished);
        wizard->next();
        wizard->next();
        if (!checked.wait(30000))
            return nullptr;
        wizard->next();
        return wizard->currentId() == ui::DiagnosisWizard::FindingsPage ? wizard : nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        if (QStandardPaths::findExecutable(QStringLiteral("dbus-daemon")).isEmpty())
            QSKIP("dbus-daemon is not installed (.ci/install-deps installs dbus)");
        // The system bus is a private one (UDisks2 absent until the mock is started).
        m_address = test::startPrivateBus(m_bus);
        QVERIFY(!m_address.isEmpty());
        qputenv("DBUS_SYSTEM_BUS_ADDRESS", m_address.toUtf8());
    }

    void cleanupTestCase()
    {
        m_mock.kill();
        m_mock.waitForFinished();
        m_bus.kill();
        m_bus.waitForFinished();
    }

    void keysWhileTheHelperRuns()
    {
        // The launcher the window uses is injectable: a script that records its arguments and
        // sleeps 10 s stands in for `pkexec plugboard-helper`.
        QTemporaryDir dir;
        const QString started = dir.filePath(QStringLiteral("started"));
        const QString fake = dir.filePath(QStringLiteral("fake-helper"));
        QVERIFY(test::writeFakeHelper(fake, started, "exec sleep 10"));
        host::SysfsHostBackend backend({});
        backend.start();
        ui::MainWindow w;
        w.setHostBackend(&backend);
        w.setHelperLauncher(host::HelperLauncher(fake));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        ui::DiagnosisWizard *wizard = openWizard(w);
        QVERIFY(wizard);
        QCOMPARE(wizard->helperLauncher().program(), fake);
        QSignalSpy fixed(wizard, &ui::DiagnosisWizard::fixFinished);

        // A root fix, as its button would run it: handed to the helper, which now runs.
        wizard->runFix(
            {QStringLiteral("automatic"), QStringLiteral("Enable the port"), QStringLiteral("port-enable:usb1-port2")});
        QTRY_VERIFY_WITH_TIMEOUT(wizard->helperRun() && QFile::exists(started), 10000);
        host::HelperRun *run = wizard->helperRun();
        QSignalSpy finished(run, &host::HelperRun::finished);
        QFile args(started);
        QVERIFY(args.open(QIODevice::ReadOnly));
        QCOMPARE(args.readAll().trimmed(), QByteArray("port-enable usb1-port2"));

        // A key press in the main window while the helper still runs: handled.
        QVERIFY(keyIsHandled(w, Qt::Key_S, QStringLiteral("s")));
        QVERIFY(run->isRunning());
        QVERIFY(wizard->isFixRunning());
        QVERIFY(fixed.isEmpty());

        // Cancel, from the wizard's button: stopped, finished(Cancelled) once.
        QPushButton *cancel = cancelButton(wizard);
        QVERIFY(cancel);
        QVERIFY(cancel->isVisible() && cancel->isEnabled());
        QTest::mouseClick(cancel, Qt::LeftButton);
        QVERIFY(finished.wait(10000));
        QTest::qWait(300);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().at(0).value<host::HelperResult>().status, host::HelperResult::Status::Cancelled);
        QCOMPARE(fixed.size(), 1);
        QCOMPARE(fixed.first().at(0).toBool(), false);
        QVERIFY(!wizard->isFixRunning());
        QVERIFY(!QApplication::activeModalWidget()); // a cancel is said in the wizard, not in a box
        QVERIFY(keyIsHandled(w, Qt::Key_D, QStringLiteral("sd")));
        wizard->close();
    }

    void keysWhileUdisksDoesNotAnswer()
    {
        // UDisks2 that takes 20 s to answer an Unmount (timeout 10 s): the fix's unmount waits
        // for it through the event loop.
        const QString mockProblem = test::startUdisksMock(m_mock, m_address, kHungScript);
        QVERIFY2(mockProblem.isEmpty(), qPrintable(mockProblem));

        host::SysfsHostBackend backend({});
        backend.start();
        ui::MainWindow w;
        w.setHostBackend(&backend);
        w.setHelperLauncher(host::HelperLauncher()); // UDisks2 is there: no helper may run
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        ui::DiagnosisWizard *wizard = openWizard(w);
        QVERIFY(wizard);
        QSignalSpy fixed(wizard, &ui::DiagnosisWizard::fixFinished);
        QSignalSpy progress(wizard, &ui::DiagnosisWizard::fixProgress);
        wizard->runFix(
            {QStringLiteral("automatic"), QStringLiteral("Unmount /dev/sdh1"), QStringLiteral("unmount:sdh1")});
        QTRY_VERIFY_WITH_TIMEOUT(wizard->unmountJob() && !progress.isEmpty()
                && progress.last().at(0).toString() == QStringLiteral("Asking UDisks2 to unmount /dev/sdh1…"),
            10000);
        host::UnmountJob *job = wizard->unmountJob();
        QSignalSpy finished(job, &host::UnmountJob::finished);

        QVERIFY(keyIsHandled(w, Qt::Key_X, QStringLiteral("x")));
        QVERIFY(job->isRunning());
        QVERIFY(fixed.isEmpty());

        QPushButton *cancel = cancelButton(wizard);
        QVERIFY(cancel && cancel->isEnabled());
        QTest::mouseClick(cancel, Qt::LeftButton);
        QVERIFY(finished.wait(10000));
        QTest::qWait(300);
        QCOMPARE(finished.size(), 1);
        const auto r = finished.first().at(0).value<host::UnmountResult>();
        QCOMPARE(r.status, host::UnmountResult::Status::Cancelled);
        QVERIFY2(r.message.contains(QLatin1String("may still unmount")), qPrintable(r.message));
        QCOMPARE(fixed.size(), 1);
        QVERIFY(!wizard->isFixRunning());
        wizard->close();
    }

    void trayMenuDoesNotWaitForSystemctl()
    {
        // "Start the agent at login" shows the last answer of systemctl --user is-enabled at once
        // and asks again in the background; a systemctl that takes 10 s holds nothing up.
        QTemporaryDir dir;
        auto fake = [&dir](const QString &name, const QByteArray &body) {
            const QString path = dir.filePath(name);
            QFile f(path);
            if (f.open(QIODevice::WriteOnly))
                f.write("#!/bin/sh\n" + body);
            f.close();
            f.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
            return path;
        };
        ui::AgentLoginState *login = ui::AgentLoginState::instance();
        QTRY_VERIFY_WITH_TIMEOUT(!login->isRefreshing(), 10000); // a real systemctl asked earlier
        login->setCommand(fake(QStringLiteral("systemctl-enabled"), "echo enabled\n"), {});
        host::SysfsHostBackend backend({});
        backend.start();
        ui::MainWindow w;
        w.setHostBackend(&backend);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QSignalSpy answered(login, &ui::AgentLoginState::answered);
        ui::Tray tray(&w); // builds its menu, which asks
        auto atLogin = [&tray]() -> QAction * {
            for (QAction *a : tray.menu()->actions()) {
                if (a->text() == QLatin1String("Start the agent at &login"))
                    return a;
            }
            return nullptr;
        };
        QVERIFY(answered.wait(10000));
        QCOMPARE(answered.first().at(0).toBool(), true);
        QVERIFY(atLogin() && atLogin()->isChecked()); // the box follows the answer

        // systemctl now takes 10 s (and would say "disabled"): the menu is rebuilt at once with
        // the last answer, the window takes keys, and the question is still under way.
        login->setCommand(fake(QStringLiteral("systemctl-slow"), "sleep 10\necho disabled\n"), {});
        answered.clear();
        tray.rebuildMenu();
        QVERIFY(login->isRefreshing());
        QVERIFY(atLogin() && atLogin()->isChecked());
        QVERIFY(keyIsHandled(w, Qt::Key_Q, QStringLiteral("q")));
        QVERIFY(login->isRefreshing());
        QVERIFY(answered.isEmpty());
    }
};

QTEST_MAIN(TestResponsive)
#include "tst_responsive.moc"
