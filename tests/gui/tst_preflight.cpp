// SPDX-License-Identifier: GPL-3.0-or-later
// Pre-flight before an attach, with real components: umockdev USB sticks whose block devices carry
// the device numbers of real tmpfs mounts (so the real mount table says they are mounted), UDisks2
// as python-dbusmock on a private bus standing in for the system bus, libvirt's test driver as the
// hypervisor, and the window's real dialogs answered as a user would.
#include "../common/fakehelper.h"
#include "../common/udisksmock.h"
#include "attach/attachservice.h"
#include "guestmodel.h"
#include "guestpane.h"
#include "host/helperlauncher.h"
#include "host/sysfshostbackend.h"
#include "hostpane.h"
#include "mainwindow.h"

#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <umockdev.h>

using namespace plugboard;

namespace {
const char *kMockScript = R"PY(
import dbus, sys
bus = dbus.bus.BusConnection(sys.argv[1])
mock = dbus.Interface(bus.get_object('org.freedesktop.UDisks2', '/org/freedesktop/UDisks2'), 'org.freedesktop.DBus.Mock')
fs = 'org.freedesktop.UDisks2.Filesystem'
mock.AddObject('/org/freedesktop/UDisks2/block_devices/sdy', fs, {}, [('Unmount', 'a{sv}', '', '')])
mock.AddObject('/org/freedesktop/UDisks2/block_devices/sdz', fs, {},
               [('Unmount', 'a{sv}', '', 'raise dbus.exceptions.DBusException("Error unmounting /dev/sdz: target is busy", name="org.freedesktop.UDisks2.Error.DeviceBusy")')])
print('ready', flush=True)
)PY";

const char *kCallsScript = R"PY(
import dbus, sys
bus = dbus.bus.BusConnection(sys.argv[1])
o = bus.get_object('org.freedesktop.UDisks2', '/org/freedesktop/UDisks2/block_devices/' + sys.argv[2])
print(len([c for c in dbus.Interface(o, 'org.freedesktop.DBus.Mock').GetCalls() if c[1] == 'Unmount']))
)PY";

// Answers the next message box with the button whose text contains `button`.
void answerNextBox(const QString &button)
{
    QTimer::singleShot(200, [button] {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            auto *box = qobject_cast<QMessageBox *>(w);
            if (!box || !box->isVisible())
                continue;
            for (QAbstractButton *b : box->buttons()) {
                if (b->text().remove(QLatin1Char('&')).contains(button)) {
                    b->click();
                    return;
                }
            }
        }
        answerNextBox(button); // not shown yet
    });
}
} // namespace

class TestPreflight : public QObject
{
    Q_OBJECT
private:
    UMockdevTestbed *m_bed = nullptr;
    QProcess m_bus, m_mock;
    QString m_address;
    QList<QString> m_mounts;

    QByteArray tmpfsDevNum(QTemporaryDir &dir)
    {
        QProcess mount;
        mount.start(QStringLiteral("mount"),
            {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("plugboard-test"), dir.path()});
        if (!mount.waitForFinished(10000) || mount.exitCode() != 0)
            return {};
        m_mounts.append(dir.path());
        struct stat st;
        if (::stat(QFile::encodeName(dir.path()).constData(), &st) != 0)
            return {};
        return QByteArray::number(major(st.st_dev)) + ':' + QByteArray::number(minor(st.st_dev));
    }

    void addStick(const char *name, const char *serial, const char *devnum, const char *disk, const QByteArray &devNum,
        const char *root, int hostNo)
    {
        gchar *stick = umockdev_testbed_add_device(m_bed, "usb", name, root, "idVendor", "0781", "idProduct", "5567",
            "speed", "480", "version", " 2.00", "bDeviceClass", "00", "busnum", "1", "devnum", devnum, "serial", serial,
            "product", "Cruzer Blade", nullptr, "DEVTYPE", "usb_device", nullptr);
        const QByteArray ifName = QByteArray(name) + ":1.0";
        gchar *iface = umockdev_testbed_add_device(m_bed, "usb", ifName.constData(), stick, "bInterfaceClass", "08",
            "bInterfaceSubClass", "06", "bInterfaceProtocol", "50", nullptr, "DEVTYPE", "usb_interface", nullptr);
        const QByteArray h = "host" + QByteArray::number(hostNo), t = "target" + QByteArray::number(hostNo) + ":0:0",
                         l = QByteArray::number(hostNo) + ":0:0:0";
        gchar *host = umockdev_testbed_add_device(m_bed, "scsi", h.constData(), iface, nullptr, nullptr);
        gchar *target = umockdev_testbed_add_device(m_bed, "scsi", t.constData(), host, nullptr, nullptr);
        gchar *lun = umockdev_testbed_add_device(m_bed, "scsi", l.constData(), target, nullptr, nullptr);
        gchar *bedRoot = umockdev_testbed_get_root_dir(m_bed);
        const QByteArray blockDir = QByteArray(lun) + "/block";
        QVERIFY(QDir().mkpath(QFile::decodeName(QByteArray(bedRoot) + blockDir)));
        gchar *d = umockdev_testbed_add_device(
            m_bed, "block", disk, blockDir.constData(), "dev", devNum.constData(), nullptr, "DEVTYPE", "disk", nullptr);
        for (gchar *p : {stick, iface, host, target, lun, bedRoot, d})
            g_free(p);
    }

    int unmountCalls(const char *disk)
    {
        QProcess p;
        p.start(QStringLiteral("/usr/bin/python3"),
            {QStringLiteral("-c"), QString::fromUtf8(kCallsScript), m_address, QString::fromLatin1(disk)});
        p.waitForFinished(10000);
        return p.readAllStandardOutput().trimmed().toInt();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        if (QStandardPaths::findExecutable(QStringLiteral("dbus-daemon")).isEmpty())
            QSKIP("dbus-daemon is not installed (.ci/install-deps installs dbus)");
        m_address = test::startPrivateBus(m_bus);
        QVERIFY(!m_address.isEmpty());
        qputenv("DBUS_SYSTEM_BUS_ADDRESS", m_address.toUtf8());
        const QString mockProblem = test::startUdisksMock(m_mock, m_address, kMockScript);
        QVERIFY2(mockProblem.isEmpty(), qPrintable(mockProblem));
        m_bed = umockdev_testbed_new();
    }

    void cleanupTestCase()
    {
        for (const QString &m : std::as_const(m_mounts))
            QProcess::execute(QStringLiteral("umount"), {m});
        if (m_bed)
            g_object_unref(m_bed);
        m_mock.kill();
        m_mock.waitForFinished();
        m_bus.kill();
        m_bus.waitForFinished();
    }

    void mountedStickIsUnmountedFirstOrRefused()
    {
        QTemporaryDir a, b;
        const QByteArray devA = tmpfsDevNum(a), devB = tmpfsDevNum(b);
        if (devA.isEmpty() || devB.isEmpty())
            QSKIP("mounting a tmpfs needs root (CI runs as root)");
        gchar *pci = umockdev_testbed_add_device(
            m_bed, "pci", "0000:00:1d.0", nullptr, "vendor", "0x8086", nullptr, "DRIVER", "ehci-pci", nullptr);
        gchar *root = umockdev_testbed_add_device(m_bed, "usb", "usb1", pci, "idVendor", "1d6b", "idProduct", "0002",
            "speed", "480", "version", " 2.00", "maxchild", "4", "bDeviceClass", "09", "busnum", "1", "devnum", "1",
            nullptr, "DEVTYPE", "usb_device", nullptr);
        addStick("1-1", "FREE", "5", "sdy", devA, root, 6);
        addStick("1-2", "BUSY", "6", "sdz", devB, root, 7);
        g_free(pci);
        g_free(root);

        host::SysfsHostBackend backend({});
        backend.start();
        const host::UsbDevice *free = backend.topology().device(QStringLiteral("1-1"));
        QVERIFY(free);
        QCOMPARE(free->blockDevices.value(0).mountPoints, QStringList {a.path()});
        ui::MainWindow w;
        w.setHostBackend(&backend);
        w.addConnection(QStringLiteral("test:///default"));
        w.show();
        ui::GuestModel *guests = w.guestPane()->model();
        const QString guest = QStringLiteral("test:///default#test");
        QTRY_VERIFY_WITH_TIMEOUT(guests->indexOfGuest(guest).isValid(), 10000);
        const int before = guests->rowCount(guests->indexOfGuest(guest));
        QSignalSpy done(w.guestPane(), &ui::GuestPane::operationFinished);

        // Cancel: nothing is unmounted, nothing attached.
        answerNextBox(QStringLiteral("Cancel"));
        w.guestPane()->attachToGuest(QStringLiteral("1-1"), guest);
        QCOMPARE(unmountCalls("sdy"), 0);
        QTest::qWait(300);
        QCOMPARE(done.size(), 0);

        // Yes: UDisks2 unmounts it, then the attach is requested and confirmed.
        answerNextBox(QStringLiteral("Yes"));
        w.guestPane()->attachToGuest(QStringLiteral("1-1"), guest);
        QTRY_COMPARE_WITH_TIMEOUT(unmountCalls("sdy"), 1, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 10000);
        QVERIFY2(done.first().at(1).value<libvirt::OperationResult>().ok,
            qPrintable(done.first().at(1).value<libvirt::OperationResult>().message));
        QTRY_COMPARE_WITH_TIMEOUT(guests->rowCount(guests->indexOfGuest(guest)), before + 1, 10000);

        // A busy filesystem: named, not forced, and the attach is refused.
        done.clear();
        answerNextBox(QStringLiteral("Yes"));
        w.guestPane()->attachToGuest(QStringLiteral("1-2"), guest);
        QTRY_COMPARE_WITH_TIMEOUT(unmountCalls("sdz"), 1, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 10000);
        const auto refused = done.first().at(1).value<libvirt::OperationResult>();
        QVERIFY(!refused.ok);
        QVERIFY2(refused.message.contains(QLatin1String("target is busy")), qPrintable(refused.message));
        QTest::qWait(500);
        QCOMPARE(guests->rowCount(guests->indexOfGuest(guest)), before + 1);
        QCOMPARE(done.size(), 1);
    }

    void keysWhileTheUnmountWaitsForTheHelper()
    {
        // UDisks2 absent: the pre-flight's unmount falls back to the privileged helper, here a fake
        // launcher that sleeps 10 s as pkexec behind its password dialog would. The window keeps
        // taking keys meanwhile, the guest's row says what it waits for, and Cancel (the row's
        // menu) ends the request once, with nothing attached. Runs last: it stops the UDisks2 mock.
        QTemporaryDir mnt, dir;
        const QByteArray dev = tmpfsDevNum(mnt);
        if (dev.isEmpty())
            QSKIP("mounting a tmpfs needs root (CI runs as root)");
        m_mock.kill();
        m_mock.waitForFinished();
        const QString started = dir.filePath(QStringLiteral("started"));
        const QString fake = dir.filePath(QStringLiteral("fake-helper"));
        QVERIFY(test::writeFakeHelper(fake, started, "exec sleep 10"));
        gchar *root = umockdev_testbed_add_device(m_bed, "usb", "usb2", nullptr, "idVendor", "1d6b", "idProduct",
            "0002", "speed", "480", "version", " 2.00", "maxchild", "4", "bDeviceClass", "09", "busnum", "2", "devnum",
            "1", nullptr, "DEVTYPE", "usb_device", nullptr);
        addStick("2-1", "SLOW", "3", "sdx", dev, root, 9);
        g_free(root);
        host::SysfsHostBackend backend({});
        backend.start();
        QVERIFY(backend.topology().device(QStringLiteral("2-1")));
        ui::MainWindow w;
        w.setHostBackend(&backend);
        w.setHelperLauncher(host::HelperLauncher(fake));
        w.addConnection(QStringLiteral("test:///default"));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        ui::GuestModel *guests = w.guestPane()->model();
        const QString guest = QStringLiteral("test:///default#test");
        QTRY_VERIFY_WITH_TIMEOUT(guests->indexOfGuest(guest).isValid(), 10000);
        const int before = guests->rowCount(guests->indexOfGuest(guest));
        QSignalSpy done(w.guestPane(), &ui::GuestPane::operationFinished);
        QSignalSpy ended(w.attachService(), &attaching::AttachService::operationFinished);

        answerNextBox(QStringLiteral("Yes"));
        w.guestPane()->attachToGuest(QStringLiteral("2-1"), guest);
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(started), 10000);
        QFile args(started);
        QVERIFY(args.open(QIODevice::ReadOnly));
        QCOMPARE(args.readAll().trimmed(), QByteArray("unmount sdx"));
        QTRY_VERIFY_WITH_TIMEOUT(
            !guests->indexOfGuest(guest).data(ui::GuestModel::PendingRole).toString().isEmpty(), 5000);

        // A real key press in the host tree's filter while the helper still runs: handled.
        auto *filter = w.hostPane()->findChild<QLineEdit *>();
        QVERIFY(filter);
        QVERIFY(!QApplication::activeModalWidget());
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        filter->setFocus();
        QTest::keyClick(w.windowHandle(), Qt::Key_Q);
        QCOMPARE(filter->text(), QStringLiteral("q"));
        QCOMPARE(ended.size(), 0); // still waiting for the helper

        // Cancel, as the guest row's menu does: finished once, cancelled, nothing attached.
        w.attachService()->cancel(GuestRef::parse(guest));
        QTRY_COMPARE_WITH_TIMEOUT(ended.size(), 1, 5000);
        QCOMPARE(ended.first().at(1).value<libvirt::OperationResult>().ok, false);
        QTest::qWait(500);
        QCOMPARE(ended.size(), 1);
        QCOMPARE(done.size(), 0); // the user cancelled it: not reported as a failure
        QCOMPARE(guests->rowCount(guests->indexOfGuest(guest)), before);
        QVERIFY(guests->indexOfGuest(guest).data(ui::GuestModel::PendingRole).toString().isEmpty());
    }
};

QTEST_MAIN(TestPreflight)
#include "tst_preflight.moc"
