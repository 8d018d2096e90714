// SPDX-License-Identifier: GPL-3.0-or-later
// Diagnostics: every check over a bundle with 1,000 devices and 50 guests, reading that bundle,
// and a live collect on this machine. Usage: bench_diagnostics TREE_ROOT (from gen_sysfs_tree.py)
#include "diagnostics/diagnosis.h"
#include "diagnostics/facts.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <benchmark/benchmark.h>

#include <cstdio>

using namespace plugboard::diagnostics;

namespace {
QString g_root;

void writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(path.left(path.lastIndexOf(QLatin1Char('/'))));
    QFile f(path);
    if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        f.write(bytes);
}

// Turns the generated sysfs tree into a bundle: 50 guests, a kernel log, a manifest.
void makeBundle()
{
    QJsonArray domains;
    for (int i = 0; i < 50; ++i) {
        const QString name = QStringLiteral("guest%1").arg(i);
        writeFile(g_root + QStringLiteral("/libvirt/") + name + QStringLiteral(".xml"),
            "<domain type='kvm'><name>" + name.toUtf8() + "</name><devices><controller type='usb' index='0' model='"
                + QByteArray(i % 2 ? "qemu-xhci" : "ich9-ehci1")
                + "'/><hostdev mode='subsystem' type='usb'><source><vendor id='0x0781'/>"
                  "<product id='0x5567'/></source></hostdev></devices></domain>");
        domains.append(
            QJsonObject {{QStringLiteral("name"), name}, {QStringLiteral("state"), QStringLiteral("running")},
                {QStringLiteral("xml"), QString(QStringLiteral("libvirt/") + name + QStringLiteral(".xml"))}});
    }
    QByteArray log;
    for (int i = 0; i < 5000; ++i)
        log += "[" + QByteArray::number(i) + ".0] usb 1-2: new high-speed USB device number 5 using xhci_hcd\n";
    writeFile(g_root + QStringLiteral("/logs/kernel.log"), log);
    const QJsonObject m {{QStringLiteral("format"), QStringLiteral("plugboard-bundle")}, {QStringLiteral("version"), 1},
        {QStringLiteral("libvirt"),
            QJsonArray {QJsonObject {
                {QStringLiteral("uri"), QStringLiteral("qemu:///system")}, {QStringLiteral("domains"), domains}}}}};
    writeFile(g_root + QStringLiteral("/bundle.json"), QJsonDocument(m).toJson());
}

void BM_AllChecksOverBundle(benchmark::State &state)
{
    QString error;
    const auto facts = readBundle(g_root, &error);
    if (!facts) {
        state.SkipWithError(qPrintable(error));
        return;
    }
    for (auto _ : state) {
        const Report r = diagnose(*facts, {});
        benchmark::DoNotOptimize(r.findings.size());
    }
    state.counters["devices"] = double(facts->topology.devices.size());
    state.counters["guests"] = double(facts->libvirt->first().domains.size());
}
BENCHMARK(BM_AllChecksOverBundle)->Unit(benchmark::kMillisecond);

void BM_ReadBundle(benchmark::State &state)
{
    for (auto _ : state) {
        QString error;
        benchmark::DoNotOptimize(readBundle(g_root, &error).has_value());
    }
}
BENCHMARK(BM_ReadBundle)->Unit(benchmark::kMillisecond);

void BM_LiveCollect(benchmark::State &state)
{
    for (auto _ : state)
        benchmark::DoNotOptimize(collectLive({QStringLiteral("test:///default")}, {}, {}).topology.devices.size());
}
BENCHMARK(BM_LiveCollect)->Unit(benchmark::kMillisecond)->Iterations(5);
} // namespace

int main(int argc, char **argv)
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_diagnostics TREE_ROOT [benchmark flags]\n");
        return 2;
    }
    QCoreApplication app(argc, argv);
    g_root = QString::fromLocal8Bit(argv[1]);
    makeBundle();
    std::vector<char *> rest {argv[0]};
    for (int i = 2; i < argc; ++i)
        rest.push_back(argv[i]);
    int n = int(rest.size());
    benchmark::Initialize(&n, rest.data());
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
