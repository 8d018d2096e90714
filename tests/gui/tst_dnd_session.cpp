// SPDX-License-Identifier: GPL-3.0-or-later
// The headline gesture end to end: the X pointer drags a umockdev device row onto a shut-off guest
// of a real libvirtd on qemu:///session (run as an unprivileged user, see run-as-libvirt-user.sh
// --gui), the guest's persistent XML gains the <hostdev>; the device row dragged back removes it; a
// drop on an impossible target changes nothing. (Live passthrough needs a kernel USB device
// libvirtd can open: that is the system tests' part.)
#include "guestmodel.h"
#include "guestpane.h"
#include "host/sysfshostbackend.h"
#include "hostfilterproxy.h"
#include "hostpane.h"
#include "hostusbmodel.h"
#include "mainwindow.h"

#include "../common/xdrag.h"

#include <QDir>
#include <QProcess>
#include <QScreen>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <libvirt/libvirt.h>
#include <umockdev.h>

using namespace plugboard;

namespace {
const QByteArray kGuestXml = "<domain type='qemu'><name>pbdnd</name><memory unit='MiB'>64</memory><vcpu>1</vcpu>"
                             "<os><type arch='x86_64' machine='pc'>hvm</type></os><devices>"
                             "<emulator>/usr/bin/qemu-system-x86_64</emulator>"
                             "<controller type='usb' index='0' model='qemu-xhci'/>"
                             "<memballoon model='none'/></devices></domain>";

void saveShot(QWidget *w, const QString &name)
{
    // As the unprivileged user the build's folder is not writable: the wrapper names one that is.
    const QString dir = qEnvironmentVariable("PLUGBOARD_ARTIFACTS", QStringLiteral(PLUGBOARD_ARTIFACT_DIR));
    QDir().mkpath(dir);
    QPixmap shot = w->screen()->grabWindow(w->winId());
    if (!shot.isNull())
        shot.save(dir + QLatin1Char('/') + name);
}
} // namespace

class TestDndSession : public QObject
{
    Q_OBJECT
private:
    QProcess m_daemon;
    virConnectPtr m_conn = nullptr;
    virDomainPtr m_dom = nullptr;
    UMockdevTestbed *m_bed = nullptr;

    QString inactiveXml()
    {
        char *xml = virDomainGetXMLDesc(m_dom, VIR_DOMAIN_XML_INACTIVE);
        const QString s = QString::fromUtf8(xml);
        free(xml);
        return s;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariable("LIBVIRT_AUTOSTART") == QLatin1String("0"), "run through run-as-libvirt-user.sh");
        QVERIFY2(getuid() != 0, "qemu:///session must run as an unprivileged user");
        QVERIFY2(qEnvironmentVariable("LD_PRELOAD").contains(QLatin1String("umockdev-preload")),
            "run under umockdev-wrapper (run-as-libvirt-user.sh --gui does)");
        QStandardPaths::setTestModeEnabled(true);
        const QString sock = qEnvironmentVariable("XDG_RUNTIME_DIR") + QStringLiteral("/libvirt/libvirt-sock");
        m_daemon.setProcessChannelMode(QProcess::MergedChannels);
        m_daemon.setStandardOutputFile(QDir::home().filePath(QStringLiteral("libvirtd.log")), QIODevice::Append);
        // libvirtd reads no USB devices itself here; keep umockdev's preload away from it.
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("LD_PRELOAD"));
        m_daemon.setProcessEnvironment(env);
        m_daemon.start(QStringLiteral("libvirtd"), {QStringLiteral("--timeout"), QStringLiteral("0")});
        QVERIFY(m_daemon.waitForStarted(10000));
        for (int i = 0; i < 200 && !QFile::exists(sock); ++i)
            QTest::qWait(50);
        QVERIFY2(QFile::exists(sock), "libvirtd did not start");
        m_conn = virConnectOpen("qemu:///session");
        QVERIFY(m_conn);
        m_dom = virDomainDefineXML(m_conn, kGuestXml.constData());
        QVERIFY(m_dom);
        m_bed = umockdev_testbed_new();
        QVERIFY(umockdev_testbed_add_from_file(
            m_bed, PLUGBOARD_TEST_DATA "/umockdev/canon-powershot-sx200.umockdev", nullptr));
    }

    void cleanupTestCase()
    {
        if (m_dom) {
            virDomainUndefine(m_dom);
            virDomainFree(m_dom);
        }
        if (m_conn)
            virConnectClose(m_conn);
        if (m_bed)
            g_object_unref(m_bed);
        m_daemon.kill();
        m_daemon.waitForFinished(10000);
    }

    void dragOntoAShutOffGuestAndBack()
    {
        host::SysfsHostBackend backend({});
        backend.start();
        ui::MainWindow w;
        w.setHostBackend(&backend);
        w.addConnection(QStringLiteral("qemu:///session"));
        w.resize(1200, 760);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        ui::GuestModel *guests = w.guestPane()->model();
        const QString guestId = QStringLiteral("qemu:///session#pbdnd");
        QTRY_VERIFY_WITH_TIMEOUT(guests->indexOfGuest(guestId).isValid(), 15000);
        ui::HostPane *hostPane = w.hostPane();
        const QModelIndex camera
            = hostPane->proxy()->mapFromSource(hostPane->model()->indexOf(QStringLiteral("1-1.5.2.3")));
        QVERIFY(camera.isValid());
        QTest::qWait(300);
        const QString pristine = inactiveXml();
        QVERIFY(!pristine.contains(QLatin1String("0x04a9")));

        // An impossible target (the connection row): refused while dragging, nothing changes.
        QSignalSpy done(w.guestPane(), &ui::GuestPane::operationFinished);
        auto drag = test::startDrag(
            test::centreOf(hostPane->view(), camera), test::centreOf(w.guestPane()->view(), guests->index(0, 0)));
        QTRY_VERIFY_WITH_TIMEOUT(drag->state() == QProcess::NotRunning, 15000);
        QTest::qWait(500);
        QVERIFY(!w.guestPane()->view()->lastRefusal().isEmpty());
        QCOMPARE(done.size(), 0);
        QCOMPARE(inactiveXml(), pristine);

        // Onto the guest: the persistent definition gains the camera.
        drag = test::startDrag(test::centreOf(hostPane->view(), camera),
            test::centreOf(w.guestPane()->view(), guests->indexOfGuest(guestId)));
        QTRY_VERIFY_WITH_TIMEOUT(done.size() >= 1, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(drag->state() == QProcess::NotRunning, 10000);
        QVERIFY2(done.first().at(1).value<libvirt::OperationResult>().ok,
            qPrintable(done.first().at(1).value<libvirt::OperationResult>().message));
        const QString attached = inactiveXml();
        QVERIFY2(attached.contains(QLatin1String("<vendor id='0x04a9'/>"))
                && attached.contains(QLatin1String("<product id='0x31c0'/>")),
            qPrintable(attached));
        const QModelIndex guestRow = guests->indexOfGuest(guestId);
        QModelIndex deviceRow;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                // The device hangs off the guest's qemu-xhci controller.
                const QModelIndex ctl = guests->index(0, 0, guestRow);
                deviceRow = guests->index(0, 0, ctl);
                return deviceRow.isValid() && guests->kind(deviceRow) == ui::GuestModel::DeviceKind;
            }(),
            10000);
        QTest::qWait(300);
        saveShot(&w, QStringLiteral("dnd-session-attached.png"));

        // Back onto the host tree: gone from the definition.
        done.clear();
        drag = test::startDrag(test::centreOf(w.guestPane()->view(), deviceRow),
            test::centreOf(hostPane->view(),
                hostPane->proxy()->mapFromSource(hostPane->model()->indexOf(QStringLiteral("1-1.5.2")))));
        QTRY_VERIFY_WITH_TIMEOUT(done.size() >= 1, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(drag->state() == QProcess::NotRunning, 10000);
        QVERIFY2(done.first().at(1).value<libvirt::OperationResult>().ok,
            qPrintable(done.first().at(1).value<libvirt::OperationResult>().message));
        QVERIFY(!inactiveXml().contains(QLatin1String("0x04a9")));
    }
};

QTEST_MAIN(TestDndSession)
#include "tst_dnd_session.moc"
