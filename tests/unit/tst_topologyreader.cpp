// SPDX-License-Identifier: GPL-3.0-or-later
// TopologyReader on fake trees built in a temporary directory: layout, values, storage, bad input.
#include "../common/faketree.h"
#include "host/hosttopology.h"
#include "host/powerbudget.h"
#include "host/topologyreader.h"

#include <QTemporaryDir>
#include <QTest>

using namespace plugboard::host;
using plugboard::test::FakeTree;

class TestTopologyReader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void xhciWithEmptyPortsAndPeers()
    {
        FakeTree t;
        const QString c = t.addXhci();
        t.addDevice(c + QStringLiteral("/usb1"), QStringLiteral("1-2"));
        HostTopology topo = TopologyReader(SysfsRoot(t.root())).readAll();
        QString why;
        QVERIFY2(topo.isConsistent(&why), qPrintable(why));
        QCOMPARE(topo.controllers.size(), 1);
        const UsbController &ctl = topo.controllers.first();
        QCOMPARE(ctl.id, QStringLiteral("0000:00:14.0"));
        QCOMPARE(ctl.driver, QStringLiteral("xhci_hcd"));
        QCOMPARE(ctl.vendorId, QStringLiteral("8086"));
        QCOMPARE(ctl.rootHubs.size(), 2);
        QCOMPARE(ctl.rootHubs.at(1).speedMbps.value_or(0), 5000.0);
        QCOMPARE(ctl.rootHubs.at(1).usbVersion, QStringLiteral("3.10"));
        // All 8 ports of both root hubs, empty ones included, USB 2 first.
        QCOMPARE(ctl.portIds,
            (QStringList {QStringLiteral("usb1-port1"), QStringLiteral("usb1-port2"), QStringLiteral("usb1-port3"),
                QStringLiteral("usb1-port4"), QStringLiteral("usb2-port1"), QStringLiteral("usb2-port2"),
                QStringLiteral("usb2-port3"), QStringLiteral("usb2-port4")}));
        const UsbPort *p2 = topo.port(QStringLiteral("usb1-port2"));
        QVERIFY(p2);
        QCOMPARE(p2->deviceId, QStringLiteral("1-2"));
        QCOMPARE(p2->connectType, QStringLiteral("hotplug"));
        QCOMPARE(p2->overCurrentCount.value_or(-1), 0);
        QCOMPARE(p2->peerId, QStringLiteral("usb2-port2"));
        QVERIFY(!p2->synthesized);
        QVERIFY(topo.port(QStringLiteral("usb1-port1"))->deviceId.isEmpty());
        const UsbDevice *d = topo.device(QStringLiteral("1-2"));
        QVERIFY(d);
        QCOMPARE(d->vendorId, QStringLiteral("0781"));
        QCOMPARE(d->productId, QStringLiteral("5567"));
        QCOMPARE(d->serial, QStringLiteral("4C530001"));
        QCOMPARE(d->speedMbps.value_or(0), 480.0);
        QCOMPARE(d->usbVersion, QStringLiteral("2.00"));
        QCOMPARE(d->maxPowerMa.value_or(-1), 200);
        QCOMPARE(d->busnum.value_or(-1), 1);
        QCOMPARE(d->devnum.value_or(-1), 5);
        QCOMPARE(d->authorized, std::optional<bool>(true));
        QCOMPARE(d->powerControl, QStringLiteral("on"));
        QCOMPARE(d->interfaces.size(), 1);
        QCOMPARE(d->interfaces.first().cls.value_or(0), quint8(0x08));
        QCOMPARE(categoryOf(*d), DeviceCategory::Storage);
        QCOMPARE(topo.controllerOf(QStringLiteral("1-2")), QStringLiteral("0000:00:14.0"));
    }

    void nestedHubsWithoutPortNodes()
    {
        // Older kernels and umockdev recordings have no port nodes: ports come from maxchild and names.
        FakeTree t;
        const QString c = t.addXhci();
        const QString hub = t.addDevice(c + QStringLiteral("/usb1"), QStringLiteral("1-1"), {}, {});
        t.makeHub(hub, QStringLiteral("1-1"), 4, false);
        const QString hub2 = t.addDevice(hub, QStringLiteral("1-1.3"), {}, {});
        t.makeHub(hub2, QStringLiteral("1-1.3"), 2, false);
        t.addDevice(hub2, QStringLiteral("1-1.3.2"), {{QStringLiteral("bMaxPower"), "  2mA\n"}}, {"03"});
        // A child on a port number beyond maxchild still gets its port.
        t.addDevice(hub2, QStringLiteral("1-1.3.7"));
        HostTopology topo = TopologyReader(SysfsRoot(t.root())).readAll();
        QString why;
        QVERIFY2(topo.isConsistent(&why), qPrintable(why));
        const UsbDevice *h = topo.device(QStringLiteral("1-1"));
        QVERIFY(h && h->isHub());
        QCOMPARE(h->portIds.size(), 4);
        QVERIFY(topo.port(QStringLiteral("1-1-port1"))->synthesized);
        QCOMPARE(topo.port(QStringLiteral("1-1-port3"))->deviceId, QStringLiteral("1-1.3"));
        const UsbDevice *h2 = topo.device(QStringLiteral("1-1.3"));
        QCOMPARE(h2->portIds,
            (QStringList {
                QStringLiteral("1-1.3-port1"), QStringLiteral("1-1.3-port2"), QStringLiteral("1-1.3-port7")}));
        QCOMPARE(topo.device(QStringLiteral("1-1.3.2"))->maxPowerMa.value_or(-1), 2);
        QCOMPARE(topo.subtreeDevices(QStringLiteral("1-1")).size(), 4);
    }

    void storageMountsAndSwap()
    {
        FakeTree t;
        const QString c = t.addXhci();
        const QString dev = t.addDevice(c + QStringLiteral("/usb2"), QStringLiteral("2-1"),
            {{QStringLiteral("speed"), "5000\n"}, {QStringLiteral("version"), " 3.20\n"}});
        const QString block = dev + QStringLiteral("/2-1:1.0/host6/target6:0:0/6:0:0:0/block/sdb");
        t.attrs(block, {{QStringLiteral("dev"), "8:16\n"}, {QStringLiteral("size"), "30031872\n"}});
        t.attrs(block + QStringLiteral("/sdb1"),
            {{QStringLiteral("dev"), "8:17\n"}, {QStringLiteral("size"), "2048\n"},
                {QStringLiteral("partition"), "1\n"}});
        t.attrs(
            block + QStringLiteral("/sdb2"), {{QStringLiteral("dev"), "8:18\n"}, {QStringLiteral("partition"), "2\n"}});
        t.write(QStringLiteral("proc/self/mountinfo"),
            "22 1 8:1 / / rw,relatime - ext4 /dev/sda1 rw\n"
            "90 22 8:17 / /media/alice/MY\\040STICK rw,nosuid - vfat /dev/sdb1 rw\n"
            "91 22 8:17 / /mnt/again rw - vfat /dev/sdb1 rw\n");
        t.write(QStringLiteral("proc/swaps"), "Filename Type Size Used Priority\n/dev/sdb2 partition 1024 0 -2\n");
        t.write(QStringLiteral("run/udev/data/b8:17"),
            "S:disk/by-label/MY\\x20STICK\nE:ID_FS_LABEL=MY_STICK\nE:ID_FS_TYPE=vfat\n");
        HostTopology topo = TopologyReader(SysfsRoot(t.root())).readAll();
        const UsbDevice *d = topo.device(QStringLiteral("2-1"));
        QVERIFY(d);
        QCOMPARE(d->speedMbps.value_or(0), 5000.0);
        QCOMPARE(d->blockDevices.size(), 3);
        const BlockDevice &disk = d->blockDevices.at(0);
        QCOMPARE(disk.name, QStringLiteral("sdb"));
        QCOMPARE(disk.sizeBytes, qint64(30031872) * 512);
        QVERIFY(disk.mountPoints.isEmpty());
        const BlockDevice &p1 = d->blockDevices.at(1);
        QCOMPARE(p1.name, QStringLiteral("sdb1"));
        QVERIFY(p1.isPartition);
        QCOMPARE(p1.label, QStringLiteral("MY_STICK"));
        QCOMPARE(p1.mountPoints, (QStringList {QStringLiteral("/media/alice/MY STICK"), QStringLiteral("/mnt/again")}));
        QVERIFY(d->blockDevices.at(2).swap);
    }

    void garbageAndMissingValues()
    {
        FakeTree t;
        const QString c = t.addXhci();
        const QString dev = t.addDevice(c + QStringLiteral("/usb1"), QStringLiteral("1-3"),
            {{QStringLiteral("idVendor"), "\xff\xfe garbage\n"}, {QStringLiteral("speed"), "fast\n"},
                {QStringLiteral("bMaxPower"), "a lot\n"}, {QStringLiteral("bConfigurationValue"), "\n"},
                {QStringLiteral("busnum"), "-1\n"}, {QStringLiteral("descriptors"), QByteArray("\x12\x01\x00", 3)}});
        QFile::remove(t.abs(dev + QStringLiteral("/product")));
        QFile::remove(t.abs(dev + QStringLiteral("/authorized")));
        TopologyReader reader {SysfsRoot(t.root())};
        HostTopology topo = reader.readAll();
        const UsbDevice *d = topo.device(QStringLiteral("1-3"));
        QVERIFY(d);
        QVERIFY(d->vendorId.isEmpty());
        QCOMPARE(d->productId, QStringLiteral("5567"));
        QVERIFY(!d->speedMbps);
        QVERIFY(!d->maxPowerMa);
        QVERIFY(!d->configurationValue); // unconfigured
        QVERIFY(!d->busnum);
        QVERIFY(!d->authorized);
        QVERIFY(d->product.isEmpty());
        QVERIFY(!d->descriptors);
        QVERIFY2(topo.warnings.join(QLatin1Char('\n')).contains(QLatin1String("1-3: descriptors")),
            qPrintable(topo.warnings.join(QLatin1Char('\n'))));
        QVERIFY(!d->displayName().isEmpty());
    }

    void brokenLinksLoopsAndEscapes()
    {
        FakeTree t;
        const QString c = t.addXhci();
        t.addDevice(c + QStringLiteral("/usb1"), QStringLiteral("1-1"));
        // A root hub link that loops, one that leads out of the root, one that dangles.
        t.link(QStringLiteral("sys/bus/usb/devices/usb7"), QStringLiteral("usb8"));
        t.link(QStringLiteral("sys/bus/usb/devices/usb8"), QStringLiteral("usb7"));
        t.link(QStringLiteral("sys/bus/usb/devices/usb9"), QStringLiteral("../../../../../../../../etc"));
        t.link(QStringLiteral("sys/bus/usb/devices/usb10"), QStringLiteral("../../../devices/gone/usb10"));
        // A directory symlink loop inside a device directory must not be followed.
        t.link(c + QStringLiteral("/usb1/1-1/1-1:1.0/loop"), QStringLiteral(".."));
        HostTopology topo = TopologyReader(SysfsRoot(t.root())).readAll();
        QString why;
        QVERIFY2(topo.isConsistent(&why), qPrintable(why));
        QCOMPARE(topo.controllers.size(), 1);
        QVERIFY(topo.device(QStringLiteral("1-1")));
        QCOMPARE(topo.warnings.size(), 4); // usb7 and usb8 loop, usb9 escapes, usb10 dangles
        QVERIFY(!SysfsRoot(t.root()).resolveLink(QStringLiteral("sys/bus/usb/devices/usb7")).has_value());
        QVERIFY(!SysfsRoot(t.root()).resolveLink(QStringLiteral("sys/bus/usb/devices/usb9")).has_value());
    }

    void linksOutOfACopiedTreeAreNotFollowed()
    {
        // Found by the attack review: a copied tree (a bundle, --root) whose device folder or
        // attribute files are links leading outside it was followed, and a device outside listed.
        QTemporaryDir outside;
        const QString dev = outside.filePath(QStringLiteral("1-2"));
        QDir().mkpath(dev);
        for (const auto &[name, value] : {std::pair {"idVendor", "dead\n"}, std::pair {"idProduct", "beef\n"},
                 std::pair {"busnum", "1\n"}, std::pair {"devnum", "9\n"}, std::pair {"product", "OUTSIDE\n"}}) {
            QFile f(dev + QLatin1Char('/') + QLatin1String(name));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(value);
        }
        QFile secret(outside.filePath(QStringLiteral("secret")));
        QVERIFY(secret.open(QIODevice::WriteOnly));
        secret.write("SECRET-OUTSIDE\n");
        secret.close();
        FakeTree t;
        const QString c = t.addXhci();
        const QString stick = t.addDevice(c + QStringLiteral("/usb1"), QStringLiteral("1-1"));
        // A device folder that is a link out (relative, climbing), and one by absolute path.
        const int depth = int(QString(c + QStringLiteral("/usb1")).count(QLatin1Char('/'))) + 1;
        t.link(c + QStringLiteral("/usb1/1-2"), QStringLiteral("../").repeated(depth + 8) + dev.mid(1));
        t.busLink(QStringLiteral("1-2"), c + QStringLiteral("/usb1/1-2"));
        t.link(c + QStringLiteral("/usb1/1-3"), dev);
        t.busLink(QStringLiteral("1-3"), c + QStringLiteral("/usb1/1-3"));
        // An attribute file of a real device that is a link to a file outside.
        QFile::remove(t.abs(stick + QStringLiteral("/product")));
        t.link(stick + QStringLiteral("/product"), secret.fileName());
        QFile::remove(t.abs(stick + QStringLiteral("/manufacturer")));
        t.link(stick + QStringLiteral("/manufacturer"),
            QStringLiteral("../").repeated(depth + 8) + secret.fileName().mid(1));
        const SysfsRoot root(t.root());
        const HostTopology topo = TopologyReader(root).readAll();
        QString why;
        QVERIFY2(topo.isConsistent(&why), qPrintable(why));
        QVERIFY(topo.device(QStringLiteral("1-1")));
        QVERIFY(!topo.device(QStringLiteral("1-2")));
        QVERIFY(!topo.device(QStringLiteral("1-3")));
        const UsbDevice *d = topo.device(QStringLiteral("1-1"));
        QVERIFY2(!d->product.contains(QLatin1String("SECRET")), qPrintable(d->product));
        QVERIFY2(!d->manufacturer.contains(QLatin1String("SECRET")), qPrintable(d->manufacturer));
        QVERIFY(!root.readBytes(stick + QStringLiteral("/product")).value_or(QByteArray()).contains("SECRET"));
        QVERIFY(root.entries(c + QStringLiteral("/usb1/1-2")).isEmpty());
    }

    void missingRootAndNoBus()
    {
        HostTopology none = TopologyReader(SysfsRoot(QStringLiteral("/nonexistent/plugboard-root"))).readAll();
        QVERIFY(none.isEmpty());
        QCOMPARE(none.warnings.size(), 1);
        QVERIFY(none.warnings.first().contains(QLatin1String("does not exist")));
        QTemporaryDir empty;
        HostTopology noBus = TopologyReader(SysfsRoot(empty.path())).readAll();
        QVERIFY(noBus.isEmpty());
        QVERIFY(noBus.warnings.first().contains(QLatin1String("no USB bus")));
    }

    void vanishedDeviceDirectory()
    {
        // Listed in bus/usb/devices but its directory is gone (unplugged between listing and reading).
        FakeTree t;
        const QString c = t.addXhci();
        const QString dev = t.addDevice(c + QStringLiteral("/usb1"), QStringLiteral("1-4"));
        QDir(t.abs(dev)).removeRecursively();
        TopologyReader reader {SysfsRoot(t.root())};
        HostTopology topo = reader.readAll();
        QVERIFY(topo.isConsistent());
        QVERIFY(topo.port(QStringLiteral("usb1-port4"))->deviceId.isEmpty());
        QVERIFY(!reader.readDeviceData(QStringLiteral("1-4")).has_value());
    }

    void replacePortIsIncremental()
    {
        FakeTree t;
        const QString c = t.addXhci();
        TopologyReader reader {SysfsRoot(t.root())};
        HostTopology topo = reader.readAll();
        // Plug a hub with a device into usb1-port3.
        const QString hub = t.addDevice(c + QStringLiteral("/usb1"), QStringLiteral("1-3"), {}, {});
        t.makeHub(hub, QStringLiteral("1-3"), 4);
        t.addDevice(hub, QStringLiteral("1-3.1"));
        TopologyChange ch = topo.replacePort(QStringLiteral("usb1-port3"), reader.readPort(QStringLiteral("usb1"), 3));
        QCOMPARE(ch.structure, QSet<QString> {QStringLiteral("usb1-port3")});
        QVERIFY(!ch.controllerSetChanged);
        QVERIFY(topo.isConsistent());
        QCOMPARE(topo.devices.size(), 2);
        QCOMPARE(topo.port(QStringLiteral("1-3-port1"))->deviceId, QStringLiteral("1-3.1"));
        // Change one attribute deep down: only that device is reported as changed.
        t.write(hub + QStringLiteral("/1-3.1/authorized"), "0\n");
        ch = topo.replacePort(QStringLiteral("usb1-port3"), reader.readPort(QStringLiteral("usb1"), 3));
        QVERIFY(ch.structure.isEmpty());
        QCOMPARE(ch.data, QSet<QString> {QStringLiteral("1-3.1")});
        // Unplug the hub.
        QDir(t.abs(hub)).removeRecursively();
        QFile::remove(t.abs(QStringLiteral("sys/bus/usb/devices/1-3")));
        ch = topo.replacePort(QStringLiteral("usb1-port3"), reader.readPort(QStringLiteral("usb1"), 3));
        QCOMPARE(ch.structure, QSet<QString> {QStringLiteral("usb1-port3")});
        QVERIFY(topo.isConsistent());
        QVERIFY(topo.devices.isEmpty());
        QCOMPARE(topo.ports.size(), 8);
        // Whole-controller diff agrees with a fresh read.
        QVERIFY(HostTopology::diff(topo, reader.readAll()).isEmpty());
    }

    void rootHubUnboundChangesTheControllerStructure()
    {
        // A root hub going away changes the controller's rows (its port list), not only its data.
        FakeTree t;
        const QString c = t.addXhci();
        TopologyReader reader {SysfsRoot(t.root())};
        HostTopology topo = reader.readAll();
        QCOMPARE(topo.controllers.first().portIds.size(), 8);
        QDir(t.abs(c + QStringLiteral("/usb2"))).removeRecursively();
        QFile::remove(t.abs(QStringLiteral("sys/bus/usb/devices/usb2")));
        const TopologyChange ch = topo.replaceController(
            QStringLiteral("0000:00:14.0"), reader.readController(QStringLiteral("0000:00:14.0")));
        QVERIFY(ch.structure.contains(QStringLiteral("0000:00:14.0")));
        QVERIFY(ch.data.contains(QStringLiteral("0000:00:14.0")));
        QCOMPARE(topo.controllers.first().portIds.size(), 4);
        QString why;
        QVERIFY2(topo.isConsistent(&why), qPrintable(why));
    }

    void powerBudget()
    {
        FakeTree t;
        const QString c = t.addXhci();
        const QString hub = t.addDevice(c + QStringLiteral("/usb1"), QStringLiteral("1-1"), {}, {});
        t.makeHub(hub, QStringLiteral("1-1"), 4);
        // Bus-powered hub: configuration descriptor bmAttributes 0x80 (no self-powered bit).
        QByteArray desc = QByteArray::fromHex(
            "12010002090000404c0500100001000000010902190001010080320904000001090000000705810301000c");
        t.write(hub + QStringLiteral("/descriptors"), desc);
        t.addDevice(hub, QStringLiteral("1-1.1"), {{QStringLiteral("bMaxPower"), "500mA\n"}});
        t.addDevice(hub, QStringLiteral("1-1.2"), {{QStringLiteral("bMaxPower"), "100mA\n"}});
        HostTopology topo = TopologyReader(SysfsRoot(t.root())).readAll();
        const PowerBudget b = plugboard::host::powerBudget(topo, QStringLiteral("1-1"));
        QVERIFY(b.known);
        QVERIFY(b.busPowered);
        QCOMPARE(b.ports, 4);
        QCOMPARE(b.availableMa, 400);
        QCOMPARE(b.requestedMa, 600);
        QVERIFY(b.isOver());
        const PowerBudget root = plugboard::host::powerBudget(topo, QStringLiteral("0000:00:14.0"));
        QCOMPARE(root.availableMa, 4 * 500 + 4 * 900);
        QCOMPARE(root.requestedMa, 200); // the hub's own default bMaxPower
        QVERIFY(!root.isOver());
    }
};

QTEST_GUILESS_MAIN(TestTopologyReader)
#include "tst_topologyreader.moc"
