// SPDX-License-Identifier: GPL-3.0-or-later
// The GUI thread's event loop while an unmount waits: on a helper that takes 2 s (a fake launcher
// standing in for pkexec behind its password dialog) where UDisks2 is absent, and on a UDisks2
// that does not answer (python-dbusmock on a private system bus; 2 s timeout). Each through
// UnmountJob (what the window uses now) and through the blocking calls the window made before
// (waitForFinished, QDBus::Block on the GUI thread), against the idle loop, in the same run.
// Measured: the gaps between the ticks of a 1 ms precise QTimer (median, p99, worst), and their
// ratio to the idle loop's. Usage: bench_responsive [google-benchmark flags]
#include "host/helperlauncher.h"
#include "host/udisks.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <QVariantMap>

#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace plugboard;

namespace {
constexpr int kWaitMs = 2000; // how long the helper takes, and the D-Bus timeout
QString g_fake; // a helper that sleeps 2 s
QString g_address; // the private bus standing in for the system bus
QProcess *g_mock = nullptr;

struct Gaps
{
    double median = 0, p99 = 0, worst = 0;
    size_t ticks = 0;
};
Gaps g_idle;

Gaps summarize(std::vector<double> gaps)
{
    Gaps g;
    if (gaps.empty())
        return g;
    std::sort(gaps.begin(), gaps.end());
    g.median = gaps[gaps.size() / 2];
    g.p99 = gaps[std::min(gaps.size() - 1, size_t(double(gaps.size()) * 0.99))];
    g.worst = gaps.back();
    g.ticks = gaps.size();
    return g;
}

// Runs the event loop with a 1 ms ticker; `work` is started from the loop (as a click would start
// it) and calls `done` when it is over. The gaps between ticks are appended to `gaps`, the first
// from the start and the last up to the end (a loop blocked until the end shows as one long gap).
void measure(const std::function<void(std::function<void()>)> &work, std::vector<double> &gaps)
{
    QEventLoop loop;
    QTimer tick;
    tick.setTimerType(Qt::PreciseTimer);
    tick.setInterval(1);
    QElapsedTimer clock;
    qint64 last = 0;
    QObject::connect(&tick, &QTimer::timeout, &loop, [&] {
        const qint64 now = clock.nsecsElapsed();
        gaps.push_back(double(now - last) / 1e6);
        last = now;
    });
    bool over = false;
    clock.start();
    tick.start();
    QTimer::singleShot(0, &loop, [&] {
        work([&] {
            over = true;
            loop.quit();
        });
    });
    if (!over)
        loop.exec();
    tick.stop();
    gaps.push_back(double(clock.nsecsElapsed() - last) / 1e6);
}

void report(benchmark::State &state, const std::vector<double> &gaps, bool idle = false)
{
    const Gaps g = summarize(gaps);
    if (idle)
        g_idle = g;
    state.counters["median_ms"] = g.median;
    state.counters["p99_ms"] = g.p99;
    state.counters["worst_ms"] = g.worst;
    state.counters["gaps"] = double(g.ticks);
    if (g_idle.worst > 0) {
        state.counters["median_x_idle"] = g.median / g_idle.median;
        state.counters["worst_x_idle"] = g.worst / g_idle.worst;
    }
}

bool startHungUdisks(QString *why)
{
    if (g_mock)
        return true;
    g_mock = new QProcess;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DBUS_SYSTEM_BUS_ADDRESS"), g_address);
    g_mock->setProcessEnvironment(env);
    g_mock->start(QStringLiteral("/usr/bin/python3"),
        {QStringLiteral("-m"), QStringLiteral("dbusmock"), QStringLiteral("--system"),
            QStringLiteral("org.freedesktop.UDisks2"), QStringLiteral("/org/freedesktop/UDisks2"),
            QStringLiteral("org.freedesktop.DBus.ObjectManager")});
    if (!g_mock->waitForStarted()) {
        *why = QStringLiteral("python3 -m dbusmock did not start");
        return false;
    }
    const QString script = QStringLiteral(
        "import dbus, sys\n"
        "bus = dbus.bus.BusConnection(sys.argv[1])\n"
        "mock = dbus.Interface(bus.get_object('org.freedesktop.UDisks2', '/org/freedesktop/UDisks2'), "
        "'org.freedesktop.DBus.Mock')\n"
        "mock.AddObject('/org/freedesktop/UDisks2/block_devices/sdh1', 'org.freedesktop.UDisks2.Filesystem', {}, "
        "[('Unmount', 'a{sv}', '', 'time.sleep(2.5)')])\n"
        "print('ready', flush=True)\n");
    for (int i = 0; i < 50; ++i) {
        QProcess add;
        add.start(QStringLiteral("/usr/bin/python3"), {QStringLiteral("-c"), script, g_address});
        add.waitForFinished(10000);
        if (add.exitCode() == 0 && add.readAllStandardOutput().contains("ready"))
            return true;
        QThread::msleep(100);
    }
    *why = QStringLiteral("the UDisks2 mock did not come up");
    return false;
}

void BM_Idle(benchmark::State &state)
{
    std::vector<double> gaps;
    for (auto _ : state) {
        measure(
            [](std::function<void()> done) {
                QTimer::singleShot(kWaitMs, done);
            },
            gaps);
    }
    report(state, gaps, true);
}
BENCHMARK(BM_Idle)->Unit(benchmark::kMillisecond)->Iterations(3);

// UDisks2 absent: the helper fallback, through the fake launcher.
void BM_HelperUnmountJob(benchmark::State &state)
{
    std::vector<double> gaps;
    for (auto _ : state) {
        measure(
            [](std::function<void()> done) {
                auto *job = new host::UnmountJob({QStringLiteral("sdb1")}, host::HelperLauncher(g_fake));
                QObject::connect(job, &host::UnmountJob::finished, job, [job, done](const host::UnmountResult &r) {
                    if (r.via != QLatin1String("plugboard-helper") || !r.ok)
                        std::fprintf(stderr, "unexpected: %s\n", qPrintable(r.message));
                    job->deleteLater();
                    done();
                });
                job->start();
            },
            gaps);
    }
    report(state, gaps);
}
BENCHMARK(BM_HelperUnmountJob)->Unit(benchmark::kMillisecond)->Iterations(3);

// What the window did before: the helper waited for on the GUI thread.
void BM_HelperBlockingBefore(benchmark::State &state)
{
    std::vector<double> gaps;
    for (auto _ : state) {
        measure(
            [](std::function<void()> done) {
                QProcess helper;
                helper.start(g_fake, {QStringLiteral("unmount"), QStringLiteral("sdb1")});
                helper.waitForFinished(120000);
                done();
            },
            gaps);
    }
    report(state, gaps);
}
BENCHMARK(BM_HelperBlockingBefore)->Unit(benchmark::kMillisecond)->Iterations(3);

// A UDisks2 that does not answer within the timeout.
void BM_HungUdisksUnmountJob(benchmark::State &state)
{
    QString why;
    if (!startHungUdisks(&why)) {
        state.SkipWithError(qPrintable(why));
        return;
    }
    std::vector<double> gaps;
    for (auto _ : state) {
        measure(
            [](std::function<void()> done) {
                auto *job = new host::UnmountJob({QStringLiteral("sdh1")});
                job->setUdisksTimeout(kWaitMs);
                QObject::connect(job, &host::UnmountJob::finished, job, [job, done](const host::UnmountResult &r) {
                    if (r.status != host::UnmountResult::Status::TimedOut)
                        std::fprintf(stderr, "unexpected: %s\n", qPrintable(r.message));
                    job->deleteLater();
                    done();
                });
                job->start();
            },
            gaps);
    }
    report(state, gaps);
}
BENCHMARK(BM_HungUdisksUnmountJob)->Unit(benchmark::kMillisecond)->Iterations(3);

// What the window did before: a blocking D-Bus call on the GUI thread.
void BM_HungUdisksBlockingBefore(benchmark::State &state)
{
    QString why;
    if (!startHungUdisks(&why)) {
        state.SkipWithError(qPrintable(why));
        return;
    }
    std::vector<double> gaps;
    for (auto _ : state) {
        measure(
            [](std::function<void()> done) {
                QDBusMessage call = QDBusMessage::createMethodCall(QStringLiteral("org.freedesktop.UDisks2"),
                    QStringLiteral("/org/freedesktop/UDisks2/block_devices/sdh1"),
                    QStringLiteral("org.freedesktop.UDisks2.Filesystem"), QStringLiteral("Unmount"));
                call << QVariantMap();
                (void)QDBusConnection::systemBus().call(call, QDBus::Block, kWaitMs);
                done();
            },
            gaps);
    }
    report(state, gaps);
}
BENCHMARK(BM_HungUdisksBlockingBefore)->Unit(benchmark::kMillisecond)->Iterations(3);
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (QStandardPaths::findExecutable(QStringLiteral("dbus-daemon")).isEmpty()) {
        std::fprintf(stderr, "bench_responsive: dbus-daemon is not installed\n");
        return 2;
    }
    // A private bus stands in for the system bus (UDisks2 absent until the mock is started).
    QProcess bus;
    bus.start(QStringLiteral("dbus-daemon"),
        {QStringLiteral("--session"), QStringLiteral("--print-address"), QStringLiteral("--nofork")});
    if (!bus.waitForReadyRead(10000)) {
        std::fprintf(stderr, "bench_responsive: dbus-daemon did not start\n");
        return 2;
    }
    g_address = QString::fromUtf8(bus.readLine()).trimmed();
    qputenv("DBUS_SYSTEM_BUS_ADDRESS", g_address.toUtf8());
    QTemporaryDir dir;
    g_fake = dir.filePath(QStringLiteral("fake-helper"));
    QFile f(g_fake);
    if (!f.open(QIODevice::WriteOnly))
        return 2;
    f.write("#!/bin/sh\nexec sleep " + QByteArray::number(kWaitMs / 1000.0) + "\n");
    f.close();
    f.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);

    int n = argc;
    benchmark::Initialize(&n, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    if (g_mock) {
        g_mock->kill();
        g_mock->waitForFinished();
        delete g_mock;
    }
    bus.kill();
    bus.waitForFinished();
    return 0;
}
