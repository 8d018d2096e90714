// SPDX-License-Identifier: GPL-3.0-or-later
// SysfsHostBackend: the monitor starts before the first enumeration, events are coalesced per
// port/device and applied as incremental replacements of the touched subtrees.
#include "sysfshostbackend.h"
#include "logging.h"

#include "hardwaredatabase.h"

#include <QCoreApplication>
#include <QFile>
#include <QSocketNotifier>

#include <fcntl.h>
#include <unistd.h>

namespace plugboard::host {

namespace {
// Sort key: shallower ports first, so a hub is read before the ports below it.
int depthOf(const QString &id)
{
    return int(id.count(QLatin1Char('.')) + id.count(QLatin1Char('-')));
}
} // namespace

SysfsHostBackend::SysfsHostBackend(Options options, QObject *parent)
    : HostBackend(parent)
    , m_options(std::move(options))
    , m_reader(SysfsRoot(m_options.root), m_options.useHardwareDatabase ? &HardwareDatabase::instance() : nullptr)
{
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(0);
    connect(&m_flushTimer, &QTimer::timeout, this, &SysfsHostBackend::flush);
}

SysfsHostBackend::~SysfsHostBackend()
{
    if (m_mountsFd >= 0)
        ::close(m_mountsFd);
}

bool SysfsHostBackend::isLive() const
{
    return m_monitor && m_monitor->isRunning();
}

void SysfsHostBackend::start()
{
    // Listen before enumerating so that nothing plugged in between is lost; events for what the
    // enumeration already saw are de-duplicated by id when they are applied.
    if (m_options.monitor && m_reader.root().isLiveHost() && !m_monitor) {
        m_monitor = new UdevMonitor(this);
        connect(m_monitor, &UdevMonitor::event, this, &SysfsHostBackend::onEvent);
        if (!m_monitor->start())
            m_status = m_monitor->errorString();
        // Mount tables change without a udev event: /proc/self/mountinfo signals POLLPRI then.
        m_mountsFd = ::open("/proc/self/mountinfo", O_RDONLY | O_CLOEXEC);
        if (m_mountsFd >= 0) {
            auto *mounts = new QSocketNotifier(m_mountsFd, QSocketNotifier::Exception, this);
            connect(mounts, &QSocketNotifier::activated, this, [this] {
                for (const UsbDevice &d : std::as_const(m_topology.devices)) {
                    if (!d.blockDevices.isEmpty())
                        m_dirtyDevices.insert(d.id);
                }
                if (!m_dirtyDevices.isEmpty())
                    m_flushTimer.start();
            });
        }
    }
    m_topology = m_reader.readAll();
    PB_LOG(lcUdev) << "enumerated" << m_reader.root().rootDir() << m_topology.controllers.size() << "controllers,"
                   << m_topology.ports.size() << "ports," << m_topology.devices.size() << "devices; live:" << isLive();
    for (const QString &w : std::as_const(m_topology.warnings))
        qCInfo(lcUdev) << "sysfs:" << w; // the user sees these; the log only on request
    m_dirtyPorts.clear();
    m_dirtyDevices.clear();
    m_dirtyControllers.clear();
    updateStatus();
    Q_EMIT topologyReset();
}

void SysfsHostBackend::updateStatus()
{
    QString monitorProblem = (m_monitor && !m_monitor->isRunning()) ? m_monitor->errorString() : QString();
    if (!m_reader.root().exists()) {
        m_status
            = tr("The directory %1 does not exist, so there is no USB tree to show.").arg(m_reader.root().rootDir());
    } else if (m_topology.isEmpty()) {
        if (m_reader.root().isLiveHost())
            m_status
                = tr("This machine has no USB bus: /sys/bus/usb/devices is missing or empty. In a virtual machine, "
                     "add a USB controller to it; in a container, the host's USB devices are not visible.");
        else
            m_status = tr("%1 holds no USB controllers (no usbN root hubs under sys/bus/usb/devices).")
                           .arg(m_reader.root().rootDir());
    } else {
        m_status = monitorProblem;
    }
}

void SysfsHostBackend::onEvent(const UdevEvent &e)
{
    ++m_eventCount;
    const QString name = e.name();
    if (e.subsystem == QLatin1String("usb")) {
        if (TopologyReader::isRootHubName(name)) {
            const QString parent = e.sysPath.left(e.sysPath.lastIndexOf(QLatin1Char('/')));
            m_dirtyControllers.insert(parent.mid(parent.lastIndexOf(QLatin1Char('/')) + 1));
        } else if (TopologyReader::isDeviceName(name)) {
            if (e.action == UdevEvent::Action::Add || e.action == UdevEvent::Action::Remove) {
                const auto [hub, port] = TopologyReader::parentOf(name);
                m_dirtyPorts.insert(TopologyReader::portId(hub, port));
            } else {
                m_dirtyDevices.insert(name);
            }
        } else if (TopologyReader::isInterfaceName(name)) {
            m_dirtyDevices.insert(name.left(name.indexOf(QLatin1Char(':'))));
        }
    } else if (e.subsystem == QLatin1String("block")) {
        // ".../1-2/1-2:1.0/host6/target6:0:0/6:0:0:0/block/sdb": the last USB device in the path.
        const QStringList parts = e.sysPath.split(QLatin1Char('/'));
        for (auto it = parts.crbegin(); it != parts.crend(); ++it) {
            if (TopologyReader::isDeviceName(*it)) {
                m_dirtyDevices.insert(*it);
                break;
            }
        }
    }
    m_flushTimer.start();
}

void SysfsHostBackend::flush()
{
    m_flushTimer.stop();
    if (m_dirtyControllers.isEmpty() && m_dirtyPorts.isEmpty() && m_dirtyDevices.isEmpty())
        return;
    TopologyChange change;
    const QSet<QString> controllers = std::exchange(m_dirtyControllers, {});
    for (const QString &cid : controllers)
        change.merge(m_topology.replaceController(cid, m_reader.readController(cid)));

    QStringList ports(m_dirtyPorts.cbegin(), m_dirtyPorts.cend());
    m_dirtyPorts.clear();
    std::sort(ports.begin(), ports.end(), [](const QString &a, const QString &b) {
        const int da = depthOf(a), db = depthOf(b);
        return da != db ? da < db : a < b;
    });
    for (const QString &pid : ports) {
        if (!m_topology.ports.contains(pid))
            continue; // its hub is gone, or was (re)read whole above
        const int cut = pid.lastIndexOf(QLatin1String("-port"));
        const QString hub = pid.left(cut);
        const int number = pid.mid(cut + 5).toInt();
        change.merge(m_topology.replacePort(pid, m_reader.readPort(hub, number)));
    }

    const QSet<QString> devices = std::exchange(m_dirtyDevices, {});
    for (const QString &id : devices) {
        if (!m_topology.devices.contains(id))
            continue;
        if (auto fresh = m_reader.readDeviceData(id))
            change.merge(m_topology.replaceDeviceData(*fresh));
    }
    PB_LOG(lcUdev) << "applied" << m_eventCount << "events so far: structure" << change.structure.size()
                   << "nodes, data" << change.data.size()
                   << (change.controllerSetChanged ? "(controllers changed)" : "");
    const bool wasEmpty = m_status.isEmpty();
    updateStatus();
    if (!change.isEmpty())
        Q_EMIT topologyChanged(change);
    else if (wasEmpty != m_status.isEmpty())
        Q_EMIT topologyChanged(change);
}

} // namespace plugboard::host
