// SPDX-License-Identifier: GPL-3.0-or-later
// One snapshot of everything the checks look at, collected live or read from a bundle (format v1).
#pragma once

#include "guestref.h"
#include "host/hosttopology.h"
#include "libvirt/domainusb.h"

#include <QHash>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace plugboard::diagnostics {

// What the user asked about; any part may be empty.
struct Subject
{
    QString device; // kernel name ("1-9")
    QString port; // port id ("usb1-port4") for a device that never appears
    QString guest; // URI#name, a .vmx path, or a bundle-relative vmx
    bool isEmpty() const { return device.isEmpty() && port.isEmpty() && guest.isEmpty(); }
};

struct NodeFacts
{
    int uid = -1, gid = -1;
    QString mode; // "0664"
    QStringList acl; // "user:1000:rw-"
};

struct DomainFacts
{
    QString uri, name, uuid;
    GuestState state = GuestState::Unknown;
    libvirt::DomainUsb usb; // live (or inactive when not running)
    std::optional<libvirt::DomainUsb> inactive; // persistent definition of a running guest
    QStringList log; // the guest's QEMU log, when read
    QByteArray xml, inactiveXml; // as read (live) — written into bundles
    GuestRef ref() const { return GuestRef::libvirt(uri, name); }
    QString id() const { return ref().toString(); }
};

struct LibvirtFacts
{
    QString uri, libvirtVersion, hypervisorVersion;
    QString error; // connecting failed: libvirt's message
    QByteArray domcapabilities;
    QList<DomainFacts> domains;
};

struct VmwareFacts
{
    QString path; // the guest's .vmx on its machine (its id)
    QString vmx; // bundle-relative copy, or the same path live
    bool running = false;
    QHash<QString, QString> keys; // lower-cased key -> decoded value
};

struct Facts
{
    QString source; // "live" or the bundle directory
    host::HostTopology topology;
    // Kernel and audit messages, one per line; nullopt = not read (reason in notRead).
    std::optional<QStringList> kernelLog, auditLog;
    QMap<QString, QString> notRead; // fact -> why it could not be read ("kernel log" -> "permission denied")
    std::optional<QStringList> modules; // /proc/modules names
    std::optional<QString> mountinfo, swaps;
    QMap<QString, QString> udevRules; // path -> content (etc/udev/rules.d, usr/lib/udev/rules.d)
    QMap<QString, QString> configFiles; // etc/libvirt/qemu.conf, etc/usbguard/usbguard-daemon.conf …
    std::optional<QMap<QString, QString>> services; // name -> active/inactive/unknown
    std::optional<QList<std::pair<int, QString>>> processes; // pid, comm
    std::optional<QMap<QString, NodeFacts>> deviceNodes; // "/dev/bus/usb/003/007"
    std::optional<QMap<QString, QStringList>> openDeviceNodes; // node -> "pid comm"
    std::optional<QMap<QString, NodeFacts>> files; // e.g. the SPICE ACL helper
    std::optional<QList<LibvirtFacts>> libvirt;
    std::optional<QList<VmwareFacts>> vmware;
    std::optional<QString> usbguardDevices; // `usbguard list-devices` output
    std::optional<QString> selinuxMode;
    QMap<QString, QString> selinuxBooleans;
    std::optional<bool> apparmorEnabled;
    QString lastErrorSource, lastErrorMessage;
    Subject subject;
    QString userName;
    int uid = -1;
    QStringList groups;

    const DomainFacts *domain(const QString &guestId) const;
    const VmwareFacts *vmwareGuest(const QString &guestId) const;
};

// Reads a bundle directory. Nothing outside `dir` is read: symlinks are resolved inside it and a
// link that leads out is refused. nullopt with `error` for a directory that is not a bundle.
std::optional<Facts> readBundle(const QString &dir, QString *error);

// A bundle as given by the user: a directory, or a .tar.gz made by `collect --archive`, unpacked
// into `scratch` (a fresh, empty temporary directory the caller owns and removes) by
// unpackBundle(): regular files, folders and links that stay inside, within size limits.
std::optional<Facts> openBundle(const QString &dirOrArchive, const QString &scratch, QString *error);

// Collects facts from this machine. `uris`: libvirt connections to ask. Each source has a timeout;
// what could not be read is listed in notRead.
Facts collectLive(const QStringList &uris, const QStringList &vmxFiles, const Subject &subject);

} // namespace plugboard::diagnostics
