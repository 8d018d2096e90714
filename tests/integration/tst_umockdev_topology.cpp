// SPDX-License-Identifier: GPL-3.0-or-later
// Real libudev and sysfs code paths under umockdev: each recording in tests/data/umockdev
// gives its exact topology; devices added and removed at runtime reach the model incrementally.
#include "host/libusbprobe.h"
#include "host/sysfshostbackend.h"
#include "host/topologyformat.h"
#include "hostusbmodel.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QProcess>
#include <QTemporaryDir>

#include <QSignalSpy>
#include <QTest>
#include <sys/stat.h>
#include <sys/sysmacros.h>

#include <umockdev.h>

using namespace plugboard::host;
using plugboard::ui::HostUsbModel;

#ifndef PLUGBOARD_TEST_DATA
#error "PLUGBOARD_TEST_DATA must point at tests/data"
#endif

namespace {
QString corpus(const char *name)
{
    return QStringLiteral(PLUGBOARD_TEST_DATA "/umockdev/") + QLatin1String(name);
}

// The chain of (port id, device id) pairs from a controller down to `deviceId`.
QStringList chainTo(const HostTopology &topo, const QString &deviceId)
{
    QStringList chain;
    QString id = deviceId;
    while (const UsbDevice *d = topo.device(id)) {
        chain.prepend(d->id);
        chain.prepend(d->parentPortId);
        id = topo.port(d->parentPortId)->parentId;
    }
    chain.prepend(id);
    return chain;
}
} // namespace

class TestUmockdevTopology : public QObject
{
    Q_OBJECT
private:
    UMockdevTestbed *m_bed = nullptr;

    void load(const QString &file)
    {
        GError *error = nullptr;
        const QByteArray path = QFile::encodeName(file);
        const bool ok = umockdev_testbed_add_from_file(m_bed, path.constData(), &error);
        const QString msg = error ? QString::fromUtf8(error->message) : QString();
        if (error)
            g_error_free(error);
        QVERIFY2(ok, qPrintable(msg));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariable("LD_PRELOAD").contains(QLatin1String("umockdev-preload")),
            "run this test under umockdev-wrapper (ctest does)");
    }

    void init() { m_bed = umockdev_testbed_new(); }
    void cleanup()
    {
        g_object_unref(m_bed);
        m_bed = nullptr;
    }

    void canonBehindThreeHubs()
    {
        load(corpus("canon-powershot-sx200.umockdev"));
        SysfsHostBackend backend({QStringLiteral("/"), false, true});
        backend.start();
        const HostTopology &topo = backend.topology();
        QString why;
        QVERIFY2(topo.isConsistent(&why), qPrintable(why));
        QCOMPARE(topo.controllers.keys(), QStringList {QStringLiteral("0000:00:1a.0")});
        const UsbController &c = topo.controllers.first();
        QCOMPARE(c.rootHubs.size(), 1);
        QCOMPARE(c.rootHubs.first().id, QStringLiteral("usb1"));
        QCOMPARE(c.portIds,
            (QStringList {QStringLiteral("usb1-port1"), QStringLiteral("usb1-port2"), QStringLiteral("usb1-port3")}));
        // controller (root hub usb1 folded in) -> port 1 -> hub 1-1 -> port 5 -> hub 1-1.5 -> port 2
        // -> hub 1-1.5.2 -> port 3 -> 04a9:31c0
        QCOMPARE(chainTo(topo, QStringLiteral("1-1.5.2.3")),
            (QStringList {QStringLiteral("0000:00:1a.0"), QStringLiteral("usb1-port1"), QStringLiteral("1-1"),
                QStringLiteral("1-1-port5"), QStringLiteral("1-1.5"), QStringLiteral("1-1.5-port2"),
                QStringLiteral("1-1.5.2"), QStringLiteral("1-1.5.2-port3"), QStringLiteral("1-1.5.2.3")}));
        const UsbDevice *cam = topo.device(QStringLiteral("1-1.5.2.3"));
        QCOMPARE(cam->vendorId, QStringLiteral("04a9"));
        QCOMPARE(cam->productId, QStringLiteral("31c0"));
        QCOMPARE(cam->speedMbps.value_or(0), 480.0);
        QCOMPARE(cam->maxPowerMa.value_or(-1), 2); // "  2mA"
        QCOMPARE(cam->busnum.value_or(-1), 1); // "1\n"
        QCOMPARE(cam->devnum.value_or(-1), 11);
        QCOMPARE(cam->serial, QStringLiteral("C767F1C714174C309255F70E4A7B2EE2"));
        QVERIFY(cam->descriptors);
        QCOMPARE(cam->descriptors->configurations.first().interfaces.first().endpoints.size(), 3);
        QCOMPARE(categoryOf(*cam), DeviceCategory::Camera);
        // Every hub port exists, empty ones included: 6 + 4 + 4 hub ports and 3 root ports.
        QCOMPARE(topo.ports.size(), 3 + 6 + 4 + 4);
        QCOMPARE(topo.devices.size(), 4);
        // The controller's name comes from the hardware database when udev's hwdb is installed.
        if (QFile::exists(QStringLiteral("/usr/lib/udev/hwdb.bin"))
            || QFile::exists(QStringLiteral("/etc/udev/hwdb.bin"))) {
            QVERIFY2(cam->vendorNameDb.contains(QLatin1String("Canon")), qPrintable(cam->vendorNameDb));
            QVERIFY(!c.modelName.isEmpty());
        }
    }

    void otherRecordings_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("controller");
        QTest::addColumn<QString>("device");
        QTest::addColumn<QString>("vidpid");
        QTest::addColumn<double>("speed");
        QTest::addColumn<int>("category");
        QTest::addColumn<int>("devices");
        QTest::addRow("fido2") << corpus("fido2.umockdev") << QStringLiteral("0000:05:00.3") << QStringLiteral("1-2.3")
                               << QStringLiteral("1050:0120") << 12.0 << int(DeviceCategory::Hid) << 2;
        QTest::addRow("sony phone") << corpus("sony-xperia-mini-pro.umockdev") << QStringLiteral("0000:00:1a.0")
                                    << QStringLiteral("1-1.5.2.4") << QStringLiteral("0fce:0166") << 480.0
                                    << int(DeviceCategory::Phone) << 4;
        QTest::addRow("keyboard") << corpus("usbkbd.umockdev") << QStringLiteral("0000:00:1a.0")
                                  << QStringLiteral("1-1.5.4.2") << QStringLiteral("05f3:0007") << 12.0
                                  << int(DeviceCategory::Keyboard) << 4;
    }

    void otherRecordings()
    {
        QFETCH(QString, file);
        QFETCH(QString, controller);
        QFETCH(QString, device);
        QFETCH(QString, vidpid);
        QFETCH(double, speed);
        QFETCH(int, category);
        QFETCH(int, devices);
        load(file);
        SysfsHostBackend backend({QStringLiteral("/"), false, true});
        backend.start();
        const HostTopology &topo = backend.topology();
        QString why;
        QVERIFY2(topo.isConsistent(&why), qPrintable(why));
        QCOMPARE(topo.controllers.keys(), QStringList {controller});
        const UsbDevice *d = topo.device(device);
        QVERIFY2(d, qPrintable(topologyToText(topo)));
        QCOMPARE(d->vendorId + QLatin1Char(':') + d->productId, vidpid);
        QCOMPARE(d->speedMbps.value_or(0), speed);
        QCOMPARE(int(categoryOf(*d)), category);
        QCOMPARE(topo.devices.size(), devices);
        QCOMPARE(topo.controllerOf(device), controller);
    }

    void everyRecordingReadsAsItsOwnText_data()
    {
        // Every recording in tests/data/umockdev, the third-party ones (umockdev's and libfprint's)
        // included: what the recording's own text says about each USB device is what the reader
        // finds through the real libudev and sysfs paths.
        QTest::addColumn<QString>("file");
        const QDir dir(QStringLiteral(PLUGBOARD_TEST_DATA "/umockdev"));
        const QStringList files = dir.entryList({QStringLiteral("*.umockdev")});
        QVERIFY(files.size() >= 10);
        for (const QString &f : files)
            QTest::newRow(qPrintable(f)) << dir.filePath(f);
    }

    void everyRecordingReadsAsItsOwnText()
    {
        QFETCH(QString, file);
        // The recording as text: "P: /devices/..." starts a device; "E: DEVTYPE=usb_device" marks a
        // USB device; "A: name=value" are its attributes (umockdev escapes a newline as \n).
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        struct Expected
        {
            QString vidpid;
            double speed = 0;
        };
        QMap<QString, Expected> expected;
        QString path;
        bool usbDevice = false;
        Expected cur;
        auto flush = [&] {
            const QString name = path.section(QLatin1Char('/'), -1);
            if (usbDevice && !name.startsWith(QLatin1String("usb")))
                expected.insert(name, cur);
        };
        for (const QByteArray &raw : f.readAll().split('\n')) {
            const QString line = QString::fromUtf8(raw);
            if (line.startsWith(QLatin1String("P: "))) {
                flush();
                path = line.mid(3);
                usbDevice = false;
                cur = {};
            } else if (line == QLatin1String("E: DEVTYPE=usb_device")) {
                usbDevice = true;
            } else if (line.startsWith(QLatin1String("A: "))) {
                const QString name = line.mid(3).section(QLatin1Char('='), 0, 0);
                const QString value = line.section(QLatin1Char('='), 1).remove(QLatin1String("\\n")).trimmed();
                if (name == QLatin1String("idVendor"))
                    cur.vidpid.prepend(value + QLatin1Char(':'));
                else if (name == QLatin1String("idProduct"))
                    cur.vidpid.append(value);
                else if (name == QLatin1String("speed"))
                    cur.speed = value.toDouble();
            }
        }
        flush();
        load(file);
        SysfsHostBackend backend({QStringLiteral("/"), false, true});
        backend.start();
        const HostTopology &topo = backend.topology();
        QString why;
        QVERIFY2(topo.isConsistent(&why), qPrintable(why));
        QStringList found = topo.devices.keys();
        found.sort();
        QCOMPARE(found, QStringList(expected.keys()));
        for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
            const UsbDevice *d = topo.device(it.key());
            QCOMPARE(d->vendorId + QLatin1Char(':') + d->productId, it.value().vidpid);
            QCOMPARE(d->speedMbps.value_or(0), it.value().speed);
            QVERIFY2(!topo.controllerOf(it.key()).isEmpty(), qPrintable(it.key()));
        }
        // A recording without USB (a touchpad on i8042) is a host with no USB bus, not an error.
        if (expected.isEmpty())
            QVERIFY(topo.controllers.isEmpty());
    }

    void libusbSeesTheSameDevices()
    {
        // libusb serves the live host; under umockdev it enumerates the same sysfs.
        load(corpus("canon-powershot-sx200.umockdev"));
        SysfsHostBackend backend({QStringLiteral("/"), false, false});
        backend.start();
        QString error;
        const auto devices = LibusbProbe::enumerate(&error);
        QVERIFY2(devices, qPrintable(error));
        bool found = false;
        for (const LibusbDeviceInfo &i : *devices) {
            if (i.portPath == QLatin1String("1-1.5.2.3")) {
                found = true;
                QCOMPARE(i.vendorId, quint16(0x04a9));
                QCOMPARE(i.bus, 1);
                QCOMPARE(i.address, 11);
            }
        }
        QVERIFY(found);
    }

    void massStorageBlockDevicesFollowUdev()
    {
        // A USB 3 stick on a fresh xHCI: the block device arrives after the USB device, as in the
        // kernel, and its udev event refreshes the device's storage.
        gchar *pci = umockdev_testbed_add_device(m_bed, "pci", "0000:00:14.0", nullptr, "vendor", "0x8086", "device",
            "0xa36d", nullptr, "DRIVER", "xhci_hcd", nullptr);
        gchar *root = umockdev_testbed_add_device(m_bed, "usb", "usb2", pci, "idVendor", "1d6b", "idProduct", "0003",
            "speed", "5000", "version", " 3.10", "maxchild", "4", "bDeviceClass", "09", "busnum", "2", "devnum", "1",
            nullptr, "DEVTYPE", "usb_device", nullptr);
        SysfsHostBackend backend({QStringLiteral("/"), true, false});
        QSignalSpy changed(&backend, &HostBackend::topologyChanged);
        backend.start();
        QCOMPARE(backend.topology().ports.size(), 4);
        gchar *stick = umockdev_testbed_add_device(m_bed, "usb", "2-3", root, "idVendor", "0781", "idProduct", "5581",
            "speed", "5000", "version", " 3.20", "bDeviceClass", "00", "busnum", "2", "devnum", "4", "product", "Ultra",
            "serial", "4C530001", nullptr, "DEVTYPE", "usb_device", nullptr);
        gchar *iface = umockdev_testbed_add_device(m_bed, "usb", "2-3:1.0", stick, "bInterfaceClass", "08",
            "bInterfaceSubClass", "06", "bInterfaceProtocol", "50", nullptr, "DEVTYPE", "usb_interface", nullptr);
        umockdev_testbed_uevent(m_bed, stick, "add");
        QVERIFY(changed.wait(5000));
        const UsbDevice *d = backend.topology().device(QStringLiteral("2-3"));
        QVERIFY(d);
        QCOMPARE(backend.topology().port(QStringLiteral("usb2-port3"))->deviceId, QStringLiteral("2-3"));
        QCOMPARE(categoryOf(*d), DeviceCategory::Storage);
        QVERIFY(d->blockDevices.isEmpty());
        // SCSI host, target and LUN as the kernel makes them; block devices sit in the LUN's "block" directory.
        gchar *host
            = umockdev_testbed_add_device(m_bed, "scsi", "host6", iface, nullptr, "DEVTYPE", "scsi_host", nullptr);
        gchar *target = umockdev_testbed_add_device(
            m_bed, "scsi", "target6:0:0", host, nullptr, "DEVTYPE", "scsi_target", nullptr);
        gchar *lun
            = umockdev_testbed_add_device(m_bed, "scsi", "6:0:0:0", target, nullptr, "DEVTYPE", "scsi_device", nullptr);
        gchar *bedRoot = umockdev_testbed_get_root_dir(m_bed);
        const QByteArray blockDir = QByteArray(lun) + "/block";
        QVERIFY(QDir().mkpath(QFile::decodeName(QByteArray(bedRoot) + blockDir)));
        g_free(bedRoot);

        gchar *disk = umockdev_testbed_add_device(m_bed, "block", "sdb", blockDir.constData(), "dev", "8:16", "size",
            "60062500", nullptr, "DEVTYPE", "disk", nullptr);
        QVERIFY(disk);
        umockdev_testbed_uevent(m_bed, disk, "add");
        QVERIFY(changed.wait(5000));
        d = backend.topology().device(QStringLiteral("2-3"));
        QCOMPARE(d->blockDevices.size(), 1);
        QCOMPARE(d->blockDevices.first().name, QStringLiteral("sdb"));
        QCOMPARE(d->blockDevices.first().sizeBytes, qint64(60062500) * 512);
        QCOMPARE(changed.last().first().value<TopologyChange>().data, QSet<QString> {QStringLiteral("2-3")});
        for (gchar *p : {pci, root, stick, iface, host, target, lun, disk})
            g_free(p);
    }

    void mountTableChangesRefreshStorage()
    {
        // A stick whose block device has the device number of a real tmpfs mount: when that is
        // unmounted, /proc/self/mountinfo signals a change and the stick's mounts are re-read.
        QTemporaryDir mnt;
        const QByteArray where = QFile::encodeName(mnt.path());
        QProcess mount;
        mount.start(QStringLiteral("mount"),
            {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("plugboard-test"), mnt.path()});
        if (!mount.waitForFinished(10000) || mount.exitCode() != 0)
            QSKIP("mounting a tmpfs needs root (CI runs as root)");
        struct stat st;
        QCOMPARE(::stat(where.constData(), &st), 0);
        const QByteArray devNum = QByteArray::number(major(st.st_dev)) + ':' + QByteArray::number(minor(st.st_dev));
        gchar *pci
            = umockdev_testbed_add_device(m_bed, "pci", "0000:00:14.0", nullptr, "vendor", "0x8086", nullptr, nullptr);
        gchar *root = umockdev_testbed_add_device(m_bed, "usb", "usb1", pci, "maxchild", "2", "bDeviceClass", "09",
            "speed", "480", nullptr, "DEVTYPE", "usb_device", nullptr);
        gchar *stick = umockdev_testbed_add_device(m_bed, "usb", "1-1", root, "idVendor", "0781", "idProduct", "5567",
            "speed", "480", nullptr, "DEVTYPE", "usb_device", nullptr);
        gchar *iface = umockdev_testbed_add_device(
            m_bed, "usb", "1-1:1.0", stick, "bInterfaceClass", "08", nullptr, "DEVTYPE", "usb_interface", nullptr);
        gchar *host = umockdev_testbed_add_device(m_bed, "scsi", "host0", iface, nullptr, nullptr);
        gchar *target = umockdev_testbed_add_device(m_bed, "scsi", "target0:0:0", host, nullptr, nullptr);
        gchar *lun = umockdev_testbed_add_device(m_bed, "scsi", "0:0:0:0", target, nullptr, nullptr);
        gchar *bedRoot = umockdev_testbed_get_root_dir(m_bed);
        const QByteArray blockDir = QByteArray(lun) + "/block";
        QVERIFY(QDir().mkpath(QFile::decodeName(QByteArray(bedRoot) + blockDir)));
        gchar *disk = umockdev_testbed_add_device(m_bed, "block", "sdz", blockDir.constData(), "dev",
            devNum.constData(), nullptr, "DEVTYPE", "disk", nullptr);
        SysfsHostBackend backend({QStringLiteral("/"), true, false});
        QSignalSpy changed(&backend, &HostBackend::topologyChanged);
        backend.start();
        const UsbDevice *d = backend.topology().device(QStringLiteral("1-1"));
        QVERIFY(d);
        QCOMPARE(d->blockDevices.size(), 1);
        QCOMPARE(d->blockDevices.first().mountPoints, QStringList {mnt.path()});
        QProcess umount;
        umount.start(QStringLiteral("umount"), {mnt.path()});
        QVERIFY(umount.waitForFinished(10000));
        QCOMPARE(umount.exitCode(), 0);
        QVERIFY(changed.wait(5000));
        d = backend.topology().device(QStringLiteral("1-1"));
        QVERIFY(d->blockDevices.first().mountPoints.isEmpty());
        for (gchar *p : {pci, root, stick, iface, host, target, lun, bedRoot, disk})
            g_free(p);
    }

    void hotplugReachesTheModelIncrementally()
    {
        load(corpus("canon-powershot-sx200.umockdev"));
        SysfsHostBackend backend({QStringLiteral("/"), true, false});
        QSignalSpy changed(&backend, &HostBackend::topologyChanged);
        backend.start();
        QVERIFY2(backend.isLive(), qPrintable(backend.statusMessage()));
        HostUsbModel model;
        model.setBackend(&backend);
        QVERIFY(model.rowCount() > 0);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        const QPersistentModelIndex camera(model.indexOf(QStringLiteral("1-1.5.2.3")));
        QVERIFY(camera.isValid());

        // Plug a keyboard into the empty port 1 of hub 1-1.5.2.
        const QByteArray hub = "/sys/devices/pci0000:00/0000:00:1a.0/usb1/1-1/1-1.5/1-1.5.2";
        gchar *path = umockdev_testbed_add_device(m_bed, "usb", "1-1.5.2.1", hub.constData(), "idVendor", "046d",
            "idProduct", "c31c", "speed", "1.5", "version", " 1.10", "bDeviceClass", "00", "busnum", "1", "devnum",
            "12", "bMaxPower", "100mA", "product", "USB Keyboard", "authorized", "1", "maxchild", "0", nullptr,
            "DEVTYPE", "usb_device", nullptr);
        QVERIFY(path);
        const QByteArray devPath(path);
        g_free(path);
        umockdev_testbed_uevent(m_bed, devPath.constData(), "add");
        QVERIFY(changed.wait(5000));
        QCOMPARE(inserted.size(), 1);
        const QModelIndex portIndex = model.indexOf(QStringLiteral("1-1.5.2-port1"));
        QCOMPARE(inserted.first().at(0).value<QModelIndex>(), portIndex);
        QCOMPARE(inserted.first().at(1).toInt(), 0);
        QCOMPARE(inserted.first().at(2).toInt(), 0);
        QCOMPARE(model.id(model.index(0, 0, portIndex)), QStringLiteral("1-1.5.2.1"));
        QCOMPARE(model.index(0, HostUsbModel::SpeedColumn, portIndex).data().toString(), speedText(1.5));
        QVERIFY(camera.isValid());
        QCOMPARE(model.id(camera), QStringLiteral("1-1.5.2.3"));
        QString why;
        QVERIFY2(model.isConsistent(&why), qPrintable(why));

        // A change event (authorization dropped) is a dataChanged on that row only.
        QSignalSpy dataChanged(&model, &QAbstractItemModel::dataChanged);
        umockdev_testbed_set_attribute(m_bed, devPath.constData(), "authorized", "0");
        umockdev_testbed_uevent(m_bed, devPath.constData(), "change");
        QVERIFY(changed.wait(5000));
        QVERIFY(dataChanged.size() >= 1);
        QCOMPARE(dataChanged.first().at(0).value<QModelIndex>(), model.indexOf(QStringLiteral("1-1.5.2.1")));
        QCOMPARE(backend.topology().device(QStringLiteral("1-1.5.2.1"))->authorized, std::optional<bool>(false));

        // Unplug it again.
        umockdev_testbed_uevent(m_bed, devPath.constData(), "remove");
        umockdev_testbed_remove_device(m_bed, devPath.constData());
        QVERIFY(changed.wait(5000));
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed.first().at(0).value<QModelIndex>(), model.indexOf(QStringLiteral("1-1.5.2-port1")));
        QVERIFY(!model.indexOf(QStringLiteral("1-1.5.2.1")).isValid());
        QVERIFY(camera.isValid());

        // Unplug the middle hub: its whole subtree goes in one removal, under its port.
        const QByteArray hub15 = "/sys/devices/pci0000:00/0000:00:1a.0/usb1/1-1/1-1.5";
        const QByteArray cam = hub + QByteArray("/1-1.5.2.3");
        umockdev_testbed_uevent(m_bed, cam.constData(), "remove");
        umockdev_testbed_uevent(m_bed, hub.constData(), "remove");
        umockdev_testbed_uevent(m_bed, hub15.constData(), "remove");
        umockdev_testbed_remove_device(m_bed, cam.constData());
        umockdev_testbed_remove_device(m_bed, hub.constData());
        umockdev_testbed_remove_device(m_bed, hub15.constData());
        QTRY_VERIFY_WITH_TIMEOUT(!model.indexOf(QStringLiteral("1-1.5")).isValid(), 5000);
        QVERIFY(!camera.isValid());
        QCOMPARE(removed.last().at(0).value<QModelIndex>(), model.indexOf(QStringLiteral("1-1-port5")));
        QVERIFY2(model.isConsistent(&why), qPrintable(why));
        QVERIFY2(backend.topology().isConsistent(&why), qPrintable(why));
        QCOMPARE(backend.topology().devices.size(), 1);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(model.resetCount(), 0);
    }
};

QTEST_MAIN(TestUmockdevTopology)
#include "tst_umockdev_topology.moc"
