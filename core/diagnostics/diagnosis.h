// SPDX-License-Identifier: GPL-3.0-or-later
// Findings, fixes and the checks of docs/diagnostics.md over a Facts snapshot.
#pragma once

#include "facts.h"

#include <QJsonObject>
#include <QList>

#include <memory>

namespace plugboard::diagnostics {

enum class Severity { Critical, High, Medium, Low };
QString severityName(Severity s);

// How strongly the facts prove a finding, weakest first: an inference from other facts (no
// <hostdev>, a power budget, a speed rule), a configuration or sysfs state (model='none',
// authorized = 0, a udev rule), a log line that shows the fault without naming its cause
// ("Permission denied", disconnect cycles), the hypervisor's or kernel's own message naming the
// cause ("is in use by driver QEMU, domain …", "over-current condition").
enum class Evidence { Inference, State, LogLine, Message };
QString evidenceName(Evidence e); // inference, state, log, message

struct Fix
{
    QString kind; // user, root, automatic
    QString text;
    QString action; // what the GUI's button runs ("unmount:sdb1", "port-enable:usb1-port4"), or empty
};

struct Finding
{
    QString check; // catalog id
    Severity severity = Severity::Medium;
    QString title;
    Subject subject;
    QStringList evidence; // the exact lines, files and values that prove it
    QList<Fix> fixes;
    Evidence strength = Evidence::Inference; // what proved it
    QString explainedBy; // the check of a higher finding that explains this one, or empty
};

struct NotChecked
{
    QString check, reason;
};

struct Report
{
    QList<Finding> findings; // most likely root cause first (rank())
    QList<NotChecked> notChecked;
    QJsonObject toJson() const;
};

// The causal model in one place: which checks explain which. A cause produces each of its
// symptoms (an over-current port makes enumeration fail and leaves nothing to attach; USBGuard's
// block de-authorizes, and a de-authorized device has no configuration). Acyclic (tested).
struct Explains
{
    const char *cause, *symptom;
};
const QList<Explains> &causalModel();

// Orders findings most likely root cause first, and sets each one's explainedBy. Findings that
// protect the user's data or report a dead controller come first; then causes before what they
// explain (a symptom is explained by a present finding of its cause about the same device, port
// and guest); then evidence strength, then severity, then catalog order. Each finding's key is
// computed once from the whole set, so the order does not depend on the order found.
void rank(QList<Finding> &findings);

class Check
{
public:
    virtual ~Check() = default;
    virtual QString id() const = 0;
    virtual Severity severity() const = 0;
    // Adds findings, or a not-checked entry with the reason when a needed fact is missing.
    virtual void run(const Facts &facts, const Subject &subject, Report &report) const = 0;
};

// Every implemented check, in catalog order (docs/diagnostics.md).
const std::vector<std::unique_ptr<Check>> &allChecks();

// Runs every check; the subject overrides the facts' own (bundles carry one) where given.
Report diagnose(const Facts &facts, const Subject &subject);

} // namespace plugboard::diagnostics
