// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: libvirt domain XML as the guest tree reads it (controllers, hostdev, redirdev,
// redirfilter, SPICE). Never crash; every count it reports is bounded by the input.
#include "libvirt/domainusb.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray xml(reinterpret_cast<const char *>(data), qsizetype(size));
    const plugboard::libvirt::DomainUsb usb = plugboard::libvirt::parseDomainXml(xml);
    // Every element takes a dozen bytes at least: nothing is invented.
    if ((usb.controllers.size() + usb.hostdevs.size() + usb.redirdevs.size()) * 12 > xml.size())
        std::abort();
    for (const auto &c : usb.controllers)
        (void)c.generation();
    (void)usb.usbDisabled();
    return 0;
}
