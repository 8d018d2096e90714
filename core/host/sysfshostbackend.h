// SPDX-License-Identifier: GPL-3.0-or-later
// HostBackend over sysfs (any root prefix) with a libudev monitor for the live host.
#pragma once

#include "hostbackend.h"
#include "topologyreader.h"
#include "udevmonitor.h"

#include <QSet>
#include <QTimer>

namespace plugboard::host {

class SysfsHostBackend : public HostBackend
{
    Q_OBJECT
public:
    struct Options
    {
        QString root = QStringLiteral("/");
        bool monitor = true; // follow udev events (only meaningful for the live root)
        bool useHardwareDatabase = true;
    };
    explicit SysfsHostBackend(Options options, QObject *parent = nullptr);
    ~SysfsHostBackend() override;
    SysfsHostBackend(const SysfsHostBackend &) = delete;
    SysfsHostBackend &operator=(const SysfsHostBackend &) = delete;

    void start() override;
    const HostTopology &topology() const override { return m_topology; }
    bool isLive() const override;
    QString statusMessage() const override { return m_status; }

    // Applies queued events now (tests and benchmarks call it instead of spinning the loop).
    void flush();
    // Handles an event as if the udev monitor had delivered it (benchmarks and trees without udev).
    void injectEvent(const UdevEvent &event) { onEvent(event); }
    // Number of udev events received (for benchmarks and diagnostics).
    quint64 eventCount() const { return m_eventCount; }

private:
    void onEvent(const UdevEvent &event);
    void updateStatus();

    Options m_options;
    TopologyReader m_reader;
    UdevMonitor *m_monitor = nullptr; // Owned (QObject child).
    HostTopology m_topology;
    QString m_status;
    // Pending work, coalesced: one plug is a burst of device, interface and block events.
    QSet<QString> m_dirtyPorts; // "hubId\nport"
    QSet<QString> m_dirtyDevices; // device ids whose own data changed
    QSet<QString> m_dirtyControllers; // controller ids (root hub add/remove)
    QTimer m_flushTimer;
    quint64 m_eventCount = 0;
    int m_mountsFd = -1; // /proc/self/mountinfo, polled for mount changes
};

} // namespace plugboard::host
