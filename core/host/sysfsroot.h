// SPDX-License-Identifier: GPL-3.0-or-later
// Reads host files under one root prefix ("/" for the live host, a copied tree or a bundle).
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace plugboard::host {

// Every path given to SysfsRoot is relative to the root ("sys/bus/usb/devices").
// Symlinks are resolved by hand so that a link leading outside the root is refused
// (copied trees and bundles come from other machines).
class SysfsRoot
{
public:
    explicit SysfsRoot(QString rootDir = QStringLiteral("/"));

    QString rootDir() const { return m_root; }
    bool isLiveHost() const { return m_root == QLatin1String("/"); }
    bool exists() const;

    QString absolute(const QString &rel) const;

    // Attribute text, nullopt when missing or unreadable. Reads at most 64 KiB.
    std::optional<QString> readText(const QString &rel) const;
    std::optional<QByteArray> readBytes(const QString &rel, qint64 maxSize = 65536) const;
    // Basename of a symlink's target ("driver" -> "usb-storage"), empty when absent.
    QString linkName(const QString &rel) const;
    // The directory a symlink leads to, relative to the root and cleaned; nullopt when the link
    // is missing, dangling-out-of-root, or loops.
    std::optional<QString> resolveLink(const QString &rel) const;
    // Entries of a directory (no "." and ".."), sorted; empty when missing.
    QStringList entries(const QString &rel) const;
    bool isDir(const QString &rel) const; // does not follow a final symlink
    bool isSymLink(const QString &rel) const;
    // The absolute path of `rel` with every link on the way resolved inside the root (the final one
    // too when `followLast`); empty when a link leads out. The live host's paths are taken as they are.
    QString inside(const QString &rel, bool followLast) const;

private:
    QString m_root;
};

// One directory held open, so that its attributes are read with openat() without walking the
// whole path again for each (a device has some twenty attributes).
class SysfsDir
{
public:
    SysfsDir(const SysfsRoot &root, const QString &rel);
    ~SysfsDir();
    SysfsDir(const SysfsDir &) = delete;
    SysfsDir &operator=(const SysfsDir &) = delete;

    bool isOpen() const { return m_fd >= 0; }
    std::optional<QByteArray> readBytes(const char *name, qint64 maxSize = 65536) const;
    std::optional<QString> readText(const char *name) const;
    QString text(const char *name) const { return readText(name).value_or(QString()); }
    QString linkName(const char *name) const;

private:
    int m_fd = -1;
};

} // namespace plugboard::host
