// SPDX-License-Identifier: GPL-3.0-or-later
// HelperLauncher and HelperRun: the helper through QProcess's signals, never waitForFinished().
#include "helperlauncher.h"

#include <unistd.h>

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QProcess>
#include <QSettings>
#include <QTimer>

namespace plugboard::host {

namespace {
bool isExecutableFile(const QString &path)
{
    const QFileInfo fi(path);
    return fi.isFile() && fi.isExecutable();
}

// The context lupdate records for this file's sentences (Q_DECLARE_TR_FUNCTIONS names it).
class HelperLauncherText
{
    Q_DECLARE_TR_FUNCTIONS(plugboard::host::HelperLauncher)
};
} // namespace

HelperLauncher::HelperLauncher(const QString &program, const QStringList &leadingArguments, const QString &helperPath)
    : m_program(program)
    , m_leading(leadingArguments)
    , m_helper(helperPath)
{
}

QString HelperLauncher::pkexecPath()
{
    return QStringLiteral("/usr/bin/pkexec");
}

HelperLauncher HelperLauncher::forHelper(const QString &helperPath)
{
    // The helper path is what pkexec runs as root: it comes from the caller, never from PATH.
    HelperLauncher l = ::geteuid() == 0 ? HelperLauncher(helperPath, {}, helperPath)
                                        : HelperLauncher(pkexecPath(), {helperPath}, helperPath);
    if (helperPath.isEmpty())
        l.m_helper = QStringLiteral("plugboard-helper"); // named as missing by unavailableReason()
    return l;
}

HelperLauncher HelperLauncher::fromSettings(const QString &defaultHelperPath)
{
    const QString configured = QSettings().value(QStringLiteral("helper/path")).toString();
    return forHelper(configured.isEmpty() ? defaultHelperPath : configured);
}

bool HelperLauncher::usesPkexec() const
{
    return QFileInfo(m_program).fileName() == QLatin1String("pkexec");
}

bool HelperLauncher::isHelperMissing() const
{
    return !m_helper.isEmpty() && (QDir::isRelativePath(m_helper) || !isExecutableFile(m_helper));
}

QString HelperLauncher::unavailableReason() const
{
    if (m_program.isEmpty() && m_helper.isEmpty())
        return HelperLauncherText::tr("Plugboard has no way to start its administrator helper (plugboard-helper), "
                                      "which this needs. Reinstall Plugboard.");
    if (isHelperMissing())
        return HelperLauncherText::tr("plugboard-helper is not installed at %1, so nothing that needs administrator "
                                      "rights can be done from here. Reinstall Plugboard, or set the helper's full "
                                      "path (setting helper/path).")
            .arg(m_helper);
    if (QDir::isRelativePath(m_program))
        return HelperLauncherText::tr("'%1' is not an absolute path: the helper's launcher is never looked up on "
                                      "PATH. Give its full path.")
            .arg(m_program);
    if (!isExecutableFile(m_program)) {
        if (usesPkexec())
            return HelperLauncherText::tr("pkexec is not installed (%1), so plugboard-helper cannot ask for "
                                          "administrator rights. Install polkit's pkexec, or run this as root.")
                .arg(m_program);
        return HelperLauncherText::tr("%1 is missing or not executable, so plugboard-helper cannot be started.")
            .arg(m_program);
    }
    return {};
}

QStringList HelperLauncher::arguments(const QString &verb, const QString &argument) const
{
    return m_leading + QStringList {verb, argument};
}

HelperRun *HelperLauncher::start(const QString &verb, const QString &argument, QObject *parent) const
{
    auto *run = new HelperRun(*this, verb, argument, parent);
    run->start();
    return run;
}

HelperResult HelperLauncher::run(const QString &verb, const QString &argument, int timeoutMs) const
{
    HelperRun run(*this, verb, argument);
    run.setTimeout(timeoutMs);
    QEventLoop loop;
    QObject::connect(&run, &HelperRun::finished, &loop, &QEventLoop::quit);
    run.start();
    loop.exec(); // finished() is always queued: it cannot have been emitted yet
    return run.result();
}

HelperRun::HelperRun(const HelperLauncher &launcher, const QString &verb, const QString &argument, QObject *parent)
    : QObject(parent)
    , m_launcher(launcher)
    , m_verb(verb)
    , m_argument(argument)
{
    qRegisterMetaType<plugboard::host::HelperResult>();
}

HelperRun::~HelperRun()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        QProcess *p = m_process;
        detachProcess();
        p->terminate();
        QTimer::singleShot(m_graceMs, p, [p] {
            p->kill();
        });
    }
}

QString HelperRun::describe() const
{
    const QString what = m_verb + QLatin1Char(' ') + m_argument;
    if (m_launcher.usesPkexec())
        return HelperLauncherText::tr("Waiting for authorization to run plugboard-helper %1 (pkexec asks for an "
                                      "administrator's password)…")
            .arg(what);
    return HelperLauncherText::tr("Running plugboard-helper %1…").arg(what);
}

void HelperRun::start()
{
    if (m_started || m_finished)
        return;
    m_started = true;
    if (const QString why = m_launcher.unavailableReason(); !why.isEmpty())
        return failToStart(why);
    m_process = new QProcess(this);
    m_process->setProgram(m_launcher.program());
    m_process->setArguments(m_launcher.arguments(m_verb, m_argument));
    m_process->setStandardOutputFile(QProcess::nullDevice());
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, [this] {
        if (m_stopping == HelperResult::Status::Succeeded) {
            stop(HelperResult::Status::TimedOut);
        } else if (!m_killed) {
            m_killed = true;
            m_process->kill();
            m_timer->start(m_graceMs);
        } else {
            // Still there after SIGKILL: pkexec's child runs as root and cannot be signalled by us.
            const QString what = m_verb + QLatin1Char(' ') + m_argument;
            detachProcess();
            finish({m_stopping, -1, {},
                HelperLauncherText::tr("Stopped waiting for plugboard-helper %1: it runs as administrator and "
                                       "could not be stopped, so it may still finish.")
                    .arg(what)});
        }
    });
    connect(
        m_process, &QProcess::started, this,
        [this] {
            Q_EMIT started();
        },
        Qt::QueuedConnection);
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart)
            return; // a crash comes with finished()
        failToStart(HelperLauncherText::tr("%1 could not be started: %2. Nothing was changed.")
                        .arg(m_launcher.program(), m_process->errorString()));
    });
    connect(m_process, &QProcess::finished, this, [this](int exitCode, QProcess::ExitStatus status) {
        onProcessFinished(exitCode, status == QProcess::CrashExit);
    });
    if (m_timeoutMs > 0)
        m_timer->start(m_timeoutMs);
    m_process->start();
}

void HelperRun::onProcessFinished(int exitCode, bool crashed)
{
    const QString err = QString::fromLocal8Bit(m_process->readAllStandardError()).trimmed();
    const QString what = m_verb + QLatin1Char(' ') + m_argument;
    HelperResult r;
    r.exitCode = crashed ? -1 : exitCode;
    r.errorOutput = err;
    if (!crashed && exitCode == 0) {
        // Done, even where a cancel came too late to stop it: said as it is.
        r.status = HelperResult::Status::Succeeded;
        r.message = HelperLauncherText::tr("plugboard-helper %1: done.").arg(what);
    } else if (m_stopping == HelperResult::Status::Cancelled) {
        r.status = m_stopping;
        r.message = HelperLauncherText::tr("Cancelled: plugboard-helper %1 was stopped before it finished.").arg(what);
    } else if (m_stopping == HelperResult::Status::TimedOut) {
        r.status = m_stopping;
        r.message = HelperLauncherText::tr("plugboard-helper %1 did not finish within %2 s and was stopped.")
                        .arg(what)
                        .arg(m_timeoutMs / 1000);
    } else if (crashed) {
        r.message = HelperLauncherText::tr("plugboard-helper %1 stopped unexpectedly (%2).")
                        .arg(what, m_process->errorString());
    } else if (m_launcher.usesPkexec() && exitCode == 126) {
        r.status = HelperResult::Status::Refused;
        r.message = HelperLauncherText::tr("The authorization dialog was closed, so nothing was changed. Try again "
                                           "and enter an administrator's password.");
    } else if (m_launcher.usesPkexec() && exitCode == 127) {
        r.status = HelperResult::Status::Refused;
        r.message = HelperLauncherText::tr("pkexec did not run plugboard-helper (not authorized, or polkit failed), "
                                           "so nothing was changed: %1")
                        .arg(err.isEmpty() ? HelperLauncherText::tr("no reason given") : err);
    } else {
        r.message = HelperLauncherText::tr("plugboard-helper %1 failed: %2")
                        .arg(what, err.isEmpty() ? HelperLauncherText::tr("exit status %1").arg(exitCode) : err);
    }
    finish(r);
}

void HelperRun::cancel()
{
    if (m_finished)
        return;
    if (!m_started) {
        m_started = true;
        finish({HelperResult::Status::Cancelled, -1, {},
            HelperLauncherText::tr("Cancelled before plugboard-helper was started; nothing was changed.")});
        return;
    }
    stop(HelperResult::Status::Cancelled);
}

void HelperRun::stop(HelperResult::Status why)
{
    if (m_finished || !m_process || m_stopping != HelperResult::Status::Succeeded)
        return;
    m_stopping = why;
    m_process->terminate();
    m_timer->start(m_graceMs);
}

void HelperRun::failToStart(const QString &why)
{
    // failedToStart() from the event loop (never from inside start()), then finished() once.
    QMetaObject::invokeMethod(
        this,
        [this, why] {
            Q_EMIT failedToStart(why);
        },
        Qt::QueuedConnection);
    finish({HelperResult::Status::FailedToStart, -1, {}, why});
}

void HelperRun::finish(HelperResult r)
{
    if (m_finished)
        return;
    m_finished = true;
    m_result = std::move(r);
    if (m_timer)
        m_timer->stop();
    QMetaObject::invokeMethod(
        this,
        [this] {
            Q_EMIT finished(m_result);
        },
        Qt::QueuedConnection);
}

void HelperRun::detachProcess()
{
    if (!m_process)
        return;
    QProcess *p = m_process;
    m_process = nullptr;
    disconnect(p, nullptr, this, nullptr);
    p->setParent(nullptr);
    if (p->state() == QProcess::NotRunning)
        p->deleteLater();
    else
        connect(p, &QProcess::finished, p, &QObject::deleteLater);
}

} // namespace plugboard::host
