// SPDX-License-Identifier: GPL-3.0-or-later
#include "guestref.h"

#include <QFileInfo>

#include <array>
#include <utility>

namespace plugboard {

GuestRef GuestRef::libvirt(const QString &uri, const QString &name)
{
    GuestRef g;
    g.m_hypervisor = Hypervisor::Libvirt;
    g.m_where = uri;
    g.m_name = name;
    return g;
}

GuestRef GuestRef::vmware(const QString &vmxPath)
{
    GuestRef g;
    g.m_hypervisor = Hypervisor::Vmware;
    g.m_where = vmxPath;
    return g;
}

bool GuestRef::isVmxPath(const QString &path)
{
    return path.endsWith(QLatin1String(".vmx"), Qt::CaseInsensitive);
}

GuestRef GuestRef::parse(const QString &text)
{
    if (text.isEmpty())
        return {};
    if (isVmxPath(text))
        return vmware(text);
    const qsizetype hash = text.indexOf(QLatin1Char('#'));
    if (hash > 0 && hash < text.size() - 1)
        return libvirt(text.left(hash), text.mid(hash + 1));
    return libvirt(QString(), text);
}

QString GuestRef::name() const
{
    switch (m_hypervisor) {
    case Hypervisor::Libvirt:
        return m_name;
    case Hypervisor::Vmware:
        return QFileInfo(m_where).completeBaseName();
    case Hypervisor::None:
        break;
    }
    return {};
}

GuestRef GuestRef::withUri(const QString &uri) const
{
    return isLibvirt() ? libvirt(uri, m_name) : *this;
}

QString GuestRef::toString() const
{
    switch (m_hypervisor) {
    case Hypervisor::Libvirt:
        return m_where.isEmpty() ? m_name : m_where + QLatin1Char('#') + m_name;
    case Hypervisor::Vmware:
        return m_where;
    case Hypervisor::None:
        break;
    }
    return {};
}

namespace {
const std::array<std::pair<GuestState, const char *>, 8> kWords {{
    {GuestState::Running, "running"},
    {GuestState::Paused, "paused"},
    {GuestState::ShutOff, "shut off"},
    {GuestState::Crashed, "crashed"},
    {GuestState::Suspended, "pmsuspended"},
    {GuestState::Blocked, "blocked"},
    {GuestState::ShuttingDown, "shutdown"},
    {GuestState::Unknown, "unknown"},
}};
} // namespace

QString stateWord(GuestState state)
{
    for (const auto &[s, w] : kWords) {
        if (s == state)
            return QString::fromLatin1(w);
    }
    return QStringLiteral("unknown");
}

GuestState stateFromWord(const QString &word)
{
    for (const auto &[s, w] : kWords) {
        if (word == QLatin1String(w))
            return s;
    }
    return GuestState::Unknown;
}

} // namespace plugboard
