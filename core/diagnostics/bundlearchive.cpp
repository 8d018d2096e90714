// SPDX-License-Identifier: GPL-3.0-or-later
// Bundle archives through libarchive: each entry's type, path and size checked before anything of
// it reaches the disk, and written only through fileio::NewTree (O_EXCL, no link followed).
#include "bundlearchive.h"
#include "logging.h"

#include "fileio.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <archive.h>
#include <archive_entry.h>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace plugboard::diagnostics {

namespace {
// The context lupdate records for this file's sentences (Q_DECLARE_TR_FUNCTIONS names it).
class ArchiveText
{
    Q_DECLARE_TR_FUNCTIONS(plugboard::diagnostics::BundleArchive)
};

// A path inside the archive, cleaned; empty when it is absolute or climbs out.
QString insidePath(const QString &raw)
{
    if (raw.startsWith(QLatin1Char('/')))
        return {};
    QStringList out;
    for (const QString &part : raw.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        if (part == QLatin1String("."))
            continue;
        if (part == QLatin1String("..")) {
            if (out.isEmpty())
                return {};
            out.removeLast();
            continue;
        }
        out.append(part);
    }
    return out.join(QLatin1Char('/'));
}

QString entryKind(mode_t type)
{
    switch (type) {
    case AE_IFCHR:
    case AE_IFBLK:
        return ArchiveText::tr("a device node");
    case AE_IFIFO:
        return ArchiveText::tr("a named pipe");
    case AE_IFSOCK:
        return ArchiveText::tr("a socket");
    default:
        return ArchiveText::tr("an entry of an unknown kind");
    }
}

void empty(const QString &dir)
{
    QDir d(dir);
    for (const QString &name : d.entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System)) {
        const QString p = d.filePath(name);
        if (QFileInfo(p).isDir() && !QFileInfo(p).isSymLink())
            QDir(p).removeRecursively();
        else
            QFile::remove(p);
    }
}
} // namespace

bool unpackBundle(const QString &archivePath, const QString &into, QString *error, const ArchiveLimits &limits)
{
    struct archive *a = archive_read_new();
    archive_read_support_filter_all(a);
    archive_read_support_format_all(a);
    fileio::NewTree tree;
    QString problem;
    auto refuse = [&](const QString &why) {
        problem = why;
        return false;
    };
    auto run = [&]() -> bool {
        if (archive_read_open_filename(a, QFile::encodeName(archivePath).constData(), 65536) != ARCHIVE_OK)
            return refuse(ArchiveText::tr("%1 is not a readable archive: %2")
                              .arg(archivePath, QString::fromUtf8(archive_error_string(a))));
        if (!tree.open(into, &problem))
            return false;
        qint64 total = 0;
        int entries = 0;
        struct archive_entry *e = nullptr;
        for (;;) {
            const int rc = archive_read_next_header(a, &e);
            if (rc == ARCHIVE_EOF)
                return true;
            if (rc != ARCHIVE_OK && rc != ARCHIVE_WARN)
                return refuse(
                    ArchiveText::tr("%1 is damaged: %2").arg(archivePath, QString::fromUtf8(archive_error_string(a))));
            if (++entries > limits.maxEntries)
                return refuse(ArchiveText::tr("%1 holds more than %2 entries; a bundle has far fewer.")
                                  .arg(archivePath)
                                  .arg(limits.maxEntries));
            const char *name = archive_entry_pathname_utf8(e);
            const QString raw = name ? QString::fromUtf8(name) : QFile::decodeName(archive_entry_pathname(e));
            const QString path = insidePath(raw);
            if (path.isEmpty()) {
                if (insidePath(raw + QStringLiteral("/x")) == QLatin1String("x"))
                    continue; // "." or "./": the top itself
                return refuse(ArchiveText::tr("%1 holds \"%2\", a path outside the bundle.").arg(archivePath, raw));
            }
            if (archive_entry_hardlink(e))
                return refuse(
                    ArchiveText::tr("%1 holds a hard link (\"%2\"); bundles have none.").arg(archivePath, raw));
            const mode_t type = archive_entry_filetype(e);
            if (type == AE_IFDIR) {
                if (!tree.mkdirs(path))
                    return refuse(tree.error());
            } else if (type == AE_IFLNK) {
                const QString target = QFile::decodeName(archive_entry_symlink(e));
                const QString parent
                    = path.contains(QLatin1Char('/')) ? path.left(path.lastIndexOf(QLatin1Char('/'))) : QString();
                if (target.isEmpty()
                    || insidePath(parent.isEmpty() ? target : parent + QLatin1Char('/') + target).isEmpty())
                    return refuse(ArchiveText::tr("%1 holds a link \"%2\" that leads outside the bundle (%3).")
                                      .arg(archivePath, raw, target));
                if (!tree.symlink(path, QFile::encodeName(target)))
                    return refuse(tree.error());
            } else if (type == AE_IFREG) {
                if (archive_entry_size_is_set(e) && archive_entry_size(e) > limits.maxFileBytes)
                    return refuse(ArchiveText::tr("%1 holds \"%2\" of %3 bytes, more than a bundle's file can be.")
                                      .arg(archivePath, raw)
                                      .arg(archive_entry_size(e)));
                QByteArray data;
                char buf[65536];
                for (;;) {
                    const la_ssize_t n = archive_read_data(a, buf, sizeof buf);
                    if (n == 0)
                        break;
                    if (n < 0)
                        return refuse(ArchiveText::tr("%1 is damaged: %2")
                                          .arg(archivePath, QString::fromUtf8(archive_error_string(a))));
                    total += n;
                    if (data.size() + n > limits.maxFileBytes || total > limits.maxTotalBytes)
                        return refuse(ArchiveText::tr("%1 unpacks to more than %2 MiB; a bundle is far smaller, so "
                                                      "it was not unpacked.")
                                          .arg(archivePath)
                                          .arg(limits.maxTotalBytes / (1024 * 1024)));
                    data.append(buf, n);
                }
                if (!tree.write(path, data))
                    return refuse(tree.error());
            } else {
                return refuse(ArchiveText::tr("%1 holds %2 (\"%3\"); bundles have none, so it was not unpacked.")
                                  .arg(archivePath, entryKind(type), raw));
            }
        }
    };
    const bool ok = run();
    archive_read_free(a);
    if (!ok) {
        qCInfo(lcDiagnostics) << "bundle not unpacked:" << problem;
        empty(into);
        *error = problem;
    }
    return ok;
}

namespace {
bool addTree(struct archive *a, const QString &absDir, const QString &relName, QString *error)
{
    const QByteArray abs = QFile::encodeName(absDir);
    struct stat st
    {
    };
    if (::lstat(abs.constData(), &st) != 0) {
        *error = ArchiveText::tr("Cannot read %1: %2").arg(absDir, QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    struct archive_entry *e = archive_entry_new();
    archive_entry_set_pathname_utf8(e, relName.toUtf8().constData());
    archive_entry_set_mtime(e, st.st_mtime, 0);
    bool ok = true;
    if (S_ISDIR(st.st_mode)) {
        archive_entry_set_filetype(e, AE_IFDIR);
        archive_entry_set_perm(e, 0755);
        ok = archive_write_header(a, e) == ARCHIVE_OK;
        archive_entry_free(e);
        if (!ok)
            return false;
        for (const QString &name :
            QDir(absDir).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System)) {
            if (!addTree(a, absDir + QLatin1Char('/') + name, relName + QLatin1Char('/') + name, error))
                return false;
        }
        return true;
    }
    if (S_ISLNK(st.st_mode)) {
        char target[4096];
        const ssize_t n = ::readlink(abs.constData(), target, sizeof target - 1);
        target[n > 0 ? n : 0] = '\0';
        archive_entry_set_filetype(e, AE_IFLNK);
        archive_entry_set_perm(e, 0777);
        archive_entry_set_symlink(e, target);
        ok = archive_write_header(a, e) == ARCHIVE_OK;
    } else if (S_ISREG(st.st_mode)) {
        const auto data = fileio::readRegularFile(absDir, 256LL * 1024 * 1024, error);
        if (!data) {
            archive_entry_free(e);
            return false;
        }
        archive_entry_set_filetype(e, AE_IFREG);
        archive_entry_set_perm(e, 0644);
        archive_entry_set_size(e, data->size());
        ok = archive_write_header(a, e) == ARCHIVE_OK
            && (data->isEmpty() || archive_write_data(a, data->constData(), size_t(data->size())) == data->size());
    }
    archive_entry_free(e);
    return ok;
}
} // namespace

bool packBundle(const QString &dir, const QString &archivePath, QString *error)
{
    // A new file of ours: never an existing one, nor through a link someone planted.
    const QByteArray out = QFile::encodeName(archivePath);
    const int fd = ::open(out.constData(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
    if (fd < 0) {
        *error = ArchiveText::tr("Cannot create %1: %2").arg(archivePath, QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    struct archive *a = archive_write_new();
    archive_write_add_filter_gzip(a);
    archive_write_set_format_pax_restricted(a);
    QString why;
    bool ok = archive_write_open_fd(a, fd) == ARCHIVE_OK;
    ok = ok && addTree(a, QFileInfo(dir).absoluteFilePath(), QFileInfo(dir).fileName(), &why);
    if (ok && archive_write_close(a) != ARCHIVE_OK)
        ok = false;
    if (!ok && why.isEmpty())
        why = QString::fromUtf8(archive_error_string(a));
    archive_write_free(a);
    ok = ok && ::fsync(fd) == 0;
    if (::close(fd) != 0)
        ok = false;
    if (!ok) {
        ::unlink(out.constData());
        *error = ArchiveText::tr("Packing the bundle into %1 failed: %2")
                     .arg(archivePath, why.isEmpty() ? QString::fromLocal8Bit(std::strerror(errno)) : why);
    }
    return ok;
}

} // namespace plugboard::diagnostics
