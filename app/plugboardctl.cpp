// SPDX-License-Identifier: GPL-3.0-or-later
// plugboardctl: the command-line face of the core (wiring only; the work is in core/).
#include "host/sysfshostbackend.h"
#include "host/topologyformat.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QTextStream>

#include <cstdio>

using namespace plugboard;

namespace {

void printErr(const QString &s)
{
    QTextStream(stderr) << "plugboardctl: " << s << Qt::endl;
}

int usage(const QString &why)
{
    printErr(why);
    QTextStream(stderr) << QCoreApplication::translate("plugboardctl", "Run 'plugboardctl --help' for usage.")
                        << Qt::endl;
    return 2;
}

int cmdDevices(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        QCoreApplication::translate("plugboardctl", "Show the host's USB controllers, ports and devices."));
    p.addHelpOption();
    p.addOption({QStringLiteral("json"),
        QCoreApplication::translate("plugboardctl", "Write one JSON document (DESIGN.md contract).")});
    p.addOption({QStringLiteral("root"),
        QCoreApplication::translate("plugboardctl", "Read every host file under DIR instead of /."),
        QCoreApplication::translate("plugboardctl", "DIR")});
    p.addOption({QStringLiteral("no-empty"),
        QCoreApplication::translate("plugboardctl", "Hide empty ports in the text tree.")});
    if (!p.parse(QStringList {QStringLiteral("plugboardctl devices")} + args))
        return usage(p.errorText());
    if (p.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << p.helpText();
        return 0;
    }
    if (!p.positionalArguments().isEmpty())
        return usage(QCoreApplication::translate("plugboardctl", "'devices' takes no arguments, got '%1'.")
                         .arg(p.positionalArguments().constFirst()));
    host::SysfsHostBackend::Options opt;
    opt.root = p.isSet(QStringLiteral("root")) ? p.value(QStringLiteral("root")) : QStringLiteral("/");
    opt.monitor = false;
    if (opt.root.isEmpty())
        return usage(QCoreApplication::translate("plugboardctl", "--root needs a directory."));
    host::SysfsHostBackend backend(opt);
    backend.start();
    const host::HostTopology &topo = backend.topology();
    if (p.isSet(QStringLiteral("json"))) {
        const QByteArray json = QJsonDocument(host::topologyToJson(topo)).toJson(QJsonDocument::Indented);
        std::fwrite(json.constData(), 1, size_t(json.size()), stdout);
    } else {
        QTextStream out(stdout);
        out << host::topologyToText(topo, !p.isSet(QStringLiteral("no-empty")));
        out.flush();
    }
    for (const QString &w : topo.warnings)
        printErr(w);
    if (!backend.statusMessage().isEmpty())
        printErr(backend.statusMessage());
    if (!host::SysfsRoot(opt.root).exists())
        return 1;
    return 0;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("plugboardctl"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("plugboard.example.org"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PLUGBOARD_VERSION));
    QStringList args = QCoreApplication::arguments().mid(1);
    if (args.isEmpty() || args.constFirst() == QLatin1String("--help") || args.constFirst() == QLatin1String("-h")) {
        QTextStream out(args.isEmpty() ? stderr : stdout);
        out << QCoreApplication::translate("plugboardctl",
            "Usage: plugboardctl COMMAND [OPTIONS]\n\n"
            "Commands:\n"
            "  devices [--json] [--root DIR]   the host's USB controllers, ports and devices\n\n"
            "Run 'plugboardctl COMMAND --help' for a command's options.\n");
        return args.isEmpty() ? 2 : 0;
    }
    if (args.constFirst() == QLatin1String("--version")) {
        QTextStream(stdout) << "plugboardctl " << QCoreApplication::applicationVersion() << Qt::endl;
        return 0;
    }
    const QString cmd = args.takeFirst();
    if (cmd == QLatin1String("devices"))
        return cmdDevices(args);
    return usage(QCoreApplication::translate("plugboardctl", "Unknown command '%1'.").arg(cmd));
}
