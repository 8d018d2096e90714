// SPDX-License-Identifier: GPL-3.0-or-later
// A real libvirtd on qemu:///session, started by this test as an unprivileged user (see
// run-as-libvirt-user.sh): define, --config attach/detach checked with virsh, a TCG guest started,
// a live redirdev over TCP with real device-added/removed events reaching the model, the live
// hostdev path failing clearly on a machine without a USB bus, and libvirtd killed and restarted.
#include "diagnostics/bundlewriter.h"
#include "diagnostics/diagnosis.h"
#include "guestmodel.h"
#include "libvirt/libvirtconnection.h"
#include "libvirt/libvirtsession.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

#include <libvirt/libvirt.h>

using namespace plugboard;
using plugboard::ui::GuestModel;

namespace {
const QString kUri = QStringLiteral("qemu:///session");
const QByteArray kGuestXml
    = "<domain type='qemu'><name>pbtest</name><memory unit='MiB'>64</memory><vcpu>1</vcpu>"
      "<os><type arch='x86_64' machine='pc'>hvm</type></os><devices>"
      "<emulator>/usr/bin/qemu-system-x86_64</emulator>"
      "<controller type='usb' index='0' model='qemu-xhci'/>"
      "<graphics type='vnc' autoport='yes' listen='127.0.0.1'/><video><model type='none'/></video>"
      "<memballoon model='none'/></devices></domain>";

QString virsh(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral("virsh"), QStringList {QStringLiteral("-c"), kUri} + args);
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
}
} // namespace

class TestLibvirtdSession : public QObject
{
    Q_OBJECT
private:
    QProcess m_daemon;

    bool startDaemon()
    {
        const QString sock = qEnvironmentVariable("XDG_RUNTIME_DIR") + QStringLiteral("/libvirt/libvirt-sock");
        QFile::remove(sock);
        m_daemon.setProcessChannelMode(QProcess::MergedChannels);
        m_daemon.setStandardOutputFile(QDir::home().filePath(QStringLiteral("libvirtd.log")), QIODevice::Append);
        m_daemon.start(QStringLiteral("libvirtd"), {QStringLiteral("--timeout"), QStringLiteral("0")});
        if (!m_daemon.waitForStarted(10000))
            return false;
        for (int i = 0; i < 200 && !QFile::exists(sock); ++i)
            QTest::qWait(50);
        return QFile::exists(sock);
    }

    void stopDaemon()
    {
        if (m_daemon.state() == QProcess::NotRunning)
            return;
        m_daemon.kill();
        m_daemon.waitForFinished(10000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariable("LIBVIRT_AUTOSTART") == QLatin1String("0"), "run through run-as-libvirt-user.sh");
        QVERIFY2(getuid() != 0, "qemu:///session must run as an unprivileged user");
        QVERIFY2(startDaemon(), "libvirtd did not start");
    }

    void cleanupTestCase()
    {
        virsh({QStringLiteral("destroy"), QStringLiteral("pbtest")});
        virsh({QStringLiteral("undefine"), QStringLiteral("pbtest")});
        stopDaemon();
    }

    void configAttachDetachMatchesVirsh()
    {
        libvirt::LibvirtSession::ensureEventLoop();
        libvirt::LibvirtSession s(kUri);
        libvirt::LibvirtError err;
        QVERIFY2(s.open(&err), qPrintable(err.userMessage()));
        virDomainPtr dom = virDomainDefineXML(s.handle(), kGuestXml.constData());
        QVERIFY(dom);
        virDomainFree(dom);
        const auto g = s.guest(QStringLiteral("pbtest"), &err);
        QVERIFY(g);
        QCOMPARE(g->state, plugboard::GuestState::ShutOff);
        QCOMPARE(g->usb.controllers.first().model, QStringLiteral("qemu-xhci"));

        const libvirt::HostdevSpec spec {QStringLiteral("0781"), QStringLiteral("5567"), {}, {}, {}};
        const auto r = s.attachHostdev(QStringLiteral("pbtest"), spec, libvirt::AttachMode::Config);
        QVERIFY2(r.ok, qPrintable(r.message));
        QVERIFY(!r.redefined); // the real driver attaches itself
        const QString inactive
            = virsh({QStringLiteral("dumpxml"), QStringLiteral("--inactive"), QStringLiteral("pbtest")});
        QVERIFY2(inactive.contains(QLatin1String("<vendor id='0x0781'/>"))
                && inactive.contains(QLatin1String("<product id='0x5567'/>")),
            qPrintable(inactive));
        const auto d = s.detachHostdev(QStringLiteral("pbtest"), spec, libvirt::AttachMode::Config);
        QVERIFY2(d.ok, qPrintable(d.message));
        QVERIFY(!virsh({QStringLiteral("dumpxml"), QStringLiteral("--inactive"), QStringLiteral("pbtest")})
                     .contains(QLatin1String("0x0781")));
    }

    void liveRedirdevEventsReachTheModel()
    {
        libvirt::LibvirtConnection conn(kUri);
        GuestModel model;
        model.addConnection(&conn);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reset(&conn, &libvirt::LibvirtConnection::guestsReset);
        conn.start();
        QVERIFY(reset.wait(15000));
        const QString guestNode = GuestModel::guestNodeId(kUri, QStringLiteral("pbtest"));
        QVERIFY(model.indexOf(guestNode).isValid());

        // Start under TCG: the lifecycle event updates the guest's row.
        QSignalSpy changed(&conn, &libvirt::LibvirtConnection::guestChanged);
        QCOMPARE(virsh({QStringLiteral("start"), QStringLiteral("pbtest")}).contains(QLatin1String("started")), true);
        QTRY_COMPARE_WITH_TIMEOUT(
            model.indexOf(guestNode, GuestModel::StateColumn).data().toString(), QStringLiteral("running"), 15000);

        // A usbredir listener on this machine; QEMU connects to it when the redirdev is attached.
        QTcpServer listener;
        QVERIFY(listener.listen(QHostAddress::LocalHost));
        libvirt::LibvirtSession s(kUri);
        libvirt::LibvirtError err;
        QVERIFY(s.open(&err));
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        const auto r = s.attachRedirTcp(
            QStringLiteral("pbtest"), QStringLiteral("127.0.0.1"), listener.serverPort(), libvirt::AttachMode::Live);
        QVERIFY2(r.ok, qPrintable(r.message));
        // The device-added event (not our own re-read: this session is another client) brings the row.
        QTRY_VERIFY_WITH_TIMEOUT(!inserted.isEmpty(), 15000);
        const QModelIndex controller = model.index(0, 0, model.indexOf(guestNode));
        QCOMPARE(inserted.last().at(0).value<QModelIndex>(), controller);
        QVERIFY2(model.index(0, 0, controller)
                     .data()
                     .toString()
                     .contains(QStringLiteral("127.0.0.1:%1").arg(listener.serverPort())),
            qPrintable(model.index(0, 0, controller).data().toString()));
        QVERIFY(listener.hasPendingConnections() || listener.waitForNewConnection(10000)); // QEMU connected to it

        // The live hostdev path on a machine without a USB bus: a clear sentence, nothing attached.
        const auto h = s.attachHostdev(QStringLiteral("pbtest"),
            {QStringLiteral("0781"), QStringLiteral("5567"), {}, {}, {}}, libvirt::AttachMode::Live);
        QVERIFY(!h.ok);
        QVERIFY2(h.message.contains(QLatin1String("no USB bus")), qPrintable(h.message));
        QVERIFY(h.error.message.contains(QLatin1String("/sys/bus/usb/devices")));
        QCOMPARE(model.rowCount(controller), 1);

        // Detach the redirdev live: the device-removed event removes the row.
        const auto g = s.guest(QStringLiteral("pbtest"), &err);
        QCOMPARE(g->usb.redirdevs.size(), 1);
        QVERIFY(virDomainDetachDeviceFlags(virDomainLookupByName(s.handle(), "pbtest"),
                    g->usb.redirdevs.first().xml.toUtf8().constData(), VIR_DOMAIN_AFFECT_LIVE)
            == 0);
        QTRY_VERIFY_WITH_TIMEOUT(model.rowCount(controller) == 0, 15000);
        QVERIFY(!removed.isEmpty());
        QCOMPARE(resets.size(), 0);
        QString why;
        QVERIFY2(model.isConsistent(&why), qPrintable(why));
    }

    void bundleFromARealDaemonDiagnosesLikeTheLiveRun()
    {
        // The guest has no USB device: the live run and the bundle agree on what that means.
        const diagnostics::Subject subject {{}, {}, kUri + QStringLiteral("#pbtest")};
        const diagnostics::Facts live = diagnostics::collectLive({kUri}, {}, subject);
        QVERIFY(live.libvirt && live.libvirt->size() == 1);
        QVERIFY2(live.libvirt->first().error.isEmpty(), qPrintable(live.libvirt->first().error));
        QVERIFY(live.domain(subject.guest));
        QVERIFY(!live.libvirt->first().domcapabilities.isEmpty()); // the real QEMU driver answers
        const QString dir = QDir::home().filePath(QStringLiteral("bundle"));
        QString error;
        QVERIFY2(diagnostics::writeBundle(live, dir, {}, &error), qPrintable(error));
        const auto read = diagnostics::readBundle(dir, &error);
        QVERIFY2(read, qPrintable(error));
        QCOMPARE(read->domain(subject.guest)->usb.controllers.first().model, QStringLiteral("qemu-xhci"));
        QCOMPARE(read->libvirt->first().domcapabilities, live.libvirt->first().domcapabilities);
        auto ids = [](const diagnostics::Report &r) {
            QStringList out;
            for (const auto &f : r.findings)
                out.append(f.check);
            return out;
        };
        QCOMPARE(ids(diagnostics::diagnose(*read, subject)), ids(diagnostics::diagnose(live, subject)));
    }

    void daemonRestartIsSurvived()
    {
        libvirt::LibvirtConnection conn(kUri);
        GuestModel model;
        model.addConnection(&conn);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reset(&conn, &libvirt::LibvirtConnection::guestsReset);
        conn.start();
        QVERIFY(reset.wait(15000));
        const QString guestNode = GuestModel::guestNodeId(kUri, QStringLiteral("pbtest"));
        QVERIFY(model.indexOf(guestNode).isValid());
        stopDaemon();
        QTRY_COMPARE_WITH_TIMEOUT(conn.state(), libvirt::ConnectionState::Disconnected, 20000);
        QCOMPARE(model.index(0, GuestModel::StateColumn).data().toString(), QStringLiteral("not connected"));
        QVERIFY(startDaemon());
        QTRY_COMPARE_WITH_TIMEOUT(conn.state(), libvirt::ConnectionState::Connected, 40000);
        QTRY_VERIFY_WITH_TIMEOUT(model.indexOf(guestNode).isValid(), 20000);
        // No ghost or duplicate rows after the reconnect.
        QCOMPARE(model.rowCount(model.index(0, 0)), 1);
        QString why;
        QVERIFY2(model.isConsistent(&why), qPrintable(why));
    }

    void daemonKilledWithRequestsInFlight()
    {
        // Attach, detach and list requests queued on the connection's worker while libvirtd is
        // killed: each request is answered exactly once (done or failed, never both, never
        // twice), the connection comes back, and the rows are the guest's, once.
        libvirt::LibvirtConnection conn(kUri);
        GuestModel model;
        model.addConnection(&conn);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reset(&conn, &libvirt::LibvirtConnection::guestsReset);
        conn.start();
        QVERIFY(reset.wait(15000));
        QHash<quint64, int> answers;
        int failed = 0;
        connect(&conn, &libvirt::LibvirtConnection::operationFinished, this,
            [&](quint64 op, const libvirt::OperationResult &r) {
                ++answers[op];
                if (!r.ok) {
                    ++failed;
                    QVERIFY(!r.message.isEmpty());
                }
            });
        const libvirt::HostdevSpec spec {QStringLiteral("0781"), QStringLiteral("5567"), {}, {}, {}};
        QList<quint64> ops;
        for (int i = 0; i < 40; ++i) {
            ops.append(i % 2 ? conn.detach(QStringLiteral("pbtest"), spec, libvirt::AttachMode::Config)
                             : conn.attach(QStringLiteral("pbtest"), spec, libvirt::AttachMode::Config));
            if (i % 5 == 0)
                conn.refresh();
            if (i == 12) {
                QTest::qWait(20);
                stopDaemon(); // SIGKILL while requests are queued and in flight
            }
        }
        QTRY_COMPARE_WITH_TIMEOUT(answers.size(), ops.size(), 60000);
        for (quint64 op : std::as_const(ops))
            QCOMPARE(answers.value(op), 1);
        QVERIFY(failed > 0); // those after the kill failed, with a reason
        QVERIFY(startDaemon());
        QTRY_COMPARE_WITH_TIMEOUT(conn.state(), libvirt::ConnectionState::Connected, 40000);
        const QString guestNode = GuestModel::guestNodeId(kUri, QStringLiteral("pbtest"));
        QTRY_VERIFY_WITH_TIMEOUT(model.indexOf(guestNode).isValid(), 20000);
        QCOMPARE(model.rowCount(model.index(0, 0)), 1);
        QString why;
        QVERIFY2(model.isConsistent(&why), qPrintable(why));
        // Whatever the kill interrupted, the definition is whole: at most the one entry.
        const QString xml = virsh({QStringLiteral("dumpxml"), QStringLiteral("--inactive"), QStringLiteral("pbtest")});
        QVERIFY(xml.count(QLatin1String("<vendor id='0x0781'/>")) <= 1);
        libvirt::LibvirtSession s(kUri); // leave the guest as the other tests expect it
        libvirt::LibvirtError err;
        if (s.open(&err))
            s.detachHostdev(QStringLiteral("pbtest"), spec, libvirt::AttachMode::Config);
    }
};

QTEST_MAIN(TestLibvirtdSession)
#include "tst_libvirtd_session.moc"
