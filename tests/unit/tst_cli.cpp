// SPDX-License-Identifier: GPL-3.0-or-later
// plugboardctl devices against fake trees: the JSON contract, the text tree, exit codes.
#include "../common/fakebundle.h"
#include "../common/faketree.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using plugboard::test::Bundle;
using plugboard::test::FakeTree;

namespace {
struct Run
{
    int code = -1;
    QByteArray out, err;
};

Run ctl(const QStringList &args, const QString &lang = {})
{
    QProcess p;
    if (!lang.isEmpty()) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PLUGBOARD_LANG"), lang);
        p.setProcessEnvironment(env);
    }
    p.start(QStringLiteral(PLUGBOARDCTL_PATH), args);
    Run r;
    if (!p.waitForFinished(30000))
        return r;
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}
} // namespace

class TestCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void devicesJsonFollowsTheContract()
    {
        FakeTree t;
        const QString c = t.addXhci();
        const QString hub = t.addDevice(
            c + QStringLiteral("/usb1"), QStringLiteral("1-1"), {{QStringLiteral("product"), "Hub\n"}}, {});
        t.makeHub(hub, QStringLiteral("1-1"), 2);
        t.addDevice(
            hub, QStringLiteral("1-1.2"), {{QStringLiteral("serial"), "\n"}, {QStringLiteral("speed"), "1.5\n"}});
        t.driverLink(hub + QStringLiteral("/1-1.2/1-1.2:1.0"), QStringLiteral("usb"), QStringLiteral("usb-storage"));
        const Run r = ctl({QStringLiteral("devices"), QStringLiteral("--json"), QStringLiteral("--root"), t.root()});
        QCOMPARE(r.code, 0);
        QJsonParseError e;
        const QJsonDocument doc = QJsonDocument::fromJson(r.out, &e);
        QVERIFY2(e.error == QJsonParseError::NoError, qPrintable(e.errorString()));
        const QJsonArray controllers = doc.object().value(QStringLiteral("controllers")).toArray();
        QCOMPARE(controllers.size(), 1);
        const QJsonObject ctl0 = controllers.first().toObject();
        QCOMPARE(ctl0.value(QStringLiteral("id")).toString(), QStringLiteral("0000:00:14.0"));
        QCOMPARE(ctl0.value(QStringLiteral("driver")).toString(), QStringLiteral("xhci_hcd"));
        QCOMPARE(ctl0.value(QStringLiteral("root_hubs")).toArray().size(), 2);
        QCOMPARE(ctl0.value(QStringLiteral("root_hubs"))
                     .toArray()
                     .at(1)
                     .toObject()
                     .value(QStringLiteral("usb_version"))
                     .toString(),
            QStringLiteral("3.10"));
        const QJsonArray ports = ctl0.value(QStringLiteral("ports")).toArray();
        QCOMPARE(ports.size(), 8);
        QVERIFY(ports.at(1).toObject().value(QStringLiteral("device")).isNull());
        const QJsonObject port1 = ports.at(0).toObject();
        QCOMPARE(port1.value(QStringLiteral("id")).toString(), QStringLiteral("usb1-port1"));
        QCOMPARE(port1.value(QStringLiteral("bus")).toInt(), 1);
        QCOMPARE(port1.value(QStringLiteral("number")).toInt(), 1);
        QCOMPARE(port1.value(QStringLiteral("connect_type")).toString(), QStringLiteral("hotplug"));
        QCOMPARE(port1.value(QStringLiteral("over_current_count")).toInt(-1), 0);
        const QJsonObject hubJ = port1.value(QStringLiteral("device")).toObject();
        QCOMPARE(hubJ.value(QStringLiteral("is_hub")).toBool(), true);
        QCOMPARE(hubJ.value(QStringLiteral("class")).toString(), QStringLiteral("09"));
        const QJsonObject stick
            = hubJ.value(QStringLiteral("ports")).toArray().at(1).toObject().value(QStringLiteral("device")).toObject();
        QCOMPARE(stick.value(QStringLiteral("id")).toString(), QStringLiteral("1-1.2"));
        QCOMPARE(stick.value(QStringLiteral("vid")).toString(), QStringLiteral("0781"));
        QCOMPARE(stick.value(QStringLiteral("pid")).toString(), QStringLiteral("5567"));
        QVERIFY(stick.value(QStringLiteral("serial")).isNull()); // absent facts are null, never ""
        QCOMPARE(stick.value(QStringLiteral("speed_mbps")).toDouble(), 1.5);
        QCOMPARE(stick.value(QStringLiteral("usb_version")).toString(), QStringLiteral("2.00"));
        QCOMPARE(stick.value(QStringLiteral("busnum")).type(), QJsonValue::Double);
        QCOMPARE(stick.value(QStringLiteral("max_power_ma")).toInt(), 200);
        QCOMPARE(stick.value(QStringLiteral("authorized")).toBool(), true);
        QVERIFY(stick.value(QStringLiteral("drivers")).toArray().contains(QStringLiteral("usb-storage")));
        QCOMPARE(stick.value(QStringLiteral("interfaces"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("class"))
                     .toString(),
            QStringLiteral("08"));
        QVERIFY(!r.out.contains("\"\"")); // no empty strings anywhere
    }

    void textTreeShowsNamesSpeedsAndEmptyPorts()
    {
        FakeTree t;
        const QString c = t.addXhci();
        t.addDevice(c + QStringLiteral("/usb1"), QStringLiteral("1-3"));
        const Run r = ctl({QStringLiteral("devices"), QStringLiteral("--root"), t.root()});
        QCOMPARE(r.code, 0);
        const QString text = QString::fromUtf8(r.out);
        QVERIFY2(text.contains(QLatin1String("Port 3: 1-3  0781:5567  Cruzer Blade, 480 Mbit/s")), qPrintable(text));
        QVERIFY(text.contains(QLatin1String("Port 1: empty")));
        QVERIFY(text.contains(QLatin1String("Bus 2: USB 3.10 root hub, 5 Gbit/s, 4 ports")));
        const Run hidden
            = ctl({QStringLiteral("devices"), QStringLiteral("--no-empty"), QStringLiteral("--root"), t.root()});
        QVERIFY(!QString::fromUtf8(hidden.out).contains(QLatin1String("empty")));
    }

    void pluralsInEveryLanguage_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("one");
        QTest::addColumn<QString>("two");
        QTest::addRow("C") << QStringLiteral("C") << QStringLiteral("480 Mbit/s, 1 port\n")
                           << QStringLiteral("480 Mbit/s, 2 ports\n");
        QTest::addRow("en") << QStringLiteral("en") << QStringLiteral("480 Mbit/s, 1 port\n")
                            << QStringLiteral("480 Mbit/s, 2 ports\n");
        QTest::addRow("de") << QStringLiteral("de") << QStringLiteral("480 Mbit/s, 1 Port\n")
                            << QStringLiteral("480 Mbit/s, 2 Ports\n");
        QTest::addRow("zh_CN") << QStringLiteral("zh_CN") << QStringLiteral("480 Mbit/s，1 个端口\n")
                               << QStringLiteral("480 Mbit/s，2 个端口\n");
    }

    void pluralsInEveryLanguage()
    {
        // Two controllers: root hubs with one port and with two; no "(s)" in any language.
        QFETCH(QString, lang);
        QFETCH(QString, one);
        QFETCH(QString, two);
        FakeTree t;
        t.addXhci(QStringLiteral("0000:00:14.0"), 1, 1);
        t.addXhci(QStringLiteral("0000:00:15.0"), 3, 2);
        const Run r = ctl({QStringLiteral("devices"), QStringLiteral("--root"), t.root()}, lang);
        QCOMPARE(r.code, 0);
        const QString text = QString::fromUtf8(r.out);
        QVERIFY2(text.contains(one) && text.contains(two), qPrintable(text));
        QVERIFY2(!text.contains(QLatin1String("(s)")), qPrintable(text));
    }

    void diagnoseSpeaksTheUsersLanguage()
    {
        // A bundle that raises several checks; under de and zh_CN no title and no fix text is the
        // English one (the catalogues have them all, under the contexts the program asks for).
        Bundle b;
        b.tree.write(b.ctl + QStringLiteral("/usb1/1-0:1.0/usb1-port2/over_current_count"), "3\n");
        b.tree.write(b.ctl + QStringLiteral("/usb1/1-0:1.0/usb1-port3/disable"), "1\n");
        b.tree.write(b.stick + QStringLiteral("/power/control"), "auto\n");
        b.kernelLog("[ 5.0] usb usb1-port2: over-current condition\n"
                    "[ 5.1] usb 1-2: USB disconnect, device number 4\n"
                    "[ 5.9] usb 1-2: new high-speed USB device number 5 using xhci_hcd\n"
                    "[ 6.0] xhci_hcd 0000:00:14.0: Not enough bandwidth for new device state.\n"
                    "[ 7.0] usb 1-2: Not enough bandwidth for altsetting 1\n");
        b.domain(QStringLiteral("qemu:///system"), QStringLiteral("win10"), QStringLiteral("running"),
            "<domain type='kvm'><name>win10</name><devices><controller type='usb' index='0' model='none'/>"
            "</devices></domain>",
            "2026-11-25T10:00:00.000000Z qemu-system-x86_64: -device usb-host,hostdevice=/dev/bus/usb/001/005: "
            "USB is disabled for this domain\n");
        b.manifest.insert(QStringLiteral("subject"),
            QJsonObject {{QStringLiteral("device"), QStringLiteral("1-2")},
                {QStringLiteral("guest"), QStringLiteral("qemu:///system#win10")}});
        b.save();
        auto texts = [&](const QString &lang) {
            const Run r
                = ctl({QStringLiteral("diagnose"), QStringLiteral("--json"), QStringLiteral("--bundle"), b.tree.root()},
                    lang);
            QMap<QString, QStringList> out; // check@port -> title, fix texts
            for (const QJsonValue &v :
                QJsonDocument::fromJson(r.out).object().value(QStringLiteral("findings")).toArray()) {
                const QJsonObject f = v.toObject();
                QStringList t {f.value(QStringLiteral("title")).toString()};
                for (const QJsonValue &x : f.value(QStringLiteral("fixes")).toArray())
                    t.append(x.toObject().value(QStringLiteral("text")).toString());
                out.insert(f.value(QStringLiteral("check")).toString() + QLatin1Char('@')
                        + f.value(QStringLiteral("subject")).toObject().value(QStringLiteral("port")).toString(),
                    t);
            }
            return out;
        };
        const auto english = texts(QStringLiteral("C"));
        QVERIFY2(english.size() >= 4, qPrintable(english.keys().join(QLatin1Char(' '))));
        for (const QString &lang : {QStringLiteral("de"), QStringLiteral("zh_CN")}) {
            const auto translated = texts(lang);
            QCOMPARE(translated.keys(), english.keys());
            for (auto it = english.cbegin(); it != english.cend(); ++it) {
                const QStringList &theirs = translated.value(it.key());
                QCOMPARE(theirs.size(), it.value().size());
                for (int i = 0; i < theirs.size(); ++i)
                    QVERIFY2(theirs.at(i) != it.value().at(i),
                        qPrintable(QStringLiteral("%1 %2: still English: %3").arg(lang, it.key(), theirs.at(i))));
            }
        }
    }

    void guestsFollowTheContract()
    {
        const Run r = ctl({QStringLiteral("guests"), QStringLiteral("--json"), QStringLiteral("--connect"),
            QStringLiteral("test:///default")});
        QCOMPARE(r.code, 0);
        const QJsonArray guests = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("guests")).toArray();
        QCOMPARE(guests.size(), 1);
        const QJsonObject g = guests.first().toObject();
        QCOMPARE(g.value(QStringLiteral("id")).toString(), QStringLiteral("test:///default#test"));
        QCOMPARE(g.value(QStringLiteral("hypervisor")).toString(), QStringLiteral("libvirt"));
        QCOMPARE(g.value(QStringLiteral("state")).toString(), QStringLiteral("running"));
        QVERIFY(g.value(QStringLiteral("usb_controllers")).isArray());
        QVERIFY(g.value(QStringLiteral("usb_devices")).isArray());
        // A URI the user named and that cannot be reached: exit 1 with a sentence, not a stack.
        const Run bad = ctl({QStringLiteral("guests"), QStringLiteral("--connect"),
            QStringLiteral("qemu+unix:///system?socket=/nonexistent.sock")});
        QCOMPARE(bad.code, 1);
        QVERIFY2(bad.err.contains("not reachable"), bad.err.constData());
        QCOMPARE(bad.err.count('\n'), 1);
    }

    void attachAndDetachUsage()
    {
        const QString guest = QStringLiteral("test:///default#test");
        QCOMPARE(ctl({QStringLiteral("attach")}).code, 2);
        QCOMPARE(ctl({QStringLiteral("attach"), QStringLiteral("1-1")}).code, 2);
        QCOMPARE(ctl({QStringLiteral("attach"), QStringLiteral("not-a-device"), guest}).code, 2);
        QCOMPARE(ctl({QStringLiteral("attach"), QStringLiteral("1-1"), guest, QStringLiteral("--live"),
                         QStringLiteral("--config")})
                     .code,
            2);
        // This machine has no such device: a one-line reason, exit 1.
        const Run missing = ctl({QStringLiteral("attach"), QStringLiteral("1-9.9"), guest});
        QCOMPARE(missing.code, 1);
        QVERIFY2(missing.err.contains("no USB device 1-9.9"), missing.err.constData());
        // Detach by identity works without the device plugged in; the guest simply has none.
        const Run none = ctl({QStringLiteral("detach"), QStringLiteral("0781:5567"), guest});
        QCOMPARE(none.code, 1);
        QVERIFY2(none.err.contains("has no USB device 0781:5567"), none.err.constData());
        const Run noGuest = ctl({QStringLiteral("detach"), QStringLiteral("0781:5567"), QStringLiteral("zulu"),
            QStringLiteral("--connect"), QStringLiteral("test:///default")});
        QCOMPARE(noGuest.code, 1);
        QVERIFY(noGuest.err.contains("no guest named zulu"));
    }

    void attachARealDeviceUnderUmockdev()
    {
        // The camera recording as the host; libvirt's test driver as the hypervisor (it cannot
        // attach, so the definition is rewritten and the user is told when it takes effect).
        QProcess p;
        p.start(QStringLiteral("umockdev-run"),
            {QStringLiteral("-d"), QStringLiteral(PLUGBOARD_TEST_DATA "/umockdev/canon-powershot-sx200.umockdev"),
                QStringLiteral("--"), QStringLiteral(PLUGBOARDCTL_PATH), QStringLiteral("attach"),
                QStringLiteral("04a9:31c0"), QStringLiteral("test"), QStringLiteral("--connect"),
                QStringLiteral("test:///default")});
        QVERIFY(p.waitForFinished(30000));
        const QByteArray out = p.readAllStandardOutput();
        QCOMPARE(p.exitCode(), 0);
        QVERIFY2(out.contains("test:///default#test: ") && out.contains("next start"), out.constData());
        // URI#name whose URI is one of the connections given (found by the system tests: that
        // connection was never opened, and the attach failed without a reason).
        QProcess q;
        q.start(QStringLiteral("umockdev-run"),
            {QStringLiteral("-d"), QStringLiteral(PLUGBOARD_TEST_DATA "/umockdev/canon-powershot-sx200.umockdev"),
                QStringLiteral("--"), QStringLiteral(PLUGBOARDCTL_PATH), QStringLiteral("detach"),
                QStringLiteral("04a9:31c0"), QStringLiteral("test:///default#test"), QStringLiteral("--connect"),
                QStringLiteral("test:///default")});
        QVERIFY(q.waitForFinished(30000));
        const QByteArray err = q.readAllStandardError();
        QVERIFY2(!err.contains("Cannot connect"), err.constData());
    }

    void guestsPointOutPulledDevices()
    {
        // A running test-driver guest holds a device at an address where nothing is plugged in
        // (pulled while held) and the camera, which the umockdev host has.
        QTemporaryDir dir;
        QFile node(dir.filePath(QStringLiteral("node.xml")));
        QVERIFY(node.open(QIODevice::WriteOnly));
        node.write("<node><domain type='test'><name>holder</name><memory>65536</memory><os><type>hvm</type></os>"
                   "<devices><hostdev mode='subsystem' type='usb' managed='no'><source><vendor id='0x0781'/>"
                   "<product id='0x5567'/><address bus='1' device='99'/></source></hostdev>"
                   "<hostdev mode='subsystem' type='usb' managed='no'><source><vendor id='0x04a9'/>"
                   "<product id='0x31c0'/></source></hostdev></devices></domain></node>");
        node.close();
        QProcess p;
        p.start(QStringLiteral("umockdev-run"),
            {QStringLiteral("-d"), QStringLiteral(PLUGBOARD_TEST_DATA "/umockdev/canon-powershot-sx200.umockdev"),
                QStringLiteral("--"), QStringLiteral(PLUGBOARDCTL_PATH), QStringLiteral("guests"),
                QStringLiteral("--connect"), QStringLiteral("test://") + node.fileName()});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 0);
        const QStringList lines = QString::fromUtf8(p.readAllStandardOutput()).split(QLatin1Char('\n'));
        const qsizetype pulled = lines.indexOf(QStringLiteral("   └─ host device 0781:5567 at 001/099"));
        const qsizetype camera = lines.indexOf(QStringLiteral("   └─ host device 04a9:31c0"));
        QVERIFY2(pulled >= 0 && camera == pulled + 2, qPrintable(lines.join(QLatin1Char('\n'))));
        QVERIFY(lines.at(pulled + 1).contains(QLatin1String("unplugged from this computer")));
        QVERIFY(lines.at(pulled + 1).contains(QLatin1String("plugboardctl detach 0781:5567 test://")));
        QVERIFY(camera + 1 == lines.size() || !lines.at(camera + 1).contains(QLatin1String("unplugged")));
    }

    void assignmentsLifecycle()
    {
        // The camera recording as the host; the assignments file in a fresh config folder.
        QTemporaryDir config, runtime;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), config.path());
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime.path());
        auto run = [&](QStringList args) {
            QProcess p;
            p.setProcessEnvironment(env);
            p.start(QStringLiteral("umockdev-run"),
                QStringList {QStringLiteral("-d"),
                    QStringLiteral(PLUGBOARD_TEST_DATA "/umockdev/canon-powershot-sx200.umockdev"),
                    QStringLiteral("--"), QStringLiteral(PLUGBOARDCTL_PATH)}
                    + args);
            Run r;
            if (p.waitForFinished(30000))
                r.code = p.exitCode();
            r.out = p.readAllStandardOutput();
            r.err = p.readAllStandardError();
            return r;
        };
        const QString guest = QStringLiteral("test:///default#test");
        // A kernel name becomes the device's identity; a port its physical port.
        Run r = run({QStringLiteral("assign"), QStringLiteral("1-1.5.2.3"), guest, QStringLiteral("--persistent")});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY2(r.out.contains("Assigned 04a9:31c0"), r.out.constData());
        r = run({QStringLiteral("assign"), QStringLiteral("1-1.5.2-port3"), QStringLiteral("test"),
            QStringLiteral("--connect"), QStringLiteral("test:///default")});
        QVERIFY2(r.code == 0, r.err.constData());
        r = run({QStringLiteral("assignments"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonArray list = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("assignments")).toArray();
        QCOMPARE(list.size(), 2);
        const QJsonObject byDevice = list.at(0).toObject();
        QVERIFY(byDevice.value(QStringLiteral("device")).toString().startsWith(QLatin1String("04a9:31c0")));
        QVERIFY(byDevice.value(QStringLiteral("port")).isNull());
        QCOMPARE(byDevice.value(QStringLiteral("guest")).toString(), guest);
        QCOMPARE(byDevice.value(QStringLiteral("persistent")).toBool(), true);
        QCOMPARE(byDevice.value(QStringLiteral("present")).toArray(), QJsonArray {QStringLiteral("1-1.5.2.3")});
        const QJsonObject byPort = list.at(1).toObject();
        QCOMPARE(byPort.value(QStringLiteral("port")).toString(), QStringLiteral("1-1.5.2-port3"));
        QCOMPARE(byPort.value(QStringLiteral("present")).toArray(), QJsonArray {QStringLiteral("1-1.5.2.3")});
        // Bad usage is 2; what is not there is 1, with the reason.
        QCOMPARE(run({QStringLiteral("assign"), QStringLiteral("1-1.5.2.3")}).code, 2);
        QCOMPARE(run({QStringLiteral("assign"), QStringLiteral("nonsense"), guest}).code, 2);
        QCOMPARE(run({QStringLiteral("unassign")}).code, 2);
        r = run({QStringLiteral("assign"), QStringLiteral("9-9"), guest});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("no USB device 9-9"), r.err.constData());
        r = run({QStringLiteral("assign"), QStringLiteral("04a9:31c0"), QStringLiteral("zulu"),
            QStringLiteral("--connect"), QStringLiteral("test:///default")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains("zulu"));
        // Unassign by the kernel name of the device plugged in now, then by port.
        QCOMPARE(run({QStringLiteral("unassign"), QStringLiteral("1-1.5.2.3"), guest}).code, 0);
        QCOMPARE(run({QStringLiteral("unassign"), QStringLiteral("1-1.5.2-port3")}).code, 0);
        r = run({QStringLiteral("unassign"), QStringLiteral("1-1.5.2-port3")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains("not assigned"));
        r = run({QStringLiteral("assignments"), QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("assignments")).toArray().size(), 0);

        // VMware: the assignment is the autoconnect rule, written and removed with it.
        QTemporaryDir vmDir;
        const QString vmx = vmDir.filePath(QStringLiteral("dev.vmx"));
        const QString corpusVmx = QStringLiteral(PLUGBOARD_TEST_DATA "/vmx/vmx2xml-ws-in-the-wild-1.vmx");
        QVERIFY(QFile::copy(corpusVmx, vmx));
        QCOMPARE(run({QStringLiteral("assign"), QStringLiteral("04a9:31c0"), vmx}).code, 0);
        QFile f(vmx);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll().contains("vid:0x04a9"));
        f.close();
        r = run({QStringLiteral("assign"), QStringLiteral("usb1-port1"), vmx});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains("VMware"));
        QCOMPARE(run({QStringLiteral("unassign"), QStringLiteral("04a9:31c0"), vmx}).code, 0);
        QFile orig(corpusVmx), now(vmx);
        QVERIFY(orig.open(QIODevice::ReadOnly) && now.open(QIODevice::ReadOnly));
        QCOMPARE(now.readAll(), orig.readAll());

        // A malformed file is reported and left exactly as it was.
        const QString path = config.filePath(QStringLiteral("plugboard/assignments.json"));
        QFile bad(path);
        QVERIFY(bad.open(QIODevice::WriteOnly | QIODevice::Truncate));
        bad.write("{\"version\": 1, \"assignments\": [ {\"device\": 5} ]}");
        bad.close();
        r = run({QStringLiteral("assign"), QStringLiteral("04a9:31c0"), guest});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("not a valid assignments file"), r.err.constData());
        QVERIFY(bad.open(QIODevice::ReadOnly));
        QCOMPARE(bad.readAll(), QByteArray("{\"version\": 1, \"assignments\": [ {\"device\": 5} ]}"));
    }

    void followsTheLocaleWithAnOverride()
    {
        auto run = [](const QStringList &env) {
            QProcess p;
            QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
            for (const QString &kv : env)
                e.insert(kv.section(QLatin1Char('='), 0, 0), kv.section(QLatin1Char('='), 1));
            p.setProcessEnvironment(e);
            p.start(QStringLiteral(PLUGBOARDCTL_PATH), {QStringLiteral("frobnicate")});
            p.waitForFinished(10000);
            return QString::fromUtf8(p.readAllStandardError());
        };
        QVERIFY(run({QStringLiteral("LANG=C.UTF-8"), QStringLiteral("LANGUAGE="), QStringLiteral("LC_ALL=")})
                    .contains(QLatin1String("Unknown command 'frobnicate'")));
        const QString de
            = run({QStringLiteral("LANG=de_DE.UTF-8"), QStringLiteral("LANGUAGE=de"), QStringLiteral("LC_ALL=")});
        QVERIFY2(de.contains(QLatin1String("Unbekannter Befehl 'frobnicate'")), qPrintable(de));
        const QString zh = run({QStringLiteral("LANG=de_DE.UTF-8"), QStringLiteral("LANGUAGE=de"),
            QStringLiteral("LC_ALL="), QStringLiteral("PLUGBOARD_LANG=zh_CN")});
        QVERIFY2(zh.contains(QStringLiteral("未知命令")), qPrintable(zh));
    }

    void vmwareGuestsAttachAndDetach()
    {
        QTemporaryDir dir;
        const QString vmx = dir.filePath(QStringLiteral("dev.vmx"));
        const QString corpusVmx = QStringLiteral(PLUGBOARD_TEST_DATA "/vmx/vmx2xml-ws-in-the-wild-1.vmx");
        QVERIFY(QFile::copy(corpusVmx, vmx));
        const Run r = ctl({QStringLiteral("guests"), QStringLiteral("--json"), QStringLiteral("--vmx"), vmx});
        QCOMPARE(r.code, 0);
        const QJsonObject g
            = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("guests")).toArray().first().toObject();
        QCOMPARE(g.value(QStringLiteral("hypervisor")).toString(), QStringLiteral("vmware"));
        QCOMPARE(g.value(QStringLiteral("id")).toString(), QFileInfo(vmx).canonicalFilePath());
        QCOMPARE(g.value(QStringLiteral("name")).toString(), QStringLiteral("debian6"));
        QCOMPARE(g.value(QStringLiteral("state")).toString(), QStringLiteral("shut off"));
        const QJsonArray ctls = g.value(QStringLiteral("usb_controllers")).toArray();
        QCOMPARE(ctls.size(), 2);
        QCOMPARE(ctls.at(1).toObject().value(QStringLiteral("model")).toString(), QStringLiteral("ehci"));
        // Attach by identity writes an autoconnect rule; detach removes it, byte-identical again.
        const Run a = ctl({QStringLiteral("attach"), QStringLiteral("0781:5567"), vmx});
        QCOMPARE(a.code, 0);
        const Run listed = ctl({QStringLiteral("guests"), QStringLiteral("--json"), QStringLiteral("--vmx"), vmx});
        const QJsonObject dev = QJsonDocument::fromJson(listed.out)
                                    .object()
                                    .value(QStringLiteral("guests"))
                                    .toArray()
                                    .first()
                                    .toObject()
                                    .value(QStringLiteral("usb_devices"))
                                    .toArray()
                                    .first()
                                    .toObject();
        QCOMPARE(dev.value(QStringLiteral("kind")).toString(), QStringLiteral("autoconnect"));
        QCOMPARE(dev.value(QStringLiteral("vid")).toString(), QStringLiteral("0781"));
        QCOMPARE(ctl({QStringLiteral("detach"), QStringLiteral("0781:5567"), vmx}).code, 0);
        QFile orig(corpusVmx), now(vmx);
        QVERIFY(orig.open(QIODevice::ReadOnly) && now.open(QIODevice::ReadOnly));
        QCOMPARE(now.readAll(), orig.readAll());
        // While the VM runs (lock directory), attach is refused with the alternative.
        QDir().mkpath(vmx + QStringLiteral(".lck"));
        QFile lock(vmx + QStringLiteral(".lck/M1.lck"));
        QVERIFY(lock.open(QIODevice::WriteOnly));
        lock.close();
        const Run running = ctl({QStringLiteral("attach"), QStringLiteral("0781:5567"), vmx});
        QCOMPARE(running.code, 1);
        QVERIFY2(running.err.contains("Removable Devices"), running.err.constData());
        QCOMPARE(
            ctl({QStringLiteral("guests"), QStringLiteral("--vmx"), dir.filePath(QStringLiteral("missing.vmx"))}).code,
            1);
    }

    void collectThenDiagnoseMatchesLive()
    {
        // A live collect under umockdev with libvirt's test driver, then the bundle diagnosed
        // elsewhere: the same findings as the live run.
        QTemporaryDir dir;
        const QString bundle = dir.filePath(QStringLiteral("bundle"));
        const QStringList subject {QStringLiteral("--device"), QStringLiteral("1-1.5.2.3"), QStringLiteral("--guest"),
            QStringLiteral("test:///default#test"), QStringLiteral("--connect"), QStringLiteral("test:///default")};
        auto underUmockdev = [](const QStringList &args) {
            QProcess p;
            p.start(QStringLiteral("umockdev-run"),
                QStringList {QStringLiteral("-d"),
                    QStringLiteral(PLUGBOARD_TEST_DATA "/umockdev/canon-powershot-sx200.umockdev"),
                    QStringLiteral("--"), QStringLiteral(PLUGBOARDCTL_PATH)}
                    + args);
            p.waitForFinished(60000);
            return std::make_pair(p.exitCode(), p.readAllStandardOutput());
        };
        const auto live = underUmockdev(QStringList {QStringLiteral("diagnose"), QStringLiteral("--json")} + subject);
        QCOMPARE(live.first, 0);
        const auto collected = underUmockdev(
            QStringList {QStringLiteral("collect"), bundle, QStringLiteral("--redact"), QStringLiteral("--archive")}
            + subject);
        QCOMPARE(collected.first, 0);
        const Run fromBundle
            = ctl({QStringLiteral("diagnose"), QStringLiteral("--json"), QStringLiteral("--bundle"), bundle});
        const Run fromArchive = ctl({QStringLiteral("diagnose"), QStringLiteral("--json"), QStringLiteral("--bundle"),
            bundle + QStringLiteral(".tar.gz")});
        QCOMPARE(fromArchive.code, 0);
        QCOMPARE(fromArchive.out, fromBundle.out);
        QCOMPARE(fromBundle.code, 0);
        auto checks = [](const QByteArray &json) {
            QStringList ids;
            for (const QJsonValue &f :
                QJsonDocument::fromJson(json).object().value(QStringLiteral("findings")).toArray())
                ids.append(f.toObject().value(QStringLiteral("check")).toString());
            return ids;
        };
        QVERIFY(checks(live.second).contains(QStringLiteral("kvm-not-configured")));
        QCOMPARE(checks(fromBundle.out), checks(live.second));
        // The bundle reads like the host it came from, with the serial number redacted.
        const Run devices
            = ctl({QStringLiteral("devices"), QStringLiteral("--json"), QStringLiteral("--root"), bundle});
        QVERIFY(devices.out.contains("\"04a9\""));
        QVERIFY(!devices.out.contains("C767F1C714174C309255F70E4A7B2EE2"));
        QVERIFY(devices.out.contains("SERIAL0001"));
        // A hostile archive: a member that climbs out. Nothing is written outside, exit 1.
        const QString evil = dir.filePath(QStringLiteral("evil.tar.gz"));
        QProcess py;
        py.start(QStringLiteral("python3"),
            {QStringLiteral("-c"),
                QStringLiteral("import io,tarfile,sys\n"
                               "t=tarfile.open(sys.argv[1],'w:gz')\n"
                               "i=tarfile.TarInfo('../escaped-by-plugboard-test');i.size=1\n"
                               "t.addfile(i,io.BytesIO(b'x'));t.close()"),
                evil});
        QVERIFY(py.waitForFinished(10000) && py.exitCode() == 0);
        const Run hostile = ctl({QStringLiteral("diagnose"), QStringLiteral("--bundle"), evil});
        QCOMPARE(hostile.code, 1);
        QVERIFY(!QFile::exists(QDir::tempPath() + QStringLiteral("/escaped-by-plugboard-test")));
        // Collecting into a non-empty directory is refused.
        const auto again = underUmockdev({QStringLiteral("collect"), bundle});
        QCOMPARE(again.first, 1);
        // A directory that is not a bundle.
        QCOMPARE(ctl({QStringLiteral("diagnose"), QStringLiteral("--bundle"), dir.path()}).code, 1);
        QCOMPARE(ctl({QStringLiteral("diagnose"), QStringLiteral("extra")}).code, 2);
    }

    void badUsageAndMissingRoot()
    {
        QCOMPARE(ctl({}).code, 2);
        QCOMPARE(ctl({QStringLiteral("frobnicate")}).code, 2);
        QCOMPARE(ctl({QStringLiteral("devices"), QStringLiteral("--bogus")}).code, 2);
        QCOMPARE(ctl({QStringLiteral("devices"), QStringLiteral("extra")}).code, 2);
        QCOMPARE(ctl({QStringLiteral("devices"), QStringLiteral("--root")}).code, 2);
        const Run r = ctl({QStringLiteral("devices"), QStringLiteral("--json"), QStringLiteral("--root"),
            QStringLiteral("/nonexistent/x")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("does not exist"), r.err.constData());
        QVERIFY(!r.err.contains('\n') || r.err.count('\n') <= 2);
        QTemporaryDir empty;
        const Run none
            = ctl({QStringLiteral("devices"), QStringLiteral("--json"), QStringLiteral("--root"), empty.path()});
        QCOMPARE(none.code, 0);
        QCOMPARE(QJsonDocument::fromJson(none.out).object().value(QStringLiteral("controllers")).toArray().size(), 0);
        QCOMPARE(ctl({QStringLiteral("--version")}).code, 0);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
