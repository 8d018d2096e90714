// SPDX-License-Identifier: GPL-3.0-or-later
// A VMware Workstation/Player guest: its .vmx, whether it runs, its USB controllers and rules,
// and the USB settings Plugboard can change (only while the VM is off).
#pragma once

#include "guestref.h"

#include "vmxdocument.h"

#include <QList>
#include <QString>

namespace plugboard::vmware {

struct AutoconnectRule
{
    QString key; // "usb.autoConnect.device0"
    QString pattern; // "vid:0x0781 pid:0x5567" or "path:1/3/0 autoclean:1"
    QString vendorId, productId; // 4 hex digits when the pattern names them
    QString path; // "1/3/0" when it names a port path
};

struct VmwareUsbController
{
    QString model; // uhci, ehci, xhci (docs/cli.md names)
    int ports = 0;
};

struct VmwareGuest
{
    QString path; // canonical absolute .vmx path (the guest's id)
    QString displayName; // decoded per .encoding; the file name when absent
    bool running = false;
    QString runningWhy; // "lock directory …" or "vmware-vmx process 1234"
    int hardwareVersion = 0;
    QList<VmwareUsbController> controllers;
    bool allowHid = false, allowLastHid = false;
    QList<AutoconnectRule> rules;
    QStringList quirks;
    bool encrypted = false; // encryption.keySafe: the USB settings are in the encrypted part, unseen
    QString error; // unreadable .vmx: why; everything else is empty then
    bool missing = false; // listed by VMware but the file is gone (moved or deleted)

    GuestState state() const; // running or shut off
    GuestRef ref() const { return GuestRef::vmware(path); }
};

class VmwareGuestFile
{
public:
    // Reads the .vmx and its running state (lock directories and vmware-vmx processes under `procRoot`).
    static VmwareGuest read(const QString &vmxPath, const QString &procRoot = QStringLiteral("/proc"));
    static QString canonicalPath(const QString &path);
    static bool isRunning(const QString &vmxPath, const QString &procRoot, QString *why = nullptr);

    // Edits (refused while the VM runs: VMware rewrites the .vmx on shutdown). Each loads, edits,
    // and saves atomically with a backup; the message says what happened in the user's words.
    struct Result
    {
        bool ok = false;
        bool changed = false;
        QString message;
    };
    static Result addAutoconnect(const QString &vmxPath, const QString &vid, const QString &pid,
        const QString &procRoot = QStringLiteral("/proc"));
    static Result removeAutoconnect(const QString &vmxPath, const QString &vid, const QString &pid,
        const QString &procRoot = QStringLiteral("/proc"));
    // generation 2 (EHCI) or 3 (xHCI); USB 3 needs virtualHW.version >= 8.
    static Result enableController(
        const QString &vmxPath, int generation, const QString &procRoot = QStringLiteral("/proc"));
    static Result allowHid(const QString &vmxPath, bool allow, const QString &procRoot = QStringLiteral("/proc"));
    // What to tell a user who wants a device in a running VM: there is no public API for it.
    static QString liveConnectExplanation(const VmwareGuest &g);

    static QList<AutoconnectRule> parseRules(const VmxDocument &doc);
};

// Host side of VMware: the USB arbitrator and the kernel modules.
struct VmwareHostState
{
    bool arbitratorRunning = false;
    bool vmmonLoaded = false, vmnetLoaded = false;
    QString summary() const;
};
VmwareHostState readVmwareHostState(const QString &procRoot = QStringLiteral("/proc"));

} // namespace plugboard::vmware
