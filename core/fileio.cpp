// SPDX-License-Identifier: GPL-3.0-or-later
// fileio: plain POSIX calls with every result checked; Qt only for paths and the user's sentences.
#include "fileio.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QThread>

#include <cerrno>
#include <cstring>

#include <dirent.h>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace plugboard::fileio {

namespace {
// The context lupdate records for this file's sentences (Q_DECLARE_TR_FUNCTIONS names it).
class FileIoText
{
    Q_DECLARE_TR_FUNCTIONS(plugboard::fileio::FileIo)
};

QString why(int err = errno)
{
    return QString::fromLocal8Bit(std::strerror(err));
}

constexpr const char *kTempInfix = ".plugboard-tmp-";

// Writes all of `data` to `fd`; false on a failed or short write (errno set).
bool writeAll(int fd, const QByteArray &data)
{
    qint64 done = 0;
    while (done < data.size()) {
        const ssize_t n = ::write(fd, data.constData() + done, size_t(data.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            if (n == 0)
                errno = ENOSPC;
            return false;
        }
        done += n;
    }
    return true;
}

QString kindOf(mode_t m)
{
    if (S_ISFIFO(m))
        return FileIoText::tr("a named pipe (FIFO)");
    if (S_ISSOCK(m))
        return FileIoText::tr("a socket");
    if (S_ISCHR(m) || S_ISBLK(m))
        return FileIoText::tr("a device");
    if (S_ISDIR(m))
        return FileIoText::tr("a folder");
    return FileIoText::tr("not a regular file");
}
} // namespace

bool isRegularOrAbsent(const QString &path, QString *error)
{
    struct stat st
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return errno == ENOENT;
    if (S_ISREG(st.st_mode))
        return true;
    if (error)
        *error = FileIoText::tr("%1 is %2, not a file; it was not opened.").arg(path, kindOf(st.st_mode));
    return false;
}

std::optional<QByteArray> readRegularFile(const QString &path, qint64 maxBytes, QString *error)
{
    auto fail = [&](const QString &text) -> std::optional<QByteArray> {
        if (error)
            *error = text;
        return std::nullopt;
    };
    QString notFile;
    if (!isRegularOrAbsent(path, &notFile))
        return fail(notFile);
    // O_NONBLOCK: should the file be swapped for a FIFO after the check, open does not hang.
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0)
        return fail(FileIoText::tr("Cannot read %1: %2").arg(path, why()));
    struct stat st
    {
    };
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        ::close(fd);
        return fail(FileIoText::tr("%1 is %2, not a file; it was not read.").arg(path, kindOf(st.st_mode)));
    }
    if (st.st_size > maxBytes) {
        ::close(fd);
        return fail(FileIoText::tr("%1 is %2 bytes long, more than the %3 bytes such a file can be.")
                        .arg(path)
                        .arg(st.st_size)
                        .arg(maxBytes));
    }
    QByteArray out;
    char buf[65536];
    for (;;) {
        const ssize_t n = ::read(fd, buf, sizeof buf);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            const int e = errno;
            ::close(fd);
            return fail(FileIoText::tr("Cannot read %1: %2").arg(path, why(e)));
        }
        if (n == 0)
            break;
        if (out.size() + n > maxBytes) {
            ::close(fd);
            return fail(FileIoText::tr("%1 grew past %2 bytes while it was read.").arg(path).arg(maxBytes));
        }
        out.append(buf, n);
    }
    ::close(fd);
    return out;
}

bool replaceFile(const QString &path, const QByteArray &data, QString *error, const ReplaceOptions &options)
{
    auto fail = [&](const QString &text) {
        if (error)
            *error = text;
        return false;
    };
    // A link is kept: the file it leads to is what gets replaced (a .vmx linked from elsewhere).
    QString target = path;
    if (QFileInfo(path).isSymLink()) {
        target = QFileInfo(path).canonicalFilePath();
        if (target.isEmpty())
            return fail(FileIoText::tr("%1 is a link to a file that does not exist.").arg(path));
    }
    const QByteArray t = QFile::encodeName(target);
    const QByteArray dir = QFile::encodeName(QFileInfo(target).absolutePath());
    struct stat old
    {
    };
    const bool existed = ::stat(t.constData(), &old) == 0;
    if (existed && !S_ISREG(old.st_mode))
        return fail(FileIoText::tr("%1 is %2, not a file; it was not replaced.").arg(path, kindOf(old.st_mode)));
    // A new file would belong to this user: refuse rather than take someone else's file over.
    if (existed && old.st_uid != ::geteuid() && ::geteuid() != 0)
        return fail(
            FileIoText::tr("%1 belongs to another user (uid %2); replacing it would make it yours, so it was not "
                           "changed. Ask its owner, or copy it.")
                .arg(path)
                .arg(old.st_uid));
    QByteArray tmpl = t + kTempInfix + "XXXXXX";
    const int fd = ::mkostemp(tmpl.data(), O_CLOEXEC);
    if (fd < 0)
        return fail(FileIoText::tr("Cannot write next to %1: %2. Nothing was changed.").arg(path, why()));
    auto abandon = [&](const QString &text) {
        ::close(fd);
        ::unlink(tmpl.constData());
        return fail(text);
    };
    if (!writeAll(fd, data))
        return abandon(FileIoText::tr("Writing %1 failed: %2. The previous file is unchanged.").arg(path, why()));
    const mode_t mode = existed ? (old.st_mode & 07777) : options.newFileMode;
    if (::fchmod(fd, mode) != 0)
        return abandon(FileIoText::tr("Cannot set the permissions of %1: %2. Nothing was changed.").arg(path, why()));
    if (existed && (old.st_uid != ::geteuid() || old.st_gid != ::getegid()) && ::fchown(fd, old.st_uid, old.st_gid) != 0
        && old.st_uid != ::geteuid())
        return abandon(FileIoText::tr("Cannot keep the owner of %1: %2. Nothing was changed.").arg(path, why()));
    if (options.step)
        options.step("written");
    if (::fsync(fd) != 0)
        return abandon(FileIoText::tr("Writing %1 failed: %2. The previous file is unchanged.").arg(path, why()));
    if (options.step)
        options.step("synced");
    if (::close(fd) != 0) {
        const int e = errno;
        ::unlink(tmpl.constData());
        return fail(FileIoText::tr("Writing %1 failed: %2. The previous file is unchanged.").arg(path, why(e)));
    }
    if (existed && !options.backupPath.isEmpty()) {
        // The backup is the previous file itself (a hard link), made before it is replaced.
        const QByteArray backup = QFile::encodeName(options.backupPath);
        ::unlink(backup.constData());
        if (::link(t.constData(), backup.constData()) != 0) {
            const auto bytes = readRegularFile(target, 64 * 1024 * 1024, nullptr);
            QString ignored;
            if (!bytes || !replaceFile(options.backupPath, *bytes, &ignored)) {
                ::unlink(tmpl.constData());
                return fail(FileIoText::tr("Cannot keep a backup of %1, so it was not changed.").arg(path));
            }
        }
        if (options.step)
            options.step("backed-up");
    }
    QString refusal;
    if (options.beforeRename && !options.beforeRename(&refusal)) {
        ::unlink(tmpl.constData());
        return fail(refusal);
    }
    if (::rename(tmpl.constData(), t.constData()) != 0) {
        const int e = errno;
        ::unlink(tmpl.constData());
        return fail(FileIoText::tr("Replacing %1 failed: %2. The previous file is unchanged.").arg(path, why(e)));
    }
    if (options.step)
        options.step("renamed");
    const int dfd = ::open(dir.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dfd >= 0) {
        const int rc = ::fsync(dfd);
        ::close(dfd);
        if (rc != 0)
            return fail(FileIoText::tr("%1 was replaced, but its folder could not be synced: %2.").arg(path, why()));
    }
    return true;
}

int removeLeftovers(const QString &path)
{
    const QFileInfo fi(QFileInfo(path).isSymLink() ? QFileInfo(path).canonicalFilePath() : path);
    QDir dir(fi.absolutePath());
    int n = 0;
    const QString prefix = fi.fileName() + QLatin1String(kTempInfix);
    for (const QString &name : dir.entryList({prefix + QLatin1Char('*')}, QDir::Files | QDir::Hidden | QDir::System)) {
        // Exactly mkostemp's six characters: never a file of someone else's that merely starts so.
        if (name.size() == prefix.size() + 6 && QFileInfo(dir.filePath(name)).ownerId() == ::geteuid())
            n += QFile::remove(dir.filePath(name)) ? 1 : 0;
    }
    return n;
}

bool isPrivateFolder(const QString &path, QString *error)
{
    struct stat st
    {
    };
    if (::lstat(QFile::encodeName(path).constData(), &st) != 0) {
        *error = FileIoText::tr("Cannot use %1: %2").arg(path, why());
        return false;
    }
    if (!S_ISDIR(st.st_mode)) {
        *error = S_ISLNK(st.st_mode) ? FileIoText::tr("%1 is a link, not a folder; it could lead anywhere.").arg(path)
                                     : FileIoText::tr("%1 is not a folder.").arg(path);
        return false;
    }
    if (st.st_uid != ::getuid()) {
        *error = FileIoText::tr("%1 belongs to user %2, not to you (%3); another user could hold or read what "
                                "Plugboard keeps there. Remove it or set XDG_RUNTIME_DIR to a folder of your own.")
                     .arg(path)
                     .arg(st.st_uid)
                     .arg(::getuid());
        return false;
    }
    if ((st.st_mode & 077) != 0) {
        *error = FileIoText::tr("%1 can be entered by other users (mode %2); it must be 0700.")
                     .arg(path, QString::number(st.st_mode & 07777, 8));
        return false;
    }
    return true;
}

QString privateRuntimeDir(QString *error)
{
    QString ignored;
    QString &why_ = error ? *error : ignored;
    const QString xdg = qEnvironmentVariable("XDG_RUNTIME_DIR");
    QString xdgWhy;
    if (!xdg.isEmpty() && QFileInfo(xdg).isAbsolute() && isPrivateFolder(xdg, &xdgWhy))
        return xdg;
    const QString dir = QDir::tempPath() + QStringLiteral("/plugboard-%1").arg(::getuid());
    if (::mkdir(QFile::encodeName(dir).constData(), 0700) != 0 && errno != EEXIST) {
        why_ = FileIoText::tr("Cannot create %1: %2").arg(dir, why());
        return {};
    }
    if (!isPrivateFolder(dir, &why_))
        return {};
    return dir;
}

WriteLock::WriteLock(const QString &path, int timeoutMs)
{
    const QString lockPath = path + QStringLiteral(".lock");
    QDir().mkpath(QFileInfo(lockPath).absolutePath());
    const int fd = ::open(QFile::encodeName(lockPath).constData(), O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0600);
    if (fd < 0) {
        m_error = FileIoText::tr("Cannot lock %1 for writing (%2); the file was not changed.").arg(path, why());
        return;
    }
    for (int waited = 0;; waited += 50) {
        if (::flock(fd, LOCK_EX | LOCK_NB) == 0) {
            m_fd = fd;
            return;
        }
        if (errno != EWOULDBLOCK || waited >= timeoutMs)
            break;
        QThread::msleep(50);
    }
    m_error = FileIoText::tr("%1 is being changed by another Plugboard process (the window, the agent or a command); "
                             "try again in a moment.")
                  .arg(path);
    ::close(fd);
}

WriteLock::~WriteLock()
{
    if (m_fd >= 0)
        ::close(m_fd); // releases the lock
}

bool NewTree::open(const QString &dir, QString *error)
{
    m_path = QDir::cleanPath(QFileInfo(dir).absoluteFilePath());
    const QByteArray d = QFile::encodeName(m_path);
    auto fail = [&](const QString &text) {
        *error = text;
        return false;
    };
    if (::mkdir(d.constData(), 0700) != 0 && errno != EEXIST)
        return fail(FileIoText::tr("Cannot create %1: %2").arg(m_path, why()));
    m_root = ::open(d.constData(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (m_root < 0)
        return fail(errno == ELOOP || errno == ENOTDIR
                ? FileIoText::tr("%1 is a link or not a folder; a bundle goes into a new or empty folder of yours.")
                      .arg(m_path)
                : FileIoText::tr("Cannot open %1: %2").arg(m_path, why()));
    struct stat st
    {
    };
    if (::fstat(m_root, &st) != 0 || st.st_uid != ::geteuid())
        return fail(
            FileIoText::tr("%1 belongs to another user; a bundle goes into a new folder or an empty one of yours.")
                .arg(m_path));
    DIR *listing = ::fdopendir(::dup(m_root));
    bool empty = true;
    if (listing) {
        while (const dirent *e = ::readdir(listing))
            empty = empty && (std::strcmp(e->d_name, ".") == 0 || std::strcmp(e->d_name, "..") == 0);
        ::closedir(listing);
    }
    if (!empty)
        return fail(FileIoText::tr("%1 is not empty; a bundle goes into a new or empty directory.").arg(m_path));
    // Nobody else may add anything while it is written (it was perhaps created open to all).
    if (::fchmod(m_root, 0700) != 0)
        return fail(FileIoText::tr("Cannot restrict %1 to you: %2").arg(m_path, why()));
    return true;
}

NewTree::~NewTree()
{
    if (m_root >= 0)
        ::close(m_root);
}

int NewTree::folder(const QString &rel, bool create)
{
    int fd = ::dup(m_root);
    for (const QString &part : rel.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        if (fd < 0)
            return -1;
        const QByteArray name = QFile::encodeName(part);
        if (part == QLatin1String("..") || part == QLatin1String(".")) {
            ::close(fd);
            errno = EINVAL;
            return -1;
        }
        if (create && ::mkdirat(fd, name.constData(), 0700) != 0 && errno != EEXIST) {
            ::close(fd);
            return -1;
        }
        const int next = ::openat(fd, name.constData(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
        ::close(fd);
        fd = next;
    }
    return fd;
}

bool NewTree::mkdirs(const QString &rel)
{
    const int fd = folder(rel, true);
    if (fd < 0) {
        m_error = FileIoText::tr("Cannot create %1/%2: %3").arg(m_path, rel, why());
        return false;
    }
    ::close(fd);
    return true;
}

bool NewTree::write(const QString &rel, const QByteArray &data)
{
    const int slash = int(rel.lastIndexOf(QLatin1Char('/')));
    const int dir = folder(slash < 0 ? QString() : rel.left(slash), true);
    const QByteArray name = QFile::encodeName(rel.mid(slash + 1));
    const int fd
        = dir < 0 ? -1 : ::openat(dir, name.constData(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
    const int openErr = errno;
    if (dir >= 0)
        ::close(dir);
    if (fd < 0) {
        m_error = FileIoText::tr("Cannot write %1/%2: %3").arg(m_path, rel, why(openErr));
        return false;
    }
    const bool ok = writeAll(fd, data);
    const int writeErr = errno;
    if (::close(fd) != 0 || !ok) {
        m_error = FileIoText::tr("Cannot write %1/%2: %3").arg(m_path, rel, why(ok ? errno : writeErr));
        return false;
    }
    return true;
}

bool NewTree::symlink(const QString &rel, const QByteArray &target)
{
    const int slash = int(rel.lastIndexOf(QLatin1Char('/')));
    const int dir = folder(slash < 0 ? QString() : rel.left(slash), true);
    const QByteArray name = QFile::encodeName(rel.mid(slash + 1));
    const bool ok = dir >= 0 && ::symlinkat(target.constData(), dir, name.constData()) == 0;
    const int e = errno;
    if (dir >= 0)
        ::close(dir);
    if (!ok)
        m_error = FileIoText::tr("Cannot write %1/%2: %3").arg(m_path, rel, why(e));
    return ok;
}

bool NewTree::sync()
{
    if (m_root >= 0 && ::syncfs(m_root) != 0) {
        m_error = FileIoText::tr("Writing to %1 failed: %2").arg(m_path, why());
        return false;
    }
    return true;
}

} // namespace plugboard::fileio
