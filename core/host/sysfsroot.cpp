// SPDX-License-Identifier: GPL-3.0-or-later
// Root-prefixed reading of sysfs and other host files.
#include "sysfsroot.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace plugboard::host {

SysfsRoot::SysfsRoot(QString rootDir)
    : m_root(QDir::cleanPath(rootDir.isEmpty() ? QStringLiteral("/") : rootDir))
{
}

bool SysfsRoot::exists() const
{
    return QFileInfo(m_root).isDir();
}

QString SysfsRoot::absolute(const QString &rel) const
{
    if (m_root == QLatin1String("/"))
        return QLatin1Char('/') + rel;
    return m_root + QLatin1Char('/') + rel;
}

std::optional<QByteArray> SysfsRoot::readBytes(const QString &rel, qint64 maxSize) const
{
    const QByteArray abs = QFile::encodeName(absolute(rel));
    const int fd = ::open(abs.constData(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0)
        return std::nullopt;
    // sysfs files report a size of 4096 whatever they hold: read until EOF.
    QByteArray data;
    char buf[4096];
    bool failed = false;
    while (data.size() < maxSize) {
        const ssize_t n = ::read(fd, buf, sizeof buf);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            failed = true; // EISDIR, EIO from a vanished device, EAGAIN from a FIFO ...
            break;
        }
        if (n == 0)
            break;
        data.append(buf, n);
    }
    ::close(fd);
    if (failed)
        return std::nullopt;
    if (data.size() > maxSize)
        data.truncate(maxSize);
    return data;
}

std::optional<QString> SysfsRoot::readText(const QString &rel) const
{
    const auto bytes = readBytes(rel);
    if (!bytes)
        return std::nullopt;
    return QString::fromUtf8(*bytes);
}

std::optional<QString> SysfsRoot::resolveLink(const QString &rel) const
{
    // Resolve component by component so that no intermediate link can lead outside the root.
    QStringList pending = QDir::cleanPath(rel).split(QLatin1Char('/'), Qt::SkipEmptyParts);
    QStringList done;
    int hops = 0;
    while (!pending.isEmpty()) {
        const QString part = pending.takeFirst();
        if (part == QLatin1String("."))
            continue;
        if (part == QLatin1String("..")) {
            if (done.isEmpty())
                return std::nullopt; // leads out of the root
            done.removeLast();
            continue;
        }
        done.append(part);
        const QByteArray abs = QFile::encodeName(absolute(done.join(QLatin1Char('/'))));
        char target[4096];
        const ssize_t n = ::readlink(abs.constData(), target, sizeof target - 1);
        if (n < 0)
            continue; // not a link, or missing: the caller checks existence
        if (++hops > 40)
            return std::nullopt; // a loop (the kernel's limit for a whole path)
        target[n] = '\0';
        const QString t = QFile::decodeName(target);
        done.removeLast();
        if (t.startsWith(QLatin1Char('/')))
            done.clear(); // an absolute link names a path of the machine it came from: map it into the root
        pending = t.split(QLatin1Char('/'), Qt::SkipEmptyParts) + pending;
    }
    return done.join(QLatin1Char('/'));
}

QString SysfsRoot::linkName(const QString &rel) const
{
    const QByteArray abs = QFile::encodeName(absolute(rel));
    char target[4096];
    const ssize_t n = ::readlink(abs.constData(), target, sizeof target - 1);
    if (n <= 0)
        return {};
    target[n] = '\0';
    QString t = QFile::decodeName(target);
    while (t.endsWith(QLatin1Char('/')))
        t.chop(1);
    return t.mid(t.lastIndexOf(QLatin1Char('/')) + 1);
}

QStringList SysfsRoot::entries(const QString &rel) const
{
    QStringList out;
    const QByteArray abs = QFile::encodeName(absolute(rel));
    DIR *d = ::opendir(abs.constData());
    if (!d)
        return out;
    while (const dirent *e = ::readdir(d)) {
        if (e->d_name[0] == '.' && (e->d_name[1] == '\0' || (e->d_name[1] == '.' && e->d_name[2] == '\0')))
            continue;
        out.append(QFile::decodeName(e->d_name));
    }
    ::closedir(d);
    out.sort();
    return out;
}

bool SysfsRoot::isDir(const QString &rel) const
{
    struct stat st;
    const QByteArray abs = QFile::encodeName(absolute(rel));
    return ::lstat(abs.constData(), &st) == 0 && S_ISDIR(st.st_mode);
}

bool SysfsRoot::isSymLink(const QString &rel) const
{
    struct stat st;
    const QByteArray abs = QFile::encodeName(absolute(rel));
    return ::lstat(abs.constData(), &st) == 0 && S_ISLNK(st.st_mode);
}

} // namespace plugboard::host
