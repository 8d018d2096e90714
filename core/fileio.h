// SPDX-License-Identifier: GPL-3.0-or-later
// Every file Plugboard writes goes through here: replaced in one step or not at all, never through
// a link planted by someone else, never a FIFO or device read as a file, and with a lock among
// Plugboard's own writers.
#pragma once

#include <QByteArray>
#include <QString>

#include <functional>
#include <optional>

#include <sys/types.h>

namespace plugboard::fileio {

struct ReplaceOptions
{
    mode_t newFileMode = 0644; // for a file that does not exist yet; an existing one keeps its own
    QString backupPath; // when set, the previous file is kept there (a hard link, else a copy)
    // Called just before the rename, when the new file is written and synced: false (with the
    // reason) keeps the old file, e.g. because someone else changed it meanwhile.
    std::function<bool(QString *why)> beforeRename;
    // Fault injection for the crash-safety tests: called after "written", "synced", "backed-up"
    // and "renamed".
    void (*step)(const char *name) = nullptr;
};

// Replaces the file at `path` (the file a symlink leads to, keeping the link) with `data`: a new
// temporary file beside it (O_EXCL), every write checked, fsync, rename, fsync of the folder.
// An existing file keeps its mode and its owner; when its owner cannot be kept (it belongs to
// another user), nothing is written. On any failure the old file is untouched and `error` says
// what happened and why.
bool replaceFile(const QString &path, const QByteArray &data, QString *error, const ReplaceOptions &options = {});

// Reads a regular file (following links) of at most `maxBytes`. A FIFO, socket or device is
// refused before it is opened: reading one would block or never end.
std::optional<QByteArray> readRegularFile(const QString &path, qint64 maxBytes, QString *error);

// Whether `path` is something a reader may open: absent, or a regular file (following links).
// Otherwise `error` says what it is.
bool isRegularOrAbsent(const QString &path, QString *error);

// Removes the temporary files a killed writer left beside `path`. Call it holding its WriteLock.
int removeLeftovers(const QString &path);

// A folder only this user can enter, for locks and sockets: $XDG_RUNTIME_DIR when it is one (a
// folder, not a link, owned by this user, mode 0700), else <temp>/plugboard-<uid>, created 0700 and
// checked the same way. Empty with the reason when neither can be trusted: another user who made
// the folder first, or a link to elsewhere, would otherwise hold or read our locks.
QString privateRuntimeDir(QString *error = nullptr);

// Whether `path` is a folder (not a link) owned by this user that no one else may enter.
bool isPrivateFolder(const QString &path, QString *error);

// An exclusive lock among Plugboard's writers of `path` (the window, the agent, the CLI): flock on
// `path.lock`, a file of its own, so that replacing `path` does not drop it. Waits up to
// `timeoutMs`; released when destroyed.
class WriteLock
{
public:
    explicit WriteLock(const QString &path, int timeoutMs = 10000);
    ~WriteLock();
    WriteLock(const WriteLock &) = delete;
    WriteLock &operator=(const WriteLock &) = delete;
    bool isLocked() const { return m_fd >= 0; }
    QString error() const { return m_error; }

private:
    int m_fd = -1;
    QString m_error;
};

// A folder Plugboard writes many new files into (a bundle): created here, or an existing empty one
// of this user's; every file and folder below is created new (O_EXCL) through descriptors opened
// without following links, so nobody can plant a link that redirects a write.
class NewTree
{
public:
    // Creates `dir` (mode 0700), or takes an existing empty directory this user owns (and makes it
    // 0700). False with `error` otherwise: not empty, someone else's, a link.
    bool open(const QString &dir, QString *error);
    ~NewTree();
    // A new file at `rel` (folders created as needed), fully written; false with error() set.
    bool write(const QString &rel, const QByteArray &data);
    // A new symlink at `rel` with the given target text (not followed).
    bool symlink(const QString &rel, const QByteArray &target);
    bool mkdirs(const QString &rel);
    // Flushes everything written to the disk (syncfs): a late ENOSPC or I/O error shows here.
    bool sync();
    QString error() const { return m_error; }
    QString path() const { return m_path; }

private:
    int folder(const QString &rel, bool create); // a descriptor of the folder `rel`, or -1
    QString m_path, m_error;
    int m_root = -1;
};

} // namespace plugboard::fileio
