// SPDX-License-Identifier: GPL-3.0-or-later
// VMware guests from their .vmx files; running detection by lock directories and processes.
#include "vmwareguest.h"
#include "logging.h"

#include "host/sysfsvalue.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace plugboard::vmware {

namespace {
// The context lupdate records for this file's sentences (Q_DECLARE_TR_FUNCTIONS names it).
class VmwareGuestText
{
    Q_DECLARE_TR_FUNCTIONS(plugboard::vmware::VmwareGuest)
};

QString hex4(const QString &text)
{
    return host::sysfs::hex4(text).value_or(QString()); // "0x0781", "781" -> "0781"
}

// Processes whose command line names this .vmx (vmware-vmx runs with the path as an argument).
QString runningProcess(const QString &vmx, const QString &procRoot)
{
    const QByteArray wanted = QFile::encodeName(vmx);
    for (const QString &pid : QDir(procRoot).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        if (!pid.front().isDigit())
            continue;
        QFile comm(procRoot + QLatin1Char('/') + pid + QStringLiteral("/comm"));
        if (!comm.open(QIODevice::ReadOnly) || !comm.readAll().startsWith("vmware-vmx"))
            continue;
        QFile cmd(procRoot + QLatin1Char('/') + pid + QStringLiteral("/cmdline"));
        if (!cmd.open(QIODevice::ReadOnly))
            continue;
        if (cmd.readAll().split('\0').contains(wanted))
            return pid;
    }
    return {};
}
} // namespace

GuestState VmwareGuest::state() const
{
    return running ? GuestState::Running : GuestState::ShutOff;
}

QString VmwareGuestFile::canonicalPath(const QString &path)
{
    const QString c = QFileInfo(path).canonicalFilePath();
    return c.isEmpty() ? QFileInfo(path).absoluteFilePath() : c;
}

bool VmwareGuestFile::isRunning(const QString &vmxPath, const QString &procRoot, QString *why)
{
    // VMware holds "<name>.vmx.lck" (a directory of lock files) while the VM is powered on.
    const QString lock = vmxPath + QStringLiteral(".lck");
    if (QFileInfo(lock).isDir() && !QDir(lock).entryList(QDir::Files | QDir::NoDotAndDotDot).isEmpty()) {
        if (why)
            *why = VmwareGuestText::tr("its lock directory %1 exists").arg(lock);
        return true;
    }
    const QString pid = runningProcess(vmxPath, procRoot);
    if (!pid.isEmpty()) {
        if (why)
            *why = VmwareGuestText::tr("vmware-vmx (process %1) runs it").arg(pid);
        return true;
    }
    return false;
}

QList<AutoconnectRule> VmwareGuestFile::parseRules(const VmxDocument &doc)
{
    QList<AutoconnectRule> out;
    for (const QString &key : doc.keysWithPrefix(QStringLiteral("usb.autoConnect.device"))) {
        AutoconnectRule r;
        r.key = key;
        r.pattern = doc.value(key, QString());
        if (r.pattern.trimmed().isEmpty())
            continue; // usb.autoConnect.device0 = "" connects nothing: no rule
        // "name:value" pairs separated by spaces (VMware's autoconnect pattern).
        for (const QString &pair : r.pattern.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            const int colon = pair.indexOf(QLatin1Char(':'));
            if (colon < 0)
                continue;
            const QString name = pair.left(colon).toLower();
            const QString value = pair.mid(colon + 1);
            if (name == QLatin1String("vid"))
                r.vendorId = hex4(value);
            else if (name == QLatin1String("pid"))
                r.productId = hex4(value);
            else if (name == QLatin1String("path"))
                r.path = value;
        }
        out.append(r);
    }
    return out;
}

VmwareGuest VmwareGuestFile::read(const QString &vmxPath, const QString &procRoot)
{
    VmwareGuest g;
    g.path = canonicalPath(vmxPath);
    g.displayName = QFileInfo(vmxPath).completeBaseName();
    QString error;
    const auto doc = VmxDocument::load(vmxPath, &error);
    if (!doc) {
        g.error = error;
        return g;
    }
    g.displayName = doc->value(QStringLiteral("displayName"), g.displayName);
    g.encrypted = doc->isEncrypted();
    g.running = isRunning(g.path, procRoot, &g.runningWhy);
    g.hardwareVersion = doc->value(QStringLiteral("virtualHW.version"), QStringLiteral("0")).toInt();
    // VMware's controllers: UHCI 2 ports, EHCI 6, xHCI 8 (4 SuperSpeed + 4 USB 2).
    if (doc->boolValue(QStringLiteral("usb.present")))
        g.controllers.append({QStringLiteral("uhci"), 2});
    if (doc->boolValue(QStringLiteral("ehci.present")))
        g.controllers.append({QStringLiteral("ehci"), 6});
    if (doc->boolValue(QStringLiteral("usb_xhci.present")))
        g.controllers.append({QStringLiteral("xhci"), 8});
    g.allowHid = doc->boolValue(QStringLiteral("usb.generic.allowHID"));
    g.allowLastHid = doc->boolValue(QStringLiteral("usb.generic.allowLastHID"));
    g.rules = parseRules(*doc);
    for (const QString &key : doc->keysWithPrefix(QStringLiteral("usb.quirks.device")))
        g.quirks.append(doc->value(key, QString()));
    return g;
}

namespace {
using Result = VmwareGuestFile::Result;

// Loads for editing, refusing while the VM runs.
std::optional<VmxDocument> openForEdit(const QString &vmxPath, const QString &procRoot, Result *r)
{
    QString why;
    if (VmwareGuestFile::isRunning(VmwareGuestFile::canonicalPath(vmxPath), procRoot, &why)) {
        r->message = VmwareGuestText::tr(
            "The virtual machine is running (%1). VMware rewrites its .vmx when it shuts down, so Plugboard "
            "does not change it now: shut the VM down and try again, or use VMware's VM ▸ Removable Devices menu.")
                         .arg(why);
        return std::nullopt;
    }
    QString error;
    auto doc = VmxDocument::load(vmxPath, &error);
    if (!doc) {
        r->message = error;
    } else if (doc->isEncrypted()) {
        r->message = VmwareGuestText::tr(
            "This virtual machine is encrypted: its USB settings are inside the encrypted part of %1, so Plugboard "
            "cannot change them and does not write keys beside it. Change them in VMware (VM ▸ Settings ▸ USB "
            "Controller) with the VM's password.")
                         .arg(vmxPath);
        return std::nullopt;
    }
    return doc;
}

Result saved(VmxDocument &doc, const QString &done)
{
    Result r;
    QString error;
    if (!doc.save(&error)) {
        qCInfo(lcVmware) << "not saved:" << error;
        r.message = error;
        return r;
    }
    PB_LOG(lcVmware) << "saved" << doc.path() << "(backup beside it):" << done;
    r.ok = true;
    r.changed = true;
    r.message = done;
    return r;
}
} // namespace

Result VmwareGuestFile::addAutoconnect(
    const QString &vmxPath, const QString &vid, const QString &pid, const QString &procRoot)
{
    Result r;
    auto doc = openForEdit(vmxPath, procRoot, &r);
    if (!doc)
        return r;
    int next = 0;
    for (const AutoconnectRule &rule : parseRules(*doc)) {
        if (rule.vendorId == vid && rule.productId == pid && rule.path.isEmpty()) {
            r.ok = true;
            r.message = VmwareGuestText::tr("The VM already connects %1:%2 automatically.").arg(vid, pid);
            return r;
        }
        static const QRegularExpression num(QStringLiteral("(\\d+)$"));
        if (const auto m = num.match(rule.key); m.hasMatch())
            next = qMax(next, m.captured(1).toInt() + 1);
    }
    if (!doc->boolValue(QStringLiteral("usb.present")))
        doc->setValue(QStringLiteral("usb.present"), QStringLiteral("TRUE"));
    doc->setValue(
        QStringLiteral("usb.autoConnect.device%1").arg(next), QStringLiteral("vid:0x%1 pid:0x%2").arg(vid, pid));
    return saved(*doc,
        VmwareGuestText::tr(
            "The device %1:%2 will be connected to this VM when it starts or when the device is plugged in.")
            .arg(vid, pid));
}

Result VmwareGuestFile::removeAutoconnect(
    const QString &vmxPath, const QString &vid, const QString &pid, const QString &procRoot)
{
    Result r;
    auto doc = openForEdit(vmxPath, procRoot, &r);
    if (!doc)
        return r;
    int removed = 0;
    for (const AutoconnectRule &rule : parseRules(*doc)) {
        if (rule.vendorId == vid && rule.productId == pid)
            removed += doc->remove(rule.key);
    }
    if (!removed) {
        r.message = VmwareGuestText::tr("The VM has no automatic connection rule for %1:%2.").arg(vid, pid);
        return r;
    }
    return saved(*doc, VmwareGuestText::tr("The VM no longer connects %1:%2 automatically.").arg(vid, pid));
}

Result VmwareGuestFile::enableController(const QString &vmxPath, int generation, const QString &procRoot)
{
    Result r;
    auto doc = openForEdit(vmxPath, procRoot, &r);
    if (!doc)
        return r;
    const int hw = doc->value(QStringLiteral("virtualHW.version"), QStringLiteral("0")).toInt();
    if (generation >= 3 && hw < 8) {
        r.message = VmwareGuestText::tr(
            "USB 3 needs virtual hardware version 8 or later; this VM has version %1. Upgrade its compatibility in "
            "VMware first (VM ▸ Manage ▸ Change Hardware Compatibility); older VMware versions then cannot open it.")
                        .arg(hw);
        return r;
    }
    doc->setValue(QStringLiteral("usb.present"), QStringLiteral("TRUE"));
    if (generation >= 2)
        doc->setValue(QStringLiteral("ehci.present"), QStringLiteral("TRUE"));
    if (generation >= 3)
        doc->setValue(QStringLiteral("usb_xhci.present"), QStringLiteral("TRUE"));
    if (!doc->isModified()) {
        r.ok = true;
        r.message = VmwareGuestText::tr("The controller is already enabled.");
        return r;
    }
    return saved(*doc,
        generation >= 3 ? VmwareGuestText::tr("A USB 3 controller was added to the VM.")
                        : VmwareGuestText::tr("A USB 2 controller was added to the VM."));
}

Result VmwareGuestFile::allowHid(const QString &vmxPath, bool allow, const QString &procRoot)
{
    Result r;
    auto doc = openForEdit(vmxPath, procRoot, &r);
    if (!doc)
        return r;
    doc->setValue(QStringLiteral("usb.generic.allowHID"), allow ? QStringLiteral("TRUE") : QStringLiteral("FALSE"));
    doc->setValue(QStringLiteral("usb.generic.allowLastHID"), allow ? QStringLiteral("TRUE") : QStringLiteral("FALSE"));
    if (!doc->isModified()) {
        r.ok = true;
        r.message = VmwareGuestText::tr("Nothing to change.");
        return r;
    }
    return saved(*doc,
        allow ? VmwareGuestText::tr("Keyboards, mice and other HID devices can now be given to this VM.")
              : VmwareGuestText::tr("HID devices are no longer offered to this VM."));
}

QString VmwareGuestFile::liveConnectExplanation(const VmwareGuest &g)
{
    return VmwareGuestText::tr(
        "%1 is running. VMware has no public interface for connecting a device to a running VM: use VMware's "
        "VM ▸ Removable Devices menu now, or shut the VM down and let Plugboard add an automatic connection rule "
        "so the "
        "device connects whenever the VM starts or the device is plugged in.")
        .arg(g.displayName);
}

QString VmwareHostState::summary() const
{
    QStringList parts;
    parts.append(arbitratorRunning ? VmwareGuestText::tr("USB arbitrator running")
                                   : VmwareGuestText::tr("USB arbitrator not running"));
    parts.append(vmmonLoaded && vmnetLoaded ? VmwareGuestText::tr("vmmon and vmnet loaded")
                                            : VmwareGuestText::tr("vmmon/vmnet not loaded"));
    return parts.join(QStringLiteral(", "));
}

VmwareHostState readVmwareHostState(const QString &procRoot)
{
    VmwareHostState s;
    QFile modules(procRoot + QStringLiteral("/modules"));
    if (modules.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : modules.readAll().split('\n')) {
            const QByteArray name = line.left(line.indexOf(' '));
            s.vmmonLoaded = s.vmmonLoaded || name == "vmmon";
            s.vmnetLoaded = s.vmnetLoaded || name == "vmnet";
        }
    }
    for (const QString &pid : QDir(procRoot).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        if (!pid.front().isDigit())
            continue;
        QFile comm(procRoot + QLatin1Char('/') + pid + QStringLiteral("/comm"));
        // comm is cut at 15 bytes: "vmware-usbarbitrator" reads "vmware-usbarbit".
        if (comm.open(QIODevice::ReadOnly) && comm.readAll().startsWith("vmware-usbarbit")) {
            s.arbitratorRunning = true;
            break;
        }
    }
    return s;
}

} // namespace plugboard::vmware
