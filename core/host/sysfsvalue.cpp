// SPDX-License-Identifier: GPL-3.0-or-later
// Parsers for sysfs attribute text.
#include "sysfsvalue.h"

#include <QRegularExpression>

#include <cmath>

namespace plugboard::host::sysfs {

QString clean(const QString &raw)
{
    return raw.trimmed();
}

static std::optional<uint> parseHex(const QString &raw, int maxDigits)
{
    QString s = clean(raw);
    if (s.startsWith(QLatin1String("0x"), Qt::CaseInsensitive))
        s = s.mid(2);
    if (s.isEmpty() || s.size() > maxDigits)
        return std::nullopt;
    bool ok = false;
    const uint v = s.toUInt(&ok, 16);
    if (!ok)
        return std::nullopt;
    return v;
}

std::optional<QString> hex4(const QString &raw)
{
    const auto v = parseHex(raw, 4);
    if (!v)
        return std::nullopt;
    return QStringLiteral("%1").arg(*v, 4, 16, QLatin1Char('0'));
}

std::optional<quint8> hexByte(const QString &raw)
{
    const auto v = parseHex(raw, 2);
    if (!v)
        return std::nullopt;
    return quint8(*v);
}

std::optional<int> decimal(const QString &raw)
{
    const QString s = clean(raw);
    if (s.isEmpty())
        return std::nullopt;
    for (const QChar c : s) {
        if (!c.isDigit())
            return std::nullopt;
    }
    bool ok = false;
    const int v = s.toInt(&ok, 10);
    if (!ok)
        return std::nullopt;
    return v;
}

std::optional<int> milliamps(const QString &raw)
{
    static const QRegularExpression re(QStringLiteral("^\\s*(\\d{1,5})\\s*mA\\s*$"));
    const auto m = re.match(raw);
    if (!m.hasMatch())
        return std::nullopt;
    return m.captured(1).toInt();
}

std::optional<double> speedMbps(const QString &raw)
{
    const QString s = clean(raw);
    bool ok = false;
    const double v = s.toDouble(&ok);
    if (!ok || !std::isfinite(v) || v <= 0 || v > 1e6)
        return std::nullopt;
    return v;
}

QString usbVersion(const QString &raw)
{
    static const QRegularExpression re(QStringLiteral("^\\d{1,2}\\.\\d{2}$"));
    const QString s = clean(raw);
    return re.match(s).hasMatch() ? s : QString();
}

std::optional<bool> flag(const QString &raw)
{
    const QString s = clean(raw);
    if (s == QLatin1String("1"))
        return true;
    if (s == QLatin1String("0"))
        return false;
    return std::nullopt;
}

} // namespace plugboard::host::sysfs
