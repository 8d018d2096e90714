// SPDX-License-Identifier: GPL-3.0-or-later
// libvirt's built-in test driver, in this process (its state lives in the connecting process):
// listing, states, the redefine fallback for attach/detach, typed errors, name resolution.
#include "diagnostics/fixrunner.h"
#include "libvirt/guestdirectory.h"
#include "libvirt/libvirtsession.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace plugboard::libvirt;

namespace {
// A node file with three guests: two running, one shut off (test:runstate 5 = VIR_DOMAIN_SHUTOFF).
QByteArray nodeXml()
{
    auto domain = [](const char *name, const char *uuid, bool running, const char *usb) -> QByteArray {
        QByteArray d = "<domain type='test'><name>" + QByteArray(name) + "</name><uuid>" + QByteArray(uuid)
            + "</uuid><memory>65536</memory><vcpu>1</vcpu><os><type arch='x86_64' "
              "machine='q35'>hvm</type></os><devices>"
            + QByteArray(usb) + "</devices>";
        if (!running)
            d += "<test:runstate>5</test:runstate>";
        return QByteArray(d + "</domain>");
    };
    return QByteArray("<?xml version='1.0'?><node xmlns:test='http://libvirt.org/schemas/domain/test/1.0'>")
        + domain("alpha", "11111111-1111-1111-1111-111111111111", true,
            "<controller type='usb' index='0' model='qemu-xhci' ports='8'/>")
        + domain("bravo", "22222222-2222-2222-2222-222222222222", false,
            "<controller type='usb' index='0' model='ich9-ehci1'/><hostdev mode='subsystem' type='usb'><source>"
            "<vendor id='0x0781'/><product id='0x5567'/><address bus='1' device='5'/></source></hostdev>")
        + domain(
            "test", "33333333-3333-3333-3333-333333333333", true, "<controller type='usb' index='0' model='none'/>")
        + QByteArray("</node>");
}
} // namespace

class TestLibvirtTestDriver : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_uri;

private Q_SLOTS:
    void initTestCase()
    {
        LibvirtSession::ensureEventLoop();
        QFile f(m_dir.filePath(QStringLiteral("node.xml")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(nodeXml());
        f.close();
        m_uri = QStringLiteral("test://") + f.fileName();
    }

    void listsGuestsWithStatesAndUsb()
    {
        LibvirtSession s(m_uri);
        LibvirtError err;
        QVERIFY2(s.open(&err), qPrintable(err.message));
        const QList<GuestInfo> guests = s.guests(&err);
        QVERIFY2(!err.isSet(), qPrintable(err.message));
        QCOMPARE(guests.size(), 3);
        QCOMPARE(guests.at(0).name, QStringLiteral("alpha"));
        QCOMPARE(guests.at(0).state, plugboard::GuestState::Running);
        QCOMPARE(guests.at(0).id(), s.canonicalUri() + QStringLiteral("#alpha"));
        QCOMPARE(guests.at(0).usb.controllers.first().effectivePorts(), 8);
        QCOMPARE(guests.at(1).state, plugboard::GuestState::ShutOff);
        QCOMPARE(guests.at(1).usb.hostdevs.size(), 1);
        QCOMPARE(guests.at(1).usb.hostdevs.first().vendorId, QStringLiteral("0781"));
        QCOMPARE(guests.at(1).usb.hostdevs.first().bus.value_or(-1), 1);
        QVERIFY(guests.at(2).usb.usbDisabled());
        QVERIFY(guests.at(0).persistent);
    }

    void attachAndDetachFallBackToRedefinition()
    {
        LibvirtSession s(m_uri);
        LibvirtError err;
        QVERIFY(s.open(&err));
        HostdevSpec spec {QStringLiteral("04a9"), QStringLiteral("31c0"), 1, 11, {}};
        // Live only: the test driver cannot, and nothing persistent is changed behind the user's back.
        OperationResult live = s.attachHostdev(QStringLiteral("alpha"), spec, AttachMode::Live);
        QVERIFY(!live.ok);
        QVERIFY2(live.message.contains(QLatin1String("definition instead")), qPrintable(live.message));
        QCOMPARE(s.guest(QStringLiteral("alpha"), &err)->inactiveUsb->hostdevs.size(), 0);
        // Both: falls back to the persistent definition, same name and UUID.
        OperationResult both = s.attachHostdev(QStringLiteral("alpha"), spec, AttachMode::Both);
        QVERIFY2(both.ok, qPrintable(both.message));
        QVERIFY(both.redefined);
        QVERIFY(both.message.contains(QLatin1String("next start")));
        const auto after = s.guest(QStringLiteral("alpha"), &err);
        QVERIFY(after && after->inactiveUsb);
        QCOMPARE(after->uuid, QStringLiteral("11111111-1111-1111-1111-111111111111"));
        QCOMPARE(after->inactiveUsb->hostdevs.size(), 1);
        QCOMPARE(after->inactiveUsb->hostdevs.first().productId, QStringLiteral("31c0"));
        QCOMPARE(after->inactiveUsb->hostdevs.first().device.value_or(-1), 11);
        // Detach finds the entry although the device was replugged (new device number).
        spec.device = 23;
        OperationResult det = s.detachHostdev(QStringLiteral("alpha"), spec, AttachMode::Config);
        QVERIFY2(det.ok, qPrintable(det.message));
        QCOMPARE(s.guest(QStringLiteral("alpha"), &err)->inactiveUsb->hostdevs.size(), 0);
        // Nothing left to detach: a clear refusal.
        OperationResult none = s.detachHostdev(QStringLiteral("alpha"), spec, AttachMode::Config);
        QVERIFY(!none.ok);
        QVERIFY(none.message.contains(QLatin1String("has no USB device 04a9:31c0")));
    }

    void shutOffGuestTakesConfigOnly()
    {
        LibvirtSession s(m_uri);
        LibvirtError err;
        QVERIFY(s.open(&err));
        const HostdevSpec spec {QStringLiteral("0781"), QStringLiteral("5567"), 1, 9, {}};
        OperationResult live = s.detachHostdev(QStringLiteral("bravo"), spec, AttachMode::Live);
        QVERIFY(!live.ok);
        QVERIFY2(live.message.contains(QLatin1String("not running")), qPrintable(live.message));
        OperationResult cfg = s.detachHostdev(QStringLiteral("bravo"), spec, AttachMode::Config);
        QVERIFY2(cfg.ok, qPrintable(cfg.message));
        QCOMPARE(s.guest(QStringLiteral("bravo"), &err)->usb.hostdevs.size(), 0);
    }

    void errorsAreTypedAndExplained()
    {
        LibvirtSession s(m_uri);
        LibvirtError err;
        QVERIFY(s.open(&err));
        OperationResult r = s.attachHostdev(QStringLiteral("nosuch"),
            HostdevSpec {QStringLiteral("0781"), QStringLiteral("5567"), {}, {}, {}}, AttachMode::Config);
        QVERIFY(!r.ok);
        QVERIFY(r.error.code != 0);
        QVERIFY2(r.message.contains(QLatin1String("no such guest")), qPrintable(r.message));
        LibvirtSession bad(QStringLiteral("qemu+unix:///system?socket=/nonexistent/plugboard.sock"));
        QVERIFY(!bad.open(&err));
        QCOMPARE(err.catalogId(), QStringLiteral("env-libvirt-unreachable"));
        QVERIFY(err.userMessage().contains(QLatin1String("not reachable")));
        // The catalog's messages, as libvirt words them.
        const LibvirtError inUse {55, 10,
            QStringLiteral(
                "Requested operation is not valid: USB device 001:009 is in use by driver QEMU, domain win10")};
        QCOMPARE(inUse.catalogId(), QStringLiteral("kvm-in-use-other-domain"));
        QVERIFY(inUse.userMessage().contains(QLatin1String("win10")));
        QCOMPARE(
            (LibvirtError {1, 10,
                 QStringLiteral("internal error: Multiple USB devices for 781:5567, use <address> to specify one")})
                .catalogId(),
            QStringLiteral("kvm-ambiguous-vidpid"));
        QCOMPARE((LibvirtError {1, 10, QStringLiteral("No free USB ports")}).catalogId(),
            QStringLiteral("kvm-no-free-ports"));
        QCOMPARE((LibvirtError {1, 10, QStringLiteral("unsupported configuration: USB is disabled for this domain")})
                     .catalogId(),
            QStringLiteral("kvm-usb-disabled"));
        const LibvirtError noBus {
            38, 10, QStringLiteral("cannot open directory '/sys/bus/usb/devices': No such file or directory")};
        QVERIFY(noBus.userMessage().contains(QLatin1String("no USB bus here")));
    }

    void definitionFixes()
    {
        LibvirtSession s(m_uri);
        LibvirtError err;
        QVERIFY(s.open(&err));
        // bravo: its hostdev becomes optional at start.
        // (each connection to a test:///FILE URI starts from the file, so bravo has its hostdev again)
        auto r = s.setStartupOptional(
            QStringLiteral("bravo"), {QStringLiteral("0781"), QStringLiteral("5567"), {}, {}, {}});
        QVERIFY2(r.ok, qPrintable(r.message));
        QCOMPARE(
            s.guest(QStringLiteral("bravo"), &err)->usb.hostdevs.first().startupPolicy, QStringLiteral("optional"));
        // bravo's EHCI becomes one qemu-xhci with 15 ports.
        r = s.switchToQemuXhci(QStringLiteral("bravo"));
        QVERIFY2(r.ok, qPrintable(r.message));
        const auto g = s.guest(QStringLiteral("bravo"), &err);
        QCOMPARE(g->usb.controllers.size(), 1);
        QCOMPARE(g->usb.controllers.first().model, QStringLiteral("qemu-xhci"));
        QCOMPARE(g->usb.controllers.first().effectivePorts(), 15);
        QCOMPARE(g->uuid, QStringLiteral("22222222-2222-2222-2222-222222222222"));
        r = s.addSpiceRedirChannel(QStringLiteral("bravo"));
        QVERIFY(r.ok);
        QCOMPARE(s.guest(QStringLiteral("bravo"), &err)->usb.redirdevs.first().type, QStringLiteral("spicevmc"));
        QVERIFY(!s.switchToQemuXhci(QStringLiteral("nosuch")).ok);
    }

    void fixRunnerChangesTheGuest()
    {
        // test:///default is shared by every connection of this process while one is open.
        LibvirtSession s(QStringLiteral("test:///default"));
        LibvirtError err;
        QVERIFY(s.open(&err));
        const plugboard::diagnostics::Subject subject {{}, {}, QStringLiteral("test:///default#test")};
        const auto out = plugboard::diagnostics::applyFix(
            {QStringLiteral("user"), {}, QStringLiteral("controller-qemu-xhci")}, subject, {});
        QVERIFY2(out.ok, qPrintable(out.message));
        QVERIFY(!out.needsHelper);
        QCOMPARE(
            s.guest(QStringLiteral("test"), &err)->inactiveUsb->controllers.first().model, QStringLiteral("qemu-xhci"));
        // Without a guest the fix says what is missing.
        QVERIFY(!plugboard::diagnostics::applyFix(
            {QStringLiteral("user"), {}, QStringLiteral("controller-qemu-xhci")}, {}, {})
                     .ok);
        // The window offers a button for automatic fixes and for user fixes that change a
        // definition; never for by-hand advice or root-only ones.
        using plugboard::diagnostics::offersButton;
        QVERIFY(offersButton({QStringLiteral("user"), {}, QStringLiteral("controller-qemu-xhci")}));
        QVERIFY(offersButton({QStringLiteral("user"), {}, QStringLiteral("startup-optional:1-1")}));
        QVERIFY(offersButton({QStringLiteral("automatic"), {}, QStringLiteral("attach:1-1")}));
        QVERIFY(!offersButton({QStringLiteral("user"), {}, QStringLiteral("move")}));
        QVERIFY(!offersButton({QStringLiteral("user"), {}, {}}));
        QVERIFY(!offersButton({QStringLiteral("root"), {}, QStringLiteral("port-enable:usb1-port4")}));
        // Root fixes are handed back for the helper.
        const auto root = plugboard::diagnostics::applyFix(
            {QStringLiteral("automatic"), {}, QStringLiteral("port-enable:usb1-port4")}, {}, {});
        QVERIFY(root.needsHelper);
        QCOMPARE(root.helperVerb, QStringLiteral("port-enable"));
        QCOMPARE(root.helperArgument, QStringLiteral("usb1-port4"));
    }

    void directoryResolvesNames()
    {
        GuestDirectory dir({m_uri, QStringLiteral("test:///default")});
        dir.openAll();
        QCOMPARE(dir.connections().size(), size_t(2));
        auto alpha = dir.find(QStringLiteral("alpha"));
        QVERIFY2(alpha.session, qPrintable(alpha.error));
        QCOMPARE(alpha.guest->name, QStringLiteral("alpha"));
        // "test" exists on both connections: ambiguous, and the error lists both ids.
        auto twin = dir.find(QStringLiteral("test"));
        QVERIFY(!twin.session);
        QVERIFY2(twin.error.contains(QLatin1String("test:///default#test")), qPrintable(twin.error));
        auto exact = dir.find(QStringLiteral("test:///default#test"));
        QVERIFY2(exact.session, qPrintable(exact.error));
        QVERIFY(!dir.find(QStringLiteral("zulu")).session);
    }
};

QTEST_GUILESS_MAIN(TestLibvirtTestDriver)
#include "tst_libvirt_testdriver.moc"
