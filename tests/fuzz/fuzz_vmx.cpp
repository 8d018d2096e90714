// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the lossless .vmx document. Properties: whatever parses writes back
// byte-identical; an edit keeps every other line and parses again with the new value.
#include "vmware/vmxdocument.h"

#include <cstdlib>

using plugboard::vmware::VmxDocument;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    auto doc = VmxDocument::parse(bytes);
    if (!doc)
        return 0;
    if (doc->toBytes() != bytes)
        std::abort(); // parse then write must be the identity
    QString error;
    if (doc->setValue(QStringLiteral("usb.autoConnect.device0"), QStringLiteral("vid:0x0781 pid:0x5567"), &error)) {
        const auto again = VmxDocument::parse(doc->toBytes());
        if (!again || again->value(QStringLiteral("usb.autoconnect.device0")) != QLatin1String("vid:0x0781 pid:0x5567"))
            std::abort();
    }
    return 0;
}
