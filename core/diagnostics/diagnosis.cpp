// SPDX-License-Identifier: GPL-3.0-or-later
// The checks (one class per catalog id), the causal model and the ranking. Each check is a pure
// function of the facts and the subject and fires only on proof (docs/diagnostics.md says, per
// check, which facts prove it and which merely fit it); a missing fact gives "not checked" with the
// reason, never a guess.
#include "diagnosis.h"
#include "logging.h"

#include "host/deviceresolver.h"
#include "host/powerbudget.h"
#include "libvirt/guestdirectory.h"

#include <QCoreApplication>
#include <QDomDocument>
#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>
#include <functional>
#include <numeric>
#include <tuple>

namespace plugboard::diagnostics {

using host::UsbDevice;

namespace {
// The context lupdate records for this file's sentences (Q_DECLARE_TR_FUNCTIONS names it).
class ChecksText
{
    Q_DECLARE_TR_FUNCTIONS(plugboard::diagnostics::Checks)
};

// The devices a check looks at: the subject's; else what is plugged into the subject port (and
// behind it); else every device.
QList<const UsbDevice *> subjectDevices(const Facts &f, const Subject &s)
{
    QList<const UsbDevice *> out;
    if (!s.device.isEmpty()) {
        if (const UsbDevice *d = f.topology.device(s.device))
            out.append(d);
        return out;
    }
    const QStringList ports = s.port.isEmpty() ? QStringList() : s.port.split(QLatin1Char('+'));
    auto behind = [&](const UsbDevice &d) {
        for (const UsbDevice *at = &d; at;) {
            if (ports.contains(at->parentPortId))
                return true;
            const host::UsbPort *p = f.topology.port(at->parentPortId);
            at = p ? f.topology.device(p->parentId) : nullptr;
        }
        return false;
    };
    for (const UsbDevice &d : f.topology.devices) {
        if (ports.isEmpty() || behind(d))
            out.append(&d);
    }
    std::sort(out.begin(), out.end(), [](const UsbDevice *a, const UsbDevice *b) {
        return a->id < b->id;
    });
    return out;
}

// The port a kernel name is plugged into: 2-3 -> usb2-port3, 1-1.2.4 -> 1-1.2-port4.
QString portOfDeviceName(const QString &name)
{
    const int dot = int(name.lastIndexOf(QLatin1Char('.'))), dash = int(name.indexOf(QLatin1Char('-')));
    if (dash <= 0)
        return {};
    if (dot > dash)
        return name.left(dot) + QStringLiteral("-port") + name.mid(dot + 1);
    return QStringLiteral("usb") + name.left(dash) + QStringLiteral("-port") + name.mid(dash + 1);
}

// The ports a check looks at: the subject port (both sides of a physical port), the subject
// device's port and its USB 2/3 peer, else every port.
QList<const host::UsbPort *> subjectPorts(const Facts &f, const Subject &s)
{
    QList<const host::UsbPort *> out;
    auto add = [&](const QString &id) {
        const host::UsbPort *p = f.topology.port(id);
        if (p && !out.contains(p))
            out.append(p);
        return p;
    };
    if (!s.port.isEmpty()) {
        for (const QString &id : s.port.split(QLatin1Char('+')))
            add(id);
        return out;
    }
    if (!s.device.isEmpty()) {
        // A device that is gone (pulled, never came up) is still where its kernel name says.
        const UsbDevice *d = f.topology.device(s.device);
        const QString port = d ? d->parentPortId : portOfDeviceName(s.device);
        if (const host::UsbPort *p = add(port); p && !p->peerId.isEmpty())
            add(p->peerId);
        return out;
    }
    for (const host::UsbPort &p : f.topology.ports)
        out.append(&p);
    std::sort(out.begin(), out.end(), [](const host::UsbPort *a, const host::UsbPort *b) {
        return a->id < b->id;
    });
    return out;
}

// The kernel name of the device a port holds or would hold: usb2-port3 -> 2-3, 1-1.2-port4 -> 1-1.2.4.
QString deviceNameOnPort(const QString &port)
{
    const int cut = port.lastIndexOf(QLatin1String("-port"));
    if (cut < 0)
        return {};
    const QString owner = port.left(cut), number = port.mid(cut + 5);
    return owner.startsWith(QLatin1String("usb")) ? owner.mid(3) + QLatin1Char('-') + number
                                                  : owner + QLatin1Char('.') + number;
}

// The device a kernel log line is about: "usb 1-3: …" -> 1-3, "usb usb2-port3: …" -> 2-3 (the
// device that port would hold), "usbip-host 3-2: …" -> 3-2; empty for lines about no device.
QString kernelName(const QString &line)
{
    // Any driver's prefix: usb, usbip-host, snd-usb-audio, cdc_acm …
    static const QRegularExpression re(QStringLiteral("(?:^|[\\s\\]])[\\w.-]+ "
                                                      "(usb\\d+-port\\d+|\\d+-\\d+(?:\\.\\d+)*(?:-port\\d+)?)"
                                                      "(?::\\d+\\.\\d+)?: "));
    const QRegularExpressionMatch m = re.match(line);
    if (!m.hasMatch())
        return {};
    const QString name = m.captured(1);
    return name.contains(QLatin1String("-port")) ? deviceNameOnPort(name) : name;
}

// The kernel names a check looks at: the subject device's (and its peer port's), the device a
// subject port would hold; empty for "every device".
QStringList namesInQuestion(const Facts &f, const Subject &s)
{
    QStringList names;
    if (!s.device.isEmpty())
        names.append(s.device);
    if (!s.port.isEmpty() || !s.device.isEmpty()) {
        for (const host::UsbPort *p : subjectPorts(f, s)) {
            const QString n = deviceNameOnPort(p->id);
            if (!n.isEmpty() && !names.contains(n))
                names.append(n);
        }
        if (!s.port.isEmpty()) {
            for (const QString &id : s.port.split(QLatin1Char('+'))) {
                const QString n = deviceNameOnPort(id);
                if (!n.isEmpty() && !names.contains(n))
                    names.append(n);
            }
        }
    }
    return names;
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

// The same, only the lines about the devices in question (all when `names` is empty).
std::optional<QStringList> grepAbout(
    const std::optional<QStringList> &log, const QRegularExpression &re, const QStringList &names)
{
    auto lines = grepLog(log, re);
    if (lines && !names.isEmpty())
        lines->erase(std::remove_if(lines->begin(), lines->end(),
                         [&](const QString &l) {
                             return !names.contains(kernelName(l));
                         }),
            lines->end());
    return lines;
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

Finding make(const Check &c, Evidence strength, const QString &title, const Subject &s, const QStringList &evidence,
    const QList<Fix> &fixes)
{
    return Finding {c.id(), c.severity(), title, s, evidence.mid(0, 20), fixes, strength, {}};
}

const DomainFacts *subjectDomain(const Facts &f, const Subject &s)
{
    return s.guest.isEmpty() ? nullptr : f.domain(s.guest);
}

bool isRunning(const DomainFacts &d)
{
    return isActive(d.state);
}

bool isSessionUri(const QString &uri)
{
    return uri.endsWith(QLatin1String("/session")) || uri.contains(QLatin1String("/session?"));
}

// Lines matching `re` in what libvirt, QEMU and the kernel said: the error the user hit, the audit
// and kernel logs (security denials land there), and the QEMU log of the guest in question (every
// guest's when none is).
QStringList grepErrors(const Facts &f, const QRegularExpression &re, const Subject &s)
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
        const DomainFacts *subject = subjectDomain(f, s);
        for (const LibvirtFacts &l : *f.libvirt) {
            for (const DomainFacts &d : l.domains) {
                if (!subject || &d == subject)
                    scan(d.log);
            }
        }
    }
    out.removeDuplicates();
    return out;
}

// The devices of a line's "bus:device" (libvirt prints %03d:%03d, QEMU "bus:device").
const UsbDevice *deviceAt(const Facts &f, int bus, int dev)
{
    for (const UsbDevice &d : f.topology.devices) {
        if (d.busnum == bus && d.devnum == dev)
            return &d;
    }
    return nullptr;
}

// When a kernel log line was written, in seconds: dmesg's "[ 5140.118302]" (since boot), else the
// journal's or syslog's "HH:MM:SS" or an ISO 8601 time; nullopt when it carries none.
std::optional<double> logTime(const QString &line)
{
    static const QRegularExpression mono(QStringLiteral("\\[\\s*(\\d+\\.\\d+)\\]"));
    static const QRegularExpression clock(QStringLiteral("(?:^|[T ])(\\d{2}):(\\d{2}):(\\d{2})(?:[.,](\\d+))?"));
    if (const auto m = mono.match(line); m.hasMatch())
        return m.captured(1).toDouble();
    if (const auto c = clock.match(line); c.hasMatch())
        return c.captured(1).toInt() * 3600 + c.captured(2).toInt() * 60 + c.captured(3).toInt()
            + (c.captured(4).isEmpty() ? 0.0 : QStringLiteral("0.%1").arg(c.captured(4)).toDouble());
    return std::nullopt;
}

// A udev rule's match keys against a device: ATTR(S){idVendor|idProduct|serial}, ENV{ID_VENDOR_ID|
// ID_MODEL_ID} with == and shell globs. Keys it does not know do not rule a device out.
bool ruleMatches(const QString &rule, const UsbDevice &d)
{
    // \x22 is a quote (written so for lupdate, which reads this file too).
    static const QRegularExpression key(
        QStringLiteral("(?:ATTRS?\\{(idVendor|idProduct|serial)\\}|ENV\\{(ID_VENDOR_ID|ID_MODEL_ID|ID_SERIAL_SHORT)\\})"
                       "\\s*==\\s*\\x22([^\\x22]*)\\x22"));
    const QHash<QString, QString> values {{QStringLiteral("idVendor"), d.vendorId},
        {QStringLiteral("ID_VENDOR_ID"), d.vendorId}, {QStringLiteral("idProduct"), d.productId},
        {QStringLiteral("ID_MODEL_ID"), d.productId}, {QStringLiteral("serial"), d.serial},
        {QStringLiteral("ID_SERIAL_SHORT"), d.serial}};
    for (auto it = key.globalMatch(rule); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QString wanted = QRegularExpression::wildcardToRegularExpression(m.captured(3));
        const QString have = values.value(m.captured(1) + m.captured(2));
        if (!QRegularExpression(wanted, QRegularExpression::CaseInsensitiveOption).match(have).hasMatch())
            return false;
    }
    return true;
}

// Whether the user of the facts may read and write a device node: its owner with rw, anyone with
// rw, or an ACL entry for their uid with rw.
bool userCanOpen(const Facts &f, const NodeFacts &n)
{
    const int mode = n.mode.toInt(nullptr, 8);
    if ((n.uid == f.uid && (mode & 0600) == 0600) || (mode & 0006) == 0006 || f.uid == 0)
        return true;
    for (const QString &a : n.acl) {
        if (a.startsWith(QStringLiteral("user:%1:").arg(f.uid))
            && a.section(QLatin1Char(':'), 2).startsWith(QLatin1String("rw")))
            return true;
    }
    return false;
}

// The class keyword is in the argument so that lupdate sees each check's class (it does not expand
// macros) and files its sentences under ChecksText's context.
// clang-format off
#define PLUGBOARD_CHECK(ClassDecl, Id, Sev)                                                         \
    ClassDecl : public Check                                                                        \
    {                                                                                               \
    public:                                                                                         \
        QString id() const override { return QStringLiteral(Id); }                                  \
        Severity severity() const override { return Severity::Sev; }                                \
        void run(const Facts &f, const Subject &s, Report &r) const override;                       \
    };
// clang-format on

// ---- Host layer ---------------------------------------------------------------------------------

// Proof: the kernel's over-current message for a port in question, or its over_current_count, AND
// the port lost its device (empty now, or a disconnect after the over-current). A count left from
// an earlier event on a port whose device works merely fits.
PLUGBOARD_CHECK(class PortOvercurrent, "host-port-overcurrent", High)
void PortOvercurrent::run(const Facts &f, const Subject &s, Report &r) const
{
    static const QRegularExpression re(QStringLiteral("usb (\\S+-port\\d+): over-current (condition|change)"));
    static const QRegularExpression disconnect(QStringLiteral("usb (\\d+-[\\d.]+): USB disconnect"));
    QMap<QString, QStringList> evidence; // port id -> evidence
    QMap<QString, bool> message;
    QSet<QString> ports; // the ports in question
    for (const host::UsbPort *p : subjectPorts(f, s)) {
        ports.insert(p->id);
        if (p->overCurrentCount.value_or(0) > 0)
            evidence[p->id].append(QStringLiteral("%1/over_current_count = %2").arg(p->id).arg(*p->overCurrentCount));
    }
    const bool anyPort = s.port.isEmpty() && s.device.isEmpty();
    QMap<QString, bool> lostDevice; // port id -> a disconnect of its device followed an over-current
    if (f.kernelLog) {
        QSet<QString> overCurrent;
        for (const QString &l : *f.kernelLog) {
            if (const auto m = re.match(l); m.hasMatch() && (anyPort || ports.contains(m.captured(1)))) {
                evidence[m.captured(1)].append(l.trimmed());
                message[m.captured(1)] = true;
                overCurrent.insert(m.captured(1));
            } else if (const auto d = disconnect.match(l); d.hasMatch()) {
                for (const QString &p : std::as_const(overCurrent)) {
                    if (deviceNameOnPort(p) == d.captured(1)) {
                        lostDevice[p] = true;
                        evidence[p].append(l.trimmed());
                    }
                }
            }
        }
    }
    for (auto it = evidence.cbegin(); it != evidence.cend(); ++it) {
        const host::UsbPort *p = f.topology.port(it.key());
        const bool empty = p ? p->deviceId.isEmpty() : true;
        if (!empty && !lostDevice.value(it.key()))
            continue; // its device is there and working: an old over-current, not this fault
        Subject sub = s;
        sub.port = it.key();
        r.findings.append(make(*this, message.value(it.key()) ? Evidence::Message : Evidence::State,
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

// Proof: the kernel's "insufficient available bus power" for a device in question; or a device in
// question that is authorized but unconfigured behind a bus-powered hub asked for more than it
// supplies. An empty bConfigurationValue alone merely fits: a de-authorized device has none either.
PLUGBOARD_CHECK(class InsufficientPower, "host-insufficient-bus-power", High)
void InsufficientPower::run(const Facts &f, const Subject &s, Report &r) const
{
    static const QRegularExpression re(
        QStringLiteral("rejected \\d+ configurations? due to insufficient available bus power"));
    static const QRegularExpression none(QStringLiteral("no configuration chosen from"));
    const QStringList names = namesInQuestion(f, s);
    QStringList evidence;
    Evidence strength = Evidence::Inference;
    if (const auto lines = grepAbout(f.kernelLog, re, names); lines && !lines->isEmpty()) {
        evidence += *lines;
        strength = Evidence::Message;
        if (const auto also = grepAbout(f.kernelLog, none, names))
            evidence += *also;
    }
    for (const UsbDevice *d : subjectDevices(f, s)) {
        if (d->configurationValue || d->isHub() || d->authorized == false)
            continue;
        const QString parent
            = f.topology.port(d->parentPortId) ? f.topology.port(d->parentPortId)->parentId : QString();
        const host::PowerBudget b = host::powerBudget(f.topology, parent);
        if (!b.isOver() || !b.busPowered)
            continue;
        evidence.append(ChecksText::tr("%1: bConfigurationValue is empty (the device is not configured)").arg(d->id));
        evidence.append(ChecksText::tr("%1: the bus-powered hub %2 supplies %3 mA, its devices ask for %4 mA")
                            .arg(d->id, parent)
                            .arg(b.availableMa)
                            .arg(b.requestedMa));
    }
    evidence.removeDuplicates();
    if (!evidence.isEmpty())
        r.findings.append(make(*this, strength,
            ChecksText::tr("A device did not get enough power from the USB bus, so it stays unconfigured."), s,
            evidence,
            {{QStringLiteral("user"),
                ChecksText::tr("Connect it directly to the computer or through a self-powered hub."), {}}}));
}

// Proof: the kernel's enumeration errors for a device in question (any device without a subject)
// that never came up since: no device there now, or no successful enumeration after the last
// error. An error from an earlier, slow insertion that then worked merely fits.
PLUGBOARD_CHECK(class EnumerationFailure, "host-enumeration-failure", High)
void EnumerationFailure::run(const Facts &f, const Subject &s, Report &r) const
{
    static const QRegularExpression re(
        QStringLiteral("device descriptor read/(64|8|all), error -\\d+|device not accepting address \\d+, error "
                       "-\\d+|unable to enumerate USB device|attempt power cycle|Cannot enable\\. Maybe the USB cable "
                       "is bad\\?"));
    static const QRegularExpression ok(QStringLiteral("New USB device found|new .*USB device number \\d+ using"));
    if (!f.kernelLog) {
        r.notChecked.append({id(), noLog(f)});
        return;
    }
    const QStringList names = namesInQuestion(f, s);
    QMap<QString, QStringList> errors; // kernel name -> its error lines
    QMap<QString, bool> recovered;
    for (const QString &l : *f.kernelLog) {
        const QString name = kernelName(l);
        if (name.isEmpty() || (!names.isEmpty() && !names.contains(name)))
            continue;
        if (re.match(l).hasMatch()) {
            errors[name].append(l.trimmed());
            recovered[name] = false;
        } else if (ok.match(l).hasMatch() && errors.contains(name)) {
            recovered[name] = true;
        }
    }
    QStringList evidence;
    for (auto it = errors.cbegin(); it != errors.cend(); ++it) {
        const UsbDevice *d = f.topology.device(it.key());
        if (d && recovered.value(it.key()))
            continue; // it came up in the end
        evidence += it.value();
    }
    if (evidence.isEmpty())
        return;
    r.findings.append(make(*this, Evidence::LogLine,
        ChecksText::tr(
            "The host could not read a device when it was plugged in (a cable, port or device fault, not a virtual "
            "machine problem)."),
        s, evidence,
        {{QStringLiteral("user"),
            ChecksText::tr(
                "Try another cable, another port or a powered hub. Error -71 is a protocol error (cable or hardware), "
                "-110 a timeout."),
            {}}}));
}

// Proof: the port's `disable` attribute is 1.
PLUGBOARD_CHECK(class PortDisabled, "host-port-disabled", Medium)
void PortDisabled::run(const Facts &f, const Subject &s, Report &r) const
{
    for (const host::UsbPort *p : subjectPorts(f, s)) {
        if (p->disabled != true)
            continue;
        Subject sub = s;
        sub.port = p->id;
        r.findings.append(make(*this, Evidence::State,
            ChecksText::tr("Port %1 is disabled, so nothing plugged into it is detected.").arg(p->id), sub,
            {QStringLiteral("%1/disable = 1").arg(p->id)},
            {{QStringLiteral("automatic"), ChecksText::tr("Enable the port (needs administrator rights)."),
                QStringLiteral("port-enable:") + p->id}}));
    }
}

// Proof: the kernel's message that the controller died — the subject's controller, or any when
// the subject's is unknown.
PLUGBOARD_CHECK(class ControllerDead, "host-controller-dead", Critical)
void ControllerDead::run(const Facts &f, const Subject &s, Report &r) const
{
    static const QRegularExpression re(
        QStringLiteral("xHCI host controller not responding, assume dead|HC died; cleaning up|host controller "
                       "halted|xHC not responding"));
    static const QRegularExpression pci(QStringLiteral("\\b([0-9a-f]{4}:[0-9a-f]{2}:[0-9a-f]{2}\\.[0-9a-f])\\b"));
    const auto lines = grepLog(f.kernelLog, re);
    if (!lines) {
        r.notChecked.append({id(), noLog(f)});
        return;
    }
    QString mine;
    if (!s.device.isEmpty())
        mine = f.topology.controllerOf(s.device);
    if (mine.isEmpty() && !s.port.isEmpty())
        mine = f.topology.controllerOf(s.port.section(QLatin1Char('+'), 0, 0));
    QStringList evidence;
    for (const QString &l : *lines) {
        const QString at = pci.match(l).captured(1);
        if (mine.isEmpty() || at.isEmpty() || at == mine)
            evidence.append(l);
    }
    if (!evidence.isEmpty())
        r.findings.append(make(*this, Evidence::Message,
            ChecksText::tr("A USB controller stopped responding; everything on it is gone."), s, evidence,
            {{QStringLiteral("root"),
                ChecksText::tr("Rebind the controller's driver (xhci_pci) or restart the computer."), {}}}));
}

// Proof: the kernel's bandwidth message about a device in question or its controller.
PLUGBOARD_CHECK(class Bandwidth, "host-bandwidth", Medium)
void Bandwidth::run(const Facts &f, const Subject &s, Report &r) const
{
    static const QRegularExpression re(
        QStringLiteral("Not enough bandwidth for|usb \\S+: .*error -28|cannot submit urb .*err = -28|bandwidth "
                       "(exceeded|overflow)"));
    static const QRegularExpression pci(QStringLiteral("\\b([0-9a-f]{4}:[0-9a-f]{2}:[0-9a-f]{2}\\.[0-9a-f])\\b"));
    const auto lines = grepLog(f.kernelLog, re);
    if (!lines) {
        r.notChecked.append({id(), noLog(f)});
        return;
    }
    const QStringList names = namesInQuestion(f, s);
    const QString mine = s.device.isEmpty() ? QString() : f.topology.controllerOf(s.device);
    QStringList evidence;
    for (const QString &l : *lines) {
        const QString name = kernelName(l), at = pci.match(l).captured(1);
        if (names.isEmpty() || names.contains(name) || (name.isEmpty() && (mine.isEmpty() || at == mine)))
            evidence.append(l);
    }
    if (!evidence.isEmpty())
        r.findings.append(make(*this, Evidence::Message,
            ChecksText::tr("The USB controller ran out of bandwidth (webcams and audio reserve it)."), s, evidence,
            {{QStringLiteral("user"),
                ChecksText::tr(
                    "Use a port on another USB controller; another port on the same controller does not help."),
                {}}}));
}

// Proof: the device in question suspends when idle (power/control = auto) AND it drops out or
// fails when used after that: the kernel logs it leaving or failing to resume, or a program gets
// I/O errors from its node. "auto" alone merely fits: most devices autosuspend harmlessly.
PLUGBOARD_CHECK(class Autosuspend, "host-autosuspend", Low)
void Autosuspend::run(const Facts &f, const Subject &s, Report &r) const
{
    static const QRegularExpression drop(
        QStringLiteral("USB disconnect|Failed to suspend device|failed to resume|resume error|"
                       "disabled by hub \\(EMI\\?\\)|runtime PM trying to activate"));
    static const QRegularExpression io(
        QStringLiteral("LIBUSB_ERROR_(IO|PIPE|NO_DEVICE)|Broken pipe|Input/output error|error -(32|71|110)"));
    if (s.device.isEmpty())
        return;
    const UsbDevice *d = f.topology.device(s.device);
    if (!d || d->powerControl != QLatin1String("auto"))
        return;
    QStringList evidence {QStringLiteral("%1/power/control = auto").arg(d->id)};
    if (const auto lines = grepAbout(f.kernelLog, drop, namesInQuestion(f, s)))
        evidence += *lines;
    // A program's I/O errors on this device: named by its node, or by "bus/device" ("libusb_open(1/56)").
    const QString node = nodeOf(*d);
    const QString busDev = QStringLiteral("(%1/%2)").arg(d->busnum.value_or(0)).arg(d->devnum.value_or(0));
    for (const QString &l : grepErrors(f, io, s)) {
        if (l.contains(node) || l.contains(busDev) || kernelName(l) == d->id)
            evidence.append(l);
    }
    if (evidence.size() < 2)
        return;
    r.findings.append(make(*this, Evidence::State,
        ChecksText::tr("The device may be suspended by the host when idle, and drop out."), s, evidence,
        {{QStringLiteral("automatic"), ChecksText::tr("Keep it powered (until it is replugged)."),
            QStringLiteral("power-on:") + d->id}}));
}

// ---- Device layer -------------------------------------------------------------------------------

// Proof: the device in question is a hub (class 09 or ports of its own).
PLUGBOARD_CHECK(class IsHub, "dev-is-hub", Medium)
void IsHub::run(const Facts &f, const Subject &s, Report &r) const
{
    if (s.device.isEmpty())
        return;
    const UsbDevice *d = f.topology.device(s.device);
    if (d && d->isHub())
        r.findings.append(make(*this, Evidence::State,
            ChecksText::tr("%1 is a USB hub; QEMU cannot pass a hub through.").arg(d->displayName()), s,
            {QStringLiteral("%1: bDeviceClass = %2, maxchild = %3")
                    .arg(d->id)
                    .arg(d->deviceClass.value_or(0), 2, 16, QLatin1Char('0'))
                    .arg(d->maxChild)},
            {{QStringLiteral("user"), ChecksText::tr("Pass the devices behind the hub instead, or assign its ports."),
                {}}}));
}

// Proof: a block device of the device in question is mounted or in use as swap.
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
        r.findings.append(make(*this, Evidence::State,
            ChecksText::tr("%1 is mounted on the host: passing it to a guest would yank the filesystem and lose data.")
                .arg(d->displayName()),
            sub, evidence,
            {{QStringLiteral("automatic"), ChecksText::tr("Unmount it safely first."),
                first.isEmpty() ? QString() : QStringLiteral("unmount:") + first}}));
    }
}

// Proof: the device's or an interface's `authorized` is 0 (the kernel's "not authorized for usage"
// names it outright).
PLUGBOARD_CHECK(class NotAuthorized, "dev-not-authorized", High)
void NotAuthorized::run(const Facts &f, const Subject &s, Report &r) const
{
    static const QRegularExpression said(QStringLiteral("Device is not authorized for usage"));
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
        Evidence strength = Evidence::State;
        if (const auto lines = grepAbout(f.kernelLog, said, {d->id}); lines && !lines->isEmpty()) {
            evidence += *lines;
            strength = Evidence::Message;
        }
        if (const host::UsbController *c = f.topology.controller(f.topology.controllerOf(d->id))) {
            for (const host::RootHub &h : c->rootHubs) {
                if (h.authorizedDefault && *h.authorizedDefault != 1)
                    evidence.append(QStringLiteral("%1/authorized_default = %2").arg(h.id).arg(*h.authorizedDefault));
            }
        }
        Subject sub = s;
        sub.device = d->id;
        r.findings.append(make(*this, strength,
            ChecksText::tr("%1 is present but not authorized, so no driver can use it.").arg(d->displayName()), sub,
            evidence,
            {{QStringLiteral("root"), ChecksText::tr("Authorize the device (needs administrator rights)."),
                QStringLiteral("authorize:") + d->id}}));
    }
}

// Proof, for a device in question: it left and came back by itself (within a second and a half:
// a reset, not a hand re-plugging it) at least twice as the same device (flapping); or it came
// back by itself and the guest in question still names what it was (its old device number or
// vid:pid). A device that switches identity on its own merely fits: a Coral, a DFU loader or an
// OAK camera does so on every boot, and a guest that names each identity follows it.
PLUGBOARD_CHECK(class Reenumerates, "dev-reenumerates", High)
void Reenumerates::run(const Facts &f, const Subject &s, Report &r) const
{
    static const QRegularExpression disconnect(
        QStringLiteral("(?:usb|usbip-host) (\\d+-[\\d.]+): USB disconnect, device number \\d+"));
    static const QRegularExpression connect(QStringLiteral("usb (\\d+-[\\d.]+): new .*USB device number \\d+"));
    static const QRegularExpression found(
        QStringLiteral("usb (\\d+-[\\d.]+): New USB device found, idVendor=([0-9a-f]{4}), idProduct=([0-9a-f]{4})"));
    static const QRegularExpression hint(QStringLiteral("disabled by hub \\(EMI\\?\\), re-enabling|\\[NO_DEVICE\\]"));
    constexpr double kByItself = 1.5; // seconds from disconnect to reconnect
    if (!f.kernelLog) {
        r.notChecked.append({id(), noLog(f)});
        return;
    }
    const QStringList names = namesInQuestion(f, s);
    struct Trace
    {
        QStringList lines;
        int flaps = 0; // came back by itself as the same device (or of unknown pace)
        int byItself = 0; // came back by itself, whatever as
        std::optional<double> leftAt;
        bool pending = false, quick = false;
        QString before; // its vid:pid when it left
        QStringList identities; // vid:pid in the order seen
    };
    QMap<QString, Trace> traces; // kernel name -> what the log says of it
    for (const QString &l : *f.kernelLog) {
        if (const auto m = disconnect.match(l); m.hasMatch()) {
            Trace &t = traces[m.captured(1)];
            t.pending = true;
            t.leftAt = logTime(l);
            t.before = t.identities.isEmpty() ? QString() : t.identities.last();
            t.lines.append(l.trimmed());
        } else if (const auto c = connect.match(l); c.hasMatch() && traces.value(c.captured(1)).pending) {
            Trace &t = traces[c.captured(1)];
            t.pending = false;
            const auto at = logTime(l);
            t.quick = !(t.leftAt && at && *at >= *t.leftAt && *at - *t.leftAt > kByItself);
            t.byItself += t.quick;
            t.flaps += t.quick; // taken back below if it came back as another device
            t.lines.append(l.trimmed());
        } else if (const auto n = found.match(l); n.hasMatch()) {
            Trace &t = traces[n.captured(1)];
            const QString id = n.captured(2) + QLatin1Char(':') + n.captured(3);
            if (t.identities.isEmpty() || t.identities.last() != id)
                t.identities.append(id);
            if (t.quick && !t.before.isEmpty() && t.before != id)
                --t.flaps, t.quick = false;
            if (!t.lines.isEmpty())
                t.lines.append(l.trimmed());
        } else if (const QString name = kernelName(l); !name.isEmpty() && hint.match(l).hasMatch()) {
            traces[name].lines.append(l.trimmed());
        }
    }
    // What the guest in question still names: an address the device no longer has, or its old vid:pid.
    QStringList stale;
    const UsbDevice *d = s.device.isEmpty() ? nullptr : f.topology.device(s.device);
    const QStringList old
        = d ? traces.value(d->id).identities.mid(0, traces.value(d->id).identities.size() - 1) : QStringList();
    if (const DomainFacts *dom = subjectDomain(f, s); d && dom) {
        for (const libvirt::DomainUsb *usb : {&dom->usb, dom->inactive ? &*dom->inactive : nullptr}) {
            for (const libvirt::HostdevDef &h : usb ? usb->allHostdevs() : QList<libvirt::HostdevDef> {}) {
                if (h.bus && h.device && libvirt::isMeantFor(h, *d, f.topology)
                    && libvirt::heldDevice(h, f.topology) != d)
                    stale.append(ChecksText::tr("%1 pins %2:%3 at bus %4 device %5; it is now device %6")
                                     .arg(dom->id(), h.vendorId, h.productId)
                                     .arg(*h.bus)
                                     .arg(*h.device)
                                     .arg(d->devnum.value_or(0)));
                else if (old.contains(h.vendorId + QLatin1Char(':') + h.productId)
                    && !libvirt::heldDevice(h, f.topology))
                    stale.append(ChecksText::tr("%1 names %2:%3, which the device was before it came back as %4:%5")
                                     .arg(dom->id(), h.vendorId, h.productId, d->vendorId, d->productId));
            }
        }
    } else if (const VmwareFacts *vm = s.guest.isEmpty() ? nullptr : f.vmwareGuest(s.guest); d && vm) {
        // A VM whose automatic connection rules name what it was, and not what it is now.
        auto ruled = [&](const QString &vidpid) {
            for (auto it = vm->keys.cbegin(); it != vm->keys.cend(); ++it) {
                if (it.key().startsWith(QLatin1String("usb.autoconnect.device"))
                    && it.value().contains(QStringLiteral("vid:0x") + vidpid.left(4), Qt::CaseInsensitive)
                    && it.value().contains(QStringLiteral("pid:0x") + vidpid.mid(5), Qt::CaseInsensitive))
                    return true;
            }
            return false;
        };
        const QString now = d->vendorId + QLatin1Char(':') + d->productId;
        for (const QString &was : old) {
            if (ruled(was) && !ruled(now))
                stale.append(ChecksText::tr("%1 connects %2 automatically, which the device was before it came back "
                                            "as %3")
                                 .arg(vm->path, was, now));
        }
    }
    stale.removeDuplicates();
    for (auto it = traces.cbegin(); it != traces.cend(); ++it) {
        if (!names.isEmpty() && !names.contains(it.key()))
            continue;
        const Trace &t = it.value();
        const QStringList pinned = d && it.key() == d->id && t.byItself > 0 ? stale : QStringList();
        if (t.flaps < 2 && pinned.isEmpty())
            continue; // a hand re-plugging it, a mode switch the guest follows: normal
        QStringList ev = pinned + t.lines;
        if (t.identities.size() > 1)
            ev.prepend(ChecksText::tr("%1 came back as another device: %2")
                           .arg(it.key(), t.identities.join(QStringLiteral(" → "))));
        Subject sub = s;
        sub.device = it.key();
        const QString title = t.flaps >= 2
            ? ChecksText::tr("The device at %1 keeps disconnecting and coming back (a reset or mode switch), which "
                             "breaks passthrough.")
                  .arg(it.key())
            : ChecksText::tr("The device at %1 left and came back as a new device; the guest still points at "
                             "the old one.")
                  .arg(it.key());
        r.findings.append(make(*this, t.flaps >= 2 ? Evidence::LogLine : Evidence::State, title, sub, ev,
            {{QStringLiteral("automatic"),
                ChecksText::tr("Detach and re-attach it; an assignment re-attaches it by itself."),
                QStringLiteral("reattach:") + it.key()}}));
    }
}

// Proof: a process holds the device's node open — not the subject guest's own QEMU while it
// holds the device by its <hostdev>.
PLUGBOARD_CHECK(class HeldByOther, "dev-held-by-other-process", Medium)
void HeldByOther::run(const Facts &f, const Subject &s, Report &r) const
{
    if (!f.openDeviceNodes) {
        r.notChecked.append({id(), ChecksText::tr("which processes hold device nodes open was not recorded")});
        return;
    }
    const DomainFacts *dom = subjectDomain(f, s);
    for (const UsbDevice *d : subjectDevices(f, s)) {
        bool ownGuest = false;
        if (dom && isRunning(*dom)) {
            for (const libvirt::HostdevDef &h : dom->usb.allHostdevs())
                ownGuest = ownGuest || libvirt::heldDevice(h, f.topology) == d;
        }
        QStringList evidence;
        for (const QString &h : f.openDeviceNodes->value(nodeOf(*d))) {
            if (ownGuest && h.section(QLatin1Char(' '), 1).startsWith(QLatin1String("qemu")))
                continue;
            evidence.append(ChecksText::tr("%1 is held open by process %2").arg(nodeOf(*d), h));
        }
        if (evidence.isEmpty())
            continue;
        Subject sub = s;
        sub.device = d->id;
        r.findings.append(make(*this, Evidence::State,
            ChecksText::tr("Another program is using %1.").arg(d->displayName()), sub, evidence,
            {{QStringLiteral("user"),
                ChecksText::tr(
                    "Stop that program (another virtual machine, pcscd, ModemManager, fwupd …) and try again."),
                {}}}));
    }
}

// QEMU's speed rules (hw/usb/bus.c): a SuperSpeed device may run on a high-speed port only without
// isochronous endpoints, bulk streams or interrupt endpoints over 1024 bytes; a full-speed device
// on EHCI only with interrupt endpoints of at most 64 bytes, and only with UHCI companions.
// Proof: QEMU's own "speed mismatch", or those rules over the device's descriptors and the guest's
// controllers (an inference).
PLUGBOARD_CHECK(class SpeedVsController, "dev-speed-vs-controller", High)
void SpeedVsController::run(const Facts &f, const Subject &s, Report &r) const
{
    static const QRegularExpression re(QStringLiteral("speed mismatch trying to attach usb device"));
    const Fix fix {QStringLiteral("user"),
        ChecksText::tr("Switch the guest's controller to qemu-xhci (takes effect at next start)."),
        QStringLiteral("controller-qemu-xhci")};
    const QStringList lines = grepErrors(f, re, s);
    if (!lines.isEmpty()) {
        r.findings.append(make(*this, Evidence::Message,
            ChecksText::tr("QEMU refused a device because the guest's USB controller is slower than the device."), s,
            lines, {fix}));
        return;
    }
    const DomainFacts *dom = subjectDomain(f, s);
    if (s.device.isEmpty() || !dom)
        return;
    const UsbDevice *d = f.topology.device(s.device);
    if (!d || !d->speedMbps)
        return;
    const QList<libvirt::UsbControllerDef> controllers = dom->usb.controllers + dom->usb.commandLineControllers;
    int best = 0;
    bool companions = false;
    for (const libvirt::UsbControllerDef &c : controllers) {
        best = qMax(best, c.generation());
        companions = companions || c.isCompanion();
    }
    if (controllers.isEmpty() || dom->usb.usbDisabled() || best == 3)
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
    for (const libvirt::UsbControllerDef &c : controllers)
        evidence.append(ChecksText::tr("guest controller %1 (index %2)")
                            .arg(c.model.isEmpty() ? ChecksText::tr("default (piix3-uhci)") : c.model)
                            .arg(c.index));
    r.findings.append(make(*this, Evidence::Inference,
        ChecksText::tr("The guest's USB controller cannot serve this device: %1.").arg(why), s, evidence, {fix}));
}

// ---- KVM / libvirt ------------------------------------------------------------------------------

// Proof (an inference from an absence): the device in question is plugged in and the guest in
// question has no <hostdev> meant for it (live or persistent) and no redirection channel.
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
    if (!d || !dom->usb.error.isEmpty())
        return;
    // A redirected device is opened by the program that redirects it (the SPICE client, usbredirserver):
    // with channels but no such holder of its node, nothing redirects it. Without the list of open
    // nodes, a channel may be carrying it.
    static const QStringList redirectors {QStringLiteral("remote-viewer"), QStringLiteral("virt-viewer"),
        QStringLiteral("virt-manager"), QStringLiteral("gnome-boxes"), QStringLiteral("spicy"),
        QStringLiteral("usbredirserver"), QStringLiteral("usbredirect"), QStringLiteral("spice-client")};
    bool redirected = !f.openDeviceNodes;
    for (const QString &h : f.openDeviceNodes ? f.openDeviceNodes->value(nodeOf(*d)) : QStringList()) {
        const QString comm = h.section(QLatin1Char(' '), 1);
        redirected = redirected || std::any_of(redirectors.cbegin(), redirectors.cend(), [&](const QString &p) {
            return comm.startsWith(p);
        });
    }
    auto matches = [&](const libvirt::DomainUsb &usb) {
        for (const libvirt::HostdevDef &h : usb.allHostdevs()) {
            if (libvirt::isMeantFor(h, *d, f.topology))
                return true;
        }
        return !usb.redirdevs.isEmpty() && redirected;
    };
    if (matches(dom->usb) || (dom->inactive && matches(*dom->inactive)))
        return;
    r.findings.append(make(*this, Evidence::Inference,
        ChecksText::tr("%1 is not given to %2 at all.").arg(d->displayName(), dom->name), s,
        {ChecksText::tr("no <hostdev> for %1:%2 and no <redirdev> in %3").arg(d->vendorId, d->productId, dom->id())},
        {{QStringLiteral("automatic"), ChecksText::tr("Attach it (live and persistent)."),
            QStringLiteral("attach:") + d->id}}));
}

// Proof: libvirt's "in use by driver QEMU, domain …", or another running guest whose live
// <hostdev> holds this very device (an identical twin pinned by its address is another device).
PLUGBOARD_CHECK(class InUseOtherDomain, "kvm-in-use-other-domain", Medium)
void InUseOtherDomain::run(const Facts &f, const Subject &s, Report &r) const
{
    static const QRegularExpression re(
        QStringLiteral("USB device (\\d+):(\\d+) is in use by driver \\S+,? domain (\\S+)"));
    const UsbDevice *d = s.device.isEmpty() ? nullptr : f.topology.device(s.device);
    QStringList evidence;
    Evidence strength = Evidence::State;
    for (const QString &l : grepErrors(f, re, s)) {
        const auto m = re.match(l);
        // When the message names a device that is here and is not the one in question, it is about
        // another device (the other guest holds a twin, or an earlier attempt).
        const UsbDevice *named = deviceAt(f, m.captured(1).toInt(), m.captured(2).toInt());
        if (d && named && named != d)
            continue;
        evidence.append(l);
        strength = Evidence::Message;
    }
    if (d && f.libvirt) {
        for (const LibvirtFacts &l : *f.libvirt) {
            for (const DomainFacts &dom : l.domains) {
                if (dom.id() == s.guest || dom.name == s.guest || !isRunning(dom))
                    continue;
                for (const libvirt::HostdevDef &h : dom.usb.allHostdevs()) {
                    if (libvirt::heldDevice(h, f.topology) == d)
                        evidence.append(
                            ChecksText::tr("%1 has <hostdev> %2:%3").arg(dom.id(), h.vendorId, h.productId));
                }
            }
        }
    }
    if (!evidence.isEmpty())
        r.findings.append(
            make(*this, strength, ChecksText::tr("The device is already given to another guest."), s, evidence,
                {{QStringLiteral("user"), ChecksText::tr("Detach it from that guest first, or move it."),
                    QStringLiteral("move")}}));
}

// Proof: the guest in question has <controller type='usb' model='none'/>, or libvirt said so.
PLUGBOARD_CHECK(class UsbDisabled, "kvm-usb-disabled", High)
void UsbDisabled::run(const Facts &f, const Subject &s, Report &r) const
{
    QStringList evidence = grepErrors(
        f, QRegularExpression(QStringLiteral("USB is disabled for this domain|USB controller model 'none'")), s);
    Evidence strength = evidence.isEmpty() ? Evidence::State : Evidence::Message;
    if (const DomainFacts *dom = subjectDomain(f, s); dom && dom->usb.usbDisabled())
        evidence.append(ChecksText::tr("%1: <controller type='usb' model='none'/>").arg(dom->id()));
    if (!evidence.isEmpty())
        r.findings.append(make(*this, strength, ChecksText::tr("USB is disabled in this guest."), s, evidence,
            {{QStringLiteral("user"), ChecksText::tr("Add a qemu-xhci USB controller to the guest and restart it."),
                QStringLiteral("controller-qemu-xhci")}}));
}

// Proof: libvirt's or QEMU's "No free USB ports", or a guest in question whose ports are all taken
// while the device in question is not among them (a full guest that has the device is fine).
PLUGBOARD_CHECK(class NoFreePorts, "kvm-no-free-ports", Medium)
void NoFreePorts::run(const Facts &f, const Subject &s, Report &r) const
{
    QStringList evidence = grepErrors(
        f, QRegularExpression(QStringLiteral("No free USB ports|controller only supports up to|no free usb port")), s);
    const Evidence strength = evidence.isEmpty() ? Evidence::Inference : Evidence::Message;
    const DomainFacts *dom = subjectDomain(f, s);
    const UsbDevice *d = s.device.isEmpty() ? nullptr : f.topology.device(s.device);
    if (dom && d && !dom->usb.usbDisabled() && !dom->usb.controllers.isEmpty()
        && dom->usb.usedPorts() >= dom->usb.totalPorts()) {
        const QList<libvirt::HostdevDef> given = dom->usb.allHostdevs();
        const bool has = std::any_of(given.cbegin(), given.cend(), [&](const libvirt::HostdevDef &h) {
            return libvirt::isMeantFor(h, *d, f.topology);
        });
        if (!has)
            evidence.append(ChecksText::tr("%1 uses %2 of %3 USB ports")
                                .arg(dom->id())
                                .arg(dom->usb.usedPorts())
                                .arg(dom->usb.totalPorts()));
    }
    if (!evidence.isEmpty())
        r.findings.append(make(*this, strength, ChecksText::tr("The guest has no free USB port."), s, evidence,
            {{QStringLiteral("user"),
                ChecksText::tr("Set ports='15' on its qemu-xhci controller or add a USB hub, then restart the guest."),
                {}}}));
}

// Proof: QEMU's or libvirt's own words ("'usb-host' is not a valid device model name", "USB
// redirection is not supported by this version of QEMU"), or domain capabilities without USB host
// devices (and without redirection, for a guest in question that uses it).
PLUGBOARD_CHECK(class QemuCapability, "kvm-qemu-capability", Medium)
void QemuCapability::run(const Facts &f, const Subject &s, Report &r) const
{
    QStringList evidence = grepErrors(f,
        QRegularExpression(
            QStringLiteral("'usb-host' is not a valid device model name|USB redirection is not supported "
                           "by this version of QEMU|'usb-redir' is not a valid device model name")),
        s);
    Evidence strength = evidence.isEmpty() ? Evidence::State : Evidence::Message;
    const DomainFacts *dom = subjectDomain(f, s);
    const bool redirects = dom && !dom->usb.redirdevs.isEmpty();
    if (f.libvirt) {
        for (const LibvirtFacts &l : *f.libvirt) {
            if (l.domcapabilities.isEmpty() || !l.uri.startsWith(QLatin1String("qemu")) || (dom && dom->uri != l.uri))
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
            if ((redirects || !dom) && !redir.isNull()
                && redir.attribute(QStringLiteral("supported")) == QLatin1String("no"))
                evidence.append(ChecksText::tr("%1 domcapabilities: <redirdev supported='no'>").arg(l.uri));
        }
    }
    if (!evidence.isEmpty())
        r.findings.append(
            make(*this, strength, ChecksText::tr("This QEMU lacks USB passthrough or redirection."), s, evidence,
                {{QStringLiteral("root"),
                    ChecksText::tr("Install your distribution's QEMU USB modules (usb-host, usbredir)."), {}}}));
}

// Proof: the guest in question is a qemu:///session guest AND its node is not readable and writable
// by the user (owner, mode, ACL), or its QEMU said "Permission denied" opening it. A "Permission
// denied" of a system guest, or one an AppArmor or SELinux denial explains, is not this.
PLUGBOARD_CHECK(class SessionNodeAccess, "kvm-session-node-access", High)
void SessionNodeAccess::run(const Facts &f, const Subject &s, Report &r) const
{
    const DomainFacts *dom = subjectDomain(f, s);
    if (!dom || !isSessionUri(dom->uri))
        return;
    const UsbDevice *d = s.device.isEmpty() ? nullptr : f.topology.device(s.device);
    QStringList evidence = grepErrors(f,
        QRegularExpression(QStringLiteral("(failed to open|Could not open|cannot open) '?/dev/bus/usb/\\d+/\\d+'?:? "
                                          "Permission denied|libusb couldn't open USB device .*(errno=13|"
                                          "Permission denied|Operation not permitted)|LIBUSB_ERROR_ACCESS")),
        s);
    const Evidence strength = evidence.isEmpty() ? Evidence::State : Evidence::LogLine;
    if (d && f.deviceNodes) {
        if (const auto it = f.deviceNodes->constFind(nodeOf(*d)); it != f.deviceNodes->constEnd()) {
            const NodeFacts &n = *it;
            if (!userCanOpen(f, n))
                evidence.append(ChecksText::tr("%1: owner %2, mode %3, no ACL for uid %4")
                                    .arg(it.key())
                                    .arg(n.uid)
                                    .arg(n.mode)
                                    .arg(f.uid));
        }
    } else if (d && evidence.isEmpty()) {
        r.notChecked.append({id(), ChecksText::tr("device node permissions were not recorded")});
    }
    if (!evidence.isEmpty())
        r.findings.append(make(*this, strength,
            ChecksText::tr("Your own (qemu:///session) guest cannot open the device: its node is not writable by you."),
            s, evidence,
            {{QStringLiteral("root"),
                ChecksText::tr(
                    "Add a udev rule with TAG+=\"uaccess\" for the device, or use qemu:///system, or SPICE USB "
                    "redirection."),
                {}}}));
}

// ---- Security -----------------------------------------------------------------------------------

// Proof: USBGuard's own device list says `block` for the device in question (any device without a
// subject).
PLUGBOARD_CHECK(class UsbguardBlock, "sec-usbguard-block", High)
void UsbguardBlock::run(const Facts &f, const Subject &s, Report &r) const
{
    if (!f.usbguardDevices) {
        const bool active = f.services && f.services->value(QStringLiteral("usbguard")) == QLatin1String("active");
        if (active)
            r.notChecked.append({id(), ChecksText::tr("usbguard runs but its device list could not be read")});
        return;
    }
    const UsbDevice *d = s.device.isEmpty() ? nullptr : f.topology.device(s.device);
    QStringList evidence;
    for (const QString &l : f.usbguardDevices->split(QLatin1Char('\n'))) {
        if (!l.contains(QLatin1String(": block")) && !l.contains(QLatin1String(": reject")))
            continue;
        if (!d || l.contains(d->vendorId + QLatin1Char(':') + d->productId))
            evidence.append(l.trimmed());
    }
    const QString conf = f.configFiles.value(QStringLiteral("/etc/usbguard/usbguard-daemon.conf"));
    if (!evidence.isEmpty()
        && conf.contains(
            QRegularExpression(QStringLiteral("^ImplicitPolicyTarget=block"), QRegularExpression::MultilineOption)))
        evidence.append(QStringLiteral("/etc/usbguard/usbguard-daemon.conf: ImplicitPolicyTarget=block"));
    if (!evidence.isEmpty())
        r.findings.append(
            make(*this, Evidence::Message, ChecksText::tr("USBGuard blocks the device by policy."), s, evidence,
                {{QStringLiteral("root"),
                    ChecksText::tr("Allow it with 'usbguard allow-device' (add -p to make it permanent)."), {}}}));
}

// Proof: a rule that de-authorizes USB devices matches a device in question that is de-authorized;
// or a rule that sets MODE/OWNER/GROUP on USB devices matches one whose node a session guest
// cannot open. A rule on a machine where nothing is affected merely fits.
PLUGBOARD_CHECK(class UdevConflict, "sec-udev-conflict", Medium)
void UdevConflict::run(const Facts &f, const Subject &s, Report &r) const
{
    static const QRegularExpression deauth(QStringLiteral("ATTR\\{authorized(_default)?\\}\\s*=\\s*\"0\""));
    static const QRegularExpression perms(QStringLiteral("(MODE|OWNER|GROUP)\\s*:?=\\s*\""));
    static const QRegularExpression usb(QStringLiteral("SUBSYSTEMS?==\"usb\""));
    const QList<const UsbDevice *> devices = subjectDevices(f, s);
    const DomainFacts *dom = subjectDomain(f, s);
    QStringList evidence;
    for (auto it = f.udevRules.cbegin(); it != f.udevRules.cend(); ++it) {
        int n = 0;
        for (const QString &raw : it.value().split(QLatin1Char('\n'))) {
            ++n;
            const QString line = raw.trimmed();
            if (line.startsWith(QLatin1Char('#')) || line.isEmpty())
                continue;
            const bool deauthorizes = deauth.match(line).hasMatch();
            const bool setsPerms = perms.match(line).hasMatch() && usb.match(line).hasMatch();
            if (!deauthorizes && !setsPerms)
                continue;
            for (const UsbDevice *d : devices) {
                if (!ruleMatches(line, *d))
                    continue;
                // A permission rule matters where a session guest cannot open the node it set.
                const auto node
                    = f.deviceNodes ? f.deviceNodes->constFind(nodeOf(*d)) : QMap<QString, NodeFacts>::const_iterator();
                const bool affected = deauthorizes ? d->authorized == false
                                                   : dom && isSessionUri(dom->uri) && d->id == s.device && f.deviceNodes
                        && node != f.deviceNodes->constEnd() && !userCanOpen(f, *node);
                if (affected) {
                    evidence.append(QStringLiteral("%1:%2: %3").arg(it.key()).arg(n).arg(line));
                    break;
                }
            }
        }
    }
    if (!evidence.isEmpty())
        r.findings.append(
            make(*this, Evidence::State, ChecksText::tr("A udev rule de-authorizes USB devices."), s, evidence,
                {{QStringLiteral("root"), ChecksText::tr("Edit or remove that rule, then re-plug the device."), {}}}));
}

// Proof: the device's driver is usbip-host (exported over the network).
PLUGBOARD_CHECK(class Usbip, "net-usbip", Medium)
void Usbip::run(const Facts &f, const Subject &s, Report &r) const
{
    for (const UsbDevice *d : subjectDevices(f, s)) {
        if (d->driver != QLatin1String("usbip-host"))
            continue;
        Subject sub = s;
        sub.device = d->id;
        r.findings.append(make(*this, Evidence::State,
            ChecksText::tr("%1 is exported over the network with usbip, so it is not usable here.")
                .arg(d->displayName()),
            sub, {QStringLiteral("%1/driver -> usbip-host").arg(d->id)},
            {{QStringLiteral("root"), ChecksText::tr("Run 'usbip unbind --busid %1'.").arg(d->id), {}}}));
    }
}

// Proof: the kernel's "usbfs: interface N claimed by DRIVER while 'qemu…' sets config", or a
// running guest in question holds the device while an interface stays bound to a host driver.
PLUGBOARD_CHECK(class HostDriverKept, "dev-host-driver-kept", Medium)
void HostDriverKept::run(const Facts &f, const Subject &s, Report &r) const
{
    QStringList evidence = grepErrors(f,
        QRegularExpression(QStringLiteral("usbfs: interface \\d+ claimed by \\S+ while '\\S+' sets config #\\d+")), s);
    const Evidence strength = evidence.isEmpty() ? Evidence::State : Evidence::Message;
    const DomainFacts *dom = subjectDomain(f, s);
    const UsbDevice *d = s.device.isEmpty() ? nullptr : f.topology.device(s.device);
    if (dom && d && isRunning(*dom)) {
        bool attached = false;
        for (const libvirt::HostdevDef &h : dom->usb.allHostdevs())
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
    r.findings.append(make(*this, strength,
        ChecksText::tr("A host driver kept part of the device, so it only half works in the guest."), s, evidence,
        {{QStringLiteral("root"),
            hid ? ChecksText::tr("Unbind that interface's driver — careful: this is a keyboard or mouse the host uses.")
                : ChecksText::tr("Unbind that interface's driver (needs administrator rights)."),
            QStringLiteral("unbind")}}));
}

// Proof: a system guest's QEMU (or the error the user hit) could not open a device node:
// "Operation not permitted" or "No such file or directory" after a replug. qemu.conf's changed
// ownership settings back it; alone they merely fit.
PLUGBOARD_CHECK(class SystemDac, "kvm-system-dac-or-namespace", Medium)
void SystemDac::run(const Facts &f, const Subject &s, Report &r) const
{
    const DomainFacts *dom = subjectDomain(f, s);
    if (dom && isSessionUri(dom->uri))
        return;
    const QStringList errors = grepErrors(f,
        QRegularExpression(
            QStringLiteral("/dev/bus/usb/\\d+/\\d+.*(Operation not permitted|No such file or directory)")),
        s);
    if (errors.isEmpty())
        return; // a changed qemu.conf alone is not a fault; it explains one
    QStringList evidence;
    const QString conf = f.configFiles.value(QStringLiteral("/etc/libvirt/qemu.conf"));
    static const QRegularExpression dac(QStringLiteral("^\\s*(dynamic_ownership\\s*=\\s*0|user\\s*=.*|group\\s*=.*)$"),
        QRegularExpression::MultilineOption);
    for (auto it = dac.globalMatch(conf); it.hasNext();)
        evidence.append(QStringLiteral("/etc/libvirt/qemu.conf: ") + it.next().captured(0).trimmed());
    r.findings.append(make(*this, Evidence::LogLine,
        ChecksText::tr("The system guest lost access to the device after it was re-plugged."), s, errors + evidence,
        {{QStringLiteral("automatic"),
             ChecksText::tr("Re-attach the device through libvirt so it sets the node's owner and namespace again."),
             QStringLiteral("reattach")},
            {QStringLiteral("root"),
                ChecksText::tr("Check user, group and dynamic_ownership in /etc/libvirt/qemu.conf."), {}}}));
}

// Proof: the guest's driver reset the device in question again and again (three resets or more).
PLUGBOARD_CHECK(class GuestResetSensitive, "kvm-guest-reset-sensitive", Low)
void GuestResetSensitive::run(const Facts &f, const Subject &s, Report &r) const
{
    static const QRegularExpression re(
        QStringLiteral("reset (?:low|full|high|wireless|Super)[\\w -]*?[Ss]peed(?: Plus)?(?: Gen \\w+)? USB device "
                       "number \\d+"));
    const auto lines = grepAbout(f.kernelLog, re, namesInQuestion(f, s));
    if (!lines)
        return;
    QMap<QString, QStringList> byDevice;
    for (const QString &l : *lines)
        byDevice[kernelName(l)].append(l);
    for (auto it = byDevice.cbegin(); it != byDevice.cend(); ++it) {
        if (it.value().size() < 3)
            continue; // every enumeration resets a device once or twice
        Subject sub = s;
        if (!it.key().isEmpty())
            sub.device = it.key();
        r.findings.append(make(*this, Evidence::LogLine,
            ChecksText::tr("The guest's driver resets the device, which can make it vanish."), sub, it.value(),
            {{QStringLiteral("user"), ChecksText::tr("Set <source guestReset='off'> on the device."), {}}}));
    }
}

// ---- SPICE, network USB -------------------------------------------------------------------------

// Proof: the client's or libvirt's own words ("not configured for USB redirection", "no free USB
// channels"). A SPICE guest without a spicevmc channel merely fits: it may use <hostdev>.
PLUGBOARD_CHECK(class RedirNoChannel, "redir-no-channel", High)
void RedirNoChannel::run(const Facts &f, const Subject &s, Report &r) const
{
    QStringList evidence = grepErrors(
        f, QRegularExpression(QStringLiteral("not configured for USB redirection|no free USB channels")), s);
    if (evidence.isEmpty())
        return;
    if (const DomainFacts *dom = subjectDomain(f, s); dom && dom->usb.spiceGraphics) {
        int channels = 0;
        for (const libvirt::RedirdevDef &d : dom->usb.redirdevs)
            channels += d.type == QLatin1String("spicevmc") ? 1 : 0;
        if (channels == 0)
            evidence.append(
                ChecksText::tr("%1 has SPICE graphics but no <redirdev bus='usb' type='spicevmc'/>").arg(dom->id()));
    }
    r.findings.append(make(*this, Evidence::Message,
        ChecksText::tr("The guest has no free SPICE USB redirection channel."), s, evidence,
        {{QStringLiteral("user"),
            ChecksText::tr(
                "Add one <redirdev bus='usb' type='spicevmc'/> per device to redirect at once (each takes a USB "
                "port)."),
            QStringLiteral("spice-channel")}}));
}

// Proof: "Error setting USB device node ACL" (the helper's state shows why).
PLUGBOARD_CHECK(class RedirAclHelper, "redir-acl-helper", High)
void RedirAclHelper::run(const Facts &f, const Subject &s, Report &r) const
{
    QStringList evidence = grepErrors(f,
        QRegularExpression(QStringLiteral("Error setting USB device node ACL|spice-client-glib-usb-acl-helper.*(not "
                                          "found|No such file|Permission denied)")),
        s);
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
    r.findings.append(make(*this, Evidence::Message,
        ChecksText::tr("The SPICE client could not get access to the device node."), s, evidence,
        {{QStringLiteral("root"),
            ChecksText::tr("Reinstall the spice-client-glib USB ACL helper (it must be setuid root) and allow polkit's "
                           "org.spice-space.lowlevelusbaccess."),
            {}}}));
}

// Proof: the first rule of the redirecting guest's <redirfilter> that matches the device refuses it
// (version is bcdDevice, as libvirt defines it).
PLUGBOARD_CHECK(class RedirFilter, "redir-filter", Low)
void RedirFilter::run(const Facts &f, const Subject &s, Report &r) const
{
    const DomainFacts *dom = subjectDomain(f, s);
    const UsbDevice *d = s.device.isEmpty() ? nullptr : f.topology.device(s.device);
    if (!dom || !d || dom->usb.redirFilter.isEmpty() || dom->usb.redirdevs.isEmpty())
        return;
    const int vid = d->vendorId.toInt(nullptr, 16), pid = d->productId.toInt(nullptr, 16);
    const QList<quint8> classes = host::interfaceClasses(*d) + QList<quint8> {d->deviceClass.value_or(0)};
    QString bcdDevice;
    if (d->descriptors)
        bcdDevice = QStringLiteral("%1.%2")
                        .arg(d->descriptors->bcdDevice >> 8, 0, 16)
                        .arg(d->descriptors->bcdDevice & 0xff, 2, 16, QLatin1Char('0'));
    // The first matching rule decides, as in usbredir.
    for (const libvirt::RedirFilterRule &rule : dom->usb.redirFilter) {
        const bool match = (rule.cls < 0 || classes.contains(quint8(rule.cls)))
            && (rule.vendor < 0 || rule.vendor == vid) && (rule.product < 0 || rule.product == pid)
            && (rule.version.isEmpty() || rule.version == bcdDevice || rule.version == d->usbVersion);
        if (!match)
            continue;
        if (!rule.allow)
            r.findings.append(
                make(*this, Evidence::State, ChecksText::tr("The guest's redirection filter refuses this device."), s,
                    {ChecksText::tr("<usbdev class='%1' vendor='%2' product='%3' allow='no'/> matches %4:%5")
                            .arg(rule.cls)
                            .arg(rule.vendor)
                            .arg(rule.product)
                            .arg(d->vendorId, d->productId)},
                    {{QStringLiteral("user"), ChecksText::tr("Edit the guest's <redirfilter> to allow it."), {}}}));
        return;
    }
    // No rule matches: usbredir refuses what a filter does not allow.
    r.findings.append(
        make(*this, Evidence::State, ChecksText::tr("The guest's redirection filter refuses this device."), s,
            {ChecksText::tr("no rule of %1's <redirfilter> allows %2:%3").arg(dom->id(), d->vendorId, d->productId)},
            {{QStringLiteral("user"), ChecksText::tr("Edit the guest's <redirfilter> to allow it."), {}}}));
}

// ---- VMware and environment ---------------------------------------------------------------------

// Proof: another VM's usb.autoConnect.deviceN rule names the device (an empty rule is no rule).
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
        r.findings.append(make(*this, Evidence::State,
            ChecksText::tr("Another VMware VM connects this device automatically and may grab it first."), s, evidence,
            {{QStringLiteral("user"), ChecksText::tr("Remove that VM's automatic connection rule (with that VM off)."),
                {}}}));
}

// Proof: the VM's .vmx lacks the controller the device's speed needs (usb.present, ehci.present,
// usb_xhci.present with hardware version 8 or later).
PLUGBOARD_CHECK(class VmwareController, "vmw-controller-or-hwversion", High)
void VmwareController::run(const Facts &f, const Subject &s, Report &r) const
{
    const VmwareFacts *vm = s.guest.isEmpty() ? nullptr : f.vmwareGuest(s.guest);
    if (!vm || vm->keys.isEmpty())
        return;
    auto on = [&](const char *k) {
        return vm->keys.value(QLatin1String(k)).compare(QLatin1String("TRUE"), Qt::CaseInsensitive) == 0;
    };
    const UsbDevice *d = s.device.isEmpty() ? nullptr : f.topology.device(s.device);
    QStringList evidence;
    const int hw = vm->keys.value(QStringLiteral("virtualhw.version")).toInt();
    if (!on("usb.present"))
        evidence.append(ChecksText::tr("usb.present is not \"TRUE\""));
    else if (d && d->speedMbps.value_or(0) >= 480 && !on("ehci.present") && !on("usb_xhci.present"))
        evidence.append(ChecksText::tr("a high-speed device, and ehci.present is not \"TRUE\""));
    else if (d && d->speedMbps.value_or(0) >= 5000 && (!on("usb_xhci.present") || (hw > 0 && hw < 8)))
        evidence.append(
            ChecksText::tr("a SuperSpeed device, and usb_xhci.present is not \"TRUE\" (virtualHW.version %1)")
                .arg(vm->keys.value(QStringLiteral("virtualhw.version"))));
    if (!evidence.isEmpty())
        r.findings.append(make(*this, Evidence::State,
            ChecksText::tr("The VM lacks the USB controller this device needs."), s, evidence,
            {{QStringLiteral("user"),
                ChecksText::tr("With the VM off, add the controller (USB 3 needs hardware version 8 or later)."),
                QStringLiteral("vmware-controller")}}));
}

// Proof: the device has a HID (03) or smart-card (0b) interface and the VM does not allow HID.
PLUGBOARD_CHECK(class VmwareHid, "vmw-hid-or-ccid-hidden", Medium)
void VmwareHid::run(const Facts &f, const Subject &s, Report &r) const
{
    const VmwareFacts *vm = s.guest.isEmpty() ? nullptr : f.vmwareGuest(s.guest);
    const UsbDevice *d = s.device.isEmpty() ? nullptr : f.topology.device(s.device);
    if (!vm || !d || vm->keys.isEmpty())
        return;
    const QList<quint8> classes = host::interfaceClasses(*d);
    if (!classes.contains(0x03) && !classes.contains(0x0b))
        return;
    if (vm->keys.value(QStringLiteral("usb.generic.allowhid")).compare(QLatin1String("TRUE"), Qt::CaseInsensitive) == 0)
        return;
    r.findings.append(make(*this, Evidence::State,
        ChecksText::tr("VMware hides keyboards, mice and other HID devices unless the VM allows them."), s,
        {ChecksText::tr("%1 has a HID interface; usb.generic.allowHID is not \"TRUE\"").arg(d->id)},
        {{QStringLiteral("user"), ChecksText::tr("With the VM off, allow HID devices."),
            QStringLiteral("vmware-allow-hid")}}));
}

// Proof: a VMware VM is in the facts, and neither the arbitrator's service is active nor its
// process runs.
PLUGBOARD_CHECK(class VmwareArbitrator, "vmw-arbitrator-down", High)
void VmwareArbitrator::run(const Facts &f, const Subject &s, Report &r) const
{
    // VMware is in question: a VMware guest among the facts, or (a Horizon client, a remote VM) its
    // arbitrator installed while the user asks about no libvirt guest.
    const bool installed = f.services
        && (f.services->contains(QStringLiteral("vmware-USBArbitrator"))
            || f.services->contains(QStringLiteral("vmware-usbarbitrator")));
    if ((!f.vmware || f.vmware->isEmpty()) && !(installed && !subjectDomain(f, s)))
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
    QString svc;
    if (f.services) {
        for (const char *name : {"vmware-USBArbitrator", "vmware-usbarbitrator"}) {
            if (f.services->contains(QLatin1String(name)))
                svc = f.services->value(QLatin1String(name));
        }
    }
    if (svc == QLatin1String("active") || (svc.isEmpty() && !f.processes))
        return;
    r.findings.append(make(*this, Evidence::State,
        ChecksText::tr("VMware's USB arbitrator is not running, so VMware sees no USB device."), s,
        {ChecksText::tr("service vmware-USBArbitrator: %1; no vmware-usbarbitrator process")
                .arg(svc.isEmpty() ? ChecksText::tr("unknown") : svc)},
        {{QStringLiteral("automatic"), ChecksText::tr("Start the service (needs administrator rights)."),
            QStringLiteral("start-service:vmware-USBArbitrator")}}));
}

// Proof: connecting to libvirt failed (libvirt's message).
PLUGBOARD_CHECK(class LibvirtUnreachable, "env-libvirt-unreachable", High)
void LibvirtUnreachable::run(const Facts &f, const Subject &s, Report &r) const
{
    if (!f.libvirt)
        return;
    const QString wanted = GuestRef::parse(s.guest).uri();
    for (const LibvirtFacts &l : *f.libvirt) {
        if (l.error.isEmpty() || (!wanted.isEmpty() && l.uri != wanted))
            continue;
        r.findings.append(make(*this, Evidence::Message,
            ChecksText::tr("libvirt at %1 is not reachable, so its guests are not listed.").arg(l.uri), s, {l.error},
            {{QStringLiteral("root"),
                ChecksText::tr("Start libvirtd or virtqemud; if access is denied, join the 'libvirt' group."),
                QStringLiteral("start-service:libvirtd")}}));
    }
}

// Proof: a VMware VM is in the facts and vmmon or vmnet is missing from /proc/modules.
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
    QStringList evidence {ChecksText::tr("not in /proc/modules: %1").arg(missing.join(QStringLiteral(", ")))};
    Evidence strength = Evidence::State;
    for (const QString &l : grepErrors(f, QRegularExpression(QStringLiteral("Could not open /dev/vmmon")), s)) {
        evidence.append(l);
        strength = Evidence::Message;
    }
    if (!missing.isEmpty())
        r.findings.append(make(*this, strength,
            ChecksText::tr("VMware's kernel modules are not loaded, so its VMs will not start."), s, evidence,
            {{QStringLiteral("root"),
                ChecksText::tr("Rebuild and load them (vmware-modconfig --console --install-all)."), {}}}));
}

// Checks proved only by libvirt's, QEMU's or the kernel's own words: the error the user hit, the
// audit and kernel logs, the guest's QEMU log.
class MessageCheck : public Check
{
public:
    struct Spec
    {
        const char *id;
        Severity severity;
        const char *pattern, *unless; // a line that matches `unless` does not prove it
        const char *title, *fixKind, *fix, *action;
    };
    explicit MessageCheck(const Spec &spec)
        : m_spec(spec)
        , m_re(QLatin1String(spec.pattern))
        , m_unless(QLatin1String(spec.unless))
    {
    }
    QString id() const override { return QLatin1String(m_spec.id); }
    Severity severity() const override { return m_spec.severity; }
    void run(const Facts &f, const Subject &s, Report &r) const override
    {
        QStringList lines = grepErrors(f, m_re, s);
        if (!m_unless.pattern().isEmpty())
            lines.erase(std::remove_if(lines.begin(), lines.end(),
                            [&](const QString &l) {
                                return m_unless.match(l).hasMatch();
                            }),
                lines.end());
        if (!lines.isEmpty())
            r.findings.append(make(*this, Evidence::Message, ChecksText::tr(m_spec.title), s, lines,
                {{QLatin1String(m_spec.fixKind), ChecksText::tr(m_spec.fix), QLatin1String(m_spec.action)}}));
    }

private:
    Spec m_spec;
    QRegularExpression m_re, m_unless;
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

QString evidenceName(Evidence e)
{
    switch (e) {
    case Evidence::Inference:
        return QStringLiteral("inference");
    case Evidence::State:
        return QStringLiteral("state");
    case Evidence::LogLine:
        return QStringLiteral("log");
    case Evidence::Message:
        return QStringLiteral("message");
    }
    return QStringLiteral("inference");
}

const std::vector<std::unique_ptr<Check>> &allChecks()
{
    static const std::vector<std::unique_ptr<Check>> checks = [] {
        std::vector<std::unique_ptr<Check>> v;
        // Host layer
        v.push_back(std::make_unique<PortOvercurrent>());
        v.push_back(std::make_unique<InsufficientPower>());
        v.push_back(std::make_unique<EnumerationFailure>());
        v.push_back(std::make_unique<PortDisabled>());
        v.push_back(std::make_unique<ControllerDead>());
        v.push_back(std::make_unique<Bandwidth>());
        v.push_back(std::make_unique<Autosuspend>());
        // Device layer
        v.push_back(std::make_unique<IsHub>());
        v.push_back(std::make_unique<StorageMounted>());
        v.push_back(std::make_unique<HostDriverKept>());
        v.push_back(std::make_unique<SpeedVsController>());
        v.push_back(std::make_unique<Reenumerates>());
        v.push_back(std::make_unique<NotAuthorized>());
        v.push_back(std::make_unique<HeldByOther>());
        // KVM / libvirt
        v.push_back(std::make_unique<NotConfigured>());
        v.push_back(std::make_unique<MessageCheck>(MessageCheck::Spec {"kvm-hostdev-missing-at-start", Severity::High,
            "Did not find USB device [0-9a-fA-F]+:[0-9a-fA-F]+|failed to find host usb device", "",
            QT_TRANSLATE_NOOP("plugboard::diagnostics::Checks",
                "The guest refuses to start because a USB device in its definition is not plugged in."),
            "automatic",
            QT_TRANSLATE_NOOP("plugboard::diagnostics::Checks", "Mark the device optional (startupPolicy='optional')."),
            "startup-optional"}));
        v.push_back(std::make_unique<MessageCheck>(MessageCheck::Spec {"kvm-ambiguous-vidpid", Severity::Medium,
            "Multiple USB devices for [0-9a-fA-F]+:[0-9a-fA-F]+", "",
            QT_TRANSLATE_NOOP("plugboard::diagnostics::Checks",
                "Identical devices are plugged in, so libvirt cannot tell which one is meant."),
            "user",
            QT_TRANSLATE_NOOP("plugboard::diagnostics::Checks",
                "Pin the device by its bus and device number (<address bus= device=/>)."),
            ""}));
        v.push_back(std::make_unique<InUseOtherDomain>());
        v.push_back(std::make_unique<UsbDisabled>());
        v.push_back(std::make_unique<NoFreePorts>());
        v.push_back(std::make_unique<QemuCapability>());
        v.push_back(std::make_unique<SessionNodeAccess>());
        v.push_back(std::make_unique<SystemDac>());
        v.push_back(std::make_unique<GuestResetSensitive>());
        // Security
        v.push_back(std::make_unique<UsbguardBlock>());
        v.push_back(std::make_unique<MessageCheck>(MessageCheck::Spec {"sec-apparmor-denied", Severity::High,
            // The node, or the sysfs files libusb reads to find it.
            "apparmor=\"DENIED\".*profile=\"libvirt-[0-9a-f-]+\".*name=\"(/dev/bus/usb/\\d{3}/\\d{3}|"
            "/sys/bus/usb/|/sys/devices/\\S*/usb\\d+/)",
            "",
            QT_TRANSLATE_NOOP("plugboard::diagnostics::Checks", "AppArmor stopped the guest from opening the device."),
            "user",
            QT_TRANSLATE_NOOP(
                "plugboard::diagnostics::Checks", "Re-attach the device through libvirt so its profile is updated."),
            "reattach"}));
        // A denial logged in permissive mode (permissive=1) was allowed: it blocked nothing.
        v.push_back(std::make_unique<MessageCheck>(MessageCheck::Spec {"sec-selinux-denied", Severity::High,
            "avc:\\s+denied .*scontext=\\S*:svirt(_tcg)?_t:\\S+ tcontext=\\S*:usb_device_t:\\S+ tclass=chr_file",
            "permissive=1",
            QT_TRANSLATE_NOOP("plugboard::diagnostics::Checks", "SELinux stopped the guest from opening the device."),
            "root",
            QT_TRANSLATE_NOOP("plugboard::diagnostics::Checks",
                "Run 'setsebool -P virt_use_usb on' (an administrator decision, never automatic)."),
            ""}));
        v.push_back(std::make_unique<UdevConflict>());
        // SPICE and network USB
        v.push_back(std::make_unique<RedirNoChannel>());
        v.push_back(std::make_unique<RedirAclHelper>());
        v.push_back(std::make_unique<RedirFilter>());
        v.push_back(std::make_unique<Usbip>());
        // VMware
        v.push_back(std::make_unique<VmwareArbitrator>());
        v.push_back(std::make_unique<VmwareController>());
        v.push_back(std::make_unique<VmwareHid>());
        v.push_back(std::make_unique<VmwareHostClaim>());
        // Environment
        v.push_back(std::make_unique<LibvirtUnreachable>());
        v.push_back(std::make_unique<VmwareModules>());
        return v;
    }();
    return checks;
}

const QList<Explains> &causalModel()
{
    // cause -> a symptom it produces. Read a row as "CAUSE makes SYMPTOM show".
    static const QList<Explains> model = {
        // A dead controller, an over-current port, a power shortfall: devices vanish or never come
        // up, so nothing can be given to a guest and what a guest had goes stale.
        {"host-controller-dead", "host-enumeration-failure"},
        {"host-controller-dead", "dev-reenumerates"},
        {"host-controller-dead", "kvm-not-configured"},
        {"host-controller-dead", "kvm-hostdev-missing-at-start"},
        {"host-controller-dead", "kvm-system-dac-or-namespace"},
        {"host-port-overcurrent", "host-enumeration-failure"},
        {"host-port-overcurrent", "dev-reenumerates"},
        {"host-port-overcurrent", "kvm-not-configured"},
        {"host-port-overcurrent", "kvm-hostdev-missing-at-start"},
        {"host-port-overcurrent", "kvm-system-dac-or-namespace"},
        {"host-insufficient-bus-power", "host-enumeration-failure"},
        {"host-insufficient-bus-power", "dev-reenumerates"},
        {"host-insufficient-bus-power", "kvm-not-configured"},
        {"host-insufficient-bus-power", "kvm-hostdev-missing-at-start"},
        {"host-port-disabled", "kvm-not-configured"},
        {"host-port-disabled", "kvm-hostdev-missing-at-start"},
        {"host-enumeration-failure", "kvm-not-configured"},
        {"host-enumeration-failure", "kvm-hostdev-missing-at-start"},
        {"host-bandwidth", "dev-reenumerates"},
        {"host-bandwidth", "kvm-guest-reset-sensitive"},
        {"host-autosuspend", "dev-reenumerates"},
        {"host-autosuspend", "kvm-system-dac-or-namespace"},
        // Policy de-authorizes; a de-authorized device has no configuration and no driver.
        {"sec-usbguard-block", "dev-not-authorized"},
        {"sec-usbguard-block", "host-insufficient-bus-power"},
        {"sec-usbguard-block", "kvm-not-configured"},
        {"sec-udev-conflict", "dev-not-authorized"},
        {"sec-udev-conflict", "host-insufficient-bus-power"},
        {"sec-udev-conflict", "kvm-session-node-access"},
        {"sec-udev-conflict", "kvm-not-configured"},
        {"dev-not-authorized", "host-insufficient-bus-power"},
        {"dev-not-authorized", "kvm-not-configured"},
        // A mandatory access control denial: QEMU gets "Permission denied" on the node.
        {"sec-apparmor-denied", "kvm-session-node-access"},
        {"sec-apparmor-denied", "kvm-system-dac-or-namespace"},
        {"sec-apparmor-denied", "kvm-not-configured"},
        {"sec-selinux-denied", "kvm-session-node-access"},
        {"sec-selinux-denied", "kvm-system-dac-or-namespace"},
        {"sec-selinux-denied", "kvm-not-configured"},
        // Someone else has the device.
        {"net-usbip", "dev-held-by-other-process"},
        {"net-usbip", "kvm-not-configured"},
        {"kvm-in-use-other-domain", "dev-held-by-other-process"},
        {"kvm-in-use-other-domain", "kvm-not-configured"},
        {"dev-held-by-other-process", "kvm-not-configured"},
        // The device keeps leaving: the node changes, the guest's entry points at a gone device.
        {"kvm-guest-reset-sensitive", "dev-reenumerates"},
        {"dev-reenumerates", "kvm-system-dac-or-namespace"},
        {"dev-reenumerates", "kvm-hostdev-missing-at-start"},
        {"dev-reenumerates", "kvm-not-configured"},
        // The attach was refused, or cannot be made: nothing is attached afterwards.
        {"dev-storage-mounted", "kvm-not-configured"},
        {"dev-storage-mounted", "dev-host-driver-kept"},
        {"dev-is-hub", "kvm-not-configured"},
        {"kvm-ambiguous-vidpid", "kvm-not-configured"},
        {"kvm-usb-disabled", "kvm-not-configured"},
        {"kvm-usb-disabled", "kvm-no-free-ports"},
        {"kvm-usb-disabled", "dev-speed-vs-controller"},
        {"kvm-usb-disabled", "redir-no-channel"},
        {"kvm-no-free-ports", "kvm-not-configured"},
        {"dev-speed-vs-controller", "kvm-not-configured"},
        {"kvm-qemu-capability", "kvm-not-configured"},
        {"kvm-qemu-capability", "redir-no-channel"},
        {"redir-no-channel", "kvm-not-configured"},
        {"redir-acl-helper", "kvm-not-configured"},
        {"redir-filter", "kvm-not-configured"},
        {"kvm-session-node-access", "kvm-not-configured"},
        {"kvm-system-dac-or-namespace", "kvm-not-configured"},
        {"env-libvirt-unreachable", "kvm-not-configured"},
        // VMware: without vmmon nothing of VMware's runs, its arbitrator included.
        {"env-vmware-modules", "vmw-arbitrator-down"},
    };
    return model;
}

namespace {
// Whether two findings can be about the same thing: each of device, port and guest is the same
// where both name one (a physical port "a+b" shares a side with "a").
bool sameSubject(const Subject &a, const Subject &b)
{
    auto same = [](const QString &x, const QString &y) {
        return x.isEmpty() || y.isEmpty() || x == y;
    };
    auto samePort = [](const QString &x, const QString &y) {
        if (x.isEmpty() || y.isEmpty())
            return true;
        const QStringList xs = x.split(QLatin1Char('+')), ys = y.split(QLatin1Char('+'));
        return std::any_of(xs.cbegin(), xs.cend(), [&](const QString &p) {
            return ys.contains(p);
        });
    };
    return same(a.device, b.device) && samePort(a.port, b.port) && same(a.guest, b.guest);
}

// Findings that protect the user's data or report a dead controller: first, whatever else is found.
bool protects(const QString &check)
{
    return check == QLatin1String("dev-storage-mounted") || check == QLatin1String("host-controller-dead");
}
} // namespace

void rank(QList<Finding> &findings)
{
    const int n = int(findings.size());
    QHash<QString, int> catalog;
    for (const auto &c : allChecks())
        catalog.insert(c->id(), int(catalog.size()));
    QSet<std::pair<QString, QString>> model;
    for (const Explains &e : causalModel())
        model.insert({QLatin1String(e.cause), QLatin1String(e.symptom)});
    auto explains = [&](int cause, int symptom) {
        return cause != symptom && model.contains({findings.at(cause).check, findings.at(symptom).check})
            && sameSubject(findings.at(cause).subject, findings.at(symptom).subject);
    };
    // Depth: the longest chain of present causes above a finding (the model is acyclic).
    QList<int> depth(n, -1);
    std::function<int(int)> depthOf = [&](int k) {
        if (depth.at(k) >= 0)
            return depth.at(k);
        int d = 0;
        for (int c = 0; c < n; ++c) {
            if (explains(c, k))
                d = std::max(d, depthOf(c) + 1);
        }
        depth[k] = d;
        return d;
    };
    // One key per finding, computed once: a strict order whatever order the checks found them in.
    using Key = std::tuple<int, int, int, int, int, QString, QString, QString, QString, QString>;
    QList<Key> keys;
    keys.reserve(n);
    for (int k = 0; k < n; ++k) {
        const Finding &f = findings.at(k);
        keys.append({protects(f.check) ? 0 : 1, depthOf(k), -int(f.strength), int(f.severity),
            catalog.value(f.check, int(catalog.size())), f.subject.device, f.subject.port, f.subject.guest, f.title,
            f.evidence.join(QLatin1Char('\n'))});
    }
    for (int k = 0; k < n; ++k) {
        int best = -1;
        for (int c = 0; c < n; ++c) {
            if (explains(c, k) && (best < 0 || keys.at(c) < keys.at(best)))
                best = c;
        }
        findings[k].explainedBy = best < 0 ? QString() : findings.at(best).check;
    }
    QList<int> order(n);
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](int a, int b) {
        return keys.at(a) < keys.at(b);
    });
    QList<Finding> sorted;
    sorted.reserve(n);
    for (int k : order)
        sorted.append(findings.at(k));
    findings = sorted;
}

Report diagnose(const Facts &facts, const Subject &override)
{
    Subject s = facts.subject;
    if (!override.isEmpty())
        s = override;
    Report r;
    for (const auto &c : allChecks())
        c->run(facts, s, r);
    rank(r.findings);
    PB_LOG(lcDiagnostics) << "diagnosed" << facts.source << "device" << s.device << "port" << s.port << "guest"
                          << s.guest << ":" << r.findings.size() << "findings, first"
                          << (r.findings.isEmpty() ? QString() : r.findings.first().check) << ";" << r.notChecked.size()
                          << "not checked";
    return r;
}

QJsonObject Report::toJson() const
{
    QJsonArray fs;
    auto v = [](const QString &x) {
        return x.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(x);
    };
    for (const Finding &f : findings) {
        QJsonObject o;
        o.insert(QStringLiteral("check"), f.check);
        o.insert(QStringLiteral("severity"), severityName(f.severity));
        o.insert(QStringLiteral("title"), f.title);
        QJsonObject subj;
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
        // Additive to the contract (docs/cli.md): what proved it, and the finding that explains it.
        o.insert(QStringLiteral("strength"), evidenceName(f.strength));
        o.insert(QStringLiteral("explained_by"), v(f.explainedBy));
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
