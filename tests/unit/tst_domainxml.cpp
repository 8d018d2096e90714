// SPDX-License-Identifier: GPL-3.0-or-later
// Domain XML over every file of tests/data/libvirt/domains, and malformed input.
#include "libvirt/domainusb.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

using namespace plugboard::libvirt;

namespace {
// Start tags of `element` whose attributes include every name=value of `attrs`, either quote.
int countElements(const QByteArray &xml, const char *element, const QMap<QString, QString> &attrs)
{
    const QRegularExpression tag(QStringLiteral("<%1\\b([^>]*)>").arg(QLatin1String(element)));
    int n = 0;
    for (auto it = tag.globalMatch(QString::fromUtf8(xml)); it.hasNext();) {
        const QString a = it.next().captured(1);
        bool all = true;
        for (auto kv = attrs.cbegin(); kv != attrs.cend(); ++kv)
            all = all
                && a.contains(QRegularExpression(
                    QStringLiteral("\\b%1=(['\"])%2\\1").arg(kv.key(), QRegularExpression::escape(kv.value()))));
        n += all;
    }
    return n;
}

QByteArray corpusFile(const QString &name)
{
    QFile f(QStringLiteral(PLUGBOARD_TEST_DATA "/libvirt/domains/") + name);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

class TestDomainXml : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyCorpusFileParses_data()
    {
        QTest::addColumn<QString>("file");
        const QStringList files
            = QDir(QStringLiteral(PLUGBOARD_TEST_DATA "/libvirt/domains")).entryList({QStringLiteral("*.xml")});
        QVERIFY(files.size() >= 65);
        for (const QString &f : files)
            QTest::newRow(qPrintable(f)) << f;
    }
    void everyCorpusFileParses()
    {
        QFETCH(QString, file);
        const QByteArray xml = corpusFile(file);
        QVERIFY(!xml.isEmpty());
        const DomainUsb d = parseDomainXml(xml);
        QVERIFY2(d.error.isEmpty(), qPrintable(d.error));
        QVERIFY(!d.name.isEmpty());
        // What we counted agrees with a plain count of the elements libvirt itself would see.
        const QString usb = QStringLiteral("usb");
        // libvirt's default mode is subsystem; mode='capabilities' type='usb' (virt-manager's test) is not one.
        QCOMPARE(d.hostdevs.size(),
            countElements(xml, "hostdev", {{QStringLiteral("type"), usb}})
                - countElements(xml, "hostdev",
                    {{QStringLiteral("mode"), QStringLiteral("capabilities")}, {QStringLiteral("type"), usb}}));
        QCOMPARE(d.redirdevs.size(), countElements(xml, "redirdev", {{QStringLiteral("bus"), usb}}));
        QCOMPARE(d.hubs, countElements(xml, "hub", {{QStringLiteral("type"), usb}}));
        QCOMPARE(d.controllers.size(), countElements(xml, "controller", {{QStringLiteral("type"), usb}}));
    }

    void hostdevByAddress()
    {
        const DomainUsb d = parseDomainXml(corpusFile(QStringLiteral("hostdev-usb-address.xml")));
        QCOMPARE(d.hostdevs.size(), 1);
        const HostdevDef &h = d.hostdevs.first();
        QCOMPARE(h.bus.value_or(-1), 14);
        QCOMPARE(h.device.value_or(-1), 6);
        QVERIFY(h.vendorId.isEmpty());
        QCOMPARE(h.managed, std::optional<bool>(false));
        QVERIFY(h.xml.startsWith(QLatin1String("<hostdev")));
        QVERIFY(h.xml.contains(QLatin1String("bus=\"14\"")));
    }

    void companionsAndRedirection()
    {
        const DomainUsb d = parseDomainXml(corpusFile(QStringLiteral("usb-redir.xml")));
        QCOMPARE(d.controllers.size(), 4);
        QCOMPARE(d.controllers.at(0).model, QStringLiteral("ich9-ehci1"));
        QCOMPARE(d.controllers.at(0).generation(), 2);
        QVERIFY(d.controllers.at(1).isCompanion());
        QCOMPARE(d.controllers.at(2).masterStartPort.value_or(-1), 2);
        QCOMPARE(d.totalPorts(), 6); // the EHCI's six: companions add none
        QCOMPARE(d.redirdevs.size(), 2);
        QCOMPARE(d.redirdevs.at(0).type, QStringLiteral("tcp"));
        QCOMPARE(d.redirdevs.at(0).source(), QStringLiteral("localhost:4000"));
        QCOMPARE(d.redirdevs.at(1).type, QStringLiteral("spicevmc"));
        QCOMPARE(d.redirdevs.at(1).guestAddress.port, QStringLiteral("4"));
        QVERIFY(d.spiceGraphics);
    }

    void redirFilter()
    {
        const DomainUsb d = parseDomainXml(corpusFile(QStringLiteral("usb-redir-filter.xml")));
        QCOMPARE(d.redirFilter.size(), 2);
        QCOMPARE(d.redirFilter.at(0).cls, 0x08);
        QCOMPARE(d.redirFilter.at(0).vendor, 0x15e1);
        QCOMPARE(d.redirFilter.at(0).product, 0x2007);
        QCOMPARE(d.redirFilter.at(0).version, QStringLiteral("1.10"));
        QVERIFY(d.redirFilter.at(0).allow);
        QCOMPARE(d.redirFilter.at(1).cls, -1);
        QVERIFY(d.redirFilter.at(1).version.isEmpty());
        QVERIFY(!d.redirFilter.at(1).allow);
    }

    void hubsPortsAndLimits()
    {
        const DomainUsb ports = parseDomainXml(corpusFile(QStringLiteral("usb-ports.xml")));
        QCOMPARE(ports.hubs, 2);
        QCOMPARE(ports.otherUsbDevices, 3);
        QCOMPARE(ports.totalPorts(), 2 + 16); // default piix3-uhci (2) + 8 per hub
        QCOMPARE(ports.usedPorts(), 5);
        const DomainUsb none = parseDomainXml(corpusFile(QStringLiteral("usb-none.xml")));
        QVERIFY(none.usbDisabled());
        QCOMPARE(none.totalPorts(), 0);
        const DomainUsb xhci = parseDomainXml(corpusFile(QStringLiteral("usb-controller-qemu-xhci-limit.xml")));
        QCOMPARE(xhci.controllers.first().ports.value_or(0), 16);
        QCOMPARE(xhci.controllers.first().effectivePorts(), 15); // QEMU's limit
        QCOMPARE(xhci.controllers.first().generation(), 3);
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("xml");
        QTest::addRow("empty") << QByteArray();
        QTest::addRow("not xml") << QByteArray("this is not xml");
        QTest::addRow("wrong root") << QByteArray("<network><name>x</name></network>");
        QTest::addRow("truncated") << corpusFile(QStringLiteral("usb-redir.xml")).left(700);
        QTest::addRow("unclosed hostdev")
            << QByteArray("<domain><name>a</name><devices><hostdev mode='subsystem' type='usb'><source>");
        QTest::addRow("bad entity") << QByteArray("<domain><name>&bogus;</name></domain>");
    }
    void malformed()
    {
        QFETCH(QByteArray, xml);
        const DomainUsb d = parseDomainXml(xml);
        QVERIFY(!d.error.isEmpty());
    }

    void unknownElementsAreIgnored()
    {
        const DomainUsb d = parseDomainXml(
            "<domain type='kvm'><name>x</name><frobnicator><controller type='usb' model='x'/></frobnicator>"
            "<devices><controller type='usb' index='0' model='qemu-xhci' ports='8'/><future/></devices></domain>");
        QVERIFY(d.error.isEmpty());
        QCOMPARE(d.controllers.size(), 1);
        QCOMPARE(d.controllers.first().effectivePorts(), 8);
    }

    void randomMutationsNeverCrash()
    {
        const QByteArray base = corpusFile(QStringLiteral("usb-redir-filter.xml"));
        QRandomGenerator rng(7);
        for (int i = 0; i < 500; ++i) {
            QByteArray x = base;
            for (int k = 0; k < 5; ++k)
                x[int(rng.bounded(x.size()))] = char(rng.bounded(256));
            (void)parseDomainXml(x);
        }
    }
};

QTEST_GUILESS_MAIN(TestDomainXml)
#include "tst_domainxml.moc"
