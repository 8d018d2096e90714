// SPDX-License-Identifier: GPL-3.0-or-later
// Unmounting a USB stick's filesystems safely through UDisks2 on the system bus (no power-off,
// never forced): what a file manager's "Eject" does first. Where UDisks2 is not running, the
// privileged helper's `unmount` verb, started through a HelperLauncher.
//
// UnmountJob is the one implementation: asynchronous (QDBusPendingCallWatcher, HelperRun), with
// progress and cancel, for the window. unmountWithUdisks() and unmountSafely() run the same job
// to its end in a local event loop, for the CLI and worker threads; never on the GUI thread.
#pragma once

#include "helperlauncher.h"

#include <QMetaType>
#include <QObject>
#include <QString>
#include <QStringList>

#include <optional>

class QDBusPendingCallWatcher;
class QTimer;

namespace plugboard::host {

struct UnmountResult
{
    enum class Status {
        Unmounted, // every block is unmounted now (or was not mounted)
        Busy, // a program still uses a filesystem: named, never forced
        Refused, // not authorized (UDisks2's polkit, or pkexec's dialog refused or dismissed)
        TimedOut, // UDisks2 did not answer within the timeout, or the helper did not finish
        Cancelled, // cancel(): stopped (UDisks2 may still finish an unmount it had begun)
        Unavailable, // UDisks2 is not running and there is no helper to fall back on
        Failed, // anything else, with the reason
    };
    Status status = Status::Failed;
    bool ok = false; // status == Unmounted
    bool busy = false; // status == Busy
    bool unavailable = false; // UDisks2 is not running: the privileged helper's `unmount` is the fallback
    QString message; // in the user's words
    QString via; // what did (or tried) it: "UDisks2" or "plugboard-helper"; empty when nothing could
    QString block; // the block device this is about: the one that failed, else the last one
    QStringList unmounted; // the blocks this job unmounted (or found not mounted), in order
};

// Unmounts `blocks` ("sdb1", "sdb2" … of one stick) one after the other, stopping at the first
// failure. Each: UDisks2's Filesystem.Unmount (asynchronous, bounded by the UDisks2 timeout);
// where UDisks2 is not running and a launcher was given, `plugboard-helper unmount BLOCK` through
// it. start() returns at once; signals come from the event loop, never from inside start() or
// cancel(); finished() is emitted exactly once per job, whatever happens (also for an empty list,
// a bad name, cancel() before start()).
class UnmountJob : public QObject
{
    Q_OBJECT
public:
    // UDisks2 only: where it is not running the job finishes with status Unavailable.
    explicit UnmountJob(const QStringList &blocks, QObject *parent = nullptr);
    // UDisks2, else the helper through `launcher`.
    UnmountJob(const QStringList &blocks, const HelperLauncher &launcher, QObject *parent = nullptr);
    ~UnmountJob() override;

    // Bounds on each D-Bus call (default 10 s) and each helper run (default 120 s; 0: none).
    void setUdisksTimeout(int ms) { m_udisksTimeoutMs = ms; }
    void setHelperTimeout(int ms) { m_helperTimeoutMs = ms; }
    // After how long a D-Bus call still pending says so in progress() (default 2 s).
    void setSlowNotice(int ms) { m_slowNoticeMs = ms; }

    void start();
    // Stops the job: a pending D-Bus call is abandoned (UDisks2 may still finish that one unmount;
    // nothing further is asked), a helper run is stopped (HelperRun::cancel). finished(Cancelled)
    // follows once, from the event loop.
    void cancel();

    bool isRunning() const { return m_started && !m_finished; }
    bool isFinished() const { return m_finished; }
    QStringList blocks() const { return m_blocks; }
    // The block being unmounted now, and the last progress() text.
    QString currentBlock() const;
    QString progressText() const { return m_progress; }
    // Meaningful once finished() has been emitted.
    const UnmountResult &result() const { return m_result; }
    // The helper run under way, if any (owned by the job).
    HelperRun *helperRun() const { return m_run; }

    // start(), then wait for finished() in a local event loop (the CLI, worker threads).
    UnmountResult run();

Q_SIGNALS:
    // What is happening now, in the user's words: "Asking UDisks2 to unmount /dev/sdb1…",
    // "Waiting for authorization to run plugboard-helper unmount sdb1…".
    void progress(const QString &what);
    void finished(const plugboard::host::UnmountResult &result);

private:
    void next();
    void askUdisks(const QString &block);
    void udisksAnswered(QDBusPendingCallWatcher *call);
    void runHelper(const QString &block);
    void helperDone(const HelperResult &r);
    void stepDone(UnmountResult r);
    void say(const QString &what);
    void finish(UnmountResult r);

    QStringList m_blocks;
    std::optional<HelperLauncher> m_launcher;
    int m_udisksTimeoutMs = 10000;
    int m_helperTimeoutMs = 120000;
    int m_slowNoticeMs = 2000;
    int m_index = -1;
    bool m_started = false;
    bool m_finished = false;
    bool m_cancelled = false;
    bool m_emitted = false;
    QDBusPendingCallWatcher *m_call = nullptr;
    QTimer *m_slow = nullptr;
    HelperRun *m_run = nullptr;
    QString m_progress;
    QStringList m_unmounted;
    QStringList m_messages;
    UnmountResult m_result;
};

// `blockName`: "sdb1". `timeoutMs` bounds the D-Bus call (UDisks2 may be slow or hung). Blocking
// (an UnmountJob without a helper, run to its end): not on the GUI thread.
UnmountResult unmountWithUdisks(const QString &blockName, int timeoutMs = 10000);

// UDisks2 first, as a file manager would; where it is not running, the privileged helper's
// `unmount` verb at `helperPath` (directly as root, else through pkexec, whose authentication
// dialog it waits for). Never forced: a busy filesystem is named. Blocking, as above.
UnmountResult unmountSafely(const QString &blockName, const QString &helperPath);
// The same for several blocks through any launcher, stopping at the first failure.
UnmountResult unmountSafely(const QStringList &blockNames, const HelperLauncher &launcher);

} // namespace plugboard::host

Q_DECLARE_METATYPE(plugboard::host::UnmountResult)
