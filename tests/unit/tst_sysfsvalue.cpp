// SPDX-License-Identifier: GPL-3.0-or-later
// Every sysfs value format seen in the wild, and garbage.
#include "host/sysfsvalue.h"

#include <QTest>

using namespace plugboard::host;

class TestSysfsValue : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void hex4_data()
    {
        QTest::addColumn<QString>("raw");
        QTest::addColumn<QString>("expected"); // empty = nullopt
        QTest::addRow("plain") << QStringLiteral("04a9\n") << QStringLiteral("04a9");
        QTest::addRow("upper") << QStringLiteral("04A9") << QStringLiteral("04a9");
        QTest::addRow("0x prefix (pci vendor)") << QStringLiteral("0x8086\n") << QStringLiteral("8086");
        QTest::addRow("short") << QStringLiteral("4a9") << QStringLiteral("04a9");
        QTest::addRow("spaces") << QStringLiteral("  1d6b  \n") << QStringLiteral("1d6b");
        QTest::addRow("too long") << QStringLiteral("104a9") << QString();
        QTest::addRow("garbage") << QStringLiteral("zz\x01") << QString();
        QTest::addRow("empty") << QStringLiteral("\n") << QString();
    }
    void hex4()
    {
        QFETCH(QString, raw);
        QFETCH(QString, expected);
        QCOMPARE(sysfs::hex4(raw).value_or(QString()), expected);
    }

    void milliamps_data()
    {
        QTest::addColumn<QString>("raw");
        QTest::addColumn<int>("expected"); // -1 = nullopt
        QTest::addRow("500mA") << QStringLiteral("500mA\n") << 500;
        QTest::addRow("padded 2mA") << QStringLiteral("  2mA") << 2;
        QTest::addRow("0mA") << QStringLiteral("0mA") << 0;
        QTest::addRow("896mA usb3") << QStringLiteral("896mA\n") << 896;
        QTest::addRow("no unit") << QStringLiteral("500") << -1;
        QTest::addRow("garbage") << QStringLiteral("lots") << -1;
        QTest::addRow("empty") << QString() << -1;
        QTest::addRow("negative") << QStringLiteral("-5mA") << -1;
    }
    void milliamps()
    {
        QFETCH(QString, raw);
        QFETCH(int, expected);
        QCOMPARE(sysfs::milliamps(raw).value_or(-1), expected);
    }

    void speed_data()
    {
        QTest::addColumn<QString>("raw");
        QTest::addColumn<double>("expected"); // 0 = nullopt
        QTest::addRow("low") << QStringLiteral("1.5\n") << 1.5;
        QTest::addRow("full") << QStringLiteral("12") << 12.0;
        QTest::addRow("high") << QStringLiteral("480\n") << 480.0;
        QTest::addRow("super") << QStringLiteral("5000") << 5000.0;
        QTest::addRow("super+") << QStringLiteral("10000\n") << 10000.0;
        QTest::addRow("gen2x2") << QStringLiteral("20000") << 20000.0;
        QTest::addRow("unknown") << QStringLiteral("unknown") << 0.0;
        QTest::addRow("nan") << QStringLiteral("nan") << 0.0;
        QTest::addRow("inf") << QStringLiteral("inf") << 0.0;
        QTest::addRow("zero") << QStringLiteral("0") << 0.0;
        QTest::addRow("empty") << QString() << 0.0;
    }
    void speed()
    {
        QFETCH(QString, raw);
        QFETCH(double, expected);
        QCOMPARE(sysfs::speedMbps(raw).value_or(0.0), expected);
    }

    void version_data()
    {
        QTest::addColumn<QString>("raw");
        QTest::addColumn<QString>("expected");
        QTest::addRow("leading space") << QStringLiteral(" 2.00\n") << QStringLiteral("2.00");
        QTest::addRow("3.20") << QStringLiteral("3.20") << QStringLiteral("3.20");
        QTest::addRow("garbage") << QStringLiteral("two") << QString();
        QTest::addRow("empty") << QStringLiteral("\n") << QString();
    }
    void version()
    {
        QFETCH(QString, raw);
        QFETCH(QString, expected);
        QCOMPARE(sysfs::usbVersion(raw), expected);
    }

    void decimalAndFlags()
    {
        QCOMPARE(sysfs::decimal(QStringLiteral(" 1")).value_or(-1), 1);
        QCOMPARE(sysfs::decimal(QStringLiteral("011\n")).value_or(-1), 11);
        QVERIFY(!sysfs::decimal(QString()).has_value()); // empty bConfigurationValue = unconfigured
        QVERIFY(!sysfs::decimal(QStringLiteral("\n")).has_value());
        QVERIFY(!sysfs::decimal(QStringLiteral("-1")).has_value());
        QVERIFY(!sysfs::decimal(QStringLiteral("1x")).has_value());
        QVERIFY(!sysfs::decimal(QStringLiteral("99999999999999")).has_value());
        QCOMPARE(sysfs::flag(QStringLiteral("1\n")), std::optional<bool>(true));
        QCOMPARE(sysfs::flag(QStringLiteral("0")), std::optional<bool>(false));
        QVERIFY(!sysfs::flag(QStringLiteral("2")).has_value());
        QCOMPARE(sysfs::hexByte(QStringLiteral("09\n")).value_or(0), quint8(9));
        QCOMPARE(sysfs::hexByte(QStringLiteral("ef")).value_or(0), quint8(0xef));
        QVERIFY(!sysfs::hexByte(QStringLiteral("100")).has_value());
    }
};

QTEST_GUILESS_MAIN(TestSysfsValue)
#include "tst_sysfsvalue.moc"
