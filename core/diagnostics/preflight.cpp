// SPDX-License-Identifier: GPL-3.0-or-later
#include "preflight.h"

#include "libvirt/guestdirectory.h"

namespace plugboard::diagnostics {

const Finding *Preflight::finding(const QString &check) const
{
    for (const Finding &f : findings) {
        if (f.check == check)
            return &f;
    }
    return nullptr;
}

const QStringList &preflightChecks()
{
    static const QStringList ids {QStringLiteral("dev-storage-mounted"), QStringLiteral("dev-is-hub"),
        QStringLiteral("dev-speed-vs-controller"), QStringLiteral("kvm-in-use-other-domain")};
    return ids;
}

Preflight preflight(const Facts &facts, const QString &deviceId, const QString &guestId)
{
    Preflight p;
    const Subject subject {deviceId, {}, guestId};
    Report report;
    for (const auto &check : allChecks()) {
        if (preflightChecks().contains(check->id()))
            check->run(facts, subject, report);
    }
    std::stable_sort(report.findings.begin(), report.findings.end(), [](const Finding &a, const Finding &b) {
        return int(a.severity) < int(b.severity);
    });
    p.findings = report.findings;
    const host::UsbDevice *d = facts.topology.device(deviceId);
    if (!d)
        return p;
    if (facts.libvirt) {
        for (const LibvirtFacts &l : *facts.libvirt) {
            for (const DomainFacts &dom : l.domains) {
                if (dom.id() == guestId || !isActive(dom.state))
                    continue;
                for (const libvirt::HostdevDef &h : dom.usb.allHostdevs()) {
                    if (libvirt::heldDevice(h, facts.topology) == d && p.otherGuest.isEmpty())
                        p.otherGuest = dom.id();
                }
            }
        }
    }
    // Boot interface subclass 1 with protocol 1 (keyboard) or 2 (mouse).
    for (const host::UsbInterface &i : d->interfaces) {
        if (i.cls == 0x03 && i.subClass == 0x01 && (i.protocol == 0x01 || i.protocol == 0x02))
            p.hostInputDevice = true;
    }
    return p;
}

} // namespace plugboard::diagnostics
