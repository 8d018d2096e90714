// SPDX-License-Identifier: GPL-3.0-or-later
// Checks over bundles built here: each fires on its fault and stays quiet on the healthy twin;
// causes outrank symptoms; a missing fact gives "not checked"; bundles cannot read outside.
#include "../common/fakebundle.h"
#include "diagnostics/diagnosis.h"
#include "diagnostics/facts.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <algorithm>
#include <functional>
#include <numeric>

using namespace plugboard::diagnostics;
using Attrs = QMap<QString, QByteArray>;
using plugboard::test::Bundle;
using plugboard::test::FakeTree;

namespace {
QStringList checksOf(const Report &r)
{
    QStringList out;
    for (const Finding &f : r.findings)
        out.append(f.check);
    return out;
}

bool notChecked(const Report &r, const QString &id)
{
    for (const NotChecked &n : r.notChecked) {
        if (n.check == id)
            return true;
    }
    return false;
}

QByteArray domainXml(const QByteArray &devices, const char *name = "win10")
{
    return "<domain type='kvm'><name>" + QByteArray(name) + "</name><os><type machine='pc'>hvm</type></os><devices>"
        + devices + "</devices></domain>";
}

const Subject kStick {QStringLiteral("1-2"), {}, {}};
const Subject kStickToGuest {QStringLiteral("1-2"), {}, QStringLiteral("qemu:///system#win10")};
} // namespace

class TestDiagnostics : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void healthyHostHasNoFindings()
    {
        Bundle b;
        b.kernelLog("[    1.0] usb 1-2: new high-speed USB device number 5 using xhci_hcd\n");
        const Report r = diagnose(b.facts(), kStick);
        QVERIFY2(r.findings.isEmpty(), qPrintable(checksOf(r).join(QLatin1Char(' '))));
    }

    void overcurrentBySysfsAndLog()
    {
        Bundle b;
        b.tree.write(b.ctl + QStringLiteral("/usb1/1-0:1.0/usb1-port2/over_current_count"), "3\n");
        b.kernelLog("[ 5.0] usb usb1-port2: over-current condition\n"
                    "[ 5.1] usb 1-2: USB disconnect, device number 5\n");
        const Report r = diagnose(b.facts(), kStick);
        QCOMPARE(checksOf(r), QStringList {QStringLiteral("host-port-overcurrent")});
        const Finding &f = r.findings.first();
        QCOMPARE(f.subject.port, QStringLiteral("usb1-port2"));
        QVERIFY(f.evidence.contains(QStringLiteral("usb1-port2/over_current_count = 3")));
        QVERIFY(f.evidence.contains(QStringLiteral("[ 5.0] usb usb1-port2: over-current condition")));
        QCOMPARE(severityName(f.severity), QStringLiteral("high"));
        QCOMPARE(f.strength, Evidence::Message);
        // What merely fits: a count left from an earlier event on a port whose device works.
        Bundle old;
        old.tree.write(old.ctl + QStringLiteral("/usb1/1-0:1.0/usb1-port2/over_current_count"), "3\n");
        QVERIFY(diagnose(old.facts(), kStick).findings.isEmpty());
        // A port in question that lost its device: the count is proof enough.
        Bundle empty;
        empty.tree.write(empty.ctl + QStringLiteral("/usb1/1-0:1.0/usb1-port3/over_current_count"), "1\n");
        const Report e = diagnose(empty.facts(), Subject {{}, QStringLiteral("usb1-port3"), {}});
        QCOMPARE(checksOf(e), QStringList {QStringLiteral("host-port-overcurrent")});
        QCOMPARE(e.findings.first().strength, Evidence::State);
    }

    void disabledPortOffersAnAutomaticFix()
    {
        Bundle b;
        b.tree.write(b.ctl + QStringLiteral("/usb1/1-0:1.0/usb1-port4/disable"), "1\n");
        const Report r = diagnose(b.facts(), Subject {{}, QStringLiteral("usb1-port4"), {}});
        QCOMPARE(checksOf(r), QStringList {QStringLiteral("host-port-disabled")});
        QCOMPARE(r.findings.first().fixes.first().kind, QStringLiteral("automatic"));
        QCOMPARE(r.findings.first().fixes.first().action, QStringLiteral("port-enable:usb1-port4"));
    }

    void logOnlyChecksSayNotChecked()
    {
        Bundle b; // no logs/kernel.log
        const Report r = diagnose(b.facts(), kStick);
        QVERIFY(notChecked(r, QStringLiteral("host-enumeration-failure")));
        QVERIFY(notChecked(r, QStringLiteral("host-controller-dead")));
        QVERIFY(!checksOf(r).contains(QStringLiteral("host-enumeration-failure")));
    }

    void kernelMessages_data()
    {
        QTest::addColumn<QByteArray>("log");
        QTest::addColumn<QString>("check");
        QTest::addRow("enumeration -71") << QByteArray("[ 9.1] usb 1-2: device descriptor read/64, error -71\n")
                                         << QStringLiteral("host-enumeration-failure");
        QTest::addRow("not accepting address") << QByteArray("usb 1-2: device not accepting address 7, error -110\n")
                                               << QStringLiteral("host-enumeration-failure");
        QTest::addRow("controller dead") << QByteArray(
            "xhci_hcd 0000:00:14.0: xHCI host controller not responding, assume dead\n")
                                         << QStringLiteral("host-controller-dead");
        QTest::addRow("bandwidth") << QByteArray("usb 1-2: Not enough bandwidth for new device state.\n")
                                   << QStringLiteral("host-bandwidth");
        QTest::addRow("bus power") << QByteArray(
            "usb 1-2: rejected 1 configuration due to insufficient available bus power\n")
                                   << QStringLiteral("host-insufficient-bus-power");
        QTest::addRow("apparmor") << QByteArray(
            "audit: type=1400 apparmor=\"DENIED\" operation=\"open\" "
            "profile=\"libvirt-6695eb01-f6a4-8304-79aa-97f2502e193f\" name=\"/dev/bus/usb/001/005\"\n")
                                  << QStringLiteral("sec-apparmor-denied");
        QTest::addRow("guest resets") << QByteArray("usb 1-2: reset high-speed USB device number 5 using xhci_hcd\n"
                                                    "usb 1-2: reset high-speed USB device number 5 using xhci_hcd\n"
                                                    "usb 1-2: reset high-speed USB device number 5 using xhci_hcd\n")
                                      << QStringLiteral("kvm-guest-reset-sensitive");
        QTest::addRow("guest resets, SuperSpeed")
            << QByteArray("usb 2-1: reset SuperSpeed USB device number 3 using xhci_hcd\n"
                          "usb 2-1: reset SuperSpeed USB device number 3 using xhci_hcd\n"
                          "usb 2-1: reset SuperSpeed USB device number 3 using xhci_hcd\n")
            << QStringLiteral("kvm-guest-reset-sensitive");
    }
    void kernelMessages()
    {
        QFETCH(QByteArray, log);
        QFETCH(QString, check);
        Bundle b;
        b.kernelLog(log);
        const Subject about = log.contains(" 2-1: ") ? Subject {} : kStick;
        QVERIFY2(checksOf(diagnose(b.facts(), about)).contains(check),
            qPrintable(checksOf(diagnose(b.facts(), about)).join(QLatin1Char(' '))));
        // The healthy twin: the same host, an ordinary log.
        Bundle healthy;
        healthy.kernelLog("usb 1-2: new high-speed USB device number 5 using xhci_hcd\n");
        QVERIFY(!checksOf(diagnose(healthy.facts(), kStick)).contains(check));
    }

    void reenumerationNeedsRepeatedCycles()
    {
        Bundle b;
        b.kernelLog(
            "usb 1-2: USB disconnect, device number 5\nusb 1-2: new high-speed USB device number 6 using xhci_hcd\n"
            "usb 1-2: USB disconnect, device number 6\nusb 1-2: new high-speed USB device number 7 using xhci_hcd\n");
        QVERIFY(checksOf(diagnose(b.facts(), kStick)).contains(QStringLiteral("dev-reenumerates")));
        Bundle once;
        once.kernelLog(
            "usb 1-2: USB disconnect, device number 5\nusb 1-2: new high-speed USB device number 6 using xhci_hcd\n");
        QVERIFY(!checksOf(diagnose(once.facts(), kStick)).contains(QStringLiteral("dev-reenumerates")));
    }

    void mountedStorage()
    {
        Bundle b;
        const QString block = b.stick + QStringLiteral("/1-2:1.0/host6/target6:0:0/6:0:0:0/block/sdb");
        b.tree.attrs(block, {{QStringLiteral("dev"), "8:16\n"}});
        b.tree.attrs(
            block + QStringLiteral("/sdb1"), {{QStringLiteral("dev"), "8:17\n"}, {QStringLiteral("partition"), "1\n"}});
        b.tree.write(QStringLiteral("proc/self/mountinfo"), "90 22 8:17 / /media/user/STICK rw - vfat /dev/sdb1 rw\n");
        const Report r = diagnose(b.facts(), kStick);
        QCOMPARE(checksOf(r), QStringList {QStringLiteral("dev-storage-mounted")});
        QCOMPARE(severityName(r.findings.first().severity), QStringLiteral("critical"));
        QCOMPARE(r.findings.first().fixes.first().action, QStringLiteral("unmount:sdb1"));
        Bundle unmounted;
        unmounted.tree.attrs(unmounted.stick + QStringLiteral("/1-2:1.0/host6/target6:0:0/6:0:0:0/block/sdb"),
            {{QStringLiteral("dev"), "8:16\n"}});
        unmounted.tree.write(QStringLiteral("proc/self/mountinfo"), "22 1 8:1 / / rw - ext4 /dev/sda1 rw\n");
        QVERIFY(diagnose(unmounted.facts(), kStick).findings.isEmpty());
    }

    void hubsCannotBePassed()
    {
        Bundle b;
        const QString hub = b.tree.addDevice(b.ctl + QStringLiteral("/usb1"), QStringLiteral("1-3"), {}, {});
        b.tree.makeHub(hub, QStringLiteral("1-3"), 4);
        QCOMPARE(checksOf(diagnose(b.facts(), Subject {QStringLiteral("1-3"), {}, {}})),
            QStringList {QStringLiteral("dev-is-hub")});
        QVERIFY(diagnose(b.facts(), kStick).findings.isEmpty());
    }

    void causeOutranksSymptom()
    {
        // A udev rule de-authorizes devices (cause) and the stick is not authorized (symptom).
        Bundle b;
        b.tree.write(b.stick + QStringLiteral("/authorized"), "0\n");
        b.tree.write(QStringLiteral("etc/udev/rules.d/99-lockdown.rules"),
            "ACTION==\"add\", SUBSYSTEM==\"usb\", ATTR{authorized}=\"0\"\n");
        const Report r = diagnose(b.facts(), kStick);
        QCOMPARE(
            checksOf(r), (QStringList {QStringLiteral("sec-udev-conflict"), QStringLiteral("dev-not-authorized")}));
        // Without the rule, only the symptom.
        Bundle plain;
        plain.tree.write(plain.stick + QStringLiteral("/authorized"), "0\n");
        QCOMPARE(checksOf(diagnose(plain.facts(), kStick)), QStringList {QStringLiteral("dev-not-authorized")});
        // An over-current port (it dropped the stick, which came back) outranks a missing hostdev,
        // and explains it.
        Bundle oc;
        oc.tree.write(oc.ctl + QStringLiteral("/usb1/1-0:1.0/usb1-port2/over_current_count"), "1\n");
        oc.kernelLog("[ 5.0] usb usb1-port2: over-current condition\n"
                     "[ 5.1] usb 1-2: USB disconnect, device number 4\n"
                     "[ 7.3] usb 1-2: new high-speed USB device number 5 using xhci_hcd\n");
        oc.domain(QStringLiteral("qemu:///system"), QStringLiteral("win10"), QStringLiteral("running"),
            domainXml("<controller type='usb' index='0' model='qemu-xhci'/>"));
        const Report ocr = diagnose(oc.facts(), kStickToGuest);
        QCOMPARE(checksOf(ocr),
            (QStringList {QStringLiteral("host-port-overcurrent"), QStringLiteral("kvm-not-configured")}));
        QCOMPARE(ocr.findings.at(1).explainedBy, QStringLiteral("host-port-overcurrent"));
        QVERIFY(ocr.findings.at(0).explainedBy.isEmpty());
    }

    void guestConfiguration_data()
    {
        QTest::addColumn<QByteArray>("devices");
        QTest::addColumn<QByteArray>("log");
        QTest::addColumn<QString>("lastError");
        QTest::addColumn<QStringList>("expected");
        const QByteArray hostdev = "<hostdev mode='subsystem' type='usb'><source><vendor id='0x0781'/><product "
                                   "id='0x5567'/></source></hostdev>";
        QTest::addRow("configured, xhci: healthy")
            << QByteArray("<controller type='usb' index='0' model='qemu-xhci'/>" + hostdev) << QByteArray() << QString()
            << QStringList {};
        QTest::addRow("not configured") << QByteArray("<controller type='usb' index='0' model='qemu-xhci'/>")
                                        << QByteArray() << QString()
                                        << QStringList {QStringLiteral("kvm-not-configured")};
        QTest::addRow("usb disabled") << QByteArray("<controller type='usb' index='0' model='none'/>" + hostdev)
                                      << QByteArray() << QString() << QStringList {QStringLiteral("kvm-usb-disabled")};
        QTest::addRow("missing at start")
            << QByteArray("<controller type='usb' index='0' model='qemu-xhci'/>" + hostdev)
            << QByteArray("2026-11-25T10:00:00.000Z qemu: error: Did not find USB device 781:5567 bus:1 device:5\n")
            << QString() << QStringList {QStringLiteral("kvm-hostdev-missing-at-start")};
        QTest::addRow("in use by another guest")
            << QByteArray("<controller type='usb' index='0' model='qemu-xhci'/>" + hostdev) << QByteArray()
            << QStringLiteral(
                   "Requested operation is not valid: USB device 001:005 is in use by driver QEMU, domain win7")
            << QStringList {QStringLiteral("kvm-in-use-other-domain")};
        QTest::addRow("twins") << QByteArray("<controller type='usb' index='0' model='qemu-xhci'/>" + hostdev)
                               << QByteArray()
                               << QStringLiteral(
                                      "internal error: Multiple USB devices for 781:5567, use <address> to specify one")
                               << QStringList {QStringLiteral("kvm-ambiguous-vidpid")};
        QTest::addRow("no free ports") << QByteArray(
            "<controller type='usb' index='0' model='piix3-uhci'/><input type='tablet' bus='usb'/><input "
            "type='mouse' bus='usb'/>") << QByteArray()
                                       << QString()
                                       // UHCI is also too slow for the high-speed stick: both are true, the speed first
                                       // (more severe); both explain why it is not given.
                                       << QStringList {QStringLiteral("dev-speed-vs-controller"),
                                              QStringLiteral("kvm-no-free-ports"),
                                              QStringLiteral("kvm-not-configured")};
        QTest::addRow("full, but the device is one of them")
            << QByteArray(
                   "<controller type='usb' index='0' model='piix3-uhci'/><input type='tablet' bus='usb'/>" + hostdev)
            << QByteArray() << QString() << QStringList {QStringLiteral("dev-speed-vs-controller")};
    }
    void guestConfiguration()
    {
        QFETCH(QByteArray, devices);
        QFETCH(QByteArray, log);
        QFETCH(QString, lastError);
        QFETCH(QStringList, expected);
        Bundle b;
        b.domain(QStringLiteral("qemu:///system"), QStringLiteral("win10"), QStringLiteral("running"),
            domainXml(devices), log);
        if (!lastError.isEmpty())
            b.manifest.insert(QStringLiteral("last_error"),
                QJsonObject {
                    {QStringLiteral("source"), QStringLiteral("libvirt")}, {QStringLiteral("message"), lastError}});
        const Report r = diagnose(b.facts(), kStickToGuest);
        QCOMPARE(checksOf(r), expected);
    }

    void speedAgainstTheGuestController_data()
    {
        QTest::addColumn<Attrs>("attrs");
        QTest::addColumn<QByteArray>("descriptors");
        QTest::addColumn<QByteArray>("controllers");
        QTest::addColumn<bool>("fires");
        // A UAS disk (SuperSpeed, bulk streams) on EHCI: QEMU refuses it.
        const QByteArray uas = QByteArray::fromHex("120100030000000981075655000101020301"
                                                   "09022c00010100c070"
                                                   "090400000208066200"
                                                   "07058102000400"
                                                   "06300f050000"
                                                   "07050202000400"
                                                   "06300f050000");
        // A plain bulk stick (SuperSpeed, no streams): QEMU runs it at high speed on EHCI.
        const QByteArray bulk = QByteArray::fromHex("120100030000000981075655000101020301"
                                                    "09022000010100c070"
                                                    "090400000208065000"
                                                    "07058102000400"
                                                    "07050202000400");
        const Attrs super {{QStringLiteral("speed"), "5000\n"}, {QStringLiteral("version"), " 3.00\n"}};
        const QByteArray ehci
            = "<controller type='usb' index='0' model='ich9-ehci1'/>"
              "<controller type='usb' index='0' model='ich9-uhci1'><master startport='0'/></controller>";
        QTest::addRow("UAS disk on EHCI") << super << uas << ehci << true;
        QTest::addRow("bulk stick on EHCI") << super << bulk << ehci << false;
        QTest::addRow("UAS disk on qemu-xhci")
            << super << uas << QByteArray("<controller type='usb' index='0' model='qemu-xhci'/>") << false;
        QTest::addRow("high speed on UHCI")
            << Attrs {} << QByteArray() << QByteArray("<controller type='usb' index='0' model='piix3-uhci'/>") << true;
        QTest::addRow("full speed on EHCI alone")
            << Attrs {{QStringLiteral("speed"), "12\n"}} << QByteArray()
            << QByteArray("<controller type='usb' index='0' model='ich9-ehci1'/>") << true;
    }
    void speedAgainstTheGuestController()
    {
        QFETCH(Attrs, attrs);
        QFETCH(QByteArray, descriptors);
        QFETCH(QByteArray, controllers);
        QFETCH(bool, fires);
        Bundle b;
        b.tree.attrs(b.stick, attrs);
        if (!descriptors.isEmpty())
            b.tree.write(b.stick + QStringLiteral("/descriptors"), descriptors);
        b.domain(QStringLiteral("qemu:///system"), QStringLiteral("win10"), QStringLiteral("running"),
            domainXml(controllers
                + "<hostdev mode='subsystem' type='usb'><source><vendor id='0x0781'/><product "
                  "id='0x5567'/></source></hostdev>"));
        QCOMPARE(
            checksOf(diagnose(b.facts(), kStickToGuest)).contains(QStringLiteral("dev-speed-vs-controller")), fires);
    }

    void sessionGuestCannotOpenTheNode()
    {
        Bundle b;
        b.manifest.insert(QStringLiteral("user"),
            QJsonObject {{QStringLiteral("name"), QStringLiteral("alice")}, {QStringLiteral("uid"), 1000}});
        b.manifest.insert(QStringLiteral("device_nodes"),
            QJsonObject {{QStringLiteral("/dev/bus/usb/001/005"),
                QJsonObject {{QStringLiteral("uid"), 0}, {QStringLiteral("gid"), 0},
                    {QStringLiteral("mode"), QStringLiteral("0664")}, {QStringLiteral("acl"), QJsonArray {}}}}});
        b.domain(QStringLiteral("qemu:///session"), QStringLiteral("win10"), QStringLiteral("running"),
            domainXml("<controller type='usb' index='0' model='qemu-xhci'/><hostdev mode='subsystem' "
                      "type='usb'><source><vendor id='0x0781'/><product id='0x5567'/></source></hostdev>"));
        const Subject s {QStringLiteral("1-2"), {}, QStringLiteral("qemu:///session#win10")};
        QCOMPARE(checksOf(diagnose(b.facts(), s)), QStringList {QStringLiteral("kvm-session-node-access")});
        // With a uaccess ACL for the user: fine.
        b.manifest.insert(QStringLiteral("device_nodes"),
            QJsonObject {{QStringLiteral("/dev/bus/usb/001/005"),
                QJsonObject {{QStringLiteral("uid"), 0}, {QStringLiteral("gid"), 0},
                    {QStringLiteral("mode"), QStringLiteral("0664")},
                    {QStringLiteral("acl"), QJsonArray {QStringLiteral("user:1000:rw-")}}}}});
        QVERIFY(diagnose(b.facts(), s).findings.isEmpty());
    }

    void securityAndEnvironment()
    {
        Bundle b;
        b.tree.write(QStringLiteral("logs/usbguard.txt"),
            "1: allow id 1d6b:0002 serial \"\" name \"xHCI\"\n5: block id 0781:5567 serial \"4C530001\" name \"Cruzer "
            "Blade\"\n");
        b.manifest.insert(QStringLiteral("usbguard"),
            QJsonObject {{QStringLiteral("list_devices"), QStringLiteral("logs/usbguard.txt")}});
        b.manifest.insert(QStringLiteral("libvirt"),
            QJsonArray {QJsonObject {{QStringLiteral("uri"), QStringLiteral("qemu:///system")},
                {QStringLiteral("error"),
                    QStringLiteral(
                        "Failed to connect socket to '/var/run/libvirt/libvirt-sock': No such file or directory")}}});
        const QStringList found = checksOf(diagnose(b.facts(), kStick));
        QVERIFY2(found.contains(QStringLiteral("sec-usbguard-block")), qPrintable(found.join(QLatin1Char(' '))));
        QVERIFY(found.contains(QStringLiteral("env-libvirt-unreachable")));
        // usbip: the device's driver is usbip-host.
        Bundle u;
        u.tree.driverLink(u.stick, QStringLiteral("usb"), QStringLiteral("usbip-host"));
        QCOMPARE(checksOf(diagnose(u.facts(), kStick)), QStringList {QStringLiteral("net-usbip")});
    }

    void vmwareChecks()
    {
        Bundle b;
        b.tree.write(QStringLiteral("vmware/dev.vmx"), "virtualHW.version = \"7\"\nusb.present = \"TRUE\"\n");
        b.manifest.insert(QStringLiteral("vmware"),
            QJsonArray {QJsonObject {{QStringLiteral("vmx"), QStringLiteral("vmware/dev.vmx")},
                {QStringLiteral("path"), QStringLiteral("/home/a/vms/dev.vmx")}, {QStringLiteral("running"), false}}});
        b.manifest.insert(QStringLiteral("services"),
            QJsonObject {{QStringLiteral("vmware-USBArbitrator"), QStringLiteral("inactive")}});
        b.manifest.insert(QStringLiteral("processes"), QJsonArray {});
        b.tree.write(QStringLiteral("proc/modules"), "kvm 1 0 - Live 0x0\n");
        b.tree.attrs(b.stick, {{QStringLiteral("speed"), "5000\n"}});
        const QStringList found
            = checksOf(diagnose(b.facts(), Subject {QStringLiteral("1-2"), {}, QStringLiteral("vmware/dev.vmx")}));
        QVERIFY2(found.contains(QStringLiteral("vmw-arbitrator-down")), qPrintable(found.join(QLatin1Char(' '))));
        QVERIFY(found.contains(QStringLiteral("vmw-controller-or-hwversion")));
        QVERIFY(found.contains(QStringLiteral("env-vmware-modules")));
    }

    void everyCatalogCheckIsImplemented()
    {
        // The catalog as the project documents it: one "### `id`" section per check.
        QFile catalog(QStringLiteral(PLUGBOARD_SOURCE_DIR "/docs/diagnostics.md"));
        QVERIFY(catalog.open(QIODevice::ReadOnly));
        QStringList ids;
        static const QRegularExpression re(
            QStringLiteral("^### `([a-z]+-[a-z0-9-]+)`$"), QRegularExpression::MultilineOption);
        for (auto it = re.globalMatch(QString::fromUtf8(catalog.readAll())); it.hasNext();)
            ids.append(it.next().captured(1));
        QCOMPARE(ids.size(), 38);
        QStringList implemented;
        for (const auto &c : allChecks())
            implemented.append(c->id());
        ids.sort();
        implemented.sort();
        QCOMPARE(implemented, ids);
    }

    void redirectionAndVmwareClaims()
    {
        const QByteArray hostdev = "<hostdev mode='subsystem' type='usb'><source><vendor id='0x0781'/><product "
                                   "id='0x5567'/></source></hostdev>";
        // A SPICE guest without a channel, given the stick by <hostdev>: nothing is wrong.
        Bundle spice;
        spice.domain(QStringLiteral("qemu:///system"), QStringLiteral("win10"), QStringLiteral("running"),
            domainXml("<controller type='usb' index='0' model='qemu-xhci'/><graphics type='spice'/>" + hostdev));
        QVERIFY(diagnose(spice.facts(), kStickToGuest).findings.isEmpty());
        // The client tried to redirect it: the missing channel is the fault.
        spice.manifest.insert(QStringLiteral("last_error"),
            QJsonObject {{QStringLiteral("source"), QStringLiteral("spice")},
                {QStringLiteral("message"),
                    QStringLiteral("Can't redirect: The connected VM is not configured for USB redirection")}});
        QCOMPARE(checksOf(diagnose(spice.facts(), kStickToGuest)), QStringList {QStringLiteral("redir-no-channel")});
        Bundle filtered;
        filtered.domain(QStringLiteral("qemu:///system"), QStringLiteral("win10"), QStringLiteral("running"),
            domainXml("<controller type='usb' index='0' model='qemu-xhci'/><graphics type='spice'/><redirdev bus='usb' "
                      "type='spicevmc'/>"
                      "<redirfilter><usbdev class='0x08' allow='no'/><usbdev allow='yes'/></redirfilter>"));
        QCOMPARE(checksOf(diagnose(filtered.facts(), kStickToGuest)), QStringList {QStringLiteral("redir-filter")});
        Bundle allowed;
        allowed.domain(QStringLiteral("qemu:///system"), QStringLiteral("win10"), QStringLiteral("running"),
            domainXml("<controller type='usb' index='0' model='qemu-xhci'/><graphics type='spice'/><redirdev bus='usb' "
                      "type='spicevmc'/>"
                      "<redirfilter><usbdev class='0x03' allow='no'/><usbdev allow='yes'/></redirfilter>"));
        QVERIFY(diagnose(allowed.facts(), kStickToGuest).findings.isEmpty());
        // A host driver kept an interface of an attached device.
        Bundle kept;
        kept.tree.driverLink(
            kept.stick + QStringLiteral("/1-2:1.0"), QStringLiteral("usb"), QStringLiteral("usb-storage"));
        kept.domain(QStringLiteral("qemu:///system"), QStringLiteral("win10"), QStringLiteral("running"),
            domainXml("<controller type='usb' index='0' model='qemu-xhci'/>" + hostdev));
        QCOMPARE(checksOf(diagnose(kept.facts(), kStickToGuest)), QStringList {QStringLiteral("dev-host-driver-kept")});
        // Another VMware VM autoconnects the stick.
        Bundle vm;
        vm.tree.write(QStringLiteral("vmware/a.vmx"), "usb.present = \"TRUE\"\nehci.present = \"TRUE\"\n");
        vm.tree.write(QStringLiteral("vmware/b.vmx"), "usb.autoConnect.device0 = \"vid:0x0781 pid:0x5567\"\n");
        vm.manifest.insert(QStringLiteral("vmware"),
            QJsonArray {QJsonObject {{QStringLiteral("vmx"), QStringLiteral("vmware/a.vmx")}},
                QJsonObject {{QStringLiteral("vmx"), QStringLiteral("vmware/b.vmx")}}});
        vm.manifest.insert(QStringLiteral("processes"),
            QJsonArray {QJsonObject {
                {QStringLiteral("pid"), 811}, {QStringLiteral("comm"), QStringLiteral("vmware-usbarbit")}}});
        vm.tree.write(QStringLiteral("proc/modules"), "vmmon 1 0 - Live 0x0\nvmnet 1 0 - Live 0x0\n");
        QCOMPARE(checksOf(diagnose(vm.facts(), Subject {QStringLiteral("1-2"), {}, QStringLiteral("vmware/a.vmx")})),
            QStringList {QStringLiteral("vmw-autoconnect-or-host-claim")});
        // The DAC problem after a replug on a system guest.
        Bundle dac;
        dac.tree.write(QStringLiteral("etc/libvirt/qemu.conf"), "dynamic_ownership = 0\n");
        dac.domain(QStringLiteral("qemu:///system"), QStringLiteral("win10"), QStringLiteral("running"),
            domainXml("<controller type='usb' index='0' model='qemu-xhci'/>" + hostdev),
            "libusb: error [_get_usbfs_fd] libusb couldn't open USB device /dev/bus/usb/001/007, errno=1 Operation not "
            "permitted\n");
        QVERIFY(checksOf(diagnose(dac.facts(), kStickToGuest)).contains(QStringLiteral("kvm-system-dac-or-namespace")));
        // The SPICE ACL helper, when redirection failed setting the ACL.
        Bundle acl;
        acl.manifest.insert(QStringLiteral("files"),
            QJsonObject {{QStringLiteral("/usr/libexec/spice-client-glib-usb-acl-helper"),
                QJsonObject {{QStringLiteral("uid"), 0}, {QStringLiteral("mode"), QStringLiteral("0755")}}}});
        acl.manifest.insert(QStringLiteral("last_error"),
            QJsonObject {
                {QStringLiteral("message"), QStringLiteral("Error setting USB device node ACL: Not authorized")}});
        QCOMPARE(checksOf(diagnose(acl.facts(), kStick)), QStringList {QStringLiteral("redir-acl-helper")});
    }

    void qemuCapabilities()
    {
        Bundle b;
        b.tree.write(QStringLiteral("libvirt/domcaps.xml"),
            "<domainCapabilities><devices><hostdev supported='yes'><enum "
            "name='subsysType'><value>pci</value></enum></hostdev>"
            "<redirdev supported='no'/></devices></domainCapabilities>");
        b.manifest.insert(QStringLiteral("libvirt"),
            QJsonArray {QJsonObject {{QStringLiteral("uri"), QStringLiteral("qemu:///system")},
                {QStringLiteral("domcapabilities"), QStringLiteral("libvirt/domcaps.xml")}}});
        const Report r = diagnose(b.facts(), kStick);
        QCOMPARE(checksOf(r), QStringList {QStringLiteral("kvm-qemu-capability")});
        QCOMPARE(r.findings.first().evidence.size(), 2);
        Bundle ok;
        ok.tree.write(QStringLiteral("libvirt/domcaps.xml"),
            "<domainCapabilities><devices><hostdev supported='yes'><enum "
            "name='subsysType'><value>usb</value><value>pci</value></enum></hostdev>"
            "<redirdev supported='yes'/></devices></domainCapabilities>");
        ok.manifest.insert(QStringLiteral("libvirt"),
            QJsonArray {QJsonObject {{QStringLiteral("uri"), QStringLiteral("qemu:///system")},
                {QStringLiteral("domcapabilities"), QStringLiteral("libvirt/domcaps.xml")}}});
        QVERIFY(diagnose(ok.facts(), kStick).findings.isEmpty());
    }

    void qemuCapabilitiesOfLibvirtsOwnTestData_data()
    {
        // libvirt's own domain capabilities test files (tests/data/libvirt/domcaps, NOTICE.md).
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("uri");
        QTest::addColumn<QStringList>("evidence");
        QTest::addRow("ppc64: usb passthrough, redirection")
            << QStringLiteral("qemu_10.0.0.ppc64.xml") << QStringLiteral("qemu:///system") << QStringList {};
        QTest::addRow("aarch64 virt: no redirection")
            << QStringLiteral("qemu_10.0.0-virt.aarch64.xml") << QStringLiteral("qemu:///system")
            << QStringList {QStringLiteral("qemu:///system domcapabilities: <redirdev supported='no'>")};
        QTest::addRow("xen: not QEMU's") << QStringLiteral("libxl-xenfv.xml") << QStringLiteral("xen:///system")
                                         << QStringList {};
    }

    void qemuCapabilitiesOfLibvirtsOwnTestData()
    {
        QFETCH(QString, file);
        QFETCH(QString, uri);
        QFETCH(QStringList, evidence);
        QFile caps(QStringLiteral(PLUGBOARD_TEST_DATA "/libvirt/domcaps/") + file);
        QVERIFY(caps.open(QIODevice::ReadOnly));
        Bundle b;
        b.tree.write(QStringLiteral("libvirt/domcaps.xml"), caps.readAll());
        b.manifest.insert(QStringLiteral("libvirt"),
            QJsonArray {QJsonObject {{QStringLiteral("uri"), uri},
                {QStringLiteral("domcapabilities"), QStringLiteral("libvirt/domcaps.xml")}}});
        const Report r = diagnose(b.facts(), kStick);
        if (evidence.isEmpty()) {
            QVERIFY2(r.findings.isEmpty(), qPrintable(checksOf(r).join(QLatin1Char(' '))));
            return;
        }
        QCOMPARE(checksOf(r), QStringList {QStringLiteral("kvm-qemu-capability")});
        QCOMPARE(r.findings.first().evidence, evidence);
    }

    void bundlesCannotReadOutside()
    {
        Bundle b;
        // The manifest names files outside; a libvirt XML is a symlink to /etc/passwd; a root hub link leads out.
        b.manifest.insert(QStringLiteral("libvirt"),
            QJsonArray {QJsonObject {{QStringLiteral("uri"), QStringLiteral("qemu:///system")},
                {QStringLiteral("domains"),
                    QJsonArray {QJsonObject {{QStringLiteral("name"), QStringLiteral("a")},
                                    {QStringLiteral("xml"), QStringLiteral("../../etc/passwd")}},
                        QJsonObject {{QStringLiteral("name"), QStringLiteral("b")},
                            {QStringLiteral("xml"), QStringLiteral("/etc/passwd")}},
                        QJsonObject {{QStringLiteral("name"), QStringLiteral("c")},
                            {QStringLiteral("xml"), QStringLiteral("libvirt/c.xml")}}}}}});
        b.tree.link(QStringLiteral("libvirt/c.xml"), QStringLiteral("/etc/passwd"));
        b.tree.link(QStringLiteral("logs/kernel.log"), QStringLiteral("../../../../../../../../etc/passwd"));
        b.tree.link(
            QStringLiteral("sys/bus/usb/devices/usb9"), QStringLiteral("../../../../../../../../../sys/devices"));
        const Facts f = b.facts();
        QCOMPARE(f.libvirt->first().domains.size(), 3);
        for (const DomainFacts &d : f.libvirt->first().domains) {
            QVERIFY(!d.usb.error.isEmpty()); // nothing was read
            QVERIFY(d.usb.name.isEmpty());
        }
        QVERIFY(!f.kernelLog.has_value());
        QCOMPARE(f.topology.controllers.size(), 1);
    }

    void malformedBundles()
    {
        QString error;
        QTemporaryDir empty;
        QVERIFY(!readBundle(empty.path(), &error));
        QVERIFY(error.contains(QLatin1String("no bundle.json")));
        FakeTree t;
        t.write(QStringLiteral("bundle.json"), "{ not json");
        QVERIFY(!readBundle(t.root(), &error));
        t.write(QStringLiteral("bundle.json"), "{\"format\":\"plugboard-bundle\",\"version\":2}");
        QVERIFY(!readBundle(t.root(), &error));
        QVERIFY(error.contains(QLatin1String("version 2")));
        // Wrong types everywhere: read as absent, never a crash.
        t.write(QStringLiteral("bundle.json"),
            "{\"format\":\"plugboard-bundle\",\"version\":1,\"libvirt\":7,\"vmware\":\"x\",\"services\":[1],"
            "\"device_nodes\":[],\"subject\":\"1-1\",\"user\":null,\"processes\":{\"a\":1}}");
        const auto f = readBundle(t.root(), &error);
        QVERIFY2(f, qPrintable(error));
        (void)diagnose(*f, {});
    }

    void causalModelIsAcyclicAndNamesCatalogChecks()
    {
        QSet<QString> ids;
        for (const auto &c : allChecks())
            ids.insert(c->id());
        QMultiHash<QString, QString> symptoms;
        for (const Explains &e : causalModel()) {
            QVERIFY2(ids.contains(QLatin1String(e.cause)), e.cause);
            QVERIFY2(ids.contains(QLatin1String(e.symptom)), e.symptom);
            symptoms.insert(QLatin1String(e.cause), QLatin1String(e.symptom));
        }
        // Depth-first search for a cycle from every check.
        QHash<QString, int> state; // 1 on the path, 2 done
        std::function<bool(const QString &)> cyclic = [&](const QString &id) {
            if (state.value(id) == 1)
                return true;
            if (state.value(id) == 2)
                return false;
            state[id] = 1;
            for (const QString &next : symptoms.values(id)) {
                if (cyclic(next))
                    return true;
            }
            state[id] = 2;
            return false;
        };
        for (const QString &id : std::as_const(ids))
            QVERIFY2(!cyclic(id), qPrintable(id));
    }

    void rankingDoesNotDependOnTheOrderFound()
    {
        // The pairwise comparator this replaced was no strict weak ordering: a medium cause (udev)
        // explaining a high symptom (not authorized) beside another medium finding (capability)
        // made a cycle. Every permutation of these findings must rank the same.
        auto finding = [](const char *check, Severity sev, Evidence ev, const char *device = "1-2") {
            Finding f;
            f.check = QLatin1String(check);
            f.severity = sev;
            f.strength = ev;
            f.subject.device = QLatin1String(device);
            f.title = QLatin1String(check);
            return f;
        };
        const QList<Finding> findings {finding("dev-not-authorized", Severity::High, Evidence::State),
            finding("sec-udev-conflict", Severity::Medium, Evidence::State),
            finding("kvm-qemu-capability", Severity::Medium, Evidence::State),
            finding("host-insufficient-bus-power", Severity::High, Evidence::Inference),
            finding("kvm-not-configured", Severity::High, Evidence::Inference),
            finding("host-autosuspend", Severity::Low, Evidence::State, "1-3")};
        QList<int> perm(findings.size());
        std::iota(perm.begin(), perm.end(), 0);
        QStringList first;
        int permutations = 0;
        do {
            QList<Finding> fs;
            for (int i : perm)
                fs.append(findings.at(i));
            rank(fs);
            QStringList order;
            for (const Finding &f : fs)
                order.append(f.check + QLatin1Char('<') + f.explainedBy);
            if (first.isEmpty())
                first = order;
            QCOMPARE(order, first);
            ++permutations;
        } while (std::next_permutation(perm.begin(), perm.end()));
        QCOMPARE(permutations, 720);
        // Root causes first (equal evidence and severity: catalog order), the low one last of them; then
        // what they explain, one level at a time, each naming the highest finding that explains it.
        QCOMPARE(first,
            (QStringList {QStringLiteral("kvm-qemu-capability<"), QStringLiteral("sec-udev-conflict<"),
                QStringLiteral("host-autosuspend<"), QStringLiteral("dev-not-authorized<sec-udev-conflict"),
                QStringLiteral("host-insufficient-bus-power<sec-udev-conflict"),
                QStringLiteral("kvm-not-configured<kvm-qemu-capability")}));
    }

    void rankingOrder()
    {
        auto ids = [](QList<Finding> fs) {
            rank(fs);
            QStringList out;
            for (const Finding &f : fs)
                out.append(f.check);
            return out;
        };
        auto finding = [](const char *check, Severity sev, Evidence ev, const char *guest = "") {
            Finding f;
            f.check = QLatin1String(check);
            f.severity = sev;
            f.strength = ev;
            f.subject.guest = QLatin1String(guest);
            return f;
        };
        // Data first, whatever its evidence or severity.
        QCOMPARE(ids({finding("kvm-usb-disabled", Severity::High, Evidence::Message),
                     finding("dev-storage-mounted", Severity::Critical, Evidence::State)}),
            (QStringList {QStringLiteral("dev-storage-mounted"), QStringLiteral("kvm-usb-disabled")}));
        // Evidence strength before severity between two root causes.
        QCOMPARE(ids({finding("host-port-disabled", Severity::Medium, Evidence::State),
                     finding("kvm-in-use-other-domain", Severity::Medium, Evidence::Message)}),
            (QStringList {QStringLiteral("kvm-in-use-other-domain"), QStringLiteral("host-port-disabled")}));
        QCOMPARE(ids({finding("host-autosuspend", Severity::Low, Evidence::State),
                     finding("kvm-usb-disabled", Severity::High, Evidence::State)}),
            (QStringList {QStringLiteral("kvm-usb-disabled"), QStringLiteral("host-autosuspend")}));
        // A cause explains only what is about the same guest.
        QList<Finding> two {finding("kvm-not-configured", Severity::High, Evidence::Inference, "qemu:///system#a"),
            finding("kvm-usb-disabled", Severity::High, Evidence::State, "qemu:///system#b")};
        rank(two);
        QVERIFY(two.at(0).explainedBy.isEmpty() && two.at(1).explainedBy.isEmpty());
    }

    void reportJsonFollowsTheContract()
    {
        Bundle b;
        b.tree.write(b.stick + QStringLiteral("/authorized"), "0\n");
        const QJsonObject o = diagnose(b.facts(), kStick).toJson();
        const QJsonObject f = o.value(QStringLiteral("findings")).toArray().first().toObject();
        for (const char *k : {"check", "severity", "title", "subject", "evidence", "fixes", "explained_by", "strength"})
            QVERIFY2(f.contains(QLatin1String(k)), k);
        QVERIFY(f.value(QStringLiteral("explained_by")).isNull());
        QCOMPARE(f.value(QStringLiteral("strength")).toString(), QStringLiteral("state"));
        QCOMPARE(f.value(QStringLiteral("subject")).toObject().value(QStringLiteral("device")).toString(),
            QStringLiteral("1-2"));
        QVERIFY(f.value(QStringLiteral("subject")).toObject().value(QStringLiteral("guest")).isNull());
        QVERIFY(o.value(QStringLiteral("not_checked")).isArray());
    }
};

QTEST_GUILESS_MAIN(TestDiagnostics)
#include "tst_diagnostics.moc"
