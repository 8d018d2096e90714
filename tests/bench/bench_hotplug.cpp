// SPDX-License-Identifier: GPL-3.0-or-later
// Hotplug -> model row latency with a large tree present, and the GUI's memory with that tree.
// Usage: bench_hotplug TREE_ROOT [google-benchmark flags]  (TREE_ROOT from gen_sysfs_tree.py)
#include "assign/engine.h"
#include "host/sysfshostbackend.h"
#include "hostusbmodel.h"
#include "mainwindow.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdio>

using namespace plugboard;

namespace {
QString g_root;

void writeFile(const QString &path, const QByteArray &content)
{
    QFile f(path);
    if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        f.write(content);
}

long rssKb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    }
    return -1;
}

// An empty port somewhere in the tree: the first usbN root hub port with no device behind it.
bool findEmptyPort(const host::HostTopology &topo, QString *hubId, int *number, QString *hubDir)
{
    for (const host::UsbController &c : topo.controllers) {
        for (const QString &pid : c.portIds) {
            const host::UsbPort *p = topo.port(pid);
            if (p->deviceId.isEmpty() && p->hubId.startsWith(QLatin1String("usb")) && p->number < 10) {
                *hubId = p->hubId;
                *number = p->number;
                *hubDir = c.sysPath + QLatin1Char('/') + p->hubId;
                return true;
            }
        }
    }
    return false;
}

void BM_HotplugToModelRow(benchmark::State &state)
{
    host::SysfsHostBackend backend({g_root, false, false});
    backend.start();
    ui::HostUsbModel model;
    model.setBackend(&backend);
    QString hubId, hubDir;
    int number = 0;
    if (!findEmptyPort(backend.topology(), &hubId, &number, &hubDir)) {
        state.SkipWithError("the tree has no empty root port");
        return;
    }
    const int bus = host::TopologyReader::busOf(hubId);
    const QString name = QStringLiteral("%1-%2").arg(bus).arg(number);
    const QString rel = hubDir + QLatin1Char('/') + name;
    const QString abs = g_root + QLatin1Char('/') + rel;
    const QString link = g_root + QStringLiteral("/sys/bus/usb/devices/") + name;
    QElapsedTimer timer;
    std::vector<double> latencies;
    qint64 sawAt = -1;
    QObject::connect(&model, &QAbstractItemModel::rowsInserted, &model, [&] {
        sawAt = timer.nsecsElapsed();
    });
    QObject::connect(&model, &QAbstractItemModel::rowsRemoved, &model, [&] {
        sawAt = timer.nsecsElapsed();
    });
    host::UdevEvent ev;
    ev.subsystem = QStringLiteral("usb");
    ev.devType = QStringLiteral("usb_device");
    ev.sysPath = QLatin1Char('/') + rel;
    for (auto _ : state) {
        state.PauseTiming();
        QDir().mkpath(abs);
        writeFile(abs + QStringLiteral("/idVendor"), "0781\n");
        writeFile(abs + QStringLiteral("/idProduct"), "5567\n");
        writeFile(abs + QStringLiteral("/speed"), "480\n");
        writeFile(abs + QStringLiteral("/product"), "Bench Stick\n");
        writeFile(abs + QStringLiteral("/bMaxPower"), "200mA\n");
        QFile::link(QStringLiteral("../../../") + rel.mid(4), link);
        state.ResumeTiming();
        // Plug: event in, model row out.
        timer.start();
        sawAt = -1;
        ev.action = host::UdevEvent::Action::Add;
        backend.injectEvent(ev);
        backend.flush();
        if (sawAt < 0) {
            state.SkipWithError("no row was inserted");
            break;
        }
        latencies.push_back(sawAt / 1e6);
        state.PauseTiming();
        QDir(abs).removeRecursively();
        QFile::remove(link);
        state.ResumeTiming();
        // Unplug.
        timer.start();
        sawAt = -1;
        ev.action = host::UdevEvent::Action::Remove;
        backend.injectEvent(ev);
        backend.flush();
        if (sawAt < 0) {
            state.SkipWithError("no row was removed");
            break;
        }
        latencies.push_back(sawAt / 1e6);
    }
    if (!latencies.empty()) {
        std::sort(latencies.begin(), latencies.end());
        state.counters["median_ms"] = latencies[latencies.size() / 2];
        state.counters["p99_ms"] = latencies[std::min(latencies.size() - 1, size_t(latencies.size() * 0.99))];
        state.counters["devices"] = double(backend.topology().devices.size());
        QString why;
        state.counters["consistent"] = model.isConsistent(&why) && model.resetCount() == 0 ? 1 : 0;
    }
}
BENCHMARK(BM_HotplugToModelRow)->Iterations(500)->Unit(benchmark::kMillisecond);

// Hotplug of an assigned device -> the engine's attach request (libvirt's test driver as the
// hypervisor; the request is what is timed, the driver's answer comes later on its own thread).
void BM_HotplugToAttachRequest(benchmark::State &state)
{
    host::SysfsHostBackend backend({g_root, false, false});
    backend.start();
    QString hubId, hubDir;
    int number = 0;
    if (!findEmptyPort(backend.topology(), &hubId, &number, &hubDir)) {
        state.SkipWithError("the tree has no empty root port");
        return;
    }
    QTemporaryDir dir;
    assign::AssignmentFile file(dir.filePath(QStringLiteral("assignments.json")));
    file.assignments.append({QStringLiteral("0781:5567:BENCH0001"), {}, QStringLiteral("test:///default#test"), false});
    QString error;
    file.save(&error);
    libvirt::LibvirtConnection conn(QStringLiteral("test:///default"));
    conn.start();
    QElapsedTimer wait;
    wait.start();
    while (conn.state() != libvirt::ConnectionState::Connected && wait.elapsed() < 10000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    while (!conn.guest(QStringLiteral("test")) && wait.elapsed() < 10000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    assign::Engine engine(&backend, file.path(), dir.filePath(QStringLiteral("lock")));
    engine.addConnection(&conn);
    engine.start();
    if (!engine.isActive() || !conn.guest(QStringLiteral("test"))) {
        state.SkipWithError("the engine or the test driver did not start");
        return;
    }
    const int bus = host::TopologyReader::busOf(hubId);
    const QString name = QStringLiteral("%1-%2").arg(bus).arg(number);
    const QString rel = hubDir + QLatin1Char('/') + name;
    const QString abs = g_root + QLatin1Char('/') + rel;
    const QString link = g_root + QStringLiteral("/sys/bus/usb/devices/") + name;
    QElapsedTimer timer;
    std::vector<double> latencies;
    qint64 sawAt = -1;
    QObject::connect(&engine, &assign::Engine::actionStarted, &engine, [&] {
        sawAt = timer.nsecsElapsed();
    });
    host::UdevEvent ev;
    ev.subsystem = QStringLiteral("usb");
    ev.devType = QStringLiteral("usb_device");
    ev.sysPath = QLatin1Char('/') + rel;
    int devnum = 100;
    for (auto _ : state) {
        state.PauseTiming();
        QDir().mkpath(abs);
        writeFile(abs + QStringLiteral("/idVendor"), "0781\n");
        writeFile(abs + QStringLiteral("/idProduct"), "5567\n");
        writeFile(abs + QStringLiteral("/serial"), "BENCH0001\n");
        writeFile(abs + QStringLiteral("/speed"), "480\n");
        writeFile(abs + QStringLiteral("/busnum"), QByteArray::number(bus) + '\n');
        writeFile(abs + QStringLiteral("/devnum"), QByteArray::number(++devnum % 127 + 1) + '\n');
        QFile::link(QStringLiteral("../../../") + rel.mid(4), link);
        state.ResumeTiming();
        timer.start();
        sawAt = -1;
        ev.action = host::UdevEvent::Action::Add;
        backend.injectEvent(ev);
        backend.flush();
        if (sawAt < 0) {
            state.SkipWithError("no attach request was issued");
            break;
        }
        latencies.push_back(sawAt / 1e6);
        state.PauseTiming();
        QDir(abs).removeRecursively();
        QFile::remove(link);
        ev.action = host::UdevEvent::Action::Remove;
        backend.injectEvent(ev);
        backend.flush();
        QCoreApplication::processEvents(); // the driver's answers
        state.ResumeTiming();
    }
    if (!latencies.empty()) {
        std::sort(latencies.begin(), latencies.end());
        state.counters["median_ms"] = latencies[latencies.size() / 2];
        state.counters["p99_ms"] = latencies[std::min(latencies.size() - 1, size_t(latencies.size() * 0.99))];
        state.counters["devices"] = double(backend.topology().devices.size());
        state.counters["requests"] = double(engine.requestCount());
    }
}
BENCHMARK(BM_HotplugToAttachRequest)->Iterations(300)->Unit(benchmark::kMillisecond);

void BM_FullRead(benchmark::State &state)
{
    for (auto _ : state) {
        host::SysfsHostBackend backend({g_root, false, true});
        backend.start();
        benchmark::DoNotOptimize(backend.topology().devices.size());
    }
}
BENCHMARK(BM_FullRead)->Unit(benchmark::kMillisecond);

void BM_GuiRss(benchmark::State &state)
{
    const long before = rssKb();
    for (auto _ : state) {
        host::SysfsHostBackend backend({g_root, false, true});
        backend.start();
        ui::MainWindow w;
        w.setHostBackend(&backend);
        w.show();
        for (int i = 0; i < 20; ++i)
            QApplication::processEvents();
        state.counters["rss_mb"] = rssKb() / 1024.0;
        state.counters["rss_before_window_mb"] = before / 1024.0;
        state.counters["devices"] = double(backend.topology().devices.size());
    }
}
BENCHMARK(BM_GuiRss)->Iterations(1)->Unit(benchmark::kMillisecond);
} // namespace

int main(int argc, char **argv)
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_hotplug TREE_ROOT [benchmark flags]\n");
        return 2;
    }
    g_root = QString::fromLocal8Bit(argv[1]);
    // argv[1] is ours; hand the rest to Google Benchmark.
    std::vector<char *> rest {argv[0]};
    for (int i = 2; i < argc; ++i)
        rest.push_back(argv[i]);
    int n = int(rest.size());
    QApplication app(argc, argv);
    benchmark::Initialize(&n, rest.data());
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
