// SPDX-License-Identifier: GPL-3.0-or-later
// libudev netlink monitor for the usb and block subsystems, on a QSocketNotifier.
#pragma once

#include <QObject>
#include <QString>

#include <memory>

class QSocketNotifier;

namespace plugboard::host {

struct UdevEvent
{
    enum class Action { Add, Remove, Change, Bind, Unbind, Other };
    Action action = Action::Other;
    QString sysPath; // "/sys/devices/pci0000:00/.../1-1"
    QString subsystem; // "usb", "block"
    QString devType; // "usb_device", "usb_interface", "disk", "partition"
    QString name() const { return sysPath.mid(sysPath.lastIndexOf(QLatin1Char('/')) + 1); }
};

class UdevMonitor : public QObject
{
    Q_OBJECT
public:
    explicit UdevMonitor(QObject *parent = nullptr);
    ~UdevMonitor() override;

    // Starts listening; false (with errorString()) when netlink is not available.
    bool start();
    bool isRunning() const;
    QString errorString() const { return m_error; }

Q_SIGNALS:
    void event(const plugboard::host::UdevEvent &event);

private:
    void receive();
    struct Private;
    std::unique_ptr<Private> d;
    QString m_error;
};

} // namespace plugboard::host
