// SPDX-License-Identifier: GPL-3.0-or-later
// Assignments: "always give this device (or whatever is plugged into this socket) to guest X",
// kept in one JSON file under the user's config directory.
#pragma once

#include "guestref.h"

#include "host/hosttopology.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

#include <functional>

namespace plugboard::assign {

struct Assignment
{
    QString device; // identity "vid:pid[:serial]" (vid/pid lowercase), or empty for a port assignment
    QString port; // a port id ("usb1-port4") or a physical port ("usb1-port4+usb2-port4"), or empty
    QString guest; // "URI#name" or the canonical path of a .vmx
    bool persistent = false; // libvirt: also a config entry with startupPolicy='optional'

    QString target() const { return device.isEmpty() ? port : device; }
    bool isPort() const { return device.isEmpty(); }
    GuestRef guestRef() const { return GuestRef::parse(guest); }
    bool isVmware() const { return guestRef().isVmware(); }
    // Whether `d` is what this assignment names (a port assignment covers both peers of a socket).
    bool matches(const host::HostTopology &topo, const host::UsbDevice &d) const;
    // "0781:5567:4C53 → qemu:///system#win10", for logs and lists.
    QString describe() const;
    bool operator==(const Assignment &) const = default;
};

// A DEVICE or PORT argument turned into what an assignment stores.
struct Target
{
    QString device, port;
    QString error; // why the argument names nothing, in the user's words
};
// Kernel names are resolved to the identity of the device plugged in now (it must be present);
// identities are normalised; a port with a USB 2/3 peer becomes the physical port "a+b".
Target resolveTarget(const host::HostTopology &topo, const QString &argument);
bool isPortArgument(const QString &argument);
// The port ids a port or physical-port id covers, plus their peers in `topo`.
QStringList portsCovered(const host::HostTopology &topo, const QString &portOrPhysical);

class AssignmentFile
{
public:
    // $XDG_CONFIG_HOME/plugboard/assignments.json
    static QString defaultPath();
    explicit AssignmentFile(QString path = defaultPath());
    QString path() const { return m_path; }

    // A missing file is an empty list; a malformed one (or a FIFO, a device) is an error and is
    // left untouched.
    bool load(QString *error);
    // Atomic (fileio::replaceFile): on any failure the previous file stays as it was.
    bool save(QString *error) const;
    // Reads the file at `path`, applies `change` (true: something changed, so write it) and writes
    // it back, all under the lock its writers share. `result` gets the file as written.
    static bool update(const QString &path, const std::function<bool(AssignmentFile &)> &change, QString *error,
        AssignmentFile *result = nullptr);

    QList<Assignment> assignments;
    // When several guests claim one device and more than one runs: identity -> the guest chosen.
    QMap<QString, QString> preferences;

    // Adds, or updates `persistent` of the same target and guest. False when nothing changed.
    bool add(const Assignment &a);
    // Removes the assignments of `target` (to `guest` when given); returns how many.
    int remove(const QString &target, const QString &guest = {});
    // Every assignment that claims `d`.
    QList<Assignment> claims(const host::HostTopology &topo, const host::UsbDevice &d) const;

    QJsonObject toJson() const;
    static bool fromJson(const QJsonObject &o, AssignmentFile *into, QString *error);

private:
    QString m_path;
};

} // namespace plugboard::assign
