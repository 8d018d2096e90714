// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo.h"

#include "diagnostics/facts.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

namespace plugboard::ui {

DemoHost unpackDemoHost()
{
    DemoHost d;
    d.scratch = std::make_unique<QTemporaryDir>();
    if (!d.scratch->isValid()) {
        d.error = QCoreApplication::translate("plugboard::ui::Demo", "Cannot create a temporary folder: %1")
                      .arg(d.scratch->errorString());
        return d;
    }
    // tar reads a file, not a resource: copy the archive out first.
    const QString archive = d.scratch->filePath(QStringLiteral("demo-bundle.tar.gz"));
    QFile::remove(archive);
    if (!QFile::copy(QStringLiteral(":/demo/demo-bundle.tar.gz"), archive)) {
        d.error = QCoreApplication::translate("plugboard::ui::Demo", "The demo host is missing from this build.");
        return d;
    }
    const QString unpacked = d.scratch->filePath(QStringLiteral("host"));
    QDir().mkpath(unpacked);
    QString error;
    const auto facts = diagnostics::openBundle(archive, unpacked, &error);
    if (!facts) {
        d.error = error;
        return d;
    }
    d.root = facts->source;
    return d;
}

} // namespace plugboard::ui
