// SPDX-License-Identifier: GPL-3.0-or-later
// Parsers for the text formats of sysfs attributes as kernels of many versions write them.
#pragma once

#include <QString>

#include <optional>

namespace plugboard::host::sysfs {

// Trims whitespace and a trailing newline; an attribute that is only whitespace is "empty".
QString clean(const QString &raw);
// "04a9", "0x04A9", " 4a9\n" -> "04a9"; nullopt for anything that is not 1-4 hex digits.
std::optional<QString> hex4(const QString &raw);
// "09", "0x09", "9" -> 0x09; nullopt for garbage or values over 0xff.
std::optional<quint8> hexByte(const QString &raw);
// " 1", "001", "1\n" -> 1 (decimal); nullopt for garbage, empty or negative.
std::optional<int> decimal(const QString &raw);
// "500mA", "  2mA", "0mA", "896mA" -> mA; nullopt for garbage.
std::optional<int> milliamps(const QString &raw);
// "1.5", "12", "480", "5000", "10000", "20000" -> Mbit/s; nullopt for garbage or "unknown".
std::optional<double> speedMbps(const QString &raw);
// " 2.00", "2.00\n", "3.10" -> "2.00"; empty when garbage.
QString usbVersion(const QString &raw);
// "1", "0" -> bool; nullopt otherwise.
std::optional<bool> flag(const QString &raw);

} // namespace plugboard::host::sysfs
