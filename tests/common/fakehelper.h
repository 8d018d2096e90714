// SPDX-License-Identifier: GPL-3.0-or-later
// A stand-in for `pkexec plugboard-helper` that the window's injectable launcher runs
// (host::HelperLauncher(path)): it writes its arguments to a file, then runs `then` (e.g.
// "exec sleep 10" for a helper behind a password prompt). Used by tst_mainwindow, tst_preflight
// and tst_responsive.
#pragma once

#include <QFile>
#include <QString>

namespace plugboard::test {

// Writes the script at `path`, executable; false when it could not be written.
inline bool writeFakeHelper(const QString &path, const QString &argsFile, const QByteArray &then = {})
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    f.write("#!/bin/sh\necho \"$@\" > '" + QFile::encodeName(argsFile) + "'\n" + then + (then.isEmpty() ? "" : "\n"));
    f.close();
    return f.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

} // namespace plugboard::test
