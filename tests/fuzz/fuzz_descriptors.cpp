// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the sysfs `descriptors` attribute (binary USB descriptors) and the text
// attribute parsers (speed, version, ids, power, flags) on arbitrary bytes. Never crash; what is
// reported stays inside the input (endpoints point into their interface, counts are bounded).
#include "host/descriptorparser.h"
#include "host/sysfsvalue.h"

#include <cstdlib>

using namespace plugboard::host;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray raw(reinterpret_cast<const char *>(data), qsizetype(size));
    const DescriptorParseResult r = parseDescriptors(raw);
    if (r.descriptor) {
        qsizetype endpoints = 0;
        for (const ConfigurationDescriptor &c : r.descriptor->configurations) {
            for (const InterfaceDescriptor &i : c.interfaces)
                endpoints += i.endpoints.size();
        }
        // Each endpoint descriptor takes 7 bytes at least.
        if (endpoints * 7 > raw.size())
            std::abort();
    }
    const QString text = QString::fromUtf8(raw);
    (void)sysfs::clean(text);
    (void)sysfs::hex4(text);
    (void)sysfs::hexByte(text);
    (void)sysfs::decimal(text);
    (void)sysfs::milliamps(text);
    if (const auto s = sysfs::speedMbps(text); s && (*s < 0 || *s > 1e6))
        std::abort();
    (void)sysfs::usbVersion(text);
    (void)sysfs::flag(text);
    return 0;
}
