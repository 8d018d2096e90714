// SPDX-License-Identifier: GPL-3.0-or-later
// LibvirtSession over libvirt's C API. libvirt.h is included here and in the connection worker only.
#include "libvirtsession.h"

#include <QCoreApplication>
#include <QDomDocument>
#include <QRegularExpression>

#include "host/sysfsvalue.h"

#include <functional>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

#include <mutex>
#include <thread>

namespace plugboard::libvirt {

namespace {
// The context lupdate records for this file's sentences (Q_DECLARE_TR_FUNCTIONS names it).
class LibvirtSessionText
{
    Q_DECLARE_TR_FUNCTIONS(plugboard::libvirt::LibvirtSession)
};

// libvirt prints errors to stderr unless a handler is set; we keep them as values instead.
void silentErrorHandler(void *, virErrorPtr)
{
}

unsigned int flagsFor(AttachMode mode)
{
    switch (mode) {
    case AttachMode::Live:
        return VIR_DOMAIN_AFFECT_LIVE;
    case AttachMode::Config:
        return VIR_DOMAIN_AFFECT_CONFIG;
    case AttachMode::Both:
        return VIR_DOMAIN_AFFECT_LIVE | VIR_DOMAIN_AFFECT_CONFIG;
    }
    return VIR_DOMAIN_AFFECT_CONFIG;
}

struct DomainRef
{
    virDomainPtr dom = nullptr;
    explicit DomainRef(virDomainPtr d)
        : dom(d)
    {
    }
    ~DomainRef()
    {
        if (dom)
            virDomainFree(dom);
    }
    DomainRef(const DomainRef &) = delete;
    DomainRef &operator=(const DomainRef &) = delete;
};

QByteArray xmlOf(virDomainPtr dom, unsigned int flags)
{
    char *xml = virDomainGetXMLDesc(dom, flags);
    if (!xml)
        return {};
    QByteArray out(xml);
    free(xml);
    return out;
}

bool isUnsupported(const LibvirtError &e)
{
    return e.code == VIR_ERR_NO_SUPPORT || e.code == VIR_ERR_OPERATION_UNSUPPORTED;
}

// Finds the guest's hostdev entry for `spec`: by vendor/product, then by address among twins,
// and by vendor/product alone when the numbers changed since (a replug renumbers devices).
const HostdevDef *findHostdev(const DomainUsb &usb, const HostdevSpec &spec)
{
    QList<const HostdevDef *> byId;
    for (const HostdevDef &h : usb.hostdevs) {
        if (!spec.vendorId.isEmpty() && h.vendorId == spec.vendorId && h.productId == spec.productId)
            byId.append(&h);
        else if (spec.vendorId.isEmpty() && spec.bus && h.bus == spec.bus && h.device == spec.device)
            return &h;
    }
    if (byId.size() == 1)
        return byId.first();
    for (const HostdevDef *h : byId) {
        if (spec.bus && h->bus == spec.bus && h->device == spec.device)
            return h;
    }
    return byId.isEmpty() ? nullptr : byId.first();
}

// Adds or removes a <hostdev>/<redirdev> in a persistent definition (for drivers that cannot attach).
std::optional<QByteArray> editDefinition(const QByteArray &xml, const QString &addXml, const QString &removeXml)
{
    QDomDocument doc;
    if (!doc.setContent(xml))
        return std::nullopt;
    QDomElement devices = doc.documentElement().firstChildElement(QStringLiteral("devices"));
    if (devices.isNull())
        devices = doc.documentElement().appendChild(doc.createElement(QStringLiteral("devices"))).toElement();
    if (!addXml.isEmpty()) {
        QDomDocument frag;
        if (!frag.setContent(addXml))
            return std::nullopt;
        devices.appendChild(doc.importNode(frag.documentElement(), true));
    }
    if (!removeXml.isEmpty()) {
        QDomDocument frag;
        if (!frag.setContent(removeXml))
            return std::nullopt;
        const QString target = frag.documentElement().tagName();
        const QString wanted = frag.toString(-1);
        for (QDomElement e = devices.firstChildElement(target); !e.isNull(); e = e.nextSiblingElement(target)) {
            QDomDocument one;
            one.appendChild(one.importNode(e, true));
            if (one.toString(-1) == wanted) {
                devices.removeChild(e);
                return doc.toByteArray(2);
            }
        }
        return std::nullopt;
    }
    return doc.toByteArray(2);
}
} // namespace

LibvirtError LibvirtError::last()
{
    LibvirtError e;
    if (virErrorPtr err = virGetLastError()) {
        e.code = err->code;
        e.domain = err->domain;
        e.message = QString::fromUtf8(err->message ? err->message : "");
        virResetLastError();
    }
    return e;
}

LibvirtError LibvirtError::plain(const QString &message)
{
    LibvirtError e;
    e.message = message;
    return e;
}

QString LibvirtError::catalogId() const
{
    static const QList<std::pair<QRegularExpression, const char *>> known {
        {QRegularExpression(QStringLiteral("USB device \\d+:\\d+ is in use by driver \\S+, domain \\S+")),
            "kvm-in-use-other-domain"},
        {QRegularExpression(QStringLiteral("Multiple USB devices for [0-9a-fA-F]+:[0-9a-fA-F]+")),
            "kvm-ambiguous-vidpid"},
        {QRegularExpression(QStringLiteral("No free USB ports|controller only supports up to")), "kvm-no-free-ports"},
        {QRegularExpression(QStringLiteral("USB is disabled for this domain")), "kvm-usb-disabled"},
        {QRegularExpression(QStringLiteral("Did not find USB device [0-9a-fA-F]+:[0-9a-fA-F]+")),
            "kvm-hostdev-missing-at-start"},
        {QRegularExpression(
             QStringLiteral("'usb-host' is not a valid device model name|USB redirection is not supported")),
            "kvm-qemu-capability"},
        {QRegularExpression(QStringLiteral("Failed to connect socket|no connection driver available|Cannot recv "
                                           "data|End of file while reading data")),
            "env-libvirt-unreachable"},
    };
    for (const auto &[re, id] : known) {
        if (re.match(message).hasMatch())
            return QLatin1String(id);
    }
    return {};
}

QString LibvirtError::userMessage() const
{
    static const QRegularExpression inUse(
        QStringLiteral("USB device (\\d+):(\\d+) is in use by driver (\\S+), domain (\\S+)"));
    if (const auto m = inUse.match(message); m.hasMatch())
        return LibvirtSessionText::tr(
            "The device is already given to guest %1. Detach it from that guest first (or move it), then try again.")
            .arg(m.captured(4));
    const QString id = catalogId();
    if (id == QLatin1String("kvm-ambiguous-vidpid"))
        return LibvirtSessionText::tr(
            "Several identical devices are plugged in, so libvirt cannot tell which one is meant. Choose the device by "
            "its port in the host tree (Plugboard then pins its bus and device number), or unplug the twin.");
    if (id == QLatin1String("kvm-no-free-ports"))
        return LibvirtSessionText::tr(
            "The guest has no free USB port. Add a USB hub to the guest or raise its controller's port count "
            "(qemu-xhci supports up to 15), then restart the guest.");
    if (id == QLatin1String("kvm-usb-disabled"))
        return LibvirtSessionText::tr(
            "USB is disabled in this guest (its controller model is 'none'). Add a qemu-xhci USB controller to the "
            "guest and restart it.");
    if (id == QLatin1String("kvm-hostdev-missing-at-start"))
        return LibvirtSessionText::tr(
            "The guest's definition requires a USB device that is not plugged in, so it cannot start. Plug the device "
            "in, or mark it optional (startupPolicy='optional').");
    if (id == QLatin1String("kvm-qemu-capability"))
        return LibvirtSessionText::tr(
            "This QEMU cannot pass USB devices through (usb-host or usb-redir is missing). Install your "
            "distribution's QEMU USB modules.");
    if (id == QLatin1String("env-libvirt-unreachable"))
        return LibvirtSessionText::tr(
            "libvirt is not reachable: its daemon is not running or its socket is missing. Start it (systemctl start "
            "libvirtd or virtqemud) and try again.");
    if (message.contains(QLatin1String("cannot open directory '/sys/bus/usb/devices'")))
        return LibvirtSessionText::tr(
            "libvirt could not read this machine's USB devices (/sys/bus/usb/devices does not exist): there is no USB "
            "bus here, so nothing can be passed through from this host.");
    if (code == VIR_ERR_OPERATION_INVALID && message.contains(QLatin1String("not running")))
        return LibvirtSessionText::tr(
            "The guest is not running, so nothing can be changed live. Change its persistent definition instead (it "
            "takes effect at next start), or start the guest first.");
    if (code == VIR_ERR_ACCESS_DENIED || code == VIR_ERR_AUTH_FAILED || code == VIR_ERR_AUTH_CANCELLED
        || message.contains(QLatin1String("Permission denied")) || message.contains(QLatin1String("authentication")))
        return LibvirtSessionText::tr(
            "libvirt refused access (%1). Join the 'libvirt' group (then log in again), or use qemu:///session for "
            "your own guests.")
            .arg(message);
    if (code == VIR_ERR_NO_DOMAIN)
        return LibvirtSessionText::tr("There is no such guest on this connection (%1).").arg(message);
    if (message.isEmpty())
        return LibvirtSessionText::tr("libvirt failed without saying why.");
    return LibvirtSessionText::tr("libvirt refused: %1").arg(message);
}

namespace {
// Live entries first, then the persistent definition's: an entry found in both is one row.
template<typename Def, typename Same>
QList<UsbEntry<Def>> mergeEntries(const GuestInfo &g, const QList<Def> &live, const QList<Def> *inactive, Same same)
{
    QList<UsbEntry<Def>> out;
    const bool running = g.isRunning();
    for (const Def &d : live)
        out.append({d, running, !running && g.persistent});
    if (inactive) {
        for (const Def &d : *inactive) {
            auto it = std::find_if(out.begin(), out.end(), [&](const UsbEntry<Def> &e) {
                return e.live && !e.persistent && same(e.def, d);
            });
            if (it != out.end())
                it->persistent = true;
            else
                out.append({d, false, true});
        }
    }
    return out;
}
} // namespace

QList<HostdevEntry> GuestInfo::hostdevEntries() const
{
    return mergeEntries(*this, usb.hostdevs, inactiveUsb ? &inactiveUsb->hostdevs : nullptr,
        [](const HostdevDef &a, const HostdevDef &b) {
            return a.vendorId == b.vendorId && a.productId == b.productId
                && (!a.vendorId.isEmpty() || (a.bus == b.bus && a.device == b.device));
        });
}

QList<RedirdevEntry> GuestInfo::redirdevEntries() const
{
    return mergeEntries(*this, usb.redirdevs, inactiveUsb ? &inactiveUsb->redirdevs : nullptr,
        [](const RedirdevDef &a, const RedirdevDef &b) {
            return a.type == b.type && a.source() == b.source();
        });
}

QString HostdevSpec::toXml() const
{
    QString xml = QStringLiteral("<hostdev mode='subsystem' type='usb'>");
    xml += startupPolicy.isEmpty() ? QStringLiteral("<source>")
                                   : QStringLiteral("<source startupPolicy='%1'>").arg(startupPolicy);
    if (!vendorId.isEmpty())
        xml += QStringLiteral("<vendor id='0x%1'/><product id='0x%2'/>").arg(vendorId, productId);
    if (bus && device)
        xml += QStringLiteral("<address bus='%1' device='%2'/>").arg(*bus).arg(*device);
    xml += QStringLiteral("</source></hostdev>");
    return xml;
}

struct LibvirtSession::Private
{
    virConnectPtr conn = nullptr;
};

void LibvirtSession::ensureEventLoop()
{
    static std::once_flag once;
    std::call_once(once, [] {
        virSetErrorFunc(nullptr, silentErrorHandler);
        if (virEventRegisterDefaultImpl() < 0)
            return;
        // Runs for the life of the process: stopping libvirt's loop while connections live breaks them.
        std::thread([] {
            for (;;)
                virEventRunDefaultImpl();
        }).detach();
    });
}

GuestState LibvirtSession::stateOf(int s)
{
    switch (s) {
    case VIR_DOMAIN_RUNNING:
        return GuestState::Running;
    case VIR_DOMAIN_BLOCKED:
        return GuestState::Blocked;
    case VIR_DOMAIN_PAUSED:
        return GuestState::Paused;
    case VIR_DOMAIN_SHUTDOWN:
        return GuestState::ShuttingDown;
    case VIR_DOMAIN_SHUTOFF:
        return GuestState::ShutOff;
    case VIR_DOMAIN_CRASHED:
        return GuestState::Crashed;
    case VIR_DOMAIN_PMSUSPENDED:
        return GuestState::Suspended;
    default:
        return GuestState::Unknown;
    }
}

LibvirtSession::LibvirtSession(QString uri)
    : d(std::make_unique<Private>())
    , m_uri(std::move(uri))
{
}

LibvirtSession::~LibvirtSession()
{
    close();
}

bool LibvirtSession::open(LibvirtError *error)
{
    close();
    virSetErrorFunc(nullptr, silentErrorHandler);
    const QByteArray uri = m_uri.toUtf8();
    d->conn = virConnectOpen(uri.constData());
    if (!d->conn) {
        if (error)
            *error = LibvirtError::last();
        return false;
    }
    if (char *canonical = virConnectGetURI(d->conn)) {
        m_canonical = QString::fromUtf8(canonical);
        free(canonical);
    }
    // Keep-alive only works with a running event loop and a remote/daemon connection; the test
    // driver answers "not supported", which is fine.
    virConnectSetKeepAlive(d->conn, 5, 3);
    virResetLastError();
    return true;
}

bool LibvirtSession::isOpen() const
{
    return d->conn != nullptr;
}

bool LibvirtSession::isAlive() const
{
    return d->conn && virConnectIsAlive(d->conn) == 1;
}

void LibvirtSession::close()
{
    if (d->conn) {
        virConnectClose(d->conn);
        d->conn = nullptr;
    }
}

virConnectPtr LibvirtSession::handle() const
{
    return d->conn;
}

static GuestInfo readGuest(virDomainPtr dom, const QString &uri)
{
    GuestInfo g;
    g.uri = uri;
    g.name = QString::fromUtf8(virDomainGetName(dom));
    char uuid[VIR_UUID_STRING_BUFLEN];
    if (virDomainGetUUIDString(dom, uuid) == 0)
        g.uuid = QString::fromLatin1(uuid);
    int state = 0, reason = 0;
    g.state = virDomainGetState(dom, &state, &reason, 0) == 0 ? LibvirtSession::stateOf(state) : GuestState::Unknown;
    g.persistent = virDomainIsPersistent(dom) == 1;
    g.xml = xmlOf(dom, 0);
    g.usb = parseDomainXml(g.xml);
    if (g.persistent && g.isRunning()) {
        g.inactiveXml = xmlOf(dom, VIR_DOMAIN_XML_INACTIVE);
        g.inactiveUsb = parseDomainXml(g.inactiveXml);
    }
    virResetLastError();
    return g;
}

QByteArray LibvirtSession::domainCapabilities()
{
    if (!d->conn)
        return {};
    char *caps = virConnectGetDomainCapabilities(d->conn, nullptr, nullptr, nullptr, nullptr, 0);
    virResetLastError();
    if (!caps)
        return {};
    QByteArray out(caps);
    free(caps);
    return out;
}

static QString versionText(unsigned long v)
{
    return v ? QStringLiteral("%1.%2.%3").arg(v / 1000000).arg((v / 1000) % 1000).arg(v % 1000) : QString();
}

QString LibvirtSession::libvirtVersion()
{
    unsigned long v = 0;
    if (!d->conn || virConnectGetLibVersion(d->conn, &v) != 0)
        v = 0;
    virResetLastError();
    return versionText(v);
}

QString LibvirtSession::hypervisorVersion()
{
    unsigned long v = 0;
    if (!d->conn || virConnectGetVersion(d->conn, &v) != 0)
        v = 0;
    virResetLastError();
    return versionText(v);
}

QList<GuestInfo> LibvirtSession::guests(LibvirtError *error)
{
    QList<GuestInfo> out;
    if (!d->conn) {
        if (error)
            *error = LibvirtError::plain(LibvirtSessionText::tr("Not connected to %1.").arg(m_uri));
        return out;
    }
    virDomainPtr *doms = nullptr;
    const int n = virConnectListAllDomains(d->conn, &doms, 0);
    if (n < 0) {
        if (error)
            *error = LibvirtError::last();
        return out;
    }
    for (int i = 0; i < n; ++i) {
        out.append(readGuest(doms[i], canonicalUri()));
        virDomainFree(doms[i]);
    }
    free(doms);
    std::sort(out.begin(), out.end(), [](const GuestInfo &a, const GuestInfo &b) {
        return a.name < b.name;
    });
    return out;
}

std::optional<GuestInfo> LibvirtSession::guest(const QString &name, LibvirtError *error)
{
    if (!d->conn)
        return std::nullopt;
    const QByteArray n = name.toUtf8();
    DomainRef dom(virDomainLookupByName(d->conn, n.constData()));
    if (!dom.dom) {
        if (error)
            *error = LibvirtError::last();
        return std::nullopt;
    }
    return readGuest(dom.dom, canonicalUri());
}

namespace {
OperationResult applyDevice(
    virConnectPtr conn, const DomainRef &dom, const QString &addXml, const QString &removeXml, AttachMode mode)
{
    OperationResult r;
    const bool attach = !addXml.isEmpty();
    const QByteArray xml = (attach ? addXml : removeXml).toUtf8();
    const int rc = attach ? virDomainAttachDeviceFlags(dom.dom, xml.constData(), flagsFor(mode))
                          : virDomainDetachDeviceFlags(dom.dom, xml.constData(), flagsFor(mode));
    if (rc == 0) {
        r.ok = true;
        r.message = attach ? LibvirtSessionText::tr("Attached.") : LibvirtSessionText::tr("Detached.");
        return r;
    }
    r.error = LibvirtError::last();
    if (isUnsupported(r.error) && mode == AttachMode::Live) {
        r.message = attach ? LibvirtSessionText::tr(
                        "This connection cannot attach devices to a running guest. Add the device to the guest's "
                        "definition instead (it takes effect at the next start).")
                           : LibvirtSessionText::tr(
                               "This connection cannot detach devices from a running guest. Remove the device from the "
                               "guest's definition instead (it takes effect at the next start).");
        return r;
    }
    if (!isUnsupported(r.error) || virDomainIsPersistent(dom.dom) != 1) {
        r.message = r.error.userMessage();
        return r;
    }
    // The driver cannot (de)attach (libvirt's test driver, some remote drivers): rewrite the
    // persistent definition, same name and UUID, and say when it takes effect.
    const QByteArray current = xmlOf(dom.dom, VIR_DOMAIN_XML_INACTIVE | VIR_DOMAIN_XML_SECURE);
    const auto edited = editDefinition(current, addXml, removeXml);
    if (!edited) {
        r.message = LibvirtSessionText::tr(
            "This connection cannot change devices, and the guest's definition could not be edited either.");
        return r;
    }
    virDomainPtr redefined = virDomainDefineXML(conn, edited->constData());
    if (!redefined) {
        r.error = LibvirtError::last();
        r.message = r.error.userMessage();
        return r;
    }
    virDomainFree(redefined);
    r.ok = true;
    r.redefined = true;
    r.error = {};
    r.message = attach ? LibvirtSessionText::tr(
                    "This connection cannot attach devices directly, so the device was added to the guest's "
                    "definition instead: it takes effect at the guest's next start.")
                       : LibvirtSessionText::tr(
                           "This connection cannot detach devices directly, so the device was removed from the guest's "
                           "definition instead: it takes effect at the guest's next start.");
    return r;
}
OperationResult applyDevice(
    virConnectPtr conn, const QString &guestName, const QString &addXml, const QString &removeXml, AttachMode mode)
{
    const QByteArray n = guestName.toUtf8();
    DomainRef dom(virDomainLookupByName(conn, n.constData()));
    if (!dom.dom) {
        OperationResult r;
        r.error = LibvirtError::last();
        r.message = r.error.userMessage();
        return r;
    }
    return applyDevice(conn, dom, addXml, removeXml, mode);
}
} // namespace

OperationResult LibvirtSession::attachHostdev(const QString &guest, const HostdevSpec &spec, AttachMode mode)
{
    if (!d->conn)
        return {false, false, LibvirtError::plain(LibvirtSessionText::tr("Not connected.")),
            LibvirtSessionText::tr("Not connected to %1.").arg(m_uri)};
    return applyDevice(d->conn, guest, spec.toXml(), QString(), mode);
}

OperationResult LibvirtSession::detachHostdev(const QString &guest, const HostdevSpec &spec, AttachMode mode)
{
    OperationResult r;
    if (!d->conn)
        return {false, false, LibvirtError::plain(LibvirtSessionText::tr("Not connected.")),
            LibvirtSessionText::tr("Not connected to %1.").arg(m_uri)};
    const QByteArray n = guest.toUtf8();
    DomainRef dom(virDomainLookupByName(d->conn, n.constData()));
    if (!dom.dom) {
        r.error = LibvirtError::last();
        r.message = r.error.userMessage();
        return r;
    }
    int state = 0, reason = 0;
    virDomainGetState(dom.dom, &state, &reason, 0);
    const bool running = state == VIR_DOMAIN_RUNNING || state == VIR_DOMAIN_PAUSED || state == VIR_DOMAIN_BLOCKED;
    const bool persistent = virDomainIsPersistent(dom.dom) == 1;
    if (mode == AttachMode::Live && !running) {
        r.message = LibvirtError {VIR_ERR_OPERATION_INVALID, VIR_FROM_DOMAIN, QStringLiteral("domain is not running")}
                        .userMessage();
        return r;
    }
    // The live and the persistent definitions are searched separately: the entry may differ
    // (or exist in only one of them) and its bus/device numbers may have changed since.
    const bool wantLive = mode != AttachMode::Config && running;
    const bool wantConfig = mode != AttachMode::Live && persistent;
    const DomainUsb liveUsb = wantLive ? parseDomainXml(xmlOf(dom.dom, 0)) : DomainUsb();
    const DomainUsb configUsb = !wantConfig ? DomainUsb()
        : running                           ? parseDomainXml(xmlOf(dom.dom, VIR_DOMAIN_XML_INACTIVE))
                                            : parseDomainXml(xmlOf(dom.dom, 0));
    const HostdevDef *live = wantLive ? findHostdev(liveUsb, spec) : nullptr;
    const HostdevDef *config = wantConfig ? findHostdev(configUsb, spec) : nullptr;
    if (!live && !config) {
        r.message = LibvirtSessionText::tr("Guest %1 has no USB device %2:%3 attached.")
                        .arg(guest, spec.vendorId, spec.productId);
        return r;
    }
    if (live && config && live->xml == config->xml)
        return applyDevice(d->conn, dom, QString(), live->xml, AttachMode::Both);
    OperationResult last;
    if (live) {
        last = applyDevice(d->conn, dom, QString(), live->xml, AttachMode::Live);
        if (!last.ok)
            return last;
    }
    if (config)
        last = applyDevice(d->conn, dom, QString(), config->xml, AttachMode::Config);
    return last;
}

OperationResult LibvirtSession::attachRedirTcp(const QString &guest, const QString &host, int port, AttachMode mode)
{
    if (!d->conn)
        return {false, false, LibvirtError::plain(LibvirtSessionText::tr("Not connected.")),
            LibvirtSessionText::tr("Not connected to %1.").arg(m_uri)};
    const QString xml
        = QStringLiteral("<redirdev bus='usb' type='tcp'><source mode='connect' host='%1' service='%2'/></redirdev>")
              .arg(host.toHtmlEscaped())
              .arg(port);
    return applyDevice(d->conn, guest, xml, QString(), mode);
}

namespace {
// Rewrites the persistent definition with `edit` applied to its <devices> element.
OperationResult redefine(virConnectPtr conn, const QString &guest,
    const std::function<bool(QDomDocument &, QDomElement &)> &edit, const QString &done)
{
    OperationResult r;
    const QByteArray n = guest.toUtf8();
    DomainRef dom(virDomainLookupByName(conn, n.constData()));
    if (!dom.dom) {
        r.error = LibvirtError::last();
        r.message = r.error.userMessage();
        return r;
    }
    QDomDocument doc;
    if (!doc.setContent(xmlOf(dom.dom, VIR_DOMAIN_XML_INACTIVE | VIR_DOMAIN_XML_SECURE))) {
        r.message = LibvirtSessionText::tr("The guest's definition could not be read.");
        return r;
    }
    QDomElement devices = doc.documentElement().firstChildElement(QStringLiteral("devices"));
    if (devices.isNull() || !edit(doc, devices)) {
        r.message = LibvirtSessionText::tr("Nothing to change in the guest's definition.");
        return r;
    }
    virDomainPtr redefined = virDomainDefineXML(conn, doc.toByteArray().constData());
    if (!redefined) {
        r.error = LibvirtError::last();
        r.message = r.error.userMessage();
        return r;
    }
    virDomainFree(redefined);
    r.ok = true;
    r.redefined = true;
    r.message = done;
    return r;
}
} // namespace

OperationResult LibvirtSession::setStartupOptional(const QString &guest, const HostdevSpec &spec)
{
    return redefine(
        d->conn, guest,
        [&](QDomDocument &, QDomElement &devices) {
            bool changed = false;
            for (QDomElement h = devices.firstChildElement(QStringLiteral("hostdev")); !h.isNull();
                 h = h.nextSiblingElement(QStringLiteral("hostdev"))) {
                QDomElement source = h.firstChildElement(QStringLiteral("source"));
                const QString vid = source.firstChildElement(QStringLiteral("vendor")).attribute(QStringLiteral("id"));
                const QString pid = source.firstChildElement(QStringLiteral("product")).attribute(QStringLiteral("id"));
                if (host::sysfs::hex4(vid).value_or(QString()) == spec.vendorId
                    && host::sysfs::hex4(pid).value_or(QString()) == spec.productId) {
                    source.setAttribute(QStringLiteral("startupPolicy"), QStringLiteral("optional"));
                    changed = true;
                }
            }
            return changed;
        },
        LibvirtSessionText::tr("The device is now optional: the guest starts even when it is not plugged in."));
}

OperationResult LibvirtSession::switchToQemuXhci(const QString &guest)
{
    return redefine(
        d->conn, guest,
        [](QDomDocument &doc, QDomElement &devices) {
            QList<QDomElement> old;
            for (QDomElement c = devices.firstChildElement(QStringLiteral("controller")); !c.isNull();
                 c = c.nextSiblingElement(QStringLiteral("controller"))) {
                if (c.attribute(QStringLiteral("type")) == QLatin1String("usb"))
                    old.append(c);
            }
            for (QDomElement &c : old)
                devices.removeChild(c);
            QDomElement x = doc.createElement(QStringLiteral("controller"));
            x.setAttribute(QStringLiteral("type"), QStringLiteral("usb"));
            x.setAttribute(QStringLiteral("index"), QStringLiteral("0"));
            x.setAttribute(QStringLiteral("model"), QStringLiteral("qemu-xhci"));
            x.setAttribute(QStringLiteral("ports"), QStringLiteral("15"));
            devices.appendChild(x);
            return true;
        },
        LibvirtSessionText::tr(
            "The guest's USB controller is now qemu-xhci (USB 3, 15 ports); it takes effect at the guest's next "
            "start."));
}

OperationResult LibvirtSession::addSpiceRedirChannel(const QString &guest)
{
    return redefine(
        d->conn, guest,
        [](QDomDocument &doc, QDomElement &devices) {
            QDomElement r = doc.createElement(QStringLiteral("redirdev"));
            r.setAttribute(QStringLiteral("bus"), QStringLiteral("usb"));
            r.setAttribute(QStringLiteral("type"), QStringLiteral("spicevmc"));
            devices.appendChild(r);
            return true;
        },
        LibvirtSessionText::tr(
            "A SPICE USB redirection channel was added; it takes effect at the guest's next start."));
}

} // namespace plugboard::libvirt
