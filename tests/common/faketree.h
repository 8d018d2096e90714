// SPDX-License-Identifier: GPL-3.0-or-later
// Builds sysfs-like trees in a temporary directory, laid out as the kernel does, for --root tests.
#pragma once

#include <QDir>
#include <QFile>
#include <QMap>
#include <QTemporaryDir>

#include <unistd.h>

namespace plugboard::test {

class FakeTree
{
public:
    FakeTree() { QDir(m_dir.path()).mkpath(QStringLiteral("sys/bus/usb/devices")); }

    QString root() const { return m_dir.path(); }
    QString abs(const QString &rel) const { return m_dir.path() + QLatin1Char('/') + rel; }

    void write(const QString &rel, const QByteArray &content) const
    {
        const QString path = abs(rel);
        QDir().mkpath(path.left(path.lastIndexOf(QLatin1Char('/'))));
        QFile f(path);
        if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            f.write(content);
    }

    void link(const QString &rel, const QString &target) const
    {
        const QString path = abs(rel);
        QDir().mkpath(path.left(path.lastIndexOf(QLatin1Char('/'))));
        QFile::remove(path);
        [[maybe_unused]] const int rc
            = ::symlink(QFile::encodeName(target).constData(), QFile::encodeName(path).constData());
    }

    void attrs(const QString &dir, const QMap<QString, QByteArray> &values) const
    {
        for (auto it = values.cbegin(); it != values.cend(); ++it)
            write(dir + QLatin1Char('/') + it.key(), it.value());
    }

    // A relative link from sys/bus/usb/devices/NAME to DIR (relative to the root), as the kernel makes.
    void busLink(const QString &name, const QString &dir) const
    {
        link(QStringLiteral("sys/bus/usb/devices/") + name, QStringLiteral("../../../") + dir.mid(4));
    }

    void driverLink(const QString &dir, const QString &bus, const QString &driver) const
    {
        QDir().mkpath(abs(QStringLiteral("sys/bus/%1/drivers/%2").arg(bus, driver)));
        const int depth = int(dir.count(QLatin1Char('/'))) + 1;
        QString up;
        for (int i = 0; i < depth; ++i)
            up += QStringLiteral("../");
        link(dir + QStringLiteral("/driver"), up + QStringLiteral("sys/bus/%1/drivers/%2").arg(bus, driver));
    }

    // A PCI xHCI controller at 0000:00:14.0 with a USB 2 root hub (bus 1) and a USB 3 root hub
    // (bus 2), 4 ports each, port nodes with peers. Returns the controller directory.
    QString addXhci(const QString &pci = QStringLiteral("0000:00:14.0"), int bus2 = 1, int ports = 4) const
    {
        const QString cdir = QStringLiteral("sys/devices/pci0000:00/") + pci;
        attrs(cdir,
            {{QStringLiteral("vendor"), "0x8086\n"}, {QStringLiteral("device"), "0xa36d\n"},
                {QStringLiteral("class"), "0x0c0330\n"}});
        driverLink(cdir, QStringLiteral("pci"), QStringLiteral("xhci_hcd"));
        for (int k = 0; k < 2; ++k) {
            const int bus = bus2 + k;
            const QString hub = QStringLiteral("usb%1").arg(bus);
            const QString hdir = cdir + QLatin1Char('/') + hub;
            attrs(hdir,
                {{QStringLiteral("idVendor"), "1d6b\n"}, {QStringLiteral("idProduct"), k ? "0003\n" : "0002\n"},
                    {QStringLiteral("speed"), k ? "5000\n" : "480\n"},
                    {QStringLiteral("version"), k ? " 3.10\n" : " 2.00\n"},
                    {QStringLiteral("maxchild"), QByteArray::number(ports) + '\n'},
                    {QStringLiteral("bDeviceClass"), "09\n"},
                    {QStringLiteral("busnum"), QByteArray::number(bus) + '\n'}, {QStringLiteral("devnum"), "1\n"},
                    {QStringLiteral("authorized"), "1\n"}, {QStringLiteral("authorized_default"), "1\n"},
                    {QStringLiteral("bMaxPower"), "0mA\n"}});
            busLink(hub, hdir);
            const QString idir = hdir + QStringLiteral("/%1-0:1.0").arg(bus);
            attrs(idir, {{QStringLiteral("bInterfaceClass"), "09\n"}});
            for (int p = 1; p <= ports; ++p) {
                const QString pdir = idir + QStringLiteral("/usb%1-port%2").arg(bus).arg(p);
                attrs(pdir,
                    {{QStringLiteral("connect_type"), "hotplug\n"}, {QStringLiteral("over_current_count"), "0\n"},
                        {QStringLiteral("disable"), "0\n"}});
                const int peerBus = k ? bus2 : bus2 + 1;
                link(pdir + QStringLiteral("/peer"),
                    QStringLiteral("../../../usb%1/%1-0:1.0/usb%1-port%2").arg(peerBus).arg(p));
            }
        }
        return cdir;
    }

    // A device `id` under `parentDir`, with one interface per class given. Links the port node's
    // `device` when the hub has port nodes. Returns the device directory.
    QString addDevice(const QString &parentDir, const QString &id, const QMap<QString, QByteArray> &extra = {},
        const QList<QByteArray> &ifaceClasses = {"08"}) const
    {
        const QString dir = parentDir + QLatin1Char('/') + id;
        QMap<QString, QByteArray> a {{QStringLiteral("idVendor"), "0781\n"}, {QStringLiteral("idProduct"), "5567\n"},
            {QStringLiteral("manufacturer"), "SanDisk\n"}, {QStringLiteral("product"), "Cruzer Blade\n"},
            {QStringLiteral("serial"), "4C530001\n"}, {QStringLiteral("speed"), "480\n"},
            {QStringLiteral("version"), " 2.00\n"}, {QStringLiteral("bDeviceClass"), "00\n"},
            {QStringLiteral("busnum"), "1\n"}, {QStringLiteral("devnum"), "5\n"}, {QStringLiteral("authorized"), "1\n"},
            {QStringLiteral("bMaxPower"), "200mA\n"}, {QStringLiteral("bConfigurationValue"), "1\n"},
            {QStringLiteral("maxchild"), "0\n"}, {QStringLiteral("removable"), "removable\n"}};
        for (auto it = extra.cbegin(); it != extra.cend(); ++it)
            a.insert(it.key(), it.value());
        attrs(dir, a);
        write(dir + QStringLiteral("/power/control"), "on\n");
        busLink(id, dir);
        for (int i = 0; i < ifaceClasses.size(); ++i) {
            const QString idir = dir + QStringLiteral("/%1:1.%2").arg(id).arg(i);
            attrs(idir,
                {{QStringLiteral("bInterfaceClass"), ifaceClasses.at(i) + '\n'},
                    {QStringLiteral("bInterfaceSubClass"), "06\n"}, {QStringLiteral("bInterfaceProtocol"), "50\n"},
                    {QStringLiteral("bInterfaceNumber"), QByteArray::number(i).rightJustified(2, '0') + '\n'},
                    {QStringLiteral("bAlternateSetting"), " 0\n"}, {QStringLiteral("bNumEndpoints"), "02\n"}});
            busLink(QStringLiteral("%1:1.%2").arg(id).arg(i), idir); // the kernel lists interfaces there too
        }
        // The port node of the parent hub, when it has one.
        const int dot = id.lastIndexOf(QLatin1Char('.'));
        const QString hubId = dot >= 0 ? id.left(dot) : QStringLiteral("usb") + id.left(id.indexOf(QLatin1Char('-')));
        const QString port = dot >= 0 ? id.mid(dot + 1) : id.mid(id.indexOf(QLatin1Char('-')) + 1);
        const QString ifacePrefix = hubId.startsWith(QLatin1String("usb")) ? hubId.mid(3) + QStringLiteral("-0:1.0")
                                                                           : hubId + QStringLiteral(":1.0");
        const QString pnode
            = parentDir + QLatin1Char('/') + ifacePrefix + QLatin1Char('/') + hubId + QStringLiteral("-port") + port;
        if (QFileInfo(abs(pnode)).isDir())
            link(pnode + QStringLiteral("/device"), QStringLiteral("../../") + id);
        return dir;
    }

    // Turns a device (added with no interfaces) into a hub with `nports` ports, with port nodes
    // under its interface unless `portNodes` is false (older kernels, umockdev recordings).
    void makeHub(const QString &dir, const QString &id, int nports, bool portNodes = true) const
    {
        attrs(dir,
            {{QStringLiteral("bDeviceClass"), "09\n"},
                {QStringLiteral("maxchild"), QByteArray::number(nports) + '\n'}});
        const QString idir = dir + QLatin1Char('/') + id + QStringLiteral(":1.0");
        attrs(idir, {{QStringLiteral("bInterfaceClass"), "09\n"}, {QStringLiteral("bInterfaceNumber"), "00\n"}});
        driverLink(idir, QStringLiteral("usb"), QStringLiteral("hub"));
        if (!portNodes)
            return;
        for (int p = 1; p <= nports; ++p)
            attrs(idir + QStringLiteral("/%1-port%2").arg(id).arg(p),
                {{QStringLiteral("connect_type"), "hotplug\n"}, {QStringLiteral("over_current_count"), "0\n"}});
    }

    // A USB 3 dock in socket `port` of addXhci(pci, bus2)'s controller: one box, two kernel hubs
    // (USB2.0 Hub 2109:2817 on bus `bus2`, USB3.0 Hub 2109:0817 on bus `bus2 + 1`, as a VIA Labs
    // VL817 enumerates), `nports` ports each with port nodes, peered port by port as the kernel
    // links a hub's two halves. Returns the two hub directories, USB 2 half first.
    QStringList addDock(const QString &controllerDir, int port = 1, int bus2 = 1, int nports = 4) const
    {
        QStringList dirs;
        for (int k = 0; k < 2; ++k) {
            const int bus = bus2 + k;
            const QString id = QStringLiteral("%1-%2").arg(bus).arg(port);
            const QString dir = addDevice(controllerDir + QStringLiteral("/usb%1").arg(bus), id,
                {{QStringLiteral("idVendor"), "2109\n"}, {QStringLiteral("idProduct"), k ? "0817\n" : "2817\n"},
                    {QStringLiteral("manufacturer"), "VIA Labs, Inc.\n"},
                    {QStringLiteral("product"), k ? "USB3.0 Hub\n" : "USB2.0 Hub\n"},
                    {QStringLiteral("speed"), k ? "5000\n" : "480\n"},
                    {QStringLiteral("version"), k ? " 3.20\n" : " 2.10\n"},
                    {QStringLiteral("busnum"), QByteArray::number(bus) + '\n'}, {QStringLiteral("devnum"), "2\n"},
                    {QStringLiteral("serial"), "\n"}, {QStringLiteral("bMaxPower"), "0mA\n"}},
                {});
            makeHub(dir, id, nports);
            dirs.append(dir);
        }
        for (int k = 0; k < 2; ++k) {
            const int bus = bus2 + k, other = bus2 + 1 - k;
            for (int p = 1; p <= nports; ++p)
                link(dirs.at(k) + QStringLiteral("/%1-%2:1.0/%1-%2-port%3/peer").arg(bus).arg(port).arg(p),
                    QStringLiteral("../../../../usb%1/%1-%2/%1-%2:1.0/%1-%2-port%3").arg(other).arg(port).arg(p));
        }
        return dirs;
    }

private:
    QTemporaryDir m_dir;
};

} // namespace plugboard::test
