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

namespace {
// Reads a whole attribute from an open file descriptor, which it closes.
std::optional<QByteArray> readAllAndClose(int fd, qint64 maxSize)
{
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
        // A short read is the end: sysfs returns an attribute in one read, regular files too.
        if (size_t(n) < sizeof buf)
            break;
    }
    ::close(fd);
    if (failed)
        return std::nullopt;
    if (data.size() > maxSize)
        data.truncate(maxSize);
    return data;
}

QString lastComponent(const char *target, ssize_t n)
{
    QString t = QFile::decodeName(QByteArray(target, n));
    while (t.endsWith(QLatin1Char('/')))
        t.chop(1);
    return t.mid(t.lastIndexOf(QLatin1Char('/')) + 1);
}
} // namespace

QString SysfsRoot::inside(const QString &rel, bool followLast) const
{
    if (isLiveHost())
        return absolute(rel); // the kernel's own sysfs: its links are the truth, and this is the hot path
    // A copied tree or a bundle: every link on the way is resolved inside the root by hand, so a
    // link planted to lead out (a device folder, an attribute) reads nothing.
    const QString clean = QDir::cleanPath(rel);
    const int slash = int(clean.lastIndexOf(QLatin1Char('/')));
    const QString parent = slash < 0 ? QString() : clean.left(slash);
    const QString name = clean.mid(slash + 1);
    if (name == QLatin1String(".."))
        return {};
    const auto dir = parent.isEmpty() ? std::optional<QString>(QString()) : resolveLink(parent);
    if (!dir)
        return {};
    const QString joined = dir->isEmpty() ? name : *dir + QLatin1Char('/') + name;
    if (!followLast)
        return absolute(joined);
    const auto full = resolveLink(joined);
    return full ? absolute(*full) : QString();
}

std::optional<QByteArray> SysfsRoot::readBytes(const QString &rel, qint64 maxSize) const
{
    const QString path = inside(rel, true);
    if (path.isEmpty())
        return std::nullopt;
    const QByteArray abs = QFile::encodeName(path);
    return readAllAndClose(::open(abs.constData(), O_RDONLY | O_CLOEXEC | O_NONBLOCK), maxSize);
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
    const QString path = inside(rel, false);
    if (path.isEmpty())
        return {};
    const QByteArray abs = QFile::encodeName(path);
    char target[4096];
    const ssize_t n = ::readlink(abs.constData(), target, sizeof target);
    return n > 0 ? lastComponent(target, n) : QString();
}

QStringList SysfsRoot::entries(const QString &rel) const
{
    QStringList out;
    const QString path = inside(rel, true);
    if (path.isEmpty())
        return out;
    const QByteArray abs = QFile::encodeName(path);
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
    const QString path = inside(rel, false);
    const QByteArray abs = QFile::encodeName(path);
    if (path.isEmpty())
        return false;
    return ::lstat(abs.constData(), &st) == 0 && S_ISDIR(st.st_mode);
}

bool SysfsRoot::isSymLink(const QString &rel) const
{
    struct stat st;
    const QString path = inside(rel, false);
    const QByteArray abs = QFile::encodeName(path);
    if (path.isEmpty())
        return false;
    return ::lstat(abs.constData(), &st) == 0 && S_ISLNK(st.st_mode);
}

SysfsDir::SysfsDir(const SysfsRoot &root, const QString &rel)
{
    const QString path = root.inside(rel, true);
    if (path.isEmpty())
        return;
    const QByteArray abs = QFile::encodeName(path);
    m_fd = ::open(abs.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
}

SysfsDir::~SysfsDir()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

std::optional<QByteArray> SysfsDir::readBytes(const char *name, qint64 maxSize) const
{
    if (m_fd < 0)
        return std::nullopt;
    // Attributes are never symlinks: refusing one keeps a copied tree or bundle from pointing
    // a read outside itself.
    return readAllAndClose(::openat(m_fd, name, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOFOLLOW), maxSize);
}

std::optional<QString> SysfsDir::readText(const char *name) const
{
    const auto bytes = readBytes(name);
    if (!bytes)
        return std::nullopt;
    return QString::fromUtf8(*bytes);
}

QString SysfsDir::linkName(const char *name) const
{
    if (m_fd < 0)
        return {};
    char target[4096];
    const ssize_t n = ::readlinkat(m_fd, name, target, sizeof target);
    return n > 0 ? lastComponent(target, n) : QString();
}

} // namespace plugboard::host
