// SPDX-License-Identifier: GPL-3.0-or-later
// "This guest": a libvirt domain (its connection's URI and its name) or a VMware VM (its .vmx), as
// one value with parsing, formatting, equality and hashing; and a guest's run state. Nothing else
// splits a guest's id on '#' or tests for ".vmx".
#pragma once

#include <QHashFunctions>
#include <QMetaType>
#include <QString>

namespace plugboard {

class GuestRef
{
public:
    enum class Hypervisor { None, Libvirt, Vmware };

    GuestRef() = default;
    static GuestRef libvirt(const QString &uri, const QString &name);
    static GuestRef vmware(const QString &vmxPath);
    // A GUEST as users and files give it: a .vmx path (any case of the suffix), "URI#name" (split
    // at the first '#', so a name may hold one), or a bare libvirt name (no URI: any connection's).
    static GuestRef parse(const QString &text);
    static bool isVmxPath(const QString &path);

    Hypervisor hypervisor() const { return m_hypervisor; }
    bool isNull() const { return m_hypervisor == Hypervisor::None; }
    bool isLibvirt() const { return m_hypervisor == Hypervisor::Libvirt; }
    bool isVmware() const { return m_hypervisor == Hypervisor::Vmware; }
    // libvirt: the connection's URI (empty for a bare name) and the domain's name.
    QString uri() const { return isLibvirt() ? m_where : QString(); }
    QString name() const;
    bool hasUri() const { return isLibvirt() && !m_where.isEmpty(); }
    // VMware: the .vmx path as given.
    QString vmxPath() const { return isVmware() ? m_where : QString(); }
    // The same guest on the URI a connection gave (libvirt canonicalises "qemu:///system").
    GuestRef withUri(const QString &uri) const;

    // "URI#name", "name" without a URI, or the .vmx path: the id in files, JSON and the CLI.
    QString toString() const;

    bool operator==(const GuestRef &) const = default;

private:
    Hypervisor m_hypervisor = Hypervisor::None;
    QString m_where; // URI or .vmx path
    QString m_name; // libvirt only
};

inline size_t qHash(const GuestRef &g, size_t seed = 0)
{
    return qHashMulti(seed, int(g.hypervisor()), g.uri(), g.name(), g.vmxPath());
}

// How a guest is doing, from libvirt's virDomainState or VMware's running test. Shown in words only
// by the views; JSON and the CLI use libvirt's words (stateWord).
enum class GuestState { Running, Paused, ShutOff, Crashed, Suspended, Blocked, ShuttingDown, Unknown };

// libvirt's words ("running", "shut off", "pmsuspended" …), as `virsh domstate` prints them.
QString stateWord(GuestState state);
GuestState stateFromWord(const QString &word);
// Running or paused: the guest has a live definition that devices can be attached to.
inline bool isActive(GuestState s)
{
    return s == GuestState::Running || s == GuestState::Paused;
}

} // namespace plugboard

Q_DECLARE_METATYPE(plugboard::GuestRef)
Q_DECLARE_METATYPE(plugboard::GuestState)
