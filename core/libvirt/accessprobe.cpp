// SPDX-License-Identifier: GPL-3.0-or-later
#include "accessprobe.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <grp.h>
#include <unistd.h>
#include <vector>

namespace plugboard::libvirt {

namespace {
class AccessText
{
    Q_DECLARE_TR_FUNCTIONS(plugboard::libvirt::AccessProbe)
};

QString under(const QString &root, const QString &path)
{
    return QDir::cleanPath(root + QLatin1Char('/') + path);
}

bool exists(const QString &root, const QStringList &paths)
{
    for (const QString &p : paths) {
        if (QFileInfo::exists(under(root, p)))
            return true;
    }
    return false;
}

// The gid of group `name` in ROOT/etc/group, or -1.
long groupId(const QString &root, const QString &name)
{
    QFile f(under(root, QStringLiteral("etc/group")));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    while (!f.atEnd()) {
        const QList<QByteArray> fields = f.readLine(4096).trimmed().split(':');
        if (fields.size() >= 3 && fields.at(0) == name.toUtf8()) {
            bool ok = false;
            const long gid = fields.at(2).toLong(&ok);
            return ok ? gid : -1;
        }
    }
    return -1;
}
} // namespace

AccessProbe AccessProbe::run(const QString &root)
{
    QList<unsigned> groups;
    const int n = getgroups(0, nullptr);
    if (n > 0) {
        std::vector<gid_t> list(size_t(n), 0);
        const int got = getgroups(n, list.data());
        for (int i = 0; i < got; ++i)
            groups.append(unsigned(list[size_t(i)]));
    }
    groups.append(unsigned(getgid()));
    return run(root, unsigned(getuid()), groups);
}

AccessProbe AccessProbe::run(const QString &root, unsigned uid, const QList<unsigned> &groups)
{
    AccessProbe p;
    // Debian 12 ships the modular daemons (virtqemud) beside the monolithic libvirtd; either one
    // serves qemu:///system.
    const bool modular = exists(root,
        {QStringLiteral("usr/sbin/virtqemud"), QStringLiteral("lib/systemd/system/virtqemud.socket"),
            QStringLiteral("usr/lib/systemd/system/virtqemud.socket")});
    const bool monolithic = exists(root,
        {QStringLiteral("usr/sbin/libvirtd"), QStringLiteral("lib/systemd/system/libvirtd.socket"),
            QStringLiteral("usr/lib/systemd/system/libvirtd.socket")});
    p.service = modular && !monolithic ? QStringLiteral("virtqemud") : QStringLiteral("libvirtd");
    const QString modularSocket = QStringLiteral("run/libvirt/virtqemud-sock");
    const QString monolithicSocket = QStringLiteral("run/libvirt/libvirt-sock");
    p.socket = QLatin1Char('/') + (p.service == QLatin1String("virtqemud") ? modularSocket : monolithicSocket);
    const long gid = groupId(root, QStringLiteral("libvirt"));
    p.inLibvirtGroup = uid == 0 || (gid >= 0 && groups.contains(unsigned(gid)));
    if (!modular && !monolithic)
        p.problem = Problem::NotInstalled;
    else if (!exists(root, {modularSocket, monolithicSocket}))
        p.problem = Problem::DaemonStopped;
    else if (!p.inLibvirtGroup)
        p.problem = Problem::NotInGroup;
    return p;
}

QString AccessProbe::explanation() const
{
    switch (problem) {
    case Problem::NotInstalled:
        return AccessText::tr("libvirt is not installed, so there are no KVM guests to give devices to. Install "
                              "libvirt (and virt-manager to create guests); VMware guests work without it.");
    case Problem::DaemonStopped:
        return AccessText::tr("libvirt is installed but its service (%1) is not running, so the guests of this "
                              "computer cannot be listed.")
            .arg(service);
    case Problem::NotInGroup:
        return AccessText::tr("libvirt runs, but you are not in the \"libvirt\" group, so it refuses to show you the "
                              "system's guests (qemu:///system). Your own guests (qemu:///session) need no group.");
    case Problem::None:
        break;
    }
    return AccessText::tr("libvirt runs and you may use it; the connection failed for another reason (below).");
}

QString AccessProbe::command() const
{
    switch (problem) {
    case Problem::NotInstalled:
        return QStringLiteral("sudo apt install libvirt-daemon-system virt-manager");
    case Problem::DaemonStopped:
        return QStringLiteral("sudo systemctl enable --now %1").arg(service);
    case Problem::NotInGroup:
        return QStringLiteral("sudo adduser $USER libvirt");
    case Problem::None:
        break;
    }
    return {};
}

} // namespace plugboard::libvirt
