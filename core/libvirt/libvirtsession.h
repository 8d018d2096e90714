// SPDX-License-Identifier: GPL-3.0-or-later
// One libvirt connection used synchronously: guests with their USB state, attach and detach.
// The GUI drives it from one worker thread per connection (LibvirtConnection); the CLI directly.
#pragma once

#include "domainusb.h"
#include "guestref.h"

#include <QMetaType>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

typedef struct _virConnect *virConnectPtr;

namespace plugboard::libvirt {

// libvirt's error, kept typed; userMessage() says what happened and what to do.
struct LibvirtError
{
    int code = 0; // virErrorNumber
    int domain = 0; // virErrorDomain
    QString message;
    bool isSet() const { return code != 0 || !message.isEmpty(); }
    QString userMessage() const;
    // Catalog id when the message is one the diagnostics know (kvm-in-use-other-domain …), else empty.
    QString catalogId() const;
    static LibvirtError last(); // virGetLastError() of this thread, then reset
    static LibvirtError plain(const QString &message);
};

enum class AttachMode { Live, Config, Both };

// A host device as the user thinks of it: attached now, in the definition, or both.
template<typename Def> struct UsbEntry
{
    Def def;
    bool live = false; // in the running guest
    bool persistent = false; // in the persistent definition
};
using HostdevEntry = UsbEntry<HostdevDef>;
using RedirdevEntry = UsbEntry<RedirdevDef>;

struct GuestInfo
{
    QString uri; // canonical, as virConnectGetURI returns it
    QString name, uuid;
    GuestState state = GuestState::Unknown;
    bool persistent = false;
    DomainUsb usb; // live definition (the inactive one when not running)
    std::optional<DomainUsb> inactiveUsb; // persistent definition of a running guest
    QByteArray xml, inactiveXml; // the definitions as libvirt gave them (for diagnostic bundles)
    GuestRef ref() const { return GuestRef::libvirt(uri, name); }
    QString id() const { return ref().toString(); }
    bool isRunning() const { return isActive(state); }
    // docs/cli.md's default without a mode flag: the running guest and its definition, else the definition.
    AttachMode defaultMode() const { return isRunning() ? AttachMode::Both : AttachMode::Config; }
    // Live entries first, then those only in the persistent definition (effective at next start).
    QList<HostdevEntry> hostdevEntries() const;
    QList<RedirdevEntry> redirdevEntries() const;
    bool operator==(const GuestInfo &) const = default;
};

// What to give a guest: a host USB device by vendor/product, pinned by address where needed.
struct HostdevSpec
{
    QString vendorId, productId; // 4 hex digits
    std::optional<int> bus, device;
    QString startupPolicy; // empty = libvirt's default (mandatory)
    QString toXml() const;
    // The spec that names exactly this entry of a definition (to detach or re-attach it).
    static HostdevSpec of(const HostdevDef &def) { return {def.vendorId, def.productId, def.bus, def.device, {}}; }
};

// The mode that reaches every place an entry is: the running guest, its definition, or both.
inline AttachMode modeOf(const HostdevEntry &e)
{
    return e.live && e.persistent ? AttachMode::Both : e.live ? AttachMode::Live : AttachMode::Config;
}

struct OperationResult
{
    bool ok = false;
    bool redefined = false; // the driver could not attach: the persistent definition was rewritten
    LibvirtError error;
    QString message; // what happened, in the user's words
};

class LibvirtSession
{
public:
    // Registers libvirt's default event loop once and runs it on its own thread for the life of the
    // process (it must never stop while connections live). Call before the first connection.
    static void ensureEventLoop();
    static GuestState stateOf(int virState);

    explicit LibvirtSession(QString uri);
    ~LibvirtSession();
    LibvirtSession(const LibvirtSession &) = delete;
    LibvirtSession &operator=(const LibvirtSession &) = delete;

    bool open(LibvirtError *error);
    bool isOpen() const;
    bool isAlive() const;
    void close();
    QString uri() const { return m_uri; }
    QString canonicalUri() const { return m_canonical.isEmpty() ? m_uri : m_canonical; }
    virConnectPtr handle() const;

    QList<GuestInfo> guests(LibvirtError *error);
    // virConnectGetDomainCapabilities for the default emulator; empty when the driver has none.
    QByteArray domainCapabilities();
    QString libvirtVersion(); // "9.0.0"
    QString hypervisorVersion(); // "7.2.0", empty when unknown
    std::optional<GuestInfo> guest(const QString &name, LibvirtError *error);

    OperationResult attachHostdev(const QString &guest, const HostdevSpec &spec, AttachMode mode);
    OperationResult detachHostdev(const QString &guest, const HostdevSpec &spec, AttachMode mode);
    OperationResult attachRedirTcp(const QString &guest, const QString &host, int port, AttachMode mode);
    // Fixes the diagnostics offer (persistent definition; they take effect at the next start):
    // mark a host device optional at start, switch the USB controller to qemu-xhci, add a SPICE
    // USB redirection channel.
    OperationResult setStartupOptional(const QString &guest, const HostdevSpec &spec);
    OperationResult switchToQemuXhci(const QString &guest);
    OperationResult addSpiceRedirChannel(const QString &guest);

private:
    struct Private;
    std::unique_ptr<Private> d;
    QString m_uri, m_canonical;
};

} // namespace plugboard::libvirt

Q_DECLARE_METATYPE(plugboard::libvirt::GuestInfo)
Q_DECLARE_METATYPE(plugboard::libvirt::OperationResult)
