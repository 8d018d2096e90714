// SPDX-License-Identifier: GPL-3.0-or-later
// GuestModel over real libvirt connections (the test driver, in this process, on a worker thread):
// rows for connections, guests, controllers and devices; attach/detach confirmed by re-reading
// reach the model as row inserts/removals with zero resets; an unreachable URI shows as down.
#include "guestmodel.h"
#include "i18n.h"
#include "libvirt/libvirtconnection.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace plugboard;
using plugboard::ui::GuestModel;

class TestGuestModel : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_uri;

private Q_SLOTS:
    void initTestCase()
    {
        // As the window does: English plural forms ("6 ports", never "6 port(s)").
        QCOMPARE(installTranslations(QStringLiteral("C")), QStringLiteral("en"));
        QFile f(m_dir.filePath(QStringLiteral("node.xml")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("<node xmlns:test='http://libvirt.org/schemas/domain/test/1.0'>"
                "<domain type='test'><name>web</name><memory>65536</memory><os><type>hvm</type></os><devices>"
                "<controller type='usb' index='0' model='qemu-xhci' ports='4'/><input type='tablet' "
                "bus='usb'/></devices></domain>"
                "<domain type='test'><name>db</name><memory>65536</memory><os><type>hvm</type></os><devices>"
                "<controller type='usb' index='0' model='ich9-ehci1'/>"
                "<controller type='usb' index='0' model='ich9-uhci1'><master startport='0'/></controller>"
                "<hostdev mode='subsystem' type='usb'><source><vendor id='0x0781'/><product "
                "id='0x5567'/></source></hostdev>"
                "</devices><test:runstate>5</test:runstate></domain></node>");
        f.close();
        m_uri = QStringLiteral("test://") + f.fileName();
    }

    void connectionsGuestsControllersDevices()
    {
        libvirt::LibvirtConnection conn(m_uri);
        GuestModel model;
        model.addConnection(&conn);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reset(&conn, &libvirt::LibvirtConnection::guestsReset);
        conn.start();
        QVERIFY(reset.wait(10000));
        QCOMPARE(conn.state(), libvirt::ConnectionState::Connected);
        QCOMPARE(model.rowCount(), 1);
        const QModelIndex c = model.index(0, 0);
        QCOMPARE(c.data().toString(), m_uri);
        QCOMPARE(model.rowCount(c), 2);
        const QModelIndex db = model.index(0, 0, c);
        const QModelIndex web = model.index(1, 0, c);
        QCOMPARE(db.data().toString(), QStringLiteral("db"));
        QCOMPARE(model.index(0, GuestModel::StateColumn, c).data().toString(), QStringLiteral("shut off"));
        QCOMPARE(web.data(GuestModel::GuestIdRole).toString(), conn.canonicalUri() + QStringLiteral("#web"));
        // db: EHCI with its companion; the hostdev sits under the EHCI.
        QCOMPARE(model.rowCount(db), 2);
        const QModelIndex ehci = model.index(0, 0, db);
        QVERIFY2(ehci.data().toString().startsWith(QLatin1String("USB 2 (ich9-ehci1, 6 ports, 5 free)")),
            qPrintable(ehci.data().toString()));
        QCOMPARE(model.rowCount(ehci), 1);
        QVERIFY(model.index(0, 0, ehci).data().toString().contains(QLatin1String("0781:5567")));
        QCOMPARE(model.index(0, GuestModel::StateColumn, ehci).data().toString(), QStringLiteral("at next start"));
        // web: qemu-xhci with 4 ports, the tablet takes one.
        const QModelIndex xhci = model.index(0, 0, web);
        QVERIFY2(xhci.data().toString().startsWith(QLatin1String("USB 3 (qemu-xhci, 4 ports, 3 free)")),
            qPrintable(xhci.data().toString()));
        QString why;
        QVERIFY2(model.isConsistent(&why), qPrintable(why));

        // Attach: the test driver cannot, so the definition is rewritten; the row appears when
        // the guest has been re-read, under the right controller, without a reset.
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy finished(&conn, &libvirt::LibvirtConnection::operationFinished);
        QSignalSpy changed(&conn, &libvirt::LibvirtConnection::guestChanged);
        const quint64 op = conn.attach(QStringLiteral("web"),
            {QStringLiteral("04a9"), QStringLiteral("31c0"), 1, 11, {}}, libvirt::AttachMode::Both);
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().at(0).toULongLong(), op);
        const auto result = finished.first().at(1).value<libvirt::OperationResult>();
        QVERIFY2(result.ok, qPrintable(result.message));
        QVERIFY(result.redefined);
        QTRY_VERIFY_WITH_TIMEOUT(model.rowCount(model.index(0, 0, model.index(1, 0, model.index(0, 0)))) == 1, 10000);
        const QModelIndex xhciNow = model.index(0, 0, model.index(1, 0, model.index(0, 0)));
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.first().at(0).value<QModelIndex>(), xhciNow);
        QVERIFY(model.index(0, 0, xhciNow).data().toString().contains(QLatin1String("04a9:31c0")));
        QVERIFY2(model.isConsistent(&why), qPrintable(why));

        // Detach it again: one removal.
        finished.clear();
        conn.detach(QStringLiteral("web"), {QStringLiteral("04a9"), QStringLiteral("31c0"), 1, 12, {}},
            libvirt::AttachMode::Config);
        QVERIFY(finished.wait(10000));
        QVERIFY(finished.first().at(1).value<libvirt::OperationResult>().ok);
        QTRY_COMPARE_WITH_TIMEOUT(removed.size(), 1, 10000);
        QCOMPARE(model.rowCount(xhciNow), 0);
        // Network USB (usbredir over TCP) through the same worker.
        finished.clear();
        conn.attachRedirTcp(QStringLiteral("web"), QStringLiteral("127.0.0.1"), 4000, libvirt::AttachMode::Config);
        QVERIFY(finished.wait(10000));
        QVERIFY(finished.first().at(1).value<libvirt::OperationResult>().ok);
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(xhciNow), 1, 10000);
        QCOMPARE(model.index(0, 0, xhciNow).data().toString(), QStringLiteral("Network USB from 127.0.0.1:4000"));
        QCOMPARE(resets.size(), 0);
        QVERIFY2(model.isConsistent(&why), qPrintable(why));
    }

    void vmwareGuestsFromAFakeHome()
    {
        QTemporaryDir home;
        QDir().mkpath(home.filePath(QStringLiteral(".vmware")));
        QDir().mkpath(home.filePath(QStringLiteral("vms/dev")));
        QDir().mkpath(home.filePath(QStringLiteral("vms/ci")));
        const QString dev = home.filePath(QStringLiteral("vms/dev/dev.vmx"));
        const QString ci = home.filePath(QStringLiteral("vms/ci/ci.vmx"));
        auto write = [](const QString &path, const QByteArray &bytes) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(bytes);
        };
        write(dev,
            "virtualHW.version = \"19\"\ndisplayName = \"Dev box\"\nusb.present = \"TRUE\"\nusb_xhci.present = "
            "\"TRUE\"\n");
        write(ci, "virtualHW.version = \"14\"\ndisplayName = \"CI runner\"\nusb.present = \"TRUE\"\n");
        write(home.filePath(QStringLiteral(".vmware/inventory.vmls")),
            QByteArray("vmlist1.config = \"") + QFile::encodeName(dev) + "\"\nvmlist2.config = \""
                + QFile::encodeName(ci) + "\"\n");
        vmware::VmwareSource source(home.path(), {}, home.filePath(QStringLiteral("proc")));
        GuestModel model;
        model.setVmwareSource(&source);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy changed(&source, &vmware::VmwareSource::changed);
        source.refresh();
        QVERIFY(changed.wait(5000));
        const QModelIndex vm = model.indexOf(GuestModel::vmwareNodeId());
        QCOMPARE(vm.data().toString(), QStringLiteral("VMware Workstation"));
        QCOMPARE(model.rowCount(vm), 2);
        QCOMPARE(model.index(0, 0, vm).data().toString(), QStringLiteral("CI runner"));
        const QModelIndex devRow = model.indexOf(GuestModel::vmwareGuestNodeId(QFileInfo(dev).canonicalFilePath()));
        QCOMPARE(devRow.data().toString(), QStringLiteral("Dev box"));
        QCOMPARE(model.rowCount(devRow), 2); // UHCI and xHCI
        QVERIFY(model.index(1, 0, devRow).data().toString().startsWith(QLatin1String("USB 3 (XHCI")));
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        // Attach (VM off): a rule row under the xHCI controller, after the re-read.
        const auto r
            = source.attach(QFileInfo(dev).canonicalFilePath(), QStringLiteral("0781"), QStringLiteral("5567"));
        QVERIFY2(r.ok, qPrintable(r.message));
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(model.index(1, 0, devRow)), 1, 5000);
        QVERIFY(model.index(0, 0, model.index(1, 0, devRow))
                    .data()
                    .toString()
                    .startsWith(QLatin1String("Connects 0781:5567")));
        // Somebody else edits the file: the watcher notices and the model follows.
        write(ci,
            "virtualHW.version = \"14\"\ndisplayName = \"CI runner\"\nusb.present = \"TRUE\"\nehci.present = "
            "\"TRUE\"\n");
        const QModelIndex ciRow = model.index(0, 0, vm);
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(ciRow), 2, 5000);
        // The VM starts (lock directory): the state changes and attaching is refused with the alternative.
        QDir().mkpath(dev + QStringLiteral(".lck"));
        write(dev + QStringLiteral(".lck/M1.lck"), "lock");
        source.refresh();
        QTRY_COMPARE_WITH_TIMEOUT(
            model.indexOf(GuestModel::vmwareGuestNodeId(QFileInfo(dev).canonicalFilePath()), GuestModel::StateColumn)
                .data()
                .toString(),
            QStringLiteral("running"), 5000);
        const auto refused
            = source.attach(QFileInfo(dev).canonicalFilePath(), QStringLiteral("046d"), QStringLiteral("c52b"));
        QVERIFY(!refused.ok);
        QVERIFY(refused.message.contains(QLatin1String("Removable Devices")));
        QCOMPARE(resets.size(), 0);
        QString why;
        QVERIFY2(model.isConsistent(&why), qPrintable(why));
    }

    void unreachableConnectionShowsDown()
    {
        libvirt::LibvirtConnection conn(QStringLiteral("qemu+unix:///system?socket=/nonexistent/plugboard.sock"));
        GuestModel model;
        model.addConnection(&conn);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        conn.start();
        QTRY_COMPARE_WITH_TIMEOUT(conn.state(), libvirt::ConnectionState::Disconnected, 10000);
        QCOMPARE(model.index(0, GuestModel::StateColumn).data().toString(), QStringLiteral("not connected"));
        QVERIFY2(model.index(0, 0).data(Qt::ToolTipRole).toString().contains(QLatin1String("not reachable")),
            qPrintable(model.index(0, 0).data(Qt::ToolTipRole).toString()));
        QCOMPARE(model.rowCount(model.index(0, 0)), 0);
    }
};

QTEST_MAIN(TestGuestModel)
#include "tst_guestmodel.moc"
