// SPDX-License-Identifier: GPL-3.0-or-later
// Bundle writing: sysfs is copied file by file with symlinks kept as they are (relative), so the
// same TopologyReader reads the bundle as it read the host.
#include "bundlewriter.h"

#include "bundlearchive.h"
#include "fileio.h"
#include "redactor.h"

#include "host/sysfsroot.h"
#include "host/topologyreader.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QStringDecoder>

#include <sys/stat.h>
#include <unistd.h>

namespace plugboard::diagnostics {

namespace {
// The context lupdate records for this file's sentences (Q_DECLARE_TR_FUNCTIONS names it).
class BundleText
{
    Q_DECLARE_TR_FUNCTIONS(plugboard::diagnostics::Bundle)
};

class Writer
{
public:
    Writer(fileio::NewTree &tree, const BundleOptions &o, const Facts &f)
        : m_tree(tree)
        , m_opt(o)
    {
        if (!o.redact)
            return;
        m_redactor.add(f.userName, Redactor::Kind::User);
        QString host = o.hostName;
        if (host.isEmpty()) {
            char buf[256] = {};
            ::gethostname(buf, sizeof buf - 1);
            host = QString::fromLocal8Bit(buf);
        }
        m_redactor.addHostName(host);
        for (const host::UsbDevice &d : f.topology.devices)
            m_redactor.add(d.serial, Redactor::Kind::Serial);
        // Serial numbers of devices that are gone still stand in the kernel log.
        static const QRegularExpression serialLine(QStringLiteral("SerialNumber: (\\S+)"));
        for (const QString &l : f.kernelLog.value_or(QStringList())) {
            if (const auto m = serialLine.match(l); m.hasMatch())
                m_redactor.add(m.captured(1), Redactor::Kind::Serial);
        }
    }

    // The identifiers a sysfs subtree holds beyond `serial`: SCSI's wwid and VPD page 80, input's
    // uniq, HID_UNIQ in uevent files; taken out wherever they appear.
    void gatherIdentifiers(const host::SysfsRoot &root, const QString &rel, int depth)
    {
        if (!m_opt.redact || depth > 24)
            return;
        for (const QString &name : root.entries(rel)) {
            const QString child = rel + QLatin1Char('/') + name;
            if (root.isSymLink(child))
                continue;
            if (root.isDir(child)) {
                // A network interface named after its MAC address (enx00e04c680a1b, wlx…).
                static const QRegularExpression macName(QStringLiteral("^(?:enx|wlx)[0-9a-fA-F]{12}$"));
                if (rel.endsWith(QLatin1String("/net")) && macName.match(name).hasMatch())
                    m_redactor.add(name, Redactor::Kind::Serial);
                gatherIdentifiers(root, child, depth + 1);
                continue;
            }
            if (name == QLatin1String("serial") || name == QLatin1String("wwid") || name == QLatin1String("uniq")) {
                m_redactor.add(root.readText(child).value_or(QString()), Redactor::Kind::Serial);
            } else if (name == QLatin1String("vpd_pg80")) {
                // Page 80: four header bytes, then the unit serial number.
                const QByteArray page = root.readBytes(child, 4096).value_or(QByteArray());
                m_redactor.add(QString::fromLatin1(page.mid(4)).trimmed(), Redactor::Kind::Serial);
            } else if (name == QLatin1String("uevent")) {
                for (const QString &l : root.readText(child).value_or(QString()).split(QLatin1Char('\n'))) {
                    if (l.startsWith(QLatin1String("HID_UNIQ=")) || l.startsWith(QLatin1String("ID_SERIAL")))
                        m_redactor.add(l.section(QLatin1Char('='), 1), Redactor::Kind::Serial);
                }
            }
        }
    }

    QString redacted(const QString &text) const { return m_opt.redact ? m_redactor.text(text) : text; }
    QJsonObject redacted(const QJsonObject &o) const { return m_opt.redact ? m_redactor.json(o).toObject() : o; }
    // A file as read from the host: text redacted as text, other bytes value by value.
    QByteArray redactedBytes(const QByteArray &bytes) const
    {
        if (!m_opt.redact)
            return bytes;
        QStringDecoder utf8(QStringDecoder::Utf8);
        const QString text = utf8.decode(bytes);
        return utf8.hasError() ? m_redactor.bytes(bytes) : m_redactor.text(text).toUtf8();
    }

    // Every file is new (O_EXCL) and reached without following a link: see fileio::NewTree.
    bool write(const QString &rel, const QByteArray &bytes)
    {
        if (m_tree.write(rel, bytes))
            return true;
        if (m_error.isEmpty())
            m_error = m_tree.error();
        return false;
    }
    bool writeText(const QString &rel, const QString &text) { return write(rel, redacted(text).toUtf8()); }
    bool writeRedacted(const QString &rel, const QByteArray &bytes) { return write(rel, redactedBytes(bytes)); }

    void link(const QString &rel, const QByteArray &target)
    {
        if (!m_tree.symlink(rel, target) && m_error.isEmpty())
            m_error = m_tree.error();
    }
    void mkdirs(const QString &rel)
    {
        if (!m_tree.mkdirs(rel) && m_error.isEmpty())
            m_error = m_tree.error();
    }

    // Copies a sysfs directory tree: attributes (readable, at most 64 KiB), directories, and
    // symlinks as their text (they stay relative and mostly point inside the copied part).
    // A file or folder name in the copy: one that is itself a value taken out (an interface named
    // after its MAC) becomes its placeholder; any other stays, as the reader finds devices by name.
    QString component(const QString &name) const
    {
        const QString p = m_opt.redact ? m_redactor.placeholder(name) : QString();
        return p.isEmpty() ? name : p;
    }
    QByteArray linkTarget(const QByteArray &target) const
    {
        if (!m_opt.redact)
            return target;
        QStringList parts = QFile::decodeName(target).split(QLatin1Char('/'));
        for (QString &part : parts)
            part = component(part);
        return QFile::encodeName(parts.join(QLatin1Char('/')));
    }

    // Copies the sysfs folder `rel` as `out` (the same path, names taken out where redacting).
    void copySysDir(const host::SysfsRoot &root, const QString &rel, int depth) { copySysDir(root, rel, rel, depth); }
    void copySysDir(const host::SysfsRoot &root, const QString &rel, const QString &out, int depth)
    {
        if (depth > 24)
            return;
        for (const QString &name : root.entries(rel)) {
            const QString child = rel + QLatin1Char('/') + name;
            const QString outChild = out + QLatin1Char('/') + component(name);
            const QByteArray abs = QFile::encodeName(root.absolute(child));
            struct stat st
            {
            };
            if (::lstat(abs.constData(), &st) != 0)
                continue;
            if (S_ISLNK(st.st_mode)) {
                char target[4096];
                const ssize_t n = ::readlink(abs.constData(), target, sizeof target - 1);
                if (n > 0)
                    link(outChild, linkTarget(QByteArray(target, n)));
            } else if (S_ISDIR(st.st_mode)) {
                mkdirs(outChild);
                copySysDir(root, child, outChild, depth + 1);
            } else if (S_ISREG(st.st_mode) && (st.st_mode & S_IRUSR)) {
                const auto bytes = root.readBytes(child, 65536);
                if (!bytes)
                    continue;
                // Descriptors are binary and hold no strings: kept byte for byte.
                write(outChild, name == QLatin1String("descriptors") ? *bytes : redactedBytes(*bytes));
            }
        }
    }

    QString error() const { return m_error; }

private:
    fileio::NewTree &m_tree;
    BundleOptions m_opt;
    Redactor m_redactor;
    QString m_error;
};

QJsonObject nodeJson(const NodeFacts &n)
{
    QJsonObject o;
    o.insert(QStringLiteral("uid"), n.uid);
    o.insert(QStringLiteral("gid"), n.gid);
    o.insert(QStringLiteral("mode"), n.mode);
    o.insert(QStringLiteral("acl"), QJsonArray::fromStringList(n.acl));
    return o;
}

QString safeName(const QString &s)
{
    QString out = s;
    out.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]")), QStringLiteral("_"));
    return out;
}
} // namespace

QStringList bundleContents(const Facts &f)
{
    QStringList out;
    out << BundleText::tr(
        "USB part of /sys: %n device(s) and their controllers, ports and attributes (serial numbers unless redacted)",
        nullptr, int(f.topology.devices.size()));
    if (f.kernelLog)
        out << BundleText::tr("kernel log: %n line(s)", nullptr, int(f.kernelLog->size()));
    if (f.auditLog)
        out << BundleText::tr("audit log: %n line(s)", nullptr, int(f.auditLog->size()));
    out << BundleText::tr(
        "/proc/modules, /proc/self/mountinfo (mount points may name your home directory), /proc/swaps");
    if (!f.udevRules.isEmpty())
        out << BundleText::tr("udev rules that mention USB: %1").arg(f.udevRules.keys().join(QStringLiteral(", ")));
    if (!f.configFiles.isEmpty())
        out << BundleText::tr("configuration: %1").arg(f.configFiles.keys().join(QStringLiteral(", ")));
    if (f.libvirt) {
        for (const LibvirtFacts &l : *f.libvirt)
            out << BundleText::tr("libvirt %1: %n guest definition(s) and QEMU logs", nullptr, int(l.domains.size()))
                       .arg(l.uri);
    }
    if (f.vmware && !f.vmware->isEmpty())
        out << BundleText::tr("%n VMware .vmx file(s)", nullptr, int(f.vmware->size()));
    out << BundleText::tr("your user name, uid and groups; process names; USB device node owners and permissions");
    return out;
}

bool writeBundle(const Facts &f, const QString &dir, const BundleOptions &opt, QString *error)
{
    // Created here, or an empty folder of this user's: nobody else's folder, no link planted in it.
    fileio::NewTree tree;
    if (!tree.open(dir, error))
        return false;
    Writer w(tree, opt, f);
    // sysfs: every root hub's controller (its own files) and the whole USB tree below it.
    const host::SysfsRoot root(opt.sysRoot);
    const QString bus = QStringLiteral("sys/bus/usb/devices");
    QStringList hubDirs;
    for (const QString &name : root.entries(bus)) {
        if (!host::TopologyReader::isRootHubName(name))
            continue;
        if (const auto hubDir = root.resolveLink(bus + QLatin1Char('/') + name)) {
            hubDirs.append(*hubDir);
            w.gatherIdentifiers(root, *hubDir, 0); // before anything is written
        }
    }
    for (const QString &name : root.entries(bus)) {
        const QByteArray abs = QFile::encodeName(root.absolute(bus + QLatin1Char('/') + name));
        char target[4096];
        const ssize_t n = ::readlink(abs.constData(), target, sizeof target - 1);
        if (n > 0)
            w.link(bus + QLatin1Char('/') + name, QByteArray(target, n));
    }
    QSet<QString> controllers;
    for (const QString &hubDir : std::as_const(hubDirs)) {
        const QString ctl = hubDir.left(hubDir.lastIndexOf(QLatin1Char('/')));
        if (!controllers.contains(ctl)) {
            controllers.insert(ctl);
            for (const QString &file : root.entries(ctl)) {
                const QString rel = ctl + QLatin1Char('/') + file;
                if (root.isSymLink(rel)) {
                    char t[4096];
                    const ssize_t m = ::readlink(QFile::encodeName(root.absolute(rel)).constData(), t, sizeof t - 1);
                    if (m > 0)
                        w.link(rel, QByteArray(t, m));
                } else if (!root.isDir(rel)) {
                    if (const auto bytes = root.readBytes(rel, 65536))
                        w.writeRedacted(rel, *bytes);
                }
            }
        }
        w.mkdirs(hubDir);
        w.copySysDir(root, hubDir, 0);
    }
    if (f.kernelLog)
        w.writeText(QStringLiteral("logs/kernel.log"), f.kernelLog->join(QLatin1Char('\n')) + QLatin1Char('\n'));
    if (f.auditLog)
        w.writeText(QStringLiteral("logs/audit.log"), f.auditLog->join(QLatin1Char('\n')) + QLatin1Char('\n'));
    if (const auto mods = root.readText(QStringLiteral("proc/modules")))
        w.writeText(QStringLiteral("proc/modules"), *mods);
    if (f.mountinfo)
        w.writeText(QStringLiteral("proc/self/mountinfo"), *f.mountinfo);
    if (f.swaps)
        w.writeText(QStringLiteral("proc/swaps"), *f.swaps);
    for (auto it = f.udevRules.cbegin(); it != f.udevRules.cend(); ++it)
        w.writeText(it.key().mid(1), it.value());
    for (auto it = f.configFiles.cbegin(); it != f.configFiles.cend(); ++it)
        w.writeText(it.key().mid(1), it.value());

    QJsonObject m;
    m.insert(QStringLiteral("format"), QStringLiteral("plugboard-bundle"));
    m.insert(QStringLiteral("version"), 1);
    m.insert(QStringLiteral("collected_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    QJsonObject user;
    user.insert(QStringLiteral("name"), f.userName);
    user.insert(QStringLiteral("uid"), f.uid);
    user.insert(QStringLiteral("groups"), QJsonArray::fromStringList(f.groups));
    m.insert(QStringLiteral("user"), user);
    if (f.services) {
        QJsonObject s;
        for (auto it = f.services->cbegin(); it != f.services->cend(); ++it)
            s.insert(it.key(), it.value());
        m.insert(QStringLiteral("services"), s);
    }
    if (f.processes) {
        QJsonArray ps;
        for (const auto &[pid, comm] : *f.processes)
            ps.append(QJsonObject {{QStringLiteral("pid"), pid}, {QStringLiteral("comm"), comm}});
        m.insert(QStringLiteral("processes"), ps);
    }
    if (f.deviceNodes) {
        QJsonObject nodes;
        for (auto it = f.deviceNodes->cbegin(); it != f.deviceNodes->cend(); ++it)
            nodes.insert(it.key(), nodeJson(it.value()));
        m.insert(QStringLiteral("device_nodes"), nodes);
    }
    if (f.openDeviceNodes) {
        QJsonObject open;
        for (auto it = f.openDeviceNodes->cbegin(); it != f.openDeviceNodes->cend(); ++it) {
            QJsonArray holders;
            for (const QString &h : it.value())
                holders.append(QJsonObject {{QStringLiteral("pid"), h.section(QLatin1Char(' '), 0, 0).toInt()},
                    {QStringLiteral("comm"), h.section(QLatin1Char(' '), 1)}});
            open.insert(it.key(), holders);
        }
        m.insert(QStringLiteral("open_device_nodes"), open);
    }
    if (f.files) {
        QJsonObject files;
        for (auto it = f.files->cbegin(); it != f.files->cend(); ++it)
            files.insert(it.key(), nodeJson(it.value()));
        m.insert(QStringLiteral("files"), files);
    }
    if (f.libvirt) {
        QJsonArray conns;
        for (const LibvirtFacts &l : *f.libvirt) {
            QJsonObject c;
            c.insert(QStringLiteral("uri"), l.uri);
            c.insert(QStringLiteral("libvirt_version"),
                l.libvirtVersion.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(l.libvirtVersion));
            c.insert(QStringLiteral("hypervisor_version"),
                l.hypervisorVersion.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(l.hypervisorVersion));
            c.insert(QStringLiteral("error"), l.error.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(l.error));
            const QString prefix = QStringLiteral("libvirt/") + safeName(w.redacted(l.uri)) + QLatin1Char('-');
            if (!l.domcapabilities.isEmpty()
                && w.writeText(prefix + QStringLiteral("domcaps.xml"), QString::fromUtf8(l.domcapabilities)))
                c.insert(QStringLiteral("domcapabilities"), QString(prefix + QStringLiteral("domcaps.xml")));
            QJsonArray doms;
            for (const DomainFacts &dom : l.domains) {
                QJsonObject o;
                o.insert(QStringLiteral("name"), dom.name);
                o.insert(QStringLiteral("uuid"), dom.uuid);
                o.insert(QStringLiteral("state"), stateWord(dom.state));
                const QString base = prefix + safeName(w.redacted(dom.name));
                if (!dom.xml.isEmpty() && w.writeText(base + QStringLiteral(".xml"), QString::fromUtf8(dom.xml)))
                    o.insert(QStringLiteral("xml"), QString(base + QStringLiteral(".xml")));
                if (!dom.inactiveXml.isEmpty()
                    && w.writeText(base + QStringLiteral(".inactive.xml"), QString::fromUtf8(dom.inactiveXml)))
                    o.insert(QStringLiteral("inactive_xml"), QString(base + QStringLiteral(".inactive.xml")));
                if (!dom.log.isEmpty()
                    && w.writeText(base + QStringLiteral(".log"), dom.log.join(QLatin1Char('\n')) + QLatin1Char('\n')))
                    o.insert(QStringLiteral("log"), QString(base + QStringLiteral(".log")));
                doms.append(o);
            }
            c.insert(QStringLiteral("domains"), doms);
            conns.append(c);
        }
        m.insert(QStringLiteral("libvirt"), conns);
    }
    if (f.vmware) {
        QJsonArray vms;
        int i = 0;
        for (const VmwareFacts &v : *f.vmware) {
            // A .vmx keeps its own bytes (it may be in a legacy code page); a FIFO is not read.
            const QString rel
                = QStringLiteral("vmware/%1-%2").arg(++i).arg(safeName(w.redacted(QFileInfo(v.path).fileName())));
            if (const auto bytes = fileio::readRegularFile(v.path, 4 * 1024 * 1024, nullptr))
                w.writeRedacted(rel, *bytes);
            QJsonObject o;
            o.insert(QStringLiteral("vmx"), rel);
            o.insert(QStringLiteral("path"), v.path);
            o.insert(QStringLiteral("running"), v.running);
            vms.append(o);
        }
        m.insert(QStringLiteral("vmware"), vms);
    }
    if (f.usbguardDevices && w.writeText(QStringLiteral("logs/usbguard-list-devices.txt"), *f.usbguardDevices))
        m.insert(QStringLiteral("usbguard"),
            QJsonObject {{QStringLiteral("list_devices"), QStringLiteral("logs/usbguard-list-devices.txt")}});
    if (f.selinuxMode) {
        QJsonObject b;
        for (auto it = f.selinuxBooleans.cbegin(); it != f.selinuxBooleans.cend(); ++it)
            b.insert(it.key(), it.value());
        m.insert(QStringLiteral("selinux"),
            QJsonObject {{QStringLiteral("mode"), *f.selinuxMode}, {QStringLiteral("booleans"), b}});
    }
    if (f.apparmorEnabled)
        m.insert(QStringLiteral("apparmor"), QJsonObject {{QStringLiteral("enabled"), *f.apparmorEnabled}});
    if (!f.lastErrorMessage.isEmpty())
        m.insert(QStringLiteral("last_error"),
            QJsonObject {
                {QStringLiteral("source"), f.lastErrorSource}, {QStringLiteral("message"), f.lastErrorMessage}});
    QJsonObject subj;
    if (!f.subject.device.isEmpty())
        subj.insert(QStringLiteral("device"), f.subject.device);
    if (!f.subject.port.isEmpty())
        subj.insert(QStringLiteral("port"), f.subject.port);
    if (!f.subject.guest.isEmpty())
        subj.insert(QStringLiteral("guest"), f.subject.guest);
    m.insert(QStringLiteral("subject"), subj);
    // The manifest last, redacted as a whole (a serial in the subject, the user through a group).
    if (!w.write(QStringLiteral("bundle.json"), QJsonDocument(w.redacted(m)).toJson(QJsonDocument::Indented))
        || !w.error().isEmpty() || !tree.sync()) {
        *error = w.error().isEmpty() ? tree.error() : w.error();
        *error += QLatin1Char(' ') + BundleText::tr("The bundle in %1 is incomplete; remove it.").arg(dir);
        return false;
    }
    if (opt.archive && !packBundle(dir, QFileInfo(dir).absoluteFilePath() + QStringLiteral(".tar.gz"), error))
        return false;
    return true;
}

} // namespace plugboard::diagnostics
