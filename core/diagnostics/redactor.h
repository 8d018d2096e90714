// SPDX-License-Identifier: GPL-3.0-or-later
// What `collect --redact` takes out of a bundle, by what the values are, wherever they appear:
// every serial number the USB tree holds (and the HID, SCSI and input identifiers that carry
// them), every MAC address, the user's and host's names (FQDN and domain too), a libvirt URI's
// user@host. Each value gets one stable placeholder, the same in every file.
#pragma once

#include <QHash>
#include <QJsonValue>
#include <QRegularExpression>
#include <QString>

namespace plugboard::diagnostics {

class Redactor
{
public:
    enum class Kind { Serial, User, Host, Domain };
    // A value to take out. Too short or too common to identify anyone ("0", "root", "localhost"):
    // ignored, or it would eat ordinary text.
    void add(const QString &value, Kind kind);
    // A host name as gethostname() gives it: the short name, and with a domain the FQDN and the domain.
    void addHostName(const QString &name);

    QString text(const QString &in) const;
    // Bytes that are not UTF-8 text (a SCSI VPD page, a .vmx in a legacy code page): the same values
    // replaced byte for byte.
    QByteArray bytes(const QByteArray &in) const;
    // Every string value inside (keys are the format's names and device paths: they stay).
    QJsonValue json(const QJsonValue &in) const;

    QString placeholder(const QString &value) const { return m_placeholders.value(value); }
    bool isEmpty() const { return m_placeholders.isEmpty(); }

private:
    void rebuild() const;
    QHash<QString, QString> m_placeholders; // value -> placeholder
    QHash<Kind, int> m_counts;
    mutable QRegularExpression m_values; // every value, longest first
    mutable bool m_dirty = true;
    mutable QHash<QString, QString> m_macs; // MAC -> 02:00:00:00:00:NN
};

} // namespace plugboard::diagnostics
