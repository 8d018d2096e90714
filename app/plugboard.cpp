// SPDX-License-Identifier: GPL-3.0-or-later
// plugboard: the desktop application (wiring only).
#include "host/sysfshostbackend.h"
#include "mainwindow.h"
#include "vmware/vmwaresource.h"

#include <QDir>

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

using namespace plugboard;

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("plugboard"));
    QApplication::setApplicationDisplayName(QStringLiteral("Plugboard"));
    QApplication::setOrganizationDomain(QStringLiteral("plugboard.example.org"));
    QApplication::setDesktopFileName(QStringLiteral("org.example.plugboard"));
    QApplication::setApplicationVersion(QStringLiteral(PLUGBOARD_VERSION));

    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);

    QTranslator appTranslator;
    if (appTranslator.load(QLocale(), QStringLiteral("plugboard"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&appTranslator);

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
    parser.process(app);

    host::SysfsHostBackend::Options options;
    if (parser.isSet(QStringLiteral("root")))
        options.root = parser.value(QStringLiteral("root"));
    host::SysfsHostBackend backend(options);

    ui::MainWindow window;
    backend.start();
    window.setHostBackend(&backend);
    // Guests: the default connections (or --connect), plus the ones the user added before.
    QStringList uris = parser.values(QStringLiteral("connect"));
    if (uris.isEmpty()) {
        uris = {QStringLiteral("qemu:///system"), QStringLiteral("qemu:///session")};
        uris += QSettings().value(QStringLiteral("connections/extra")).toStringList();
    }
    for (const QString &uri : std::as_const(uris))
        window.addConnection(uri);
    // VMware: the user's inventory and recently used VMs, plus what they added.
    vmware::VmwareSource vmwareGuests(
        QDir::homePath(), QSettings().value(QStringLiteral("vmware/added")).toStringList());
    window.setVmwareSource(&vmwareGuests);
    vmwareGuests.refresh();
    window.show();
    return app.exec();
}
