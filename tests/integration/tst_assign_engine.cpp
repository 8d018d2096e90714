// SPDX-License-Identifier: GPL-3.0-or-later
// The assignment engine against real components: devices added, changed, re-enumerated and
// removed at runtime under umockdev (real libudev monitor and sysfs reads), guests and their
// definitions in libvirt's test driver. Counts the attach requests the engine issues.
#include "assign/engine.h"
#include "host/sysfshostbackend.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <libvirt/libvirt.h>
#include <umockdev.h>

using namespace plugboard;
using assign::Action;
using assign::Engine;

namespace {
const QString kGuest = QStringLiteral("test:///default#test");
}

class TestAssignEngine : public QObject
{
    Q_OBJECT
private:
    UMockdevTestbed *m_bed = nullptr;
    QByteArray m_root;
    QTemporaryDir m_dir;

    QByteArray plug(const char *name, const char *port, const char *serial, int devnum)
    {
        Q_UNUSED(port);
        const QByteArray dev = QByteArray::number(devnum);
        gchar *path = umockdev_testbed_add_device(m_bed, "usb", name, m_root.constData(), "idVendor", "0781",
            "idProduct", "5567", "speed", "480", "version", " 2.00", "bDeviceClass", "00", "busnum", "1", "devnum",
            dev.constData(), "serial", serial, "product", "Cruzer Blade", "authorized", "1", "maxchild", "0", nullptr,
            "DEVTYPE", "usb_device", nullptr);
        const QByteArray p(path);
        g_free(path);
        umockdev_testbed_uevent(m_bed, p.constData(), "add");
        return p;
    }
    void unplug(const QByteArray &path)
    {
        umockdev_testbed_uevent(m_bed, path.constData(), "remove");
        umockdev_testbed_remove_device(m_bed, path.constData());
    }
    void writeAssignments(const QList<assign::Assignment> &list, const QMap<QString, QString> &prefs = {})
    {
        assign::AssignmentFile f(m_dir.filePath(QStringLiteral("assignments.json")));
        f.assignments = list;
        f.preferences = prefs;
        QString error;
        QVERIFY2(f.save(&error), qPrintable(error));
    }
    // libvirt's test driver keeps its state while a connection is open: the shared "test" guest, shut off.
    static void stopTestGuest(virConnectPtr *raw, virDomainPtr *dom)
    {
        *raw = virConnectOpen("test:///default");
        *dom = *raw ? virDomainLookupByName(*raw, "test") : nullptr;
        if (*dom && virDomainIsActive(*dom) == 1)
            virDomainDestroy(*dom);
    }
    static QList<Action> actions(const QSignalSpy &spy)
    {
        QList<Action> r;
        for (const QList<QVariant> &args : spy)
            r.append(args.at(0).value<Action>());
        return r;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariable("LD_PRELOAD").contains(QLatin1String("umockdev-preload")),
            "run this test under umockdev-wrapper (ctest does)");
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        m_bed = umockdev_testbed_new();
        gchar *pci = umockdev_testbed_add_device(
            m_bed, "pci", "0000:00:1d.0", nullptr, "vendor", "0x8086", nullptr, "DRIVER", "ehci-pci", nullptr);
        gchar *root = umockdev_testbed_add_device(m_bed, "usb", "usb1", pci, "idVendor", "1d6b", "idProduct", "0002",
            "speed", "480", "version", " 2.00", "maxchild", "4", "bDeviceClass", "09", "busnum", "1", "devnum", "1",
            nullptr, "DEVTYPE", "usb_device", nullptr);
        m_root = root;
        g_free(pci);
        g_free(root);
        QFile::remove(m_dir.filePath(QStringLiteral("assignments.json")));
    }
    void cleanup()
    {
        g_object_unref(m_bed);
        m_bed = nullptr;
    }

    // One request per appearance: hotplug, a change event, a re-enumeration with a new device
    // number, an unassigned twin, and a second engine (the agent beside the window) that never acts.
    void exactlyOneRequestPerAppearance()
    {
        writeAssignments({{QStringLiteral("0781:5567:SER1"), {}, kGuest, false}});
        host::SysfsHostBackend backend({QStringLiteral("/"), true, false});
        QSignalSpy changed(&backend, &host::HostBackend::topologyChanged);
        backend.start();
        libvirt::LibvirtConnection conn(QStringLiteral("test:///default"));
        QSignalSpy reset(&conn, &libvirt::LibvirtConnection::guestsReset);
        conn.start();
        QVERIFY(reset.wait(10000));

        const QString lock = m_dir.filePath(QStringLiteral("engine.lock"));
        Engine window(&backend, m_dir.filePath(QStringLiteral("assignments.json")), lock);
        Engine agent(&backend, m_dir.filePath(QStringLiteral("assignments.json")), lock);
        window.addConnection(&conn);
        agent.addConnection(&conn);
        window.start();
        agent.start();
        QVERIFY(window.isActive());
        QVERIFY(!agent.isActive());
        QCOMPARE(window.file().assignments.size(), 1);
        QSignalSpy started(&window, &Engine::actionStarted);
        QSignalSpy finished(&window, &Engine::actionFinished);
        QSignalSpy agentStarted(&agent, &Engine::actionStarted);

        const QByteArray stick = plug("1-1", "usb1-port1", "SER1", 5);
        QVERIFY(changed.wait(5000));
        QTRY_COMPARE_WITH_TIMEOUT(started.size(), 1, 5000);
        Action a = actions(started).first();
        QCOMPARE(a.kind, Action::Kind::AttachLive);
        QCOMPARE(a.deviceId, QStringLiteral("1-1"));
        QCOMPARE(a.guest, kGuest);
        QCOMPARE(a.spec.bus, std::optional<int>(1));
        QCOMPARE(a.spec.device, std::optional<int>(5));
        // The hypervisor answers (the test driver cannot hot-plug: a failure, reported, not retried).
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 5000);

        // A change event of the same appearance: nothing new.
        umockdev_testbed_set_attribute(m_bed, stick.constData(), "authorized", "1");
        umockdev_testbed_uevent(m_bed, stick.constData(), "change");
        QVERIFY(changed.wait(5000) || true);
        QTest::qWait(300);
        QCOMPARE(started.size(), 1);

        // A re-enumeration (firmware mode switch): same port, new device number: one new request.
        unplug(stick);
        QTRY_VERIFY_WITH_TIMEOUT(!backend.topology().device(QStringLiteral("1-1")), 5000);
        const QByteArray again = plug("1-1", "usb1-port1", "SER1", 6);
        QTRY_COMPARE_WITH_TIMEOUT(started.size(), 2, 5000);
        QCOMPARE(actions(started).at(1).spec.device, std::optional<int>(6));

        // An identical stick with another serial is not assigned.
        const QByteArray twin = plug("1-2", "usb1-port2", "SER2", 7);
        QTRY_VERIFY_WITH_TIMEOUT(backend.topology().device(QStringLiteral("1-2")), 5000);
        QTest::qWait(300);
        QCOMPARE(started.size(), 2);

        // Assigning its port (written by another process: the file watcher reloads it) acts on it once.
        writeAssignments(
            {{QStringLiteral("0781:5567:SER1"), {}, kGuest, false}, {{}, QStringLiteral("usb1-port2"), kGuest, false}});
        QTRY_COMPARE_WITH_TIMEOUT(started.size(), 3, 5000);
        QCOMPARE(actions(started).at(2).deviceId, QStringLiteral("1-2"));
        QCOMPARE(actions(started).at(2).spec.device, std::optional<int>(7));
        QTest::qWait(300);
        QCOMPARE(started.size(), 3);
        QCOMPARE(agentStarted.size(), 0);
        QCOMPARE(window.requestCount(), quint64(3));
        QCOMPARE(agent.requestCount(), quint64(0));
        unplug(again);
        unplug(twin);
    }

    // When the window's engine goes, the agent takes over within its retry interval and acts.
    void theAgentTakesOver()
    {
        writeAssignments({{QStringLiteral("0781:5567:SER1"), {}, kGuest, false}});
        host::SysfsHostBackend backend({QStringLiteral("/"), true, false});
        backend.start();
        libvirt::LibvirtConnection conn(QStringLiteral("test:///default"));
        QSignalSpy reset(&conn, &libvirt::LibvirtConnection::guestsReset);
        conn.start();
        QVERIFY(reset.wait(10000));
        const QString lock = m_dir.filePath(QStringLiteral("engine2.lock"));
        auto window = std::make_unique<Engine>(&backend, m_dir.filePath(QStringLiteral("assignments.json")), lock);
        Engine agent(&backend, m_dir.filePath(QStringLiteral("assignments.json")), lock);
        window->addConnection(&conn);
        agent.addConnection(&conn);
        window->start();
        agent.start();
        QVERIFY(window->isActive() && !agent.isActive());
        window.reset();
        QTRY_VERIFY_WITH_TIMEOUT(agent.isActive(), 5000);
        QSignalSpy started(&agent, &Engine::actionStarted);
        const QByteArray stick = plug("1-1", "usb1-port1", "SER1", 9);
        QTRY_COMPARE_WITH_TIMEOUT(started.size(), 1, 5000);
        unplug(stick);
    }

    // --persistent on a shut-off guest: a definition entry by vendor/product, optional at start;
    // once there, nothing more.
    void persistentEntryIsOptionalAtStart()
    {
        writeAssignments({{QStringLiteral("0781:5567"), {}, kGuest, true}});
        host::SysfsHostBackend backend({QStringLiteral("/"), true, false});
        backend.start();
        virConnectPtr raw = nullptr;
        virDomainPtr dom = nullptr;
        stopTestGuest(&raw, &dom);
        QVERIFY(raw && dom);
        libvirt::LibvirtConnection conn(QStringLiteral("test:///default"));
        QSignalSpy reset(&conn, &libvirt::LibvirtConnection::guestsReset);
        conn.start();
        QVERIFY(reset.wait(10000));
        QVERIFY(!conn.guest(QStringLiteral("test"))->isRunning());
        Engine engine(&backend, m_dir.filePath(QStringLiteral("assignments.json")),
            m_dir.filePath(QStringLiteral("engine3.lock")));
        engine.addConnection(&conn);
        QSignalSpy started(&engine, &Engine::actionStarted);
        QSignalSpy finished(&engine, &Engine::actionFinished);
        engine.start();
        const QByteArray stick = plug("1-1", "usb1-port1", "ANY", 11);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 5000);
        QCOMPARE(started.size(), 1);
        QCOMPARE(actions(started).first().kind, Action::Kind::AddToDefinition);
        const auto r = finished.first().at(1).value<libvirt::OperationResult>();
        QVERIFY2(r.ok, qPrintable(r.message));
        char *xml = virDomainGetXMLDesc(dom, VIR_DOMAIN_XML_INACTIVE);
        const QString def = QString::fromUtf8(xml);
        free(xml);
        QVERIFY2(def.contains(QLatin1String("startupPolicy='optional'")), qPrintable(def));
        QVERIFY(def.contains(QLatin1String("<vendor id='0x0781'/>")));
        QVERIFY(!def.contains(QLatin1String("<address bus=")));
        // Replugged: the entry is there already; nothing is added twice.
        unplug(stick);
        QTRY_VERIFY_WITH_TIMEOUT(!backend.topology().device(QStringLiteral("1-1")), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(conn.guest(QStringLiteral("test"))->usb.hostdevs.size() == 1, 5000);
        const QByteArray again = plug("1-1", "usb1-port1", "ANY", 12);
        QTRY_VERIFY_WITH_TIMEOUT(backend.topology().device(QStringLiteral("1-1")), 5000);
        QTest::qWait(300);
        QCOMPARE(started.size(), 1);
        unplug(again);
        // Leave the shared test guest as it was found for the next test.
        QString cleaned = def;
        cleaned.remove(QRegularExpression(QStringLiteral("<hostdev.*</hostdev>"),
            QRegularExpression::DotMatchesEverythingOption | QRegularExpression::InvertedGreedinessOption));
        virDomainPtr redefined = virDomainDefineXML(raw, cleaned.toUtf8().constData());
        QVERIFY(redefined);
        virDomainFree(redefined);
        virDomainFree(dom);
        virConnectClose(raw);
    }

    // Plugged in while its guest is off: nothing (not persistent); the guest starts: one attach.
    void aGuestStartAttachesWhatIsPresent()
    {
        writeAssignments({{QStringLiteral("0781:5567:SER1"), {}, kGuest, false}});
        host::SysfsHostBackend backend({QStringLiteral("/"), true, false});
        backend.start();
        virConnectPtr raw = nullptr;
        virDomainPtr dom = nullptr;
        stopTestGuest(&raw, &dom);
        QVERIFY(raw && dom);
        libvirt::LibvirtConnection conn(QStringLiteral("test:///default"));
        QSignalSpy reset(&conn, &libvirt::LibvirtConnection::guestsReset);
        conn.start();
        QVERIFY(reset.wait(10000));
        Engine engine(&backend, m_dir.filePath(QStringLiteral("assignments.json")),
            m_dir.filePath(QStringLiteral("engine4.lock")));
        engine.addConnection(&conn);
        QSignalSpy started(&engine, &Engine::actionStarted);
        engine.start();
        const QByteArray stick = plug("1-1", "usb1-port1", "SER1", 21);
        QTRY_VERIFY_WITH_TIMEOUT(backend.topology().device(QStringLiteral("1-1")), 5000);
        QTest::qWait(300);
        QCOMPARE(started.size(), 0);
        QCOMPARE(virDomainCreate(dom), 0);
        conn.refresh();
        QTRY_COMPARE_WITH_TIMEOUT(started.size(), 1, 5000);
        QCOMPARE(actions(started).first().kind, Action::Kind::AttachLive);
        QCOMPARE(actions(started).first().spec.device, std::optional<int>(21));
        // It stops and starts again: attached afresh, once.
        QCOMPARE(virDomainDestroy(dom), 0);
        conn.refresh();
        QTRY_VERIFY_WITH_TIMEOUT(!conn.guest(QStringLiteral("test"))->isRunning(), 5000);
        QCOMPARE(virDomainCreate(dom), 0);
        conn.refresh();
        QTRY_COMPARE_WITH_TIMEOUT(started.size(), 2, 5000);
        QTest::qWait(300);
        QCOMPARE(started.size(), 2);
        unplug(stick);
        virDomainFree(dom);
        virConnectClose(raw);
    }

    // Two running guests claim one device: asked once, nothing attached; the answer is remembered
    // in the file and acted on.
    void twoRunningClaimantsAskOnce()
    {
        const QString second = QStringLiteral("test:///default#second");
        writeAssignments(
            {{QStringLiteral("0781:5567:SER1"), {}, kGuest, false}, {{}, QStringLiteral("usb1-port1"), second, false}});
        host::SysfsHostBackend backend({QStringLiteral("/"), true, false});
        backend.start();
        virConnectPtr raw = virConnectOpen("test:///default");
        QVERIFY(raw);
        virDomainPtr dom = virDomainDefineXML(
            raw, "<domain type='test'><name>second</name><memory>65536</memory><os><type>hvm</type></os></domain>");
        QVERIFY(dom);
        QCOMPARE(virDomainCreate(dom), 0);
        virDomainPtr test = virDomainLookupByName(raw, "test");
        if (virDomainIsActive(test) != 1)
            QCOMPARE(virDomainCreate(test), 0);
        libvirt::LibvirtConnection conn(QStringLiteral("test:///default"));
        QSignalSpy reset(&conn, &libvirt::LibvirtConnection::guestsReset);
        conn.start();
        QVERIFY(reset.wait(10000));
        Engine engine(&backend, m_dir.filePath(QStringLiteral("assignments.json")),
            m_dir.filePath(QStringLiteral("engine5.lock")));
        engine.addConnection(&conn);
        QSignalSpy started(&engine, &Engine::actionStarted);
        QSignalSpy conflict(&engine, &Engine::conflict);
        engine.start();
        const QByteArray stick = plug("1-1", "usb1-port1", "SER1", 31);
        QTRY_COMPARE_WITH_TIMEOUT(conflict.size(), 1, 5000);
        QCOMPARE(conflict.first().at(1).toString(), QStringLiteral("0781:5567:SER1"));
        QCOMPARE(conflict.first().at(2).toStringList().size(), 2);
        umockdev_testbed_uevent(m_bed, stick.constData(), "change");
        QTest::qWait(300);
        QCOMPARE(conflict.size(), 1);
        QCOMPARE(started.size(), 0);
        QString error;
        // Another writer (the CLI) adds an assignment just before the answer; the engine has not
        // seen it yet (no event processed). prefer() reloads under the lock, so it is kept (it used
        // to save its own older copy over it).
        assign::AssignmentFile other(m_dir.filePath(QStringLiteral("assignments.json")));
        QVERIFY(other.load(&error));
        other.assignments.append({QStringLiteral("046d:c52b"), {}, QStringLiteral("test:///default#test"), false});
        QVERIFY2(other.save(&error), qPrintable(error));
        QVERIFY2(engine.prefer(QStringLiteral("0781:5567:SER1"), second, &error), qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(started.size(), 1, 5000);
        QCOMPARE(actions(started).first().guest, second);
        assign::AssignmentFile onDisk(m_dir.filePath(QStringLiteral("assignments.json")));
        QVERIFY(onDisk.load(&error));
        QCOMPARE(onDisk.preferences.value(QStringLiteral("0781:5567:SER1")), second);
        QVERIFY(std::any_of(onDisk.assignments.cbegin(), onDisk.assignments.cend(), [](const assign::Assignment &a) {
            return a.device == QStringLiteral("046d:c52b");
        }));
        unplug(stick);
        virDomainDestroy(dom);
        virDomainUndefine(dom);
        virDomainFree(dom);
        virDomainFree(test);
        virConnectClose(raw);
    }

    void bad_assignment_files_are_left_alone()
    {
        const QString path = m_dir.filePath(QStringLiteral("broken.json"));
        for (const QByteArray &content : {QByteArray("{"), QByteArray("[]"), QByteArray("{\"version\":2}"),
                 QByteArray("{\"version\":1,\"assignments\":[{\"device\":\"zz\",\"guest\":\"x#y\"}]}"),
                 QByteArray("{\"version\":1,\"assignments\":[{\"device\":\"0781:5567\",\"port\":\"usb1-port1\","
                            "\"guest\":\"x#y\"}]}"),
                 QByteArray("{\"version\":1,\"assignments\":[{\"device\":\"0781:5567\",\"guest\":\"nohash\"}]}")}) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(content);
            f.close();
            assign::AssignmentFile file(path);
            QString error;
            QVERIFY2(!file.load(&error), content.constData());
            QVERIFY(error.contains(path));
            QVERIFY(file.assignments.isEmpty());
            QFile back(path);
            QVERIFY(back.open(QIODevice::ReadOnly));
            QCOMPARE(back.readAll(), content);
        }
    }
};

QTEST_GUILESS_MAIN(TestAssignEngine)
#include "tst_assign_engine.moc"
