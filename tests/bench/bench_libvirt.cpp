// SPDX-License-Identifier: GPL-3.0-or-later
// Guests: listing 200 test-driver guests into the model; attach/detach round-trips against a real
// libvirtd (qemu:///session, see run-as-libvirt-user.sh) beside `virsh attach-device --config` in
// the same run. Usage: bench_libvirt [--session] [google-benchmark flags]
#include "guestmodel.h"
#include "libvirt/libvirtconnection.h"
#include "libvirt/libvirtsession.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>
#include <libvirt/libvirt.h>

#include <cstring>

using namespace plugboard;

namespace {
QString writeNodeFile(const QTemporaryDir &dir, int guests)
{
    QByteArray xml = "<node xmlns:test='http://libvirt.org/schemas/domain/test/1.0'>";
    for (int i = 0; i < guests; ++i) {
        xml += "<domain type='test'><name>guest" + QByteArray::number(i)
            + "</name><memory>65536</memory><os><type>hvm</type></os>"
              "<devices><controller type='usb' index='0' model='qemu-xhci' ports='8'/>"
              "<hostdev mode='subsystem' type='usb'><source><vendor id='0x0781'/><product "
              "id='0x5567'/></source></hostdev>"
              "</devices>"
            + QByteArray(i % 3 ? "" : "<test:runstate>5</test:runstate>") + "</domain>";
    }
    xml += "</node>";
    const QString path = dir.filePath(QStringLiteral("node.xml"));
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(xml);
    return path;
}

void BM_List200GuestsIntoModel(benchmark::State &state)
{
    QTemporaryDir dir;
    const QString uri = QStringLiteral("test://") + writeNodeFile(dir, 200);
    for (auto _ : state) {
        libvirt::LibvirtConnection conn(uri);
        ui::GuestModel model;
        model.addConnection(&conn);
        QSignalSpy reset(&conn, &libvirt::LibvirtConnection::guestsReset);
        QElapsedTimer t;
        t.start();
        conn.start();
        if (!reset.wait(10000)) {
            state.SkipWithError("no guests listed");
            break;
        }
        state.SetIterationTime(t.nsecsElapsed() / 1e9);
        state.counters["guests"] = model.rowCount(model.index(0, 0));
        state.counters["rows"] = model.nodeCount();
    }
}
BENCHMARK(BM_List200GuestsIntoModel)->UseManualTime()->Iterations(10)->Unit(benchmark::kMillisecond);

const QByteArray kGuest = "<domain type='qemu'><name>pbbench</name><memory unit='MiB'>64</memory>"
                          "<os><type arch='x86_64' machine='pc'>hvm</type></os><devices>"
                          "<controller type='usb' index='0' model='qemu-xhci'/></devices></domain>";

void BM_AttachDetachConfig_Plugboard(benchmark::State &state)
{
    libvirt::LibvirtSession s(QStringLiteral("qemu:///session"));
    libvirt::LibvirtError err;
    if (!s.open(&err)) {
        state.SkipWithError("qemu:///session is not reachable");
        return;
    }
    virDomainFree(virDomainDefineXML(s.handle(), kGuest.constData()));
    const libvirt::HostdevSpec spec {QStringLiteral("0781"), QStringLiteral("5567"), {}, {}, {}};
    for (auto _ : state) {
        if (!s.attachHostdev(QStringLiteral("pbbench"), spec, libvirt::AttachMode::Config).ok
            || !s.detachHostdev(QStringLiteral("pbbench"), spec, libvirt::AttachMode::Config).ok) {
            state.SkipWithError("attach/detach failed");
            break;
        }
    }
}
BENCHMARK(BM_AttachDetachConfig_Plugboard)->Iterations(30)->Unit(benchmark::kMillisecond);

void BM_AttachDetachConfig_Virsh(benchmark::State &state)
{
    // One virsh process running all commands, so process start-up is not counted against virsh.
    QTemporaryDir dir;
    QFile f(dir.filePath(QStringLiteral("hostdev.xml")));
    if (!f.open(QIODevice::WriteOnly))
        return;
    f.write(
        "<hostdev mode='subsystem' type='usb'><source><vendor id='0x0781'/><product id='0x5567'/></source></hostdev>");
    f.close();
    const int n = 30;
    QStringList script;
    for (int i = 0; i < n; ++i)
        script << QStringLiteral("attach-device pbbench %1 --config").arg(f.fileName())
               << QStringLiteral("detach-device pbbench %1 --config").arg(f.fileName());
    for (auto _ : state) {
        QProcess p;
        QElapsedTimer t;
        t.start();
        p.start(QStringLiteral("virsh"),
            {QStringLiteral("-q"), QStringLiteral("-c"), QStringLiteral("qemu:///session"),
                script.join(QStringLiteral("; "))});
        p.waitForFinished(120000);
        if (p.exitCode() != 0) {
            state.SkipWithError("virsh failed");
            break;
        }
        state.SetIterationTime(t.nsecsElapsed() / 1e9 / n);
    }
}
BENCHMARK(BM_AttachDetachConfig_Virsh)->UseManualTime()->Iterations(1)->Unit(benchmark::kMillisecond);
} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    libvirt::LibvirtSession::ensureEventLoop();
    std::vector<char *> args {argv[0]};
    bool session = false;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--session") == 0)
            session = true;
        else
            args.push_back(argv[i]);
    }
    static char filter[] = "--benchmark_filter=BM_List";
    if (!session)
        args.push_back(filter);
    int n = int(args.size());
    benchmark::Initialize(&n, args.data());
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    if (session) {
        QProcess::execute(QStringLiteral("virsh"),
            {QStringLiteral("-q"), QStringLiteral("-c"), QStringLiteral("qemu:///session"), QStringLiteral("undefine"),
                QStringLiteral("pbbench")});
    }
    return 0;
}
