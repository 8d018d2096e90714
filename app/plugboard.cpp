// SPDX-License-Identifier: GPL-3.0-or-later
// plugboard: the desktop application (wiring only).
#include "demo.h"
#include "host/sysfshostbackend.h"
#include "i18n.h"
#include "mainwindow.h"
#include "tray.h"
#include "vmware/vmwaresource.h"

#include <QDir>

#include <QApplication>
#include <QCommandLineParser>
#include <QSettings>
#include <QStatusBar>
#include <QTextStream>

using namespace plugboard;

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("plugboard"));
    QApplication::setApplicationDisplayName(QStringLiteral("Plugboard"));
    QApplication::setOrganizationDomain(QStringLiteral("plugboard.github.io"));
    QApplication::setDesktopFileName(QStringLiteral("io.github.plugboard.Plugboard"));
    QApplication::setApplicationVersion(QStringLiteral(PLUGBOARD_VERSION));

    // The system's language unless the user chose one (--lang, or Settings ▸ Language, remembered).
    // --lang is looked at before the parser runs, so that --help is translated too.
    QString lang = QSettings().value(QStringLiteral("ui/language")).toString();
    const QStringList raw = QApplication::arguments();
    for (qsizetype i = 1; i < raw.size(); ++i) {
        if (raw.at(i) == QLatin1String("--lang") && i + 1 < raw.size())
            lang = raw.at(i + 1);
        else if (raw.at(i).startsWith(QLatin1String("--lang=")))
            lang = raw.at(i).mid(7);
    }
    installTranslations(lang);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "USB devices for virtual machines."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("root"),
        QApplication::translate("main", "Read the host's files under DIR instead of / (a copied tree)."),
        QApplication::translate("main", "DIR")});
    parser.addOption({QStringLiteral("connect"),
        QApplication::translate(
            "main", "A libvirt URI to show (repeatable; replaces qemu:///system and qemu:///session)."),
        QStringLiteral("URI")});
    parser.addOption({QStringLiteral("demo"),
        QApplication::translate(
            "main", "Show a sample host (a bundle shipped with Plugboard) beside libvirt's test:///default guests.")});
    parser.addOption({QStringLiteral("lang"),
        QApplication::translate("main", "The language of the window (%1; default: the system's).")
            .arg((translationLanguages() << QStringLiteral("en"))
                     .join(QApplication::translate("main", ", ", "between the language codes in --help"))),
        QApplication::translate("main", "LANG")});
    parser.process(app);

    host::SysfsHostBackend::Options options;
    ui::DemoHost demo;
    if (parser.isSet(QStringLiteral("demo"))) {
        demo = ui::unpackDemoHost();
        if (!demo.error.isEmpty()) {
            QTextStream(stderr) << "plugboard: " << demo.error << Qt::endl;
            return 1;
        }
        options.root = demo.root;
        options.monitor = false;
    } else if (parser.isSet(QStringLiteral("root"))) {
        options.root = parser.value(QStringLiteral("root"));
    }
    host::SysfsHostBackend backend(options);

    ui::MainWindow window;
    backend.start();
    window.setHostBackend(&backend);
    if (!demo.root.isEmpty())
        window.setDemo(demo.root);
    // Guests: the default connections (or --connect), plus the ones the user added before.
    QStringList uris = parser.values(QStringLiteral("connect"));
    if (!demo.root.isEmpty() && uris.isEmpty())
        uris = {QStringLiteral("test:///default")};
    if (uris.isEmpty()) {
        uris = {QStringLiteral("qemu:///system"), QStringLiteral("qemu:///session")};
        uris += QSettings().value(QStringLiteral("connections/extra")).toStringList();
    }
    for (const QString &uri : std::as_const(uris))
        window.addConnection(uri);
    // VMware: the user's inventory and recently used VMs, plus what they added.
    vmware::VmwareSource vmwareGuests(
        QDir::homePath(), QSettings().value(QStringLiteral("vmware/added")).toStringList());
    if (demo.root.isEmpty()) {
        window.setVmwareSource(&vmwareGuests);
        vmwareGuests.refresh();
    }
    // The tray: devices with quick attach/detach, the agent's state, notifications.
    ui::Tray tray(&window);
    QObject::connect(&tray, &ui::Tray::message, &window, [&window](const QString &text) {
        window.statusBar()->showMessage(text, 15000);
    });
    window.show();
    return app.exec();
}
