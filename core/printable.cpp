// SPDX-License-Identifier: GPL-3.0-or-later
#include "printable.h"

namespace plugboard {

QString printable(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const bool c0 = u < 0x20 && u != u'\n' && u != u'\t';
        const bool c1 = u >= 0x7f && u <= 0x9f;
        // Bidirectional embeddings, overrides and isolates, line and paragraph separators.
        const bool format = (u >= 0x202a && u <= 0x202e) || (u >= 0x2066 && u <= 0x2069) || u == 0x2028 || u == 0x2029
            || u == 0x200e || u == 0x200f;
        if (c0 || c1)
            out += QStringLiteral("\\x%1").arg(int(u), 2, 16, QLatin1Char('0'));
        else if (format)
            out += QStringLiteral("\\u%1").arg(int(u), 4, 16, QLatin1Char('0'));
        else
            out += c;
    }
    return out;
}

} // namespace plugboard
