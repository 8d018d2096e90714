// SPDX-License-Identifier: GPL-3.0-or-later
// How the privileged helper (plugboard-helper) is started, and one run of it that nobody waits
// for: HelperLauncher is a value (a program and the arguments before the helper's verb and
// argument) that the window and the CLI build from their defaults and a test replaces with a
// fake; HelperRun is one asynchronous run with progress signals and cancel().
#pragma once

#include <QMetaType>
#include <QObject>
#include <QString>
#include <QStringList>

class QProcess;
class QTimer;

namespace plugboard::host {

struct HelperResult
{
    enum class Status {
        Succeeded, // exit status 0
        Failed, // the helper refused or failed (exit 1 or 2, one line on stderr), or it crashed
        Refused, // through pkexec: authorization refused (127) or its dialog dismissed (126)
        FailedToStart, // no launcher, the program or the helper missing or not executable
        TimedOut, // the run's timeout passed; it was stopped
        Cancelled, // cancel() stopped it (or stopped waiting for it)
    };
    Status status = Status::Failed;
    int exitCode = -1; // the program's exit status; -1 when it did not exit normally
    QString errorOutput; // what it wrote on stderr, trimmed
    QString message; // what happened, why and what to do, in the user's words
    bool ok() const { return status == Status::Succeeded; }
};

class HelperRun;

class HelperLauncher
{
public:
    // No launcher: every run fails to start, saying so.
    HelperLauncher() = default;
    // `program` (an absolute path: nothing is looked up on PATH) with `leadingArguments` before
    // the helper's verb and argument. `helperPath`, when given, is checked before each start.
    explicit HelperLauncher(
        const QString &program, const QStringList &leadingArguments = {}, const QString &helperPath = {});
    // The usual way for the helper at `helperPath`: itself when this process runs as root (euid
    // 0), else `/usr/bin/pkexec helperPath` (polkit asks for an administrator's password).
    static HelperLauncher forHelper(const QString &helperPath);
    // forHelper() of the path in the setting "helper/path" (QSettings of the application) when
    // it is set, else of `defaultHelperPath`.
    static HelperLauncher fromSettings(const QString &defaultHelperPath);
    // Where pkexec is expected (Debian's polkit puts it there).
    static QString pkexecPath();

    QString program() const { return m_program; }
    QStringList leadingArguments() const { return m_leading; }
    QString helperPath() const { return m_helper; }
    // Whether runs go through pkexec (its exit statuses 126 and 127 mean "not authorized").
    bool usesPkexec() const;
    // Empty when a run can start; else why not, in the user's words.
    QString unavailableReason() const;
    bool isAvailable() const { return unavailableReason().isEmpty(); }
    // Whether what is missing is the helper itself (not the launcher).
    bool isHelperMissing() const;
    // The program's full argument list for `VERB ARGUMENT`.
    QStringList arguments(const QString &verb, const QString &argument) const;

    // A run of `helper VERB ARGUMENT`, already started (signals arrive from the event loop).
    HelperRun *start(const QString &verb, const QString &argument, QObject *parent = nullptr) const;
    // The same run waited for in a local event loop, bounded by `timeoutMs` (0: unbounded): for
    // the CLI and worker threads, never the GUI thread. Needs a QCoreApplication.
    HelperResult run(const QString &verb, const QString &argument, int timeoutMs = 120000) const;

private:
    QString m_program;
    QStringList m_leading;
    QString m_helper;
};

// One run of the helper. start() returns at once; every signal is delivered from the event loop
// (never from inside start() or cancel()); finished() comes exactly once per started run, also
// after failedToStart() and after cancel(). Destroying a running HelperRun stops the process
// without waiting for it.
class HelperRun : public QObject
{
    Q_OBJECT
public:
    HelperRun(const HelperLauncher &launcher, const QString &verb, const QString &argument, QObject *parent = nullptr);
    ~HelperRun() override;

    // 0 (the default): no timeout. Set before start().
    void setTimeout(int ms) { m_timeoutMs = ms; }
    // How long cancel() waits after SIGTERM before SIGKILL, and again after SIGKILL before it
    // reports the run cancelled anyway (pkexec's child runs as root: it may not be stoppable).
    void setCancelGrace(int ms) { m_graceMs = ms; }
    void start();
    // Stops the run: SIGTERM, SIGKILL after the grace, finished(Cancelled). A run that had
    // already done its work (exit status 0) is reported as it is: Succeeded.
    void cancel();

    bool isRunning() const { return m_started && !m_finished; }
    bool isFinished() const { return m_finished; }
    // Meaningful once finished() has been emitted.
    const HelperResult &result() const { return m_result; }
    const HelperLauncher &launcher() const { return m_launcher; }
    QString verb() const { return m_verb; }
    QString argument() const { return m_argument; }
    // What is going on now, in the user's words ("Waiting for authorization…").
    QString describe() const;

Q_SIGNALS:
    void started();
    void failedToStart(const QString &reason);
    void finished(const plugboard::host::HelperResult &result);

private:
    void onProcessFinished(int exitCode, bool crashed);
    void stop(HelperResult::Status why);
    void failToStart(const QString &why);
    void finish(HelperResult r);
    void detachProcess();

    HelperLauncher m_launcher;
    QString m_verb, m_argument;
    QProcess *m_process = nullptr;
    QTimer *m_timer = nullptr;
    int m_timeoutMs = 0;
    int m_graceMs = 2000;
    bool m_started = false;
    bool m_finished = false;
    bool m_killed = false;
    HelperResult::Status m_stopping = HelperResult::Status::Succeeded; // Cancelled or TimedOut once stopping
    HelperResult m_result;
};

} // namespace plugboard::host

Q_DECLARE_METATYPE(plugboard::host::HelperResult)
