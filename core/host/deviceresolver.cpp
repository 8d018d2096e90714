// SPDX-License-Identifier: GPL-3.0-or-later
// Device lookup by kernel name or vid:pid[:serial].
#include "deviceresolver.h"

#include "topologyreader.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace plugboard::host {

namespace {
// The context lupdate records for this file's sentences (Q_DECLARE_TR_FUNCTIONS names it).
class DeviceResolverText
{
    Q_DECLARE_TR_FUNCTIONS(plugboard::host::DeviceResolver)
};
} // namespace

std::optional<DeviceIdentity> DeviceIdentity::parse(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^([0-9a-fA-F]{4}):([0-9a-fA-F]{4})(?::(\\S+))?$"));
    const auto m = re.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    return DeviceIdentity {m.captured(1).toLower(), m.captured(2).toLower(), m.captured(3)};
}

DeviceIdentity DeviceIdentity::of(const UsbDevice &d)
{
    return {d.vendorId, d.productId, d.serial};
}

bool DeviceIdentity::matches(const UsbDevice &d) const
{
    return d.vendorId == vendorId && d.productId == productId && (serial.isEmpty() || d.serial == serial);
}

QString DeviceIdentity::toString() const
{
    const QString base = vendorId + QLatin1Char(':') + productId;
    return serial.isEmpty() ? base : base + QLatin1Char(':') + serial;
}

bool isDeviceArgument(const QString &argument)
{
    return TopologyReader::isDeviceName(argument) || DeviceIdentity::parse(argument).has_value();
}

DeviceLookup lookupDevice(const HostTopology &topo, const QString &argument)
{
    DeviceLookup r;
    if (TopologyReader::isDeviceName(argument)) {
        r.device = topo.device(argument);
        if (r.device)
            r.identity = DeviceIdentity::of(*r.device);
        else
            r.error = DeviceResolverText::tr("There is no USB device %1 on this host (it may have been unplugged).")
                          .arg(argument);
        return r;
    }
    r.identity = DeviceIdentity::parse(argument);
    if (!r.identity) {
        r.error = DeviceResolverText::tr(
            "'%1' is not a device: give a kernel name such as 1-1.4 or an identity such as 0781:5567[:SERIAL].")
                      .arg(argument);
        return r;
    }
    for (const UsbDevice &d : topo.devices) {
        if (r.identity->matches(d))
            r.candidates.append(d.id);
    }
    std::sort(r.candidates.begin(), r.candidates.end());
    if (r.candidates.size() == 1)
        r.device = topo.device(r.candidates.first());
    else if (r.candidates.isEmpty())
        r.error = DeviceResolverText::tr("No plugged-in USB device is %1.").arg(argument);
    else
        r.error = DeviceResolverText::tr("%1 matches several devices: %2. Name one by its kernel name.")
                      .arg(argument, r.candidates.join(QStringLiteral(", ")));
    return r;
}

int twinCount(const HostTopology &topo, const UsbDevice &d)
{
    int n = 0;
    for (const UsbDevice &o : topo.devices) {
        if (o.id != d.id && o.vendorId == d.vendorId && o.productId == d.productId)
            ++n;
    }
    return n;
}

} // namespace plugboard::host
