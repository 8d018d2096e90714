// SPDX-License-Identifier: GPL-3.0-or-later
// Domain XML reading with QXmlStreamReader: unknown elements are skipped, errors are recorded.
#include "domainusb.h"

#include "host/sysfsvalue.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace plugboard::libvirt {

int UsbControllerDef::effectivePorts() const
{
    if (isCompanion() || model == QLatin1String("none"))
        return 0;
    if (model.contains(QLatin1String("xhci")))
        return qBound(1, ports.value_or(4), 15); // QEMU's xHCI: 4 ports by default, at most 15
    if (model.contains(QLatin1String("ehci")))
        return 6;
    if (model.contains(QLatin1String("ohci")))
        return 3;
    if (model.contains(QLatin1String("uhci")) || model.isEmpty())
        return 2; // piix3-uhci is libvirt's default on machine pc
    return ports.value_or(0);
}

int UsbControllerDef::generation() const
{
    if (model == QLatin1String("none"))
        return 0;
    if (model.contains(QLatin1String("xhci")))
        return 3;
    if (model.contains(QLatin1String("ehci")))
        return 2;
    if (model.contains(QLatin1String("uhci")) || model.contains(QLatin1String("ohci")) || model.isEmpty())
        return 1;
    return 0;
}

QString RedirdevDef::source() const
{
    if (type == QLatin1String("tcp"))
        return host + QLatin1Char(':') + service;
    if (type == QLatin1String("unix"))
        return path;
    return {};
}

bool DomainUsb::usbDisabled() const
{
    for (const UsbControllerDef &c : controllers) {
        if (c.model == QLatin1String("none"))
            return commandLineControllers.isEmpty();
    }
    return false;
}

int DomainUsb::totalPorts() const
{
    int n = 0;
    for (const UsbControllerDef &c : controllers)
        n += c.effectivePorts();
    return n + hubs * 8;
}

int DomainUsb::usedPorts() const
{
    return int(hostdevs.size() + redirdevs.size()) + otherUsbDevices + hubs;
}

namespace {
QString hex4(const QString &text)
{
    return host::sysfs::hex4(text).value_or(QString()); // "0x0781", "781" -> "0781"
}

std::optional<int> number(const QString &attr)
{
    bool ok = false;
    const QString s = attr.trimmed();
    const int v = s.startsWith(QLatin1String("0x"), Qt::CaseInsensitive) ? s.mid(2).toInt(&ok, 16) : s.toInt(&ok, 10);
    if (!ok)
        return std::nullopt;
    return v;
}

int filterNumber(const QString &attr)
{
    if (attr.isEmpty() || attr == QLatin1String("-1"))
        return -1;
    return number(attr).value_or(-1);
}

// Copies the current element (reader positioned on its start) to XML text, consuming it.
QString captureElement(QXmlStreamReader &r)
{
    QString out;
    QXmlStreamWriter w(&out);
    int depth = 0;
    do {
        switch (r.tokenType()) {
        case QXmlStreamReader::StartElement:
            w.writeStartElement(r.qualifiedName().toString());
            w.writeAttributes(r.attributes());
            ++depth;
            break;
        case QXmlStreamReader::EndElement:
            w.writeEndElement();
            --depth;
            break;
        case QXmlStreamReader::Characters:
            if (!r.isWhitespace())
                w.writeCharacters(r.text().toString());
            break;
        default:
            break;
        }
        if (depth == 0)
            break;
        r.readNext();
    } while (!r.atEnd());
    return out;
}

GuestUsbAddress readGuestAddress(const QXmlStreamAttributes &a)
{
    GuestUsbAddress g;
    g.bus = number(a.value(QLatin1String("bus")).toString()).value_or(-1);
    g.port = a.value(QLatin1String("port")).toString();
    return g;
}

// Re-parses a captured element to fill a hostdev (the capture keeps the exact text for detach).
void fillHostdev(HostdevDef &h, const QString &xml)
{
    QXmlStreamReader r(xml);
    QStringList path;
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement()) {
            const auto n = r.name();
            const auto a = r.attributes();
            const QString parent = path.isEmpty() ? QString() : path.last();
            if (n == QLatin1String("hostdev")) {
                if (a.hasAttribute(QLatin1String("managed")))
                    h.managed = a.value(QLatin1String("managed")) == QLatin1String("yes");
            } else if (n == QLatin1String("source")) {
                h.startupPolicy = a.value(QLatin1String("startupPolicy")).toString();
                h.guestReset = a.value(QLatin1String("guestReset")).toString();
            } else if (n == QLatin1String("vendor") && parent == QLatin1String("source")) {
                h.vendorId = hex4(a.value(QLatin1String("id")).toString());
            } else if (n == QLatin1String("product") && parent == QLatin1String("source")) {
                h.productId = hex4(a.value(QLatin1String("id")).toString());
            } else if (n == QLatin1String("address") && parent == QLatin1String("source")) {
                h.bus = number(a.value(QLatin1String("bus")).toString());
                h.device = number(a.value(QLatin1String("device")).toString());
            } else if (n == QLatin1String("address") && parent == QLatin1String("hostdev")
                && a.value(QLatin1String("type")) == QLatin1String("usb")) {
                h.guestAddress = readGuestAddress(a);
            } else if (n == QLatin1String("alias")) {
                h.alias = a.value(QLatin1String("name")).toString();
            }
            path.append(n.toString());
        } else if (r.isEndElement()) {
            if (!path.isEmpty())
                path.removeLast();
        }
    }
}

void fillRedirdev(RedirdevDef &d, const QString &xml)
{
    QXmlStreamReader r(xml);
    while (!r.atEnd()) {
        r.readNext();
        if (!r.isStartElement())
            continue;
        const auto n = r.name();
        const auto a = r.attributes();
        if (n == QLatin1String("redirdev")) {
            d.type = a.value(QLatin1String("type")).toString();
        } else if (n == QLatin1String("source")) {
            if (a.hasAttribute(QLatin1String("host")))
                d.host = a.value(QLatin1String("host")).toString();
            if (a.hasAttribute(QLatin1String("service")))
                d.service = a.value(QLatin1String("service")).toString();
            if (a.hasAttribute(QLatin1String("path")))
                d.path = a.value(QLatin1String("path")).toString();
        } else if (n == QLatin1String("address") && a.value(QLatin1String("type")) == QLatin1String("usb")) {
            d.guestAddress = readGuestAddress(a);
        } else if (n == QLatin1String("alias")) {
            d.alias = a.value(QLatin1String("name")).toString();
        }
    }
}
// QEMU's own USB devices on <qemu:commandline>: "-device DRIVER,key=value,…" (also as one argument).
void readCommandLine(DomainUsb &d, const QStringList &args)
{
    static const QHash<QString, QString> controllerModels {{QStringLiteral("qemu-xhci"), QStringLiteral("qemu-xhci")},
        {QStringLiteral("nec-usb-xhci"), QStringLiteral("nec-xhci")},
        {QStringLiteral("usb-ehci"), QStringLiteral("ehci")},
        {QStringLiteral("ich9-usb-ehci1"), QStringLiteral("ich9-ehci1")},
        {QStringLiteral("ich9-usb-ehci2"), QStringLiteral("ich9-ehci1")},
        {QStringLiteral("piix3-usb-uhci"), QStringLiteral("piix3-uhci")},
        {QStringLiteral("piix4-usb-uhci"), QStringLiteral("piix4-uhci")},
        {QStringLiteral("vt82c686b-usb-uhci"), QStringLiteral("vt82c686b-uhci")},
        {QStringLiteral("pci-ohci"), QStringLiteral("pci-ohci")},
        {QStringLiteral("sysbus-ohci"), QStringLiteral("pci-ohci")}};
    static const QRegularExpression node(QStringLiteral("^/dev/bus/usb/(\\d+)/(\\d+)$"));
    QStringList devices;
    for (int i = 0; i < args.size(); ++i) {
        const QString a = args.at(i).trimmed();
        if (a == QLatin1String("-device") && i + 1 < args.size())
            devices.append(args.at(++i).trimmed());
        else if (a.startsWith(QLatin1String("-device ")))
            devices.append(a.mid(8).trimmed());
    }
    for (const QString &spec : std::as_const(devices)) {
        const QStringList parts = spec.split(QLatin1Char(','));
        const QString driver
            = parts.first().startsWith(QLatin1String("driver=")) ? parts.first().mid(7) : parts.first();
        QHash<QString, QString> props;
        for (const QString &p : parts.mid(1))
            props.insert(p.section(QLatin1Char('='), 0, 0), p.section(QLatin1Char('='), 1));
        if (driver == QLatin1String("usb-host")) {
            HostdevDef h;
            auto hex = [](const QString &v) {
                bool ok = false;
                const uint n = v.toUInt(&ok, 0);
                return ok && n <= 0xffff ? QStringLiteral("%1").arg(n, 4, 16, QLatin1Char('0')) : QString();
            };
            h.vendorId = hex(props.value(QStringLiteral("vendorid")));
            h.productId = hex(props.value(QStringLiteral("productid")));
            if (const auto m = node.match(props.value(QStringLiteral("hostdevice"))); m.hasMatch()) {
                h.bus = m.captured(1).toInt();
                h.device = m.captured(2).toInt();
            } else if (props.contains(QStringLiteral("hostbus")) && props.contains(QStringLiteral("hostaddr"))) {
                h.bus = number(props.value(QStringLiteral("hostbus")));
                h.device = number(props.value(QStringLiteral("hostaddr")));
            }
            h.alias = props.value(QStringLiteral("id"));
            if (!h.vendorId.isEmpty() || (h.bus && h.device))
                d.commandLineHostdevs.append(h);
        } else if (const QString model = controllerModels.value(driver); !model.isEmpty()) {
            UsbControllerDef c;
            c.index = -1 - int(d.commandLineControllers.size()); // not libvirt's: no index of its own
            c.model = model;
            c.alias = props.value(QStringLiteral("id"));
            if (props.contains(QStringLiteral("masterbus")))
                c.masterStartPort = number(props.value(QStringLiteral("firstport"))).value_or(0);
            d.commandLineControllers.append(c);
        } else if (driver.startsWith(QLatin1String("usb-"))) {
            ++d.otherUsbDevices; // usb-kbd, usb-tablet, usb-braille …: they take a port
        }
    }
}
} // namespace

DomainUsb parseDomainXml(const QByteArray &xml)
{
    DomainUsb d;
    QStringList commandLine; // <qemu:commandline>'s <qemu:arg value=''/>, in order
    QXmlStreamReader r(xml);
    QStringList path; // element names from the root
    bool sawDomain = false;
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement()) {
            const QString n = r.name().toString();
            const auto a = r.attributes();
            const QString parent = path.isEmpty() ? QString() : path.last();
            if (path.isEmpty()) {
                if (n != QLatin1String("domain")) {
                    d.error = QCoreApplication::translate(
                        "plugboard::libvirt::DomainXml", "The definition's root element is <%1>, not <domain>.")
                                  .arg(n);
                    return d;
                }
                sawDomain = true;
                d.domainType = a.value(QLatin1String("type")).toString();
            } else if (parent == QLatin1String("domain") && n == QLatin1String("name")) {
                d.name = r.readElementText().trimmed();
                continue; // readElementText consumed the end element
            } else if (parent == QLatin1String("domain") && n == QLatin1String("uuid")) {
                d.uuid = r.readElementText().trimmed();
                continue;
            } else if (parent == QLatin1String("os") && n == QLatin1String("type")) {
                d.machine = a.value(QLatin1String("machine")).toString();
                d.arch = a.value(QLatin1String("arch")).toString();
            } else if (parent == QLatin1String("devices")) {
                if (n == QLatin1String("controller") && a.value(QLatin1String("type")) == QLatin1String("usb")) {
                    UsbControllerDef c;
                    c.index = number(a.value(QLatin1String("index")).toString()).value_or(0);
                    c.model = a.value(QLatin1String("model")).toString();
                    c.ports = number(a.value(QLatin1String("ports")).toString());
                    // Children: <master startport=''/>, <alias/>, <address/>.
                    int depth = 1;
                    while (depth > 0 && !r.atEnd()) {
                        r.readNext();
                        if (r.isStartElement()) {
                            ++depth;
                            if (r.name() == QLatin1String("master"))
                                c.masterStartPort
                                    = number(r.attributes().value(QLatin1String("startport")).toString()).value_or(0);
                            else if (r.name() == QLatin1String("alias"))
                                c.alias = r.attributes().value(QLatin1String("name")).toString();
                        } else if (r.isEndElement()) {
                            --depth;
                        }
                    }
                    d.controllers.append(c);
                    continue;
                }
                if (n == QLatin1String("hub") && a.value(QLatin1String("type")) == QLatin1String("usb")) {
                    ++d.hubs;
                } else if (n == QLatin1String("hostdev") && a.value(QLatin1String("type")) == QLatin1String("usb")
                    && (!a.hasAttribute(QLatin1String("mode"))
                        || a.value(QLatin1String("mode")) == QLatin1String("subsystem"))) {
                    // mode='capabilities' (LXC) hands over a node, not a USB device; no mode is subsystem.
                    HostdevDef h;
                    h.xml = captureElement(r);
                    fillHostdev(h, h.xml);
                    d.hostdevs.append(h);
                    continue;
                } else if (n == QLatin1String("redirdev") && a.value(QLatin1String("bus")) == QLatin1String("usb")) {
                    RedirdevDef rd;
                    rd.xml = captureElement(r);
                    fillRedirdev(rd, rd.xml);
                    d.redirdevs.append(rd);
                    continue;
                } else if (n == QLatin1String("redirfilter")) {
                    while (!r.atEnd()) {
                        r.readNext();
                        if (r.isEndElement() && r.name() == QLatin1String("redirfilter"))
                            break;
                        if (r.isStartElement() && r.name() == QLatin1String("usbdev")) {
                            const auto ua = r.attributes();
                            RedirFilterRule rule;
                            rule.cls = filterNumber(ua.value(QLatin1String("class")).toString());
                            rule.vendor = filterNumber(ua.value(QLatin1String("vendor")).toString());
                            rule.product = filterNumber(ua.value(QLatin1String("product")).toString());
                            const QString v = ua.value(QLatin1String("version")).toString();
                            rule.version = v == QLatin1String("-1") ? QString() : v;
                            rule.allow = ua.value(QLatin1String("allow")) == QLatin1String("yes");
                            d.redirFilter.append(rule);
                        }
                    }
                    continue;
                } else if (n == QLatin1String("graphics") && a.value(QLatin1String("type")) == QLatin1String("spice")) {
                    d.spiceGraphics = true;
                } else if ((n == QLatin1String("input") || n == QLatin1String("smartcard"))
                    && (a.value(QLatin1String("bus")) == QLatin1String("usb") || n == QLatin1String("smartcard"))) {
                    ++d.otherUsbDevices;
                }
            } else if (n == QLatin1String("target") && parent == QLatin1String("disk")
                && a.value(QLatin1String("bus")) == QLatin1String("usb")) {
                ++d.otherUsbDevices;
            } else if (n == QLatin1String("arg") && parent == QLatin1String("commandline")) {
                commandLine.append(a.value(QLatin1String("value")).toString());
            }
            path.append(n);
        } else if (r.isEndElement()) {
            if (!path.isEmpty())
                path.removeLast();
        }
    }
    readCommandLine(d, commandLine);
    if (r.hasError()) {
        d.error = QCoreApplication::translate(
            "plugboard::libvirt::DomainXml", "The domain definition is not valid XML (line %1, column %2: %3).")
                      .arg(r.lineNumber())
                      .arg(r.columnNumber())
                      .arg(r.errorString());
    } else if (!sawDomain) {
        d.error = QCoreApplication::translate("plugboard::libvirt::DomainXml", "The domain definition is empty.");
    }
    return d;
}

} // namespace plugboard::libvirt
