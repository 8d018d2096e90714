// SPDX-License-Identifier: GPL-3.0-or-later
// Redactor: one pass over a text with every value at once, longest first, so that a user named
// like their host ("kim" on "kim-pc") never leaves half a name behind.
#include "redactor.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

#include <algorithm>

namespace plugboard::diagnostics {

namespace {
const QRegularExpression &macPattern()
{
    static const QRegularExpression re(
        QStringLiteral("(?<![0-9A-Fa-f:])(?:[0-9A-Fa-f]{2}[:-]){5}[0-9A-Fa-f]{2}(?![0-9A-Fa-f:])"));
    return re;
}

// A libvirt URI's user@host: qemu+ssh://kim@kim-pc.lab/system -> qemu+ssh://user@remote-host/system.
const QRegularExpression &uriPattern()
{
    static const QRegularExpression re(QStringLiteral("(\\b[a-z][a-z0-9+.-]*://)([^@/\\s'\"]+@)?([^/\\s'\"?#:]+)"));
    return re;
}
} // namespace

void Redactor::add(const QString &value, Kind kind)
{
    const QString v = value.trimmed();
    static const QStringList common {QStringLiteral("root"), QStringLiteral("localhost"), QStringLiteral("localdomain"),
        QStringLiteral("user"), QStringLiteral("host"), QStringLiteral("(none)")};
    const int minimum = kind == Kind::Serial ? 4 : 2;
    if (v.size() < minimum || common.contains(v, Qt::CaseInsensitive) || m_placeholders.contains(v))
        return;
    if (kind == Kind::Serial && std::all_of(v.cbegin(), v.cend(), [&](QChar c) {
            return c == v.front();
        }))
        return; // "0000000000": identifies nobody
    QString p;
    switch (kind) {
    case Kind::Serial:
        p = QStringLiteral("SERIAL%1").arg(++m_counts[kind], 4, 10, QLatin1Char('0'));
        break;
    case Kind::User:
        p = m_counts[kind]++ ? QStringLiteral("user%1").arg(m_counts[kind]) : QStringLiteral("user");
        break;
    case Kind::Host:
        p = m_counts[kind]++ ? QStringLiteral("host%1").arg(m_counts[kind]) : QStringLiteral("host");
        break;
    case Kind::Domain:
        p = m_counts[kind]++ ? QStringLiteral("domain%1.invalid").arg(m_counts[kind])
                             : QStringLiteral("domain.invalid");
        break;
    }
    m_placeholders.insert(v, p);
    m_dirty = true;
}

void Redactor::addHostName(const QString &name)
{
    const QString n = name.trimmed();
    const int dot = int(n.indexOf(QLatin1Char('.')));
    if (dot > 0) {
        add(n, Kind::Host); // the FQDN first: it outlasts its parts
        add(n.left(dot), Kind::Host);
        add(n.mid(dot + 1), Kind::Domain);
    } else {
        add(n, Kind::Host);
    }
}

void Redactor::rebuild() const
{
    if (!m_dirty)
        return;
    QStringList values = m_placeholders.keys();
    std::sort(values.begin(), values.end(), [](const QString &a, const QString &b) {
        return a.size() != b.size() ? a.size() > b.size() : a < b;
    });
    for (QString &v : values)
        v = QRegularExpression::escape(v);
    // Not inside a longer word or number: "kim" in "kimono" stays.
    m_values = values.isEmpty()
        ? QRegularExpression()
        : QRegularExpression(QStringLiteral("(?<![A-Za-z0-9])(?:%1)(?![A-Za-z0-9])").arg(values.join(QLatin1Char('|'))),
            QRegularExpression::CaseInsensitiveOption);
    m_dirty = false;
}

QString Redactor::text(const QString &in) const
{
    rebuild();
    QString out;
    out.reserve(in.size());
    // The URIs' user@host first (a remote host is nobody's business either), then the values.
    qsizetype at = 0;
    for (auto it = uriPattern().globalMatch(in); it.hasNext();) {
        const auto m = it.next();
        if (m.captured(2).isEmpty() && !m_placeholders.contains(m.captured(3)))
            continue;
        out += in.mid(at, m.capturedStart() - at) + m.captured(1)
            + (m.captured(2).isEmpty() ? QString() : QStringLiteral("user@"))
            + (m.captured(3).isEmpty() ? QString() : QStringLiteral("remote-host"));
        at = m.capturedEnd();
    }
    out += in.mid(at);
    if (m_values.isValid() && !m_values.pattern().isEmpty()) {
        QString done;
        qsizetype from = 0;
        for (auto it = m_values.globalMatch(out); it.hasNext();) {
            const auto m = it.next();
            // Matched case-insensitively (host names): find which value it was.
            QString p = m_placeholders.value(m.captured(0));
            if (p.isEmpty()) {
                for (auto v = m_placeholders.cbegin(); v != m_placeholders.cend(); ++v) {
                    if (v.key().compare(m.captured(0), Qt::CaseInsensitive) == 0)
                        p = v.value();
                }
            }
            done += out.mid(from, m.capturedStart() - from) + p;
            from = m.capturedEnd();
        }
        out = done + out.mid(from);
    }
    QString result;
    qsizetype from = 0;
    for (auto it = macPattern().globalMatch(out); it.hasNext();) {
        const auto m = it.next();
        const QString mac = m.captured(0).toLower();
        if (!m_macs.contains(mac))
            m_macs.insert(mac, QStringLiteral("02:00:00:00:00:%1").arg(m_macs.size() + 1, 2, 16, QLatin1Char('0')));
        result += out.mid(from, m.capturedStart() - from) + m_macs.value(mac);
        from = m.capturedEnd();
    }
    return result + out.mid(from);
}

QByteArray Redactor::bytes(const QByteArray &in) const
{
    QByteArray out = in;
    QStringList values = m_placeholders.keys();
    std::sort(values.begin(), values.end(), [](const QString &a, const QString &b) {
        return a.size() > b.size();
    });
    for (const QString &v : values)
        out.replace(v.toUtf8(), m_placeholders.value(v).toUtf8());
    return out;
}

QJsonValue Redactor::json(const QJsonValue &in) const
{
    if (in.isString())
        return text(in.toString());
    if (in.isArray()) {
        QJsonArray out;
        for (const QJsonValue &v : in.toArray())
            out.append(json(v));
        return out;
    }
    if (in.isObject()) {
        QJsonObject out;
        const QJsonObject o = in.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            out.insert(it.key(), json(it.value())); // keys are the format's names and device paths
        return out;
    }
    return in;
}

} // namespace plugboard::diagnostics
