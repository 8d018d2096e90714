// SPDX-License-Identifier: GPL-3.0-or-later
// A lossless model of a VMware .vmx (or inventory/preferences) file: every byte is kept, an
// unchanged document writes back byte-identical, an edit changes only its own line.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace plugboard::vmware {

class VmxDocument
{
public:
    // Reading limits: a .vmx is a few KiB; anything far larger or with binary bytes is not one.
    static constexpr qint64 kMaxFileSize = 4 * 1024 * 1024;
    static constexpr int kMaxLineLength = 64 * 1024;

    // Parses bytes; nullopt with `error` (in the user's words) for input that is not a .vmx.
    static std::optional<VmxDocument> parse(const QByteArray &bytes, QString *error = nullptr);
    // Reads a file; remembers its size and modification time to detect changes by others.
    static std::optional<VmxDocument> load(const QString &path, QString *error = nullptr);

    QByteArray toBytes() const;
    QString path() const { return m_path; }
    QString encodingName() const { return m_encoding; } // from `.encoding`, "UTF-8" when absent

    // Case-insensitive keys; with duplicates the last occurrence wins (as VMware reads it).
    bool contains(const QString &key) const;
    std::optional<QString> value(const QString &key) const; // decoded: |XX escapes and the file's encoding
    QString value(const QString &key, const QString &fallback) const { return value(key).value_or(fallback); }
    bool boolValue(const QString &key, bool fallback = false) const; // "TRUE"/"FALSE" any case
    QStringList keys() const; // as written, in file order, duplicates once
    // Keys starting with `prefix` (case-insensitive), in file order.
    QStringList keysWithPrefix(const QString &prefix) const;

    // Changes only the value inside the quotes of the last line with `key`, or appends a line
    // `key = "value"` in the file's style. False (with error) if the value cannot be encoded.
    bool setValue(const QString &key, const QString &value, QString *error = nullptr);
    // Removes every line with `key`. Returns how many.
    int remove(const QString &key);

    // Writes atomically: temp file + fsync + rename, previous file kept as `<path>.plugboard-backup`,
    // permissions preserved. Refuses when the file changed on disk since load() (someone else
    // wrote it) unless `force`. An unchanged document is not written at all.
    bool save(QString *error = nullptr, bool force = false);
    bool saveAs(const QString &path, QString *error = nullptr);
    bool isModified() const { return m_modified; }
    static QString backupPath(const QString &path) { return path + QStringLiteral(".plugboard-backup"); }
    // An encrypted VM (encryption.keySafe / encryption.data): its settings, USB ones included, are
    // inside the encrypted part; Plugboard shows it and never writes to it.
    bool isEncrypted() const { return m_encrypted; }
    // VMware has the VM open: PATH.lck/ holds lock files.
    static bool isLockedByVmware(const QString &path);

private:
    struct Line
    {
        QByteArray text; // without the line ending
        QByteArray ending; // "\n", "\r\n", or "" for a last line without one
        QByteArray key; // lower-cased key, empty for comments, blank and other lines
        int valueStart = -1, valueEnd = -1; // byte range of the value inside the quotes (or bare)
    };
    static bool parseLine(Line &line, QString *error);
    QString decode(const QByteArray &raw) const;
    std::optional<QByteArray> encode(const QString &value) const;
    int lastIndexOf(const QByteArray &lowerKey) const;
    // `expected`: the hash the file on disk must still have just before it is replaced (empty: any).
    bool writeTo(const QString &path, QString *error, const QByteArray &expected = {}) const;

    QList<Line> m_lines;
    QByteArray m_defaultEnding = "\n";
    QString m_encoding = QStringLiteral("UTF-8");
    QString m_path;
    QByteArray m_loadedHash; // of the bytes read, to detect a write by someone else
    bool m_modified = false;
    bool m_encrypted = false;
};

} // namespace plugboard::vmware
