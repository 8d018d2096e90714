// SPDX-License-Identifier: GPL-3.0-or-later
// Builds HostTopology from sysfs: controllers, root hubs, every port (empty ones too), devices.
#include "topologyreader.h"

#include "descriptorparser.h"
#include "hardwaredatabase.h"
#include "sysfsvalue.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace plugboard::host {

namespace {
const QString kUsbDevices = QStringLiteral("sys/bus/usb/devices");
constexpr int kMaxHubDepth = 16; // USB allows 7 tiers; anything deeper is a malformed tree

QString parentDir(const QString &rel)
{
    const int slash = rel.lastIndexOf(QLatin1Char('/'));
    return slash < 0 ? QString() : rel.left(slash);
}

QString baseName(const QString &rel)
{
    return rel.mid(rel.lastIndexOf(QLatin1Char('/')) + 1);
}

// "\040" -> " " as in /proc/self/mountinfo.
QString unescapeMount(const QString &s)
{
    QString out;
    out.reserve(s.size());
    for (int i = 0; i < s.size(); ++i) {
        if (s.at(i) == QLatin1Char('\\') && i + 3 < s.size()) {
            bool ok = false;
            const int v = s.mid(i + 1, 3).toInt(&ok, 8);
            if (ok) {
                out.append(QChar(v));
                i += 3;
                continue;
            }
        }
        out.append(s.at(i));
    }
    return out;
}
} // namespace

TopologyReader::TopologyReader(SysfsRoot root, HardwareDatabase *names)
    : m_root(std::move(root))
    , m_names(names)
{
}

int TopologyReader::busOf(const QString &id)
{
    if (id.startsWith(QLatin1String("usb")))
        return id.mid(3).toInt();
    return id.left(id.indexOf(QLatin1Char('-'))).toInt();
}

bool TopologyReader::isRootHubName(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("^usb[0-9]+$"));
    return re.match(name).hasMatch();
}

bool TopologyReader::isDeviceName(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("^[0-9]+-[0-9]+(\\.[0-9]+)*$"));
    return re.match(name).hasMatch();
}

bool TopologyReader::isInterfaceName(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("^[0-9]+-[0-9]+(\\.[0-9]+)*:[0-9]+\\.[0-9]+$"));
    return re.match(name).hasMatch();
}

QString TopologyReader::portId(const QString &hubId, int n)
{
    return hubId + QStringLiteral("-port") + QString::number(n);
}

QString TopologyReader::childName(const QString &hubId, int n)
{
    if (isRootHubName(hubId))
        return hubId.mid(3) + QLatin1Char('-') + QString::number(n);
    return hubId + QLatin1Char('.') + QString::number(n);
}

std::pair<QString, int> TopologyReader::parentOf(const QString &deviceId)
{
    const int dot = deviceId.lastIndexOf(QLatin1Char('.'));
    if (dot >= 0)
        return {deviceId.left(dot), deviceId.mid(dot + 1).toInt()};
    const int dash = deviceId.indexOf(QLatin1Char('-'));
    return {QStringLiteral("usb") + deviceId.left(dash), deviceId.mid(dash + 1).toInt()};
}

std::optional<QString> TopologyReader::deviceDir(const QString &name)
{
    const auto dir = m_root.resolveLink(kUsbDevices + QLatin1Char('/') + name);
    if (!dir || !m_root.isDir(*dir))
        return std::nullopt;
    return dir;
}

QHash<QString, QString> TopologyReader::udevProperties(const QString &dir, QChar type, const QString &knownDevNum)
{
    // What libudev would answer, read as files so that the live host, a copied tree, a bundle and
    // a umockdev testbed are read alike: the kernel's `uevent` (umockdev keeps udev's properties
    // there too), then udev's database entry for the device node, which takes precedence.
    QHash<QString, QString> out;
    if (const auto uevent = m_root.readText(dir + QStringLiteral("/uevent"))) {
        for (const QString &line : uevent->split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            const int eq = line.indexOf(QLatin1Char('='));
            if (eq > 0)
                out.insert(line.left(eq), line.mid(eq + 1));
        }
    }
    if (!m_udevDataChecked) {
        m_udevDataChecked = true;
        m_hasUdevData = m_root.isDir(QStringLiteral("run/udev/data"));
    }
    if (!m_hasUdevData)
        return out;
    QString devNum = knownDevNum;
    if (devNum.isEmpty() && out.contains(QStringLiteral("MAJOR")))
        devNum = out.value(QStringLiteral("MAJOR")) + QLatin1Char(':') + out.value(QStringLiteral("MINOR"));
    if (devNum.isEmpty())
        devNum = sysfs::clean(m_root.readText(dir + QStringLiteral("/dev")).value_or(QString()));
    if (devNum.size() < 3)
        return out;
    if (const auto db = m_root.readText(QStringLiteral("run/udev/data/") + type + devNum)) {
        for (const QString &line : db->split(QLatin1Char('\n'))) {
            if (!line.startsWith(QLatin1String("E:")))
                continue;
            const int eq = line.indexOf(QLatin1Char('='));
            if (eq > 2)
                out.insert(line.mid(2, eq - 2), line.mid(eq + 1));
        }
    }
    return out;
}

void TopologyReader::resetCaches()
{
    m_mountsLoaded = false;
    m_mounts.clear();
    m_swaps.clear();
    m_udevDataChecked = false;
}

void TopologyReader::loadMounts()
{
    if (m_mountsLoaded)
        return;
    m_mountsLoaded = true;
    if (const auto info = m_root.readText(QStringLiteral("proc/self/mountinfo"))) {
        const QStringList lines = info->split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        for (const QString &line : lines) {
            const QStringList f = line.split(QLatin1Char(' '));
            if (f.size() < 5)
                continue;
            m_mounts[f.at(2)].append(unescapeMount(f.at(4)));
        }
    }
    if (const auto swaps = m_root.readText(QStringLiteral("proc/swaps"))) {
        const QStringList lines = swaps->split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        for (const QString &line : lines.mid(1)) {
            const QString dev = line.section(QLatin1Char(' '), 0, 0, QString::SectionSkipEmpty);
            if (dev.startsWith(QLatin1String("/dev/")))
                m_swaps.insert(baseName(dev));
        }
    }
}

void TopologyReader::readControllerInfo(UsbController &c, const QString &dir)
{
    c.sysPath = dir;
    c.subsystem = m_root.linkName(dir + QStringLiteral("/subsystem"));
    c.driver = m_root.linkName(dir + QStringLiteral("/driver"));
    if (c.driver.isEmpty()) {
        // Recordings and copied trees may lack the link but keep the uevent text.
        if (const auto uevent = m_root.readText(dir + QStringLiteral("/uevent"))) {
            for (const QString &line : uevent->split(QLatin1Char('\n'))) {
                if (line.startsWith(QLatin1String("DRIVER=")))
                    c.driver = sysfs::clean(line.mid(7));
            }
        }
    }
    c.vendorId = sysfs::hex4(m_root.readText(dir + QStringLiteral("/vendor")).value_or(QString())).value_or(QString());
    c.deviceId = sysfs::hex4(m_root.readText(dir + QStringLiteral("/device")).value_or(QString())).value_or(QString());
    if (m_names && !c.vendorId.isEmpty()) {
        const auto names = m_names->pci(c.vendorId, c.deviceId);
        c.vendorName = names.vendor;
        c.modelName = names.model;
    }
}

void TopologyReader::readInterfaces(UsbDevice &dev, const QString &dir)
{
    const QString prefix = dev.id + QLatin1Char(':');
    for (const QString &entry : m_root.entries(dir)) {
        if (!entry.startsWith(prefix) || !isInterfaceName(entry))
            continue;
        const QString idir = dir + QLatin1Char('/') + entry;
        const SysfsDir si(m_root, idir);
        if (!si.isOpen())
            continue;
        UsbInterface i;
        i.id = entry;
        // "1-1.5:1.2": configuration 1, interface 2. Classes come from that configuration's
        // descriptors when they are whole; otherwise from the attributes.
        const QString suffix = entry.mid(prefix.size());
        const int cfgValue = suffix.section(QLatin1Char('.'), 0, 0).toInt();
        i.number = suffix.section(QLatin1Char('.'), 1, 1).toInt();
        const InterfaceDescriptor *desc = nullptr;
        int alternates = 0;
        if (dev.descriptors) {
            for (const ConfigurationDescriptor &c : dev.descriptors->configurations) {
                if (c.value != cfgValue)
                    continue;
                for (const InterfaceDescriptor &id : c.interfaces) {
                    if (id.number != i.number)
                        continue;
                    ++alternates;
                    if (!desc)
                        desc = &id;
                }
            }
        }
        if (desc && alternates > 1) {
            // Several alternate settings: ask which one is active.
            const int alt = sysfs::decimal(si.text("bAlternateSetting")).value_or(0);
            for (const ConfigurationDescriptor &c : dev.descriptors->configurations) {
                for (const InterfaceDescriptor &id : c.interfaces) {
                    if (c.value == cfgValue && id.number == i.number && id.alternate == alt)
                        desc = &id;
                }
            }
        }
        if (desc) {
            i.cls = desc->cls;
            i.subClass = desc->subClass;
            i.protocol = desc->protocol;
            i.alternate = desc->alternate;
            i.numEndpoints = int(desc->endpoints.size());
        } else {
            i.cls = sysfs::hexByte(si.text("bInterfaceClass"));
            i.subClass = sysfs::hexByte(si.text("bInterfaceSubClass"));
            i.protocol = sysfs::hexByte(si.text("bInterfaceProtocol"));
            i.number = sysfs::hexByte(si.text("bInterfaceNumber")).value_or(i.number);
            i.alternate = sysfs::decimal(si.text("bAlternateSetting")).value_or(-1);
            i.numEndpoints = sysfs::hexByte(si.text("bNumEndpoints")).value_or(-1);
        }
        i.driver = si.linkName("driver");
        i.authorized = sysfs::flag(si.text("authorized"));
        dev.interfaces.append(i);
        if (i.cls == 0x08)
            readStorage(dev, idir);
    }
}

void TopologyReader::readStorage(UsbDevice &dev, const QString &ifaceDir)
{
    static const QRegularExpression hostRe(QStringLiteral("^host[0-9]+$"));
    static const QRegularExpression targetRe(QStringLiteral("^target[0-9]+:[0-9]+:[0-9]+$"));
    static const QRegularExpression lunRe(QStringLiteral("^[0-9]+:[0-9]+:[0-9]+:[0-9]+$"));
    loadMounts();
    auto readBlock = [this](const QString &dir, const QString &name, bool partition) {
        BlockDevice b;
        b.name = name;
        b.isPartition = partition;
        b.devNum = sysfs::clean(m_root.readText(dir + QStringLiteral("/dev")).value_or(QString()));
        if (const auto sectors = m_root.readText(dir + QStringLiteral("/size"))) {
            bool ok = false;
            const qint64 n = sysfs::clean(*sectors).toLongLong(&ok);
            if (ok && n >= 0)
                b.sizeBytes = n * 512; // sysfs sizes are in 512-byte sectors whatever the block size
        }
        if (!b.devNum.isEmpty()) {
            b.mountPoints = m_mounts.value(b.devNum);
            // The udev database keeps the filesystem label probed by blkid.
            b.label = udevProperties(dir, QLatin1Char('b'), b.devNum).value(QStringLiteral("ID_FS_LABEL"));
        }
        b.swap = m_swaps.contains(name);
        return b;
    };
    for (const QString &host : m_root.entries(ifaceDir)) {
        if (!hostRe.match(host).hasMatch())
            continue;
        const QString hdir = ifaceDir + QLatin1Char('/') + host;
        for (const QString &target : m_root.entries(hdir)) {
            if (!targetRe.match(target).hasMatch())
                continue;
            const QString tdir = hdir + QLatin1Char('/') + target;
            for (const QString &lun : m_root.entries(tdir)) {
                if (!lunRe.match(lun).hasMatch())
                    continue;
                const QString bdir = tdir + QLatin1Char('/') + lun + QStringLiteral("/block");
                for (const QString &disk : m_root.entries(bdir)) {
                    const QString ddir = bdir + QLatin1Char('/') + disk;
                    if (!m_root.isDir(ddir))
                        continue;
                    dev.blockDevices.append(readBlock(ddir, disk, false));
                    for (const QString &part : m_root.entries(ddir)) {
                        const QString pdir = ddir + QLatin1Char('/') + part;
                        if (part.startsWith(disk) && m_root.isDir(pdir)
                            && m_root.readText(pdir + QStringLiteral("/partition")))
                            dev.blockDevices.append(readBlock(pdir, part, true));
                    }
                }
            }
        }
    }
}

std::optional<UsbDevice> TopologyReader::readDevice(const QString &id, const QString &dir)
{
    const SysfsDir sd(m_root, dir);
    if (!sd.isOpen())
        return std::nullopt; // vanished between listing and reading
    auto attr = [&](const char *name) {
        return sd.text(name);
    };
    UsbDevice d;
    d.id = id;
    d.sysPath = dir;
    // The raw descriptors hold the ids and classes in one read; the separate attributes are the
    // fallback when the descriptors are missing or malformed (copied trees, odd kernels).
    bool wholeDescriptors = false;
    if (const auto raw = sd.readBytes("descriptors")) {
        const auto parsed = parseDescriptors(*raw);
        d.descriptors = parsed.descriptor;
        wholeDescriptors = parsed.descriptor && parsed.error.isEmpty();
        if (!parsed.error.isEmpty())
            m_warnings.append(QCoreApplication::translate("plugboard::host::TopologyReader", "%1: descriptors: %2")
                                  .arg(id, parsed.error));
    }
    if (wholeDescriptors) {
        const DeviceDescriptor &dd = *d.descriptors;
        d.vendorId = QStringLiteral("%1").arg(dd.vendorId, 4, 16, QLatin1Char('0'));
        d.productId = QStringLiteral("%1").arg(dd.productId, 4, 16, QLatin1Char('0'));
        d.deviceClass = dd.cls;
        d.deviceSubClass = dd.subClass;
        d.deviceProtocol = dd.protocol;
        // The kernel prints bcdUSB as "%2x.%02x".
        d.usbVersion
            = QStringLiteral("%1.%2").arg(dd.bcdUsb >> 8, 0, 16).arg(dd.bcdUsb & 0xff, 2, 16, QLatin1Char('0'));
    } else {
        d.vendorId = sysfs::hex4(attr("idVendor")).value_or(QString());
        d.productId = sysfs::hex4(attr("idProduct")).value_or(QString());
        d.usbVersion = sysfs::usbVersion(attr("version"));
        d.deviceClass = sysfs::hexByte(attr("bDeviceClass"));
        d.deviceSubClass = sysfs::hexByte(attr("bDeviceSubClass"));
        d.deviceProtocol = sysfs::hexByte(attr("bDeviceProtocol"));
    }
    d.manufacturer = sysfs::clean(attr("manufacturer"));
    d.product = sysfs::clean(attr("product"));
    d.serial = sysfs::clean(attr("serial"));
    d.speedMbps = sysfs::speedMbps(attr("speed"));
    d.busnum = sysfs::decimal(attr("busnum"));
    d.devnum = sysfs::decimal(attr("devnum"));
    d.authorized = sysfs::flag(attr("authorized"));
    d.maxPowerMa = sysfs::milliamps(attr("bMaxPower"));
    d.configurationValue = sysfs::decimal(attr("bConfigurationValue"));
    d.removable = sysfs::clean(attr("removable"));
    d.powerControl = sysfs::clean(attr("power/control"));
    d.driver = sd.linkName("driver");
    d.maxChild = sysfs::decimal(attr("maxchild")).value_or(0);
    if (m_names && !d.vendorId.isEmpty()) {
        const auto names = m_names->usb(d.vendorId, d.productId);
        d.vendorNameDb = names.vendor;
        d.productNameDb = names.model;
    }
    readInterfaces(d, dir);
    // MTP phones and players look like cameras (06) or vendor devices (ff): udev's media-player
    // database tells them apart. Live host: libudev; copied tree or bundle: the udev data file.
    const QList<quint8> classes = interfaceClasses(d);
    if (classes.contains(0x06) || classes.contains(0xff)) {
        const QHash<QString, QString> props = udevProperties(dir, QLatin1Char('c'));
        d.mediaPlayer
            = props.contains(QStringLiteral("ID_MTP_DEVICE")) || props.contains(QStringLiteral("ID_MEDIA_PLAYER"));
    }
    return d;
}

void TopologyReader::readHub(HostTopology &topo, const QString &hubId, const QString &hubDir, const QString &parentId,
    QStringList *portIdsOut, int depth, int onlyPort)
{
    static const QRegularExpression portRe(QStringLiteral("^(usb[0-9]+|[0-9]+-[0-9]+(\\.[0-9]+)*)-port([0-9]+)$"));
    const int bus = busOf(hubId);
    const int maxChild
        = sysfs::decimal(m_root.readText(hubDir + QStringLiteral("/maxchild")).value_or(QString())).value_or(0);

    // Port nodes sit under the hub's interface directory ("usb1/1-0:1.0/usb1-port4").
    QMap<int, QString> portDirs;
    QMap<int, QString> childDirs;
    const QString ifacePrefix = isRootHubName(hubId) ? QString(QString::number(bus) + QStringLiteral("-0:"))
                                                     : QString(hubId + QLatin1Char(':'));
    const QStringList entries = m_root.entries(hubDir);
    for (const QString &entry : entries) {
        if (entry.startsWith(ifacePrefix)) {
            const QString idir = hubDir + QLatin1Char('/') + entry;
            for (const QString &p : m_root.entries(idir)) {
                const auto m = portRe.match(p);
                if (m.hasMatch() && m.captured(1) == hubId)
                    portDirs.insert(m.captured(3).toInt(), idir + QLatin1Char('/') + p);
            }
        } else if (isDeviceName(entry)) {
            const auto [parentHub, n] = parentOf(entry);
            if (parentHub == hubId && n > 0)
                childDirs.insert(n, hubDir + QLatin1Char('/') + entry);
        }
    }
    QList<int> numbers;
    for (int n = 1; n <= qMin(maxChild, 255); ++n)
        numbers.append(n);
    for (int n : portDirs.keys())
        numbers.append(n);
    for (int n : childDirs.keys())
        numbers.append(n);
    std::sort(numbers.begin(), numbers.end());
    numbers.erase(std::unique(numbers.begin(), numbers.end()), numbers.end());

    for (int n : numbers) {
        if (onlyPort > 0 && n != onlyPort)
            continue;
        UsbPort port;
        port.id = portId(hubId, n);
        port.parentId = parentId;
        port.hubId = hubId;
        port.bus = bus;
        port.number = n;
        const auto pdir = portDirs.constFind(n);
        if (pdir != portDirs.constEnd()) {
            const SysfsDir sp(m_root, *pdir);
            port.connectType = sysfs::clean(sp.text("connect_type"));
            port.overCurrentCount = sysfs::decimal(sp.text("over_current_count"));
            port.disabled = sysfs::flag(sp.text("disable"));
            port.peerId = sp.linkName("peer");
        } else {
            port.synthesized = true;
        }
        const auto cdir = childDirs.constFind(n);
        if (cdir != childDirs.constEnd() && depth < kMaxHubDepth) {
            const QString childId = baseName(*cdir);
            if (auto dev = readDevice(childId, *cdir)) {
                dev->parentPortId = port.id;
                port.deviceId = childId;
                const bool hub = dev->isHub();
                topo.devices.insert(childId, *dev);
                if (hub) {
                    QStringList childPorts;
                    readHub(topo, childId, *cdir, childId, &childPorts, depth + 1, 0);
                    topo.devices[childId].portIds = childPorts;
                }
            }
        } else if (cdir != childDirs.constEnd()) {
            m_warnings.append(QCoreApplication::translate(
                "plugboard::host::TopologyReader", "%1: hubs nested deeper than %2 levels were not read.")
                                  .arg(hubId)
                                  .arg(kMaxHubDepth));
        }
        topo.ports.insert(port.id, port);
        portIdsOut->append(port.id);
    }
}

HostTopology TopologyReader::readAll()
{
    HostTopology topo;
    m_warnings.clear();
    resetCaches();
    if (!m_root.exists()) {
        topo.warnings.append(
            QCoreApplication::translate("plugboard::host::TopologyReader", "The directory %1 does not exist.")
                .arg(m_root.rootDir()));
        return topo;
    }
    if (const auto bus = m_root.resolveLink(kUsbDevices); !bus || !m_root.isDir(*bus)) {
        topo.warnings.append(
            QCoreApplication::translate("plugboard::host::TopologyReader", "%1 has no USB bus (%2 is missing).")
                .arg(m_root.rootDir(), m_root.absolute(kUsbDevices)));
        return topo;
    }
    const auto hubs = findRootHubs(true);
    for (auto it = hubs.cbegin(); it != hubs.cend(); ++it) {
        HostTopology one = readControllerHubs(it.key(), it.value());
        topo.controllers.insert(one.controllers);
        topo.ports.insert(one.ports);
        topo.devices.insert(one.devices);
    }
    topo.warnings = m_warnings;
    return topo;
}

QMap<QString, QList<TopologyReader::RootHubRef>> TopologyReader::findRootHubs(bool warn)
{
    QMap<QString, QList<RootHubRef>> out;
    for (const QString &name : m_root.entries(kUsbDevices)) {
        if (!isRootHubName(name))
            continue;
        const auto dir = deviceDir(name);
        if (!dir) {
            if (warn)
                m_warnings.append(QCoreApplication::translate(
                    "plugboard::host::TopologyReader", "%1: the link in %2 is broken or leads outside the tree.")
                                      .arg(name, kUsbDevices));
            continue;
        }
        const QString cid = baseName(parentDir(*dir));
        if (!cid.isEmpty())
            out[cid].append({busOf(name), name, *dir});
    }
    for (auto &list : out)
        std::sort(list.begin(), list.end(), [](const RootHubRef &a, const RootHubRef &b) {
            return a.bus < b.bus;
        });
    return out;
}

HostTopology TopologyReader::readController(const QString &controllerId)
{
    resetCaches();
    return readControllerHubs(controllerId, findRootHubs(false).value(controllerId));
}

HostTopology TopologyReader::readControllerHubs(const QString &controllerId, const QList<RootHubRef> &hubs)
{
    HostTopology topo;
    if (hubs.isEmpty())
        return topo;
    UsbController c;
    c.id = controllerId;
    readControllerInfo(c, parentDir(hubs.first().dir));
    for (const RootHubRef &h : hubs) {
        RootHub rh;
        rh.id = h.name;
        rh.bus = h.bus;
        rh.speedMbps = sysfs::speedMbps(m_root.readText(h.dir + QStringLiteral("/speed")).value_or(QString()));
        rh.usbVersion = sysfs::usbVersion(m_root.readText(h.dir + QStringLiteral("/version")).value_or(QString()));
        rh.maxChild
            = sysfs::decimal(m_root.readText(h.dir + QStringLiteral("/maxchild")).value_or(QString())).value_or(0);
        rh.authorizedDefault
            = sysfs::decimal(m_root.readText(h.dir + QStringLiteral("/authorized_default")).value_or(QString()));
        c.rootHubs.append(rh);
        readHub(topo, h.name, h.dir, controllerId, &c.portIds, 0, 0);
    }
    topo.controllers.insert(controllerId, c);
    return topo;
}

HostTopology TopologyReader::readPort(const QString &hubId, int portNumber)
{
    HostTopology topo;
    resetCaches();
    const auto dir = deviceDir(hubId);
    if (!dir)
        return topo;
    const QString parentId = isRootHubName(hubId) ? baseName(parentDir(*dir)) : hubId;
    QStringList portIds;
    readHub(topo, hubId, *dir, parentId, &portIds, 0, portNumber);
    return topo;
}

std::optional<UsbDevice> TopologyReader::readDeviceData(const QString &deviceId)
{
    const auto dir = deviceDir(deviceId);
    if (!dir)
        return std::nullopt;
    resetCaches();
    return readDevice(deviceId, *dir);
}

} // namespace plugboard::host
