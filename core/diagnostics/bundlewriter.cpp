// SPDX-License-Identifier: GPL-3.0-or-later
// Bundle writing: sysfs is copied file by file with symlinks kept as they are (relative), so the
// same TopologyReader reads the bundle as it read the host.
#include "bundlewriter.h"

#include "host/sysfsroot.h"
#include "host/topologyreader.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>

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
    Writer(QString dir, const BundleOptions &o, const Facts &f)
        : m_dir(std::move(dir))
        , m_opt(o)
    {
        if (o.redact) {
            if (!f.userName.isEmpty())
                m_replace.append({f.userName, QStringLiteral("user")});
            char hostBuf[256] = {};
            ::gethostname(hostBuf, sizeof hostBuf - 1);
            const QString host = QString::fromLocal8Bit(hostBuf);
            if (!host.isEmpty() && host != QLatin1String("localhost"))
                m_replace.append({host, QStringLiteral("host")});
        }
    }

    QString redacted(QString text) const
    {
        for (const auto &[from, to] : m_replace)
            text.replace(
                QRegularExpression(QStringLiteral("\\b") + QRegularExpression::escape(from) + QStringLiteral("\\b")),
                to);
        return text;
    }

    // A stable placeholder per serial number, the same everywhere in the bundle.
    QString serialPlaceholder(const QString &serial)
    {
        if (!m_serials.contains(serial))
            m_serials.insert(serial, QStringLiteral("SERIAL%1").arg(m_serials.size() + 1, 4, 10, QLatin1Char('0')));
        return m_serials.value(serial);
    }

    bool write(const QString &rel, const QByteArray &bytes)
    {
        const QString path = m_dir + QLatin1Char('/') + rel;
        QDir().mkpath(path.left(path.lastIndexOf(QLatin1Char('/'))));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size()) {
            m_error = BundleText::tr("Cannot write %1: %2").arg(path, f.errorString());
            return false;
        }
        return true;
    }
    bool writeText(const QString &rel, const QString &text) { return write(rel, redacted(text).toUtf8()); }

    void link(const QString &rel, const QByteArray &target)
    {
        const QString path = m_dir + QLatin1Char('/') + rel;
        QDir().mkpath(path.left(path.lastIndexOf(QLatin1Char('/'))));
        [[maybe_unused]] const int rc = ::symlink(target.constData(), QFile::encodeName(path).constData());
    }

    // Copies a sysfs directory tree: attributes (readable, at most 64 KiB), directories, and
    // symlinks as their text (they stay relative and mostly point inside the copied part).
    void copySysDir(const host::SysfsRoot &root, const QString &rel, int depth)
    {
        if (depth > 24)
            return;
        for (const QString &name : root.entries(rel)) {
            const QString child = rel + QLatin1Char('/') + name;
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
                    link(child, QByteArray(target, n));
            } else if (S_ISDIR(st.st_mode)) {
                QDir().mkpath(m_dir + QLatin1Char('/') + child);
                copySysDir(root, child, depth + 1);
            } else if (S_ISREG(st.st_mode) && (st.st_mode & S_IRUSR)) {
                auto bytes = root.readBytes(child, 65536);
                if (!bytes)
                    continue;
                if (m_opt.redact && name == QLatin1String("serial"))
                    bytes = serialPlaceholder(QString::fromUtf8(*bytes).trimmed()).toUtf8() + '\n';
                write(child, *bytes);
            }
        }
    }

    QString error() const { return m_error; }

private:
    QString m_dir;
    BundleOptions m_opt;
    QList<std::pair<QString, QString>> m_replace;
    QHash<QString, QString> m_serials;
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
    QDir d(dir);
    if (d.exists() && !d.entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System).isEmpty()) {
        *error = BundleText::tr("%1 is not empty; a bundle goes into a new or empty directory.").arg(dir);
        return false;
    }
    if (!QDir().mkpath(dir)) {
        *error = BundleText::tr("Cannot create %1.").arg(dir);
        return false;
    }
    Writer w(QFileInfo(dir).absoluteFilePath(), opt, f);
    // sysfs: every root hub's controller (its own files) and the whole USB tree below it.
    const host::SysfsRoot root(opt.sysRoot);
    const QString bus = QStringLiteral("sys/bus/usb/devices");
    QSet<QString> controllers;
    for (const QString &name : root.entries(bus)) {
        const QByteArray abs = QFile::encodeName(root.absolute(bus + QLatin1Char('/') + name));
        char target[4096];
        const ssize_t n = ::readlink(abs.constData(), target, sizeof target - 1);
        if (n > 0)
            w.link(bus + QLatin1Char('/') + name, QByteArray(target, n));
        if (!host::TopologyReader::isRootHubName(name))
            continue;
        const auto hubDir = root.resolveLink(bus + QLatin1Char('/') + name);
        if (!hubDir)
            continue;
        const QString ctl = hubDir->left(hubDir->lastIndexOf(QLatin1Char('/')));
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
                        w.write(rel, *bytes);
                }
            }
        }
        QDir().mkpath(QFileInfo(dir).absoluteFilePath() + QLatin1Char('/') + *hubDir);
        w.copySysDir(root, *hubDir, 0);
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
    user.insert(QStringLiteral("name"), opt.redact ? QStringLiteral("user") : f.userName);
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
            const QString prefix = QStringLiteral("libvirt/") + safeName(l.uri) + QLatin1Char('-');
            if (!l.domcapabilities.isEmpty()
                && w.writeText(prefix + QStringLiteral("domcaps.xml"), QString::fromUtf8(l.domcapabilities)))
                c.insert(QStringLiteral("domcapabilities"), QString(prefix + QStringLiteral("domcaps.xml")));
            QJsonArray doms;
            for (const DomainFacts &dom : l.domains) {
                QJsonObject o;
                o.insert(QStringLiteral("name"), dom.name);
                o.insert(QStringLiteral("uuid"), dom.uuid);
                o.insert(QStringLiteral("state"), dom.state);
                const QString base = prefix + safeName(dom.name);
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
            QFile src(v.path);
            const QString rel = QStringLiteral("vmware/%1-%2").arg(++i).arg(safeName(QFileInfo(v.path).fileName()));
            if (src.open(QIODevice::ReadOnly))
                w.writeText(rel, QString::fromUtf8(src.read(4 * 1024 * 1024)));
            QJsonObject o;
            o.insert(QStringLiteral("vmx"), rel);
            o.insert(QStringLiteral("path"), w.redacted(v.path));
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
        subj.insert(QStringLiteral("guest"), w.redacted(f.subject.guest));
    m.insert(QStringLiteral("subject"), subj);
    if (!w.write(QStringLiteral("bundle.json"), QJsonDocument(m).toJson(QJsonDocument::Indented))) {
        *error = w.error();
        return false;
    }
    if (!w.error().isEmpty()) {
        *error = w.error();
        return false;
    }
    if (opt.archive) {
        const QFileInfo fi(QFileInfo(dir).absoluteFilePath());
        QProcess tar;
        tar.start(QStringLiteral("tar"),
            {QStringLiteral("-czf"), fi.absoluteFilePath() + QStringLiteral(".tar.gz"), QStringLiteral("-C"),
                fi.absolutePath(), fi.fileName()});
        if (!tar.waitForFinished(120000) || tar.exitCode() != 0) {
            *error = BundleText::tr("Packing the bundle failed: %1")
                         .arg(QString::fromUtf8(tar.readAllStandardError()).trimmed());
            return false;
        }
    }
    return true;
}

} // namespace plugboard::diagnostics
