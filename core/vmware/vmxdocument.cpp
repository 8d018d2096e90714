// SPDX-License-Identifier: GPL-3.0-or-later
// VmxDocument: lines are kept as bytes; only the value bytes of an edited line are replaced.
#include "vmxdocument.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>
#include <QStringEncoder>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace plugboard::vmware {

namespace {
// The context lupdate records for this file's sentences (Q_DECLARE_TR_FUNCTIONS names it).
class VmxDocumentText
{
    Q_DECLARE_TR_FUNCTIONS(plugboard::vmware::VmxDocument)
};

bool isSpace(char c)
{
    return c == ' ' || c == '\t';
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// Fault injection for the crash-safety tests: called between the steps of a save.
using SaveHook = void (*)(const char *step);
SaveHook g_saveHook = nullptr;

void step(const char *name)
{
    if (g_saveHook)
        g_saveHook(name);
}

std::optional<QStringConverter::Encoding> encodingFor(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n.isEmpty() || n == QLatin1String("utf-8") || n == QLatin1String("utf8"))
        return QStringConverter::Utf8;
    // VMware on Windows writes windows-1252; Latin-1 decodes its printable range identically
    // except 0x80-0x9f, which VMware escapes anyway.
    if (n == QLatin1String("windows-1252") || n == QLatin1String("iso-8859-1") || n == QLatin1String("latin1"))
        return QStringConverter::Latin1;
    return QStringConverter::encodingForName(name.toLatin1().constData());
}
} // namespace

// Exposed to the tests only (declared there): sets the hook called between save steps.
void setVmxSaveHookForTesting(SaveHook hook)
{
    g_saveHook = hook;
}

bool VmxDocument::parseLine(Line &line, QString *error)
{
    const QByteArray &t = line.text;
    int i = 0;
    while (i < t.size() && isSpace(t.at(i)))
        ++i;
    if (i == t.size() || t.at(i) == '#')
        return true; // blank or comment
    const int keyStart = i;
    while (i < t.size() && !isSpace(t.at(i)) && t.at(i) != '=')
        ++i;
    const int keyEnd = i;
    while (i < t.size() && isSpace(t.at(i)))
        ++i;
    if (keyEnd == keyStart || i == t.size() || t.at(i) != '=') {
        *error = VmxDocumentText::tr("it is not of the form key = \"value\"");
        return false;
    }
    ++i;
    while (i < t.size() && isSpace(t.at(i)))
        ++i;
    line.key = t.mid(keyStart, keyEnd - keyStart).toLower();
    if (i < t.size() && t.at(i) == '"') {
        const int close = int(t.indexOf('"', i + 1));
        if (close < 0) {
            *error = VmxDocumentText::tr("its value has no closing quote");
            return false;
        }
        line.valueStart = i + 1;
        line.valueEnd = close;
        int j = close + 1;
        while (j < t.size() && isSpace(t.at(j)))
            ++j;
        if (j < t.size() && t.at(j) != '#') {
            *error = VmxDocumentText::tr("there is text after the closing quote");
            return false;
        }
    } else {
        // Unquoted value (hand-written files): up to a comment or the end, trailing blanks excluded.
        int end = int(t.indexOf('#', i));
        if (end < 0)
            end = int(t.size());
        while (end > i && isSpace(t.at(end - 1)))
            --end;
        line.valueStart = i;
        line.valueEnd = end;
    }
    return true;
}

std::optional<VmxDocument> VmxDocument::parse(const QByteArray &bytes, QString *error)
{
    auto fail = [error](const QString &why) -> std::optional<VmxDocument> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (bytes.size() > kMaxFileSize)
        return fail(
            VmxDocumentText::tr("The file is %1 bytes long; a .vmx file is a few kilobytes, so this is not one.")
                .arg(bytes.size()));
    if (bytes.contains('\0'))
        return fail(VmxDocumentText::tr("The file contains binary data (NUL bytes), so it is not a .vmx file."));
    VmxDocument doc;
    int pos = 0;
    int number = 0;
    bool sawCrlf = false;
    while (pos < bytes.size()) {
        ++number;
        int nl = int(bytes.indexOf('\n', pos));
        Line line;
        if (nl < 0) {
            line.text = bytes.mid(pos);
            pos = int(bytes.size());
        } else {
            const bool cr = nl > pos && bytes.at(nl - 1) == '\r';
            line.text = bytes.mid(pos, (cr ? nl - 1 : nl) - pos);
            line.ending = cr ? QByteArray("\r\n") : QByteArray("\n");
            sawCrlf = sawCrlf || cr;
            pos = nl + 1;
        }
        if (line.text.size() > kMaxLineLength)
            return fail(VmxDocumentText::tr("Line %1 is %2 bytes long, far longer than any .vmx setting.")
                            .arg(number)
                            .arg(line.text.size()));
        QString why;
        if (!parseLine(line, &why))
            return fail(VmxDocumentText::tr("Line %1 cannot be read: %2.").arg(number).arg(why));
        doc.m_lines.append(line);
    }
    if (sawCrlf)
        doc.m_defaultEnding = "\r\n";
    // The encoding line decides how values are decoded.
    const int enc = doc.lastIndexOf(".encoding");
    if (enc >= 0) {
        const Line &l = doc.m_lines.at(enc);
        doc.m_encoding = QString::fromLatin1(l.text.mid(l.valueStart, l.valueEnd - l.valueStart));
    }
    if (!encodingFor(doc.m_encoding)) {
        bool ascii = true;
        for (char c : bytes)
            ascii = ascii && uchar(c) < 0x80;
        if (!ascii)
            return fail(VmxDocumentText::tr("The file declares the encoding \"%1\", which Plugboard cannot read.")
                            .arg(doc.m_encoding));
    }
    return doc;
}

std::optional<VmxDocument> VmxDocument::load(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = VmxDocumentText::tr("Cannot read %1: %2").arg(path, f.errorString());
        return std::nullopt;
    }
    const QByteArray bytes = f.read(kMaxFileSize + 1);
    auto doc = parse(bytes, error);
    if (!doc) {
        if (error)
            *error = VmxDocumentText::tr("%1: %2").arg(path, *error);
        return std::nullopt;
    }
    doc->m_path = path;
    doc->m_loadedHash = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
    return doc;
}

QByteArray VmxDocument::toBytes() const
{
    QByteArray out;
    for (const Line &l : m_lines)
        out += l.text + l.ending;
    return out;
}

int VmxDocument::lastIndexOf(const QByteArray &lowerKey) const
{
    for (int i = int(m_lines.size()) - 1; i >= 0; --i) {
        if (m_lines.at(i).key == lowerKey)
            return i;
    }
    return -1;
}

QString VmxDocument::decode(const QByteArray &raw) const
{
    QByteArray bytes;
    bytes.reserve(raw.size());
    for (int i = 0; i < raw.size(); ++i) {
        if (raw.at(i) == '|' && i + 2 < raw.size() && hexValue(raw.at(i + 1)) >= 0 && hexValue(raw.at(i + 2)) >= 0) {
            bytes.append(char(hexValue(raw.at(i + 1)) * 16 + hexValue(raw.at(i + 2))));
            i += 2;
        } else {
            bytes.append(raw.at(i));
        }
    }
    const auto enc = encodingFor(m_encoding);
    if (!enc)
        return QString::fromLatin1(bytes); // only ASCII files get here (checked in parse)
    QStringDecoder decoder(*enc);
    return decoder.decode(bytes);
}

std::optional<QByteArray> VmxDocument::encode(const QString &value) const
{
    const auto enc = encodingFor(m_encoding);
    QByteArray bytes;
    if (enc) {
        QStringEncoder encoder(*enc);
        bytes = encoder.encode(value);
        if (encoder.hasError())
            return std::nullopt;
    } else {
        for (const QChar c : value) {
            if (c.unicode() >= 0x80)
                return std::nullopt;
        }
        bytes = value.toLatin1();
    }
    QByteArray out;
    for (char c : bytes) {
        const uchar u = uchar(c);
        if (c == '"' || c == '|' || c == '#' || u < 0x20)
            out += '|' + QByteArray::number(u, 16).rightJustified(2, '0').toUpper();
        else
            out += c;
    }
    return out;
}

bool VmxDocument::contains(const QString &key) const
{
    return lastIndexOf(key.toLatin1().toLower()) >= 0;
}

std::optional<QString> VmxDocument::value(const QString &key) const
{
    const int i = lastIndexOf(key.toLatin1().toLower());
    if (i < 0)
        return std::nullopt;
    const Line &l = m_lines.at(i);
    return decode(l.text.mid(l.valueStart, l.valueEnd - l.valueStart));
}

bool VmxDocument::boolValue(const QString &key, bool fallback) const
{
    const auto v = value(key);
    if (!v)
        return fallback;
    const QString s = v->trimmed().toLower();
    if (s == QLatin1String("true") || s == QLatin1String("yes") || s == QLatin1String("1"))
        return true;
    if (s == QLatin1String("false") || s == QLatin1String("no") || s == QLatin1String("0"))
        return false;
    return fallback;
}

QStringList VmxDocument::keys() const
{
    QStringList out;
    QList<QByteArray> seen;
    for (const Line &l : m_lines) {
        if (l.key.isEmpty() || seen.contains(l.key))
            continue;
        seen.append(l.key);
        int i = 0;
        while (i < l.text.size() && isSpace(l.text.at(i)))
            ++i;
        out.append(QString::fromLatin1(l.text.mid(i, l.key.size())));
    }
    return out;
}

QStringList VmxDocument::keysWithPrefix(const QString &prefix) const
{
    QStringList out;
    const QString p = prefix.toLower();
    for (const QString &k : keys()) {
        if (k.toLower().startsWith(p))
            out.append(k);
    }
    return out;
}

bool VmxDocument::setValue(const QString &key, const QString &value, QString *error)
{
    const auto encoded = encode(value);
    if (!encoded) {
        if (error)
            *error
                = VmxDocumentText::tr("\"%1\" cannot be written in this file's encoding (%2).").arg(value, m_encoding);
        return false;
    }
    const QByteArray lower = key.toLatin1().toLower();
    const int i = lastIndexOf(lower);
    if (i >= 0) {
        Line &l = m_lines[i];
        const QByteArray old = l.text.mid(l.valueStart, l.valueEnd - l.valueStart);
        if (old == *encoded)
            return true;
        const bool quoted = l.valueStart > 0 && l.text.at(l.valueStart - 1) == '"';
        if (!quoted && encoded->contains(' ')) {
            // A bare value becomes quoted: rewrite the value part only.
            l.text = l.text.left(l.valueStart) + '"' + *encoded + '"' + l.text.mid(l.valueEnd);
            l.valueStart += 1;
        } else {
            l.text = l.text.left(l.valueStart) + *encoded + l.text.mid(l.valueEnd);
        }
        l.valueEnd = l.valueStart + int(encoded->size());
        m_modified = true;
        return true;
    }
    // Append in VMware's own style; make sure the previous last line is terminated first.
    if (!m_lines.isEmpty() && m_lines.last().ending.isEmpty())
        m_lines.last().ending = m_defaultEnding;
    Line l;
    l.text = key.toLatin1() + " = \"" + *encoded + '"';
    l.ending = m_defaultEnding;
    l.key = lower;
    l.valueStart = int(key.toLatin1().size()) + 4;
    l.valueEnd = l.valueStart + int(encoded->size());
    m_lines.append(l);
    m_modified = true;
    return true;
}

int VmxDocument::remove(const QString &key)
{
    const QByteArray lower = key.toLatin1().toLower();
    const int before = int(m_lines.size());
    m_lines.removeIf([&](const Line &l) {
        return l.key == lower;
    });
    const int n = before - int(m_lines.size());
    if (n)
        m_modified = true;
    return n;
}

bool VmxDocument::writeTo(const QString &path, QString *error) const
{
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    const QByteArray target = QFile::encodeName(path);
    const QByteArray dir = QFile::encodeName(QFileInfo(path).absolutePath());
    struct stat old
    {
    };
    const bool existed = ::stat(target.constData(), &old) == 0;
    QByteArray tmpl = target + ".plugboard-XXXXXX";
    const int fd = ::mkstemp(tmpl.data());
    if (fd < 0)
        return fail(
            VmxDocumentText::tr("Cannot write next to %1: %2").arg(path, QString::fromLocal8Bit(std::strerror(errno))));
    auto cleanup = [&] {
        ::close(fd);
        ::unlink(tmpl.constData());
    };
    const QByteArray bytes = toBytes();
    qint64 written = 0;
    while (written < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.constData() + written, size_t(bytes.size() - written));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            const QString why = QString::fromLocal8Bit(std::strerror(errno));
            cleanup();
            return fail(VmxDocumentText::tr("Writing %1 failed (%2); the file was not changed.").arg(path, why));
        }
        written += n;
    }
    step("written");
    if (existed) {
        // Keep the user's permissions (and ownership, where we may).
        [[maybe_unused]] const int c = ::fchmod(fd, old.st_mode & 07777);
        [[maybe_unused]] const int o = ::fchown(fd, old.st_uid, old.st_gid);
    }
    if (::fsync(fd) != 0) {
        const QString why = QString::fromLocal8Bit(std::strerror(errno));
        cleanup();
        return fail(VmxDocumentText::tr("Writing %1 failed (%2); the file was not changed.").arg(path, why));
    }
    ::close(fd);
    step("synced");
    if (existed) {
        // The backup is the previous file itself (a hard link), made before it is replaced.
        const QByteArray backup = QFile::encodeName(backupPath(path));
        ::unlink(backup.constData());
        if (::link(target.constData(), backup.constData()) != 0) {
            QFile::remove(backupPath(path));
            if (!QFile::copy(path, backupPath(path))) {
                ::unlink(tmpl.constData());
                return fail(VmxDocumentText::tr("Cannot keep a backup of %1, so it was not changed.").arg(path));
            }
        }
        step("backed-up");
    }
    if (::rename(tmpl.constData(), target.constData()) != 0) {
        const QString why = QString::fromLocal8Bit(std::strerror(errno));
        ::unlink(tmpl.constData());
        return fail(VmxDocumentText::tr("Replacing %1 failed (%2); the file was not changed.").arg(path, why));
    }
    step("renamed");
    const int dfd = ::open(dir.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dfd >= 0) {
        ::fsync(dfd);
        ::close(dfd);
    }
    return true;
}

bool VmxDocument::save(QString *error, bool force)
{
    if (m_path.isEmpty()) {
        if (error)
            *error = VmxDocumentText::tr("This document has no file to save to.");
        return false;
    }
    if (!m_modified)
        return true;
    // Compare what is on disk now with what was read: mtimes are too coarse to trust.
    QFile current(m_path);
    const bool changed = !current.open(QIODevice::ReadOnly)
        || QCryptographicHash::hash(current.read(kMaxFileSize + 1), QCryptographicHash::Sha256) != m_loadedHash;
    if (!force && !m_loadedHash.isEmpty() && changed) {
        if (error)
            *error = VmxDocumentText::tr(
                "%1 was changed by another program after Plugboard read it, so it was not overwritten. "
                "Reload it and try again.")
                         .arg(m_path);
        return false;
    }
    if (!writeTo(m_path, error))
        return false;
    m_loadedHash = QCryptographicHash::hash(toBytes(), QCryptographicHash::Sha256);
    m_modified = false;
    return true;
}

bool VmxDocument::saveAs(const QString &path, QString *error)
{
    if (!writeTo(path, error))
        return false;
    m_path = path;
    m_loadedHash = QCryptographicHash::hash(toBytes(), QCryptographicHash::Sha256);
    m_modified = false;
    return true;
}

} // namespace plugboard::vmware
