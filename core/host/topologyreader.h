// SPDX-License-Identifier: GPL-3.0-or-later
// Reads the USB topology from sysfs under a root prefix: whole, or one port, device or controller.
#pragma once

#include "hosttopology.h"
#include "sysfsroot.h"

namespace plugboard::host {

class HardwareDatabase;

class TopologyReader
{
public:
    // `names` may be null: then only the device strings are used (no hwdb lookups).
    explicit TopologyReader(SysfsRoot root, HardwareDatabase *names = nullptr);

    const SysfsRoot &root() const { return m_root; }

    // Everything under sys/bus/usb/devices. A missing tree gives an empty topology with a warning.
    HostTopology readAll();
    // The port `portId` (of hub `hubId`) and everything behind it. Empty when the hub is gone.
    HostTopology readPort(const QString &hubId, int portNumber);
    // One controller (the parent of root hubs), with all its root hubs, ports and devices.
    HostTopology readController(const QString &controllerId);
    // A device's own values (no children); nullopt when it is gone.
    std::optional<UsbDevice> readDeviceData(const QString &deviceId);

    // Kernel naming: "usb3" -> bus 3; "3-1.4" -> bus 3.
    static int busOf(const QString &hubOrDeviceId);
    static bool isRootHubName(const QString &name);
    static bool isDeviceName(const QString &name);
    static bool isInterfaceName(const QString &name);
    // Port id of port `n` on hub `hubId`: usb1 -> usb1-port4, 1-1 -> 1-1-port4.
    static QString portId(const QString &hubId, int n);
    // Child device name on port `n` of hub `hubId`: usb1 -> 1-4, 1-1 -> 1-1.4.
    static QString childName(const QString &hubId, int n);
    // The hub and port a device hangs off: 1-1.4 -> (1-1, 4); 1-4 -> (usb1, 4).
    static std::pair<QString, int> parentOf(const QString &deviceId);

private:
    struct RootHubRef
    {
        int bus = 0;
        QString name, dir;
    };
    // Root hubs grouped by controller id, in bus order.
    QMap<QString, QList<RootHubRef>> findRootHubs(bool warn);
    HostTopology readControllerHubs(const QString &controllerId, const QList<RootHubRef> &hubs);
    // Resolves sys/bus/usb/devices/<name> to its directory, relative to the root.
    std::optional<QString> deviceDir(const QString &name);
    void readHub(HostTopology &topo, const QString &hubId, const QString &hubDir, const QString &parentId,
        QStringList *portIdsOut, int depth, int onlyPort);
    std::optional<UsbDevice> readDevice(const QString &id, const QString &dir);
    void readInterfaces(UsbDevice &dev, const QString &dir);
    void readStorage(UsbDevice &dev, const QString &dir);
    void loadMounts();
    void resetCaches();
    // udev properties of a device node's directory ('c' char or 'b' block device).
    QHash<QString, QString> udevProperties(const QString &dir, QChar type, const QString &knownDevNum = {});
    void readControllerInfo(UsbController &c, const QString &dir);

    SysfsRoot m_root;
    HardwareDatabase *m_names = nullptr;
    QHash<QString, QStringList> m_mounts; // "8:17" -> mount points, loaded once per read
    QSet<QString> m_swaps; // "sdb2"
    bool m_mountsLoaded = false;
    bool m_udevDataChecked = false;
    bool m_hasUdevData = false;
    QStringList m_warnings; // collected during one readAll()
};

} // namespace plugboard::host
