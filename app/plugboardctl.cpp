// SPDX-License-Identifier: GPL-3.0-or-later
// plugboardctl: the command-line face of the core (wiring only; the work is in core/).
#include "assign/assignments.h"
#include "assign/engine.h"
#include "assign/notifier.h"
#include "attach/attachservice.h"
#include "diagnostics/bundlewriter.h"
#include "diagnostics/diagnosis.h"
#include "host/deviceresolver.h"
#include "host/sysfshostbackend.h"
#include "host/topologyformat.h"
#include "host/udisks.h"
#include "i18n.h"
#include "libvirt/guestdirectory.h"
#include "libvirt/guestformat.h"
#include "libvirt/libvirtconnection.h"
#include "printable.h"
#include "vmware/vmwareformat.h"
#include "vmware/vmwareguest.h"
#include "vmware/vmwareinventory.h"
#include "vmware/vmwaresource.h"

#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QLockFile>
#include <QProcess>
#include <QSocketNotifier>
#include <QTemporaryDir>
#include <QTimer>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

#include <cstdio>
#include <functional>
#include <memory>

#include <signal.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace plugboard;

namespace {

// Text for the terminal. Strings pass through printable(): a product name, a log line or a guest's
// name from another machine must not clear the screen or set the title. JSON goes out as JSON.
class Out
{
public:
    explicit Out(FILE *f)
        : m_s(f)
    {
    }
    Out &operator<<(const QString &t)
    {
        m_s << printable(t);
        return *this;
    }
    template<typename A, typename B> Out &operator<<(const QStringBuilder<A, B> &t) { return *this << QString(t); }
    Out &operator<<(QLatin1String t) { return *this << QString(t); }
    Out &operator<<(QChar t) { return *this << QString(t); }
    Out &operator<<(const char *t) { return *this << QString::fromUtf8(t); }
    Out &operator<<(qint64 n)
    {
        m_s << n;
        return *this;
    }
    Out &operator<<(int n)
    {
        m_s << n;
        return *this;
    }
    Out &operator<<(QTextStream &(*manipulator)(QTextStream &))
    {
        m_s << manipulator;
        return *this;
    }
    void flush() { m_s.flush(); }

private:
    QTextStream m_s;
};

void printErr(const QString &s)
{
    Out(stderr) << "plugboardctl: " << s << Qt::endl;
}

int usage(const QString &why)
{
    printErr(why);
    Out(stderr) << QCoreApplication::translate("plugboardctl", "Run 'plugboardctl --help' for usage.") << Qt::endl;
    return 2;
}

int cmdDevices(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        QCoreApplication::translate("plugboardctl", "Show the host's USB controllers, ports and devices."));
    p.addHelpOption();
    p.addOption({QStringLiteral("json"),
        QCoreApplication::translate("plugboardctl", "Write one JSON document (the contract in docs/cli.md).")});
    p.addOption({QStringLiteral("root"),
        QCoreApplication::translate("plugboardctl", "Read every host file under DIR instead of /."),
        QCoreApplication::translate("plugboardctl", "DIR")});
    p.addOption({QStringLiteral("no-empty"),
        QCoreApplication::translate("plugboardctl", "Hide empty ports in the text tree.")});
    if (!p.parse(QStringList {QStringLiteral("plugboardctl devices")} + args))
        return usage(p.errorText());
    if (p.isSet(QStringLiteral("help"))) {
        Out(stdout) << p.helpText();
        return 0;
    }
    if (!p.positionalArguments().isEmpty())
        return usage(QCoreApplication::translate("plugboardctl", "'devices' takes no arguments, got '%1'.")
                         .arg(p.positionalArguments().constFirst()));
    host::SysfsHostBackend::Options opt;
    opt.root = p.isSet(QStringLiteral("root")) ? p.value(QStringLiteral("root")) : QStringLiteral("/");
    opt.monitor = false;
    if (opt.root.isEmpty())
        return usage(QCoreApplication::translate("plugboardctl", "--root needs a directory."));
    host::SysfsHostBackend backend(opt);
    backend.start();
    const host::HostTopology &topo = backend.topology();
    if (p.isSet(QStringLiteral("json"))) {
        const QByteArray json = QJsonDocument(host::topologyToJson(topo)).toJson(QJsonDocument::Indented);
        std::fwrite(json.constData(), 1, size_t(json.size()), stdout);
    } else {
        Out out(stdout);
        out << host::topologyToText(topo, !p.isSet(QStringLiteral("no-empty")));
        out.flush();
    }
    for (const QString &w : topo.warnings)
        printErr(w);
    if (!backend.statusMessage().isEmpty())
        printErr(backend.statusMessage());
    if (!host::SysfsRoot(opt.root).exists())
        return 1;
    return 0;
}
bool parseOrUsage(QCommandLineParser &p, const QString &cmd, const QStringList &args, int *rc)
{
    p.addHelpOption();
    if (!p.parse(QStringList {QStringLiteral("plugboardctl ") + cmd} + args)) {
        *rc = usage(p.errorText());
        return false;
    }
    if (p.isSet(QStringLiteral("help"))) {
        Out(stdout) << p.helpText();
        *rc = 0;
        return false;
    }
    return true;
}

QStringList connectUris(const QCommandLineParser &p)
{
    const QStringList given = p.values(QStringLiteral("connect"));
    return given.isEmpty() ? libvirt::GuestDirectory::defaultUris() : given;
}

void writeJson(const QJsonObject &o)
{
    const QByteArray json = QJsonDocument(o).toJson(QJsonDocument::Indented);
    std::fwrite(json.constData(), 1, size_t(json.size()), stdout);
}

int cmdGuests(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate(
        "plugboardctl", "List KVM (libvirt) guests with their USB controllers and devices."));
    p.addOption({QStringLiteral("json"), QCoreApplication::translate("plugboardctl", "Write one JSON document.")});
    p.addOption({QStringLiteral("connect"),
        QCoreApplication::translate("plugboardctl", "A libvirt URI (repeatable; replaces the defaults)."),
        QStringLiteral("URI")});
    p.addOption({QStringLiteral("vmx"), QCoreApplication::translate("plugboardctl", "A VMware .vmx file (repeatable)."),
        QStringLiteral("FILE")});
    int rc = 0;
    if (!parseOrUsage(p, QStringLiteral("guests"), args, &rc))
        return rc;
    if (!p.positionalArguments().isEmpty())
        return usage(QCoreApplication::translate("plugboardctl", "'guests' takes no arguments, got '%1'.")
                         .arg(p.positionalArguments().constFirst()));
    const bool explicitUris = p.isSet(QStringLiteral("connect"));
    const bool explicitVmx = p.isSet(QStringLiteral("vmx"));
    QJsonArray guests;
    QString text;
    int failed = 0;
    // VMware: the files given, else (with no --connect either) the user's VMware inventory.
    QStringList vmxFiles = p.values(QStringLiteral("vmx"));
    if (!explicitVmx && !explicitUris) {
        for (const vmware::InventoryEntry &e : vmware::readInventory(QDir::homePath()))
            vmxFiles.append(e.path);
    }
    for (const QString &f : std::as_const(vmxFiles)) {
        const vmware::VmwareGuest g = vmware::VmwareGuestFile::read(f);
        if (!g.error.isEmpty()) {
            printErr(g.error);
            if (explicitVmx) {
                ++failed;
                continue;
            }
        }
        guests.append(vmware::vmwareGuestToJson(g));
        text += vmware::vmwareGuestToText(g);
    }
    if (explicitVmx && !explicitUris) {
        QJsonObject o;
        o.insert(QStringLiteral("guests"), guests);
        if (p.isSet(QStringLiteral("json")))
            writeJson(o);
        else
            Out(stdout) << text;
        return failed == int(vmxFiles.size()) ? 1 : 0;
    }
    libvirt::GuestDirectory dir(connectUris(p));
    dir.openAll();
    // This computer's USB tree, to point out entries whose device was pulled while a guest held it:
    // read only when some local running guest has a host device.
    bool holding = false;
    for (const auto &c : dir.connections()) {
        for (const libvirt::GuestInfo &g : c.guests)
            holding = holding || (g.isRunning() && libvirt::isLocalUri(g.uri) && !g.usb.hostdevs.isEmpty());
    }
    std::unique_ptr<host::SysfsHostBackend> local;
    if (holding && !p.isSet(QStringLiteral("json"))) {
        local = std::make_unique<host::SysfsHostBackend>(
            host::SysfsHostBackend::Options {QStringLiteral("/"), false, true});
        local->start();
    }
    for (const auto &c : dir.connections()) {
        if (c.error.isSet()) {
            ++failed;
            printErr(c.uri + QStringLiteral(": ") + c.error.userMessage());
        }
        for (const libvirt::GuestInfo &g : c.guests) {
            guests.append(libvirt::guestToJson(g));
            text += libvirt::guestToText(g, local ? &local->topology() : nullptr);
        }
    }
    if (p.isSet(QStringLiteral("json"))) {
        QJsonObject o;
        o.insert(QStringLiteral("guests"), guests);
        writeJson(o);
    } else {
        Out(stdout) << text;
    }
    // Unreachable default connections are normal (no libvirtd); an unreachable URI the user named is a failure.
    return explicitUris && failed == int(dir.connections().size()) ? 1 : 0;
}

// VMware: an automatic connection rule in the .vmx (no public API connects a device to a running VM).
// The answer of one AttachService request (it finishes exactly once), waiting in an event loop.
libvirt::OperationResult waitFor(attaching::Operation *op)
{
    if (op->isFinished())
        return op->result();
    libvirt::OperationResult result;
    QEventLoop loop;
    QObject::connect(op, &attaching::Operation::finished, &loop, [&](const libvirt::OperationResult &r) {
        result = r;
        loop.quit();
    });
    loop.exec();
    return result;
}

// Starts `connection` and waits for its first list of guests (or its failure); whether `name` is
// among them.
bool waitForGuest(libvirt::LibvirtConnection &connection, const QString &name)
{
    QEventLoop loop;
    QObject::connect(&connection, &libvirt::LibvirtConnection::guestsReset, &loop, &QEventLoop::quit);
    QObject::connect(&connection, &libvirt::LibvirtConnection::stateChanged, &loop, [&] {
        if (connection.state() == libvirt::ConnectionState::Disconnected)
            loop.quit();
    });
    QTimer::singleShot(120 * 1000, &loop, &QEventLoop::quit); // libvirt's keepalive gives up sooner
    connection.start();
    loop.exec();
    return connection.guest(name) != nullptr;
}

int vmwareAttachDetach(bool attach, const QString &deviceArg, const QString &vmx, bool live)
{
    if (!QFileInfo::exists(vmx)) {
        printErr(QCoreApplication::translate("plugboardctl", "There is no file %1.").arg(vmx));
        return 1;
    }
    const vmware::VmwareGuest g = vmware::VmwareGuestFile::read(vmx);
    if (!g.error.isEmpty()) {
        printErr(g.error);
        return 1;
    }
    if (live || g.running) {
        printErr(g.running ? vmware::VmwareGuestFile::liveConnectExplanation(g)
                           : QCoreApplication::translate("plugboardctl",
                               "VMware has no interface for live USB connection; an automatic connection rule applies "
                               "when the VM starts."));
        return 1;
    }
    QString vid, pid;
    host::SysfsHostBackend backend({QStringLiteral("/"), false, true});
    backend.start();
    const host::DeviceLookup dev = host::lookupDevice(backend.topology(), deviceArg);
    if (dev.device) {
        vid = dev.device->vendorId;
        pid = dev.device->productId;
    } else if (dev.identity && (dev.candidates.isEmpty() || !attach)) {
        vid = dev.identity->vendorId;
        pid = dev.identity->productId;
    } else {
        printErr(dev.error);
        return 1;
    }
    // The rule is written through the AttachService, as the window's drop writes it.
    vmware::VmwareSource source(QString(), {vmx});
    attaching::AttachService service;
    service.setVmwareSource(&source);
    const GuestRef vm = GuestRef::vmware(vmx);
    const libvirt::OperationResult r
        = waitFor(attach ? service.addVmwareRule(vm, vid, pid, false) : service.removeVmwareRule(vm, vid, pid, false));
    if (!r.ok) {
        printErr(r.message);
        return 1;
    }
    Out(stdout) << g.path << ": " << r.message << Qt::endl;
    return 0;
}

// The privileged helper: beside this binary in a build tree, else where it is installed.
QString helperPath()
{
    const QString dir = QCoreApplication::applicationDirPath();
    const QStringList candidates {QString(dir + QStringLiteral("/plugboard-helper")),
        QString(dir + QStringLiteral("/../libexec/plugboard/plugboard-helper"))};
    for (const QString &candidate : candidates) {
        if (QFileInfo(candidate).isExecutable())
            return QFileInfo(candidate).canonicalFilePath();
    }
    return {};
}

int cmdAttachDetach(const QString &cmd, const QStringList &args)
{
    const bool attach = cmd == QLatin1String("attach");
    QCommandLineParser p;
    p.setApplicationDescription(attach
            ? QCoreApplication::translate("plugboardctl", "Give a host USB device to a guest.")
            : QCoreApplication::translate("plugboardctl", "Take a USB device back from a guest."));
    p.addPositionalArgument(QStringLiteral("DEVICE"),
        QCoreApplication::translate("plugboardctl", "Kernel name (1-1.4) or vid:pid[:serial]."));
    p.addPositionalArgument(QStringLiteral("GUEST"),
        QCoreApplication::translate("plugboardctl", "URI#name, a bare guest name, or a .vmx file."));
    p.addOption({QStringLiteral("live"), QCoreApplication::translate("plugboardctl", "Only the running guest.")});
    p.addOption(
        {QStringLiteral("config"), QCoreApplication::translate("plugboardctl", "Only the persistent definition.")});
    p.addOption(
        {QStringLiteral("both"), QCoreApplication::translate("plugboardctl", "The running guest and its definition.")});
    if (attach)
        p.addOption({QStringLiteral("unmount"),
            QCoreApplication::translate(
                "plugboardctl", "Unmount the device's filesystems safely first (UDisks2, else the helper).")});
    p.addOption({QStringLiteral("connect"),
        QCoreApplication::translate("plugboardctl", "A libvirt URI (repeatable; replaces the defaults)."),
        QStringLiteral("URI")});
    int rc = 0;
    if (!parseOrUsage(p, cmd, args, &rc))
        return rc;
    const QStringList pos = p.positionalArguments();
    if (pos.size() != 2)
        return usage(QCoreApplication::translate("plugboardctl", "'%1' needs DEVICE and GUEST.").arg(cmd));
    const int modes = int(p.isSet(QStringLiteral("live"))) + int(p.isSet(QStringLiteral("config")))
        + int(p.isSet(QStringLiteral("both")));
    if (modes > 1)
        return usage(QCoreApplication::translate("plugboardctl", "Give at most one of --live, --config and --both."));
    if (!host::isDeviceArgument(pos.at(0)))
        return usage(QCoreApplication::translate(
            "plugboardctl", "'%1' is not a device: give a kernel name such as 1-1.4 or vid:pid[:serial].")
                         .arg(pos.at(0)));
    if (GuestRef::isVmxPath(pos.at(1)))
        return vmwareAttachDetach(attach, pos.at(0), pos.at(1), p.isSet(QStringLiteral("live")));
    // The host device: must be plugged in to attach; to detach, an identity is enough.
    host::SysfsHostBackend backend({QStringLiteral("/"), false, true});
    backend.start();
    const host::DeviceLookup dev = host::lookupDevice(backend.topology(), pos.at(0));
    libvirt::HostdevSpec spec;
    if (dev.device) {
        spec = libvirt::hostdevSpecFor(backend.topology(), *dev.device);
    } else if (!attach && dev.identity && dev.candidates.isEmpty()) {
        spec.vendorId = dev.identity->vendorId;
        spec.productId = dev.identity->productId;
    } else {
        printErr(dev.error);
        return 1;
    }
    libvirt::GuestDirectory dir(connectUris(p));
    const auto match = dir.find(pos.at(1));
    if (!match.session) {
        printErr(match.error);
        return 1;
    }
    std::optional<libvirt::AttachMode> mode;
    if (p.isSet(QStringLiteral("live")))
        mode = libvirt::AttachMode::Live;
    else if (p.isSet(QStringLiteral("config")))
        mode = libvirt::AttachMode::Config;
    else if (p.isSet(QStringLiteral("both")))
        mode = libvirt::AttachMode::Both;

    // The request goes through the AttachService, as the window's: the same pre-flight, on a
    // connection worker of its own; the questions a window would ask are answered from the options.
    const GuestRef guest = match.guest->ref();
    libvirt::LibvirtConnection connection(guest.uri());
    attaching::AttachService service;
    service.setHostBackend(&backend);
    service.setHelperLauncher(host::HelperLauncher::forHelper(helperPath()));
    service.addConnection(&connection);
    if (!waitForGuest(connection, guest.name())) {
        printErr(connection.state() == libvirt::ConnectionState::Connected
                ? QCoreApplication::translate("plugboardctl", "There is no guest %1.").arg(guest.toString())
                : QCoreApplication::translate("plugboardctl", "Cannot connect to %1: %2")
                      .arg(guest.uri(), connection.message()));
        return 1;
    }
    QString refusal; // why a question ended the request
    const bool unmount = attach && p.isSet(QStringLiteral("unmount"));
    QObject::connect(
        &service, &attaching::AttachService::questionAsked, [&](attaching::Operation *, attaching::Question *q) {
            using Q = attaching::Question;
            switch (q->kind()) {
            case Q::Kind::Unmount: // mounted storage is never yanked: refused, or unmounted first
                if (unmount)
                    return q->answer(Q::Choice::Yes);
                refusal = QCoreApplication::translate("plugboardctl",
                    "%1 is mounted (%2): giving it to a guest would yank the filesystem and lose data. Unmount it "
                    "first, or add --unmount.")
                              .arg(dev.device->displayName(), q->subjects().join(QStringLiteral(", ")));
                return q->answer(Q::Choice::Cancel);
            case Q::Kind::Move:
                refusal = QCoreApplication::translate("plugboardctl",
                    "%1 is given to %2 now. Detach it there first (plugboardctl detach %3 %2), then try again.")
                              .arg(dev.device->displayName(), q->subjects().value(0), dev.device->id);
                return q->answer(Q::Choice::Cancel);
            case Q::Kind::SlowController:
            case Q::Kind::InputDevice: // what the window warns about: said, and the attach goes on
                printErr(QCoreApplication::translate("plugboardctl", "Note: %1").arg(q->text()));
                return q->answer(
                    q->choices().contains(Q::Choice::AttachAnyway) ? Q::Choice::AttachAnyway : Q::Choice::Yes);
            case Q::Kind::Persistent:
                return q->answer(Q::Choice::No);
            case Q::Kind::Information:
                return q->answer(Q::Choice::Ok);
            }
        });
    attaching::Operation *op = attach
        ? service.attach(dev.device->id, guest, mode)
        : service.detach(guest, spec, mode.value_or(match.guest->defaultMode()), QString(), false);
    QObject::connect(op, &attaching::Operation::progress, [](const QString &what) {
        Out(stdout) << what << Qt::endl;
    });
    const libvirt::OperationResult r = waitFor(op);
    if (!refusal.isEmpty()) {
        printErr(refusal);
        return 1;
    }
    if (!r.ok) {
        // libvirt passes on QEMU's last words ("failed to open host usb device …"); the reason
        // is often only in the guest's log, which diagnose reads.
        if (attach && dev.device && r.error.isSet())
            printErr(QCoreApplication::translate("plugboardctl",
                "%1 — to find out why: plugboardctl diagnose --device %2 "
                "--guest %3")
                         .arg(r.message, dev.device->id, match.guest->id()));
        else
            printErr(r.message);
        return 1;
    }
    Out(stdout) << match.guest->id() << ": " << r.message << Qt::endl;
    return 0;
}
diagnostics::Subject subjectFrom(const QCommandLineParser &p)
{
    return {p.value(QStringLiteral("device")), p.value(QStringLiteral("port")), p.value(QStringLiteral("guest"))};
}

QStringList vmxOf(const diagnostics::Subject &s)
{
    return GuestRef::isVmxPath(s.guest) ? QStringList {s.guest} : QStringList {};
}

void addSubjectOptions(QCommandLineParser &p)
{
    p.addOption(
        {QStringLiteral("device"), QCoreApplication::translate("plugboardctl", "The device in question (kernel name)."),
            QStringLiteral("DEVICE")});
    p.addOption({QStringLiteral("port"),
        QCoreApplication::translate("plugboardctl", "The port where a device never appears."), QStringLiteral("PORT")});
    p.addOption({QStringLiteral("guest"),
        QCoreApplication::translate("plugboardctl", "The guest (URI#name, name or .vmx)."), QStringLiteral("GUEST")});
    p.addOption({QStringLiteral("connect"),
        QCoreApplication::translate("plugboardctl", "A libvirt URI (repeatable; replaces the defaults)."),
        QStringLiteral("URI")});
}

// A finding's severity in the user's language (the JSON keeps the contract's English words).
QString severityLabel(diagnostics::Severity s)
{
    switch (s) {
    case diagnostics::Severity::Critical:
        return QCoreApplication::translate("plugboardctl", "critical");
    case diagnostics::Severity::High:
        return QCoreApplication::translate("plugboardctl", "high");
    case diagnostics::Severity::Medium:
        return QCoreApplication::translate("plugboardctl", "medium");
    case diagnostics::Severity::Low:
        return QCoreApplication::translate("plugboardctl", "low");
    }
    return {};
}

int cmdDiagnose(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        QCoreApplication::translate("plugboardctl", "Find out why a guest does not see a USB device."));
    addSubjectOptions(p);
    p.addOption({QStringLiteral("bundle"),
        QCoreApplication::translate("plugboardctl", "Diagnose a bundle collected elsewhere."), QStringLiteral("DIR")});
    p.addOption({QStringLiteral("json"), QCoreApplication::translate("plugboardctl", "Write one JSON document.")});
    int rc = 0;
    if (!parseOrUsage(p, QStringLiteral("diagnose"), args, &rc))
        return rc;
    if (!p.positionalArguments().isEmpty())
        return usage(QCoreApplication::translate("plugboardctl", "'diagnose' takes no arguments, got '%1'.")
                         .arg(p.positionalArguments().constFirst()));
    const diagnostics::Subject subject = subjectFrom(p);
    diagnostics::Facts facts;
    if (p.isSet(QStringLiteral("bundle"))) {
        QTemporaryDir scratch;
        QString error;
        auto read = diagnostics::openBundle(p.value(QStringLiteral("bundle")), scratch.path(), &error);
        if (!read) {
            printErr(error);
            return 1;
        }
        facts = *read;
    } else {
        facts = diagnostics::collectLive(connectUris(p), vmxOf(subject), subject);
    }
    const diagnostics::Report report = diagnostics::diagnose(facts, subject);
    if (p.isSet(QStringLiteral("json"))) {
        writeJson(report.toJson());
        return 0;
    }
    Out out(stdout);
    if (report.findings.isEmpty())
        out << QCoreApplication::translate("plugboardctl", "No problem found.") << Qt::endl;
    // Each root cause, and under it (indented) what it explains.
    const QList<diagnostics::Finding> &fs = report.findings;
    QList<QList<int>> children(fs.size());
    QList<int> roots;
    for (int i = 0; i < fs.size(); ++i) {
        int parent = -1;
        for (int j = 0; j < i && parent < 0; ++j) {
            if (!fs.at(i).explainedBy.isEmpty() && fs.at(j).check == fs.at(i).explainedBy)
                parent = j;
        }
        (parent < 0 ? roots : children[parent]).append(i);
    }
    std::function<void(int, int)> print = [&](int i, int depth) {
        const diagnostics::Finding &f = fs.at(i);
        const QString indent(depth * 4, QLatin1Char(' '));
        out << indent;
        if (depth > 0)
            out << QCoreApplication::translate("plugboardctl", "explained by %1: ").arg(f.explainedBy);
        out << "[" << severityLabel(f.severity) << "] " << f.check << ": " << f.title << Qt::endl;
        for (const QString &e : f.evidence)
            out << indent << "    " << e << Qt::endl;
        for (const diagnostics::Fix &x : f.fixes)
            out << indent << "    -> " << x.text << Qt::endl;
        for (int c : children.at(i))
            print(c, depth + 1);
    };
    for (int i : roots)
        print(i, 0);
    for (const diagnostics::NotChecked &n : report.notChecked)
        out << QCoreApplication::translate("plugboardctl", "not checked: %1 (%2)").arg(n.check, n.reason) << Qt::endl;
    return 0;
}

int cmdCollect(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        QCoreApplication::translate("plugboardctl", "Write a diagnostic bundle to DIR for a bug report."));
    p.addPositionalArgument(
        QStringLiteral("DIR"), QCoreApplication::translate("plugboardctl", "A new or empty directory."));
    addSubjectOptions(p);
    p.addOption(
        {QStringLiteral("archive"), QCoreApplication::translate("plugboardctl", "Also pack it as DIR.tar.gz.")});
    p.addOption({QStringLiteral("redact"),
        QCoreApplication::translate("plugboardctl", "Replace serial numbers, user and host names.")});
    int rc = 0;
    if (!parseOrUsage(p, QStringLiteral("collect"), args, &rc))
        return rc;
    if (p.positionalArguments().size() != 1)
        return usage(QCoreApplication::translate("plugboardctl", "'collect' needs exactly one DIR."));
    const diagnostics::Subject subject = subjectFrom(p);
    const diagnostics::Facts facts = diagnostics::collectLive(connectUris(p), vmxOf(subject), subject);
    diagnostics::BundleOptions opt;
    opt.redact = p.isSet(QStringLiteral("redact"));
    opt.archive = p.isSet(QStringLiteral("archive"));
    QString error;
    if (!diagnostics::writeBundle(facts, p.positionalArguments().constFirst(), opt, &error)) {
        printErr(error);
        return 1;
    }
    Out(stdout)
        << QCoreApplication::translate("plugboardctl", "Bundle written to %1").arg(p.positionalArguments().constFirst())
        << Qt::endl;
    return 0;
}

// ---- Assignments -------------------------------------------------------------------------------

QString tr_(const char *s)
{
    return QCoreApplication::translate("plugboardctl", s);
}

bool loadAssignments(assign::AssignmentFile *f)
{
    QString error;
    if (f->load(&error))
        return true;
    printErr(error);
    return false;
}

// The guest an assignment names: URI#name (checked when its connection answers), a bare name
// (looked up), or a .vmx file (canonical path).
bool resolveGuest(const QString &arg, const QStringList &uris, QString *guestId, QString *error)
{
    const GuestRef ref = GuestRef::parse(arg);
    if (ref.isVmware()) {
        if (!QFileInfo::exists(arg)) {
            *error = tr_("There is no file %1.").arg(arg);
            return false;
        }
        *guestId = vmware::VmwareGuestFile::canonicalPath(arg);
        return true;
    }
    libvirt::GuestDirectory dir(uris);
    const auto match = dir.find(arg);
    if (match.guest) {
        *guestId = match.guest->id();
        return true;
    }
    if (ref.hasUri() && match.error.contains(ref.uri())) {
        // The connection did not answer: keep the assignment; the agent acts once it does.
        printErr(match.error);
        *guestId = arg;
        return true;
    }
    *error = match.error;
    return false;
}

// "running" with the pid when an engine (agent or window) holds the lock.
QString engineHolder()
{
    const QString path = assign::Engine::defaultLockPath();
    if (path.isEmpty())
        return {};
    QLockFile lock(path);
    qint64 pid = 0;
    QString host, app;
    if (!lock.getLockInfo(&pid, &host, &app) || pid <= 0 || ::kill(pid_t(pid), 0) != 0)
        return {};
    return QStringLiteral("%1 (pid %2)").arg(app).arg(pid);
}

// DEVICE|PORT as an assignment stores it, against the live topology; 0, or the exit status.
int resolveTargetArgument(const QString &arg, assign::Target *t)
{
    if (!host::isDeviceArgument(arg) && !assign::isPortArgument(arg))
        return usage(tr_("'%1' is neither a device (1-1.4, vid:pid[:serial]) nor a port (usb1-port4).").arg(arg));
    host::SysfsHostBackend backend({QStringLiteral("/"), false, true});
    backend.start();
    *t = assign::resolveTarget(backend.topology(), arg);
    if (!t->error.isEmpty()) {
        printErr(t->error);
        return 1;
    }
    return 0;
}

int cmdAssign(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr_("Always give a device (vid:pid[:serial]) or whatever is plugged into a port to a "
                                    "guest, now and whenever it appears."));
    p.addPositionalArgument(QStringLiteral("DEVICE|PORT"),
        tr_("Kernel name (1-1.4), vid:pid[:serial], a port (usb1-port4) or a physical port (usb1-port4+usb2-port4)."));
    p.addPositionalArgument(QStringLiteral("GUEST"), tr_("URI#name, a bare guest name, or a .vmx file."));
    p.addOption({QStringLiteral("persistent"),
        tr_("libvirt: also keep it in the guest's definition, optional at start (a missing device never blocks "
            "boot).")});
    p.addOption({QStringLiteral("prefer"),
        tr_("When several guests claim this device and more than one runs, give it to this one.")});
    p.addOption({QStringLiteral("connect"), tr_("A libvirt URI to look a bare guest name up in (repeatable)."),
        QStringLiteral("URI")});
    int rc = 0;
    if (!parseOrUsage(p, QStringLiteral("assign"), args, &rc))
        return rc;
    const QStringList pos = p.positionalArguments();
    if (pos.size() != 2)
        return usage(tr_("'assign' needs DEVICE|PORT and GUEST."));
    assign::Target t;
    if (const int bad = resolveTargetArgument(pos.at(0), &t))
        return bad;
    QString guest, error;
    if (!resolveGuest(pos.at(1), connectUris(p), &guest, &error)) {
        printErr(error);
        return 1;
    }
    assign::Assignment a {t.device, t.port, guest, p.isSet(QStringLiteral("persistent"))};
    if (a.isVmware()) {
        if (a.isPort()) {
            printErr(tr_("VMware's rules name devices by vendor and product: assign a device (vid:pid) to a VMware "
                         "guest, or a port to a libvirt guest."));
            return 1;
        }
        // VMware connects it itself at every start and hotplug: the rule is the assignment.
        const auto id = host::DeviceIdentity::parse(a.device);
        const auto r = vmware::VmwareGuestFile::addAutoconnect(guest, id->vendorId, id->productId);
        if (!r.ok) {
            printErr(r.message);
            return 1;
        }
    }
    assign::AssignmentFile file;
    const bool prefer = p.isSet(QStringLiteral("prefer")) && !a.isPort();
    if (!assign::AssignmentFile::update(
            assign::AssignmentFile::defaultPath(),
            [&](assign::AssignmentFile &f) {
                const bool added = f.add(a);
                if (prefer && f.preferences.value(a.device) != guest) {
                    f.preferences.insert(a.device, guest);
                    return true;
                }
                return added;
            },
            &error, &file)) {
        printErr(error);
        return 1;
    }
    Out out(stdout);
    out << tr_("Assigned %1 to %2%3.").arg(a.target(), guest, a.persistent ? tr_(" (persistent)") : QString())
        << Qt::endl;
    for (const assign::Assignment &other : std::as_const(file.assignments)) {
        if (other.target() == a.target() && other.guest != guest)
            out << tr_("Note: %1 is also assigned to %2; when both run, the one you --prefer gets it.")
                       .arg(a.target(), other.guest)
                << Qt::endl;
    }
    if (!a.isVmware() && engineHolder().isEmpty())
        out << tr_("No agent is running: start it with 'systemctl --user enable --now plugboard-agent.service' "
                   "(or keep Plugboard's window open).")
            << Qt::endl;
    return 0;
}

int cmdUnassign(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr_("Stop giving a device or port to a guest (or to every guest)."));
    p.addPositionalArgument(QStringLiteral("DEVICE|PORT"), tr_("As given to 'assign'."));
    p.addPositionalArgument(
        QStringLiteral("GUEST"), tr_("Only this guest's assignment (optional)."), QStringLiteral("[GUEST]"));
    int rc = 0;
    if (!parseOrUsage(p, QStringLiteral("unassign"), args, &rc))
        return rc;
    const QStringList pos = p.positionalArguments();
    if (pos.isEmpty() || pos.size() > 2)
        return usage(tr_("'unassign' needs DEVICE|PORT and optionally GUEST."));
    assign::Target t;
    if (const int bad = resolveTargetArgument(pos.at(0), &t))
        return bad;
    assign::AssignmentFile file;
    if (!loadAssignments(&file))
        return 1;
    const QString guestArg = pos.value(1);
    const QStringList portParts = t.port.split(QLatin1Char('+'), Qt::SkipEmptyParts);
    QList<assign::Assignment> gone;
    for (const assign::Assignment &a : std::as_const(file.assignments)) {
        const bool sameTarget = t.port.isEmpty()
            ? a.device == t.device
            : std::any_of(portParts.cbegin(), portParts.cend(), [&](const QString &part) {
                  return a.port.split(QLatin1Char('+')).contains(part);
              });
        const bool sameGuest = guestArg.isEmpty() || a.guest == guestArg
            || (!a.isVmware() && a.guestRef().name() == guestArg)
            || (a.isVmware() && a.guest == vmware::VmwareGuestFile::canonicalPath(guestArg));
        if (sameTarget && sameGuest)
            gone.append(a);
    }
    if (gone.isEmpty()) {
        printErr(guestArg.isEmpty()
                ? tr_("%1 is not assigned.").arg(t.device.isEmpty() ? t.port : t.device)
                : tr_("%1 is not assigned to %2.").arg(t.device.isEmpty() ? t.port : t.device, guestArg));
        return 1;
    }
    QString error;
    for (const assign::Assignment &a : std::as_const(gone)) {
        if (a.isVmware()) {
            const auto id = host::DeviceIdentity::parse(a.device);
            const auto r = vmware::VmwareGuestFile::removeAutoconnect(a.guest, id->vendorId, id->productId);
            if (!r.ok) {
                printErr(r.message);
                return 1;
            }
        }
    }
    // Removed under the writers' lock from what is on disk then (another writer may have added some).
    if (!assign::AssignmentFile::update(
            assign::AssignmentFile::defaultPath(),
            [&](assign::AssignmentFile &f) {
                int n = 0;
                for (const assign::Assignment &a : std::as_const(gone))
                    n += f.remove(a.target(), a.guest);
                return n > 0;
            },
            &error)) {
        printErr(error);
        return 1;
    }
    for (const assign::Assignment &a : std::as_const(gone))
        Out(stdout) << tr_("Unassigned %1 from %2.").arg(a.target(), a.guest) << Qt::endl;
    return 0;
}

int cmdAssignments(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr_("List the assignments and which devices they match now."));
    p.addOption({QStringLiteral("json"), tr_("Write one JSON document.")});
    int rc = 0;
    if (!parseOrUsage(p, QStringLiteral("assignments"), args, &rc))
        return rc;
    if (!p.positionalArguments().isEmpty())
        return usage(tr_("'assignments' takes no arguments, got '%1'.").arg(p.positionalArguments().constFirst()));
    assign::AssignmentFile file;
    if (!loadAssignments(&file))
        return 1;
    host::SysfsHostBackend backend({QStringLiteral("/"), false, true});
    backend.start();
    const host::HostTopology &topo = backend.topology();
    const QString holder = engineHolder();
    QJsonArray arr;
    QString text;
    for (const assign::Assignment &a : std::as_const(file.assignments)) {
        QJsonArray present;
        QStringList presentIds;
        for (const host::UsbDevice &d : topo.devices) {
            if (!d.isHub() && a.matches(topo, d)) {
                present.append(d.id);
                presentIds.append(d.id);
            }
        }
        std::sort(presentIds.begin(), presentIds.end());
        QJsonObject o;
        o.insert(QStringLiteral("device"), a.device.isEmpty() ? QJsonValue() : QJsonValue(a.device));
        o.insert(QStringLiteral("port"), a.port.isEmpty() ? QJsonValue() : QJsonValue(a.port));
        o.insert(QStringLiteral("guest"), a.guest);
        o.insert(QStringLiteral("hypervisor"), a.isVmware() ? QStringLiteral("vmware") : QStringLiteral("libvirt"));
        o.insert(QStringLiteral("persistent"), a.persistent);
        o.insert(QStringLiteral("present"), QJsonArray::fromStringList(presentIds));
        arr.append(o);
        text += QStringLiteral("%1  %2  %3%4\n")
                    .arg(a.isPort() ? tr_("port") : tr_("device"), a.target(), a.guest,
                        (a.persistent ? tr_("  persistent") : QString())
                            + (presentIds.isEmpty() ? QString()
                                                    : tr_("  present: %1").arg(presentIds.join(QStringLiteral(", ")))));
    }
    if (p.isSet(QStringLiteral("json"))) {
        QJsonObject prefs;
        for (auto it = file.preferences.cbegin(); it != file.preferences.cend(); ++it)
            prefs.insert(it.key(), it.value());
        writeJson({{QStringLiteral("file"), file.path()}, {QStringLiteral("assignments"), arr},
            {QStringLiteral("preferences"), prefs},
            {QStringLiteral("engine"), holder.isEmpty() ? QJsonValue() : QJsonValue(holder)}});
        return 0;
    }
    Out out(stdout);
    if (file.assignments.isEmpty())
        out << tr_("No assignments (%1).").arg(file.path()) << Qt::endl;
    out << text;
    out << (holder.isEmpty() ? tr_("No agent is running.") : tr_("Kept by %1.").arg(holder)) << Qt::endl;
    return 0;
}

// SIGTERM/SIGINT end the agent cleanly (the lock is released, the journal says so).
int g_signalFd[2] = {-1, -1};
void onSignal(int)
{
    const char c = 1;
    [[maybe_unused]] const auto n = ::write(g_signalFd[1], &c, 1);
}

int cmdAgent(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr_("Keep the assignments: attach an assigned device whenever it appears or its "
                                    "guest starts. Run by the systemd user unit plugboard-agent.service."));
    p.addOption({QStringLiteral("connect"),
        tr_("Also watch this libvirt URI (the guests of the assignments are always watched)."), QStringLiteral("URI")});
    p.addOption({QStringLiteral("assignments"), tr_("Read this assignments file instead of the user's."),
        QStringLiteral("FILE")});
    p.addOption({QStringLiteral("no-notify"), tr_("Do not show desktop notifications.")});
    int rc = 0;
    if (!parseOrUsage(p, QStringLiteral("agent"), args, &rc))
        return rc;
    if (!p.positionalArguments().isEmpty())
        return usage(tr_("'agent' takes no arguments, got '%1'.").arg(p.positionalArguments().constFirst()));

    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, g_signalFd) == 0) {
        auto *sn = new QSocketNotifier(g_signalFd[0], QSocketNotifier::Read, qApp);
        QObject::connect(sn, &QSocketNotifier::activated, qApp, [] {
            printErr(tr_("Stopping."));
            QCoreApplication::quit();
        });
        struct sigaction sa = {};
        sa.sa_handler = onSignal;
        ::sigaction(SIGTERM, &sa, nullptr);
        ::sigaction(SIGINT, &sa, nullptr);
    }

    host::SysfsHostBackend backend({QStringLiteral("/"), true, true});
    backend.start();
    if (!backend.statusMessage().isEmpty())
        printErr(backend.statusMessage());
    const QString path = p.isSet(QStringLiteral("assignments")) ? p.value(QStringLiteral("assignments"))
                                                                : assign::AssignmentFile::defaultPath();
    assign::Engine engine(&backend, path);
    assign::Notifier notifier;
    const bool notify = !p.isSet(QStringLiteral("no-notify"));
    QObject::connect(&engine, &assign::Engine::logged, [](const QString &line) {
        printErr(line);
    });
    QObject::connect(&notifier, &assign::Notifier::failed, [](const QString &why) {
        printErr(tr_("Notification not shown: %1").arg(why));
    });
    QObject::connect(
        &engine, &assign::Engine::actionFinished, [&](const assign::Action &a, const libvirt::OperationResult &r) {
            if (notify && a.kind != assign::Action::Kind::DetachStale)
                notifier.notify(r.ok ? tr_("USB device given to a guest") : tr_("USB device not given to a guest"),
                    r.ok ? a.describe() : a.describe() + QStringLiteral("\n") + r.message, !r.ok);
        });
    QObject::connect(&engine, &assign::Engine::activeChanged, [](bool active) {
        if (active)
            printErr(tr_("Acting on assignments."));
    });
    // Connections: every URI an assignment names, and those given.
    std::vector<std::unique_ptr<libvirt::LibvirtConnection>> conns;
    auto ensureConnections = [&] {
        QStringList uris = p.values(QStringLiteral("connect"));
        for (const assign::Assignment &a : engine.file().assignments) {
            if (a.guestRef().hasUri())
                uris.append(a.guestRef().uri());
        }
        for (const QString &uri : std::as_const(uris)) {
            const bool have = std::any_of(conns.cbegin(), conns.cend(), [&](const auto &c) {
                return c->serves(uri);
            });
            if (have || uri.isEmpty())
                continue;
            conns.push_back(std::make_unique<libvirt::LibvirtConnection>(uri));
            libvirt::LibvirtConnection *c = conns.back().get();
            QObject::connect(c, &libvirt::LibvirtConnection::stateChanged, c, [c] {
                if (c->state() == libvirt::ConnectionState::Disconnected && !c->message().isEmpty())
                    printErr(c->uri() + QStringLiteral(": ") + c->message());
            });
            c->start();
            engine.addConnection(c);
        }
    };
    QObject::connect(&engine, &assign::Engine::assignmentsChanged, ensureConnections);
    engine.start();
    ensureConnections();
    if (!engine.isActive() && engine.lockError().isEmpty())
        printErr(tr_("Another Plugboard (window or agent) keeps the assignments for this user; waiting for it to "
                     "stop."));
    const int r = QCoreApplication::exec();
    conns.clear();
    return r;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("plugboardctl"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("plugboard.github.io"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PLUGBOARD_VERSION));
    // The system's language (LANGUAGE, LC_ALL, LC_MESSAGES, LANG); PLUGBOARD_LANG overrides it.
    installTranslations(qEnvironmentVariable("PLUGBOARD_LANG"));
    QStringList args = QCoreApplication::arguments().mid(1);
    if (args.isEmpty() || args.constFirst() == QLatin1String("--help") || args.constFirst() == QLatin1String("-h")) {
        Out out(args.isEmpty() ? stderr : stdout);
        out << QCoreApplication::translate("plugboardctl",
            "Usage: plugboardctl COMMAND [OPTIONS]\n\n"
            "Commands:\n"
            "  devices [--json] [--root DIR]\n"
            "      the host's USB controllers, ports and devices\n"
            "  guests [--json] [--connect URI]... [--vmx FILE]...\n"
            "      KVM (libvirt) and VMware guests with their USB controllers and devices\n"
            "  attach DEVICE GUEST [--live|--config|--both] [--connect URI]...\n"
            "  detach DEVICE GUEST [--live|--config|--both] [--connect URI]...\n"
            "      give a host device to a guest, or take it back\n"
            "  diagnose [--device D] [--port P] [--guest G] [--bundle DIR] [--json] [--connect URI]...\n"
            "      find out why a guest does not see a device\n"
            "  collect DIR [--archive] [--redact] [--device D] [--guest G] [--connect URI]...\n"
            "      write a diagnostic bundle for a bug report\n"
            "  assign DEVICE|PORT GUEST [--persistent] [--prefer]\n"
            "  unassign DEVICE|PORT [GUEST]\n"
            "  assignments [--json]\n"
            "      always give a device, or whatever is plugged into a port, to a guest\n"
            "  agent\n"
            "      keep the assignments (run by the systemd user unit plugboard-agent.service)\n\n"
            "Run 'plugboardctl COMMAND --help' for a command's options.\n");
        return args.isEmpty() ? 2 : 0;
    }
    if (args.constFirst() == QLatin1String("--version")) {
        Out(stdout) << "plugboardctl " << QCoreApplication::applicationVersion() << Qt::endl;
        return 0;
    }
    const QString cmd = args.takeFirst();
    if (cmd == QLatin1String("devices"))
        return cmdDevices(args);
    if (cmd == QLatin1String("guests"))
        return cmdGuests(args);
    if (cmd == QLatin1String("diagnose"))
        return cmdDiagnose(args);
    if (cmd == QLatin1String("collect"))
        return cmdCollect(args);
    if (cmd == QLatin1String("attach") || cmd == QLatin1String("detach"))
        return cmdAttachDetach(cmd, args);
    if (cmd == QLatin1String("assign"))
        return cmdAssign(args);
    if (cmd == QLatin1String("unassign"))
        return cmdUnassign(args);
    if (cmd == QLatin1String("assignments"))
        return cmdAssignments(args);
    if (cmd == QLatin1String("agent"))
        return cmdAgent(args);
    return usage(QCoreApplication::translate("plugboardctl", "Unknown command '%1'.").arg(cmd));
}
