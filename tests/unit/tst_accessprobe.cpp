// SPDX-License-Identifier: GPL-3.0-or-later
// Why libvirt cannot be reached (libvirt/accessprobe.h), on copied trees: not installed, the
// modular or monolithic daemon stopped, the user outside the `libvirt` group, all well.
#include "libvirt/accessprobe.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using plugboard::libvirt::AccessProbe;

namespace {
void touch(const QTemporaryDir &root, const QString &rel, const QByteArray &content = {})
{
    const QString path = root.filePath(rel);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(content);
}
} // namespace

class TestAccessProbe : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void notInstalled()
    {
        QTemporaryDir root;
        touch(root, QStringLiteral("etc/group"), "root:x:0:\n");
        const AccessProbe p = AccessProbe::run(root.path(), 1000, {1000});
        QCOMPARE(p.problem, AccessProbe::Problem::NotInstalled);
        QVERIFY(p.command().contains(QLatin1String("apt install libvirt-daemon-system")));
    }

    void modularDaemonStopped()
    {
        // Debian 12's libvirt-daemon-system: virtqemud's socket unit, no socket under /run yet.
        QTemporaryDir root;
        touch(root, QStringLiteral("lib/systemd/system/virtqemud.socket"));
        touch(root, QStringLiteral("etc/group"), "libvirt:x:108:alice\n");
        const AccessProbe p = AccessProbe::run(root.path(), 1000, {1000, 108});
        QCOMPARE(p.problem, AccessProbe::Problem::DaemonStopped);
        QCOMPARE(p.service, QStringLiteral("virtqemud"));
        QCOMPARE(p.command(), QStringLiteral("sudo systemctl enable --now virtqemud"));
        QVERIFY(p.explanation().contains(QLatin1String("virtqemud")));
    }

    void monolithicDaemonStopped()
    {
        QTemporaryDir root;
        touch(root, QStringLiteral("usr/sbin/libvirtd"));
        touch(root, QStringLiteral("usr/sbin/virtqemud"));
        touch(root, QStringLiteral("etc/group"), "libvirt:x:108:\n");
        const AccessProbe p = AccessProbe::run(root.path(), 0, {0});
        QCOMPARE(p.problem, AccessProbe::Problem::DaemonStopped);
        QCOMPARE(p.service, QStringLiteral("libvirtd")); // both installed: the one that serves everything
        QVERIFY(p.inLibvirtGroup); // root may
    }

    void notInTheGroup()
    {
        QTemporaryDir root;
        touch(root, QStringLiteral("usr/sbin/virtqemud"));
        touch(root, QStringLiteral("run/libvirt/virtqemud-sock"));
        touch(root, QStringLiteral("etc/group"), "sudo:x:27:alice\nlibvirt:x:108:bob\n");
        AccessProbe p = AccessProbe::run(root.path(), 1000, {1000, 27});
        QCOMPARE(p.problem, AccessProbe::Problem::NotInGroup);
        QCOMPARE(p.command(), QStringLiteral("sudo adduser $USER libvirt"));
        // In the group: nothing is missing.
        p = AccessProbe::run(root.path(), 1000, {1000, 108});
        QCOMPARE(p.problem, AccessProbe::Problem::None);
        QVERIFY(p.command().isEmpty());
    }

    void malformedGroupFile()
    {
        QTemporaryDir root;
        touch(root, QStringLiteral("usr/sbin/virtqemud"));
        touch(root, QStringLiteral("run/libvirt/virtqemud-sock"));
        touch(root, QStringLiteral("etc/group"),
            QByteArray("libvirt:x:notanumber:\n\xff\xfe::::\n") + QByteArray(9000, 'x'));
        const AccessProbe p = AccessProbe::run(root.path(), 1000, {1000});
        QCOMPARE(p.problem, AccessProbe::Problem::NotInGroup);
    }
};

QTEST_GUILESS_MAIN(TestAccessProbe)
#include "tst_accessprobe.moc"
