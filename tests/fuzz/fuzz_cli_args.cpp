// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: what plugboardctl does with the user's DEVICE, PORT and GUEST arguments before
// anything is touched: kernel names, vid:pid[:serial] identities, ports and physical ports, looked
// up in a small topology. Never crash; an identity that parses prints back to what parses again.
#include "assign/assignments.h"
#include "host/deviceresolver.h"

#include <cstdlib>

using namespace plugboard;

namespace {
host::HostTopology topology()
{
    host::HostTopology t;
    host::UsbController c;
    c.id = QStringLiteral("0000:00:14.0");
    c.portIds = {QStringLiteral("usb1-port1"), QStringLiteral("usb2-port1")};
    t.controllers.insert(c.id, c);
    host::UsbPort p1 {QStringLiteral("usb1-port1"), c.id, QStringLiteral("usb1"), 1, 1, {}, {}, {},
        QStringLiteral("usb2-port1"), QStringLiteral("1-1"), false};
    host::UsbPort p2 {QStringLiteral("usb2-port1"), c.id, QStringLiteral("usb2"), 2, 1, {}, {}, {},
        QStringLiteral("usb1-port1"), {}, false};
    t.ports.insert(p1.id, p1);
    t.ports.insert(p2.id, p2);
    host::UsbDevice d;
    d.id = QStringLiteral("1-1");
    d.parentPortId = p1.id;
    d.vendorId = QStringLiteral("0781");
    d.productId = QStringLiteral("5567");
    d.serial = QStringLiteral("4C530001");
    t.devices.insert(d.id, d);
    return t;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const host::HostTopology topo = topology();
    const QString arg = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    (void)host::isDeviceArgument(arg);
    const host::DeviceLookup lookup = host::lookupDevice(topo, arg);
    if (lookup.device && !topo.device(lookup.device->id))
        std::abort();
    if (const auto id = host::DeviceIdentity::parse(arg)) {
        const auto again = host::DeviceIdentity::parse(id->toString());
        if (!again || again->toString() != id->toString())
            std::abort();
    }
    const bool port = assign::isPortArgument(arg);
    const assign::Target t = assign::resolveTarget(topo, arg);
    if (t.error.isEmpty() == (t.device.isEmpty() && t.port.isEmpty()))
        std::abort(); // either a target or a reason, never both or neither
    if (port && !t.port.isEmpty() && !assign::isPortArgument(t.port))
        std::abort();
    (void)assign::portsCovered(topo, arg);
    return 0;
}
