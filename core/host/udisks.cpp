// SPDX-License-Identifier: GPL-3.0-or-later
// UDisks2's Filesystem.Unmount on /org/freedesktop/UDisks2/block_devices/NAME, asynchronously;
// the privileged helper's `unmount` where UDisks2 is not running.
#include "udisks.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QEventLoop>
#include <QRegularExpression>
#include <QTimer>
#include <QVariantMap>

namespace plugboard::host {

namespace {
const QString kService = QStringLiteral("org.freedesktop.UDisks2");
// What the helper adds to a busy filesystem's line (app/plugboard-helper.cpp; it has no translations).
const QString kHelperBusy = QStringLiteral("(a program still uses it)");

bool isValidBlockName(const QString &name)
{
    static const QRegularExpression valid(QStringLiteral("^[a-z]+[0-9]*$"));
    return valid.match(name).hasMatch();
}

// Errors that mean "UDisks2 is not there": not running and not activatable, or its activation failed.
bool meansUnavailable(const QString &errorName)
{
    return errorName == QLatin1String("org.freedesktop.DBus.Error.ServiceUnknown")
        || errorName == QLatin1String("org.freedesktop.DBus.Error.NameHasNoOwner")
        || errorName == QLatin1String("org.freedesktop.DBus.Error.Disconnected")
        || errorName.startsWith(QLatin1String("org.freedesktop.DBus.Error.Spawn."))
        || errorName.startsWith(QLatin1String("org.freedesktop.systemd1."));
}

void setStatus(UnmountResult &r, UnmountResult::Status s)
{
    r.status = s;
    r.ok = s == UnmountResult::Status::Unmounted;
    r.busy = s == UnmountResult::Status::Busy;
    r.unavailable = s == UnmountResult::Status::Unavailable;
}

// The context lupdate records for this file's sentences (Q_DECLARE_TR_FUNCTIONS names it).
class UdisksText
{
    Q_DECLARE_TR_FUNCTIONS(plugboard::host::Udisks)
};

UnmountResult notRunning(const QString &block)
{
    UnmountResult r;
    r.block = block;
    setStatus(r, UnmountResult::Status::Unavailable);
    r.message = UdisksText::tr("UDisks2 is not running, so the disk cannot be unmounted without administrator rights.");
    return r;
}

// UDisks2's answer (or the bus's, or the timeout's) in the user's words.
UnmountResult fromUdisksReply(const QString &block, const QDBusMessage &reply, int timeoutMs)
{
    UnmountResult r;
    r.block = block;
    r.via = QStringLiteral("UDisks2");
    if (reply.type() == QDBusMessage::ReplyMessage) {
        setStatus(r, UnmountResult::Status::Unmounted);
        r.message = UdisksText::tr("/dev/%1 was unmounted.").arg(block);
        return r;
    }
    const QString name = reply.errorName();
    if (meansUnavailable(name)) {
        return notRunning(block);
    } else if (name == QLatin1String("org.freedesktop.UDisks2.Error.DeviceBusy")) {
        setStatus(r, UnmountResult::Status::Busy);
        r.message
            = UdisksText::tr("/dev/%1 is busy: a program still has files open on it. Close it (%2) and try again.")
                  .arg(block, reply.errorMessage());
    } else if (name == QLatin1String("org.freedesktop.UDisks2.Error.NotMounted")) {
        setStatus(r, UnmountResult::Status::Unmounted);
        r.message = UdisksText::tr("/dev/%1 was not mounted.").arg(block);
    } else if (name.startsWith(QLatin1String("org.freedesktop.UDisks2.Error.NotAuthorized"))) {
        setStatus(r, UnmountResult::Status::Refused);
        r.message = UdisksText::tr("UDisks2 was not allowed to unmount /dev/%1 (%2): someone else mounted it, or "
                                   "the password was not given. Unmount it in a file manager, or ask an "
                                   "administrator.")
                        .arg(block, reply.errorMessage());
    } else if (name == QLatin1String("org.freedesktop.DBus.Error.NoReply")
        || name == QLatin1String("org.freedesktop.DBus.Error.Timeout")) {
        setStatus(r, UnmountResult::Status::TimedOut);
        r.message = UdisksText::tr("UDisks2 did not answer within %1 s; /dev/%2 was left as it is.")
                        .arg(timeoutMs / 1000)
                        .arg(block);
    } else if (name == QLatin1String("org.freedesktop.DBus.Error.UnknownObject")
        || name == QLatin1String("org.freedesktop.DBus.Error.UnknownMethod")
        || name == QLatin1String("org.freedesktop.DBus.Error.UnknownInterface")) {
        r.message = UdisksText::tr("UDisks2 does not know /dev/%1 as a filesystem.").arg(block);
    } else {
        r.message = UdisksText::tr("Unmounting /dev/%1 failed: %2").arg(block, reply.errorMessage());
    }
    return r;
}

// The helper's run in the user's words (cancel is handled by the job).
UnmountResult fromHelper(const QString &block, const HelperLauncher &launcher, const HelperResult &h)
{
    UnmountResult r;
    r.block = block;
    r.via = QStringLiteral("plugboard-helper");
    switch (h.status) {
    case HelperResult::Status::Succeeded:
        setStatus(r, UnmountResult::Status::Unmounted);
        r.message = UdisksText::tr("Unmounted /dev/%1.").arg(block);
        break;
    case HelperResult::Status::FailedToStart:
        setStatus(r, UnmountResult::Status::Unavailable);
        r.via.clear();
        r.message = launcher.isHelperMissing()
            ? UdisksText::tr("UDisks2 is not running and plugboard-helper is not installed.")
            : UdisksText::tr("UDisks2 is not running, and plugboard-helper could not be started: %1").arg(h.message);
        break;
    case HelperResult::Status::Refused:
        setStatus(r, UnmountResult::Status::Refused);
        r.message = h.message;
        break;
    case HelperResult::Status::TimedOut:
        setStatus(r, UnmountResult::Status::TimedOut);
        r.message = h.message;
        break;
    case HelperResult::Status::Cancelled:
        setStatus(r, UnmountResult::Status::Cancelled);
        r.message = h.message;
        break;
    case HelperResult::Status::Failed:
        if (h.errorOutput.contains(kHelperBusy)) {
            setStatus(r, UnmountResult::Status::Busy);
            r.message
                = UdisksText::tr("/dev/%1 is busy: a program still has files open on it. Close it (%2) and try again.")
                      .arg(block, h.errorOutput);
        } else {
            r.message = UdisksText::tr("/dev/%1 could not be unmounted: %2")
                            .arg(block, h.errorOutput.isEmpty() ? h.message : h.errorOutput);
        }
        break;
    }
    return r;
}
} // namespace

UnmountJob::UnmountJob(const QStringList &blocks, QObject *parent)
    : QObject(parent)
    , m_blocks(blocks)
{
    qRegisterMetaType<plugboard::host::UnmountResult>();
}

UnmountJob::UnmountJob(const QStringList &blocks, const HelperLauncher &launcher, QObject *parent)
    : UnmountJob(blocks, parent)
{
    m_launcher = launcher;
}

UnmountJob::~UnmountJob() = default; // a helper run still going is stopped by its own destructor

QString UnmountJob::currentBlock() const
{
    return m_index >= 0 && m_index < m_blocks.size() ? m_blocks.at(m_index) : QString();
}

void UnmountJob::start()
{
    if (m_started || m_finished)
        return;
    m_started = true;
    // The first step from the event loop: nothing is emitted from inside start().
    QMetaObject::invokeMethod(this, &UnmountJob::next, Qt::QueuedConnection);
}

void UnmountJob::next()
{
    if (m_finished)
        return;
    ++m_index;
    if (m_index >= m_blocks.size()) {
        UnmountResult r;
        setStatus(r, UnmountResult::Status::Unmounted);
        r.block = m_blocks.value(m_blocks.size() - 1);
        r.via = m_result.via;
        r.message = m_messages.isEmpty() ? UdisksText::tr("Nothing to unmount.") : m_messages.join(QLatin1Char(' '));
        finish(r);
        return;
    }
    const QString block = m_blocks.at(m_index);
    if (!isValidBlockName(block)) {
        UnmountResult r;
        r.block = block;
        r.message = UdisksText::tr("'%1' is not a block device name.").arg(block);
        finish(r);
        return;
    }
    askUdisks(block);
}

void UnmountJob::askUdisks(const QString &block)
{
    QDBusConnection bus = QDBusConnection::systemBus();
    if (!bus.isConnected()) { // no system bus at all: no UDisks2 either
        if (m_launcher)
            runHelper(block);
        else
            stepDone(notRunning(block));
        return;
    }
    QDBusMessage call
        = QDBusMessage::createMethodCall(kService, QStringLiteral("/org/freedesktop/UDisks2/block_devices/") + block,
            QStringLiteral("org.freedesktop.UDisks2.Filesystem"), QStringLiteral("Unmount"));
    call << QVariantMap(); // options: none, and never "force"
    m_call = new QDBusPendingCallWatcher(bus.asyncCall(call, m_udisksTimeoutMs), this);
    connect(m_call, &QDBusPendingCallWatcher::finished, this, &UnmountJob::udisksAnswered);
    if (!m_slow) {
        m_slow = new QTimer(this);
        m_slow->setSingleShot(true);
        connect(m_slow, &QTimer::timeout, this, [this] {
            say(UdisksText::tr("Still waiting for UDisks2 to unmount /dev/%1: it may be asking for a password, or "
                               "a program is slow to let go…")
                    .arg(currentBlock()));
        });
    }
    m_slow->start(m_slowNoticeMs);
    say(UdisksText::tr("Asking UDisks2 to unmount /dev/%1…").arg(block));
}

void UnmountJob::udisksAnswered(QDBusPendingCallWatcher *call)
{
    call->deleteLater();
    if (call != m_call)
        return;
    m_call = nullptr;
    m_slow->stop();
    const UnmountResult r = fromUdisksReply(currentBlock(), call->reply(), m_udisksTimeoutMs);
    if (r.unavailable && m_launcher && !m_cancelled) {
        runHelper(currentBlock());
        return;
    }
    stepDone(r);
}

void UnmountJob::runHelper(const QString &block)
{
    m_run = new HelperRun(*m_launcher, QStringLiteral("unmount"), block, this);
    m_run->setTimeout(m_helperTimeoutMs);
    connect(m_run, &HelperRun::finished, this, &UnmountJob::helperDone);
    m_run->start();
    if (m_launcher->isAvailable())
        say(m_run->describe());
}

void UnmountJob::helperDone(const HelperResult &h)
{
    HelperRun *run = m_run;
    m_run = nullptr;
    if (run)
        run->deleteLater();
    stepDone(fromHelper(currentBlock(), *m_launcher, h));
}

void UnmountJob::stepDone(UnmountResult r)
{
    if (m_finished)
        return;
    m_result.via = r.via;
    if (r.ok) {
        m_unmounted.append(r.block);
        m_messages.append(r.message);
    }
    if (m_cancelled) {
        UnmountResult c;
        setStatus(c, UnmountResult::Status::Cancelled);
        c.block = r.block;
        c.via = r.via;
        c.message = r.ok
            ? UdisksText::tr("Cancelled after /dev/%1 had been unmounted; nothing else was unmounted.").arg(r.block)
            : (r.status == UnmountResult::Status::Cancelled ? r.message
                                                            : UdisksText::tr("Cancelled; nothing more was unmounted."));
        finish(c);
        return;
    }
    if (!r.ok) {
        finish(r);
        return;
    }
    next();
}

void UnmountJob::cancel()
{
    if (m_finished)
        return;
    m_cancelled = true;
    if (m_run) {
        m_run->cancel(); // finished(Cancelled) comes through helperDone once the process is gone
        return;
    }
    UnmountResult r;
    setStatus(r, UnmountResult::Status::Cancelled);
    r.block = currentBlock();
    if (m_call) {
        // A D-Bus call cannot be taken back: stop waiting for it, and ask nothing further.
        delete m_call;
        m_call = nullptr;
        m_slow->stop();
        r.via = QStringLiteral("UDisks2");
        r.message = UdisksText::tr("Cancelled: Plugboard stopped waiting for UDisks2, which may still unmount "
                                   "/dev/%1. Nothing else was unmounted.")
                        .arg(r.block);
    } else {
        r.message = UdisksText::tr("Cancelled before anything was unmounted.");
    }
    m_started = true;
    finish(r);
}

void UnmountJob::say(const QString &what)
{
    m_progress = what;
    Q_EMIT progress(what);
}

void UnmountJob::finish(UnmountResult r)
{
    if (m_finished)
        return;
    m_finished = true;
    r.unmounted = m_unmounted;
    m_result = r;
    if (m_slow)
        m_slow->stop();
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_emitted = true;
            Q_EMIT finished(m_result);
        },
        Qt::QueuedConnection);
}

UnmountResult UnmountJob::run()
{
    if (m_emitted)
        return m_result;
    QEventLoop loop;
    connect(this, &UnmountJob::finished, &loop, &QEventLoop::quit);
    start();
    loop.exec(); // finished() is always queued: it cannot have been emitted yet
    return m_result;
}

UnmountResult unmountWithUdisks(const QString &blockName, int timeoutMs)
{
    UnmountJob job({blockName});
    job.setUdisksTimeout(timeoutMs);
    return job.run();
}

UnmountResult unmountSafely(const QString &blockName, const QString &helperPath)
{
    return unmountSafely(QStringList {blockName}, HelperLauncher::forHelper(helperPath));
}

UnmountResult unmountSafely(const QStringList &blockNames, const HelperLauncher &launcher)
{
    UnmountJob job(blockNames, launcher);
    return job.run();
}

} // namespace plugboard::host
