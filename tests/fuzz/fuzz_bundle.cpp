// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the diagnostic bundle reader on hostile bundles. The input describes a small
// tree (files, directories and symlinks with any target) written into a fresh directory beside a
// canary file; readBundle() must never crash and nothing of the canary (outside the bundle) may
// reach the facts, whatever the manifest names or the links point at.
#include "diagnostics/facts.h"

#include <QDir>
#include <QFile>

#include <cstdlib>
#include <unistd.h>

using namespace plugboard::diagnostics;

namespace {
const QByteArray kCanary = "PLUGBOARD-CANARY-7f3a";

QString base()
{
    static const QString dir = QDir::tempPath() + QStringLiteral("/plugboard-fuzz-bundle-") + QString::number(getpid());
    return dir;
}

bool leaks(const QString &s)
{
    return s.contains(QLatin1String(kCanary));
}

bool leaks(const QStringList &l)
{
    return std::any_of(l.cbegin(), l.cend(), [](const QString &s) {
        return leaks(s);
    });
}

// Records: kind (file, dir, link), path length, path, content length (2 bytes), content.
void build(const uint8_t *data, size_t size, const QString &root)
{
    size_t i = 0;
    auto take = [&](size_t n) {
        const size_t m = std::min(n, size - i);
        QByteArray b(reinterpret_cast<const char *>(data + i), qsizetype(m));
        i += m;
        return b;
    };
    while (i + 4 <= size) {
        const int kind = data[i++] % 3;
        const QByteArray path = take(data[i++] % 64);
        const size_t len = i + 2 <= size ? (size_t(data[i]) << 8 | data[i + 1]) % 2048 : 0;
        i += 2;
        const QByteArray content = take(len);
        // The writer stays inside the bundle; escaping is for the links' targets to try.
        if (path.isEmpty() || path.startsWith('/') || path.contains("..") || path.contains('\0'))
            continue;
        const QString p = root + QLatin1Char('/') + QString::fromUtf8(path);
        QDir().mkpath(QFileInfo(p).absolutePath());
        if (kind == 0) {
            QFile f(p);
            if (f.open(QIODevice::WriteOnly))
                f.write(content);
        } else if (kind == 1) {
            QDir().mkpath(p);
        } else {
            (void)::symlink(content.constData(), QFile::encodeName(p).constData());
        }
    }
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QDir(base()).removeRecursively();
    const QString root = base() + QStringLiteral("/bundle");
    QDir().mkpath(root);
    QDir().mkpath(base() + QStringLiteral("/outside"));
    for (const char *name : {"/outside/canary", "/canary"}) {
        QFile canary(base() + QLatin1String(name));
        if (canary.open(QIODevice::WriteOnly))
            canary.write(kCanary + '\n');
    }
    build(data, size, root);
    QString error;
    const auto facts = readBundle(root, &error);
    if (!facts)
        return 0;
    const Facts &f = *facts;
    bool leaked = (f.kernelLog && leaks(*f.kernelLog)) || (f.auditLog && leaks(*f.auditLog))
        || (f.mountinfo && leaks(*f.mountinfo)) || (f.swaps && leaks(*f.swaps))
        || (f.usbguardDevices && leaks(*f.usbguardDevices)) || leaks(f.lastErrorMessage);
    for (const QString &v : f.udevRules)
        leaked = leaked || leaks(v);
    for (const QString &v : f.configFiles)
        leaked = leaked || leaks(v);
    for (const auto &d : f.topology.devices)
        leaked = leaked || leaks(d.product) || leaks(d.manufacturer) || leaks(d.serial);
    if (f.libvirt) {
        for (const LibvirtFacts &l : *f.libvirt) {
            leaked = leaked || l.domcapabilities.contains(kCanary);
            for (const DomainFacts &d : l.domains)
                leaked = leaked || d.xml.contains(kCanary) || d.inactiveXml.contains(kCanary) || leaks(d.log);
        }
    }
    if (f.vmware) {
        for (const VmwareFacts &v : *f.vmware) {
            for (const QString &value : v.keys)
                leaked = leaked || leaks(value);
        }
    }
    if (leaked)
        std::abort(); // a file outside the bundle was read
    return 0;
}
