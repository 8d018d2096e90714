// SPDX-License-Identifier: GPL-3.0-or-later
// The assignments file: read strictly, written atomically.
#include "assignments.h"

#include "fileio.h"
#include "host/deviceresolver.h"
#include "host/topologyreader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QStandardPaths>

namespace plugboard::assign {

namespace {
// The context lupdate records for this file's sentences (Q_DECLARE_TR_FUNCTIONS names it).
class AssignmentsText
{
    Q_DECLARE_TR_FUNCTIONS(plugboard::assign::Assignments)
};

const QRegularExpression &portRe()
{
    static const QRegularExpression re(QStringLiteral("^(usb[0-9]+|[0-9]+-[0-9]+(\\.[0-9]+)*)-port[0-9]+$"));
    return re;
}

int busOf(const QString &portId)
{
    // "usb3-port2" -> 3, "3-1.4-port2" -> 3
    static const QRegularExpression re(QStringLiteral("^(?:usb)?([0-9]+)"));
    return re.match(portId).captured(1).toInt();
}
} // namespace

bool isPortArgument(const QString &argument)
{
    const QStringList parts = argument.split(QLatin1Char('+'));
    if (parts.size() > 2)
        return false;
    for (const QString &p : parts) {
        if (!portRe().match(p).hasMatch())
            return false;
    }
    return true;
}

QStringList portsCovered(const host::HostTopology &topo, const QString &portOrPhysical)
{
    QStringList ports = portOrPhysical.split(QLatin1Char('+'), Qt::SkipEmptyParts);
    for (const QString &p : QStringList(ports)) {
        if (const host::UsbPort *port = topo.port(p); port && !port->peerId.isEmpty() && !ports.contains(port->peerId))
            ports.append(port->peerId);
    }
    return ports;
}

Target resolveTarget(const host::HostTopology &topo, const QString &argument)
{
    Target t;
    if (isPortArgument(argument)) {
        QStringList ports = portsCovered(topo, argument);
        // "a+b" must be the two sides of one socket: a peer found here that is neither is a mistake
        // (found by fuzz_cli_args: "usb1-port1+usb4-port1" became three ports no file could hold).
        if (ports.size() > 2) {
            const QString first = argument.section(QLatin1Char('+'), 0, 0);
            const host::UsbPort *p = topo.port(first);
            t.error = AssignmentsText::tr("%1 is not one socket: the USB 2/3 peer of %2 is %3.")
                          .arg(argument, first, p ? p->peerId : QString());
            return t;
        }
        // The lower bus first: "usb1-port4+usb2-port4", whichever peer was named.
        std::sort(ports.begin(), ports.end(), [](const QString &a, const QString &b) {
            return busOf(a) != busOf(b) ? busOf(a) < busOf(b) : a < b;
        });
        t.port = ports.join(QLatin1Char('+'));
        return t;
    }
    if (host::TopologyReader::isDeviceName(argument)) {
        const host::UsbDevice *d = topo.device(argument);
        if (!d) {
            t.error = AssignmentsText::tr(
                "There is no USB device %1 on this host now; name it by vid:pid[:serial] instead.")
                          .arg(argument);
            return t;
        }
        if (d->vendorId.isEmpty() || d->productId.isEmpty()) {
            t.error = AssignmentsText::tr("The vendor and product of %1 cannot be read; assign its port instead.")
                          .arg(argument);
            return t;
        }
        t.device = host::DeviceIdentity::of(*d).toString();
        return t;
    }
    if (const auto id = host::DeviceIdentity::parse(argument)) {
        t.device = id->toString();
        return t;
    }
    t.error
        = AssignmentsText::tr("'%1' is neither a device (1-1.4, vid:pid[:serial]) nor a port (usb1-port4, 1-1-port2).")
              .arg(argument);
    return t;
}

bool Assignment::matches(const host::HostTopology &topo, const host::UsbDevice &d) const
{
    if (!device.isEmpty()) {
        const auto id = host::DeviceIdentity::parse(device);
        return id && id->matches(d);
    }
    return !port.isEmpty() && portsCovered(topo, port).contains(d.parentPortId);
}

QString Assignment::describe() const
{
    return QStringLiteral("%1 → %2%3")
        .arg(target(), guest, persistent ? AssignmentsText::tr(" (persistent)") : QString());
}

QString AssignmentFile::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
        + QStringLiteral("/plugboard/assignments.json");
}

AssignmentFile::AssignmentFile(QString path)
    : m_path(std::move(path))
{
}

bool AssignmentFile::fromJson(const QJsonObject &o, AssignmentFile *into, QString *error)
{
    if (o.value(QStringLiteral("version")).toInt() != 1) {
        *error = AssignmentsText::tr("unknown version (expected 1)");
        return false;
    }
    // Present and not a list (`"assignments": {}`): not read as empty, which would drop them all.
    if (o.contains(QStringLiteral("assignments")) && !o.value(QStringLiteral("assignments")).isArray()) {
        *error = AssignmentsText::tr("\"assignments\" is not a list");
        return false;
    }
    if (o.contains(QStringLiteral("preferences")) && !o.value(QStringLiteral("preferences")).isObject()) {
        *error = AssignmentsText::tr("\"preferences\" is not an object");
        return false;
    }
    QList<Assignment> list;
    const QJsonArray arr = o.value(QStringLiteral("assignments")).toArray();
    for (qsizetype i = 0; i < arr.size(); ++i) {
        const QJsonObject a = arr.at(i).toObject();
        Assignment as;
        as.device = a.value(QStringLiteral("device")).toString();
        as.port = a.value(QStringLiteral("port")).toString();
        as.guest = a.value(QStringLiteral("guest")).toString();
        as.persistent = a.value(QStringLiteral("persistent")).toBool();
        const bool deviceOk = !as.device.isEmpty() && host::DeviceIdentity::parse(as.device).has_value();
        const bool portOk = !as.port.isEmpty() && isPortArgument(as.port);
        const GuestRef guest = GuestRef::parse(as.guest);
        if (deviceOk == portOk || (!guest.isVmware() && !guest.hasUri())) {
            *error = AssignmentsText::tr("entry %1 is not a device or port assignment to a guest").arg(i + 1);
            return false;
        }
        if (deviceOk)
            as.device = host::DeviceIdentity::parse(as.device)->toString();
        list.append(as);
    }
    QMap<QString, QString> prefs;
    const QJsonObject p = o.value(QStringLiteral("preferences")).toObject();
    for (auto it = p.begin(); it != p.end(); ++it) {
        if (it.value().isString())
            prefs.insert(it.key(), it.value().toString());
    }
    into->assignments = list;
    into->preferences = prefs;
    return true;
}

bool AssignmentFile::load(QString *error)
{
    if (!QFileInfo::exists(m_path) && !QFileInfo(m_path).isSymLink()) {
        assignments.clear();
        preferences.clear();
        return true;
    }
    const auto bytes = fileio::readRegularFile(m_path, 16 * 1024 * 1024, error);
    if (!bytes)
        return false;
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(*bytes, &pe);
    QString why;
    if (pe.error != QJsonParseError::NoError)
        why = pe.errorString();
    else if (!doc.isObject())
        why = AssignmentsText::tr("not a JSON object");
    else if (fromJson(doc.object(), this, &why))
        return true;
    *error = AssignmentsText::tr("%1 is not a valid assignments file (%2). It was left as it is; fix or remove it.")
                 .arg(m_path, why);
    return false;
}

QJsonObject AssignmentFile::toJson() const
{
    QJsonArray arr;
    for (const Assignment &a : assignments) {
        QJsonObject o;
        o.insert(QStringLiteral("device"), a.device.isEmpty() ? QJsonValue() : QJsonValue(a.device));
        o.insert(QStringLiteral("port"), a.port.isEmpty() ? QJsonValue() : QJsonValue(a.port));
        o.insert(QStringLiteral("guest"), a.guest);
        o.insert(QStringLiteral("persistent"), a.persistent);
        arr.append(o);
    }
    QJsonObject prefs;
    for (auto it = preferences.begin(); it != preferences.end(); ++it)
        prefs.insert(it.key(), it.value());
    return {
        {QStringLiteral("version"), 1}, {QStringLiteral("assignments"), arr}, {QStringLiteral("preferences"), prefs}};
}

bool AssignmentFile::save(QString *error) const
{
    if (!QDir().mkpath(QFileInfo(m_path).absolutePath())) {
        *error = AssignmentsText::tr("Cannot create the folder of %1.").arg(m_path);
        return false;
    }
    QString why;
    if (!fileio::replaceFile(m_path, QJsonDocument(toJson()).toJson(QJsonDocument::Indented), &why, {0600, {}, {}})) {
        *error = AssignmentsText::tr("The assignments were not saved: %1").arg(why);
        return false;
    }
    return true;
}

bool AssignmentFile::update(
    const QString &path, const std::function<bool(AssignmentFile &)> &change, QString *error, AssignmentFile *result)
{
    // The window, the agent and the command line all write this file: read, change and write it
    // under one lock, or two writers at once lose each other's entries.
    const fileio::WriteLock lock(path);
    if (!lock.isLocked()) {
        *error = lock.error();
        return false;
    }
    fileio::removeLeftovers(path);
    AssignmentFile file(path);
    if (!file.load(error))
        return false;
    if (change(file) && !file.save(error))
        return false;
    if (result)
        *result = file;
    return true;
}

bool AssignmentFile::add(const Assignment &a)
{
    for (Assignment &existing : assignments) {
        if (existing.target() == a.target() && existing.guest == a.guest) {
            if (existing.persistent == a.persistent)
                return false;
            existing.persistent = a.persistent;
            return true;
        }
    }
    assignments.append(a);
    return true;
}

int AssignmentFile::remove(const QString &target, const QString &guest)
{
    const auto n = assignments.removeIf([&](const Assignment &a) {
        return a.target() == target && (guest.isEmpty() || a.guest == guest);
    });
    if (n > 0) {
        // A preference for a device nobody claims any more is dropped with it.
        for (auto it = preferences.begin(); it != preferences.end();) {
            const bool claimed = std::any_of(assignments.cbegin(), assignments.cend(), [&](const Assignment &a) {
                return a.guest == it.value();
            });
            it = claimed ? std::next(it) : preferences.erase(it);
        }
    }
    return int(n);
}

QList<Assignment> AssignmentFile::claims(const host::HostTopology &topo, const host::UsbDevice &d) const
{
    QList<Assignment> r;
    for (const Assignment &a : assignments) {
        if (a.matches(topo, d))
            r.append(a);
    }
    return r;
}

} // namespace plugboard::assign
