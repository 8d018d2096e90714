// SPDX-License-Identifier: GPL-3.0-or-later
// Binary USB descriptor parsing (USB 2.0 ch. 9.6, USB 3.2 ch. 9.6.7 for the SuperSpeed companion).
#include "descriptorparser.h"

#include <QCoreApplication>

namespace plugboard::host {

namespace {
constexpr quint8 kDevice = 0x01;
constexpr quint8 kConfiguration = 0x02;
constexpr quint8 kInterface = 0x04;
constexpr quint8 kEndpoint = 0x05;
constexpr quint8 kSsEndpointCompanion = 0x30;

quint16 le16(const uchar *p)
{
    return quint16(p[0] | (p[1] << 8));
}

} // namespace

DescriptorParseResult parseDescriptors(const QByteArray &raw)
{
    DescriptorParseResult result;
    const auto *data = reinterpret_cast<const uchar *>(raw.constData());
    const qsizetype size = raw.size();
    if (size < 18 || data[0] < 18 || data[1] != kDevice) {
        result.error = QCoreApplication::translate(
            "plugboard::host::DescriptorParser", "The device descriptor is missing or truncated.");
        return result;
    }
    DeviceDescriptor dev;
    dev.bcdUsb = le16(data + 2);
    dev.cls = data[4];
    dev.subClass = data[5];
    dev.protocol = data[6];
    dev.maxPacketSize0 = data[7];
    dev.vendorId = le16(data + 8);
    dev.productId = le16(data + 10);
    dev.bcdDevice = le16(data + 12);
    dev.numConfigurations = data[17];

    qsizetype pos = data[0];
    ConfigurationDescriptor *config = nullptr;
    InterfaceDescriptor *iface = nullptr;
    Endpoint *lastEndpoint = nullptr;
    while (pos < size) {
        const int len = data[pos];
        if (len < 2 || pos + len > size) {
            result.error = QCoreApplication::translate(
                "plugboard::host::DescriptorParser", "A descriptor at byte %1 has an invalid length.")
                               .arg(pos);
            break;
        }
        const quint8 type = data[pos + 1];
        const uchar *d = data + pos;
        switch (type) {
        case kConfiguration:
            if (len < 9) {
                result.error = QCoreApplication::translate(
                    "plugboard::host::DescriptorParser", "A configuration descriptor at byte %1 is too short.")
                                   .arg(pos);
                pos = size;
                continue;
            }
            dev.configurations.append(ConfigurationDescriptor {});
            config = &dev.configurations.last();
            config->value = d[5];
            config->selfPowered = d[7] & 0x40;
            config->remoteWakeup = d[7] & 0x20;
            config->maxPowerRaw = d[8];
            iface = nullptr;
            lastEndpoint = nullptr;
            break;
        case kInterface:
            if (!config || len < 9) {
                result.error = QCoreApplication::translate("plugboard::host::DescriptorParser",
                    "An interface descriptor at byte %1 is misplaced or too short.")
                                   .arg(pos);
                pos = size;
                continue;
            }
            config->interfaces.append(InterfaceDescriptor {});
            iface = &config->interfaces.last();
            iface->number = d[2];
            iface->alternate = d[3];
            iface->cls = d[5];
            iface->subClass = d[6];
            iface->protocol = d[7];
            lastEndpoint = nullptr;
            break;
        case kEndpoint: {
            if (!iface || len < 7) {
                result.error = QCoreApplication::translate(
                    "plugboard::host::DescriptorParser", "An endpoint descriptor at byte %1 is misplaced or too short.")
                                   .arg(pos);
                pos = size;
                continue;
            }
            Endpoint ep;
            ep.address = d[2];
            ep.type = Endpoint::Type(d[3] & 0x03);
            const quint16 mps = le16(d + 4);
            ep.maxPacketSize = mps & 0x7ff;
            ep.transactionsPerMicroframe = ((mps >> 11) & 0x3) + 1;
            ep.interval = d[6];
            iface->endpoints.append(ep);
            lastEndpoint = &iface->endpoints.last();
            break;
        }
        case kSsEndpointCompanion:
            if (lastEndpoint && len >= 6 && lastEndpoint->type == Endpoint::Type::Bulk) {
                const int streamsExp = d[3] & 0x1f;
                lastEndpoint->maxStreams = streamsExp ? (1 << streamsExp) : 0;
            }
            break;
        default:
            break; // class-specific and other descriptors are not needed here
        }
        pos += len;
    }
    result.descriptor = dev;
    return result;
}

} // namespace plugboard::host
