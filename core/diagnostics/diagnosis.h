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
};

struct NotChecked
{
    QString check, reason;
};

struct Report
{
    QList<Finding> findings; // most likely root cause first
    QList<NotChecked> notChecked;
    QJsonObject toJson() const;
};

class Check
{
public:
    virtual ~Check() = default;
    virtual QString id() const = 0;
    virtual Severity severity() const = 0;
    // Adds findings, or a not-checked entry with the reason when a needed fact is missing.
    virtual void run(const Facts &facts, const Subject &subject, Report &report) const = 0;
};

// Every implemented check, in catalog order.
const std::vector<std::unique_ptr<Check>> &allChecks();

// Runs every check; the subject overrides the facts' own (bundles carry one) where given.
Report diagnose(const Facts &facts, const Subject &subject);

} // namespace plugboard::diagnostics
