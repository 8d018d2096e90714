// SPDX-License-Identifier: GPL-3.0-or-later
// Diagnostic bundles built in a test (format v1, docs/bundle.md) on a FakeTree.
#pragma once

#include "diagnostics/facts.h"
#include "faketree.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace plugboard::test {

// A bundle: a fake sysfs with one xHCI, a stick at 1-2 (480 Mbit/s), plus whatever a case adds.
struct Bundle
{
    FakeTree tree;
    QJsonObject manifest {
        {QStringLiteral("format"), QStringLiteral("plugboard-bundle")}, {QStringLiteral("version"), 1}};
    QString ctl;
    QString stick;
    Bundle()
    {
        ctl = tree.addXhci();
        stick = tree.addDevice(ctl + QStringLiteral("/usb1"), QStringLiteral("1-2"));
    }
    void kernelLog(const QByteArray &text) { tree.write(QStringLiteral("logs/kernel.log"), text); }
    void domain(const QString &uri, const QString &name, const QString &state, const QByteArray &xml,
        const QByteArray &log = {})
    {
        QJsonArray conns = manifest.value(QStringLiteral("libvirt")).toArray();
        const QString file = QStringLiteral("libvirt/%1.xml").arg(name);
        tree.write(file, xml);
        QJsonObject d {{QStringLiteral("name"), name}, {QStringLiteral("state"), state}, {QStringLiteral("xml"), file}};
        if (!log.isEmpty()) {
            tree.write(QStringLiteral("libvirt/%1.log").arg(name), log);
            d.insert(QStringLiteral("log"), QStringLiteral("libvirt/%1.log").arg(name));
        }
        conns.append(QJsonObject {{QStringLiteral("uri"), uri}, {QStringLiteral("domains"), QJsonArray {d}}});
        manifest.insert(QStringLiteral("libvirt"), conns);
    }
    // Writes bundle.json; the bundle can then be read (facts()) or handed to plugboardctl (root()).
    void save() { tree.write(QStringLiteral("bundle.json"), QJsonDocument(manifest).toJson()); }
    diagnostics::Facts facts()
    {
        save();
        QString error;
        auto f = diagnostics::readBundle(tree.root(), &error);
        if (!f)
            qWarning("%s", qPrintable(error));
        return f.value_or(diagnostics::Facts {});
    }
};

} // namespace plugboard::test
