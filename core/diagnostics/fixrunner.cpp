// SPDX-License-Identifier: GPL-3.0-or-later
// applyFix: one place maps the actions the checks name to what carries them out.
#include "fixrunner.h"

#include "host/udisks.h"
#include "libvirt/guestdirectory.h"

#include <QCoreApplication>

namespace plugboard::diagnostics {

namespace {
// The context lupdate records for this file's sentences (Q_DECLARE_TR_FUNCTIONS names it).
class FixRunnerText
{
    Q_DECLARE_TR_FUNCTIONS(plugboard::diagnostics::FixRunner)
};

const QStringList kHelperVerbs {QStringLiteral("authorize"), QStringLiteral("deauthorize"),
    QStringLiteral("port-enable"), QStringLiteral("port-disable"), QStringLiteral("power-on"), QStringLiteral("unbind"),
    QStringLiteral("unmount"), QStringLiteral("start-service")};
} // namespace

bool offersButton(const Fix &fix)
{
    if (fix.action.isEmpty())
        return false;
    if (fix.kind == QLatin1String("automatic"))
        return true;
    static const QStringList definitionVerbs {
        QStringLiteral("controller-qemu-xhci"), QStringLiteral("startup-optional"), QStringLiteral("spice-channel")};
    return fix.kind == QLatin1String("user") && definitionVerbs.contains(fix.action.section(QLatin1Char(':'), 0, 0));
}

bool isGuestFix(const QString &action)
{
    static const QStringList guestVerbs {QStringLiteral("controller-qemu-xhci"), QStringLiteral("startup-optional"),
        QStringLiteral("spice-channel"), QStringLiteral("attach"), QStringLiteral("reattach")};
    return guestVerbs.contains(action.section(QLatin1Char(':'), 0, 0));
}

FixOutcome applyFix(const Fix &fix, const Subject &subject, const host::HostTopology &topology)
{
    FixOutcome out;
    const QString verb = fix.action.section(QLatin1Char(':'), 0, 0);
    const QString arg = fix.action.section(QLatin1Char(':'), 1);
    if (verb == QLatin1String("unmount") && !arg.isEmpty()) {
        // Unprivileged first, as a file manager would; the helper only where UDisks2 is absent.
        const host::UnmountResult u = host::unmountWithUdisks(arg);
        if (u.unavailable) {
            out.needsHelper = true;
            out.helperVerb = verb;
            out.helperArgument = arg;
        }
        out.ok = u.ok;
        out.message = u.message;
        return out;
    }
    if (kHelperVerbs.contains(verb)) {
        if (arg.isEmpty()) {
            out.message = FixRunnerText::tr("This fix needs a device or port to act on.");
            return out;
        }
        out.needsHelper = true;
        out.helperVerb = verb;
        out.helperArgument = arg;
        return out;
    }
    // Guest-side fixes: the subject's guest on its libvirt connection.
    const GuestRef guest = GuestRef::parse(subject.guest);
    if (!guest.hasUri()) {
        out.message = FixRunnerText::tr("Choose the guest first: this fix changes its definition.");
        return out;
    }
    const QString uri = guest.uri(), name = guest.name();
    libvirt::LibvirtSession::ensureEventLoop();
    libvirt::LibvirtSession session(uri);
    libvirt::LibvirtError err;
    if (!session.open(&err)) {
        out.message = err.userMessage();
        return out;
    }
    const QString deviceId = arg.isEmpty() ? subject.device : arg;
    const host::UsbDevice *device = topology.device(deviceId);
    libvirt::OperationResult r;
    if (verb == QLatin1String("controller-qemu-xhci")) {
        r = session.switchToQemuXhci(name);
    } else if (verb == QLatin1String("startup-optional") && device) {
        r = session.setStartupOptional(name, libvirt::hostdevSpecFor(topology, *device));
    } else if ((verb == QLatin1String("attach") || verb == QLatin1String("reattach")) && device) {
        const auto g = session.guest(name, &err);
        const libvirt::AttachMode mode = g ? g->defaultMode() : libvirt::AttachMode::Config;
        const libvirt::HostdevSpec spec = libvirt::hostdevSpecFor(topology, *device);
        if (verb == QLatin1String("reattach"))
            session.detachHostdev(name, spec, mode); // absent is fine: attach follows
        r = session.attachHostdev(name, spec, mode);
    } else if (verb == QLatin1String("spice-channel")) {
        r = session.addSpiceRedirChannel(name);
    } else {
        out.message = FixRunnerText::tr("This fix is not automatic: %1").arg(fix.text);
        return out;
    }
    out.ok = r.ok;
    out.message = r.message;
    return out;
}

} // namespace plugboard::diagnostics
