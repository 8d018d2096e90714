// SPDX-License-Identifier: GPL-3.0-or-later
// The checks (one class per catalog id) and their ranking. Each check is a pure function of the
// facts and the subject; a missing fact gives "not checked" with the reason, never a guess.
#include "diagnosis.h"

#include "host/powerbudget.h"
#include "libvirt/guestdirectory.h"

#include <QCoreApplication>
#include <QDomDocument>
#include <QJsonArray>
#include <QRegularExpression>

namespace plugboard::diagnostics {

using host::UsbDevice;

namespace {
// The context lupdate records for this file's sentences (Q_DECLARE_TR_FUNCTIONS names it).
class ChecksText
{
    Q_DECLARE_TR_FUNCTIONS(plugboard::diagnostics::Checks)
};

// The devices a check looks at: the subject's, else every device.
QList<const UsbDevice *> subjectDevices(const Facts &f, const Subject &s)
{
    QList<const UsbDevice *> out;
    if (!s.device.isEmpty()) {
        if (const UsbDevice *d = f.topology.device(s.device))
            out.append(d);
        return out;
    }
    for (const UsbDevice &d : f.topology.devices)
        out.append(&d);
    std::sort(out.begin(), out.end(), [](const UsbDevice *a, const UsbDevice *b) {
        return a->id < b->id;
    });
    return out;
}

// The ports a check looks at: the subject port, the subject device's port, else every port.
QList<const host::UsbPort *> subjectPorts(const Facts &f, const Subject &s)
{
    QList<const host::UsbPort *> out;
    if (!s.port.isEmpty()) {
        for (const QString &id : s.port.split(QLatin1Char('+'))) { // a physical port: both peers
            if (const host::UsbPort *p = f.topology.port(id))
                out.append(p);
        }
        return out;
    }
    if (!s.device.isEmpty()) {
        if (const UsbDevice *d = f.topology.device(s.device)) {
            if (const host::UsbPort *p = f.topology.port(d->parentPortId))
                out.append(p);
        }
        return out;
    }
    for (const host::UsbPort &p : f.topology.ports)
        out.append(&p);
    std::sort(out.begin(), out.end(), [](const host::UsbPort *a, const host::UsbPort *b) {
        return a->id < b->id;
    });
    return out;
}

// Kernel (and audit) lines matching `re`; nullopt when the log was not read.
std::optional<QStringList> grepLog(const std::optional<QStringList> &log, const QRegularExpression &re)
{
    if (!log)
        return std::nullopt;
    QStringList out;
    for (const QString &l : *log) {
        if (re.match(l).hasMatch())
            out.append(l.trimmed());
    }
    return out;
}

QString nodeOf(const UsbDevice &d)
{
    return QStringLiteral("/dev/bus/usb/%1/%2")
        .arg(d.busnum.value_or(0), 3, 10, QLatin1Char('0'))
        .arg(d.devnum.value_or(0), 3, 10, QLatin1Char('0'));
}

// The text every log-only check needs when there is no log to read.
QString noLog(const Facts &f, const char *which = "kernel log")
{
    const QString why = f.notRead.value(QLatin1String(which));
    return why.isEmpty() ? ChecksText::tr("the kernel log was not read")
                         : ChecksText::tr("the %1 could not be read: %2").arg(QLatin1String(which), why);
}

Finding make(
    const Check &c, const QString &title, const Subject &s, const QStringList &evidence, const QList<Fix> &fixes)
{
    return Finding {c.id(), c.severity(), title, s, evidence.mid(0, 20), fixes};
}

const DomainFacts *subjectDomain(const Facts &f, const Subject &s)
{
    return s.guest.isEmpty() ? nullptr : f.domain(s.guest);
}

// Lines matching `re` in what libvirt, QEMU and the kernel said: the error the user hit, the audit
// and kernel logs (security denials land there), and the guests' QEMU logs.
QStringList grepErrors(const Facts &f, const QRegularExpression &re)
{
    QStringList out;
    auto scan = [&](const QStringList &lines) {
        for (const QString &l : lines) {
            if (re.match(l).hasMatch())
                out.append(l.trimmed());
        }
    };
    scan(f.lastErrorMessage.split(QLatin1Char('\n')));
    if (f.auditLog)
        scan(*f.auditLog);
    if (f.kernelLog)
        scan(*f.kernelLog);
    if (f.libvirt) {
        for (const LibvirtFacts &l : *f.libvirt) {
            for (const DomainFacts &d : l.domains)
                scan(d.log);
        }
    }
    return out;
}

// The class keyword is in the argument so that lupdate sees each check's class (it does not expand
// macros) and files its sentences under ChecksText's context.
#define PLUGBOARD_CHECK(ClassDecl, Id, Sev)                                                                            \
    ClassDecl:                                                                                                         \
public                                                                                                                 \
    Check                                                                                                              \
    {                                                                                                                  \
    public:                                                                                                            \
        QString id() const override                                                                                    \
        {                                                                                                              \
            return QStringLiteral(Id);                                                                                 \
        }                                                                                                              \
        Severity severity() const override                                                                             \
        {                                                                                                              \
            return Severity::Sev;                                                                                      \
        }                                                                                                              \
        void run(const Facts &f, const Subject &s, Report &r) const override;                                          \
    };

// ---- Host layer ---------------------------------------------------------------------------------

PLUGBOARD_CHECK(class PortOvercurrent, "host-port-overcurrent", High)
void PortOvercurrent::run(const Facts &f, const Subject &s, Report &r) const
{
    static const QRegularExpression re(QStringLiteral("usb (\\S+-port\\d+): over-current condition"));
    QMap<QString, QStringList> evidence; // port id -> evidence
    QSet<QString> ports; // the ports in question
    for (const host::UsbPort *p : subjectPorts(f, s)) {
        ports.insert(p->id);
        if (p->overCurrentCount.value_or(0) > 0)
            evidence[p->id].append(QStringLiteral("%1/over_current_count = %2").arg(p->id).arg(*p->overCurrentCount));
    }
    const bool anyPort = s.port.isEmpty() && s.device.isEmpty();
    if (const auto lines = grepLog(f.kernelLog, re)) {
        for (const QString &l : *lines) {
            const QString port = re.match(l).captured(1);
            if (anyPort || ports.contains(port))
                evidence[port].append(l);
        }
    }
    for (auto it = evidence.cbegin(); it != evidence.cend(); ++it) {
        Subject sub = s;
        sub.port = it.key();
        r.findings.append(make(*this,
            ChecksText::tr("Port %1 reported an over-current condition: the device draws more power than the port "
                           "supplies, or the "
                           "port is faulty.")
                .arg(it.key()),
            sub, it.value(),
            {{QStringLiteral("user"),
                ChecksText::tr(
                    "Plug the device into another port or through a powered hub. If it happens with every device, the "
                    "port is faulty."),
                {}}}));
    }
}

PLUGBOARD_CHECK(class InsufficientPower, "host-insufficient-bus-power", High)
void InsufficientPower::run(const Facts &f, const Subject &s, Report &r) const
{
    static const QRegularExpression re(QStringLiteral(
        "rejected \\d+ configurations? due to insufficient available bus power|no configuration chosen from"));
    QStringList evidence;
    if (const auto lines = grepLog(f.kernelLog, re))
        evidence += *lines;
    for (const UsbDevice *d : subjectDevices(f, s)) {
        if (!d->configurationValue && !d->isHub() && d->descriptors)
            evidence.append(
                ChecksText::tr("%1: bConfigurationValue is empty (the device is not configured)").arg(d->id));
        const QString parent
            = f.topology.port(d->parentPortId) ? f.topology.port(d->parentPortId)->parentId : QString();
        const host::PowerBudget b = host::powerBudget(f.topology, parent);
        if (b.isOver() && b.busPowered)
            evidence.append(ChecksText::tr("%1: the bus-powered hub %2 supplies %3 mA, its devices ask for %4 mA")
                                .arg(d->id, parent)
                                .arg(b.availableMa)
                                .arg(b.requestedMa));
    }
    evidence.removeDuplicates();
    if (!evidence.isEmpty())
        r.findings.append(
            make(*this, ChecksText::tr("A device did not get enough power from the USB bus, so it stays unconfigured."),
                s, evidence,
                {{QStringLiteral("user"),
                    ChecksText::tr("Connect it directly to the computer or through a self-powered hub."), {}}}));
}

PLUGBOARD_CHECK(class EnumerationFailure, "host-enumeration-failure", High)
void EnumerationFailure::run(const Facts &f, const Subject &s, Report &r) const
{
    static const QRegularExpression re(
        QStringLiteral("device descriptor read/(64|8|all), error -\\d+|device not accepting address \\d+, error "
                       "-\\d+|unable to enumerate USB device|attempt power cycle"));
    const auto lines = grepLog(f.kernelLog, re);
    if (!lines) {
        r.notChecked.append({id(), noLog(f)});
        return;
    }
    if (lines->isEmpty())
        return;
    r.findings.append(make(*this,
        ChecksText::tr(
            "The host could not read a device when it was plugged in (a cable, port or device fault, not a virtual "
            "machine problem)."),
        s, *lines,
        {{QStringLiteral("user"),
            ChecksText::tr(
                "Try another cable, another port or a powered hub. Error -71 is a protocol error (cable or hardware), "
                "-110 a timeout."),
            {}}}));
}

PLUGBOARD_CHECK(class PortDisabled, "host-port-disabled", Medium)
void PortDisabled::run(const Facts &f, const Subject &s, Report &r) const
{
    for (const host::UsbPort *p : subjectPorts(f, s)) {
        if (p->disabled != true)
            continue;
        Subject sub = s;
        sub.port = p->id;
        r.findings.append(
            make(*this, ChecksText::tr("Port %1 is disabled, so nothing plugged into it is detected.").arg(p->id), sub,
                {QStringLiteral("%1/disable = 1").arg(p->id)},
                {{QStringLiteral("automatic"), ChecksText::tr("Enable the port (needs administrator rights)."),
                    QStringLiteral("port-enable:") + p->id}}));
    }
}

PLUGBOARD_CHECK(class ControllerDead, "host-controller-dead", Critical)
void ControllerDead::run(const Facts &f, const Subject &s, Report &r) const
{
    static const QRegularExpression re(
        QStringLiteral("xHCI host controller not responding, assume dead|HC died; cleaning up"));
    const auto lines = grepLog(f.kernelLog, re);
    if (!lines) {
        r.notChecked.append({id(), noLog(f)});
        return;
    }
    if (!lines->isEmpty())
        r.findings.append(
            make(*this, ChecksText::tr("A USB controller stopped responding; everything on it is gone."), s, *lines,
                {{QStringLiteral("root"),
                    ChecksText::tr("Rebind the controller's driver (xhci_pci) or restart the computer."), {}}}));
}

PLUGBOARD_CHECK(class Bandwidth, "host-bandwidth", Medium)
void Bandwidth::run(const Facts &f, const Subject &s, Report &r) const
{
    static const QRegularExpression re(
        QStringLiteral("Not enough bandwidth for new device state|usb \\S+: .*error -28"));
    const auto lines = grepLog(f.kernelLog, re);
    if (!lines) {
        r.notChecked.append({id(), noLog(f)});
        return;
    }
    if (!lines->isEmpty())
        r.findings.append(make(*this,
            ChecksText::tr("The USB controller ran out of bandwidth (webcams and audio reserve it)."), s, *lines,
            {{QStringLiteral("user"),
                ChecksText::tr(
                    "Use a port on another USB controller; another port on the same controller does not help."),
                {}}}));
}

PLUGBOARD_CHECK(class Autosuspend, "host-autosuspend", Low)
void Autosuspend::run(const Facts &f, const Subject &s, Report &r) const
{
    if (s.device.isEmpty())
        return; // most devices autosuspend harmlessly: only worth saying for the device in question
    const UsbDevice *d = f.topology.device(s.device);
    if (d && d->powerControl == QLatin1String("auto"))
        r.findings.append(
            make(*this, ChecksText::tr("The device may be suspended by the host when idle, and drop out."), s,
                {QStringLiteral("%1/power/control = auto").arg(d->id)},
                {{QStringLiteral("automatic"), ChecksText::tr("Keep it powered (until it is replugged)."),
                    QStringLiteral("power-on:") + d->id}}));
}

// ---- Device layer -------------------------------------------------------------------------------

PLUGBOARD_CHECK(class IsHub, "dev-is-hub", Medium)
void IsHub::run(const Facts &f, const Subject &s, Report &r) const
{
    if (s.device.isEmpty())
        return;
    const UsbDevice *d = f.topology.device(s.device);
    if (d && d->isHub())
        r.findings.append(
            make(*this, ChecksText::tr("%1 is a USB hub; QEMU cannot pass a hub through.").arg(d->displayName()), s,
                {QStringLiteral("%1: bDeviceClass = %2, maxchild = %3")
                        .arg(d->id)
                        .arg(d->deviceClass.value_or(0), 2, 16, QLatin1Char('0'))
                        .arg(d->maxChild)},
                {{QStringLiteral("user"),
                    ChecksText::tr("Pass the devices behind the hub instead, or assign its ports."), {}}}));
}

PLUGBOARD_CHECK(class StorageMounted, "dev-storage-mounted", Critical)
void StorageMounted::run(const Facts &f, const Subject &s, Report &r) const
{
    for (const UsbDevice *d : subjectDevices(f, s)) {
        QStringList evidence;
        QString first;
        for (const host::BlockDevice &b : d->blockDevices) {
            for (const QString &m : b.mountPoints) {
                evidence.append(ChecksText::tr("/dev/%1 is mounted on %2").arg(b.name, m));
                if (first.isEmpty())
                    first = b.name;
            }
            if (b.swap)
                evidence.append(ChecksText::tr("/dev/%1 is in use as swap").arg(b.name));
        }
        if (evidence.isEmpty())
            continue;
        Subject sub = s;
        sub.device = d->id;
        r.findings.append(make(*this,
            ChecksText::tr("%1 is mounted on the host: passing it to a guest would yank the filesystem and lose data.")
                .arg(d->displayName()),
            sub, evidence,
            {{QStringLiteral("automatic"), ChecksText::tr("Unmount it safely first."),
                first.isEmpty() ? QString() : QStringLiteral("unmount:") + first}}));
    }
}

PLUGBOARD_CHECK(class NotAuthorized, "dev-not-authorized", High)
void NotAuthorized::run(const Facts &f, const Subject &s, Report &r) const
{
    for (const UsbDevice *d : subjectDevices(f, s)) {
        QStringList evidence;
        if (d->authorized == false)
            evidence.append(QStringLiteral("%1/authorized = 0").arg(d->id));
        for (const host::UsbInterface &i : d->interfaces) {
            if (i.authorized == false)
                evidence.append(QStringLiteral("%1/authorized = 0").arg(i.id));
        }
        if (evidence.isEmpty())
            continue;
        if (const host::UsbController *c = f.topology.controller(f.topology.controllerOf(d->id))) {
            for (const host::RootHub &h : c->rootHubs) {
                if (h.authorizedDefault && *h.authorizedDefault != 1)
                    evidence.append(QStringLiteral("%1/authorized_default = %2").arg(h.id).arg(*h.authorizedDefault));
            }
        }
        Subject sub = s;
        sub.device = d->id;
        r.findings.append(make(*this,
            ChecksText::tr("%1 is present but not authorized, so no driver can use it.").arg(d->displayName()), sub,
            evidence,
            {{QStringLiteral("root"), ChecksText::tr("Authorize the device (needs administrator rights)."),
                QStringLiteral("authorize:") + d->id}}));
    }
}

PLUGBOARD_CHECK(class Reenumerates, "dev-reenumerates", High)
void Reenumerates::run(const Facts &f, const Subject &s, Report &r) const
{
    static const QRegularExpression disconnect(
        QStringLiteral("usb (\\d+-[\\d.]+): USB disconnect, device number \\d+"));
    static const QRegularExpression connect(QStringLiteral("usb (\\d+-[\\d.]+): new .*USB device number \\d+"));
    if (!f.kernelLog) {
        r.notChecked.append({id(), noLog(f)});
        return;
    }
    QMap<QString, QStringList> cycles;
    QMap<QString, bool> pendingDisconnect;
    for (const QString &l : *f.kernelLog) {
        if (const auto m = disconnect.match(l); m.hasMatch()) {
            pendingDisconnect[m.captured(1)] = true;
            cycles[m.captured(1)].append(l.trimmed());
        } else if (const auto c = connect.match(l); c.hasMatch() && pendingDisconnect.value(c.captured(1))) {
            pendingDisconnect[c.captured(1)] = false;
            cycles[c.captured(1)].append(l.trimmed());
        }
    }
    for (auto it = cycles.cbegin(); it != cycles.cend(); ++it) {
        if (it.value().size() < 4 || (!s.device.isEmpty() && it.key() != s.device))
            continue; // one unplug and replug is normal; repeated cycles are not
        Subject sub = s;
        sub.device = it.key();
        r.findings.append(make(*this,
            ChecksText::tr(
                "The device at %1 keeps disconnecting and coming back (a reset or mode switch), which breaks "
                "passthrough.")
                .arg(it.key()),
            sub, it.value(),
            {{QStringLiteral("automatic"),
                ChecksText::tr("Detach and re-attach it; an assignment re-attaches it by itself."),
                QStringLiteral("reattach:") + it.key()}}));
    }
}

PLUGBOARD_CHECK(class HeldByOther, "dev-held-by-other-process", Medium)
void HeldByOther::run(const Facts &f, const Subject &s, Report &r) const
{
    if (!f.openDeviceNodes) {
        r.notChecked.append({id(), ChecksText::tr("which processes hold device nodes open was not recorded")});
        return;
    }
    for (const UsbDevice *d : subjectDevices(f, s)) {
        const QStringList holders = f.openDeviceNodes->value(nodeOf(*d));
        if (holders.isEmpty())
            continue;
        Subject sub = s;
        sub.device = d->id;
        QStringList evidence;
        for (const QString &h : holders)
            evidence.append(ChecksText::tr("%1 is held open by process %2").arg(nodeOf(*d), h));
        r.findings.append(
            make(*this, ChecksText::tr("Another program is using %1.").arg(d->displayName()), sub, evidence,
                {{QStringLiteral("user"),
                    ChecksText::tr(
                        "Stop that program (another virtual machine, pcscd, ModemManager, fwupd …) and try again."),
                    {}}}));
    }
}

// QEMU's speed rules (hw/usb/bus.c): a SuperSpeed device may run on a high-speed port only without
// isochronous endpoints, bulk streams or interrupt endpoints over 1024 bytes; a full-speed device
// on EHCI only with interrupt endpoints of at most 64 bytes, and only with UHCI companions.
PLUGBOARD_CHECK(class SpeedVsController, "dev-speed-vs-controller", High)
void SpeedVsController::run(const Facts &f, const Subject &s, Report &r) const
{
    const DomainFacts *dom = subjectDomain(f, s);
    if (s.device.isEmpty() || !dom) {
        // The QEMU log says it outright, whatever the subject.
        static const QRegularExpression re(QStringLiteral("speed mismatch trying to attach usb device"));
        const QStringList lines = grepErrors(f, re);
        if (!lines.isEmpty())
            r.findings.append(make(*this,
                ChecksText::tr("QEMU refused a device because the guest's USB controller is slower than the device."),
                s, lines,
                {{QStringLiteral("user"),
                    ChecksText::tr("Switch the guest's controller to qemu-xhci (takes effect at next start)."),
                    QStringLiteral("controller-qemu-xhci")}}));
        return;
    }
    const UsbDevice *d = f.topology.device(s.device);
    if (!d || !d->speedMbps)
        return;
    int best = 0;
    bool companions = false;
    for (const libvirt::UsbControllerDef &c : dom->usb.controllers) {
        best = qMax(best, c.generation());
        companions = companions || c.isCompanion();
    }
    if (dom->usb.controllers.isEmpty() || dom->usb.usbDisabled() || best == 3)
        return; // no or disabled USB is another check's finding; xHCI serves every speed
    bool iso = false, streams = false, bigInterrupt = false, fullSpeedInterrupt = false;
    if (d->descriptors) {
        for (const host::ConfigurationDescriptor &c : d->descriptors->configurations) {
            for (const host::InterfaceDescriptor &i : c.interfaces) {
                for (const host::Endpoint &e : i.endpoints) {
                    iso = iso || e.type == host::Endpoint::Type::Isochronous;
                    streams = streams || e.maxStreams > 0;
                    bigInterrupt
                        = bigInterrupt || (e.type == host::Endpoint::Type::Interrupt && e.maxPacketSize > 1024);
                    fullSpeedInterrupt
                        = fullSpeedInterrupt || (e.type == host::Endpoint::Type::Interrupt && e.maxPacketSize > 64);
                }
            }
        }
    }
    const double speed = *d->speedMbps;
    QString why;
    if (speed >= 5000 && best == 2 && (iso || streams || bigInterrupt))
        why = ChecksText::tr("a SuperSpeed device with %1 cannot run on the guest's USB 2 controller")
                  .arg(iso          ? ChecksText::tr("isochronous endpoints")
                          : streams ? ChecksText::tr("bulk streams (UAS)")
                                    : ChecksText::tr("large interrupt endpoints"));
    else if (speed >= 5000 && best < 2)
        why = ChecksText::tr("a SuperSpeed device on a USB 1.1 controller");
    else if (speed >= 480 && best < 2)
        why = ChecksText::tr("a high-speed device on a USB 1.1 controller");
    else if (speed <= 12 && best == 2 && !companions)
        why = ChecksText::tr("a full/low-speed device on an EHCI controller without UHCI companions");
    else if (speed <= 12 && best == 2 && fullSpeedInterrupt)
        why = ChecksText::tr("a full-speed device with interrupt endpoints over 64 bytes on EHCI");
    if (why.isEmpty())
        return;
    QStringList evidence {QStringLiteral("%1/speed = %2").arg(d->id).arg(speed)};
    for (const libvirt::UsbControllerDef &c : dom->usb.controllers)
        evidence.append(ChecksText::tr("guest controller %1 (index %2)")
                            .arg(c.model.isEmpty() ? ChecksText::tr("default (piix3-uhci)") : c.model)
                            .arg(c.index));
    r.findings.append(
        make(*this, ChecksText::tr("The guest's USB controller cannot serve this device: %1.").arg(why), s, evidence,
            {{QStringLiteral("user"),
                ChecksText::tr("Switch the guest's controller to qemu-xhci (takes effect at next start)."),
                QStringLiteral("controller-qemu-xhci")}}));
}

// ---- KVM / libvirt ------------------------------------------------------------------------------

PLUGBOARD_CHECK(class NotConfigured, "kvm-not-configured", High)
void NotConfigured::run(const Facts &f, const Subject &s, Report &r) const
{
    const DomainFacts *dom = subjectDomain(f, s);
    if (s.device.isEmpty() || s.guest.isEmpty())
        return;
    if (!dom) {
        if (!f.vmwareGuest(s.guest))
            r.notChecked.append({id(), ChecksText::tr("the guest %1 is not among the facts").arg(s.guest)});
        return;
    }
    const UsbDevice *d = f.topology.device(s.device);
    if (!d)
        return;
    auto matches = [&](const libvirt::DomainUsb &usb) {
        for (const libvirt::HostdevDef &h : usb.hostdevs) {
            if (libvirt::isMeantFor(h, *d, f.topology))
                return true;
        }
        return !usb.redirdevs.isEmpty();
    };
    if (matches(dom->usb) || (dom->inactive && matches(*dom->inactive)))
        return;
    r.findings.append(make(*this, ChecksText::tr("%1 is not given to %2 at all.").arg(d->displayName(), dom->name), s,
        {ChecksText::tr("no <hostdev> for %1:%2 and no <redirdev> in %3").arg(d->vendorId, d->productId, dom->id())},
        {{QStringLiteral("automatic"), ChecksText::tr("Attach it (live and persistent)."),
            QStringLiteral("attach:") + d->id}}));
}

PLUGBOARD_CHECK(class InUseOtherDomain, "kvm-in-use-other-domain", Medium)
void InUseOtherDomain::run(const Facts &f, const Subject &s, Report &r) const
{
    static const QRegularExpression re(QStringLiteral("USB device \\d+:\\d+ is in use by driver \\S+, domain \\S+"));
    QStringList evidence = grepErrors(f, re);
    // Or visible in the facts: another guest already has the device.
    const UsbDevice *d = s.device.isEmpty() ? nullptr : f.topology.device(s.device);
    if (d && f.libvirt) {
        for (const LibvirtFacts &l : *f.libvirt) {
            for (const DomainFacts &dom : l.domains) {
                if (dom.id() == s.guest || dom.name == s.guest || dom.state != QLatin1String("running"))
                    continue;
                for (const libvirt::HostdevDef &h : dom.usb.hostdevs) {
                    // This device itself, not an identical twin pinned by its address.
                    if (libvirt::heldDevice(h, f.topology) == d)
                        evidence.append(
                            ChecksText::tr("%1 has <hostdev> %2:%3").arg(dom.id(), h.vendorId, h.productId));
                }
            }
        }
    }
    if (!evidence.isEmpty())
        r.findings.append(make(*this, ChecksText::tr("The device is already given to another guest."), s, evidence,
            {{QStringLiteral("user"), ChecksText::tr("Detach it from that guest first, or move it."),
                QStringLiteral("move")}}));
}

PLUGBOARD_CHECK(class UsbDisabled, "kvm-usb-disabled", High)
void UsbDisabled::run(const Facts &f, const Subject &s, Report &r) const
{
    QStringList evidence = grepErrors(f, QRegularExpression(QStringLiteral("USB is disabled for this domain")));
    if (const DomainFacts *dom = subjectDomain(f, s); dom && dom->usb.usbDisabled())
        evidence.append(ChecksText::tr("%1: <controller type='usb' model='none'/>").arg(dom->id()));
    if (!evidence.isEmpty())
        r.findings.append(make(*this, ChecksText::tr("USB is disabled in this guest."), s, evidence,
            {{QStringLiteral("user"), ChecksText::tr("Add a qemu-xhci USB controller to the guest and restart it."),
                QStringLiteral("controller-qemu-xhci")}}));
}

PLUGBOARD_CHECK(class NoFreePorts, "kvm-no-free-ports", Medium)
void NoFreePorts::run(const Facts &f, const Subject &s, Report &r) const
{
    QStringList evidence
        = grepErrors(f, QRegularExpression(QStringLiteral("No free USB ports|controller only supports up to")));
    if (const DomainFacts *dom = subjectDomain(f, s); dom && !dom->usb.usbDisabled() && !dom->usb.controllers.isEmpty()
        && dom->usb.usedPorts() >= dom->usb.totalPorts())
        evidence.append(ChecksText::tr("%1 uses %2 of %3 USB ports")
                            .arg(dom->id())
                            .arg(dom->usb.usedPorts())
                            .arg(dom->usb.totalPorts()));
    if (!evidence.isEmpty())
        r.findings.append(make(*this, ChecksText::tr("The guest has no free USB port."), s, evidence,
            {{QStringLiteral("user"),
                ChecksText::tr("Set ports='15' on its qemu-xhci controller or add a USB hub, then restart the guest."),
                {}}}));
}

PLUGBOARD_CHECK(class QemuCapability, "kvm-qemu-capability", Medium)
void QemuCapability::run(const Facts &f, const Subject &s, Report &r) const
{
    QStringList evidence = grepErrors(f,
        QRegularExpression(QStringLiteral(
            "'usb-host' is not a valid device model name|USB redirection is not supported by this version of QEMU")));
    // domcapabilities: <hostdev supported='yes'> with usb among subsysType, <redirdev supported='yes'>.
    if (f.libvirt) {
        for (const LibvirtFacts &l : *f.libvirt) {
            if (l.domcapabilities.isEmpty() || !l.uri.startsWith(QLatin1String("qemu")))
                continue;
            QDomDocument caps;
            if (!caps.setContent(l.domcapabilities))
                continue;
            const QDomElement devices = caps.documentElement().firstChildElement(QStringLiteral("devices"));
            const QDomElement hostdev = devices.firstChildElement(QStringLiteral("hostdev"));
            bool usb = false;
            for (QDomElement e = hostdev.firstChildElement(QStringLiteral("enum")); !e.isNull();
                 e = e.nextSiblingElement(QStringLiteral("enum"))) {
                if (e.attribute(QStringLiteral("name")) != QLatin1String("subsysType"))
                    continue;
                for (QDomElement v = e.firstChildElement(QStringLiteral("value")); !v.isNull();
                     v = v.nextSiblingElement(QStringLiteral("value")))
                    usb = usb || v.text() == QLatin1String("usb");
            }
            if (hostdev.isNull() || hostdev.attribute(QStringLiteral("supported")) != QLatin1String("yes") || !usb)
                evidence.append(
                    ChecksText::tr("%1 domcapabilities: no USB host device passthrough (<hostdev> subsysType usb)")
                        .arg(l.uri));
            const QDomElement redir = devices.firstChildElement(QStringLiteral("redirdev"));
            if (!redir.isNull() && redir.attribute(QStringLiteral("supported")) == QLatin1String("no"))
                evidence.append(ChecksText::tr("%1 domcapabilities: <redirdev supported='no'>").arg(l.uri));
        }
    }
    if (!evidence.isEmpty())
        r.findings.append(make(*this, ChecksText::tr("This QEMU lacks USB passthrough or redirection."), s, evidence,
            {{QStringLiteral("root"),
                ChecksText::tr("Install your distribution's QEMU USB modules (usb-host, usbredir)."), {}}}));
}

PLUGBOARD_CHECK(class SessionNodeAccess, "kvm-session-node-access", High)
void SessionNodeAccess::run(const Facts &f, const Subject &s, Report &r) const
{
    const DomainFacts *dom = subjectDomain(f, s);
    const UsbDevice *d = s.device.isEmpty() ? nullptr : f.topology.device(s.device);
    QStringList evidence = grepErrors(f,
        QRegularExpression(QStringLiteral(
            "failed to open /dev/bus/usb/\\d+/\\d+: Permission denied|libusb couldn't open USB device .*errno=13")));
    if (dom && d && dom->uri.endsWith(QLatin1String("/session"))) {
        if (!f.deviceNodes) {
            r.notChecked.append({id(), ChecksText::tr("device node permissions were not recorded")});
        } else if (const auto it = f.deviceNodes->constFind(nodeOf(*d)); it != f.deviceNodes->constEnd()) {
            const NodeFacts &n = *it;
            const int mode = n.mode.toInt(nullptr, 8);
            const bool owner = n.uid == f.uid && (mode & 0600) == 0600;
            const bool other = (mode & 0006) == 0006;
            bool acl = false;
            for (const QString &a : n.acl)
                acl = acl
                    || (a.startsWith(QStringLiteral("user:%1:").arg(f.uid))
                        && a.mid(a.lastIndexOf(QLatin1Char(':')) + 1).startsWith(QLatin1String("rw")));
            if (!owner && !other && !acl)
                evidence.append(ChecksText::tr("%1: owner %2, mode %3, no ACL for uid %4")
                                    .arg(it.key())
                                    .arg(n.uid)
                                    .arg(n.mode)
                                    .arg(f.uid));
        }
    }
    if (!evidence.isEmpty())
        r.findings.append(make(*this,
            ChecksText::tr("Your own (qemu:///session) guest cannot open the device: its node is not writable by you."),
            s, evidence,
            {{QStringLiteral("root"),
                ChecksText::tr(
                    "Add a udev rule with TAG+=\"uaccess\" for the device, or use qemu:///system, or SPICE USB "
                    "redirection."),
                {}}}));
}

// ---- Security -----------------------------------------------------------------------------------

PLUGBOARD_CHECK(class UsbguardBlock, "sec-usbguard-block", High)
void UsbguardBlock::run(const Facts &f, const Subject &s, Report &r) const
{
    if (!f.usbguardDevices) {
        const bool active = f.services && f.services->value(QStringLiteral("usbguard")) == QLatin1String("active");
        if (active)
            r.notChecked.append({id(), ChecksText::tr("usbguard runs but its device list could not be read")});
        return;
    }
    QStringList evidence;
    for (const QString &l : f.usbguardDevices->split(QLatin1Char('\n'))) {
        if (!l.contains(QLatin1String(": block")))
            continue;
        const UsbDevice *d = s.device.isEmpty() ? nullptr : f.topology.device(s.device);
        if (!d || l.contains(d->vendorId + QLatin1Char(':') + d->productId))
            evidence.append(l.trimmed());
    }
    const QString conf = f.configFiles.value(QStringLiteral("/etc/usbguard/usbguard-daemon.conf"));
    if (!evidence.isEmpty()
        && conf.contains(
            QRegularExpression(QStringLiteral("^ImplicitPolicyTarget=block"), QRegularExpression::MultilineOption)))
        evidence.append(QStringLiteral("/etc/usbguard/usbguard-daemon.conf: ImplicitPolicyTarget=block"));
    if (!evidence.isEmpty())
        r.findings.append(make(*this, ChecksText::tr("USBGuard blocks the device by policy."), s, evidence,
            {{QStringLiteral("root"),
                ChecksText::tr("Allow it with 'usbguard allow-device' (add -p to make it permanent)."), {}}}));
}

PLUGBOARD_CHECK(class UdevConflict, "sec-udev-conflict", Medium)
void UdevConflict::run(const Facts &f, const Subject &s, Report &r) const
{
    static const QRegularExpression deauth(QStringLiteral("ATTR\\{authorized\\}\\s*=\\s*\"0\""));
    QStringList evidence;
    for (auto it = f.udevRules.cbegin(); it != f.udevRules.cend(); ++it) {
        int n = 0;
        for (const QString &line : it.value().split(QLatin1Char('\n'))) {
            ++n;
            if (!line.trimmed().startsWith(QLatin1Char('#')) && deauth.match(line).hasMatch())
                evidence.append(QStringLiteral("%1:%2: %3").arg(it.key()).arg(n).arg(line.trimmed()));
        }
    }
    if (!evidence.isEmpty())
        r.findings.append(make(*this, ChecksText::tr("A udev rule de-authorizes USB devices."), s, evidence,
            {{QStringLiteral("root"), ChecksText::tr("Edit or remove that rule, then re-plug the device."), {}}}));
}

PLUGBOARD_CHECK(class Usbip, "net-usbip", Medium)
void Usbip::run(const Facts &f, const Subject &s, Report &r) const
{
    for (const UsbDevice *d : subjectDevices(f, s)) {
        if (d->driver != QLatin1String("usbip-host"))
            continue;
        Subject sub = s;
        sub.device = d->id;
        r.findings.append(make(*this,
            ChecksText::tr("%1 is exported over the network with usbip, so it is not usable here.")
                .arg(d->displayName()),
            sub, {QStringLiteral("%1/driver -> usbip-host").arg(d->id)},
            {{QStringLiteral("root"), ChecksText::tr("Run 'usbip unbind --busid %1'.").arg(d->id), {}}}));
    }
}

PLUGBOARD_CHECK(class HostDriverKept, "dev-host-driver-kept", Medium)
void HostDriverKept::run(const Facts &f, const Subject &s, Report &r) const
{
    QStringList evidence = grepErrors(
        f, QRegularExpression(QStringLiteral("usbfs: interface \\d+ claimed by \\S+ while '\\S+' sets config #\\d+")));
    const DomainFacts *dom = subjectDomain(f, s);
    const UsbDevice *d = s.device.isEmpty() ? nullptr : f.topology.device(s.device);
    if (dom && d && dom->state == QLatin1String("running")) {
        bool attached = false;
        for (const libvirt::HostdevDef &h : dom->usb.hostdevs)
            attached = attached || libvirt::heldDevice(h, f.topology) == d;
        // While QEMU owns the device every interface is bound to usbfs (or to nothing).
        for (const host::UsbInterface &i : d->interfaces) {
            if (attached && !i.driver.isEmpty() && i.driver != QLatin1String("usbfs"))
                evidence.append(QStringLiteral("%1/driver -> %2").arg(i.id, i.driver));
        }
    }
    if (evidence.isEmpty())
        return;
    const bool hid = d
        && (host::categoryOf(*d) == host::DeviceCategory::Keyboard
            || host::categoryOf(*d) == host::DeviceCategory::Mouse);
    r.findings.append(make(*this,
        ChecksText::tr("A host driver kept part of the device, so it only half works in the guest."), s, evidence,
        {{QStringLiteral("root"),
            hid ? ChecksText::tr("Unbind that interface's driver — careful: this is a keyboard or mouse the host uses.")
                : ChecksText::tr("Unbind that interface's driver (needs administrator rights)."),
            QStringLiteral("unbind")}}));
}

PLUGBOARD_CHECK(class SystemDac, "kvm-system-dac-or-namespace", Medium)
void SystemDac::run(const Facts &f, const Subject &s, Report &r) const
{
    QStringList evidence;
    const QString conf = f.configFiles.value(QStringLiteral("/etc/libvirt/qemu.conf"));
    static const QRegularExpression dac(QStringLiteral("^\\s*(dynamic_ownership\\s*=\\s*0|user\\s*=.*|group\\s*=.*)$"),
        QRegularExpression::MultilineOption);
    for (auto it = dac.globalMatch(conf); it.hasNext();)
        evidence.append(QStringLiteral("/etc/libvirt/qemu.conf: ") + it.next().captured(0).trimmed());
    const QStringList errors = grepErrors(f,
        QRegularExpression(
            QStringLiteral("/dev/bus/usb/\\d+/\\d+.*(Operation not permitted|No such file or directory)")));
    const DomainFacts *dom = subjectDomain(f, s);
    if (errors.isEmpty() || (dom && !dom->uri.endsWith(QLatin1String("/system"))))
        return; // a changed qemu.conf alone is not a fault; it explains one
    r.findings.append(make(*this, ChecksText::tr("The system guest lost access to the device after it was re-plugged."),
        s, errors + evidence,
        {{QStringLiteral("automatic"),
             ChecksText::tr("Re-attach the device through libvirt so it sets the node's owner and namespace again."),
             QStringLiteral("reattach")},
            {QStringLiteral("root"),
                ChecksText::tr("Check user, group and dynamic_ownership in /etc/libvirt/qemu.conf."), {}}}));
}

PLUGBOARD_CHECK(class RedirNoChannel, "redir-no-channel", High)
void RedirNoChannel::run(const Facts &f, const Subject &s, Report &r) const
{
    QStringList evidence
        = grepErrors(f, QRegularExpression(QStringLiteral("not configured for USB redirection|no free USB channels")));
    if (const DomainFacts *dom = subjectDomain(f, s); dom && evidence.isEmpty() && dom->usb.spiceGraphics) {
        int channels = 0;
        for (const libvirt::RedirdevDef &d : dom->usb.redirdevs)
            channels += d.type == QLatin1String("spicevmc") ? 1 : 0;
        if (channels == 0)
            evidence.append(
                ChecksText::tr("%1 has SPICE graphics but no <redirdev bus='usb' type='spicevmc'/>").arg(dom->id()));
    }
    if (!evidence.isEmpty())
        r.findings.append(make(*this, ChecksText::tr("The guest has no free SPICE USB redirection channel."), s,
            evidence,
            {{QStringLiteral("user"),
                ChecksText::tr(
                    "Add one <redirdev bus='usb' type='spicevmc'/> per device to redirect at once (each takes a USB "
                    "port)."),
                QStringLiteral("spice-channel")}}));
}

PLUGBOARD_CHECK(class RedirAclHelper, "redir-acl-helper", High)
void RedirAclHelper::run(const Facts &f, const Subject &s, Report &r) const
{
    QStringList evidence = grepErrors(f, QRegularExpression(QStringLiteral("Error setting USB device node ACL")));
    if (evidence.isEmpty())
        return; // only when redirection was tried and failed: the helper is optional otherwise
    if (!f.files) {
        r.notChecked.append({id(), ChecksText::tr("the SPICE ACL helper's permissions were not recorded")});
    } else if (f.files->isEmpty()) {
        evidence.append(ChecksText::tr("spice-client-glib-usb-acl-helper is not installed"));
    } else {
        for (auto it = f.files->cbegin(); it != f.files->cend(); ++it) {
            if (!(it->mode.toInt(nullptr, 8) & 04000))
                evidence.append(ChecksText::tr("%1 has mode %2 (not setuid)").arg(it.key(), it->mode));
        }
    }
    r.findings.append(make(*this, ChecksText::tr("The SPICE client could not get access to the device node."), s,
        evidence,
        {{QStringLiteral("root"),
            ChecksText::tr("Reinstall the spice-client-glib USB ACL helper (it must be setuid root) and allow polkit's "
                           "org.spice-space.lowlevelusbaccess."),
            {}}}));
}

PLUGBOARD_CHECK(class RedirFilter, "redir-filter", Low)
void RedirFilter::run(const Facts &f, const Subject &s, Report &r) const
{
    const DomainFacts *dom = subjectDomain(f, s);
    const UsbDevice *d = s.device.isEmpty() ? nullptr : f.topology.device(s.device);
    if (!dom || !d || dom->usb.redirFilter.isEmpty())
        return;
    const int vid = d->vendorId.toInt(nullptr, 16), pid = d->productId.toInt(nullptr, 16);
    const QList<quint8> classes = host::interfaceClasses(*d) + QList<quint8> {d->deviceClass.value_or(0)};
    // The first matching rule decides, as in usbredir.
    for (const libvirt::RedirFilterRule &rule : dom->usb.redirFilter) {
        const bool match = (rule.cls < 0 || classes.contains(quint8(rule.cls)))
            && (rule.vendor < 0 || rule.vendor == vid) && (rule.product < 0 || rule.product == pid)
            && (rule.version.isEmpty() || rule.version == d->usbVersion);
        if (!match)
            continue;
        if (!rule.allow)
            r.findings.append(make(*this, ChecksText::tr("The guest's redirection filter refuses this device."), s,
                {ChecksText::tr("<usbdev class='%1' vendor='%2' product='%3' allow='no'/> matches %4:%5")
                        .arg(rule.cls)
                        .arg(rule.vendor)
                        .arg(rule.product)
                        .arg(d->vendorId, d->productId)},
                {{QStringLiteral("user"), ChecksText::tr("Edit the guest's <redirfilter> to allow it."), {}}}));
        return;
    }
}

PLUGBOARD_CHECK(class VmwareHostClaim, "vmw-autoconnect-or-host-claim", Low)
void VmwareHostClaim::run(const Facts &f, const Subject &s, Report &r) const
{
    const UsbDevice *d = s.device.isEmpty() ? nullptr : f.topology.device(s.device);
    if (!d || !f.vmware)
        return;
    QStringList evidence;
    for (const VmwareFacts &v : *f.vmware) {
        if (v.path == s.guest || v.vmx == s.guest)
            continue;
        for (auto it = v.keys.cbegin(); it != v.keys.cend(); ++it) {
            if (it.key().startsWith(QLatin1String("usb.autoconnect.device"))
                && it.value().contains(QStringLiteral("vid:0x") + d->vendorId, Qt::CaseInsensitive)
                && it.value().contains(QStringLiteral("pid:0x") + d->productId, Qt::CaseInsensitive))
                evidence.append(QStringLiteral("%1: %2 = \"%3\"").arg(v.path, it.key(), it.value()));
        }
    }
    if (!evidence.isEmpty())
        r.findings.append(make(*this,
            ChecksText::tr("Another VMware VM connects this device automatically and may grab it first."), s, evidence,
            {{QStringLiteral("user"), ChecksText::tr("Remove that VM's automatic connection rule (with that VM off)."),
                {}}}));
}

// ---- VMware and environment ---------------------------------------------------------------------

PLUGBOARD_CHECK(class VmwareController, "vmw-controller-or-hwversion", High)
void VmwareController::run(const Facts &f, const Subject &s, Report &r) const
{
    const VmwareFacts *vm = s.guest.isEmpty() ? nullptr : f.vmwareGuest(s.guest);
    if (!vm)
        return;
    auto on = [&](const char *k) {
        return vm->keys.value(QLatin1String(k)).compare(QLatin1String("TRUE"), Qt::CaseInsensitive) == 0;
    };
    const UsbDevice *d = s.device.isEmpty() ? nullptr : f.topology.device(s.device);
    QStringList evidence;
    if (!on("usb.present"))
        evidence.append(ChecksText::tr("usb.present is not \"TRUE\""));
    else if (d && d->speedMbps.value_or(0) >= 480 && !on("ehci.present") && !on("usb_xhci.present"))
        evidence.append(ChecksText::tr("a high-speed device, and ehci.present is not \"TRUE\""));
    else if (d && d->speedMbps.value_or(0) >= 5000 && !on("usb_xhci.present"))
        evidence.append(
            ChecksText::tr("a SuperSpeed device, and usb_xhci.present is not \"TRUE\" (virtualHW.version %1)")
                .arg(vm->keys.value(QStringLiteral("virtualhw.version"))));
    if (!evidence.isEmpty())
        r.findings.append(make(*this, ChecksText::tr("The VM lacks the USB controller this device needs."), s, evidence,
            {{QStringLiteral("user"),
                ChecksText::tr("With the VM off, add the controller (USB 3 needs hardware version 8 or later)."),
                QStringLiteral("vmware-controller")}}));
}

PLUGBOARD_CHECK(class VmwareHid, "vmw-hid-or-ccid-hidden", Medium)
void VmwareHid::run(const Facts &f, const Subject &s, Report &r) const
{
    const VmwareFacts *vm = s.guest.isEmpty() ? nullptr : f.vmwareGuest(s.guest);
    const UsbDevice *d = s.device.isEmpty() ? nullptr : f.topology.device(s.device);
    if (!vm || !d || !host::interfaceClasses(*d).contains(0x03))
        return;
    if (vm->keys.value(QStringLiteral("usb.generic.allowhid")).compare(QLatin1String("TRUE"), Qt::CaseInsensitive) == 0)
        return;
    r.findings.append(
        make(*this, ChecksText::tr("VMware hides keyboards, mice and other HID devices unless the VM allows them."), s,
            {ChecksText::tr("%1 has a HID interface; usb.generic.allowHID is not \"TRUE\"").arg(d->id)},
            {{QStringLiteral("user"), ChecksText::tr("With the VM off, allow HID devices."),
                QStringLiteral("vmware-allow-hid")}}));
}

PLUGBOARD_CHECK(class VmwareArbitrator, "vmw-arbitrator-down", High)
void VmwareArbitrator::run(const Facts &f, const Subject &s, Report &r) const
{
    if (!f.vmware || f.vmware->isEmpty())
        return;
    if (!f.processes && !f.services) {
        r.notChecked.append({id(), ChecksText::tr("neither services nor processes were recorded")});
        return;
    }
    if (f.processes) {
        for (const auto &p : *f.processes) {
            if (p.second.startsWith(QLatin1String("vmware-usbarbit")))
                return;
        }
    }
    const QString svc = f.services ? f.services->value(QStringLiteral("vmware-USBArbitrator")) : QString();
    if (svc == QLatin1String("active"))
        return;
    r.findings.append(
        make(*this, ChecksText::tr("VMware's USB arbitrator is not running, so VMware sees no USB device."), s,
            {ChecksText::tr("service vmware-USBArbitrator: %1; no vmware-usbarbitrator process")
                    .arg(svc.isEmpty() ? ChecksText::tr("unknown") : svc)},
            {{QStringLiteral("automatic"), ChecksText::tr("Start the service (needs administrator rights)."),
                QStringLiteral("start-service:vmware-USBArbitrator")}}));
}

PLUGBOARD_CHECK(class LibvirtUnreachable, "env-libvirt-unreachable", High)
void LibvirtUnreachable::run(const Facts &f, const Subject &s, Report &r) const
{
    if (!f.libvirt)
        return;
    for (const LibvirtFacts &l : *f.libvirt) {
        if (l.error.isEmpty())
            continue;
        r.findings.append(make(*this,
            ChecksText::tr("libvirt at %1 is not reachable, so its guests are not listed.").arg(l.uri), s, {l.error},
            {{QStringLiteral("root"),
                ChecksText::tr("Start libvirtd or virtqemud; if access is denied, join the 'libvirt' group."),
                QStringLiteral("start-service:libvirtd")}}));
    }
}

PLUGBOARD_CHECK(class VmwareModules, "env-vmware-modules", Medium)
void VmwareModules::run(const Facts &f, const Subject &s, Report &r) const
{
    if (!f.vmware || f.vmware->isEmpty())
        return;
    if (!f.modules) {
        r.notChecked.append({id(), ChecksText::tr("/proc/modules was not read")});
        return;
    }
    QStringList missing;
    for (const char *m : {"vmmon", "vmnet"}) {
        if (!f.modules->contains(QLatin1String(m)))
            missing.append(QLatin1String(m));
    }
    if (!missing.isEmpty())
        r.findings.append(
            make(*this, ChecksText::tr("VMware's kernel modules are not loaded, so its VMs will not start."), s,
                {ChecksText::tr("not in /proc/modules: %1").arg(missing.join(QStringLiteral(", ")))},
                {{QStringLiteral("root"),
                    ChecksText::tr("Rebuild and load them (vmware-modconfig --console --install-all)."), {}}}));
}

// A cause outranks its symptom: when both are found, the cause is listed first.
const QList<std::pair<const char *, const char *>> kCauses = {
    {"sec-usbguard-block", "dev-not-authorized"},
    {"sec-udev-conflict", "dev-not-authorized"},
    {"host-port-overcurrent", "kvm-not-configured"},
    {"host-port-overcurrent", "host-enumeration-failure"},
    {"host-insufficient-bus-power", "host-enumeration-failure"},
    {"host-controller-dead", "host-enumeration-failure"},
    {"dev-storage-mounted", "kvm-not-configured"},
    {"kvm-usb-disabled", "kvm-no-free-ports"},
    {"host-port-disabled", "kvm-not-configured"},
    {"env-libvirt-unreachable", "kvm-not-configured"},
};
// Checks that read libvirt's and QEMU's own words: the error the user hit and the guests' logs.
class MessageCheck : public Check
{
public:
    MessageCheck(const char *id, Severity sev, const char *pattern, const char *title, const char *fixKind,
        const char *fix, const char *action)
        : m_id(QLatin1String(id))
        , m_sev(sev)
        , m_re(QLatin1String(pattern))
        , m_title(title)
        , m_kind(QLatin1String(fixKind))
        , m_fix(fix)
        , m_action(QLatin1String(action))
    {
    }
    QString id() const override { return m_id; }
    Severity severity() const override { return m_sev; }
    void run(const Facts &f, const Subject &s, Report &r) const override
    {
        const QStringList lines = grepErrors(f, m_re);
        if (!lines.isEmpty())
            r.findings.append(
                Finding {m_id, m_sev, QCoreApplication::translate("plugboard::diagnostics::Checks", m_title), s, lines,
                    {{m_kind, QCoreApplication::translate("plugboard::diagnostics::Checks", m_fix), m_action}}});
    }

private:
    QString m_id;
    Severity m_sev;
    QRegularExpression m_re;
    const char *m_title;
    QString m_kind;
    const char *m_fix;
    QString m_action;
};

} // namespace

QString severityName(Severity s)
{
    switch (s) {
    case Severity::Critical:
        return QStringLiteral("critical");
    case Severity::High:
        return QStringLiteral("high");
    case Severity::Medium:
        return QStringLiteral("medium");
    case Severity::Low:
        return QStringLiteral("low");
    }
    return QStringLiteral("medium");
}

const std::vector<std::unique_ptr<Check>> &allChecks()
{
    static const std::vector<std::unique_ptr<Check>> checks = [] {
        std::vector<std::unique_ptr<Check>> v;
        v.push_back(std::make_unique<PortOvercurrent>());
        v.push_back(std::make_unique<InsufficientPower>());
        v.push_back(std::make_unique<EnumerationFailure>());
        v.push_back(std::make_unique<PortDisabled>());
        v.push_back(std::make_unique<ControllerDead>());
        v.push_back(std::make_unique<Bandwidth>());
        v.push_back(std::make_unique<Autosuspend>());
        v.push_back(std::make_unique<IsHub>());
        v.push_back(std::make_unique<StorageMounted>());
        v.push_back(std::make_unique<SpeedVsController>());
        v.push_back(std::make_unique<Reenumerates>());
        v.push_back(std::make_unique<NotAuthorized>());
        v.push_back(std::make_unique<HostDriverKept>());
        v.push_back(std::make_unique<HeldByOther>());
        v.push_back(std::make_unique<NotConfigured>());
        v.push_back(std::make_unique<MessageCheck>("kvm-hostdev-missing-at-start", Severity::High,
            "Did not find USB device [0-9a-fA-F]+:[0-9a-fA-F]+",
            QT_TRANSLATE_NOOP("plugboard::diagnostics::Checks",
                "The guest refuses to start because a USB device in its definition is not plugged in."),
            "automatic",
            QT_TRANSLATE_NOOP("plugboard::diagnostics::Checks", "Mark the device optional (startupPolicy='optional')."),
            "startup-optional"));
        v.push_back(std::make_unique<MessageCheck>("kvm-ambiguous-vidpid", Severity::Medium,
            "Multiple USB devices for [0-9a-fA-F]+:[0-9a-fA-F]+",
            QT_TRANSLATE_NOOP("plugboard::diagnostics::Checks",
                "Identical devices are plugged in, so libvirt cannot tell which one is meant."),
            "user",
            QT_TRANSLATE_NOOP("plugboard::diagnostics::Checks",
                "Pin the device by its bus and device number (<address bus= device=/>)."),
            ""));
        v.push_back(std::make_unique<InUseOtherDomain>());
        v.push_back(std::make_unique<UsbDisabled>());
        v.push_back(std::make_unique<NoFreePorts>());
        v.push_back(std::make_unique<QemuCapability>());
        v.push_back(std::make_unique<SessionNodeAccess>());
        v.push_back(std::make_unique<SystemDac>());
        v.push_back(std::make_unique<MessageCheck>("kvm-guest-reset-sensitive", Severity::Low,
            "reset (high|full|Super)-?speed USB device number \\d+",
            QT_TRANSLATE_NOOP(
                "plugboard::diagnostics::Checks", "The guest's driver resets the device, which can make it vanish."),
            "user", QT_TRANSLATE_NOOP("plugboard::diagnostics::Checks", "Set <source guestReset='off'> on the device."),
            ""));
        v.push_back(std::make_unique<UsbguardBlock>());
        v.push_back(std::make_unique<MessageCheck>("sec-apparmor-denied", Severity::High,
            "apparmor=\"DENIED\".*profile=\"libvirt-[0-9a-f-]+\".*name=\"/dev/bus/usb/\\d{3}/\\d{3}\"",
            QT_TRANSLATE_NOOP("plugboard::diagnostics::Checks", "AppArmor stopped the guest from opening the device."),
            "user",
            QT_TRANSLATE_NOOP(
                "plugboard::diagnostics::Checks", "Re-attach the device through libvirt so its profile is updated."),
            "reattach"));
        v.push_back(std::make_unique<MessageCheck>("sec-selinux-denied", Severity::High,
            "avc:\\s+denied .*scontext=\\S*:svirt(_tcg)?_t:\\S+ tcontext=\\S*:usb_device_t:\\S+ tclass=chr_file",
            QT_TRANSLATE_NOOP("plugboard::diagnostics::Checks", "SELinux stopped the guest from opening the device."),
            "root",
            QT_TRANSLATE_NOOP("plugboard::diagnostics::Checks",
                "Run 'setsebool -P virt_use_usb on' (an administrator decision, never automatic)."),
            ""));
        v.push_back(std::make_unique<UdevConflict>());
        v.push_back(std::make_unique<RedirNoChannel>());
        v.push_back(std::make_unique<RedirAclHelper>());
        v.push_back(std::make_unique<RedirFilter>());
        v.push_back(std::make_unique<Usbip>());
        v.push_back(std::make_unique<VmwareArbitrator>());
        v.push_back(std::make_unique<VmwareController>());
        v.push_back(std::make_unique<VmwareHid>());
        v.push_back(std::make_unique<VmwareHostClaim>());
        v.push_back(std::make_unique<LibvirtUnreachable>());
        v.push_back(std::make_unique<VmwareModules>());
        return v;
    }();
    return checks;
}

Report diagnose(const Facts &facts, const Subject &override)
{
    Subject s = facts.subject;
    if (!override.isEmpty())
        s = override;
    Report r;
    for (const auto &c : allChecks())
        c->run(facts, s, r);
    // Rank: a cause before its symptoms, then by severity, then catalog order (stable).
    auto causes = [](const QString &a, const QString &b) {
        for (const auto &[cause, symptom] : kCauses) {
            if (a == QLatin1String(cause) && b == QLatin1String(symptom))
                return true;
        }
        return false;
    };
    QSet<QString> present;
    for (const Finding &f : r.findings)
        present.insert(f.check);
    std::stable_sort(r.findings.begin(), r.findings.end(), [&](const Finding &a, const Finding &b) {
        if (causes(a.check, b.check))
            return true;
        if (causes(b.check, a.check))
            return false;
        // A finding whose cause is present sinks below every other of its severity.
        auto explained = [&](const QString &id) {
            for (const auto &[cause, symptom] : kCauses) {
                if (id == QLatin1String(symptom) && present.contains(QLatin1String(cause)))
                    return true;
            }
            return false;
        };
        const int sa = int(a.severity) * 2 + (explained(a.check) ? 1 : 0);
        const int sb = int(b.severity) * 2 + (explained(b.check) ? 1 : 0);
        return sa < sb;
    });
    return r;
}

QJsonObject Report::toJson() const
{
    QJsonArray fs;
    for (const Finding &f : findings) {
        QJsonObject o;
        o.insert(QStringLiteral("check"), f.check);
        o.insert(QStringLiteral("severity"), severityName(f.severity));
        o.insert(QStringLiteral("title"), f.title);
        QJsonObject subj;
        auto v = [](const QString &x) {
            return x.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(x);
        };
        subj.insert(QStringLiteral("device"), v(f.subject.device));
        subj.insert(QStringLiteral("port"), v(f.subject.port));
        subj.insert(QStringLiteral("guest"), v(f.subject.guest));
        o.insert(QStringLiteral("subject"), subj);
        o.insert(QStringLiteral("evidence"), QJsonArray::fromStringList(f.evidence));
        QJsonArray fixes;
        for (const Fix &x : f.fixes) {
            QJsonObject fo;
            fo.insert(QStringLiteral("kind"), x.kind);
            fo.insert(QStringLiteral("text"), x.text);
            fo.insert(QStringLiteral("action"), v(x.action));
            fixes.append(fo);
        }
        o.insert(QStringLiteral("fixes"), fixes);
        fs.append(o);
    }
    QJsonArray nc;
    for (const NotChecked &n : notChecked) {
        QJsonObject o;
        o.insert(QStringLiteral("check"), n.check);
        o.insert(QStringLiteral("reason"), n.reason);
        nc.append(o);
    }
    QJsonObject out;
    out.insert(QStringLiteral("findings"), fs);
    out.insert(QStringLiteral("not_checked"), nc);
    return out;
}

} // namespace plugboard::diagnostics
