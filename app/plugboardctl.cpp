// SPDX-License-Identifier: GPL-3.0-or-later
// plugboardctl: the command-line face of the core (wiring only; the work is in core/).
#include "diagnostics/bundlewriter.h"
#include "diagnostics/diagnosis.h"
#include "host/deviceresolver.h"
#include "host/sysfshostbackend.h"
#include "host/topologyformat.h"
#include "libvirt/guestdirectory.h"
#include "libvirt/guestformat.h"
#include "vmware/vmwareformat.h"
#include "vmware/vmwareguest.h"
#include "vmware/vmwareinventory.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

#include <cstdio>

using namespace plugboard;

namespace {

void printErr(const QString &s)
{
    QTextStream(stderr) << "plugboardctl: " << s << Qt::endl;
}

int usage(const QString &why)
{
    printErr(why);
    QTextStream(stderr) << QCoreApplication::translate("plugboardctl", "Run 'plugboardctl --help' for usage.")
                        << Qt::endl;
    return 2;
}

int cmdDevices(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        QCoreApplication::translate("plugboardctl", "Show the host's USB controllers, ports and devices."));
    p.addHelpOption();
    p.addOption({QStringLiteral("json"),
        QCoreApplication::translate("plugboardctl", "Write one JSON document (DESIGN.md contract).")});
    p.addOption({QStringLiteral("root"),
        QCoreApplication::translate("plugboardctl", "Read every host file under DIR instead of /."),
        QCoreApplication::translate("plugboardctl", "DIR")});
    p.addOption({QStringLiteral("no-empty"),
        QCoreApplication::translate("plugboardctl", "Hide empty ports in the text tree.")});
    if (!p.parse(QStringList {QStringLiteral("plugboardctl devices")} + args))
        return usage(p.errorText());
    if (p.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << p.helpText();
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
        QTextStream out(stdout);
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
        QTextStream(stdout) << p.helpText();
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
            QTextStream(stdout) << text;
        return failed == int(vmxFiles.size()) ? 1 : 0;
    }
    libvirt::GuestDirectory dir(connectUris(p));
    dir.openAll();
    for (const auto &c : dir.connections()) {
        if (c.error.isSet()) {
            ++failed;
            printErr(c.uri + QStringLiteral(": ") + c.error.userMessage());
        }
        for (const libvirt::GuestInfo &g : c.guests) {
            guests.append(libvirt::guestToJson(g));
            text += libvirt::guestToText(g);
        }
    }
    if (p.isSet(QStringLiteral("json"))) {
        QJsonObject o;
        o.insert(QStringLiteral("guests"), guests);
        writeJson(o);
    } else {
        QTextStream(stdout) << text;
    }
    // Unreachable default connections are normal (no libvirtd); an unreachable URI the user named is a failure.
    return explicitUris && failed == int(dir.connections().size()) ? 1 : 0;
}

// VMware: an automatic connection rule in the .vmx (no public API connects a device to a running VM).
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
    const auto r = attach ? vmware::VmwareGuestFile::addAutoconnect(vmx, vid, pid)
                          : vmware::VmwareGuestFile::removeAutoconnect(vmx, vid, pid);
    if (!r.ok) {
        printErr(r.message);
        return 1;
    }
    QTextStream(stdout) << g.path << ": " << r.message << Qt::endl;
    return 0;
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
    if (pos.at(1).endsWith(QLatin1String(".vmx"), Qt::CaseInsensitive))
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
    libvirt::AttachMode mode = match.guest->isRunning() ? libvirt::AttachMode::Both : libvirt::AttachMode::Config;
    if (p.isSet(QStringLiteral("live")))
        mode = libvirt::AttachMode::Live;
    else if (p.isSet(QStringLiteral("config")))
        mode = libvirt::AttachMode::Config;
    else if (p.isSet(QStringLiteral("both")))
        mode = libvirt::AttachMode::Both;
    const libvirt::OperationResult r = attach ? match.session->attachHostdev(match.guest->name, spec, mode)
                                              : match.session->detachHostdev(match.guest->name, spec, mode);
    if (!r.ok) {
        printErr(r.message);
        return 1;
    }
    QTextStream(stdout) << match.guest->id() << ": " << r.message << Qt::endl;
    return 0;
}
diagnostics::Subject subjectFrom(const QCommandLineParser &p)
{
    return {p.value(QStringLiteral("device")), p.value(QStringLiteral("port")), p.value(QStringLiteral("guest"))};
}

QStringList vmxOf(const diagnostics::Subject &s)
{
    return s.guest.endsWith(QLatin1String(".vmx"), Qt::CaseInsensitive) ? QStringList {s.guest} : QStringList {};
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
    QTextStream out(stdout);
    if (report.findings.isEmpty())
        out << QCoreApplication::translate("plugboardctl", "No problem found.") << Qt::endl;
    for (const diagnostics::Finding &f : report.findings) {
        out << "[" << diagnostics::severityName(f.severity) << "] " << f.check << ": " << f.title << Qt::endl;
        for (const QString &e : f.evidence)
            out << "    " << e << Qt::endl;
        for (const diagnostics::Fix &x : f.fixes)
            out << "    -> " << x.text << Qt::endl;
    }
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
    QTextStream(stdout)
        << QCoreApplication::translate("plugboardctl", "Bundle written to %1").arg(p.positionalArguments().constFirst())
        << Qt::endl;
    return 0;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("plugboardctl"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("plugboard.example.org"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PLUGBOARD_VERSION));
    QStringList args = QCoreApplication::arguments().mid(1);
    if (args.isEmpty() || args.constFirst() == QLatin1String("--help") || args.constFirst() == QLatin1String("-h")) {
        QTextStream out(args.isEmpty() ? stderr : stdout);
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
            "      write a diagnostic bundle for a bug report\n\n"
            "Run 'plugboardctl COMMAND --help' for a command's options.\n");
        return args.isEmpty() ? 2 : 0;
    }
    if (args.constFirst() == QLatin1String("--version")) {
        QTextStream(stdout) << "plugboardctl " << QCoreApplication::applicationVersion() << Qt::endl;
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
    return usage(QCoreApplication::translate("plugboardctl", "Unknown command '%1'.").arg(cmd));
}
