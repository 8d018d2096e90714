// SPDX-License-Identifier: GPL-3.0-or-later
// Fault injection with real components: a full disk and a read-only mount (a small tmpfs mounted
// by the test; CI runs as root) while writing the assignments file, a .vmx and a bundle — the
// original is intact each time; 10,000 hotplug events in a burst against a fake sysfs tree — the
// topology and the model stay consistent after every batch, with no reset.
#include "../common/faketree.h"
#include "assign/assignments.h"
#include "diagnostics/bundlewriter.h"
#include "host/sysfshostbackend.h"
#include "hostusbmodel.h"
#include "logging.h"
#include "vmware/vmxdocument.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace plugboard;
using plugboard::test::FakeTree;

namespace {
QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<unreadable>");
}

bool run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    return p.waitForFinished(10000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

// Fills a filesystem to the last byte (the file stays until the directory goes).
void fill(const QString &dir)
{
    QFile f(dir + QStringLiteral("/filler"));
    if (!f.open(QIODevice::WriteOnly))
        return;
    const QByteArray block(4096, 'x');
    while (f.write(block) == block.size()) { }
    f.write(QByteArray(1, 'x'));
    while (f.write("x", 1) == 1) { }
    f.close();
}
} // namespace

// A host source whose change notices can be made wrong on purpose: the topology moves on while the
// notice names something else (what a bug in a backend, or a KF6 Solid backend's mapping, could do).
class LyingBackend : public host::HostBackend
{
public:
    host::HostTopology topo;
    void start() override { Q_EMIT topologyReset(); }
    const host::HostTopology &topology() const override { return topo; }
    bool isLive() const override { return true; }
    QString statusMessage() const override { return {}; }
    void announce(const host::TopologyChange &c) { Q_EMIT topologyChanged(c); }
};

class TestFaults : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_mnt;
    bool m_mounted = false;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_mnt.isValid());
        m_mounted = run(QStringLiteral("mount"),
            {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"), QStringLiteral("size=256k"),
                QStringLiteral("plugboard-faults"), m_mnt.path()});
    }
    void cleanupTestCase()
    {
        if (m_mounted)
            run(QStringLiteral("umount"), {m_mnt.path()});
    }
    void init()
    {
        if (!m_mounted)
            QSKIP("mounting a small tmpfs needs root (CI runs as root)");
        run(QStringLiteral("mount"), {QStringLiteral("-o"), QStringLiteral("remount,rw"), m_mnt.path()});
        QDir(m_mnt.path()).removeRecursively();
        QDir().mkpath(m_mnt.path());
    }

    void assignmentsFileOnAFullOrReadOnlyDisk()
    {
        const QString path = m_mnt.path() + QStringLiteral("/plugboard/assignments.json");
        assign::AssignmentFile file(path);
        file.assignments.append({QStringLiteral("0781:5567"), {}, QStringLiteral("qemu:///system#win10"), false});
        QString error;
        QVERIFY2(file.save(&error), qPrintable(error));
        const QByteArray before = readAll(path);
        // Full: the new, larger file cannot be written; the old one is as it was.
        fill(m_mnt.path());
        for (int i = 0; i < 2000; ++i)
            file.assignments.append({QStringLiteral("0781:%1").arg(i, 4, 16, QLatin1Char('0')), {},
                QStringLiteral("qemu:///system#win10"), false});
        QVERIFY(!file.save(&error));
        QVERIFY2(error.contains(QLatin1String("unchanged")), qPrintable(error));
        QCOMPARE(readAll(path), before);
        QVERIFY(!QDir(m_mnt.path() + QStringLiteral("/plugboard"))
                     .entryList(QDir::Files)
                     .contains(QStringLiteral("assignments.json.")));
        // Read-only: refused, intact.
        QFile::remove(m_mnt.path() + QStringLiteral("/filler"));
        QVERIFY(run(QStringLiteral("mount"), {QStringLiteral("-o"), QStringLiteral("remount,ro"), m_mnt.path()}));
        file.assignments.resize(2);
        QVERIFY(!file.save(&error));
        QCOMPARE(readAll(path), before);
        assign::AssignmentFile reread(path);
        QVERIFY(reread.load(&error));
        QCOMPARE(reread.assignments.size(), 1);
    }

    void vmxOnAFullOrReadOnlyDisk()
    {
        const QString vmx = m_mnt.path() + QStringLiteral("/dev.vmx");
        QVERIFY(QFile::copy(QStringLiteral(PLUGBOARD_TEST_DATA "/vmx/vmx2xml-ws-in-the-wild-1.vmx"), vmx));
        const QByteArray before = readAll(vmx);
        fill(m_mnt.path());
        QString error;
        auto doc = vmware::VmxDocument::load(vmx, &error);
        QVERIFY2(doc, qPrintable(error));
        QVERIFY(doc->setValue(QStringLiteral("usb.autoConnect.device0"), QStringLiteral("vid:0x0781 pid:0x5567")));
        QVERIFY(!doc->save(&error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(readAll(vmx), before);
        QFile::remove(m_mnt.path() + QStringLiteral("/filler"));
        QVERIFY(run(QStringLiteral("mount"), {QStringLiteral("-o"), QStringLiteral("remount,ro"), m_mnt.path()}));
        QVERIFY(!doc->save(&error));
        QCOMPARE(readAll(vmx), before);
    }

    void bundleOnAFullDisk()
    {
        // A bundle that does not fit says so; nothing else on the disk is touched.
        FakeTree tree;
        const QString ctl = tree.addXhci();
        for (int i = 1; i <= 4; ++i)
            tree.addDevice(ctl + QStringLiteral("/usb1"), QStringLiteral("1-%1").arg(i));
        diagnostics::Facts facts;
        facts.source = QStringLiteral("live");
        facts.topology = host::TopologyReader(host::SysfsRoot(tree.root()), nullptr).readAll();
        facts.kernelLog
            = QStringList(20000, QStringLiteral("usb 1-1: new high-speed USB device number 5 using xhci_hcd"));
        QFile keep(m_mnt.path() + QStringLiteral("/keep.txt"));
        QVERIFY(keep.open(QIODevice::WriteOnly));
        keep.write("mine\n");
        keep.close();
        QString error;
        QVERIFY(!diagnostics::writeBundle(facts, m_mnt.path() + QStringLiteral("/bundle"), {}, &error));
        QVERIFY2(!error.isEmpty(), "a full disk must be reported");
        QCOMPARE(readAll(m_mnt.path() + QStringLiteral("/keep.txt")), QByteArray("mine\n"));
    }

    void aBrokenInvariantIsLoggedAndRecovered()
    {
        // The host tree relies on one row per controller, port and device after each change. A
        // change notice that names the wrong node breaks it: the model says so through its
        // logging category (a warning, in release builds too) and reads the tree again whole
        // instead of leaving a device out.
        FakeTree tree;
        const QString ctl = tree.addXhci(QStringLiteral("0000:00:14.0"), 1, 4);
        const QString hub = ctl + QStringLiteral("/usb1");
        tree.addDevice(hub, QStringLiteral("1-1"), {{QStringLiteral("devnum"), QByteArray("2\n")}});
        host::SysfsHostBackend before({tree.root(), false, true});
        before.start();
        tree.addDevice(hub, QStringLiteral("1-2"), {{QStringLiteral("devnum"), QByteArray("3\n")}});
        host::SysfsHostBackend after({tree.root(), false, true});
        after.start();
        QCOMPARE(after.topology().devices.size(), 2);

        LyingBackend lying;
        lying.topo = before.topology();
        ui::HostUsbModel model;
        model.setBackend(&lying);
        QVERIFY(model.isConsistent());
        model.resetCounters();
        lying.topo = after.topology();
        host::TopologyChange wrong;
        wrong.data.insert(QStringLiteral("1-1")); // 1-2's port is not named
        QTest::ignoreMessage(QtWarningMsg,
            QRegularExpression(QStringLiteral("^invariant failed: nodeCount\\(\\) == "
                                              "expectedRows\\(\\) \\(.*hostusbmodel\\.cpp:\\d+\\)$")));
        lying.announce(wrong);
        QString why;
        QVERIFY2(model.isConsistent(&why), qPrintable(why));
        QVERIFY(model.indexOf(QStringLiteral("1-2")).isValid());
        QCOMPARE(model.resetCount(), 1);

        // The category is off below warnings unless QT_LOGGING_RULES turns it on.
        QVERIFY(plugboard::lcHostModel().isWarningEnabled());
        QVERIFY(!plugboard::lcHostModel().isDebugEnabled());
    }

    void tenThousandHotplugEventsInABurst()
    {
        // Plug and unplug devices behind the root ports in batches, as udev delivers them; after
        // every batch the topology and the model agree, with no reset. Each device directory is
        // made once and moved in and out of place (a rename), so the burst is the events' cost.
        FakeTree tree;
        const QString ctl = tree.addXhci(QStringLiteral("0000:00:14.0"), 1, 8);
        host::SysfsHostBackend backend({tree.root(), false, true});
        backend.start();
        ui::HostUsbModel model;
        model.setBackend(&backend);
        const QString hubDir = ctl + QStringLiteral("/usb1");
        for (int port = 1; port <= 8; ++port) {
            const QString id = QStringLiteral("1-%1").arg(port);
            tree.addDevice(hubDir, id, {{QStringLiteral("devnum"), QByteArray::number(port + 1) + '\n'}});
            QVERIFY(QDir().rename(tree.abs(hubDir + QLatin1Char('/') + id), tree.abs(QStringLiteral("stash-") + id)));
        }
        QRandomGenerator rng(42);
        QSet<int> plugged;
        int events = 0;
        qint64 worstFlushUs = 0, totalFlushUs = 0;
        int batches = 0;
        QElapsedTimer t;
        while (events < 10000) {
            for (int k = 0; k < 50; ++k, ++events) {
                const int port = int(rng.bounded(8)) + 1;
                const QString id = QStringLiteral("1-%1").arg(port);
                const QString dir = hubDir + QLatin1Char('/') + id;
                host::UdevEvent ev;
                ev.subsystem = QStringLiteral("usb");
                ev.devType = QStringLiteral("usb_device");
                ev.sysPath = QLatin1Char('/') + dir;
                if (plugged.contains(port)) {
                    QDir().rename(tree.abs(dir), tree.abs(QStringLiteral("stash-") + id));
                    ev.action = host::UdevEvent::Action::Remove;
                    plugged.remove(port);
                } else {
                    QDir().rename(tree.abs(QStringLiteral("stash-") + id), tree.abs(dir));
                    ev.action = host::UdevEvent::Action::Add;
                    plugged.insert(port);
                }
                backend.injectEvent(ev);
            }
            t.start();
            backend.flush();
            const qint64 us = t.nsecsElapsed() / 1000;
            worstFlushUs = std::max(worstFlushUs, us);
            totalFlushUs += us;
            ++batches;
            QString why;
            QVERIFY2(backend.topology().isConsistent(&why), qPrintable(why));
            QVERIFY2(model.isConsistent(&why), qPrintable(why));
            QCOMPARE(backend.topology().devices.size(), plugged.size());
            for (int port : std::as_const(plugged))
                QVERIFY(model.indexOf(QStringLiteral("1-%1").arg(port)).isValid());
        }
        QCOMPARE(model.resetCount(), 0);
        qInfo("10,000 events in %d batches of 50: a batch applied in %lld us on average, %lld us at worst", batches,
            totalFlushUs / batches, worstFlushUs);
    }
};

QTEST_MAIN(TestFaults)
#include "tst_faults.moc"
