// SPDX-License-Identifier: GPL-3.0-or-later
// Facts from a bundle (confined to its directory) or from this machine (each source bounded in time).
#include "facts.h"
#include "logging.h"

#include "bundlearchive.h"

#include "host/sysfsroot.h"
#include "host/topologyreader.h"
#include "libvirt/guestdirectory.h"
#include "vmware/vmwareguest.h"
#include "vmware/vmxdocument.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>

#include <grp.h>
#include <pwd.h>
#include <sys/stat.h>
#include <sys/xattr.h>
#include <unistd.h>

namespace plugboard::diagnostics {

namespace {
// The context lupdate records for this file's sentences (Q_DECLARE_TR_FUNCTIONS names it).
class FactsText
{
    Q_DECLARE_TR_FUNCTIONS(plugboard::diagnostics::Facts)
};

QStringList lines(const QString &text)
{
    return text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

// Reads a file inside a bundle: every component is resolved within the bundle, the final one is
// never followed. nullopt when missing or when it would leave the bundle.
std::optional<QString> bundleText(const host::SysfsRoot &root, const QString &rel)
{
    if (rel.isEmpty() || rel.startsWith(QLatin1Char('/')) || rel.contains(QLatin1String("..")))
        return std::nullopt;
    const auto resolved = root.resolveLink(rel);
    if (!resolved)
        return std::nullopt;
    const auto bytes = root.readBytes(*resolved, 16 * 1024 * 1024);
    if (!bytes)
        return std::nullopt;
    return QString::fromUtf8(*bytes);
}

NodeFacts nodeFromJson(const QJsonObject &o)
{
    NodeFacts n;
    n.uid = o.value(QStringLiteral("uid")).toInt(-1);
    n.gid = o.value(QStringLiteral("gid")).toInt(-1);
    n.mode = o.value(QStringLiteral("mode")).toString();
    for (const QJsonValue &a : o.value(QStringLiteral("acl")).toArray())
        n.acl.append(a.toString());
    return n;
}

std::optional<QString> runTool(const QString &program, const QStringList &args, int timeoutMs, QString *why)
{
    const QString exe = QStandardPaths::findExecutable(program,
        {QStringLiteral("/usr/bin"), QStringLiteral("/usr/sbin"), QStringLiteral("/bin"), QStringLiteral("/sbin")});
    if (exe.isEmpty()) {
        *why = FactsText::tr("%1 is not installed").arg(program);
        return std::nullopt;
    }
    QProcess p;
    p.start(exe, args);
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished(1000);
        *why = FactsText::tr("%1 did not answer within %2 s").arg(program).arg(timeoutMs / 1000);
        return std::nullopt;
    }
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        *why = QString::fromUtf8(p.readAllStandardError()).trimmed();
        if (why->isEmpty())
            *why = FactsText::tr("%1 failed (exit %2)").arg(program).arg(p.exitCode());
        return std::nullopt;
    }
    return QString::fromUtf8(p.readAllStandardOutput());
}

// POSIX ACL entries from the system.posix_acl_access attribute, in getfacl's "user:UID:rw-" form.
QStringList readAcl(const QByteArray &path)
{
    QStringList out;
    char buf[1024];
    const ssize_t n = ::getxattr(path.constData(), "system.posix_acl_access", buf, sizeof buf);
    if (n < 4)
        return out;
    for (ssize_t off = 4; off + 8 <= n; off += 8) {
        const auto tag = quint16(uchar(buf[off]) | (uchar(buf[off + 1]) << 8));
        const auto perm = quint16(uchar(buf[off + 2]) | (uchar(buf[off + 3]) << 8));
        const quint32 id = uchar(buf[off + 4]) | (uchar(buf[off + 5]) << 8) | (uchar(buf[off + 6]) << 16)
            | (quint32(uchar(buf[off + 7])) << 24);
        const QString p = QString(QLatin1Char(perm & 4 ? 'r' : '-')) + QLatin1Char(perm & 2 ? 'w' : '-')
            + QLatin1Char(perm & 1 ? 'x' : '-');
        if (tag == 0x02)
            out.append(QStringLiteral("user:%1:%2").arg(id).arg(p));
        else if (tag == 0x08)
            out.append(QStringLiteral("group:%1:%2").arg(id).arg(p));
    }
    return out;
}
} // namespace

const DomainFacts *Facts::domain(const QString &guestId) const
{
    if (!libvirt)
        return nullptr;
    for (const LibvirtFacts &l : *libvirt) {
        for (const DomainFacts &d : l.domains) {
            if (d.id() == guestId || d.name == guestId)
                return &d;
        }
    }
    return nullptr;
}

const VmwareFacts *Facts::vmwareGuest(const QString &guestId) const
{
    if (!vmware)
        return nullptr;
    for (const VmwareFacts &v : *vmware) {
        if (v.path == guestId || v.vmx == guestId)
            return &v;
    }
    return nullptr;
}

std::optional<Facts> readBundle(const QString &dir, QString *error)
{
    const host::SysfsRoot root(dir);
    const auto manifestText = bundleText(root, QStringLiteral("bundle.json"));
    PB_LOG(lcDiagnostics) << "reading bundle" << dir;
    if (!manifestText) {
        *error = FactsText::tr("%1 is not a diagnostic bundle: it has no bundle.json.").arg(dir);
        qCInfo(lcDiagnostics) << *error;
        return std::nullopt;
    }
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(manifestText->toUtf8(), &pe);
    const QJsonObject m = doc.object();
    if (pe.error != QJsonParseError::NoError
        || m.value(QStringLiteral("format")).toString() != QLatin1String("plugboard-bundle")) {
        *error = FactsText::tr("%1/bundle.json is not a Plugboard bundle manifest (%2).")
                     .arg(dir, pe.error ? pe.errorString() : FactsText::tr("wrong format"));
        return std::nullopt;
    }
    if (m.value(QStringLiteral("version")).toInt() != 1) {
        *error = FactsText::tr("The bundle has format version %1; this Plugboard reads version 1.")
                     .arg(m.value(QStringLiteral("version")).toInt());
        return std::nullopt;
    }
    Facts f;
    f.source = dir;
    f.topology = host::TopologyReader(root).readAll();
    auto optionalLines = [&](const QString &rel, std::optional<QStringList> *target, const QString &what) {
        if (const auto t = bundleText(root, rel))
            *target = lines(*t);
        else
            f.notRead.insert(what, FactsText::tr("not in the bundle"));
    };
    optionalLines(QStringLiteral("logs/kernel.log"), &f.kernelLog, QStringLiteral("kernel log"));
    optionalLines(QStringLiteral("logs/audit.log"), &f.auditLog, QStringLiteral("audit log"));
    if (const auto mods = bundleText(root, QStringLiteral("proc/modules"))) {
        QStringList names;
        for (const QString &l : lines(*mods))
            names.append(l.section(QLatin1Char(' '), 0, 0));
        f.modules = names;
    }
    f.mountinfo = bundleText(root, QStringLiteral("proc/self/mountinfo"));
    f.swaps = bundleText(root, QStringLiteral("proc/swaps"));
    for (const QString &rulesDir : {QStringLiteral("etc/udev/rules.d"), QStringLiteral("usr/lib/udev/rules.d")}) {
        for (const QString &name : root.entries(rulesDir)) {
            if (const auto t = bundleText(root, rulesDir + QLatin1Char('/') + name))
                f.udevRules.insert(QLatin1Char('/') + rulesDir + QLatin1Char('/') + name, *t);
        }
    }
    for (const QString &conf :
        {QStringLiteral("etc/libvirt/qemu.conf"), QStringLiteral("etc/usbguard/usbguard-daemon.conf")}) {
        if (const auto t = bundleText(root, conf))
            f.configFiles.insert(QLatin1Char('/') + conf, *t);
    }
    const QJsonObject user = m.value(QStringLiteral("user")).toObject();
    f.userName = user.value(QStringLiteral("name")).toString();
    f.uid = user.value(QStringLiteral("uid")).toInt(-1);
    for (const QJsonValue &g : user.value(QStringLiteral("groups")).toArray())
        f.groups.append(g.toString());
    if (m.contains(QStringLiteral("services"))) {
        QMap<QString, QString> s;
        const QJsonObject o = m.value(QStringLiteral("services")).toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            s.insert(it.key(), it.value().toString());
        f.services = s;
    }
    if (m.contains(QStringLiteral("processes"))) {
        QList<std::pair<int, QString>> ps;
        for (const QJsonValue &v : m.value(QStringLiteral("processes")).toArray())
            ps.append({v.toObject().value(QStringLiteral("pid")).toInt(),
                v.toObject().value(QStringLiteral("comm")).toString()});
        f.processes = ps;
    }
    auto nodeMap = [](const QJsonObject &o) {
        QMap<QString, NodeFacts> out;
        for (auto it = o.begin(); it != o.end(); ++it)
            out.insert(it.key(), nodeFromJson(it.value().toObject()));
        return out;
    };
    if (m.contains(QStringLiteral("device_nodes")))
        f.deviceNodes = nodeMap(m.value(QStringLiteral("device_nodes")).toObject());
    if (m.contains(QStringLiteral("files")))
        f.files = nodeMap(m.value(QStringLiteral("files")).toObject());
    if (m.contains(QStringLiteral("open_device_nodes"))) {
        QMap<QString, QStringList> open;
        const QJsonObject o = m.value(QStringLiteral("open_device_nodes")).toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            QStringList holders;
            for (const QJsonValue &h : it.value().toArray())
                holders.append(QStringLiteral("%1 %2")
                                   .arg(h.toObject().value(QStringLiteral("pid")).toInt())
                                   .arg(h.toObject().value(QStringLiteral("comm")).toString()));
            open.insert(it.key(), holders);
        }
        f.openDeviceNodes = open;
    }
    if (m.contains(QStringLiteral("libvirt"))) {
        QList<LibvirtFacts> conns;
        for (const QJsonValue &cv : m.value(QStringLiteral("libvirt")).toArray()) {
            const QJsonObject c = cv.toObject();
            LibvirtFacts l;
            l.uri = c.value(QStringLiteral("uri")).toString();
            l.libvirtVersion = c.value(QStringLiteral("libvirt_version")).toString();
            l.hypervisorVersion = c.value(QStringLiteral("hypervisor_version")).toString();
            l.error = c.value(QStringLiteral("error")).toString();
            if (const auto caps = bundleText(root, c.value(QStringLiteral("domcapabilities")).toString()))
                l.domcapabilities = caps->toUtf8();
            for (const QJsonValue &dv : c.value(QStringLiteral("domains")).toArray()) {
                const QJsonObject d = dv.toObject();
                DomainFacts df;
                df.uri = l.uri;
                df.name = d.value(QStringLiteral("name")).toString();
                df.uuid = d.value(QStringLiteral("uuid")).toString();
                df.state = stateFromWord(d.value(QStringLiteral("state")).toString());
                if (const auto xml = bundleText(root, d.value(QStringLiteral("xml")).toString()))
                    df.usb = libvirt::parseDomainXml(xml->toUtf8());
                else
                    df.usb.error = FactsText::tr("the bundle lacks this guest's definition");
                if (const auto inactive = bundleText(root, d.value(QStringLiteral("inactive_xml")).toString()))
                    df.inactive = libvirt::parseDomainXml(inactive->toUtf8());
                if (const auto log = bundleText(root, d.value(QStringLiteral("log")).toString()))
                    df.log = lines(*log);
                l.domains.append(df);
            }
            conns.append(l);
        }
        f.libvirt = conns;
    }
    if (m.contains(QStringLiteral("vmware"))) {
        QList<VmwareFacts> vms;
        for (const QJsonValue &vv : m.value(QStringLiteral("vmware")).toArray()) {
            const QJsonObject v = vv.toObject();
            VmwareFacts vf;
            vf.vmx = v.value(QStringLiteral("vmx")).toString();
            vf.path = v.value(QStringLiteral("path")).toString(vf.vmx);
            vf.running = v.value(QStringLiteral("running")).toBool();
            if (const auto text = bundleText(root, vf.vmx)) {
                if (const auto doc = vmware::VmxDocument::parse(text->toUtf8())) {
                    for (const QString &k : doc->keys())
                        vf.keys.insert(k.toLower(), doc->value(k, QString()));
                }
            }
            vms.append(vf);
        }
        f.vmware = vms;
    }
    const QJsonObject ug = m.value(QStringLiteral("usbguard")).toObject();
    if (const auto list = bundleText(root, ug.value(QStringLiteral("list_devices")).toString()))
        f.usbguardDevices = *list;
    const QJsonObject se = m.value(QStringLiteral("selinux")).toObject();
    if (se.contains(QStringLiteral("mode")))
        f.selinuxMode = se.value(QStringLiteral("mode")).toString();
    const QJsonObject bools = se.value(QStringLiteral("booleans")).toObject();
    for (auto it = bools.begin(); it != bools.end(); ++it)
        f.selinuxBooleans.insert(it.key(), it.value().toString());
    if (m.contains(QStringLiteral("apparmor")))
        f.apparmorEnabled = m.value(QStringLiteral("apparmor")).toObject().value(QStringLiteral("enabled")).toBool();
    const QJsonObject le = m.value(QStringLiteral("last_error")).toObject();
    f.lastErrorSource = le.value(QStringLiteral("source")).toString();
    f.lastErrorMessage = le.value(QStringLiteral("message")).toString();
    const QJsonObject subj = m.value(QStringLiteral("subject")).toObject();
    f.subject = {subj.value(QStringLiteral("device")).toString(), subj.value(QStringLiteral("port")).toString(),
        subj.value(QStringLiteral("guest")).toString()};
    return f;
}

std::optional<Facts> openBundle(const QString &path, const QString &scratch, QString *error)
{
    const QFileInfo fi(path);
    if (fi.isDir())
        return readBundle(path, error);
    if (!fi.isFile()) {
        *error = FactsText::tr("%1 does not exist.").arg(path);
        return std::nullopt;
    }
    // libarchive, every entry checked: no device node, hard link, link out or size bomb gets through.
    if (!unpackBundle(fi.absoluteFilePath(), scratch, error))
        return std::nullopt;
    // The archive holds one directory: the bundle.
    const QStringList top = QDir(scratch).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    if (QFileInfo::exists(scratch + QStringLiteral("/bundle.json")))
        return readBundle(scratch, error);
    if (top.size() != 1) {
        *error = FactsText::tr("%1 does not contain one bundle directory.").arg(path);
        return std::nullopt;
    }
    return readBundle(scratch + QLatin1Char('/') + top.first(), error);
}

Facts collectLive(const QStringList &uris, const QStringList &vmxFiles, const Subject &subject)
{
    Facts f;
    f.source = QStringLiteral("live");
    f.subject = subject;
    const host::SysfsRoot root(QStringLiteral("/"));
    f.topology = host::TopologyReader(root, nullptr).readAll();
    QString why;
    // Kernel log: the journal, else the kernel ring buffer (often closed to unprivileged users).
    if (auto j = runTool(QStringLiteral("journalctl"),
            {QStringLiteral("-k"), QStringLiteral("-b"), QStringLiteral("--no-pager"), QStringLiteral("-q")}, 5000,
            &why)) {
        f.kernelLog = lines(*j);
    } else if (auto d = runTool(QStringLiteral("dmesg"), {}, 5000, &why)) {
        f.kernelLog = lines(*d);
    } else {
        f.notRead.insert(QStringLiteral("kernel log"), why);
    }
    if (const auto audit = root.readBytes(QStringLiteral("var/log/audit/audit.log"), 8 * 1024 * 1024))
        f.auditLog = lines(QString::fromUtf8(*audit));
    else
        f.notRead.insert(QStringLiteral("audit log"), FactsText::tr("/var/log/audit/audit.log is not readable"));
    if (const auto mods = root.readText(QStringLiteral("proc/modules"))) {
        QStringList names;
        for (const QString &l : lines(*mods))
            names.append(l.section(QLatin1Char(' '), 0, 0));
        f.modules = names;
    }
    f.mountinfo = root.readText(QStringLiteral("proc/self/mountinfo"));
    f.swaps = root.readText(QStringLiteral("proc/swaps"));
    for (const QString &dir : {QStringLiteral("etc/udev/rules.d"), QStringLiteral("usr/lib/udev/rules.d")}) {
        for (const QString &name : root.entries(dir)) {
            const auto t = root.readText(dir + QLatin1Char('/') + name);
            // Only rules that can touch USB devices: the rest is noise in a bundle.
            if (t && (t->contains(QLatin1String("usb")) || t->contains(QLatin1String("authorized"))))
                f.udevRules.insert(QLatin1Char('/') + dir + QLatin1Char('/') + name, *t);
        }
    }
    for (const QString &conf :
        {QStringLiteral("etc/libvirt/qemu.conf"), QStringLiteral("etc/usbguard/usbguard-daemon.conf")}) {
        if (const auto t = root.readText(conf))
            f.configFiles.insert(QLatin1Char('/') + conf, *t);
    }
    // Processes (comm) and who holds USB device nodes open (only our own processes unless root).
    QList<std::pair<int, QString>> procs;
    QMap<QString, QStringList> open;
    for (const QString &pid : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        bool ok = false;
        const int n = pid.toInt(&ok);
        if (!ok)
            continue;
        const QString comm
            = root.readText(QStringLiteral("proc/") + pid + QStringLiteral("/comm")).value_or(QString()).trimmed();
        procs.append({n, comm});
        const QString fdDir = QStringLiteral("/proc/") + pid + QStringLiteral("/fd");
        for (const QString &fd : QDir(fdDir).entryList(QDir::System | QDir::NoDotAndDotDot)) {
            const QString target = QFile::symLinkTarget(fdDir + QLatin1Char('/') + fd);
            if (target.startsWith(QLatin1String("/dev/bus/usb/")))
                open[target].append(QStringLiteral("%1 %2").arg(n).arg(comm));
        }
    }
    f.processes = procs;
    f.openDeviceNodes = open;
    QMap<QString, NodeFacts> nodes;
    for (const host::UsbDevice &d : f.topology.devices) {
        if (!d.busnum || !d.devnum)
            continue;
        const QString node = QStringLiteral("/dev/bus/usb/%1/%2")
                                 .arg(*d.busnum, 3, 10, QLatin1Char('0'))
                                 .arg(*d.devnum, 3, 10, QLatin1Char('0'));
        const QByteArray path = QFile::encodeName(node);
        struct stat st
        {
        };
        if (::stat(path.constData(), &st) != 0)
            continue;
        nodes.insert(node,
            {int(st.st_uid), int(st.st_gid), QStringLiteral("%1").arg(st.st_mode & 07777, 4, 8, QLatin1Char('0')),
                readAcl(path)});
    }
    f.deviceNodes = nodes;
    QMap<QString, NodeFacts> files;
    for (const QString &helper : {QStringLiteral("/usr/libexec/spice-client-glib-usb-acl-helper"),
             QStringLiteral("/usr/lib/x86_64-linux-gnu/spice-client-glib-usb-acl-helper")}) {
        struct stat st
        {
        };
        if (::stat(QFile::encodeName(helper).constData(), &st) == 0)
            files.insert(helper,
                {int(st.st_uid), int(st.st_gid), QStringLiteral("%1").arg(st.st_mode & 07777, 4, 8, QLatin1Char('0')),
                    {}});
    }
    f.files = files;
    QMap<QString, QString> services;
    for (const QString &svc : {QStringLiteral("libvirtd"), QStringLiteral("virtqemud"), QStringLiteral("usbguard"),
             QStringLiteral("vmware-USBArbitrator")}) {
        QString err;
        const auto out = runTool(QStringLiteral("systemctl"), {QStringLiteral("is-active"), svc}, 3000, &err);
        services.insert(svc,
            out ? out->trimmed()
                : (err.contains(QLatin1String("inactive")) ? QStringLiteral("inactive") : QStringLiteral("unknown")));
    }
    f.services = services;
    // libvirt: each connection's guests and their definitions.
    libvirt::GuestDirectory dir(uris);
    dir.openAll();
    QList<LibvirtFacts> conns;
    for (const auto &c : dir.connections()) {
        LibvirtFacts l;
        l.uri = c.session && c.session->isOpen() ? c.session->canonicalUri() : c.uri;
        l.error = c.error.isSet() ? c.error.message : QString();
        if (c.session && c.session->isOpen()) {
            l.domcapabilities = c.session->domainCapabilities();
            l.libvirtVersion = c.session->libvirtVersion();
            l.hypervisorVersion = c.session->hypervisorVersion();
        }
        for (const libvirt::GuestInfo &g : c.guests) {
            DomainFacts d;
            d.uri = g.uri;
            d.name = g.name;
            d.uuid = g.uuid;
            d.state = g.state;
            d.usb = g.usb;
            d.inactive = g.inactiveUsb;
            d.xml = g.xml;
            d.inactiveXml = g.inactiveXml;
            const QString logDir = c.uri.endsWith(QLatin1String("/session"))
                ? QString(QDir::homePath() + QStringLiteral("/.cache/libvirt/qemu/log/"))
                : QStringLiteral("/var/log/libvirt/qemu/");
            const QString log = logDir + g.name + QStringLiteral(".log");
            QFile lf(log);
            if (lf.open(QIODevice::ReadOnly)) {
                const QStringList all = lines(QString::fromUtf8(lf.read(4 * 1024 * 1024)));
                d.log = all.mid(qMax(0, int(all.size()) - 500)); // the recent part is what matters
            }
            l.domains.append(d);
        }
        conns.append(l);
    }
    f.libvirt = conns;
    QList<VmwareFacts> vms;
    for (const QString &vmx : vmxFiles) {
        VmwareFacts v;
        v.path = vmware::VmwareGuestFile::canonicalPath(vmx);
        v.vmx = v.path;
        v.running = vmware::VmwareGuestFile::isRunning(v.path, QStringLiteral("/proc"));
        if (const auto doc = vmware::VmxDocument::load(vmx)) {
            for (const QString &k : doc->keys())
                v.keys.insert(k.toLower(), doc->value(k, QString()));
        }
        vms.append(v);
    }
    f.vmware = vms;
    if (auto ug = runTool(QStringLiteral("usbguard"), {QStringLiteral("list-devices")}, 3000, &why))
        f.usbguardDevices = *ug;
    if (const auto enforce = root.readText(QStringLiteral("sys/fs/selinux/enforce")))
        f.selinuxMode
            = enforce->trimmed() == QLatin1String("1") ? QStringLiteral("enforcing") : QStringLiteral("permissive");
    if (const auto b = root.readText(QStringLiteral("sys/fs/selinux/booleans/virt_use_usb")))
        f.selinuxBooleans.insert(QStringLiteral("virt_use_usb"),
            b->section(QLatin1Char(' '), 0, 0).trimmed() == QLatin1String("1") ? QStringLiteral("on")
                                                                               : QStringLiteral("off"));
    if (const auto aa = root.readText(QStringLiteral("sys/module/apparmor/parameters/enabled")))
        f.apparmorEnabled = aa->trimmed() == QLatin1String("Y");
    f.uid = int(::getuid());
    if (const passwd *pw = ::getpwuid(::getuid()))
        f.userName = QString::fromLocal8Bit(pw->pw_name);
    gid_t groups[256];
    const int ng = ::getgroups(256, groups);
    for (int i = 0; i < ng; ++i) {
        if (const group *g = ::getgrgid(groups[i]))
            f.groups.append(QString::fromLocal8Bit(g->gr_name));
    }
    return f;
}

} // namespace plugboard::diagnostics
