// SPDX-License-Identifier: GPL-3.0-or-later
// VmxDocument and VMware guests: byte-identical round trips over the real-world corpus, edits
// that touch only their line, bad input, crash safety of the atomic write, a fake VMware home.
#include "vmware/vmwareguest.h"
#include "vmware/vmwareinventory.h"
#include "vmware/vmxdocument.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

namespace plugboard::vmware {
void setVmxSaveHookForTesting(void (*hook)(const char *step));
}

using namespace plugboard::vmware;

namespace {
QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeAll(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
}

// Lines that differ between two files (by position, for edits that keep the line count).
QList<QByteArray> changedLines(const QByteArray &a, const QByteArray &b)
{
    QList<QByteArray> out;
    const QList<QByteArray> la = a.split('\n'), lb = b.split('\n');
    for (int i = 0; i < qMax(la.size(), lb.size()); ++i) {
        const QByteArray x = la.value(i), y = lb.value(i);
        if (x != y)
            out.append(y);
    }
    return out;
}

const char *g_crashStep = nullptr;
void crashAt(const char *step)
{
    if (g_crashStep && qstrcmp(step, g_crashStep) == 0)
        _exit(42);
}
} // namespace

class TestVmx : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void corpusRoundTripsByteIdentical_data()
    {
        QTest::addColumn<QString>("file");
        const QDir dir(QStringLiteral(PLUGBOARD_TEST_DATA "/vmx"));
        const QStringList files = dir.entryList({QStringLiteral("*.vmx")});
        QVERIFY(files.size() >= 20);
        for (const QString &f : files)
            QTest::newRow(qPrintable(f)) << dir.filePath(f);
    }
    void corpusRoundTripsByteIdentical()
    {
        QFETCH(QString, file);
        const QByteArray bytes = readAll(file);
        QString error;
        const auto doc = VmxDocument::parse(bytes, &error);
        QVERIFY2(doc, qPrintable(error));
        QCOMPARE(doc->toBytes(), bytes);
        QVERIFY(doc->contains(QStringLiteral("config.version")) || doc->contains(QStringLiteral("virtualHW.version")));
    }

    void editsTouchOnlyTheirLine()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ws.vmx"));
        const QByteArray original = readAll(QStringLiteral(PLUGBOARD_TEST_DATA "/vmx/vmx2xml-ws-in-the-wild-1.vmx"));
        writeAll(path, original);
        ::chmod(QFile::encodeName(path).constData(), 0640);
        auto doc = VmxDocument::load(path);
        QVERIFY(doc);
        // Case-insensitive keys; existing line changed in place.
        QCOMPARE(doc->value(QStringLiteral("DISPLAYNAME")).value_or(QString()), QStringLiteral("debian6"));
        QVERIFY(doc->setValue(QStringLiteral("ehci.PRESENT"), QStringLiteral("FALSE")));
        QVERIFY(doc->setValue(QStringLiteral("usb_xhci.present"), QStringLiteral("TRUE")));
        QString error;
        QVERIFY2(doc->save(&error), qPrintable(error));
        const QByteArray after = readAll(path);
        const QList<QByteArray> diff = changedLines(original + "usb_xhci.present = \"TRUE\"\n", after);
        QCOMPARE(diff, QList<QByteArray> {QByteArray("ehci.present = \"FALSE\"")});
        QVERIFY(after.endsWith("usb_xhci.present = \"TRUE\"\n"));
        // The previous file is the backup, permissions are kept.
        QCOMPARE(readAll(VmxDocument::backupPath(path)), original);
        struct stat st
        {
        };
        QCOMPARE(::stat(QFile::encodeName(path).constData(), &st), 0);
        QCOMPARE(int(st.st_mode & 0777), 0640);
        // Removing what was added restores the bytes (after the first edit is undone too).
        auto again = VmxDocument::load(path);
        QVERIFY(again->setValue(QStringLiteral("ehci.present"), QStringLiteral("TRUE")));
        QCOMPARE(again->remove(QStringLiteral("usb_xhci.present")), 1);
        QVERIFY(again->save(&error));
        QCOMPARE(readAll(path), original);
        // An unchanged document is not even written.
        auto same = VmxDocument::load(path);
        QVERIFY(same->setValue(QStringLiteral("displayName"), QStringLiteral("debian6")));
        QVERIFY(!same->isModified());
    }

    void stylesEscapesAndEncodings()
    {
        // CRLF, odd spacing, duplicates (last wins), comments, |XX escapes, no final newline.
        const QByteArray text = "# comment\r\n.encoding = \"windows-1252\"\r\ndisplayName=\"Caf\xe9 |22Test|22\"\r\n"
                                "  memsize   =   \"512\"  # trailing\r\nmemsize = \"1024\"\r\n\r\nguestOS = bare-value";
        QString error;
        auto doc = VmxDocument::parse(text, &error);
        QVERIFY2(doc, qPrintable(error));
        QCOMPARE(doc->toBytes(), text);
        QCOMPARE(doc->value(QStringLiteral("displayname")).value_or(QString()), QStringLiteral("Caf\u00e9 \"Test\""));
        QCOMPARE(doc->value(QStringLiteral("memsize")).value_or(QString()), QStringLiteral("1024"));
        QCOMPARE(doc->value(QStringLiteral("guestOS")).value_or(QString()), QStringLiteral("bare-value"));
        QVERIFY(doc->setValue(QStringLiteral("displayName"), QStringLiteral("Zo\u00eb | #1")));
        QVERIFY(doc->setValue(QStringLiteral("usb.present"), QStringLiteral("TRUE")));
        const QByteArray out = doc->toBytes();
        QVERIFY(out.contains("displayName=\"Zo\xeb |7C |231\"\r\n"));
        // The file's own line ending; the last line, without one, stays last and byte-identical (it
        // used to gain a line ending: found in the attack review).
        QVERIFY2(out.endsWith("\r\n\r\nusb.present = \"TRUE\"\r\nguestOS = bare-value"), out.constData());
        QVERIFY(!doc->setValue(
            QStringLiteral("displayName"), QStringLiteral("\u4e2d\u6587"), &error)); // not in windows-1252
        QVERIFY(error.contains(QLatin1String("encoding")));
        // UTF-8 file with Chinese name.
        auto utf = VmxDocument::parse(".encoding = \"UTF-8\"\ndisplayName = \"\xe6\xb5\x8b\xe8\xaf\x95\"\n");
        QCOMPARE(utf->value(QStringLiteral("displayName")).value_or(QString()), QStringLiteral("\u6d4b\u8bd5"));
    }

    void badInput_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("why");
        QByteArray garbage(4096, '\0');
        for (int i = 0; i < garbage.size(); ++i)
            garbage[i] = char((i * 7919) % 251 + 1);
        QTest::addRow("binary garbage") << garbage << QStringLiteral("cannot be read");
        QTest::addRow("NUL bytes") << QByteArray("displayName = \"a\0b\"\n", 19) << QStringLiteral("binary");
        QTest::addRow("10 MB line") << (QByteArray("displayName = \"") + QByteArray(10 * 1024 * 1024, 'x') + "\"\n")
                                    << QStringLiteral("bytes");
        QTest::addRow("long line") << (QByteArray("displayName = \"") + QByteArray(100000, 'x') + "\"\n")
                                   << QStringLiteral("Line 1");
        QTest::addRow("unterminated quote")
            << QByteArray("memsize = \"512\ndisplayName = \"x\"\n") << QStringLiteral("closing quote");
        QTest::addRow("unknown encoding")
            << QByteArray(".encoding = \"klingon-8\"\ndisplayName = \"\xff\xfe\"\n") << QStringLiteral("klingon-8");
        QTest::addRow("text after value")
            << QByteArray("memsize = \"512\" extra\n") << QStringLiteral("after the closing quote");
        QTest::addRow("no equals") << QByteArray("this is prose\n") << QStringLiteral("key = ");
    }
    void badInput()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, why);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.vmx"));
        writeAll(path, bytes);
        QString error;
        QVERIFY(!VmxDocument::load(path, &error));
        QVERIFY2(error.contains(why), qPrintable(error));
        // Editing through the guest API refuses too, and leaves the file untouched.
        const auto r
            = VmwareGuestFile::addAutoconnect(path, QStringLiteral("0781"), QStringLiteral("5567"), dir.path());
        QVERIFY(!r.ok);
        QCOMPARE(readAll(path), bytes);
        QVERIFY(!QFile::exists(VmxDocument::backupPath(path)));
    }

    void changedOnDiskIsNotOverwritten()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("vm.vmx"));
        writeAll(path, "displayName = \"a\"\n");
        auto doc = VmxDocument::load(path);
        QVERIFY(doc->setValue(QStringLiteral("memsize"), QStringLiteral("512")));
        writeAll(path, "displayName = \"b\"\n"); // VMware (or the user) wrote it meanwhile
        QString error;
        QVERIFY(!doc->save(&error));
        QVERIFY2(error.contains(QLatin1String("changed by another program")), qPrintable(error));
        QCOMPARE(readAll(path), QByteArray("displayName = \"b\"\n"));
    }

    void crashAtEveryStepLeavesOldOrNew_data()
    {
        QTest::addColumn<QString>("step");
        QTest::addColumn<bool>("expectNew");
        QTest::addRow("after temp write") << QStringLiteral("written") << false;
        QTest::addRow("after fsync") << QStringLiteral("synced") << false;
        QTest::addRow("after backup") << QStringLiteral("backed-up") << false;
        QTest::addRow("after rename") << QStringLiteral("renamed") << true;
    }
    void crashAtEveryStepLeavesOldOrNew()
    {
        QFETCH(QString, step);
        QFETCH(bool, expectNew);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("vm.vmx"));
        const QByteArray old = readAll(QStringLiteral(PLUGBOARD_TEST_DATA "/vmx/esx-in-the-wild-12.vmx"));
        writeAll(path, old);
        auto doc = VmxDocument::load(path);
        QVERIFY(doc);
        QVERIFY(doc->setValue(QStringLiteral("usb.present"), QStringLiteral("TRUE")));
        const QByteArray expected = doc->toBytes();
        const QByteArray stepName = step.toLatin1();
        const pid_t child = ::fork();
        if (child == 0) {
            // The writer dies at this step, as if killed.
            g_crashStep = stepName.constData();
            setVmxSaveHookForTesting(crashAt);
            doc->save();
            _exit(0);
        }
        int status = 0;
        QCOMPARE(::waitpid(child, &status, 0), child);
        QVERIFY(WIFEXITED(status));
        QCOMPARE(WEXITSTATUS(status), 42);
        const QByteArray now = readAll(path);
        QCOMPARE(now, expectNew ? expected : old); // never truncated, never a mix
        if (step == QLatin1String("backed-up") || step == QLatin1String("renamed"))
            QCOMPARE(readAll(VmxDocument::backupPath(path)), old);
    }

    // ---- The attack review (tests/README.md): each of these failed before. ----

    void symlinkedVmxEditsItsTarget()
    {
        QTemporaryDir dir;
        const QString real = dir.filePath(QStringLiteral("store/vm.vmx"));
        writeAll(real, "displayName = \"a\"\n");
        const QString link = dir.filePath(QStringLiteral("vm.vmx"));
        QVERIFY(QFile::link(real, link));
        auto doc = VmxDocument::load(link);
        QVERIFY(doc->setValue(QStringLiteral("usb.present"), QStringLiteral("TRUE")));
        QString error;
        QVERIFY2(doc->save(&error), qPrintable(error));
        QVERIFY(QFileInfo(link).isSymLink()); // the link stays a link
        QCOMPARE(readAll(real), QByteArray("displayName = \"a\"\nusb.present = \"TRUE\"\n"));
    }

    void someoneElsesFileIsNotTakenOver()
    {
        if (::geteuid() != 0)
            QSKIP("needs root to make a file of another user's (CI runs as root)");
        QTemporaryDir dir;
        ::chmod(QFile::encodeName(dir.path()).constData(), 0777);
        const QString path = dir.filePath(QStringLiteral("vm.vmx"));
        writeAll(path, "displayName = \"a\"\n");
        QVERIFY(::chown(QFile::encodeName(path).constData(), 1, 1) == 0); // daemon's
        ::chmod(QFile::encodeName(path).constData(), 0666);
        // A user (nobody) who may write the file and its folder, but does not own it.
        const pid_t child = ::fork();
        if (child == 0) {
            if (::setgid(65534) != 0 || ::setuid(65534) != 0)
                _exit(3);
            auto doc = VmxDocument::load(path);
            if (!doc || !doc->setValue(QStringLiteral("usb.present"), QStringLiteral("TRUE")))
                _exit(4);
            QString error;
            _exit(doc->save(&error) ? 1 : (error.contains(QLatin1String("another user")) ? 0 : 2));
        }
        int status = 0;
        QCOMPARE(::waitpid(child, &status, 0), child);
        QVERIFY(WIFEXITED(status));
        QCOMPARE(WEXITSTATUS(status), 0); // refused, with the reason
        QCOMPARE(QFileInfo(path).ownerId(), 1u);
        QCOMPARE(readAll(path), QByteArray("displayName = \"a\"\n"));
    }

    void linesAppendedWhileSavingAreNotLost()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("vm.vmx"));
        writeAll(path, "displayName = \"a\"\n");
        auto doc = VmxDocument::load(path);
        QVERIFY(doc->setValue(QStringLiteral("usb.present"), QStringLiteral("TRUE")));
        // Another program appends a line after the change check, before the rename.
        static QString target;
        target = path;
        setVmxSaveHookForTesting([](const char *step) {
            if (qstrcmp(step, "synced") == 0) {
                QFile f(target);
                if (f.open(QIODevice::Append))
                    f.write("sound.present = \"TRUE\"\n");
            }
        });
        QString error;
        const bool saved = doc->save(&error);
        setVmxSaveHookForTesting(nullptr);
        QVERIFY(!saved);
        QVERIFY2(error.contains(QLatin1String("changed by another program")), qPrintable(error));
        QCOMPARE(readAll(path), QByteArray("displayName = \"a\"\nsound.present = \"TRUE\"\n"));
    }

    void notWhileVmwareHoldsItsLock()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("vm.vmx"));
        writeAll(path, "displayName = \"a\"\n");
        auto doc = VmxDocument::load(path);
        QVERIFY(doc->setValue(QStringLiteral("usb.present"), QStringLiteral("TRUE")));
        writeAll(path + QStringLiteral(".lck/M12345.lck"), "pid 4242\n"); // VMware opened it meanwhile
        QString error;
        QVERIFY(!doc->save(&error));
        QVERIFY2(error.contains(QLatin1String("VMware has")), qPrintable(error));
        QCOMPARE(readAll(path), QByteArray("displayName = \"a\"\n"));
    }

    void temporaryFilesOfAKilledWriterAreRemoved()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("vm.vmx"));
        writeAll(path, "displayName = \"a\"\n");
        writeAll(path + QStringLiteral(".plugboard-tmp-Ab3dEf"), "displayName = \"half"); // a writer killed mid-write
        writeAll(path + QStringLiteral(".plugboard-tmp-notours-really"), "x"); // not of the pattern: kept
        auto doc = VmxDocument::load(path);
        QVERIFY(doc->setValue(QStringLiteral("usb.present"), QStringLiteral("TRUE")));
        QVERIFY(doc->save());
        QVERIFY(!QFile::exists(path + QStringLiteral(".plugboard-tmp-Ab3dEf")));
        QVERIFY(QFile::exists(path + QStringLiteral(".plugboard-tmp-notours-really")));
        QVERIFY(QDir(dir.path()).entryList({QStringLiteral("vm.vmx.plugboard-tmp-??????")}).isEmpty());
    }

    void aFifoIsNotReadAsAVmx()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("vm.vmx"));
        QVERIFY(::mkfifo(QFile::encodeName(path).constData(), 0600) == 0);
        QString error;
        QVERIFY(!VmxDocument::load(path, &error)); // returns at once: never opened
        QVERIFY2(error.contains(QLatin1String("pipe")), qPrintable(error));
    }

    void legacyCodePages_data()
    {
        // Real .vmx files re-encoded into the code pages VMware writes (tests/data/NOTICE.md).
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("encoding");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("foreign"); // a name that code page cannot hold
        const QDir dir(QStringLiteral(PLUGBOARD_TEST_DATA "/vmx-encoded"));
        const QString cyrillic = QStringLiteral("\u0422\u0435\u0441\u0442");
        for (const QString &f : dir.entryList({QStringLiteral("*.vmx")})) {
            const auto doc = VmxDocument::parse(readAll(dir.filePath(f)));
            QVERIFY2(doc, qPrintable(f)); // refused before: the VM disappeared
            QTest::newRow(qPrintable(f)) << dir.filePath(f) << doc->encodingName()
                                         << doc->value(QStringLiteral("displayName")).value_or(QString())
                                         << (f.contains(QLatin1String("cp1252"))
                                                    ? QStringLiteral("\u4e2d\u6587")
                                                    : cyrillic + QStringLiteral("\U0001F600"));
        }
        QVERIFY(dir.entryList({QStringLiteral("*.vmx")}).size() >= 5);
    }

    void legacyCodePages()
    {
        QFETCH(QString, file);
        QFETCH(QString, encoding);
        QFETCH(QString, name);
        QFETCH(QString, foreign);
        const QByteArray bytes = readAll(file);
        auto doc = VmxDocument::parse(bytes);
        QVERIFY(doc);
        QCOMPARE(doc->toBytes(), bytes); // byte-identical
        // The name decodes to real characters (no replacement marks, not Latin-1 mojibake).
        QVERIFY2(!name.contains(QChar(0xfffd)) && name.size() >= 2, qPrintable(name));
        bool nonAscii = false;
        for (const QChar c : name)
            nonAscii = nonAscii || c.unicode() >= 0x80;
        QVERIFY2(nonAscii, qPrintable(name));
        if (!encoding.startsWith(QLatin1String("windows-125"))) {
            bool cjk = false;
            for (const QChar c : name)
                cjk = cjk || (c.unicode() >= 0x3000 && c.unicode() < 0xfaff)
                    || (c.unicode() >= 0xac00 && c.unicode() < 0xd7b0);
            QVERIFY2(cjk, qPrintable(QStringLiteral("%1: %2").arg(encoding, name)));
        }
        // An edit of another key changes only its own line; every other byte stays.
        QVERIFY(doc->setValue(QStringLiteral("usb.present"), QStringLiteral("TRUE")));
        QVERIFY(doc->setValue(QStringLiteral("usb.generic.allowHID"), QStringLiteral("TRUE")));
        const QByteArray out = doc->toBytes();
        QVERIFY(out.contains(bytes.left(bytes.lastIndexOf('\n'))));
        // The name written back in its own code page: read again, the same characters.
        QVERIFY(doc->setValue(QStringLiteral("displayName"), name + QStringLiteral(" 2")));
        const auto again = VmxDocument::parse(doc->toBytes());
        QCOMPARE(again->value(QStringLiteral("displayName")).value_or(QString()), name + QStringLiteral(" 2"));
        // A name the code page cannot hold is refused with the reason.
        QString error;
        QVERIFY(!doc->setValue(QStringLiteral("displayName"), foreign, &error));
        QVERIFY2(error.contains(encoding), qPrintable(error));
    }

    void encryptedVmIsShownNotWritten()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("secret.vmx"));
        const QByteArray bytes = ".encoding = \"UTF-8\"\ndisplayName = \"Secret\"\nencryption.keySafe = "
                                 "\"vmware:key/list/(pair/(phrase/abc/pass2key%3dPBKDF2-HMAC-SHA-1))\"\n"
                                 "encryption.data = \"AAAAAAAA\"\n";
        writeAll(path, bytes);
        const VmwareGuest g = VmwareGuestFile::read(path, dir.path());
        QVERIFY(g.encrypted);
        QVERIFY(g.error.isEmpty());
        const auto r
            = VmwareGuestFile::addAutoconnect(path, QStringLiteral("0781"), QStringLiteral("5567"), dir.path());
        QVERIFY(!r.ok);
        QVERIFY2(r.message.contains(QLatin1String("encrypted")), qPrintable(r.message));
        QCOMPARE(readAll(path), bytes);
    }

    void anEmptyAutoconnectIsNoRule()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("vm.vmx"));
        writeAll(path,
            "usb.present = \"TRUE\"\nusb.autoConnect.device0 = \"\"\nusb.autoConnect.device1 = \"vid:0x0781 "
            "pid:0x5567\"\n");
        const VmwareGuest g = VmwareGuestFile::read(path, dir.path());
        QCOMPARE(g.rules.size(), 1);
        QCOMPARE(g.rules.first().vendorId, QStringLiteral("0781"));
    }

    void readOnlyDirectoryLeavesTheFileIntact()
    {
        if (::geteuid() != 0)
            QSKIP("a read-only mount needs root (CI runs as root)");
        QTemporaryDir dir;
        const QString mnt = dir.filePath(QStringLiteral("mnt"));
        QDir().mkpath(mnt);
        QCOMPARE(QProcess::execute(QStringLiteral("mount"),
                     {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("pbro"), mnt}),
            0);
        const QString path = mnt + QStringLiteral("/vm.vmx");
        writeAll(path, "displayName = \"a\"\n");
        auto doc = VmxDocument::load(path);
        QCOMPARE(
            QProcess::execute(QStringLiteral("mount"), {QStringLiteral("-o"), QStringLiteral("remount,ro"), mnt}), 0);
        QVERIFY(doc->setValue(QStringLiteral("usb.present"), QStringLiteral("TRUE")));
        QString error;
        const bool ok = doc->save(&error);
        QProcess::execute(QStringLiteral("umount"), {mnt});
        QVERIFY(!ok);
        QVERIFY2(error.contains(QLatin1String("was not changed")) || error.contains(QLatin1String("Cannot write")),
            qPrintable(error));
    }

    void fakeVmwareHome()
    {
        QTemporaryDir home;
        const QString a = home.filePath(QStringLiteral("vms/alpha/alpha.vmx"));
        const QString b = home.filePath(QStringLiteral("vms/bravo/bravo.vmx"));
        const QString c = home.filePath(QStringLiteral("other/charlie.vmx"));
        writeAll(a,
            ".encoding = \"UTF-8\"\nvirtualHW.version = \"7\"\ndisplayName = \"Alpha\"\nusb.present = \"TRUE\"\n"
            "usb.autoConnect.device0 = \"path:1/3/0 autoclean:1\"\n");
        writeAll(b,
            "virtualHW.version = \"19\"\ndisplayName = \"Bravo\"\nehci.present = \"TRUE\"\nusb.present = \"TRUE\"\n");
        writeAll(c, "displayName = \"Charlie\"\n");
        const QByteArray pa = QFile::encodeName(a), pb = QFile::encodeName(b);
        const QByteArray gone = QFile::encodeName(home.filePath(QStringLiteral("gone/gone.vmx")));
        writeAll(home.filePath(QStringLiteral(".vmware/inventory.vmls")),
            QByteArray(".encoding = \"UTF-8\"\nvmlist1.config = \"") + pa
                + "\"\nvmlist1.DisplayName = \"Alpha\"\nvmlist1.IsFavorite = \"TRUE\"\nvmlist2.config = \"" + gone
                + "\"\nvmlist3.config = \"folder1\"\n");
        writeAll(home.filePath(QStringLiteral(".vmware/preferences")),
            QByteArray("pref.mruVM0.filename = \"") + pb
                + "\"\npref.mruVM0.displayName = \"Bravo\"\npref.mruVM1.filename = \"" + pa + "\"\n");
        const QList<InventoryEntry> inv = readInventory(home.path(), {home.filePath(QStringLiteral("other"))});
        QCOMPARE(inv.size(), 4);
        QCOMPARE(inv.at(0).source, QStringLiteral("favorite"));
        QVERIFY(inv.at(0).exists);
        QVERIFY(!inv.at(1).exists); // missing or moved: listed as such
        QCOMPARE(inv.at(2).source, QStringLiteral("recent"));
        QCOMPARE(inv.at(3).displayName, QString());
        QVERIFY(inv.at(3).path.endsWith(QLatin1String("charlie.vmx")));

        // A fake /proc: vmware-vmx runs bravo; alpha has a lock directory.
        const QString proc = home.filePath(QStringLiteral("proc"));
        writeAll(proc + QStringLiteral("/4242/comm"), "vmware-vmx\n");
        writeAll(proc + QStringLiteral("/4242/cmdline"),
            QByteArray("/usr/lib/vmware/bin/vmware-vmx\0-s\0", 34) + QFile::encodeName(QFileInfo(b).canonicalFilePath())
                + '\0');
        writeAll(proc + QStringLiteral("/811/comm"), "vmware-usbarbit\n");
        writeAll(proc + QStringLiteral("/modules"), "vmmon 118784 0 - Live 0x0\nvmnet 69632 13 - Live 0x0\n");
        VmwareGuest alpha = VmwareGuestFile::read(a, proc);
        QVERIFY(!alpha.running);
        QCOMPARE(alpha.displayName, QStringLiteral("Alpha"));
        QCOMPARE(alpha.controllers.size(), 1);
        QCOMPARE(alpha.rules.size(), 1);
        QCOMPARE(alpha.rules.first().path, QStringLiteral("1/3/0"));
        const VmwareGuest bravo = VmwareGuestFile::read(b, proc);
        QVERIFY(bravo.running);
        QVERIFY(bravo.runningWhy.contains(QLatin1String("4242")));
        const VmwareHostState host = readVmwareHostState(proc);
        QVERIFY(host.arbitratorRunning && host.vmmonLoaded && host.vmnetLoaded);

        // USB 3 below hardware version 8 is refused with the reason; USB 2 is fine.
        auto r = VmwareGuestFile::enableController(a, 3, proc);
        QVERIFY(!r.ok);
        QVERIFY(r.message.contains(QLatin1String("version 8")));
        r = VmwareGuestFile::enableController(a, 2, proc);
        QVERIFY2(r.ok, qPrintable(r.message));
        QCOMPARE(VmwareGuestFile::read(a, proc).controllers.size(), 2);
        // Autoconnect rules and HID, while off.
        r = VmwareGuestFile::addAutoconnect(a, QStringLiteral("0781"), QStringLiteral("5567"), proc);
        QVERIFY2(r.ok, qPrintable(r.message));
        alpha = VmwareGuestFile::read(a, proc);
        QCOMPARE(alpha.rules.size(), 2);
        QCOMPARE(alpha.rules.at(1).key, QStringLiteral("usb.autoConnect.device1"));
        QCOMPARE(alpha.rules.at(1).vendorId, QStringLiteral("0781"));
        QVERIFY(VmwareGuestFile::allowHid(a, true, proc).ok);
        QVERIFY(VmwareGuestFile::read(a, proc).allowHid);
        QVERIFY(VmwareGuestFile::removeAutoconnect(a, QStringLiteral("0781"), QStringLiteral("5567"), proc).ok);
        QCOMPARE(VmwareGuestFile::read(a, proc).rules.size(), 1);
        // Running VMs are not edited: by process, and by lock directory.
        const QByteArray bravoBefore = readAll(b);
        r = VmwareGuestFile::addAutoconnect(b, QStringLiteral("0781"), QStringLiteral("5567"), proc);
        QVERIFY(!r.ok);
        QVERIFY(r.message.contains(QLatin1String("Removable Devices")));
        QCOMPARE(readAll(b), bravoBefore);
        writeAll(a + QStringLiteral(".lck/M31337.lck"), "lock");
        QVERIFY(VmwareGuestFile::read(a, proc).running);
        QVERIFY(!VmwareGuestFile::allowHid(a, false, proc).ok);
    }
};

QTEST_GUILESS_MAIN(TestVmx)
#include "tst_vmx.moc"
