// SPDX-License-Identifier: GPL-3.0-or-later
// Unmounting a USB stick's filesystems safely through UDisks2 on the system bus (no power-off,
// never forced): what a file manager's "Eject" does first.
#pragma once

#include <QString>

namespace plugboard::host {

struct UnmountResult
{
    bool ok = false;
    bool busy = false; // a program still uses the filesystem: named, not forced
    bool unavailable = false; // UDisks2 is not running: the privileged helper's `unmount` is the fallback
    QString message; // in the user's words
    QString via; // what did (or tried) it: "UDisks2" or "plugboard-helper"; empty when nothing could
};

// `blockName`: "sdb1". `timeoutMs` bounds the D-Bus call (UDisks2 may be slow or hung).
UnmountResult unmountWithUdisks(const QString &blockName, int timeoutMs = 10000);

// UDisks2 first, as a file manager would; where it is not running, the privileged helper's
// `unmount` verb at `helperPath` (directly as root, else through pkexec, whose authentication
// dialog it waits for). Never forced: a busy filesystem is named.
UnmountResult unmountSafely(const QString &blockName, const QString &helperPath);

} // namespace plugboard::host
