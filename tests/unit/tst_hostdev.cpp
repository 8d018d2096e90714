// SPDX-License-Identifier: GPL-3.0-or-later
// Which host device a <hostdev> means (heldDevice, isGoneFromHost, isMeantFor): one table for the
// guest tree, the pre-flight, the diagnosis and the assignment engine.
#include "libvirt/guestdirectory.h"

#include <QTest>

using namespace plugboard;

namespace {
// "0781:5567@1/5" -> a device of that vid:pid at bus 1, device 5, named 1-N by its position.
host::HostTopology topologyOf(const QStringList &devices)
{
    host::HostTopology t;
    int n = 0;
    for (const QString &s : devices) {
        host::UsbDevice d;
        d.id = QStringLiteral("1-%1").arg(++n);
        d.vendorId = s.section(QLatin1Char(':'), 0, 0);
        d.productId = s.section(QLatin1Char(':'), 1, 1).section(QLatin1Char('@'), 0, 0);
        d.busnum = s.section(QLatin1Char('@'), 1).section(QLatin1Char('/'), 0, 0).toInt();
        d.devnum = s.section(QLatin1Char('/'), 1).toInt();
        t.devices.insert(d.id, d);
    }
    return t;
}

// "0781:5567", "0781:5567@1/5", "@1/5" (address only)
libvirt::HostdevDef hostdevOf(const QString &s)
{
    libvirt::HostdevDef h;
    const QString ids = s.section(QLatin1Char('@'), 0, 0);
    if (!ids.isEmpty()) {
        h.vendorId = ids.section(QLatin1Char(':'), 0, 0);
        h.productId = ids.section(QLatin1Char(':'), 1, 1);
    }
    if (s.contains(QLatin1Char('@'))) {
        h.bus = s.section(QLatin1Char('@'), 1).section(QLatin1Char('/'), 0, 0).toInt();
        h.device = s.section(QLatin1Char('/'), 1).toInt();
    }
    return h;
}
} // namespace

class TestHostdev : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void oneAnswer_data()
    {
        QTest::addColumn<QStringList>("devices"); // plugged in: 1-1, 1-2, …
        QTest::addColumn<QString>("hostdev");
        QTest::addColumn<QString>("held"); // heldDevice: the kernel name, or "" for none
        QTest::addColumn<bool>("gone"); // isGoneFromHost for a live entry
        QTest::addColumn<QString>("meant"); // isMeantFor: the devices it is meant for, joined by ","
        const QString stick = QStringLiteral("0781:5567@1/5"), twin = QStringLiteral("0781:5567@1/9"),
                      kbd = QStringLiteral("046d:c31c@1/3");
        QTest::addRow("by vid:pid, one plugged in") << QStringList {kbd, stick} << QStringLiteral("0781:5567")
                                                    << QStringLiteral("1-2") << false << QStringLiteral("1-2");
        QTest::addRow("by vid:pid, none plugged in")
            << QStringList {kbd} << QStringLiteral("0781:5567") << QString() << true << QString();
        QTest::addRow("by vid:pid, twins: libvirt cannot choose")
            << QStringList {stick, twin} << QStringLiteral("0781:5567") << QString() << false
            << QStringLiteral("1-1,1-2");
        QTest::addRow("pinned to one twin") << QStringList {stick, twin} << QStringLiteral("0781:5567@1/9")
                                            << QStringLiteral("1-2") << false << QStringLiteral("1-2");
        QTest::addRow("pinned, address only") << QStringList {kbd, stick} << QStringLiteral("@1/5")
                                              << QStringLiteral("1-2") << false << QStringLiteral("1-2");
        QTest::addRow("pinned, renumbered by a replug")
            << QStringList {kbd, QStringLiteral("0781:5567@1/12")} << QStringLiteral("0781:5567@1/5") << QString()
            << true << QStringLiteral("1-2");
        QTest::addRow("pinned, renumbered, twins: which one is unknown")
            << QStringList {QStringLiteral("0781:5567@1/12"), QStringLiteral("0781:5567@1/13")}
            << QStringLiteral("0781:5567@1/5") << QString() << true << QString();
        QTest::addRow("pinned, another device at that address now")
            << QStringList {QStringLiteral("046d:c31c@1/5"), QStringLiteral("0781:5567@1/12")}
            << QStringLiteral("0781:5567@1/5") << QString() << true << QStringLiteral("1-2");
        QTest::addRow("pinned to a twin, the other one asked about")
            << QStringList {stick, twin} << QStringLiteral("0781:5567@1/5") << QStringLiteral("1-1") << false
            << QStringLiteral("1-1");
    }

    void oneAnswer()
    {
        QFETCH(QStringList, devices);
        QFETCH(QString, hostdev);
        QFETCH(QString, held);
        QFETCH(bool, gone);
        QFETCH(QString, meant);
        const host::HostTopology topo = topologyOf(devices);
        const libvirt::HostdevDef def = hostdevOf(hostdev);
        const host::UsbDevice *h = libvirt::heldDevice(def, topo);
        QCOMPARE(h ? h->id : QString(), held);
        QCOMPARE(libvirt::isGoneFromHost({def, true, false}, topo), gone);
        QVERIFY(!libvirt::isGoneFromHost({def, false, true}, topo)); // only live entries are gone
        QStringList meantFor;
        for (const QString &id : {QStringLiteral("1-1"), QStringLiteral("1-2")}) {
            if (const host::UsbDevice *d = topo.device(id); d && libvirt::isMeantFor(def, *d, topo))
                meantFor.append(id);
        }
        QCOMPARE(meantFor.join(QLatin1Char(',')), meant);
    }
};

QTEST_GUILESS_MAIN(TestHostdev)
#include "tst_hostdev.moc"
