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

// A live entry whose device has left this host (pulled while the guest held it): libvirt and QEMU
// keep listing it until it is detached. False for entries only in the definition; `topo` must be
// this computer's live topology and the guest's URI local.
bool isGoneFromHost(const HostdevEntry &entry, const host::HostTopology &topo);

// The host device a running guest's live entry holds, or null (pinned by address, else by vid:pid
// when exactly one such device is plugged in).
const host::UsbDevice *heldDevice(const HostdevDef &def, const host::HostTopology &topo);

} // namespace plugboard::libvirt
