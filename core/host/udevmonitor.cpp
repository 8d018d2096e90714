// SPDX-License-Identifier: GPL-3.0-or-later
// UdevMonitor: the notifier is disabled while receiving, as KDE Solid's udev backend does.
#include "udevmonitor.h"
#include "logging.h"

#include <QCoreApplication>
#include <QSocketNotifier>

#include <libudev.h>

#include <cerrno>
#include <cstring>

namespace plugboard::host {

struct UdevMonitor::Private
{
    udev *ctx = nullptr;
    udev_monitor *monitor = nullptr;
    QSocketNotifier *notifier = nullptr; // Owned by the UdevMonitor (QObject child).
};

UdevMonitor::UdevMonitor(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
}

UdevMonitor::~UdevMonitor()
{
    delete d->notifier;
    if (d->monitor)
        udev_monitor_unref(d->monitor);
    if (d->ctx)
        udev_unref(d->ctx);
}

bool UdevMonitor::isRunning() const
{
    return d->notifier != nullptr;
}

bool UdevMonitor::start()
{
    if (d->notifier)
        return true;
    d->ctx = udev_new();
    if (!d->ctx) {
        m_error = QCoreApplication::translate("plugboard::host::UdevMonitor", "libudev could not be initialised.");
        qCInfo(lcUdev) << "udev_new failed";
        return false;
    }
    d->monitor = udev_monitor_new_from_netlink(d->ctx, "udev");
    if (!d->monitor) {
        m_error = QCoreApplication::translate(
            "plugboard::host::UdevMonitor", "The udev event socket is not available, so hotplug is not followed.");
        qCInfo(lcUdev) << "no udev netlink monitor:" << strerror(errno);
        return false;
    }
    udev_monitor_filter_add_match_subsystem_devtype(d->monitor, "usb", nullptr);
    udev_monitor_filter_add_match_subsystem_devtype(d->monitor, "block", nullptr);
    if (udev_monitor_enable_receiving(d->monitor) < 0) {
        m_error = QCoreApplication::translate(
            "plugboard::host::UdevMonitor", "Listening for udev events failed, so hotplug is not followed.");
        qCInfo(lcUdev) << "udev_monitor_enable_receiving failed";
        return false;
    }
    const int fd = udev_monitor_get_fd(d->monitor);
    d->notifier = new QSocketNotifier(fd, QSocketNotifier::Read, this);
    connect(d->notifier, &QSocketNotifier::activated, this, &UdevMonitor::receive);
    PB_LOG(lcUdev) << "listening for usb and block events on fd" << fd;
    return true;
}

void UdevMonitor::receive()
{
    d->notifier->setEnabled(false);
    // Drain everything pending: a plug brings a burst of device, interface and block events.
    while (udev_device *dev = udev_monitor_receive_device(d->monitor)) {
        UdevEvent e;
        const char *action = udev_device_get_action(dev);
        const QByteArray a = action ? QByteArray(action) : QByteArray();
        if (a == "add")
            e.action = UdevEvent::Action::Add;
        else if (a == "remove")
            e.action = UdevEvent::Action::Remove;
        else if (a == "change")
            e.action = UdevEvent::Action::Change;
        else if (a == "bind")
            e.action = UdevEvent::Action::Bind;
        else if (a == "unbind")
            e.action = UdevEvent::Action::Unbind;
        e.sysPath = QString::fromUtf8(udev_device_get_syspath(dev));
        e.subsystem = QString::fromUtf8(udev_device_get_subsystem(dev));
        e.devType = QString::fromUtf8(udev_device_get_devtype(dev));
        udev_device_unref(dev);
        PB_LOG(lcUdev) << a << e.subsystem << e.devType << e.sysPath;
        Q_EMIT event(e);
    }
    d->notifier->setEnabled(true);
}

} // namespace plugboard::host
