// SPDX-License-Identifier: GPL-3.0-or-later
// LibusbProbe: one short-lived libusb context per call (calls are rare and never on a hot path).
#include "libusbprobe.h"

#include <QCoreApplication>

#include <libusb.h>

namespace plugboard::host {

namespace {
struct Context
{
    libusb_context *ctx = nullptr;
    int rc = 0;
    Context() { rc = libusb_init(&ctx); }
    ~Context()
    {
        if (ctx)
            libusb_exit(ctx);
    }
    Context(const Context &) = delete;
    Context &operator=(const Context &) = delete;
};

QString libusbError(int rc)
{
    return QString::fromUtf8(libusb_strerror(rc));
}
} // namespace

std::optional<QList<LibusbDeviceInfo>> LibusbProbe::enumerate(QString *error)
{
    Context c;
    if (c.rc != 0) {
        if (error)
            *error = QCoreApplication::translate("plugboard::host::LibusbProbe", "libusb could not start: %1")
                         .arg(libusbError(c.rc));
        return std::nullopt;
    }
    libusb_device **list = nullptr;
    const ssize_t n = libusb_get_device_list(c.ctx, &list);
    if (n < 0) {
        if (error)
            *error = QCoreApplication::translate("plugboard::host::LibusbProbe", "libusb could not list devices: %1")
                         .arg(libusbError(int(n)));
        return std::nullopt;
    }
    QList<LibusbDeviceInfo> out;
    for (ssize_t i = 0; i < n; ++i) {
        libusb_device *dev = list[i];
        LibusbDeviceInfo info;
        info.bus = libusb_get_bus_number(dev);
        info.address = libusb_get_device_address(dev);
        uint8_t ports[8];
        const int depth = libusb_get_port_numbers(dev, ports, sizeof ports);
        if (depth <= 0) {
            info.portPath = QStringLiteral("usb") + QString::number(info.bus);
        } else {
            QStringList parts;
            for (int k = 0; k < depth; ++k)
                parts.append(QString::number(ports[k]));
            info.portPath = QString::number(info.bus) + QLatin1Char('-') + parts.join(QLatin1Char('.'));
        }
        libusb_device_descriptor desc {};
        if (libusb_get_device_descriptor(dev, &desc) == 0) {
            info.vendorId = desc.idVendor;
            info.productId = desc.idProduct;
        }
        switch (libusb_get_device_speed(dev)) {
        case LIBUSB_SPEED_LOW:
            info.speedMbps10 = 15;
            break;
        case LIBUSB_SPEED_FULL:
            info.speedMbps10 = 120;
            break;
        case LIBUSB_SPEED_HIGH:
            info.speedMbps10 = 4800;
            break;
        case LIBUSB_SPEED_SUPER:
            info.speedMbps10 = 50000;
            break;
        case LIBUSB_SPEED_SUPER_PLUS:
            info.speedMbps10 = 100000;
            break;
        default:
            break;
        }
        out.append(info);
    }
    libusb_free_device_list(list, 1);
    return out;
}

std::optional<QString> LibusbProbe::stringDescriptor(int bus, int address, int index, QString *error)
{
    Context c;
    if (c.rc != 0) {
        if (error)
            *error = libusbError(c.rc);
        return std::nullopt;
    }
    libusb_device **list = nullptr;
    const ssize_t n = libusb_get_device_list(c.ctx, &list);
    if (n < 0) {
        if (error)
            *error = libusbError(int(n));
        return std::nullopt;
    }
    std::optional<QString> result;
    for (ssize_t i = 0; i < n; ++i) {
        if (libusb_get_bus_number(list[i]) != bus || libusb_get_device_address(list[i]) != address)
            continue;
        libusb_device_handle *h = nullptr;
        const int rc = libusb_open(list[i], &h);
        if (rc != 0) {
            if (error)
                *error = libusbError(rc);
            break;
        }
        unsigned char buf[256];
        const int len = libusb_get_string_descriptor_ascii(h, uint8_t(index), buf, sizeof buf);
        if (len >= 0)
            result = QString::fromLatin1(reinterpret_cast<const char *>(buf), len);
        else if (error)
            *error = libusbError(len);
        libusb_close(h);
        break;
    }
    libusb_free_device_list(list, 1);
    return result;
}

} // namespace plugboard::host
