// SPDX-License-Identifier: GPL-3.0-or-later
// Binary descriptor parsing: real recordings, SuperSpeed companions, truncation and garbage.
#include "host/descriptorparser.h"

#include <QRandomGenerator>
#include <QTest>

using namespace plugboard::host;

class TestDescriptors : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void canonCamera()
    {
        // From tests/data/umockdev/canon-powershot-sx200.umockdev (PTP: class 06, 3 endpoints).
        const QByteArray raw = QByteArray::fromHex("1201000200000040A904C03102000102030109022700010100C0010904000003060"
                                                   "10100070581020002000705020200020007058303080009");
        const auto r = parseDescriptors(raw);
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QVERIFY(r.descriptor);
        const DeviceDescriptor &d = *r.descriptor;
        QCOMPARE(d.vendorId, quint16(0x04a9));
        QCOMPARE(d.productId, quint16(0x31c0));
        QCOMPARE(d.bcdUsb, quint16(0x0200));
        QCOMPARE(d.configurations.size(), 1);
        const ConfigurationDescriptor &c = d.configurations.first();
        QVERIFY(c.selfPowered);
        QCOMPARE(c.maxPowerRaw, 1);
        QCOMPARE(c.interfaces.size(), 1);
        QCOMPARE(c.interfaces.first().cls, quint8(0x06));
        const auto &eps = c.interfaces.first().endpoints;
        QCOMPARE(eps.size(), 3);
        QCOMPARE(eps.at(0).address, quint8(0x81));
        QVERIFY(eps.at(0).isIn());
        QCOMPARE(eps.at(0).type, Endpoint::Type::Bulk);
        QCOMPARE(eps.at(0).maxPacketSize, 512);
        QCOMPARE(eps.at(2).type, Endpoint::Type::Interrupt);
        QCOMPARE(eps.at(2).maxPacketSize, 8);
    }

    void superSpeedUasStreamsAndIso()
    {
        QByteArray raw = QByteArray::fromHex("120100030000000974ac0100000101020301");
        // One UAS interface (08/06/62) with two bulk endpoints and SuperSpeed companions announcing
        // 2^5 streams, then a second interface with an isochronous endpoint.
        raw += QByteArray::fromHex("09023c00020100c070"
                                   "090400000208066200"
                                   "07058102000400"
                                   "06300f050000"
                                   "07050202000400"
                                   "06300f050000"
                                   "090401000101020000"
                                   "0705830d000401");
        const auto r = parseDescriptors(raw);
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QVERIFY(r.descriptor);
        QCOMPARE(r.descriptor->bcdUsb, quint16(0x0300));
        const auto &ifaces = r.descriptor->configurations.first().interfaces;
        QCOMPARE(ifaces.size(), 2);
        QCOMPARE(ifaces.at(0).protocol, quint8(0x62));
        QCOMPARE(ifaces.at(0).endpoints.size(), 2);
        QCOMPARE(ifaces.at(0).endpoints.at(0).maxStreams, 32);
        QCOMPARE(ifaces.at(0).endpoints.at(1).maxStreams, 32);
        QCOMPARE(ifaces.at(0).endpoints.at(0).maxPacketSize, 1024);
        QCOMPARE(ifaces.at(1).endpoints.first().type, Endpoint::Type::Isochronous);
    }

    void highBandwidthEndpoint()
    {
        // wMaxPacketSize 0x1400: 1024 bytes, 3 transactions per microframe.
        QByteArray raw = QByteArray::fromHex("120100020000004034120100000101020301");
        raw += QByteArray::fromHex("0902190001010080fa"
                                   "09040000010e020000"
                                   "07058105001401");
        const auto r = parseDescriptors(raw);
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QVERIFY(r.descriptor);
        const Endpoint &e = r.descriptor->configurations.first().interfaces.first().endpoints.first();
        QCOMPARE(e.maxPacketSize, 1024);
        QCOMPARE(e.transactionsPerMicroframe, 3);
        QCOMPARE(e.type, Endpoint::Type::Isochronous);
    }

    void truncatedAndGarbage()
    {
        QVERIFY(!parseDescriptors(QByteArray()).descriptor);
        QVERIFY(!parseDescriptors(QByteArray::fromHex("1201")).descriptor);
        QVERIFY(!parseDescriptors(QByteArray(18, '\0')).descriptor);
        // A config whose length byte runs past the end: the device part survives, with an error.
        QByteArray raw = QByteArray::fromHex("1201000200000040a904c031020001020301"
                                             "09022700");
        auto r = parseDescriptors(raw);
        QVERIFY(r.descriptor);
        QVERIFY(!r.error.isEmpty());
        // A zero-length descriptor must not loop forever.
        raw = QByteArray::fromHex("1201000200000040a904c031020001020301"
                                  "0002");
        r = parseDescriptors(raw);
        QVERIFY(!r.error.isEmpty());
        // An endpoint before any interface.
        r = parseDescriptors(QByteArray::fromHex("1201000200000040a904c031020001020301"
                                                 "07058102000200"));
        QVERIFY(!r.error.isEmpty());
        // Random bytes after a valid device descriptor: never crash, never read past the end.
        QRandomGenerator rng(42);
        for (int i = 0; i < 2000; ++i) {
            QByteArray junk = QByteArray::fromHex("1201000200000040a904c031020001020301");
            const int n = int(rng.bounded(200));
            for (int k = 0; k < n; ++k)
                junk.append(char(rng.bounded(256)));
            (void)parseDescriptors(junk);
        }
    }
};

QTEST_GUILESS_MAIN(TestDescriptors)
#include "tst_descriptors.moc"
