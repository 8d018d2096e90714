// SPDX-License-Identifier: GPL-3.0-or-later
// DetailsPane: a two-column property tree with sections, rebuilt for the shown id.
#include "detailspane.h"

#include "plaintext.h"

#include "deviceicons.h"
#include "host/physicallayout.h"
#include "host/powerbudget.h"
#include "host/topologyformat.h"
#include "powerbudgetbar.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace plugboard::ui {

using namespace plugboard::host;

namespace {
QString yesNo(std::optional<bool> v)
{
    if (!v)
        return DetailsPane::tr("unknown");
    return *v ? DetailsPane::tr("yes") : DetailsPane::tr("no");
}

QString hex2(std::optional<quint8> v)
{
    return v ? QStringLiteral("%1").arg(*v, 2, 16, QLatin1Char('0')) : DetailsPane::tr("unknown");
}

QString endpointType(Endpoint::Type t)
{
    switch (t) {
    case Endpoint::Type::Control:
        return DetailsPane::tr("control");
    case Endpoint::Type::Isochronous:
        return DetailsPane::tr("isochronous");
    case Endpoint::Type::Bulk:
        return DetailsPane::tr("bulk");
    case Endpoint::Type::Interrupt:
        return DetailsPane::tr("interrupt");
    }
    return {};
}
} // namespace

DetailsPane::DetailsPane(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    m_title = new QLabel(this);
    m_title->setTextFormat(Qt::PlainText); // a product name is no markup
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    QFont f = m_title->font();
    f.setPointSizeF(f.pointSizeF() * 1.25);
    f.setBold(true);
    m_title->setFont(f);
    layout->addWidget(m_title);
    m_powerLabel = new QLabel(tr("Power budget"), this);
    layout->addWidget(m_powerLabel);
    m_power = new PowerBudgetBar(this);
    layout->addWidget(m_power);
    m_tree = new QTreeWidget(this);
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Property"), tr("Value")});
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_tree->setAlternatingRowColors(true);
    m_tree->setAccessibleName(tr("Details"));
    layout->addWidget(m_tree, 1);
    showItem(nullptr, {});
}

void DetailsPane::showItem(const HostTopology *topology, const QString &id)
{
    m_topology = topology;
    m_id = id;
    refresh();
}

QTreeWidgetItem *DetailsPane::section(const QString &title)
{
    auto *item = new QTreeWidgetItem(m_tree, {title});
    QFont f = item->font(0);
    f.setBold(true);
    item->setFont(0, f);
    item->setFirstColumnSpanned(true);
    item->setExpanded(true);
    return item;
}

void DetailsPane::add(QTreeWidgetItem *parent, const QString &name, const QString &value)
{
    auto *item = new QTreeWidgetItem(parent, {name, value});
    item->setToolTip(1, plainToolTip(value));
}

void DetailsPane::refresh()
{
    m_tree->clear();
    m_power->setVisible(false);
    m_powerLabel->setVisible(false);
    if (!m_topology || m_id.isEmpty()) {
        m_title->setText(tr("Select a controller, port or device to see its details."));
        return;
    }
    // A socket or a USB 3 hub is two kernel objects: each half in its own sections.
    const QStringList ports = socketPorts(*m_topology, m_id), devices = rowDevices(*m_topology, m_id);
    auto half = [this](const UsbPort &p) {
        return isSuperSpeedPort(*m_topology, p) ? tr("USB 3 half") : tr("USB 2 half");
    };
    if (const UsbController *c = m_topology->controller(m_id)) {
        showController(*c);
    } else if (ports.size() > 1) {
        bool empty = true;
        for (const QString &id : ports) {
            const UsbPort &p = *m_topology->port(id);
            showPort(p, half(p));
            empty = empty && p.deviceId.isEmpty();
        }
        const int number = m_topology->port(ports.first())->number;
        m_title->setText(empty ? tr("Port %1 (empty): one socket, USB 2 and USB 3").arg(number)
                               : tr("Port %1: one socket, USB 2 and USB 3").arg(number));
    } else if (const UsbPort *p = m_topology->port(m_id)) {
        showPort(*p);
    } else if (devices.size() > 1) {
        QString title;
        for (const QString &id : devices) {
            const UsbDevice &d = *m_topology->device(id);
            showDevice(d, half(*m_topology->port(d.parentPortId)));
            if (d.speedMbps.value_or(0) >= 5000 || title.isEmpty())
                title = m_title->text();
        }
        m_title->setText(tr("%1 (one USB 3 hub, two kernel hubs)").arg(title));
    } else if (const UsbDevice *d = m_topology->device(m_id)) {
        showDevice(*d);
    } else
        m_title->setText(tr("%1 is no longer present.").arg(m_id));
    m_tree->expandAll();
}

void DetailsPane::showController(const UsbController &c)
{
    m_title->setText(controllerDisplayName(c));
    auto *s = section(tr("Controller"));
    add(s, tr("Kernel name"), c.id);
    add(s, tr("Vendor"), c.vendorName.isEmpty() ? c.vendorId : c.vendorName);
    add(s, tr("PCI ID"), c.vendorId.isEmpty() ? tr("not a PCI device") : c.vendorId + QLatin1Char(':') + c.deviceId);
    add(s, tr("Bus type"), c.subsystem.isEmpty() ? tr("unknown") : c.subsystem);
    add(s, tr("Driver"), c.driver.isEmpty() ? tr("none") : c.driver);
    for (const RootHub &h : c.rootHubs) {
        auto *hs = section(tr("Root hub %1").arg(h.id));
        add(hs, tr("Bus"), QString::number(h.bus));
        add(hs, tr("USB version"), h.usbVersion);
        add(hs, tr("Speed"), speedText(h.speedMbps));
        add(hs, tr("Ports"), QString::number(h.maxChild));
        if (h.authorizedDefault)
            add(hs, tr("New devices authorized"),
                *h.authorizedDefault == 1       ? tr("yes")
                    : *h.authorizedDefault == 2 ? tr("internal only")
                                                : tr("no"));
    }
    m_power->setBudget(powerBudget(*m_topology, c.id));
    m_power->setVisible(true);
    m_powerLabel->setVisible(true);
}

void DetailsPane::showPort(const UsbPort &p, const QString &half)
{
    m_title->setText(p.deviceId.isEmpty() ? tr("Port %1 (empty)").arg(p.number) : tr("Port %1").arg(p.number));
    auto *s = section(half.isEmpty() ? tr("Port") : tr("Port: %1").arg(half));
    add(s, tr("Kernel name"), p.id);
    add(s, tr("Bus"), QString::number(p.bus));
    add(s, tr("Hub"), p.hubId);
    add(s, tr("Connection type"), p.connectType.isEmpty() ? tr("not reported") : p.connectType);
    add(s, tr("Over-current events"), p.overCurrentCount ? QString::number(*p.overCurrentCount) : tr("not reported"));
    add(s, tr("Disabled"), yesNo(p.disabled));
    if (!p.peerId.isEmpty())
        add(s, tr("Same socket as"), p.peerId);
    add(s, tr("Device"), p.deviceId.isEmpty() ? tr("nothing plugged in") : p.deviceId);
    if (p.synthesized)
        add(s, tr("Note"), tr("This kernel exposes no port node; the port is derived from the hub's port count."));
}

void DetailsPane::showDevice(const UsbDevice &d, const QString &half)
{
    // "QEMU QEMU USB HARDDRIVE" reads as a stutter: the vendor only when the name lacks it.
    const QString vendor = d.vendorDisplayName(), name = d.displayName();
    m_title->setText(
        vendor.isEmpty() || name.startsWith(vendor, Qt::CaseInsensitive) ? name : vendor + QLatin1Char(' ') + name);
    auto *s = section(half.isEmpty() ? tr("Device") : tr("Device: %1").arg(half));
    add(s, tr("Kind"), DeviceIcons::categoryName(categoryOf(d)));
    add(s, tr("Kernel name"), d.id);
    add(s, tr("Vendor:product"), d.vendorId + QLatin1Char(':') + d.productId);
    add(s, tr("Manufacturer"), d.manufacturer.isEmpty() ? tr("(no string) %1").arg(d.vendorNameDb) : d.manufacturer);
    add(s, tr("Product"), d.product.isEmpty() ? tr("(no string) %1").arg(d.productNameDb) : d.product);
    add(s, tr("Serial number"), d.serial.isEmpty() ? tr("none") : d.serial);
    add(s, tr("Speed"), speedText(d.speedMbps) + QStringLiteral(" (") + speedName(d.speedMbps) + QLatin1Char(')'));
    add(s, tr("USB version"), d.usbVersion);
    add(s, tr("Class"),
        hex2(d.deviceClass) + QLatin1Char('/') + hex2(d.deviceSubClass) + QLatin1Char('/') + hex2(d.deviceProtocol));
    add(s, tr("Bus / device number"),
        QStringLiteral("%1 / %2")
            .arg(d.busnum.value_or(0), 3, 10, QLatin1Char('0'))
            .arg(d.devnum.value_or(0), 3, 10, QLatin1Char('0')));
    add(s, tr("Authorized"), yesNo(d.authorized));
    add(s, tr("Configured"), d.configurationValue ? tr("yes (configuration %1)").arg(*d.configurationValue) : tr("no"));
    add(s, tr("Maximum power"), d.maxPowerMa ? tr("%1 mA").arg(*d.maxPowerMa) : tr("unknown"));
    add(s, tr("Removable"), d.removable.isEmpty() ? tr("unknown") : d.removable);
    add(s, tr("Power control"),
        d.powerControl.isEmpty()                      ? tr("unknown")
            : d.powerControl == QLatin1String("auto") ? tr("auto (may suspend when idle)")
                                                      : d.powerControl);
    add(s, tr("Drivers"), d.drivers().isEmpty() ? tr("none") : d.drivers().join(QStringLiteral(", ")));

    if (!d.interfaces.isEmpty()) {
        auto *is = section(tr("Interfaces"));
        for (const UsbInterface &i : d.interfaces) {
            auto *item = new QTreeWidgetItem(is,
                {i.id,
                    tr("class %1/%2/%3, driver %4")
                        .arg(hex2(i.cls), hex2(i.subClass), hex2(i.protocol),
                            i.driver.isEmpty() ? tr("none") : i.driver)});
            if (i.authorized == false)
                add(item, tr("Authorized"), tr("no"));
        }
    }
    if (d.descriptors) {
        auto *ds = section(tr("Descriptors"));
        add(ds, tr("bcdUSB"),
            QStringLiteral("%1.%2")
                .arg(d.descriptors->bcdUsb >> 8)
                .arg(d.descriptors->bcdUsb & 0xff, 2, 16, QLatin1Char('0')));
        add(ds, tr("Control packet size"), QString::number(d.descriptors->maxPacketSize0));
        for (const ConfigurationDescriptor &c : d.descriptors->configurations) {
            auto *cs = new QTreeWidgetItem(
                ds, {tr("Configuration %1").arg(c.value), c.selfPowered ? tr("self-powered") : tr("bus-powered")});
            for (const InterfaceDescriptor &i : c.interfaces) {
                auto *ii = new QTreeWidgetItem(cs,
                    {tr("Interface %1 alt %2").arg(i.number).arg(i.alternate),
                        tr("class %1/%2/%3").arg(hex2(i.cls), hex2(i.subClass), hex2(i.protocol))});
                for (const Endpoint &e : i.endpoints) {
                    QString v = tr("%1 %2, %3 bytes")
                                    .arg(endpointType(e.type), e.isIn() ? tr("IN") : tr("OUT"))
                                    .arg(e.maxPacketSize);
                    if (e.transactionsPerMicroframe > 1)
                        v += tr(" × %1 per microframe").arg(e.transactionsPerMicroframe);
                    if (e.maxStreams > 0)
                        v += tr(", %1 bulk streams").arg(e.maxStreams);
                    new QTreeWidgetItem(ii, {tr("Endpoint 0x%1").arg(e.address, 2, 16, QLatin1Char('0')), v});
                }
            }
        }
    }
    if (!d.blockDevices.isEmpty()) {
        auto *bs = section(tr("Storage"));
        for (const BlockDevice &b : d.blockDevices) {
            QString v = b.sizeBytes >= 0 ? QLocale().formattedDataSize(b.sizeBytes) : tr("unknown size");
            if (!b.label.isEmpty())
                v += QStringLiteral(", \u201c") + b.label + QStringLiteral("\u201d");
            if (!b.mountPoints.isEmpty())
                v += QStringLiteral(", ") + tr("mounted on %1").arg(b.mountPoints.join(QStringLiteral(", ")));
            else if (b.swap)
                v += QStringLiteral(", ") + tr("in use as swap");
            else
                v += QStringLiteral(", ") + tr("not mounted");
            add(bs, QStringLiteral("/dev/") + b.name, v);
        }
    }
    if (d.isHub()) {
        m_power->setBudget(powerBudget(*m_topology, d.id));
        m_power->setVisible(true);
        m_powerLabel->setVisible(true);
    }
}

} // namespace plugboard::ui
