// SPDX-License-Identifier: GPL-3.0-or-later
// The attack run of issue 16, one test per finding (tests/README.md lists them with the figures
// from before): a full disk under `assign` and `collect`, two writers at once, an assignments file
// that is not a list, FIFOs where files belong, a bundle folder made by another user, an archive
// name that looks like an option, hostile archives, redaction by value, control characters on the
// terminal, HTML in tool tips, the agent's lock without XDG_RUNTIME_DIR.
//
// The plugboardctl under test is the one just built, or $PLUGBOARDCTL_UNDER_TEST: pointing it at
// an older build shows which findings that build still has.
#include "../common/faketree.h"
#include "diagnostics/bundlewriter.h"
#include "diagnostics/facts.h"
#include "host/sysfshostbackend.h"
#include "host/topologyreader.h"
#include "hostusbmodel.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace plugboard;
using plugboard::test::FakeTree;

namespace {
struct Run
{
    int code = -1; // -1: did not finish in time (killed) or crashed
    QByteArray out, err;
    qint64 ms = 0;
};

QString ctlPath()
{
    const QString over = qEnvironmentVariable("PLUGBOARDCTL_UNDER_TEST");
    return over.isEmpty() ? QStringLiteral(PLUGBOARDCTL_PATH) : over;
}

// An environment of its own: English, a fresh config folder, a private runtime folder.
QProcessEnvironment baseEnv(const QString &config, const QString &runtime)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PLUGBOARD_LANG"), QStringLiteral("en"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), config);
    if (runtime.isEmpty())
        env.remove(QStringLiteral("XDG_RUNTIME_DIR"));
    else
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime);
    return env;
}

Run ctl(const QStringList &args, const QProcessEnvironment &env, int timeoutMs = 30000, const QString &cwd = {})
{
    QProcess p;
    p.setProcessEnvironment(env);
    if (!cwd.isEmpty())
        p.setWorkingDirectory(cwd);
    QElapsedTimer t;
    t.start();
    p.start(ctlPath(), args);
    Run r;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished(5000);
        r.ms = t.elapsed();
        return r;
    }
    r.ms = t.elapsed();
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

// What a run printed, for a failure message.
QByteArray printed(const Run &r)
{
    return r.out + r.err;
}

bool run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    return p.waitForFinished(60000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<unreadable>");
}

void writeAll(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        f.write(data);
}

// Fills a filesystem to the last byte.
void fill(const QString &dir)
{
    QFile f(dir + QStringLiteral("/filler"));
    if (!f.open(QIODevice::WriteOnly))
        return;
    const QByteArray block(4096, 'x');
    while (f.write(block) == block.size()) { }
    while (f.write("x", 1) == 1) { }
    f.close();
}

QStringList filesUnder(const QString &dir)
{
    QStringList out;
    QDirIterator it(
        dir, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext())
        out << it.next();
    return out;
}

bool isRoot()
{
    return ::geteuid() == 0;
}

QString userName()
{
    const passwd *pw = ::getpwuid(::getuid());
    return pw ? QString::fromLocal8Bit(pw->pw_name) : QString();
}

// A tmpfs of `size` at `dir` (root only; CI runs as root).
bool mountTmpfs(const QString &dir, const QString &size)
{
    return isRoot()
        && run(QStringLiteral("mount"),
            {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"), QStringLiteral("size=") + size,
                QStringLiteral("plugboard-hardening"), dir});
}
} // namespace

class TestHardening : public QObject
{
    Q_OBJECT
    QTemporaryDir m_archives;

private Q_SLOTS:
    void initTestCase()
    {
        qInfo("plugboardctl under test: %s", qPrintable(ctlPath()));
        QVERIFY(QFileInfo(ctlPath()).isExecutable());
        QVERIFY(run(QStringLiteral("python3"),
            {QStringLiteral(PLUGBOARD_SOURCE_DIR "/tests/common/hostile-archives.py"), m_archives.path()}));
    }

    // --- Data loss -------------------------------------------------------------------------------

    void assignOnAFullDisk()
    {
        QTemporaryDir mnt, runtime;
        if (!mountTmpfs(mnt.path(), QStringLiteral("64k")))
            QSKIP("mounting a small tmpfs needs root (CI runs as root)");
        auto unmount = qScopeGuard([&] {
            run(QStringLiteral("umount"), {mnt.path()});
        });
        const QProcessEnvironment env = baseEnv(mnt.path() + QStringLiteral("/config"), runtime.path());
        const QString guest = QStringLiteral("test:///default#test");
        Run r = ctl({QStringLiteral("assign"), QStringLiteral("0781:5567"), guest}, env);
        QVERIFY2(r.code == 0, r.err.constData());
        const QString file = mnt.path() + QStringLiteral("/config/plugboard/assignments.json");
        const QByteArray before = readAll(file);
        QVERIFY(before.contains("0781:5567"));
        fill(mnt.path());
        // Before: exit 0, "Assigned", and an empty assignments.json that every later command refuses.
        r = ctl({QStringLiteral("assign"), QStringLiteral("0781:5568"), guest}, env);
        QVERIFY2(r.code == 1, printed(r).constData());
        QVERIFY2(!r.out.contains("Assigned"), r.out.constData());
        QVERIFY2(r.err.contains("No space left on device"), r.err.constData());
        QCOMPARE(readAll(file), before);
        QFile::remove(mnt.path() + QStringLiteral("/filler"));
        r = ctl({QStringLiteral("assignments"), QStringLiteral("--json")}, env);
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("assignments")).toArray().size(), 1);
        // No temporary file of the failed write is left behind.
        QCOMPARE(QDir(QFileInfo(file).absolutePath())
                     .entryList(QDir::Files | QDir::Hidden)
                     .filter(QRegularExpression(QStringLiteral("^assignments\\.json\\.(?!lock$)"))),
            QStringList());
    }

    void collectOnAFullDisk()
    {
        QTemporaryDir mnt, config, runtime;
        if (!mountTmpfs(mnt.path(), QStringLiteral("64k")))
            QSKIP("mounting a small tmpfs needs root (CI runs as root)");
        auto unmount = qScopeGuard([&] {
            run(QStringLiteral("umount"), {mnt.path()});
        });
        fill(mnt.path());
        // Before: "Bundle written" with an empty bundle.json, exit 0.
        const Run r = ctl({QStringLiteral("collect"), mnt.path() + QStringLiteral("/bundle"),
                              QStringLiteral("--connect"), QStringLiteral("test:///default")},
            baseEnv(config.path(), runtime.path()));
        QVERIFY2(r.code == 1, printed(r).constData());
        QVERIFY2(!r.out.contains("Bundle written"), r.out.constData());
        QVERIFY2(r.err.contains("No space left on device"), r.err.constData());
    }

    void twoWritersLoseNothing()
    {
        // Two loops of `assign` at once, as two terminals (or the window and a script) would run
        // them. Before: about 4 in 100 entries lost (read, change, save with no lock).
        QTemporaryDir config, runtime;
        const QProcessEnvironment env = baseEnv(config.path(), runtime.path());
        const int perLoop = 60;
        QList<QProcess *> loops;
        for (int w = 0; w < 2; ++w) {
            auto *p = new QProcess(this);
            p->setProcessEnvironment(env);
            p->start(QStringLiteral("sh"),
                {QStringLiteral("-c"),
                    QStringLiteral("i=0; while [ $i -lt %1 ]; do \"$0\" assign $(printf '%2%03x:0001' $i) "
                                   "test:///default#test >/dev/null || echo \"failed $i\" >&2; i=$((i+1)); done")
                        .arg(perLoop)
                        .arg(w + 1),
                    ctlPath()});
            loops << p;
        }
        for (QProcess *p : std::as_const(loops)) {
            QVERIFY(p->waitForFinished(120000));
            QCOMPARE(p->readAllStandardError(), QByteArray());
            delete p;
        }
        const Run r = ctl({QStringLiteral("assignments"), QStringLiteral("--json")}, env);
        QVERIFY2(r.code == 0, r.err.constData());
        QSet<QString> devices;
        for (const QJsonValue &a :
            QJsonDocument::fromJson(r.out).object().value(QStringLiteral("assignments")).toArray())
            devices.insert(a.toObject().value(QStringLiteral("device")).toString());
        QCOMPARE(devices.size(), 2 * perLoop);
    }

    void anAssignmentsObjectIsNotAnEmptyList()
    {
        // Before: read as no assignments; the next `assign` saved over the user's file.
        QTemporaryDir config, runtime;
        const QProcessEnvironment env = baseEnv(config.path(), runtime.path());
        const QString file = config.path() + QStringLiteral("/plugboard/assignments.json");
        const QByteArray mine = "{\"version\": 1, \"assignments\": {\"0781:5567\": \"test:///default#test\"}}\n";
        writeAll(file, mine);
        Run r = ctl({QStringLiteral("assignments"), QStringLiteral("--json")}, env);
        QVERIFY2(r.code == 1, printed(r).constData());
        QVERIFY2(r.err.contains(QFile::encodeName(file)), r.err.constData());
        r = ctl({QStringLiteral("assign"), QStringLiteral("1d6b:0002"), QStringLiteral("test:///default#test")}, env);
        QVERIFY2(r.code == 1, printed(r).constData());
        QCOMPARE(readAll(file), mine);
    }

    void fifosAreRefusedNotWaitedOn()
    {
        // Before: `assignments` and `guests --vmx` waited for a writer forever.
        QTemporaryDir config, runtime, vms;
        const QProcessEnvironment env = baseEnv(config.path(), runtime.path());
        QDir().mkpath(config.path() + QStringLiteral("/plugboard"));
        QVERIFY(
            ::mkfifo(QFile::encodeName(config.path() + QStringLiteral("/plugboard/assignments.json")).constData(), 0600)
            == 0);
        Run r = ctl({QStringLiteral("assignments")}, env, 10000);
        QVERIFY2(r.code == 1, qPrintable(QStringLiteral("exit %1 after %2 ms").arg(r.code).arg(r.ms)));
        QVERIFY2(r.err.contains("named pipe"), r.err.constData());

        const QString vmx = vms.path() + QStringLiteral("/dev.vmx");
        QVERIFY(::mkfifo(QFile::encodeName(vmx).constData(), 0600) == 0);
        r = ctl({QStringLiteral("guests"), QStringLiteral("--json"), QStringLiteral("--connect"),
                    QStringLiteral("test:///default"), QStringLiteral("--vmx"), vmx},
            env, 10000);
        QVERIFY2(r.code != -1, qPrintable(QStringLiteral("still waiting after %1 ms").arg(r.ms)));
        QVERIFY2(printed(r).contains("named pipe"), printed(r).constData());
    }

    // --- Leaks -----------------------------------------------------------------------------------

    void collectIntoAFolderOfAnotherUser()
    {
        // Someone else made the folder (and may write into it): they could plant links in it
        // that the bundle's files would be written through. Before: collected into, following a
        // planted bundle.json link onto the caller's file.
        if (!isRoot())
            QSKIP("making a folder of another user needs root (CI runs as root)");
        QTemporaryDir base, config, runtime;
        const QProcessEnvironment env = baseEnv(config.path(), runtime.path());
        const QString shared = base.path() + QStringLiteral("/shared");
        const QString victim = base.path() + QStringLiteral("/victim.txt");
        writeAll(victim, "mine\n");
        QVERIFY(QDir().mkpath(shared));
        QVERIFY(::chown(QFile::encodeName(shared).constData(), 1, 1) == 0);
        QVERIFY(::chmod(QFile::encodeName(shared).constData(), 0777) == 0);
        const QStringList args = {QStringLiteral("--connect"), QStringLiteral("test:///default")};
        Run r = ctl(QStringList {QStringLiteral("collect"), shared} + args, env);
        QVERIFY2(r.code == 1, printed(r).constData());
        QVERIFY2(r.err.contains("belongs to another user"), r.err.constData());
        QCOMPARE(filesUnder(shared), QStringList());
        // The same with the link already planted.
        QVERIFY(QFile::link(victim, shared + QStringLiteral("/bundle.json")));
        r = ctl(QStringList {QStringLiteral("collect"), shared} + args, env);
        QVERIFY2(r.code == 1, printed(r).constData());
        QCOMPARE(readAll(victim), QByteArray("mine\n"));
        // A folder of one's own that is not empty: refused, nothing in it touched.
        const QString mineDir = base.path() + QStringLiteral("/notes");
        writeAll(mineDir + QStringLiteral("/todo.txt"), "buy milk\n");
        r = ctl(QStringList {QStringLiteral("collect"), mineDir} + args, env);
        QVERIFY2(r.code == 1, printed(r).constData());
        QCOMPARE(filesUnder(mineDir), QStringList {mineDir + QStringLiteral("/todo.txt")});
        // A new folder: made 0700.
        const QString fresh = base.path() + QStringLiteral("/fresh");
        r = ctl(QStringList {QStringLiteral("collect"), fresh} + args, env);
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(QFileInfo(fresh).permissions() & (QFile::ReadGroup | QFile::ReadOther | QFile::ExeOther),
            QFileDevice::Permissions());
    }

    void anArchiveNameIsNotAnOption()
    {
        // Before: the name went to tar as an argument of its own; "--version" made tar print its
        // version and write no archive while collect said it had.
        QTemporaryDir cwd, config, runtime;
        const QProcessEnvironment env = baseEnv(config.path(), runtime.path());
        Run r = ctl({QStringLiteral("collect"), QStringLiteral("--archive"), QStringLiteral("--connect"),
                        QStringLiteral("test:///default"), QStringLiteral("--"), QStringLiteral("--version")},
            env, 60000, cwd.path());
        QVERIFY2(r.code == 0, printed(r).constData());
        QVERIFY2(!r.out.contains("GNU tar"), r.out.constData());
        const QString archive = cwd.path() + QStringLiteral("/--version.tar.gz");
        QVERIFY(QFileInfo(archive).isFile());
        r = ctl({QStringLiteral("diagnose"), QStringLiteral("--bundle"), archive}, env);
        QVERIFY2(r.code == 0, printed(r).constData());
    }

    // --- Hostile input ---------------------------------------------------------------------------

    void hostileArchives_data()
    {
        QTest::addColumn<QString>("archive");
        QTest::addColumn<QString>("reason");
        // Before: the hard links, the device nodes and the FIFO were unpacked and the bundle read;
        // the bombs filled TMPDIR until tar failed.
        QTest::newRow("400 hard links to 16 MiB") << "hardlinks"
                                                  << "hard link";
        QTest::newRow("2 GiB of zeros") << "bomb"
                                        << "more than";
        QTest::newRow("1.2 GiB in 60 MiB files") << "total"
                                                 << "more than 512 MiB";
        QTest::newRow("device nodes") << "devnode"
                                      << "device node";
        QTest::newRow("FIFO") << "fifo"
                              << "named pipe";
        QTest::newRow("a link out and a file through it") << "symlink-out"
                                                          << "outside";
        QTest::newRow("absolute path") << "absolute"
                                       << "outside";
        QTest::newRow("climbing path") << "climbing"
                                       << "outside";
        QTest::newRow("not an archive") << "garbage"
                                        << "not a readable archive";
        QTest::newRow("cut off") << "truncated"
                                 << "damaged";
    }

    void hostileArchives()
    {
        QFETCH(QString, archive);
        QFETCH(QString, reason);
        QTemporaryDir tmp, config, runtime;
        QProcessEnvironment env = baseEnv(config.path(), runtime.path());
        env.insert(QStringLiteral("TMPDIR"), tmp.path());
        const QString path = m_archives.path() + QLatin1Char('/') + archive + QStringLiteral(".tar.gz");
        const Run r = ctl({QStringLiteral("diagnose"), QStringLiteral("--bundle"), path}, env, 60000);
        QVERIFY2(r.code == 1, printed(r).constData());
        QVERIFY2(r.err.contains(reason.toUtf8()), r.err.constData());
        // The scratch folder is gone; nothing was planted anywhere.
        QCOMPARE(filesUnder(tmp.path()), QStringList());
        QVERIFY(!QFileInfo::exists(QStringLiteral("/tmp/plugboard-planted")));
        QVERIFY(!QFileInfo::exists(QStringLiteral("/tmp/plugboard-planted-absolute")));
        QVERIFY(
            !QFileInfo::exists(QFileInfo(tmp.path()).absolutePath() + QStringLiteral("/plugboard-planted-climbing")));
    }

    void redactionByValue()
    {
        // A user named like their host, collecting with --redact. Before: the serial stayed in the
        // kernel log, HID_UNIQ, the subject and a udev rule; "kimlab-pc" became "<user>-pc"; the
        // domain, the URI's user@host, wwid, VPD page 80, input uniq and MACs stayed.
        const QString user = QStringLiteral("kimlab");
        const QString host = QStringLiteral("kimlab-pc.lab.example.net");
        const QString serial = QStringLiteral("4C530001234567891011");
        const QString goneSerial = QStringLiteral("AA00BB11CC22DD33");
        const QString wwid = QStringLiteral("t10.ATA     Samsung SSD 870 S5Y1NX0R123456");
        const QString vpd = QStringLiteral("WD-WCC4N7KX1234");
        const QString uniq = QStringLiteral("cc:98:8b:12:34:56");
        const QString mac = QStringLiteral("00:e0:4c:68:0a:1b");
        const QString hidUniq = QStringLiteral("7f3c9a01e2");
        FakeTree tree;
        const QString xhci = tree.addXhci();
        const QString stick = tree.addDevice(xhci + QStringLiteral("/usb1"), QStringLiteral("1-2"),
            {{QStringLiteral("serial"), serial.toUtf8() + '\n'}});
        const QString iface = stick + QStringLiteral("/1-2:1.0");
        tree.write(iface + QStringLiteral("/host6/target6:0:0/6:0:0:0/wwid"), wwid.toUtf8() + '\n');
        tree.write(iface + QStringLiteral("/host6/target6:0:0/6:0:0:0/vpd_pg80"),
            QByteArray("\x00\x80\x00\x0f", 4) + vpd.toUtf8());
        const QString kbd = tree.addDevice(
            xhci + QStringLiteral("/usb1"), QStringLiteral("1-3"), {{QStringLiteral("serial"), "\n"}}, {"03"});
        tree.write(kbd + QStringLiteral("/1-3:1.0/0003:046D:C52B.0001/uevent"),
            "DRIVER=hid-generic\nHID_ID=0003:0000046D:0000C52B\nHID_UNIQ=" + hidUniq.toUtf8() + "\n");
        tree.write(kbd + QStringLiteral("/1-3:1.0/0003:046D:C52B.0001/input/input7/uniq"), uniq.toUtf8() + '\n');
        const QString nic = tree.addDevice(xhci + QStringLiteral("/usb1"), QStringLiteral("1-4"), {}, {"ff"});
        tree.write(nic + QStringLiteral("/1-4:1.0/net/enx00e04c680a1b/address"), mac.toUtf8() + '\n');

        diagnostics::Facts f;
        f.source = QStringLiteral("live");
        f.topology = host::TopologyReader(host::SysfsRoot(tree.root()), nullptr).readAll();
        f.userName = user;
        f.uid = 1000;
        f.groups = {user, QStringLiteral("plugdev"), QStringLiteral("libvirt")};
        f.subject.device = QStringLiteral("1-2");
        f.subject.guest
            = QStringLiteral("qemu+ssh://") + user + QLatin1Char('@') + host + QStringLiteral("/system#win11");
        f.kernelLog = QStringList {
            QStringLiteral("usb 1-2: SerialNumber: ") + serial,
            QStringLiteral("usb 1-5: SerialNumber: ") + goneSerial,
            QStringLiteral("r8152 1-4:1.0 enx00e04c680a1b: renamed from eth0, MAC ") + mac,
            QStringLiteral("systemd-logind: New session 3 of user ") + user + QStringLiteral(" on ") + host,
        };
        f.mountinfo = QStringLiteral("42 1 8:1 / /home/") + user + QStringLiteral(" rw - ext4 /dev/sda1 rw\n");
        f.udevRules.insert(QStringLiteral("/etc/udev/rules.d/99-stick.rules"),
            QStringLiteral("SUBSYSTEM==\"usb\", ATTR{serial}==\"") + serial + QStringLiteral("\", GROUP=\"") + user
                + QStringLiteral("\"\n"));
        diagnostics::LibvirtFacts lv;
        lv.uri = QStringLiteral("qemu+ssh://") + user + QLatin1Char('@') + host + QStringLiteral("/system");
        diagnostics::DomainFacts dom;
        dom.uri = lv.uri;
        dom.name = QStringLiteral("win11");
        dom.state = GuestState::Running;
        dom.xml = QStringLiteral("<domain type='kvm'><name>win11</name><devices><hostdev mode='subsystem' type='usb'>"
                                 "<source><vendor id='0x0781'/><product id='0x5567'/></source></hostdev>"
                                 "<interface type='network'><mac address='%1'/></interface>"
                                 "<disk type='file'><source file='/home/%2/vm/win11.qcow2'/></disk>"
                                 "</devices></domain>")
                      .arg(mac, user)
                      .toUtf8();
        dom.log = {QStringLiteral("2026-12-01 qemu-system-x86_64 -name guest=win11 -device usb-host,serial=") + serial};
        lv.domains = {dom};
        f.libvirt = QList<diagnostics::LibvirtFacts> {lv};

        QTemporaryDir out;
        const QString dir = out.path() + QStringLiteral("/bundle");
        diagnostics::BundleOptions o;
        o.redact = true;
        o.sysRoot = tree.root();
        o.hostName = host;
        QString error;
        QVERIFY2(diagnostics::writeBundle(f, dir, o, &error), qPrintable(error));

        const QStringList secrets {serial, goneSerial, wwid, vpd, uniq, mac, QStringLiteral("00e04c680a1b"), hidUniq,
            user, QStringLiteral("kimlab-pc"), QStringLiteral("lab.example.net"), QStringLiteral("example.net")};
        // Every leak at once, to see them all when one comes back.
        QStringList leaks;
        int files = 0;
        for (const QString &path : filesUnder(dir)) {
            const QString rel = path.mid(dir.size() + 1);
            const QFileInfo fi(path);
            const QString text = fi.isFile() && !fi.isSymLink() ? QString::fromUtf8(readAll(path)) : QString();
            files += fi.isFile() && !fi.isSymLink();
            for (const QString &s : secrets) {
                if (rel.contains(s, Qt::CaseInsensitive))
                    leaks << QStringLiteral("%1 in the name %2").arg(s, rel);
                if (text.contains(s, Qt::CaseInsensitive))
                    leaks << QStringLiteral("%1 in %2").arg(s, rel);
            }
        }
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(QLatin1Char('\n'))));
        QVERIFY(files > 20);
        // Still a bundle that reads, with the same placeholder for the same value everywhere.
        const auto back = diagnostics::readBundle(dir, &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->topology.devices.size(), f.topology.devices.size());
        const QByteArray manifest = readAll(dir + QStringLiteral("/bundle.json"));
        const QString subject = QJsonDocument::fromJson(manifest)
                                    .object()
                                    .value(QStringLiteral("subject"))
                                    .toObject()
                                    .value(QStringLiteral("guest"))
                                    .toString();
        QVERIFY2(subject.endsWith(QLatin1String("/system#win11")), qPrintable(subject));
        const QString stickSerial = back->topology.devices.value(QStringLiteral("1-2")).serial;
        QVERIFY(!stickSerial.isEmpty());
        QVERIFY(readAll(dir + QStringLiteral("/logs/kernel.log")).contains(stickSerial.toUtf8()));
        QVERIFY(readAll(dir + QStringLiteral("/etc/udev/rules.d/99-stick.rules")).contains(stickSerial.toUtf8()));
    }

    void controlCharactersAreShownNotObeyed()
    {
        // A product string that clears the screen, sets the terminal's title and reverses the
        // text after it. Before: printed raw by `devices` and `diagnose`.
        FakeTree tree;
        const QString xhci = tree.addXhci();
        tree.addDevice(xhci + QStringLiteral("/usb1"), QStringLiteral("1-2"),
            {{QStringLiteral("product"),
                "Evil\x1b]0;owned\x07\x1b[2J\xc2\x9b"
                "31m Stick\xe2\x80\xae"
                "gnp.exe\n"}});
        tree.write(QStringLiteral("logs/kernel.log"),
            "usb 1-2: new high-speed USB device number 5 using xhci_hcd\n"
            "usb 1-2: Product: Evil\x1b]0;owned\x07\x1b[2J\n"
            "usb 1-2: device descriptor read/64, error -71\n");
        tree.write(QStringLiteral("bundle.json"),
            "{\"format\": \"plugboard-bundle\", \"version\": 1, "
            "\"subject\": {\"device\": \"1-2\"}}");
        QTemporaryDir config, runtime;
        const QProcessEnvironment env = baseEnv(config.path(), runtime.path());
        auto clean = [](const QByteArray &text) {
            return !text.contains('\x1b') && !text.contains('\x07') && !text.contains("\xc2\x9b")
                && !text.contains("\xe2\x80\xae");
        };
        Run r = ctl({QStringLiteral("devices"), QStringLiteral("--root"), tree.root()}, env);
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY2(clean(r.out), r.out.toPercentEncoding(" /:.()-\n").constData());
        QVERIFY2(r.out.contains("Evil\\x1b]0;owned\\x07\\x1b[2J\\x9b31m Stick\\u202egnp.exe"), r.out.constData());
        r = ctl({QStringLiteral("diagnose"), QStringLiteral("--bundle"), tree.root()}, env);
        QVERIFY2(r.code == 0 || r.code == 2, r.err.constData());
        QVERIFY2(clean(printed(r)), printed(r).toPercentEncoding(" /:.()-\n").constData());
        // JSON keeps the string as it is (escaped the JSON way).
        r = ctl({QStringLiteral("devices"), QStringLiteral("--json"), QStringLiteral("--root"), tree.root()}, env);
        QVERIFY2(r.out.contains("\\u001b]0;owned\\u0007"), r.out.constData());
    }

    void toolTipsAreNotHtml()
    {
        // A device whose product string is HTML. Before: the tool tip rendered it (bold text, an
        // image fetched from the path given).
        FakeTree tree;
        const QString xhci = tree.addXhci();
        tree.addDevice(xhci + QStringLiteral("/usb1"), QStringLiteral("1-2"),
            {{QStringLiteral("product"), "<b>Bold</b><img src='/etc/hostname'>\n"}});
        host::SysfsHostBackend backend({tree.root(), false, false});
        backend.start();
        ui::HostUsbModel model;
        model.setBackend(&backend);
        QModelIndexList found = model.match(model.index(0, 0), Qt::DisplayRole, QStringLiteral("<b>Bold</b>"), 1,
            Qt::MatchContains | Qt::MatchRecursive);
        QCOMPARE(found.size(), 1);
        const QString tip = model.data(found.first(), Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(QLatin1String("&lt;b&gt;Bold&lt;/b&gt;&lt;img")), qPrintable(tip));
        QVERIFY2(!tip.contains(QLatin1String("<b>")) && !tip.contains(QLatin1String("<img")), qPrintable(tip));
    }

    void agentLockWithoutARuntimeFolder()
    {
        // No XDG_RUNTIME_DIR, and another user made the per-user folders first. Before: the lock
        // fell back to the shared temporary folder, where that user could hold it (and so stop
        // the agent from ever acting) or replace it.
        if (!isRoot())
            QSKIP("making a folder of another user needs root (CI runs as root)");
        QTemporaryDir tmp, config;
        QVERIFY(::chmod(QFile::encodeName(tmp.path()).constData(), 01777) == 0);
        const QString mine = tmp.path() + QStringLiteral("/plugboard-%1").arg(::getuid());
        for (const QString &d : QStringList {mine, tmp.path() + QStringLiteral("/runtime-") + userName()}) {
            QVERIFY(QDir().mkpath(d));
            QVERIFY(::chown(QFile::encodeName(d).constData(), 1, 1) == 0);
            QVERIFY(::chmod(QFile::encodeName(d).constData(), 0777) == 0);
        }
        QProcessEnvironment env = baseEnv(config.path(), {});
        env.insert(QStringLiteral("TMPDIR"), tmp.path());
        // Where the agent's lock is while it runs (it goes when the agent stops); empty: none.
        auto runAgent = [&](QByteArray *err) {
            QProcess agent;
            agent.setProcessEnvironment(env);
            agent.start(ctlPath(), {QStringLiteral("agent")});
            if (!agent.waitForStarted())
                return QStringList {QStringLiteral("not started")};
            QTest::qWait(1500);
            const QStringList held = filesUnder(tmp.path()).filter(QStringLiteral("plugboard-assignments.lock"));
            agent.terminate();
            agent.waitForFinished(5000);
            *err = agent.readAllStandardError();
            return held;
        };
        QByteArray err;
        QStringList held = runAgent(&err);
        QVERIFY2(held.isEmpty(),
            qPrintable(QStringLiteral("a lock where another user can hold it: ") + held.join(QLatin1Char(' '))));
        QVERIFY2(err.contains("belongs to user 1"), err.constData());
        QVERIFY2(err.contains("Not acting on assignments"), err.constData());
        // A link where the folder should be: not followed.
        QVERIFY(QDir(mine).removeRecursively());
        const QString elsewhere = tmp.path() + QStringLiteral("/elsewhere");
        QVERIFY(QDir().mkpath(elsewhere));
        QVERIFY(QFile::link(elsewhere, mine));
        held = runAgent(&err);
        QVERIFY2(held.isEmpty(), qPrintable(QStringLiteral("the link was followed: ") + held.join(QLatin1Char(' '))));
        QVERIFY2(err.contains("is a link"), err.constData());
        // Nothing in the way: the folder is made 0700, the lock taken in it.
        QVERIFY(QFile::remove(mine));
        held = runAgent(&err);
        QCOMPARE(held, QStringList {mine + QStringLiteral("/plugboard-assignments.lock")});
        QCOMPARE(QFileInfo(mine).permissions()
                & ~(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadUser | QFile::WriteUser
                    | QFile::ExeUser),
            QFileDevice::Permissions());
    }
};

QTEST_MAIN(TestHardening)
#include "tst_hardening.moc"
