// SPDX-License-Identifier: GPL-3.0-or-later
// Why this computer's libvirt cannot be reached, for the first-run guide: which daemon is there
// (modular virtqemud or monolithic libvirtd, from their sockets and units), and whether the user
// may use qemu:///system (root, the `libvirt` group). Files only; nothing is started or asked.
#pragma once

#include <QString>
#include <QStringList>

namespace plugboard::libvirt {

struct AccessProbe
{
    // What is missing, most important first.
    enum class Problem {
        None, // the system daemon's socket is there and the user may use it
        NotInstalled, // neither libvirtd nor virtqemud is installed
        DaemonStopped, // installed, its socket is not there: start it (the helper's start-service)
        NotInGroup, // the socket is there, the user is not root and not in the `libvirt` group
    };
    Problem problem = Problem::None;
    QString service; // "virtqemud" or "libvirtd": the one to start
    QString socket; // the system socket looked for
    bool inLibvirtGroup = false;

    // Under `root` (tests give a copied tree: run/, usr/, etc/group); `uid` and `groups` are the
    // user's (getuid(), getgroups() by default).
    static AccessProbe run(const QString &root = QStringLiteral("/"));
    static AccessProbe run(const QString &root, unsigned uid, const QList<unsigned> &groups);

    // In the user's words: what is missing, and the one command that fixes it.
    QString explanation() const;
    QString command() const;
};

} // namespace plugboard::libvirt
