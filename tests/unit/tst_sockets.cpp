// SPDX-License-Identifier: GPL-3.0-or-later
// Physical sockets and boxes (host/physicallayout.h) and the host tree's rows built from them, on
// a sysfs tree with a USB 3 dock (tests/common/faketree.h addDock: a VIA Labs VL817's two kernel
// hubs, their ports peered) read by the real SysfsHostBackend; hotplug on either half through
// the backend's event path.
#include "../common/faketree.h"
#include "host/physicallayout.h"
#include "host/sysfshostbackend.h"
#include "hostusbmodel.h"

#include <QDir>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>

using namespace plugboard;
using plugboard::test::FakeTree;

namespace {
// xHCI with four sockets, the dock in socket 1, a USB 3 stick on the dock's USB 3 half (socket 1),
// a keyboard on its USB 2 half (socket 3).
struct Dock
{
    FakeTree tree;
    QString controller, usb2Hub, usb3Hub;
    Dock()
    {
        controller = tree.addXhci(QStringLiteral("0000:00:14.0"), 1, 4);
        const QStringList hubs = tree.addDock(controller, 1, 1, 4);
        usb2Hub = hubs.at(0);
        usb3Hub = hubs.at(1);
        tree.addDevice(usb3Hub, QStringLiteral("2-1.1"),
            {{QStringLiteral("speed"), "5000\n"}, {QStringLiteral("busnum"), "2\n"}, {QStringLiteral("devnum"), "3\n"},
                {QStringLiteral("product"), "Ultra Fit\n"}, {QStringLiteral("idProduct"), "5583\n"}});
        tree.addDevice(usb2Hub, QStringLiteral("1-1.3"),
            {{QStringLiteral("speed"), "1.5\n"}, {QStringLiteral("idVendor"), "046d\n"},
                {QStringLiteral("idProduct"), "c31c\n"}, {QStringLiteral("product"), "USB Keyboard\n"},
                {QStringLiteral("devnum"), "4\n"}},
            {"03"});
    }
};

host::UdevEvent usbEvent(host::UdevEvent::Action action, const QString &dir)
{
    host::UdevEvent e;
    e.action = action;
    e.subsystem = QStringLiteral("usb");
    e.devType = QStringLiteral("usb_device");
    e.sysPath = QLatin1Char('/') + dir;
    return e;
}
} // namespace

class TestSockets : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void socketsAndBoxesFromPeerLinks()
    {
        Dock dock;
        host::SysfsHostBackend backend({dock.tree.root(), false, true});
        backend.start();
        const host::HostTopology &t = backend.topology();
        QCOMPARE(t.port(QStringLiteral("usb1-port1"))->peerId, QStringLiteral("usb2-port1"));
        QCOMPARE(t.port(QStringLiteral("1-1-port2"))->peerId, QStringLiteral("2-1-port2"));

        // Either half names the same socket, the lower bus first (what assignments store).
        QCOMPARE(host::socketId(t, QStringLiteral("usb2-port3")), QStringLiteral("usb1-port3+usb2-port3"));
        QCOMPARE(host::socketId(t, QStringLiteral("usb1-port3")), QStringLiteral("usb1-port3+usb2-port3"));
        QCOMPARE(host::socketPorts(t, QStringLiteral("usb1-port3+usb2-port3")),
            (QStringList {QStringLiteral("usb1-port3"), QStringLiteral("usb2-port3")}));
        // The dock: two kernel hubs, one box.
        QCOMPARE(host::partnerHub(t, QStringLiteral("1-1")), QStringLiteral("2-1"));
        QCOMPARE(host::partnerHub(t, QStringLiteral("2-1")), QStringLiteral("1-1"));
        QCOMPARE(host::deviceRowId(t, QStringLiteral("2-1")), QStringLiteral("1-1+2-1"));
        QCOMPARE(host::rowIdOf(t, QStringLiteral("2-1-port4")), QStringLiteral("1-1-port4+2-1-port4"));
        QCOMPARE(host::controllerSockets(t, QStringLiteral("0000:00:14.0")).size(), 4);
        QCOMPARE(
            host::socketDevices(t, QStringLiteral("usb1-port1+usb2-port1")), QStringList {QStringLiteral("1-1+2-1")});
        QCOMPARE(host::deviceSockets(t, QStringLiteral("1-1+2-1")),
            (QStringList {QStringLiteral("1-1-port1+2-1-port1"), QStringLiteral("1-1-port2+2-1-port2"),
                QStringLiteral("1-1-port3+2-1-port3"), QStringLiteral("1-1-port4+2-1-port4")}));
        // A device is shown on whichever half it enumerated.
        QCOMPARE(host::socketDevices(t, QStringLiteral("1-1-port1+2-1-port1")), QStringList {QStringLiteral("2-1.1")});
        QCOMPARE(host::socketDevices(t, QStringLiteral("1-1-port3+2-1-port3")), QStringList {QStringLiteral("1-1.3")});
        QVERIFY(host::isSuperSpeedPort(t, *t.port(QStringLiteral("2-1-port1"))));
        QVERIFY(!host::isSuperSpeedPort(t, *t.port(QStringLiteral("1-1-port1"))));
        // A hub whose ports have no peers (an old kernel, a USB 2 hub) stays itself.
        QCOMPARE(host::deviceRowId(t, QStringLiteral("1-1.3")), QStringLiteral("1-1.3"));
    }

    void theTreeHasOneRowPerSocketAndBox()
    {
        Dock dock;
        host::SysfsHostBackend backend({dock.tree.root(), false, true});
        backend.start();
        ui::HostUsbModel model;
        model.setBackend(&backend);
        QString why;
        QVERIFY2(model.isConsistent(&why), qPrintable(why));
        const QModelIndex ctl = model.indexOf(QStringLiteral("0000:00:14.0"));
        QCOMPARE(model.rowCount(ctl), 4); // four holes, not eight kernel ports
        const QModelIndex s1 = model.index(0, 0, ctl);
        QCOMPARE(model.id(s1), QStringLiteral("usb1-port1+usb2-port1"));
        QCOMPARE(model.indexOf(QStringLiteral("usb2-port1")), s1);
        QCOMPARE(s1.data().toString(), QStringLiteral("Port 1"));
        QCOMPARE(model.index(0, ui::HostUsbModel::SpeedColumn, ctl).data().toString(), QStringLiteral("USB 2 + USB 3"));
        QCOMPARE(model.rowCount(s1), 1);
        const QModelIndex box = model.index(0, 0, s1);
        QCOMPARE(model.id(box), QStringLiteral("1-1+2-1"));
        QCOMPARE(model.indexOf(QStringLiteral("1-1")), box);
        QCOMPARE(model.indexOf(QStringLiteral("2-1")), box);
        QCOMPARE(box.data().toString(), QStringLiteral("USB3.0 Hub")); // the faster half names the box
        QCOMPARE(
            model.index(0, ui::HostUsbModel::IdColumn, s1).data().toString(), QStringLiteral("2109:2817 + 2109:0817"));
        QVERIFY(model.index(0, 0, s1).data(Qt::ToolTipRole).toString().contains(QLatin1String("1-1 and 2-1")));
        QCOMPARE(model.rowCount(box), 4);
        QCOMPARE(model.id(model.parent(model.indexOf(QStringLiteral("2-1.1")))), QStringLiteral("1-1-port1+2-1-port1"));
        QCOMPARE(model.id(model.parent(model.indexOf(QStringLiteral("1-1.3")))), QStringLiteral("1-1-port3+2-1-port3"));
        // Empty sockets say so (both halves empty), and a drag of the box is its first half.
        QVERIFY(model.index(3, 0, ctl).data(ui::HostUsbModel::EmptyPortRole).toBool());
        QVERIFY(!s1.data(ui::HostUsbModel::EmptyPortRole).toBool());
        std::unique_ptr<QMimeData> mime(model.mimeData({box}));
        QVERIFY(mime);
        QCOMPARE(mime->text(), QStringLiteral("1-1"));
    }

    void hotplugOnEitherHalfChangesOneRow()
    {
        // The stick re-enumerates on the USB 2 half of the same dock socket (a USB 3 link that
        // fell back): the socket row stays, its one child is replaced; nothing is reset.
        Dock dock;
        host::SysfsHostBackend backend({dock.tree.root(), false, true});
        backend.start();
        ui::HostUsbModel model;
        model.setBackend(&backend);
        const QPersistentModelIndex socket = model.indexOf(QStringLiteral("1-1-port1"));
        QVERIFY(socket.isValid());
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);

        const QString stick = dock.usb3Hub + QStringLiteral("/2-1.1");
        QVERIFY(QDir(dock.tree.abs(stick)).removeRecursively());
        QFile::remove(dock.tree.abs(QStringLiteral("sys/bus/usb/devices/2-1.1")));
        backend.injectEvent(usbEvent(host::UdevEvent::Action::Remove, stick));
        const QString now = dock.tree.addDevice(dock.usb2Hub, QStringLiteral("1-1.1"),
            {{QStringLiteral("speed"), "480\n"}, {QStringLiteral("devnum"), "5\n"},
                {QStringLiteral("product"), "Ultra Fit\n"}, {QStringLiteral("idProduct"), "5583\n"}});
        backend.injectEvent(usbEvent(host::UdevEvent::Action::Add, now));
        backend.flush();

        QString why;
        QVERIFY2(model.isConsistent(&why), qPrintable(why));
        QCOMPARE(model.resetCount(), 0);
        QVERIFY(socket.isValid());
        QCOMPARE(model.indexOf(QStringLiteral("1-1-port1")), QModelIndex(socket));
        QCOMPARE(model.rowCount(socket), 1);
        QCOMPARE(model.id(model.index(0, 0, socket)), QStringLiteral("1-1.1"));
        QVERIFY(!model.indexOf(QStringLiteral("2-1.1")).isValid());
        QCOMPARE(removed.size(), 1);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(removed.first().at(0).value<QModelIndex>(), QModelIndex(socket));

        // The dock unplugged: its socket row stays (empty), the box and what is behind it go.
        removed.clear();
        QVERIFY(QDir(dock.tree.abs(dock.usb2Hub)).removeRecursively());
        QVERIFY(QDir(dock.tree.abs(dock.usb3Hub)).removeRecursively());
        backend.injectEvent(usbEvent(host::UdevEvent::Action::Remove, dock.usb3Hub));
        backend.injectEvent(usbEvent(host::UdevEvent::Action::Remove, dock.usb2Hub));
        backend.flush();
        QVERIFY2(model.isConsistent(&why), qPrintable(why));
        QCOMPARE(model.resetCount(), 0);
        QVERIFY(model.indexOf(QStringLiteral("usb1-port1")).data(ui::HostUsbModel::EmptyPortRole).toBool());
        QVERIFY(!model.indexOf(QStringLiteral("1-1")).isValid());
    }
};

QTEST_MAIN(TestSockets)
#include "tst_sockets.moc"
