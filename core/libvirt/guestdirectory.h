// SPDX-License-Identifier: GPL-3.0-or-later
// Several libvirt connections opened together, and the guest a user means among them.
#pragma once

#include "host/hosttopology.h"
#include "libvirtsession.h"

#include <QStringList>

#include <memory>
#include <vector>

namespace plugboard::libvirt {

class GuestDirectory
{
public:
    static QStringList defaultUris(); // qemu:///system, qemu:///session

    explicit GuestDirectory(QStringList uris);
    // Opens every connection; the ones that fail are kept with their error.
    void openAll();

    struct Connection
    {
        QString uri;
        std::unique_ptr<LibvirtSession> session;
        LibvirtError error; // set when it could not be opened or listed
        QList<GuestInfo> guests;
    };
    const std::vector<Connection> &connections() const { return m_connections; }

    struct Match
    {
        LibvirtSession *session = nullptr;
        std::optional<GuestInfo> guest;
        QString error; // no single guest: why, in the user's words
    };
    // GUEST is "URI#name" (opens that URI when it is not among the connections) or a bare name.
    Match find(const QString &guestArgument);

private:
    void openOne(Connection &c);
    std::vector<Connection> m_connections;
};

// The <hostdev> for a plugged-in device: vendor/product, pinned to bus/device when twins are plugged in.
HostdevSpec hostdevSpecFor(const host::HostTopology &topo, const host::UsbDevice &device);

// Whether a guest's URI names a hypervisor on this computer (no host, or localhost), so that its
// host devices are this computer's USB devices.
bool isLocalUri(const QString &uri);

// Which host device a <hostdev> means: the one answer for the guest tree, the pre-flight, the
// diagnosis and the assignment engine (tested row by row in tst_hostdev).
//
// The device an entry holds now: the one at its pinned <address bus= device=> (of its vid:pid when
// it gives one), else the one device of its vid:pid. Null when none is plugged in, or when twins
// are and the entry pins no address (libvirt refuses to choose: "Multiple USB devices for …").
const host::UsbDevice *heldDevice(const HostdevDef &def, const host::HostTopology &topo);

// A live entry whose device has left this host (pulled while the guest held it): libvirt and QEMU
// keep listing it until it is detached. False for entries only in the definition; `topo` must be
// this computer's live topology and the guest's URI local.
bool isGoneFromHost(const HostdevEntry &entry, const host::HostTopology &topo);

// Whether an entry is meant for `d`, as a definition is read: `d` is the device it holds; or
// `d` is one of identical twins the entry names by vid:pid alone; or the entry is pinned to an
// address a replug has renumbered since (no device of its vid:pid is there) and `d` is the one
// device of its vid:pid now.
bool isMeantFor(const HostdevDef &def, const host::UsbDevice &d, const host::HostTopology &topo);

} // namespace plugboard::libvirt
