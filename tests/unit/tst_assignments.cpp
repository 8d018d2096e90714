// SPDX-License-Identifier: GPL-3.0-or-later
// Assignment targets and the assignments file: what DEVICE and PORT arguments become, and inputs
// the fuzzers found (each finding stays here as a regression test).
#include "assign/assignments.h"

#include <QTemporaryDir>
#include <QTest>

using namespace plugboard;

namespace {
host::HostTopology topology()
{
    host::HostTopology t;
    auto port = [&](const QString &id, const QString &hub, int bus, const QString &peer, const QString &device) {
        host::UsbPort p;
        p.id = id;
        p.hubId = hub;
        p.bus = bus;
        p.number = 1;
        p.peerId = peer;
        p.deviceId = device;
        t.ports.insert(id, p);
    };
    port(QStringLiteral("usb1-port1"), QStringLiteral("usb1"), 1, QStringLiteral("usb2-port1"), QStringLiteral("1-1"));
    port(QStringLiteral("usb2-port1"), QStringLiteral("usb2"), 2, QStringLiteral("usb1-port1"), {});
    port(QStringLiteral("usb4-port1"), QStringLiteral("usb4"), 4, {}, {});
    host::UsbDevice d;
    d.id = QStringLiteral("1-1");
    d.parentPortId = QStringLiteral("usb1-port1");
    d.vendorId = QStringLiteral("0781");
    d.productId = QStringLiteral("5567");
    d.serial = QStringLiteral("4C530001");
    t.devices.insert(d.id, d);
    return t;
}
} // namespace

class TestAssignments : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void targets_data()
    {
        QTest::addColumn<QString>("argument");
        QTest::addColumn<QString>("device");
        QTest::addColumn<QString>("port");
        QTest::addColumn<bool>("error");
        QTest::newRow("kernel name") << "1-1"
                                     << "0781:5567:4C530001"
                                     << "" << false;
        QTest::newRow("identity upper case") << "0781:5567"
                                             << "0781:5567"
                                             << "" << false;
        QTest::newRow("identity with serial") << "0781:5567:XYZ"
                                              << "0781:5567:XYZ"
                                              << "" << false;
        QTest::newRow("USB 2 side") << "usb1-port1"
                                    << ""
                                    << "usb1-port1+usb2-port1" << false;
        QTest::newRow("USB 3 side") << "usb2-port1"
                                    << ""
                                    << "usb1-port1+usb2-port1" << false;
        QTest::newRow("physical, reversed") << "usb2-port1+usb1-port1"
                                            << ""
                                            << "usb1-port1+usb2-port1" << false;
        QTest::newRow("a port without a peer") << "usb4-port1"
                                               << ""
                                               << "usb4-port1" << false;
        QTest::newRow("a port not here") << "3-1.2-port4"
                                         << ""
                                         << "3-1.2-port4" << false;
        // fuzz_cli_args, crash-9a91f3b0: three ports joined, which no assignments file could read.
        QTest::newRow("two sockets (fuzz)") << "usb1-port1+usb4-port1"
                                            << ""
                                            << "" << true;
        QTest::newRow("a device not here") << "9-9"
                                           << ""
                                           << "" << true;
        QTest::newRow("garbage") << "usb1-port"
                                 << ""
                                 << "" << true;
        QTest::newRow("three ports") << "usb1-port1+usb2-port1+usb4-port1"
                                     << ""
                                     << "" << true;
    }
    void targets()
    {
        QFETCH(QString, argument);
        QFETCH(QString, device);
        QFETCH(QString, port);
        QFETCH(bool, error);
        const assign::Target t = assign::resolveTarget(topology(), argument);
        QCOMPARE(t.device, device);
        QCOMPARE(t.port, port);
        QCOMPARE(!t.error.isEmpty(), error);
        if (!t.port.isEmpty())
            QVERIFY(assign::isPortArgument(t.port)); // what is stored can be read back
    }

    void matchingByIdentityAndSocket()
    {
        const host::HostTopology topo = topology();
        const host::UsbDevice &d = *topo.device(QStringLiteral("1-1"));
        QVERIFY((assign::Assignment {QStringLiteral("0781:5567"), {}, QStringLiteral("u#g"), false}).matches(topo, d));
        QVERIFY(!(assign::Assignment {QStringLiteral("0781:5567:OTHER"), {}, QStringLiteral("u#g"), false})
                     .matches(topo, d));
        // The USB 3 side names the socket the device sits in on its USB 2 side.
        QVERIFY((assign::Assignment {{}, QStringLiteral("usb2-port1"), QStringLiteral("u#g"), false}).matches(topo, d));
        QVERIFY(
            !(assign::Assignment {{}, QStringLiteral("usb4-port1"), QStringLiteral("u#g"), false}).matches(topo, d));
    }

    void fileRoundTripAndPreferences()
    {
        QTemporaryDir dir;
        assign::AssignmentFile f(dir.filePath(QStringLiteral("a/b/assignments.json")));
        QVERIFY(f.add({QStringLiteral("0781:5567"), {}, QStringLiteral("qemu:///system#a"), false}));
        QVERIFY(!f.add({QStringLiteral("0781:5567"), {}, QStringLiteral("qemu:///system#a"), false}));
        QVERIFY(f.add({QStringLiteral("0781:5567"), {}, QStringLiteral("qemu:///system#a"), true}));
        QVERIFY(f.add({{}, QStringLiteral("usb1-port1+usb2-port1"), QStringLiteral("/vm/x.vmx"), false}));
        f.preferences.insert(QStringLiteral("0781:5567"), QStringLiteral("qemu:///system#a"));
        QString error;
        QVERIFY2(f.save(&error), qPrintable(error));
        assign::AssignmentFile g(f.path());
        QVERIFY2(g.load(&error), qPrintable(error));
        QCOMPARE(g.assignments, f.assignments);
        QCOMPARE(g.preferences, f.preferences);
        // Removing the last claim of a guest drops its preference.
        QCOMPARE(g.remove(QStringLiteral("0781:5567")), 1);
        QVERIFY(g.preferences.isEmpty());
        QCOMPARE(g.remove(QStringLiteral("0781:5567")), 0);
    }
};

QTEST_GUILESS_MAIN(TestAssignments)
#include "tst_assignments.moc"
