// SPDX-License-Identifier: GPL-3.0-or-later
// The window inside a system-test guest (Xvfb there): it follows what the host does over QMP and
// what the guest script asks, through flag files on the /out share, and reports what a user sees
// (its model, its accessible tree, screenshots) and how long each change took to show.
//
//   plugboard_systest_gui OUT live-tree
//   plugboard_systest_gui OUT attach DEVICE GUEST_ID   (drag onto the guest, then back)
//   plugboard_systest_gui OUT pull GUEST_ID            (a pulled device: shown stale, removed from the menu)
//   plugboard_systest_gui OUT snapshot GUEST_ID NAME   (a screenshot once the guest holds a device)
//   plugboard_systest_gui OUT diagnose DEVICE GUEST_ID (the troubleshooting wizard's findings)
//
// Every step writes OUT/gui-STEP when it is done and OUT/gui.json with the figures; a failure
// writes OUT/gui-failed with the reason and exits 1.
#include "../common/xdrag.h"

#include "diagnosiswizard.h"
#include "guestmodel.h"
#include "guestpane.h"
#include "host/sysfshostbackend.h"
#include "hostfilterproxy.h"
#include "hostpane.h"
#include "hostusbmodel.h"
#include "mainwindow.h"

#include <QAccessible>
#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMenu>
#include <QPushButton>
#include <QScreen>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QTreeView>

#include <cstdio>
#include <cstdlib>
#include <functional>

using namespace plugboard;

namespace {

QString g_out;
QJsonObject g_figures;
ui::MainWindow *g_window = nullptr;

void say(const QString &s)
{
    std::fprintf(stderr, "gui: %s\n", qPrintable(s));
}

void writeFile(const QString &name, const QByteArray &data)
{
    QFile f(g_out + QLatin1Char('/') + name);
    if (f.open(QIODevice::WriteOnly))
        f.write(data);
}

void saveFigures()
{
    writeFile(QStringLiteral("gui.json"), QJsonDocument(g_figures).toJson());
}

void shot(const QString &name)
{
    QTest::qWait(200);
    QPixmap p = g_window->screen()->grabWindow(g_window->winId());
    if (p.isNull())
        p = g_window->grab();
    p.save(g_out + QStringLiteral("/gui-") + name + QStringLiteral(".png"));
}

[[noreturn]] void fail(const QString &why)
{
    say(QStringLiteral("FAILED: ") + why);
    saveFigures();
    if (g_window)
        shot(QStringLiteral("failed"));
    writeFile(QStringLiteral("gui-failed"), why.toUtf8() + '\n');
    std::exit(1);
}

void done(const QString &step)
{
    say(step);
    saveFigures();
    writeFile(QStringLiteral("gui-") + step, "ok\n");
}

bool exists(const QString &flag)
{
    return QFile::exists(g_out + QLatin1Char('/') + flag);
}

// Spins the event loop until `flag` appears on the share (polled: it is a 9p folder).
void waitFlag(const QString &flag, int seconds = 240)
{
    if (!QTest::qWaitFor(
            [&] {
                return exists(flag);
            },
            seconds * 1000))
        fail(QStringLiteral("no '%1' within %2 s").arg(flag).arg(seconds));
}

void waitFor(const std::function<bool()> &cond, const QString &what, int seconds = 60)
{
    if (!QTest::qWaitFor(cond, seconds * 1000))
        fail(QStringLiteral("the window never showed %1 within %2 s").arg(what).arg(seconds));
}

// Kernel names of the USB devices the window's host tree has (its model, not the backend's data).
QSet<QString> modelDevices()
{
    ui::HostUsbModel *m = g_window->hostPane()->model();
    QSet<QString> out;
    std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
        for (int r = 0; r < m->rowCount(parent); ++r) {
            const QModelIndex i = m->index(r, 0, parent);
            if (i.data(ui::HostUsbModel::KindRole).toInt() == ui::HostUsbModel::DeviceKind)
                out.insert(i.data(ui::HostUsbModel::IdRole).toString());
            walk(i);
        }
    };
    walk({});
    return out;
}

// Kernel names of USB devices in sysfs (what the kernel has now).
QSet<QString> sysfsDevices()
{
    QSet<QString> out;
    for (const QString &e : QDir(QStringLiteral("/sys/bus/usb/devices")).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        if (!e.startsWith(QLatin1String("usb")) && !e.contains(QLatin1Char(':')))
            out.insert(e);
    }
    return out;
}

// Every name the host tree speaks to assistive technology (visible rows, all columns).
QStringList accessibleNames(QTreeView *view)
{
    QStringList names;
    QAccessibleInterface *tree = QAccessible::queryAccessibleInterface(view);
    if (!tree)
        return names;
    for (int i = 0; i < tree->childCount(); ++i) {
        if (QAccessibleInterface *c = tree->child(i))
            names.append(c->text(QAccessible::Name));
    }
    return names;
}

// The model's rows for `ids` have names, and the accessible tree speaks each of them.
void checkAccessible(const QSet<QString> &ids, const QString &step)
{
    QTreeView *view = g_window->hostPane()->view();
    view->expandAll();
    QTest::qWait(100);
    const QStringList names = accessibleNames(view);
    QJsonObject spoken;
    for (const QString &id : ids) {
        const QString text = g_window->hostPane()->model()->indexOf(id).data().toString();
        if (text.isEmpty() || !names.contains(text))
            fail(QStringLiteral("%1: the accessible tree does not speak the row of %2 ('%3')").arg(step, id, text));
        spoken.insert(id, text);
    }
    g_figures.insert(QStringLiteral("spoken_") + step, spoken);
}

double seconds(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e9;
}

QModelIndex hostRow(const QString &id)
{
    return g_window->hostPane()->proxy()->mapFromSource(g_window->hostPane()->model()->indexOf(id));
}

// The host devices a guest's subtree lists (rows of kind DeviceKind under it).
QList<QModelIndex> guestDeviceRows(const QString &guestId)
{
    ui::GuestModel *m = g_window->guestPane()->model();
    QList<QModelIndex> out;
    std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
        for (int r = 0; r < m->rowCount(parent); ++r) {
            const QModelIndex i = m->index(r, 0, parent);
            if (m->kind(i) == ui::GuestModel::DeviceKind)
                out.append(i);
            walk(i);
        }
    };
    const QModelIndex g = m->indexOfGuest(guestId);
    if (g.isValid())
        walk(g);
    return out;
}

void waitGuestRunning(const QString &guestId)
{
    ui::GuestModel *m = g_window->guestPane()->model();
    waitFor(
        [&] {
            return m->indexOfGuest(guestId).data(ui::GuestModel::RunningRole).toBool();
        },
        guestId + QStringLiteral(" running"));
    g_window->guestPane()->view()->expandAll();
}

int liveTree()
{
    QElapsedTimer t;
    waitFor(
        [] {
            return modelDevices() == sysfsDevices() && !sysfsDevices().isEmpty();
        },
        QStringLiteral("the boot devices"));
    g_figures.insert(QStringLiteral("boot_devices"), int(modelDevices().size()));
    checkAccessible(modelDevices(), QStringLiteral("boot"));
    shot(QStringLiteral("boot"));
    done(QStringLiteral("ready"));
    for (const auto &[flag, count, step] : {std::tuple {QStringLiteral("done-plug"), 5, QStringLiteral("plugged")},
             std::tuple {QStringLiteral("done-unplug"), 3, QStringLiteral("unplugged")}}) {
        waitFlag(flag);
        t.start(); // QMP has answered: the devices are (being) added or removed
        waitFor(
            [&, n = count] {
                return modelDevices().size() == n && modelDevices() == sysfsDevices();
            },
            QStringLiteral("%1 devices").arg(count));
        g_figures.insert(QStringLiteral("latency_") + step + QStringLiteral("_s"), seconds(t));
        checkAccessible(modelDevices(), step);
        shot(step);
        done(step);
    }
    return 0;
}

int attach(const QString &device, const QString &guestId)
{
    waitGuestRunning(guestId);
    waitFor(
        [&] {
            return hostRow(device).isValid();
        },
        device);
    ui::GuestModel *guests = g_window->guestPane()->model();
    QTest::qWait(500);
    shot(QStringLiteral("before-drag"));
    QElapsedTimer t;
    t.start();
    auto drag = test::startDrag(test::centreOf(g_window->hostPane()->view(), hostRow(device)),
        test::centreOf(g_window->guestPane()->view(), guests->indexOfGuest(guestId)));
    waitFor(
        [&] {
            return !guestDeviceRows(guestId).isEmpty();
        },
        QStringLiteral("the device under the guest"), 90);
    g_figures.insert(QStringLiteral("drop_to_row_s"), seconds(t));
    waitFor(
        [&] {
            return drag->state() == QProcess::NotRunning;
        },
        QStringLiteral("the end of the drag"));
    g_window->guestPane()->view()->expandAll();
    const QModelIndex row = guestDeviceRows(guestId).constFirst();
    g_figures.insert(QStringLiteral("attached_row"), row.data().toString());
    g_figures.insert(
        QStringLiteral("attached_state"), row.siblingAtColumn(ui::GuestModel::StateColumn).data().toString());
    // The host tree says who holds it.
    const QString holder = QStringLiteral("in ") + guestId.section(QLatin1Char('#'), 1);
    auto guestColumn = [&] {
        return g_window->hostPane()->model()->indexOf(device, ui::HostUsbModel::AssignedColumn).data().toString();
    };
    waitFor(
        [&] {
            return guestColumn() == holder;
        },
        QStringLiteral("'%1' beside the device").arg(holder));
    g_figures.insert(QStringLiteral("host_row_guest"), guestColumn());
    shot(QStringLiteral("attached"));
    done(QStringLiteral("attached"));

    waitFlag(QStringLiteral("go-release"));
    const QModelIndex back = guestDeviceRows(guestId).constFirst();
    // Onto the host tree's first row (any row of the host tree takes a released device).
    drag = test::startDrag(test::centreOf(g_window->guestPane()->view(), back),
        test::centreOf(g_window->hostPane()->view(), g_window->hostPane()->proxy()->index(0, 0)));
    t.start();
    waitFor(
        [&] {
            return guestDeviceRows(guestId).isEmpty();
        },
        QStringLiteral("the device gone from the guest"), 90);
    g_figures.insert(QStringLiteral("release_to_row_s"), seconds(t));
    waitFor(
        [&] {
            return drag->state() == QProcess::NotRunning;
        },
        QStringLiteral("the end of the drag"));
    shot(QStringLiteral("released"));
    done(QStringLiteral("released"));
    return 0;
}

int pull(const QString &guestId)
{
    waitGuestRunning(guestId);
    ui::GuestModel *guests = g_window->guestPane()->model();
    waitFor(
        [&] {
            return !guestDeviceRows(guestId).isEmpty();
        },
        QStringLiteral("the attached stick"), 90);
    g_window->guestPane()->view()->expandAll();
    if (guests->isGoneFromHost(guestDeviceRows(guestId).constFirst()))
        fail(QStringLiteral("the stick is shown unplugged while it is plugged in"));
    shot(QStringLiteral("attached"));
    done(QStringLiteral("ready"));

    waitFlag(QStringLiteral("done-pull"));
    QElapsedTimer t;
    t.start();
    waitFor(
        [&] {
            const auto rows = guestDeviceRows(guestId);
            return rows.size() == 1 && guests->isGoneFromHost(rows.constFirst());
        },
        QStringLiteral("the pulled stick as stale"));
    g_figures.insert(QStringLiteral("pull_to_stale_s"), seconds(t));
    const QModelIndex row = guestDeviceRows(guestId).constFirst();
    g_figures.insert(QStringLiteral("stale_state"), row.siblingAtColumn(ui::GuestModel::StateColumn).data().toString());
    g_figures.insert(QStringLiteral("stale_tooltip"), row.data(Qt::ToolTipRole).toString());
    shot(QStringLiteral("stale"));
    done(QStringLiteral("stale"));

    // Cleaned up on request: right-click the row, then the menu's "Remove the stale entry". The
    // menu runs its own event loop, so it is read and clicked from a timer that fires inside it.
    waitFlag(QStringLiteral("go-clean"));
    QTreeView *view = g_window->guestPane()->view();
    const QPoint at = test::centreOf(view, row);
    std::unique_ptr<QProcess> click, choose;
    QString menuProblem;
    bool chosen = false;
    QTimer poll;
    poll.setInterval(100);
    QObject::connect(&poll, &QTimer::timeout, [&] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (!menu || chosen)
            return;
        chosen = true;
        poll.stop();
        QAction *remove = nullptr;
        QStringList offered;
        for (QAction *a : menu->actions()) {
            offered.append(a->text());
            if (a->text().remove(QLatin1Char('&')) == QLatin1String("Remove the stale entry"))
                remove = a;
        }
        g_figures.insert(QStringLiteral("menu"), offered.join(QStringLiteral(" | ")));
        QTest::qWait(300);
        shot(QStringLiteral("menu"));
        if (!remove) {
            menuProblem
                = QStringLiteral("the menu offers no 'Remove the stale entry': ") + offered.join(QStringLiteral(", "));
            menu->close();
            return;
        }
        choose = test::startClick(menu->mapToGlobal(menu->actionGeometry(remove).center()), 1);
    });
    poll.start();
    click = test::startClick(at, 3);
    waitFor(
        [&] {
            return chosen;
        },
        QStringLiteral("the context menu"));
    if (!menuProblem.isEmpty())
        fail(menuProblem);
    t.start();
    waitFor(
        [&] {
            return guestDeviceRows(guestId).isEmpty();
        },
        QStringLiteral("the stale entry removed"), 90);
    g_figures.insert(QStringLiteral("clean_s"), seconds(t));
    shot(QStringLiteral("cleaned"));
    done(QStringLiteral("cleaned"));
    return 0;
}

// The window as it is now, for the artifacts: the guest's rows (and the host tree's Guest column).
int snapshot(const QString &guestId, const QString &name)
{
    waitGuestRunning(guestId);
    waitFor(
        [&] {
            return !guestDeviceRows(guestId).isEmpty();
        },
        QStringLiteral("a device under the guest"), 90);
    g_window->guestPane()->view()->expandAll();
    QStringList rows;
    for (const QModelIndex &i : guestDeviceRows(guestId))
        rows.append(i.data().toString() + QStringLiteral(" — ")
            + i.siblingAtColumn(ui::GuestModel::StateColumn).data().toString());
    g_figures.insert(QStringLiteral("guest_rows"), rows.join(QStringLiteral("; ")));
    shot(name);
    done(QStringLiteral("snapshot"));
    return 0;
}

// The troubleshooting wizard on a device and a guest: Next runs the checks; the findings are read
// from the wizard and photographed.
int diagnose(const QString &device, const QString &guestId)
{
    waitGuestRunning(guestId);
    waitFor(
        [&] {
            return hostRow(device).isValid();
        },
        device);
    g_window->diagnose(device, guestId);
    ui::DiagnosisWizard *wizard = nullptr;
    waitFor(
        [&] {
            return (wizard = g_window->findChild<ui::DiagnosisWizard *>()) && wizard->isVisible();
        },
        QStringLiteral("the troubleshooting wizard"));
    QSignalSpy finished(wizard, &ui::DiagnosisWizard::checksFinished);
    QTest::qWait(300);
    // As a user would: Next through the pages (the device and guest are preselected) until the
    // checks have run.
    for (int page = 0; page < 6 && finished.isEmpty(); ++page) {
        wizard->button(QWizard::NextButton)->click();
        (void)QTest::qWaitFor(
            [&] {
                return !finished.isEmpty();
            },
            3000);
    }
    waitFor(
        [&] {
            return !finished.isEmpty();
        },
        QStringLiteral("the checks' findings"), 120);
    QStringList checks;
    for (const diagnostics::Finding &f : wizard->report().findings)
        checks.append(f.check);
    g_figures.insert(QStringLiteral("wizard_checks"), checks.join(QLatin1Char(' ')));
    if (!wizard->report().findings.isEmpty())
        g_figures.insert(QStringLiteral("wizard_first_title"), wizard->report().findings.constFirst().title);
    wizard->button(QWizard::NextButton)->click(); // the findings page
    QTest::qWait(500);
    QPixmap p = wizard->screen()->grabWindow(wizard->winId());
    p.save(g_out + QStringLiteral("/gui-wizard.png"));
    // The first finding's fix, applied from its button: the guest's controller becomes qemu-xhci.
    QPushButton *apply = nullptr;
    for (QPushButton *b : wizard->findChildren<QPushButton *>()) {
        if (b->isVisible() && b->toolTip() == QLatin1String("controller-qemu-xhci"))
            apply = b;
    }
    if (!apply)
        fail(QStringLiteral("the wizard offers no button to switch the guest's controller to qemu-xhci"));
    g_figures.insert(QStringLiteral("wizard_apply_text"), apply->text());
    QSignalSpy fixed(wizard, &ui::DiagnosisWizard::fixFinished);
    apply->click();
    waitFor(
        [&] {
            return !fixed.isEmpty();
        },
        QStringLiteral("the fix's outcome"), 60);
    g_figures.insert(QStringLiteral("fix_ok"), fixed.constFirst().at(0).toBool());
    g_figures.insert(QStringLiteral("fix_message"), fixed.constFirst().at(1).toString());
    done(QStringLiteral("diagnosed"));
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3) {
        std::fprintf(stderr, "usage: %s OUT live-tree|attach DEVICE GUEST|pull GUEST\n", argv[0]);
        return 2;
    }
    g_out = args.at(1);
    const QString scenario = args.at(2);
    host::SysfsHostBackend backend({});
    backend.start();
    ui::MainWindow w;
    g_window = &w;
    w.setHostBackend(&backend);
    if (scenario != QLatin1String("live-tree"))
        w.addConnection(QStringLiteral("qemu:///system"));
    w.resize(1280, 760);
    w.show();
    QElapsedTimer t;
    t.start();
    if (!QTest::qWaitForWindowExposed(&w, 60000))
        fail(QStringLiteral("the window was never shown"));
    g_figures.insert(QStringLiteral("window_shown_s"), seconds(t));
    if (scenario == QLatin1String("live-tree"))
        return liveTree();
    if (scenario == QLatin1String("attach") && args.size() == 5)
        return attach(args.at(3), args.at(4));
    if (scenario == QLatin1String("pull") && args.size() == 4)
        return pull(args.at(3));
    if (scenario == QLatin1String("snapshot") && args.size() == 5)
        return snapshot(args.at(3), args.at(4));
    if (scenario == QLatin1String("diagnose") && args.size() == 5)
        return diagnose(args.at(3), args.at(4));
    fail(QStringLiteral("unknown scenario or arguments: ") + args.mid(2).join(QLatin1Char(' ')));
}
