// SPDX-License-Identifier: GPL-3.0-or-later
// VmxDocument: lines are kept as bytes; only the value bytes of an edited line are replaced.
#include "vmxdocument.h"

#include "fileio.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <iconv.h>
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

// The code page a .vmx declares, as glibc's iconv names it. VMware writes the user's legacy code
// page on Windows and in old versions: ".encoding = "GBK"", "windows-949-2000", "Shift_JIS",
// "Big5", "windows-1252" …; Qt 6 converts none of them itself.
struct Codepage
{
    QByteArray iconvName; // empty: UTF-8
    int doubleByte = 0; // 0 none; 1 lead bytes 0x81-0xfe (GBK, Big5, CP949, EUC); 2 Shift_JIS's
};

std::optional<Codepage> codepageFor(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n.isEmpty() || n == QLatin1String("utf-8") || n == QLatin1String("utf8"))
        return Codepage {};
    static const QHash<QString, Codepage> known {{QStringLiteral("gbk"), {"GBK", 1}},
        {QStringLiteral("gb2312"), {"GBK", 1}}, {QStringLiteral("cp936"), {"GBK", 1}},
        {QStringLiteral("windows-936"), {"GBK", 1}}, {QStringLiteral("gb18030"), {"GB18030", 1}},
        {QStringLiteral("big5"), {"CP950", 1}}, {QStringLiteral("cp950"), {"CP950", 1}},
        {QStringLiteral("windows-950"), {"CP950", 1}}, {QStringLiteral("big5-hkscs"), {"BIG5-HKSCS", 1}},
        {QStringLiteral("windows-949-2000"), {"CP949", 1}}, {QStringLiteral("windows-949"), {"CP949", 1}},
        {QStringLiteral("cp949"), {"CP949", 1}}, {QStringLiteral("ks_c_5601-1987"), {"CP949", 1}},
        {QStringLiteral("euc-kr"), {"EUC-KR", 1}}, {QStringLiteral("euc-jp"), {"EUC-JP", 1}},
        {QStringLiteral("shift_jis"), {"CP932", 2}}, {QStringLiteral("shift-jis"), {"CP932", 2}},
        {QStringLiteral("sjis"), {"CP932", 2}}, {QStringLiteral("windows-31j"), {"CP932", 2}},
        {QStringLiteral("cp932"), {"CP932", 2}}};
    if (const auto it = known.constFind(n); it != known.constEnd())
        return *it;
    // windows-1250 … 1258, ISO-8859-*, KOI8-*: single bytes, iconv knows them by these names.
    static const QRegularExpression single(
        QStringLiteral("^(windows-(125\\d)|cp125\\d|iso-?8859-\\d+|latin-?1|koi8-[ru])$"));
    if (const auto m = single.match(n); m.hasMatch()) {
        const QByteArray in = m.captured(2).isEmpty() ? n.toLatin1() : QByteArray("CP") + m.captured(2).toLatin1();
        const QByteArray iconvName = in == "latin1" || in == "latin-1" ? QByteArray("ISO-8859-1") : in.toUpper();
        iconv_t probe = ::iconv_open("UTF-8", iconvName.constData());
        if (probe != iconv_t(-1)) {
            ::iconv_close(probe);
            return Codepage {iconvName, 0};
        }
    }
    return std::nullopt;
}

bool isLeadByte(const Codepage &cp, uchar b)
{
    if (cp.doubleByte == 1)
        return b >= 0x81 && b <= 0xfe;
    if (cp.doubleByte == 2)
        return (b >= 0x81 && b <= 0x9f) || (b >= 0xe0 && b <= 0xfc);
    return false;
}

// iconv over the whole text; nullopt when a character cannot be converted (strict both ways).
std::optional<QByteArray> convert(const QByteArray &in, const char *to, const char *from)
{
    iconv_t cd = ::iconv_open(to, from);
    if (cd == iconv_t(-1))
        return std::nullopt;
    QByteArray out(in.size() * 4 + 16, '\0');
    char *src = const_cast<char *>(in.constData());
    size_t srcLeft = size_t(in.size());
    char *dst = out.data();
    size_t dstLeft = size_t(out.size());
    const size_t rc = ::iconv(cd, &src, &srcLeft, &dst, &dstLeft);
    const bool ok = rc != size_t(-1) && ::iconv(cd, nullptr, nullptr, &dst, &dstLeft) != size_t(-1);
    ::iconv_close(cd);
    if (!ok)
        return std::nullopt;
    out.truncate(out.size() - qsizetype(dstLeft));
    return out;
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
    doc.m_encrypted = doc.lastIndexOf("encryption.keysafe") >= 0 || doc.lastIndexOf("encryption.data") >= 0;
    if (!codepageFor(doc.m_encoding)) {
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
    // A FIFO or device named .vmx is refused before it is opened: reading it would block.
    QString why;
    const auto read = fileio::readRegularFile(path, kMaxFileSize, &why);
    if (!read) {
        if (error)
            *error = why;
        return std::nullopt;
    }
    const QByteArray &bytes = *read;
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
    const auto cp = codepageFor(m_encoding);
    QByteArray bytes;
    bytes.reserve(raw.size());
    for (int i = 0; i < raw.size(); ++i) {
        // The trail byte of a double-byte character may be '|': it is no escape.
        if (cp && isLeadByte(*cp, uchar(raw.at(i))) && i + 1 < raw.size()) {
            bytes.append(raw.mid(i, 2));
            ++i;
        } else if (raw.at(i) == '|' && i + 2 < raw.size() && hexValue(raw.at(i + 1)) >= 0
            && hexValue(raw.at(i + 2)) >= 0) {
            bytes.append(char(hexValue(raw.at(i + 1)) * 16 + hexValue(raw.at(i + 2))));
            i += 2;
        } else {
            bytes.append(raw.at(i));
        }
    }
    if (!cp)
        return QString::fromLatin1(bytes); // only ASCII files get here (checked in parse)
    if (cp->iconvName.isEmpty())
        return QString::fromUtf8(bytes);
    if (const auto utf8 = convert(bytes, "UTF-8", cp->iconvName.constData()))
        return QString::fromUtf8(*utf8);
    // Not valid in its own code page (a hand edit): shown byte by byte rather than not at all.
    return QString::fromLatin1(bytes);
}

std::optional<QByteArray> VmxDocument::encode(const QString &value) const
{
    const auto cp = codepageFor(m_encoding);
    QByteArray bytes;
    if (!cp) {
        for (const QChar c : value) {
            if (c.unicode() >= 0x80)
                return std::nullopt;
        }
        bytes = value.toLatin1();
    } else if (cp->iconvName.isEmpty()) {
        bytes = value.toUtf8();
    } else {
        const auto b = convert(value.toUtf8(), cp->iconvName.constData(), "UTF-8");
        if (!b)
            return std::nullopt; // a character the file's code page does not have
        bytes = *b;
    }
    QByteArray out;
    for (int i = 0; i < bytes.size(); ++i) {
        const char c = bytes.at(i);
        const uchar u = uchar(c);
        if (cp && isLeadByte(*cp, u) && i + 1 < bytes.size()) {
            out += bytes.mid(i, 2);
            ++i;
        } else if (c == '"' || c == '|' || c == '#' || u < 0x20) {
            out += '|' + QByteArray::number(u, 16).rightJustified(2, '0').toUpper();
        } else {
            out += c;
        }
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
    // Append in VMware's own style. A last line without a line ending stays last and byte-identical:
    // the new line goes before it.
    const bool unterminated = !m_lines.isEmpty() && m_lines.last().ending.isEmpty();
    Line l;
    l.text = key.toLatin1() + " = \"" + *encoded + '"';
    l.ending = m_defaultEnding;
    l.key = lower;
    l.valueStart = int(key.toLatin1().size()) + 4;
    l.valueEnd = l.valueStart + int(encoded->size());
    if (unterminated)
        m_lines.insert(m_lines.size() - 1, l);
    else
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

bool VmxDocument::writeTo(const QString &path, QString *error, const QByteArray &expected) const
{
    fileio::ReplaceOptions o;
    o.backupPath = backupPath(QFileInfo(path).isSymLink() ? QFileInfo(path).canonicalFilePath() : path);
    o.step = g_saveHook;
    o.beforeRename = [&](QString *why) {
        // Checked again at the last moment: lines another program appended meanwhile would be lost.
        if (!expected.isEmpty()) {
            const auto now = fileio::readRegularFile(path, kMaxFileSize + 1, nullptr);
            if (!now || QCryptographicHash::hash(*now, QCryptographicHash::Sha256) != expected) {
                *why = VmxDocumentText::tr("%1 was changed by another program while Plugboard wrote it, so it was not "
                                           "overwritten. Reload it and try again.")
                           .arg(path);
                return false;
            }
        }
        if (isLockedByVmware(path)) {
            *why = VmxDocumentText::tr(
                "VMware has %1 open (its .lck folder holds locks): VMware rewrites it when the VM "
                "stops, so Plugboard does not change it now. Shut the VM down and try again.")
                       .arg(path);
            return false;
        }
        return true;
    };
    return fileio::replaceFile(path, toBytes(), error, o);
}

bool VmxDocument::isLockedByVmware(const QString &path)
{
    // VMware keeps FILE.vmx.lck/ with one *.lck file per process that has the VM open.
    const QDir lck(path + QStringLiteral(".lck"));
    return lck.exists() && !lck.entryList({QStringLiteral("*.lck")}, QDir::Files | QDir::Hidden).isEmpty();
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
    if (m_encrypted) {
        if (error)
            *error
                = VmxDocumentText::tr("%1 is an encrypted virtual machine: its USB settings are inside the encrypted "
                                      "part, and keys written beside it would be ignored or leak. Change them in "
                                      "VMware with the VM's password.")
                      .arg(m_path);
        return false;
    }
    // One writer at a time among Plugboard's (the window, the agent, the command line).
    const fileio::WriteLock lock(m_path);
    if (!lock.isLocked()) {
        if (error)
            *error = lock.error();
        return false;
    }
    fileio::removeLeftovers(m_path);
    // Compare what is on disk now with what was read: mtimes are too coarse to trust.
    const auto current = fileio::readRegularFile(m_path, kMaxFileSize + 1, nullptr);
    const bool changed = !current || QCryptographicHash::hash(*current, QCryptographicHash::Sha256) != m_loadedHash;
    if (!force && !m_loadedHash.isEmpty() && changed) {
        if (error)
            *error = VmxDocumentText::tr(
                "%1 was changed by another program after Plugboard read it, so it was not overwritten. "
                "Reload it and try again.")
                         .arg(m_path);
        return false;
    }
    if (!writeTo(m_path, error, force ? QByteArray() : m_loadedHash))
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
