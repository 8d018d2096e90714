// SPDX-License-Identifier: GPL-3.0-or-later
// Bundle archives (DIR.tar.gz) read and written with libarchive, never by running tar: an archive
// from someone else may hold links out, device nodes, hard-link and size bombs.
#pragma once

#include <QString>

namespace plugboard::diagnostics {

struct ArchiveLimits
{
    qint64 maxFileBytes = 64LL * 1024 * 1024; // a bundle's largest file is a log of a few MiB
    qint64 maxTotalBytes = 512LL * 1024 * 1024; // what is unpacked in all
    int maxEntries = 200000;
};

// Unpacks `archive` into the empty folder `into` (the caller's, e.g. a QTemporaryDir): only
// regular files, folders and symlinks whose target stays inside it; each file and the total within
// `limits`, counting what is really written, not what the headers claim. Anything else (a device
// node, a FIFO, a hard link, an absolute or climbing path) refuses the whole archive, and `into` is
// emptied again. False with `error` in the user's words.
bool unpackBundle(const QString &archive, const QString &into, QString *error, const ArchiveLimits &limits = {});

// Packs the bundle folder `dir` into `archive` (a new file, never an existing one or a link) as a
// gzip-compressed tar whose single top folder is dir's name.
bool packBundle(const QString &dir, const QString &archive, QString *error);

} // namespace plugboard::diagnostics
