// SPDX-License-Identifier: GPL-3.0-or-later
// AttachService: the one way a USB device goes to a guest, comes back or moves (docs/architecture.md
// "Attaching"). It owns the pre-flight, the requests to libvirt's workers and VMware's files, the
// pending state of each guest and Undo; no widgets. Every request is an Operation that finishes
// exactly once; what needs the user (unmount it? move it?) comes back as a Question that a window
// answers with a dialog that does not block, the CLI from its options, and nobody: Cancel.
#pragma once

#include "assign/assignments.h"
#include "diagnostics/facts.h"
#include "guestref.h"
#include "host/helperlauncher.h"
#include "libvirt/libvirtconnection.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

namespace plugboard::host {
class HostBackend;
struct UsbDevice;
} // namespace plugboard::host
namespace plugboard::vmware {
class VmwareSource;
}
namespace plugboard::assign {
class Engine;
}

namespace plugboard::attaching {

class Question : public QObject
{
    Q_OBJECT
public:
    enum class Kind {
        Unmount, // mounted storage: unmount it safely first? (Yes, Cancel)
        Move, // another running guest has it: take it from there? (Yes, Cancel)
        SlowController, // the guest's controller is too slow (SwitchController, AttachAnyway, Cancel)
        InputDevice, // the host's keyboard or mouse (Yes, Cancel)
        Persistent, // an assignment: also keep it in the definition? (Yes, No)
        Information, // something the user should know before it goes on (Ok)
    };
    enum class Choice { Yes, No, Cancel, Ok, SwitchController, AttachAnyway };

    Kind kind() const { return m_kind; }
    QString title() const { return m_title; }
    QString text() const { return m_text; }
    QList<Choice> choices() const { return m_choices; }
    Choice defaultChoice() const { return m_default; }
    // What it is about, for callers that word it themselves (the CLI): the mounted filesystems
    // ("/dev/sdb1 on /media/stick") for Unmount, the guest that has the device for Move.
    QStringList subjects() const { return m_subjects; }
    bool isAnswered() const { return m_answered; }
    // The first answer counts; later ones are ignored.
    void answer(Choice choice);

Q_SIGNALS:
    void answered(plugboard::attaching::Question::Choice choice);

private:
    friend class AttachService;
    Question(Kind kind, QString title, QString text, QList<Choice> choices, Choice byDefault, QObject *parent);
    Kind m_kind;
    QString m_title, m_text;
    QList<Choice> m_choices;
    Choice m_default;
    QStringList m_subjects;
    bool m_answered = false;
};

class Operation : public QObject
{
    Q_OBJECT
public:
    enum class Kind {
        Attach,
        Detach,
        Move,
        RemoveStale,
        MakePersistent,
        SwitchController,
        StartupOptional,
        SpiceChannel,
        AttachNetwork,
        Assign,
        Unassign,
        VmwareRule,
        VmwareSetting,
    };
    quint64 id() const { return m_id; }
    Kind kind() const { return m_kind; }
    // What it is, in the user's words ("Attach SanDisk Cruzer to win10").
    QString what() const { return m_what; }
    GuestRef guest() const { return m_guest; }
    QString hostDeviceId() const { return m_hostDeviceId; }
    bool isFinished() const { return m_finished; }
    const libvirt::OperationResult &result() const { return m_result; }
    bool wasCancelled() const { return m_cancelled; }
    // Stops it where it waits (an answer, an unmount); what libvirt already does is not undone.
    void cancel();

Q_SIGNALS:
    void progress(const QString &text);
    void finished(const plugboard::libvirt::OperationResult &result);

private:
    friend class AttachService;
    Operation(quint64 id, Kind kind, QString what, GuestRef guest, QObject *parent);
    void finish(const libvirt::OperationResult &r);
    quint64 m_id;
    Kind m_kind;
    QString m_what;
    GuestRef m_guest;
    QString m_hostDeviceId;
    bool m_finished = false, m_cancelled = false;
    libvirt::OperationResult m_result;
    std::function<void()> m_onCancel; // stops what it waits for
};

// A guest the user can choose, with its label ("win10 (running, qemu:///system)").
struct GuestChoice
{
    GuestRef guest;
    QString label;
    bool running = false;
};

class AttachService : public QObject
{
    Q_OBJECT
public:
    explicit AttachService(QObject *parent = nullptr);
    ~AttachService() override;

    // What it works with (none owned).
    void setHostBackend(host::HostBackend *backend);
    host::HostBackend *hostBackend() const;
    void addConnection(libvirt::LibvirtConnection *connection);
    void removeConnection(libvirt::LibvirtConnection *connection);
    QList<libvirt::LibvirtConnection *> connections() const;
    void setVmwareSource(vmware::VmwareSource *source);
    vmware::VmwareSource *vmwareSource() const;
    void setEngine(assign::Engine *engine);
    assign::Engine *engine() const;
    // The demo: the host is a bundle; what would change this computer (unmounting) only says so.
    void setDemo(bool demo) { m_demo = demo; }
    // How the privileged helper is started where UDisks2 cannot unmount (the window's launcher;
    // tests give a fake). The unmount runs as a host::UnmountJob: progress, cancel, never waits.
    void setHelperLauncher(const host::HelperLauncher &launcher) { m_launcher = launcher; }

    // Lookups.
    libvirt::LibvirtConnection *connectionFor(const GuestRef &guest) const;
    const libvirt::GuestInfo *guest(const GuestRef &guest) const;
    // The guest with the URI its connection gave (what rows, pending states and files use).
    GuestRef canonical(const GuestRef &guest) const;
    QList<GuestChoice> guestChoices() const;
    // What is known now (host topology, libvirt and VMware guests) as diagnostics facts, without
    // reading anything again: the pre-flight's input and the wizard's preview.
    diagnostics::Facts facts() const;

    // Requests. Each returns its Operation (already finished when refused at once); the answer
    // also comes as operationFinished().
    // Pre-flight, then an attach (libvirt) or an automatic connection rule (VMware, VM off). The
    // mode is the guest's default (running: now and in the definition; else the definition)
    // unless given.
    Operation *attach(
        const QString &hostDeviceId, const GuestRef &guest, std::optional<libvirt::AttachMode> mode = std::nullopt);
    // No pre-flight: an assignment's attach (the engine) or a definition entry.
    Operation *attachSpec(const GuestRef &guest, const libvirt::HostdevSpec &spec, libvirt::AttachMode mode,
        const QString &what, bool undoable = false);
    Operation *detach(const GuestRef &guest, const libvirt::HostdevSpec &spec, libvirt::AttachMode mode,
        const QString &what = {}, bool undoable = true);
    // A running guest's entry for a device pulled from this computer (nothing to undo).
    Operation *removeStale(const GuestRef &guest, const libvirt::HostdevSpec &spec);
    // Detach from one libvirt guest, then attach to another.
    Operation *move(
        const GuestRef &from, const libvirt::HostdevSpec &spec, libvirt::AttachMode fromMode, const GuestRef &to);
    Operation *makePersistent(const GuestRef &guest, const libvirt::HostdevSpec &spec);
    // "host:port" of a usbredirserver the guest's host reaches.
    Operation *attachNetworkUsb(const GuestRef &guest, const QString &hostPort);
    // Definition fixes (effective at the next start).
    Operation *switchToQemuXhci(const GuestRef &guest);
    Operation *setStartupOptional(const GuestRef &guest, const libvirt::HostdevSpec &spec);
    Operation *addSpiceChannel(const GuestRef &guest);
    // A diagnosis fix that changes a guest (its action: controller-qemu-xhci, startup-optional:DEV,
    // spice-channel, attach:DEV, reattach:DEV) for `subject`'s guest; null when the action is not
    // one of those, or the guest is on no connection here (diagnostics::applyFix does it then).
    Operation *runGuestFix(const QString &action, const diagnostics::Subject &subject);
    // VMware: an automatic connection rule added or removed, controllers and HID (VM off).
    Operation *addVmwareRule(const GuestRef &vm, const QString &vid, const QString &pid, bool undoable = true);
    Operation *removeVmwareRule(const GuestRef &vm, const QString &vid, const QString &pid, bool undoable = true);
    Operation *enableVmwareController(const GuestRef &vm, int generation);
    Operation *allowVmwareHid(const GuestRef &vm, bool allow);
    // Assignments (through the engine; VMware's are its automatic connection rules). A libvirt
    // device assignment asks whether to keep it in the definition too unless `askPersistent` is false.
    Operation *assign(const assign::Assignment &a, bool askPersistent = false);
    Operation *unassign(const assign::Assignment &a);

    // Stops the requests for `guest` where they wait (an answer, an unmount).
    void cancel(const GuestRef &guest);

    // Undo of the last attach, detach, move or rule the user asked for.
    bool canUndo() const { return bool(m_undo); }
    QString undoText() const { return m_undoText; }
    Operation *undo();

    // What is asked of a guest's hypervisor now, in the user's words; empty when nothing.
    QString pending(const GuestRef &guest) const { return m_pending.value(canonical(guest)); }

    // Requests that are not finished yet (tests, shutdown).
    int runningCount() const { return int(m_running.size()); }

Q_SIGNALS:
    void operationStarted(plugboard::attaching::Operation *op);
    void operationFinished(plugboard::attaching::Operation *op, const plugboard::libvirt::OperationResult &result);
    // The user must choose; answer the question (or cancel the operation). Unanswered: it waits.
    void questionAsked(plugboard::attaching::Operation *op, plugboard::attaching::Question *question);
    // An attach the hypervisor refused: the window offers the troubleshooting wizard, preselected.
    void attachFailed(const QString &hostDeviceId, const plugboard::GuestRef &guest, const QString &message);
    void pendingChanged(const plugboard::GuestRef &guest);
    void undoChanged();

private:
    Operation *start(Operation::Kind kind, const QString &what, const GuestRef &guest);
    void finish(Operation *op, const libvirt::OperationResult &r);
    void refuse(Operation *op, const QString &message) { finish(op, {false, false, {}, message}); }
    void ask(Operation *op, Question::Kind kind, const QString &title, const QString &text,
        const QList<Question::Choice> &choices, Question::Choice byDefault, std::function<void(Question::Choice)> then,
        const QStringList &subjects = {});
    // attachSpec and detach: one hostdev request, its opposite as Undo when `undoable`.
    Operation *hostdevRequest(bool attach, const GuestRef &guest, const libvirt::HostdevSpec &spec,
        libvirt::AttachMode mode, const QString &what, bool undoable);
    // Sends `request` and finishes `op` with libvirt's answer, then calls `then`.
    void follow(Operation *op, libvirt::LibvirtRequest *request,
        std::function<void(const libvirt::OperationResult &)> then = {});
    void setPending(const GuestRef &guest, const QString &what);
    void clearPending(const GuestRef &guest);
    void setUndo(const QString &text, std::function<Operation *()> undo);

    // The attach's steps after each answer.
    void preflightStep(Operation *op, int step);
    void attachLibvirt(Operation *op);
    void attachVmware(Operation *op);
    void unmountThen(Operation *op, std::function<void()> next);

    QPointer<host::HostBackend> m_host;
    QList<QPointer<libvirt::LibvirtConnection>> m_connections;
    QPointer<vmware::VmwareSource> m_vmware;
    QPointer<assign::Engine> m_engine;
    bool m_demo = false;
    host::HelperLauncher m_launcher;
    quint64 m_nextId = 1;
    QHash<GuestRef, QString> m_pending;
    QHash<quint64, QPointer<Operation>> m_running;
    std::function<Operation *()> m_undo;
    QString m_undoText;

    // Per attach: the device as it was when asked (the dialogs let the topology change) and the
    // pre-flight's findings.
    struct AttachState;
    QHash<quint64, std::shared_ptr<AttachState>> m_attach;
};

} // namespace plugboard::attaching

Q_DECLARE_METATYPE(plugboard::attaching::Question::Choice)
