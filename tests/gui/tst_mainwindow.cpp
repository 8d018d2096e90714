// SPDX-License-Identifier: GPL-3.0-or-later
// The real window under Xvfb with a umockdev host: the tree, details, filter, keyboard, hotplug,
// the no-USB-bus message; screenshots are kept as test artifacts.
#include "../common/fakehelper.h"
#include "assign/engine.h"
#include "demo.h"
#include "detailspane.h"
#include "diagnosiswizard.h"
#include "firstrunguide.h"
#include "guestmodel.h"
#include "guestpane.h"
#include "host/sysfshostbackend.h"
#include "hostfilterproxy.h"
#include "hostpane.h"
#include "hostusbmodel.h"
#include "i18n.h"
#include "mainwindow.h"
#include "powerbudgetbar.h"
#include "tray.h"
#include "vmware/vmwaresource.h"

#include "../common/xdrag.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QAction>
#include <QDir>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QScreen>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QTreeWidget>

#include <libvirt/libvirt.h>
#include <umockdev.h>

#include <functional>

using namespace plugboard;

namespace {
QString corpus(const char *name)
{
    return QStringLiteral(PLUGBOARD_TEST_DATA "/umockdev/") + QLatin1String(name);
}

void saveShot(QWidget *w, const QString &name)
{
    const QString dir = QStringLiteral(PLUGBOARD_ARTIFACT_DIR);
    QDir().mkpath(dir);
    // Grab what the X server shows (window decorations aside), as a user would see it.
    QPixmap shot = w->screen()->grabWindow(w->winId());
    if (shot.isNull())
        shot = w->grab();
    QVERIFY(shot.save(dir + QLatin1Char('/') + name));
}

// Every text the window shows: labels, buttons, actions, and each row of every tree (text and tooltip).
QStringList shownTexts(QWidget *w)
{
    QStringList out;
    for (const QLabel *l : w->findChildren<QLabel *>())
        out.append(l->text());
    for (const QAbstractButton *b : w->findChildren<QAbstractButton *>())
        out.append(b->text());
    for (const QAction *a : w->findChildren<QAction *>())
        out.append(a->text());
    for (const QAbstractItemView *v : w->findChildren<QAbstractItemView *>()) {
        const QAbstractItemModel *m = v->model();
        if (!m)
            continue;
        std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
            for (int r = 0; r < m->rowCount(parent); ++r) {
                for (int c = 0; c < m->columnCount(parent); ++c) {
                    const QModelIndex i = m->index(r, c, parent);
                    out << i.data().toString() << i.data(Qt::ToolTipRole).toString();
                }
                walk(m->index(r, 0, parent));
            }
        };
        walk({});
    }
    return out;
}

QStringList treeRows(QTreeView *view)
{
    QStringList rows;
    std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
        for (int r = 0; r < view->model()->rowCount(parent); ++r) {
            const QModelIndex i = view->model()->index(r, 0, parent);
            rows.append(i.data(ui::HostUsbModel::IdRole).toString());
            walk(i);
        }
    };
    walk({});
    return rows;
}
} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT
private:
    UMockdevTestbed *m_bed = nullptr;

private Q_SLOTS:
    void initTestCase()
    {
        // Assignments and settings in a test location, never the user's.
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(qEnvironmentVariable("LD_PRELOAD").contains(QLatin1String("umockdev-preload")),
            "run this test under umockdev-wrapper (ctest does)");
        QVERIFY2(QGuiApplication::platformName() == QLatin1String("xcb"), "run this test under Xvfb (ctest does)");
    }
    void init() { m_bed = umockdev_testbed_new(); }
    void cleanup()
    {
        installTranslations(QStringLiteral("C")); // the next test reads English
        g_object_unref(m_bed);
        m_bed = nullptr;
    }

    void showsTheUmockdevTree()
    {
        QVERIFY(umockdev_testbed_add_from_file(
            m_bed, QFile::encodeName(corpus("canon-powershot-sx200.umockdev")).constData(), nullptr));
        host::SysfsHostBackend backend({});
        backend.start();
        ui::MainWindow w;
        w.setHostBackend(&backend);
        w.resize(1200, 640);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QTreeView *view = w.hostPane()->view();
        QVERIFY(view->isVisible());
        const QStringList rows = treeRows(view);
        QVERIFY(rows.contains(QStringLiteral("1-1.5.2.3")));
        QVERIFY(rows.contains(QStringLiteral("usb1-port3"))); // empty ports shown by default
        const QModelIndex cam
            = w.hostPane()->proxy()->mapFromSource(w.hostPane()->model()->indexOf(QStringLiteral("1-1.5.2.3")));
        QVERIFY(view->visualRect(cam).isValid()); // expanded down to the camera

        // Details of the camera.
        QVERIFY(w.hostPane()->selectId(QStringLiteral("1-1.5.2.3")));
        QCOMPARE(w.detailsPane()->shownId(), QStringLiteral("1-1.5.2.3"));
        QTreeWidget *props = w.detailsPane()->propertyTree();
        QVERIFY(!props->findItems(QStringLiteral("04a9:31c0"), Qt::MatchExactly | Qt::MatchRecursive, 1).isEmpty());
        QVERIFY(!props->findItems(QStringLiteral("Endpoint 0x81"), Qt::MatchExactly | Qt::MatchRecursive, 0).isEmpty());
        QTest::qWait(100);
        saveShot(&w, QStringLiteral("mainwindow-camera.png"));

        // A hub shows its power budget.
        QVERIFY(w.hostPane()->selectId(QStringLiteral("1-1.5.2")));
        auto *bar = w.detailsPane()->findChild<ui::PowerBudgetBar *>();
        QVERIFY(bar && bar->isVisible());
        QVERIFY(bar->budget().known);
        QCOMPARE(bar->budget().ports, 4);

        // Keyboard navigation: Down from the hub selects its first port.
        view->setFocus();
        QTest::keyClick(view, Qt::Key_Down);
        QCOMPARE(w.hostPane()->currentId(), QStringLiteral("1-1.5.2-port1"));

        // Hide empty ports, then filter by vid:pid: only the path to the camera stays.
        w.hostPane()->setShowEmptyPorts(false);
        QVERIFY(!treeRows(view).contains(QStringLiteral("usb1-port3")));
        auto *filter = w.hostPane()->findChild<QLineEdit *>();
        QVERIFY(filter);
        QTest::keyClicks(filter, QStringLiteral("31c0"));
        QCOMPARE(treeRows(view),
            (QStringList {QStringLiteral("0000:00:1a.0"), QStringLiteral("usb1-port1"), QStringLiteral("1-1"),
                QStringLiteral("1-1-port5"), QStringLiteral("1-1.5"), QStringLiteral("1-1.5-port2"),
                QStringLiteral("1-1.5.2"), QStringLiteral("1-1.5.2-port3"), QStringLiteral("1-1.5.2.3")}));
        saveShot(&w, QStringLiteral("mainwindow-filtered.png"));
        filter->clear();
        w.hostPane()->setShowEmptyPorts(true);

        // Hotplug while the window is open: the new device appears, selection and expansion stay.
        QVERIFY(w.hostPane()->selectId(QStringLiteral("1-1.5.2.3")));
        auto proxyIndex = [&](const char *id) {
            return w.hostPane()->proxy()->mapFromSource(w.hostPane()->model()->indexOf(QLatin1String(id)));
        };
        view->collapse(proxyIndex("1-1-port5"));
        QVERIFY(view->isExpanded(proxyIndex("1-1")));
        QSignalSpy changed(&backend, &host::HostBackend::topologyChanged);
        gchar *path = umockdev_testbed_add_device(m_bed, "usb", "1-1.5.2.1",
            "/sys/devices/pci0000:00/0000:00:1a.0/usb1/1-1/1-1.5/1-1.5.2", "idVendor", "0781", "idProduct", "5567",
            "speed", "480", "product", "Cruzer Blade", "bDeviceClass", "00", "busnum", "1", "devnum", "13", nullptr,
            "DEVTYPE", "usb_device", nullptr);
        umockdev_testbed_uevent(m_bed, path, "add");
        g_free(path);
        QVERIFY(changed.wait(5000));
        QVERIFY(treeRows(view).contains(QStringLiteral("1-1.5.2.1")));
        QCOMPARE(w.hostPane()->currentId(), QStringLiteral("1-1.5.2.3"));
        QVERIFY(!view->isExpanded(proxyIndex("1-1-port5")));
        QVERIFY(view->isExpanded(proxyIndex("1-1")));
        QVERIFY(view->isExpanded(proxyIndex("1-1.5.2")));
        view->expand(proxyIndex("1-1-port5"));
        QTest::qWait(100);
        saveShot(&w, QStringLiteral("mainwindow-hotplug.png"));
    }

    void aDockIsOneRowPerSocketAndBox()
    {
        // tests/data/umockdev/usb3-dock.umockdev: an xHCI whose four sockets are each a USB 2 and a
        // USB 3 kernel port (peers), a USB 3 dock (two kernel hubs) in socket 1 with a stick on its
        // USB 3 half and a keyboard on its USB 2 half, a YubiKey in socket 2.
        QVERIFY(umockdev_testbed_add_from_file(
            m_bed, QFile::encodeName(corpus("usb3-dock.umockdev")).constData(), nullptr));
        host::SysfsHostBackend backend({});
        backend.start();
        ui::MainWindow w; // its default size (no settings in test mode)
        w.setHostBackend(&backend);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        ui::HostUsbModel *m = w.hostPane()->model();
        QTreeView *view = w.hostPane()->view();
        // On a 1280×800 screen the guest, ID and speed columns are in view without scrolling.
        QVERIFY(w.width() <= 1280 && w.height() <= 800);
        for (int c : {ui::HostUsbModel::AssignedColumn, ui::HostUsbModel::IdColumn, ui::HostUsbModel::SpeedColumn}) {
            const int right = view->header()->sectionViewportPosition(c) + view->header()->sectionSize(c);
            QVERIFY2(right <= view->viewport()->width(),
                qPrintable(
                    QStringLiteral("column %1 ends at %2 of %3").arg(c).arg(right).arg(view->viewport()->width())));
        }
        QString why;
        QVERIFY2(m->isConsistent(&why), qPrintable(why));
        const QModelIndex ctl = m->indexOf(QStringLiteral("0000:00:14.0"));
        QCOMPARE(m->rowCount(ctl), 4);
        const QModelIndex socket = m->indexOf(QStringLiteral("usb2-port1"));
        QCOMPARE(m->id(socket), QStringLiteral("usb1-port1+usb2-port1"));
        const QModelIndex dock = m->indexOf(QStringLiteral("2-1"));
        QCOMPARE(m->id(dock), QStringLiteral("1-1+2-1"));
        QCOMPARE(m->parent(dock), socket);
        QCOMPARE(dock.data().toString(), QStringLiteral("USB3.0 Hub"));
        QCOMPARE(m->rowCount(dock), 4);
        QCOMPARE(m->id(m->parent(m->indexOf(QStringLiteral("2-1.1")))), QStringLiteral("1-1-port1+2-1-port1"));
        QCOMPARE(m->id(m->parent(m->indexOf(QStringLiteral("1-1.3")))), QStringLiteral("1-1-port3+2-1-port3"));
        QCOMPARE(m->id(m->parent(m->indexOf(QStringLiteral("1-2")))), QStringLiteral("usb1-port2+usb2-port2"));

        // The details of a socket and of the box show both halves.
        QVERIFY(w.hostPane()->selectId(QStringLiteral("usb1-port1")));
        QTreeWidget *props = w.detailsPane()->propertyTree();
        QVERIFY(!props->findItems(QStringLiteral("usb1-port1"), Qt::MatchExactly | Qt::MatchRecursive, 1).isEmpty());
        QVERIFY(!props->findItems(QStringLiteral("usb2-port1"), Qt::MatchExactly | Qt::MatchRecursive, 1).isEmpty());
        QVERIFY(w.hostPane()->selectId(QStringLiteral("1-1")));
        QVERIFY(!props->findItems(QStringLiteral("2109:2817"), Qt::MatchExactly | Qt::MatchRecursive, 1).isEmpty());
        QVERIFY(!props->findItems(QStringLiteral("2109:0817"), Qt::MatchExactly | Qt::MatchRecursive, 1).isEmpty());
        QCOMPARE(w.hostPane()->currentId(), QStringLiteral("1-1")); // what menus and the wizard get

        // Keyboard: Down from the box goes to its first socket; the filter keeps the path.
        view->setFocus();
        QTest::keyClick(view, Qt::Key_Down);
        QCOMPARE(w.hostPane()->currentId(), QStringLiteral("1-1-port1"));
        auto *filter = w.hostPane()->findChild<QLineEdit *>();
        QTest::keyClicks(filter, QStringLiteral("Ultra Fit"));
        QCOMPARE(treeRows(view),
            (QStringList {QStringLiteral("0000:00:14.0"), QStringLiteral("usb1-port1+usb2-port1"),
                QStringLiteral("1-1+2-1"), QStringLiteral("1-1-port1+2-1-port1"), QStringLiteral("2-1.1")}));
        filter->clear();

        // Screen readers hear one row per socket and the box by its name.
        QAccessibleInterface *tree = QAccessible::queryAccessibleInterface(view);
        QVERIFY(tree);
        QStringList names;
        for (int i = 0; i < tree->childCount(); ++i) {
            if (QAccessibleInterface *c = tree->child(i))
                names.append(c->text(QAccessible::Name));
        }
        QVERIFY2(names.contains(QStringLiteral("USB3.0 Hub")), qPrintable(names.join(QLatin1Char('|'))));
        QCOMPARE(names.count(QStringLiteral("Port 1")), 2); // the computer's socket 1 and the dock's

        // Hotplug on the USB 2 half of an empty socket: that one row changes.
        QSignalSpy changed(&backend, &host::HostBackend::topologyChanged);
        QSignalSpy inserted(m, &QAbstractItemModel::rowsInserted);
        gchar *path = umockdev_testbed_add_device(m_bed, "usb", "1-3", "/sys/devices/pci0000:00/0000:00:14.0/usb1",
            "idVendor", "0781", "idProduct", "5567", "speed", "480", "product", "Cruzer Blade", "bDeviceClass", "00",
            "busnum", "1", "devnum", "9", nullptr, "DEVTYPE", "usb_device", nullptr);
        umockdev_testbed_uevent(m_bed, path, "add");
        g_free(path);
        QVERIFY(changed.wait(5000));
        QCOMPARE(m->id(m->parent(m->indexOf(QStringLiteral("1-3")))), QStringLiteral("usb1-port3+usb2-port3"));
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(m->resetCount(), 0);
        QVERIFY2(m->isConsistent(&why), qPrintable(why));
        w.hostPane()->selectId(QStringLiteral("2-1.1"));
        QTest::qWait(100);
        saveShot(&w, QStringLiteral("mainwindow-dock.png"));
    }

    void noPluralPlaceholderOnScreen_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("counts"); // the status bar's "1 controller, 4 devices"
        QTest::addRow("C") << QStringLiteral("C") << QStringLiteral("1 controller, 4 devices");
        QTest::addRow("de") << QStringLiteral("de") << QStringLiteral("1 Controller, 4 Geräte");
        QTest::addRow("zh_CN") << QStringLiteral("zh_CN") << QStringLiteral("1 个控制器，4 个设备 — ");
    }

    void noPluralPlaceholderOnScreen()
    {
        // The window in each language, as plugboard --lang starts it: "(s)" nowhere on screen.
        QFETCH(QString, lang);
        QFETCH(QString, counts);
        installTranslations(lang);
        QVERIFY(umockdev_testbed_add_from_file(
            m_bed, QFile::encodeName(corpus("canon-powershot-sx200.umockdev")).constData(), nullptr));
        host::SysfsHostBackend backend({});
        backend.start();
        ui::MainWindow w;
        w.setHostBackend(&backend);
        w.resize(1200, 640);
        w.addConnection(QStringLiteral("test:///default"));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QTRY_VERIFY_WITH_TIMEOUT(
            w.guestPane()
                ->model()
                ->indexOf(ui::GuestModel::guestNodeId(QStringLiteral("test:///default"), QStringLiteral("test")))
                .isValid(),
            10000);
        QVERIFY(w.hostPane()->selectId(QStringLiteral("1-1.5.2"))); // a hub: the power bar counts its ports
        QTest::qWait(100);
        const QStringList texts = shownTexts(&w);
        QVERIFY2(texts.join(QLatin1Char('\n')).contains(counts), qPrintable(texts.join(QLatin1Char('\n'))));
        for (const QString &t : texts)
            QVERIFY2(!t.contains(QLatin1String("(s)")), qPrintable(t));
        saveShot(&w, QStringLiteral("mainwindow-%1.png").arg(lang));
    }

    void languageMenuListsTheCatalogues()
    {
        // One list of languages, the .ts files': every LANGUAGE of translations/plugboard_*_LANGUAGE.ts
        // (the English plural forms aside) is in translationLanguages() and in Tools ▸ Language, after
        // the system's and English, named in itself.
        static const QRegularExpression catalogue(QStringLiteral("^plugboard_[a-z]+_(.+)\\.ts$"));
        QStringList files;
        for (const QString &f : QDir(QStringLiteral(PLUGBOARD_SOURCE_DIR "/translations"))
                                    .entryList({QStringLiteral("plugboard_*.ts")}, QDir::Files)) {
            const QString code = catalogue.match(f).captured(1);
            if (!code.isEmpty() && code != QLatin1String("en") && !files.contains(code))
                files.append(code);
        }
        files.sort();
        QVERIFY(files.contains(QStringLiteral("de")) && files.contains(QStringLiteral("zh_CN")));
        QCOMPARE(translationLanguages(), files);

        ui::MainWindow w;
        QMenu *language = nullptr;
        for (QMenu *m : w.findChildren<QMenu *>())
            if (m->title() == QLatin1String("&Language"))
                language = m;
        QVERIFY(language);
        QStringList codes, names;
        for (const QAction *a : language->actions()) {
            codes.append(a->data().toString());
            names.append(a->text());
        }
        QCOMPARE(codes, QStringList({QString(), QStringLiteral("en")}) + files);
        QCOMPARE(names.mid(0, 2), QStringList({QStringLiteral("The system's"), QStringLiteral("English")}));
        for (qsizetype i = 0; i < files.size(); ++i)
            QCOMPARE(names.at(i + 2), QLocale(files.at(i)).nativeLanguageName());
        QCOMPARE(names.at(codes.indexOf(QStringLiteral("de"))), QStringLiteral("Deutsch"));
        QCOMPARE(names.at(codes.indexOf(QStringLiteral("zh_CN"))), QStringLiteral("简体中文"));
    }

    void guestsBesideTheHostTree()
    {
        QVERIFY(umockdev_testbed_add_from_file(
            m_bed, QFile::encodeName(corpus("canon-powershot-sx200.umockdev")).constData(), nullptr));
        host::SysfsHostBackend backend({});
        backend.start();
        ui::MainWindow w;
        w.setHostBackend(&backend);
        w.resize(1200, 640);
        w.addConnection(QStringLiteral("test:///default"));
        w.addConnection(QStringLiteral("qemu+unix:///system?socket=/nonexistent/plugboard.sock"));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        ui::GuestModel *guests = w.guestPane()->model();
        const QString guestNode
            = ui::GuestModel::guestNodeId(QStringLiteral("test:///default"), QStringLiteral("test"));
        QTRY_VERIFY_WITH_TIMEOUT(guests->indexOf(guestNode).isValid(), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(
            guests->index(1, ui::GuestModel::StateColumn).data().toString(), QStringLiteral("not connected"), 10000);
        // Attach the camera to the test guest through the pane (what the Attach… menu runs):
        // the test driver rewrites the definition, and the row appears once libvirt confirms.
        QSignalSpy done(w.guestPane(), &ui::GuestPane::operationFinished);
        w.guestPane()->attachToGuest(QStringLiteral("1-1.5.2.3"), QStringLiteral("test:///default#test"));
        QVERIFY(done.wait(10000));
        const auto result = done.first().at(1).value<libvirt::OperationResult>();
        QVERIFY2(result.ok, qPrintable(result.message));
        QTRY_COMPARE_WITH_TIMEOUT(guests->rowCount(guests->indexOf(guestNode)), 1, 10000);
        const QModelIndex dev = guests->index(0, 0, guests->indexOf(guestNode));
        QVERIFY2(dev.data().toString().contains(QLatin1String("04a9:31c0")), qPrintable(dev.data().toString()));
        QCOMPARE(guests->index(0, ui::GuestModel::StateColumn, guests->indexOf(guestNode)).data().toString(),
            QStringLiteral("at next start"));
        QVERIFY(w.statusBar()->currentMessage().contains(QLatin1String("next start")));
        QTest::qWait(100);
        saveShot(&w, QStringLiteral("mainwindow-guests.png"));

        // A fix from the troubleshooter that changes the guest goes through the window's
        // AttachService like a drop does: the guest's row is pending meanwhile, libvirt's answer
        // ends the fix, the camera is optional at start in the definition afterwards.
        const GuestRef test = GuestRef::libvirt(QStringLiteral("test:///default"), QStringLiteral("test"));
        attaching::AttachService *service = w.attachService();
        QSignalSpy pending(service, &attaching::AttachService::pendingChanged);
        // Tools ▸ Troubleshoot… right after the attach preselects that device and guest.
        QAction *troubleshoot = nullptr;
        for (QAction *a : w.findChildren<QAction *>()) {
            if (a->text() == QStringLiteral("&Troubleshoot…"))
                troubleshoot = a;
        }
        QVERIFY(troubleshoot);
        troubleshoot->trigger();
        auto *wizard = w.findChild<ui::DiagnosisWizard *>();
        QVERIFY(wizard);
        QCOMPARE(wizard->subject().device, QStringLiteral("1-1.5.2.3"));
        QCOMPARE(wizard->subject().guest, test.toString());
        QSignalSpy fixed(wizard, &ui::DiagnosisWizard::fixFinished);
        wizard->runFix({QStringLiteral("user"), QStringLiteral("Let the guest start without the camera"),
            QStringLiteral("startup-optional:1-1.5.2.3")});
        QVERIFY(fixed.wait(10000));
        QVERIFY2(fixed.first().at(0).toBool(), qPrintable(fixed.first().at(1).toString()));
        QVERIFY(!pending.isEmpty());
        QCOMPARE(pending.first().at(0).value<GuestRef>(), test);
        QTRY_VERIFY_WITH_TIMEOUT(service->guest(test)
                && QByteArray(service->guest(test)->inactiveXml + service->guest(test)->xml)
                       .contains("startupPolicy='optional'"),
            10000);
        QVERIFY(service->pending(test).isEmpty());
        wizard->close();
    }

    void pulledDeviceIsShownStale()
    {
        // A running guest (libvirt's test driver, from a file) holds two host devices: one at an
        // address where nothing is plugged in (pulled while it was held) and the camera, which is here.
        QVERIFY(umockdev_testbed_add_from_file(
            m_bed, QFile::encodeName(corpus("canon-powershot-sx200.umockdev")).constData(), nullptr));
        QTemporaryDir dir;
        QFile node(dir.filePath(QStringLiteral("node.xml")));
        QVERIFY(node.open(QIODevice::WriteOnly));
        node.write("<node><domain type='test'><name>holder</name><memory>65536</memory><os><type>hvm</type></os>"
                   "<devices><controller type='usb' index='0' model='qemu-xhci'/>"
                   "<hostdev mode='subsystem' type='usb' managed='no'><source><vendor id='0x0781'/>"
                   "<product id='0x5567'/><address bus='1' device='99'/></source></hostdev>"
                   "<hostdev mode='subsystem' type='usb' managed='no'><source><vendor id='0x04a9'/>"
                   "<product id='0x31c0'/></source></hostdev></devices></domain></node>");
        node.close();
        const QString uri = QStringLiteral("test://") + node.fileName();
        host::SysfsHostBackend backend({});
        backend.start();
        ui::MainWindow w;
        w.setHostBackend(&backend);
        w.resize(1200, 640);
        w.addConnection(uri);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        ui::GuestModel *guests = w.guestPane()->model();
        QTRY_VERIFY_WITH_TIMEOUT(guests->indexOfGuest(uri + QStringLiteral("#holder")).isValid(), 10000);
        auto rows = [&] {
            QMap<QString, QModelIndex> out; // "vid:pid" -> row
            std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
                for (int r = 0; r < guests->rowCount(parent); ++r) {
                    const QModelIndex i = guests->index(r, 0, parent);
                    if (guests->kind(i) == ui::GuestModel::DeviceKind)
                        out.insert(i.data().toString().section(QLatin1Char(' '), 2, 2), i);
                    walk(i);
                }
            };
            walk(guests->indexOfGuest(uri + QStringLiteral("#holder")));
            return out;
        };
        QTRY_COMPARE_WITH_TIMEOUT(rows().size(), 2, 10000);
        const QModelIndex pulled = rows().value(QStringLiteral("0781:5567"));
        QVERIFY(pulled.isValid());
        QVERIFY(guests->isGoneFromHost(pulled));
        QCOMPARE(pulled.siblingAtColumn(ui::GuestModel::StateColumn).data().toString(),
            QStringLiteral("unplugged — still listed"));
        QVERIFY(pulled.data(Qt::ToolTipRole).toString().contains(QLatin1String("Remove the stale entry")));
        QVERIFY(!guests->isGoneFromHost(rows().value(QStringLiteral("04a9:31c0"))));
        // The host tree says who holds the camera.
        ui::HostUsbModel *host = w.hostPane()->model();
        QTRY_COMPARE_WITH_TIMEOUT(
            host->indexOf(QStringLiteral("1-1.5.2.3"), ui::HostUsbModel::AssignedColumn).data().toString(),
            QStringLiteral("in holder"), 5000);
        QVERIFY(host->indexOf(QStringLiteral("1-1.5.2.3"), ui::HostUsbModel::AssignedColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QLatin1String("holder holds it now")));
        w.guestPane()->view()->expandAll();
        QTest::qWait(100);
        saveShot(&w, QStringLiteral("mainwindow-stale.png"));

        // Plugged back in at that address: the row is an ordinary attached device again.
        gchar *path = umockdev_testbed_add_device(m_bed, "usb", "1-1.5.2.1",
            "/sys/devices/pci0000:00/0000:00:1a.0/usb1/1-1/1-1.5/1-1.5.2", "idVendor", "0781", "idProduct", "5567",
            "speed", "480", "product", "Cruzer Blade", "bDeviceClass", "00", "busnum", "1", "devnum", "99", nullptr,
            "DEVTYPE", "usb_device", nullptr);
        umockdev_testbed_uevent(m_bed, path, "add");
        g_free(path);
        QTRY_VERIFY_WITH_TIMEOUT(!guests->isGoneFromHost(rows().value(QStringLiteral("0781:5567"))), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(
            host->indexOf(QStringLiteral("1-1.5.2.1"), ui::HostUsbModel::AssignedColumn).data().toString(),
            QStringLiteral("in holder"), 5000);
    }

    void dropADeviceOntoAGuestAndBack()
    {
        // The model-level path of a drag (what QDrag delivers to the views' models): the camera
        // onto libvirt's test guest, then its guest row back onto the host tree.
        QVERIFY(umockdev_testbed_add_from_file(
            m_bed, QFile::encodeName(corpus("canon-powershot-sx200.umockdev")).constData(), nullptr));
        host::SysfsHostBackend backend({});
        backend.start();
        ui::MainWindow w;
        w.setHostBackend(&backend);
        w.addConnection(QStringLiteral("test:///default"));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        ui::GuestModel *guests = w.guestPane()->model();
        const QString guestNode
            = ui::GuestModel::guestNodeId(QStringLiteral("test:///default"), QStringLiteral("test"));
        QTRY_VERIFY_WITH_TIMEOUT(guests->indexOf(guestNode).isValid(), 10000);
        const int before = guests->rowCount(guests->indexOf(guestNode));
        std::unique_ptr<QMimeData> data(
            w.hostPane()->model()->mimeData({w.hostPane()->model()->indexOf(QStringLiteral("1-1.5.2.3"))}));
        QVERIFY(data);
        QCOMPARE(data->data(QStringLiteral("application/x-plugboard-usb-device")), QByteArray("[\"1-1.5.2.3\"]"));
        QSignalSpy done(w.guestPane(), &ui::GuestPane::operationFinished);
        // Meanwhile the guest row says what is asked of the hypervisor (seen whenever it changes:
        // the drop hands the request over queued, and the test driver answers quickly).
        const QModelIndex state = guests->indexOf(guestNode, ui::GuestModel::StateColumn);
        QStringList shown, pending;
        connect(guests, &QAbstractItemModel::dataChanged, this, [&] {
            shown << state.data().toString();
            pending << guests->indexOf(guestNode).data(ui::GuestModel::PendingRole).toString();
        });
        // The drop only requests: no row until libvirt confirms.
        QVERIFY(!guests->dropMimeData(data.get(), Qt::CopyAction, -1, -1, guests->indexOf(guestNode)));
        QCOMPARE(guests->rowCount(guests->indexOf(guestNode)), before);
        QVERIFY(done.wait(10000));
        disconnect(guests, &QAbstractItemModel::dataChanged, this, nullptr);
        QVERIFY2(!shown.filter(QRegularExpression(QStringLiteral("^Attach "))).isEmpty(), qPrintable(shown.join(u'|')));
        QVERIFY2(
            !pending.filter(QRegularExpression(QStringLiteral("^Attach "))).isEmpty(), qPrintable(pending.join(u'|')));
        QCOMPARE(guests->indexOf(guestNode, ui::GuestModel::StateColumn).data().toString(), QStringLiteral("running"));
        QTRY_COMPARE_WITH_TIMEOUT(guests->rowCount(guests->indexOf(guestNode)), before + 1, 10000);
        // Back: the guest row's MIME data, dropped on the host tree, releases it.
        const QModelIndex attached = guests->index(before, 0, guests->indexOf(guestNode));
        std::unique_ptr<QMimeData> back(guests->mimeData({attached}));
        QVERIFY(back);
        const QJsonObject entry
            = QJsonDocument::fromJson(back->data(QStringLiteral("application/x-plugboard-guest-usb")))
                  .array()
                  .first()
                  .toObject();
        QCOMPARE(entry.value(QStringLiteral("guest")).toString(), QStringLiteral("test:///default#test"));
        QCOMPARE(entry.value(QStringLiteral("kind")).toString(), QStringLiteral("hostdev"));
        QCOMPARE(entry.value(QStringLiteral("vid")).toString(), QStringLiteral("04a9"));
        QVERIFY(w.hostPane()->model()->canDropMimeData(back.get(), Qt::MoveAction, -1, -1, {}));
        done.clear();
        w.hostPane()->model()->dropMimeData(back.get(), Qt::MoveAction, -1, -1, {});
        QVERIFY(done.wait(10000));
        QTRY_COMPARE_WITH_TIMEOUT(guests->rowCount(guests->indexOf(guestNode)), before, 10000);
    }

    void realPointerDragOntoAGuestAndBack()
    {
        // The X pointer drags the camera row onto libvirt's test guest (QDrag over XDND, as a user
        // does), then the guest's new device row back onto the host tree; a drop on a running
        // VMware guest is refused while dragging, with the reason, and changes nothing.
        if (!test::haveXdotool())
            QSKIP("xdotool is not installed (.ci/install-deps installs it)");
        QVERIFY(umockdev_testbed_add_from_file(
            m_bed, QFile::encodeName(corpus("canon-powershot-sx200.umockdev")).constData(), nullptr));
        QTemporaryDir home;
        const QString vmx = home.filePath(QStringLiteral("vm/dev.vmx"));
        QDir().mkpath(home.filePath(QStringLiteral("vm/dev.vmx.lck")));
        QFile::copy(QStringLiteral(PLUGBOARD_TEST_DATA "/vmx/vmx2xml-ws-in-the-wild-1.vmx"), vmx);
        QFile lock(home.filePath(QStringLiteral("vm/dev.vmx.lck/M1.lck")));
        QVERIFY(lock.open(QIODevice::WriteOnly));
        lock.close();
        QFile vmxFile(vmx);
        QVERIFY(vmxFile.open(QIODevice::ReadOnly));
        const QByteArray vmxBefore = vmxFile.readAll();
        vmxFile.close();
        vmware::VmwareSource vms(home.path(), {vmx}, home.filePath(QStringLiteral("proc")));
        host::SysfsHostBackend backend({});
        backend.start();
        ui::MainWindow w;
        w.setHostBackend(&backend);
        w.addConnection(QStringLiteral("test:///default"));
        w.setVmwareSource(&vms);
        vms.refresh();
        w.resize(1200, 760);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        ui::GuestModel *guests = w.guestPane()->model();
        const QString guestId = QStringLiteral("test:///default#test");
        QTRY_VERIFY_WITH_TIMEOUT(guests->indexOfGuest(guestId).isValid(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(guests->indexOfGuest(QFileInfo(vmx).canonicalFilePath()).isValid(), 10000);
        const int before = guests->rowCount(guests->indexOfGuest(guestId));
        ui::HostPane *hostPane = w.hostPane();
        auto hostIndex = [&](const QString &id) {
            return hostPane->proxy()->mapFromSource(hostPane->model()->indexOf(id));
        };
        QTest::qWait(300);

        // Onto the libvirt guest: the row shows the request, then the device once libvirt confirms.
        QSignalSpy done(w.guestPane(), &ui::GuestPane::operationFinished);
        auto drag = test::startDrag(test::centreOf(hostPane->view(), hostIndex(QStringLiteral("1-1.5.2.3"))),
            test::centreOf(w.guestPane()->view(), guests->indexOfGuest(guestId)));
        QTRY_VERIFY_WITH_TIMEOUT(done.size() >= 1, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(drag->state() == QProcess::NotRunning, 10000);
        QVERIFY2(done.first().at(1).value<libvirt::OperationResult>().ok,
            qPrintable(done.first().at(1).value<libvirt::OperationResult>().message));
        QTRY_COMPARE_WITH_TIMEOUT(guests->rowCount(guests->indexOfGuest(guestId)), before + 1, 10000);
        const libvirt::GuestInfo *g = guests->connections().first()->guest(QStringLiteral("test"));
        const libvirt::DomainUsb &def = g->inactiveUsb ? *g->inactiveUsb : g->usb;
        QVERIFY(std::any_of(def.hostdevs.cbegin(), def.hostdevs.cend(), [](const libvirt::HostdevDef &h) {
            return h.vendorId == QLatin1String("04a9") && h.productId == QLatin1String("31c0");
        }));
        QVERIFY(w.guestPane()->undoAction()->isEnabled());
        saveShot(&w, QStringLiteral("drag-attached.png"));

        // Onto the running VMware guest: refused with the reason; the .vmx is untouched.
        done.clear();
        drag = test::startDrag(test::centreOf(hostPane->view(), hostIndex(QStringLiteral("1-1.5.2.3"))),
            test::centreOf(w.guestPane()->view(), guests->indexOfGuest(QFileInfo(vmx).canonicalFilePath())));
        QTRY_VERIFY_WITH_TIMEOUT(drag->state() == QProcess::NotRunning, 15000);
        QTest::qWait(500);
        QVERIFY2(w.guestPane()->view()->lastRefusal().contains(QLatin1String("running")),
            qPrintable(w.guestPane()->view()->lastRefusal()));
        QCOMPARE(done.size(), 0);
        QVERIFY(vmxFile.open(QIODevice::ReadOnly));
        QCOMPARE(vmxFile.readAll(), vmxBefore);
        vmxFile.close();

        // Back: the guest's device row onto the host tree releases it.
        const QModelIndex attached = guests->index(before, 0, guests->indexOfGuest(guestId));
        QVERIFY(attached.isValid());
        drag = test::startDrag(test::centreOf(w.guestPane()->view(), attached),
            test::centreOf(hostPane->view(), hostIndex(QStringLiteral("1-1.5.2"))));
        QTRY_VERIFY_WITH_TIMEOUT(done.size() >= 1, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(drag->state() == QProcess::NotRunning, 10000);
        QVERIFY(done.first().at(1).value<libvirt::OperationResult>().ok);
        QTRY_COMPARE_WITH_TIMEOUT(guests->rowCount(guests->indexOfGuest(guestId)), before, 10000);

        // Undo gives it back to the guest.
        done.clear();
        w.guestPane()->undoAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(done.size() >= 1, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(guests->rowCount(guests->indexOfGuest(guestId)), before + 1, 10000);
    }

    void assignmentsMenusAndMove()
    {
        // Assignments on both trees, the host tree's Attach to ▸ menu, and a move between guests
        // (a second guest defined in libvirt's test driver, shared with the window's connection).
        QVERIFY(umockdev_testbed_add_from_file(
            m_bed, QFile::encodeName(corpus("canon-powershot-sx200.umockdev")).constData(), nullptr));
        virConnectPtr raw = virConnectOpen("test:///default");
        QVERIFY(raw);
        virDomainPtr second = virDomainDefineXML(
            raw, "<domain type='test'><name>second</name><memory>65536</memory><os><type>hvm</type></os></domain>");
        QVERIFY(second);
        host::SysfsHostBackend backend({});
        backend.start();
        ui::MainWindow w;
        w.setHostBackend(&backend);
        w.addConnection(QStringLiteral("test:///default"));
        w.show();
        QVERIFY(w.engine());
        ui::GuestModel *guests = w.guestPane()->model();
        const QString test = QStringLiteral("test:///default#test"), other = QStringLiteral("test:///default#second");
        QTRY_VERIFY_WITH_TIMEOUT(guests->indexOfGuest(other).isValid(), 10000);
        const int testRows = guests->rowCount(guests->indexOfGuest(test));
        const int otherRows = guests->rowCount(guests->indexOfGuest(other));
        QSignalSpy done(w.guestPane(), &ui::GuestPane::operationFinished);

        // Host tree ▸ Attach to ▸ second.
        QMenu menu;
        w.guestPane()->addHostActions(menu, QStringLiteral("1-1.5.2.3"));
        QMenu *attachTo = nullptr;
        for (QAction *a : menu.actions()) {
            if (a->menu() && a->text().remove(QLatin1Char('&')) == QLatin1String("Attach to"))
                attachTo = a->menu();
        }
        QVERIFY(attachTo);
        QAction *toSecond = nullptr;
        for (QAction *a : attachTo->actions()) {
            if (a->text().startsWith(QLatin1String("second")))
                toSecond = a;
        }
        QVERIFY(toSecond);
        toSecond->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(done.size() >= 1, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(guests->rowCount(guests->indexOfGuest(other)), otherRows + 1, 10000);

        // Move it to the running guest: gone from one, in the other.
        done.clear();
        w.guestPane()->moveTo(guests->connections().first(), QStringLiteral("second"),
            {QStringLiteral("04a9"), QStringLiteral("31c0"), std::nullopt, std::nullopt, {}},
            libvirt::AttachMode::Config, test);
        QTRY_COMPARE_WITH_TIMEOUT(guests->rowCount(guests->indexOfGuest(other)), otherRows, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(guests->rowCount(guests->indexOfGuest(test)), testRows + 1, 10000);
        QVERIFY(w.guestPane()->undoAction()->text().contains(QLatin1String("move")));

        // An assignment: shown under its guest and beside the device on the host tree.
        w.guestPane()->assignTo({QStringLiteral("04a9:31c0"), {}, other, false});
        QTRY_COMPARE_WITH_TIMEOUT(guests->rowCount(guests->indexOfGuest(other)), otherRows + 1, 5000);
        const QModelIndex row = guests->index(otherRows, 0, guests->indexOfGuest(other));
        QCOMPARE(guests->kind(row), int(ui::GuestModel::AssignmentKind));
        QVERIFY2(row.data().toString().contains(QLatin1String("04a9:31c0")), qPrintable(row.data().toString()));
        ui::HostUsbModel *host = w.hostPane()->model();
        QCOMPARE(host->indexOf(QStringLiteral("1-1.5.2.3"), ui::HostUsbModel::AssignedColumn).data().toString(),
            QStringLiteral("always: second"));
        QTest::qWait(300);
        saveShot(&w, QStringLiteral("mainwindow-assignment.png"));
        // And gone again.
        w.guestPane()->unassign(w.engine()->file().assignments.first());
        QTRY_COMPARE_WITH_TIMEOUT(guests->rowCount(guests->indexOfGuest(other)), otherRows, 5000);
        QVERIFY(
            host->indexOf(QStringLiteral("1-1.5.2.3"), ui::HostUsbModel::AssignedColumn).data().toString().isEmpty());
        virDomainUndefine(second);
        virDomainFree(second);
        virConnectClose(raw);
    }

    void demoShowsTheSampleHost()
    {
        // plugboard --demo's host: the shipped bundle, read by the same code as a live host.
        ui::DemoHost demo = ui::unpackDemoHost();
        QVERIFY2(demo.error.isEmpty(), qPrintable(demo.error));
        host::SysfsHostBackend backend({demo.root, false, true});
        backend.start();
        const host::HostTopology &topo = backend.topology();
        QCOMPARE(topo.controllers.size(), 2);
        QCOMPARE(topo.devices.size(), 10);
        QCOMPARE(topo.port(QStringLiteral("usb1-port6"))->overCurrentCount, std::optional<int>(4));
        QCOMPARE(topo.port(QStringLiteral("usb1-port2"))->peerId, QStringLiteral("usb2-port2"));
        QCOMPARE(host::categoryOf(*topo.device(QStringLiteral("1-1.4"))), host::DeviceCategory::Phone);
        QCOMPARE(host::categoryOf(*topo.device(QStringLiteral("1-1.1"))), host::DeviceCategory::Keyboard);
        const host::UsbDevice *disk = topo.device(QStringLiteral("2-2"));
        QCOMPARE(disk->speedMbps, std::optional<double>(5000));
        QCOMPARE(disk->blockDevices.size(), 2);
        QCOMPARE(disk->blockDevices.at(1).mountPoints, QStringList {QStringLiteral("/media/demo/DEMO-STICK")});
        // Redacted: no serial number of the recording is in it.
        QVERIFY(!disk->serial.contains(QLatin1String("4C53")));
        ui::MainWindow w;
        w.setHostBackend(&backend);
        w.setDemo(demo.root);
        w.addConnection(QStringLiteral("test:///default"));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.isDemo());
        QVERIFY(!w.engine()); // a bundle never changes: no assignments are acted on
        ui::GuestModel *guests = w.guestPane()->model();
        const QString guest = QStringLiteral("test:///default#test");
        QTRY_VERIFY_WITH_TIMEOUT(guests->indexOfGuest(guest).isValid(), 10000);
        // The mounted demo disk: the pre-flight asks, then says nothing here is unmounted.
        QSignalSpy done(w.guestPane(), &ui::GuestPane::operationFinished);
        int boxes = 0;
        std::function<void()> answer = [&] {
            for (QWidget *top : QApplication::topLevelWidgets()) {
                auto *box = qobject_cast<QMessageBox *>(top);
                if (!box || !box->isVisible())
                    continue;
                ++boxes;
                if (boxes == 2)
                    QVERIFY(box->text().contains(QLatin1String("nothing on this computer is unmounted")));
                box->button(box->standardButtons() & QMessageBox::Yes ? QMessageBox::Yes : QMessageBox::Ok)->click();
                break;
            }
            if (boxes < 2)
                QTimer::singleShot(100, answer);
        };
        QTimer::singleShot(100, answer);
        w.guestPane()->attachToGuest(QStringLiteral("2-2"), guest);
        QTRY_COMPARE_WITH_TIMEOUT(boxes, 2, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(done.size() >= 1, 10000);
        QVERIFY(done.first().at(1).value<libvirt::OperationResult>().ok);
        QTest::qWait(300);
        saveShot(&w, QStringLiteral("demo.png"));
    }

    void trayMenuAttachesAndDetaches()
    {
        // The tray's menu (built whether or not this desktop shows tray icons): each device with
        // Attach to ▸ guest, each attached device with Detach, the agent's state.
        QVERIFY(umockdev_testbed_add_from_file(
            m_bed, QFile::encodeName(corpus("canon-powershot-sx200.umockdev")).constData(), nullptr));
        host::SysfsHostBackend backend({});
        backend.start();
        ui::MainWindow w;
        w.setHostBackend(&backend);
        w.addConnection(QStringLiteral("test:///default"));
        ui::Tray tray(&w);
        ui::GuestModel *guests = w.guestPane()->model();
        const QString guest = QStringLiteral("test:///default#test");
        QTRY_VERIFY_WITH_TIMEOUT(guests->indexOfGuest(guest).isValid(), 10000);
        const int before = guests->rowCount(guests->indexOfGuest(guest));
        tray.rebuildMenu();
        QAction *attach = nullptr;
        QStringList texts;
        for (QAction *a : tray.menu()->actions()) {
            texts.append(a->text());
            if (a->menu() && a->text().contains(QLatin1String("1-1.5.2.3"))) {
                for (QAction *sub : a->menu()->actions()) {
                    if (sub->text().startsWith(QLatin1String("Attach to test")))
                        attach = sub;
                }
            }
        }
        QVERIFY2(attach, qPrintable(texts.join(QLatin1Char('|'))));
        QVERIFY(texts.contains(QStringLiteral("Assignments: 0 kept by this window"))
            || texts.join(QLatin1Char('|')).contains(QLatin1String("Assignments:")));
        QSignalSpy done(w.guestPane(), &ui::GuestPane::operationFinished);
        attach->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(done.size() >= 1, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(guests->rowCount(guests->indexOfGuest(guest)), before + 1, 10000);
        tray.rebuildMenu();
        QAction *detach = nullptr;
        for (QAction *a : tray.menu()->actions()) {
            if (a->text().startsWith(QLatin1String("Detach 04a9:31c0 from test")))
                detach = a;
        }
        QVERIFY(detach);
        done.clear();
        detach->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(done.size() >= 1, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(guests->rowCount(guests->indexOfGuest(guest)), before, 10000);
    }

    void accessibleAndThemed()
    {
        // Every control can be reached by keyboard and has a name a screen reader can say; the
        // trees' rows are named by their text. Dark and high-contrast palettes are photographed.
        QVERIFY(umockdev_testbed_add_from_file(
            m_bed, QFile::encodeName(corpus("canon-powershot-sx200.umockdev")).constData(), nullptr));
        host::SysfsHostBackend backend({});
        backend.start();
        ui::MainWindow w;
        w.setHostBackend(&backend);
        w.addConnection(QStringLiteral("test:///default"));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QTRY_VERIFY_WITH_TIMEOUT(
            w.guestPane()->model()->indexOfGuest(QStringLiteral("test:///default#test")).isValid(), 10000);
        QStringList unnamed;
        for (QWidget *c : w.findChildren<QWidget *>()) {
            if (!c->isVisibleTo(&w) || c->focusPolicy() == Qt::NoFocus)
                continue;
            QAccessibleInterface *ai = QAccessible::queryAccessibleInterface(c);
            const QString name = ai ? ai->text(QAccessible::Name) : QString();
            const bool isView = qobject_cast<QAbstractItemView *>(c) != nullptr;
            if (name.trimmed().isEmpty() && (isView || qobject_cast<QAbstractButton *>(c)))
                unnamed.append(QString::fromLatin1(c->metaObject()->className()) + QLatin1Char(' ') + c->objectName());
        }
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
        // Tab walks from the filter to the host tree and on to the guest tree.
        QSet<QWidget *> reached;
        QWidget *start = w.hostPane()->findChild<QLineEdit *>();
        QVERIFY(start);
        start->setFocus();
        QWidget *f = start;
        for (int i = 0; i < 40; ++i) {
            f = f->nextInFocusChain();
            if (f->isVisible() && (f->focusPolicy() & Qt::TabFocus))
                reached.insert(f);
        }
        QVERIFY(reached.contains(w.hostPane()->view()));
        QVERIFY(reached.contains(w.guestPane()->view()));
        // A row speaks its text.
        const QModelIndex camera
            = w.hostPane()->proxy()->mapFromSource(w.hostPane()->model()->indexOf(QStringLiteral("1-1.5.2.3")));
        QAccessibleInterface *tree = QAccessible::queryAccessibleInterface(w.hostPane()->view());
        QVERIFY(tree);
        QCOMPARE(tree->text(QAccessible::Name), QStringLiteral("Host USB devices"));
        QVERIFY(camera.data().toString().contains(QLatin1String("Canon")));

        const QPalette original = QApplication::palette();
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x2b, 0x2d, 0x31));
        dark.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
        dark.setColor(QPalette::Base, QColor(0x1f, 0x21, 0x24));
        dark.setColor(QPalette::AlternateBase, QColor(0x27, 0x29, 0x2d));
        dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
        dark.setColor(QPalette::Button, QColor(0x35, 0x37, 0x3b));
        dark.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
        dark.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xed));
        dark.setColor(QPalette::HighlightedText, Qt::white);
        dark.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x84, 0x8a));
        dark.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9e, 0xa4));
        QApplication::setPalette(dark);
        QTest::qWait(200);
        saveShot(&w, QStringLiteral("theme-dark.png"));
        QPalette contrast;
        contrast.setColor(QPalette::Window, Qt::black);
        contrast.setColor(QPalette::WindowText, Qt::white);
        contrast.setColor(QPalette::Base, Qt::black);
        contrast.setColor(QPalette::AlternateBase, Qt::black);
        contrast.setColor(QPalette::Text, Qt::white);
        contrast.setColor(QPalette::Button, Qt::black);
        contrast.setColor(QPalette::ButtonText, Qt::white);
        contrast.setColor(QPalette::Highlight, Qt::yellow);
        contrast.setColor(QPalette::HighlightedText, Qt::black);
        contrast.setColor(QPalette::Disabled, QPalette::Text, QColor(0xb0, 0xb0, 0xb0));
        contrast.setColor(QPalette::PlaceholderText, QColor(0xd0, 0xd0, 0xd0));
        QApplication::setPalette(contrast);
        QTest::qWait(200);
        saveShot(&w, QStringLiteral("theme-high-contrast.png"));
        // Dimmed rows (empty ports) follow the palette, so they stay readable on black.
        const QModelIndex empty = w.hostPane()->model()->indexOf(QStringLiteral("1-1-port1"));
        QCOMPARE(empty.data(Qt::ForegroundRole).value<QBrush>().color(), QColor(0xb0, 0xb0, 0xb0));
        QApplication::setPalette(original);
    }

    void droppingAHubIsRefused()
    {
        QVERIFY(umockdev_testbed_add_from_file(
            m_bed, QFile::encodeName(corpus("canon-powershot-sx200.umockdev")).constData(), nullptr));
        host::SysfsHostBackend backend({});
        backend.start();
        ui::MainWindow w;
        w.setHostBackend(&backend);
        w.addConnection(QStringLiteral("test:///default"));
        ui::GuestModel *guests = w.guestPane()->model();
        const QString guestNode
            = ui::GuestModel::guestNodeId(QStringLiteral("test:///default"), QStringLiteral("test"));
        QTRY_VERIFY_WITH_TIMEOUT(guests->indexOf(guestNode).isValid(), 10000);
        // The model-level drop path (what QDrag delivers).
        std::unique_ptr<QMimeData> data(
            w.hostPane()->model()->mimeData({w.hostPane()->model()->indexOf(QStringLiteral("1-1.5.2"))}));
        QVERIFY(data);
        QVERIFY(guests->canDropMimeData(data.get(), Qt::CopyAction, -1, -1, guests->indexOf(guestNode)));
        QVERIFY(!guests->canDropMimeData(data.get(), Qt::CopyAction, -1, -1, guests->index(0, 0)));
        QSignalSpy done(w.guestPane(), &ui::GuestPane::operationFinished);
        guests->dropMimeData(data.get(), Qt::CopyAction, -1, -1, guests->indexOf(guestNode));
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 5000);
        QVERIFY(!done.first().at(1).value<libvirt::OperationResult>().ok);
        QVERIFY(done.first().at(1).value<libvirt::OperationResult>().message.contains(QLatin1String("hub")));
    }

    void saysWhenThereIsNoUsbBus()
    {
        // An empty testbed: no /sys/bus/usb at all.
        host::SysfsHostBackend backend({});
        backend.start();
        ui::MainWindow w;
        w.setHostBackend(&backend);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(!w.hostPane()->view()->isVisible());
        QVERIFY2(
            w.hostPane()->statusText().contains(QLatin1String("no USB bus")), qPrintable(w.hostPane()->statusText()));
        // Where to go on: the documentation, and the demo in a window of its own.
        QStringList buttons;
        for (QPushButton *b : w.hostPane()->findChildren<QPushButton *>()) {
            if (b->isVisible())
                buttons.append(b->text().remove(QLatin1Char('&')));
        }
        QVERIFY2(buttons.contains(QStringLiteral("Open the documentation"))
                && buttons.contains(QStringLiteral("Show the demo")),
            qPrintable(buttons.join(QLatin1Char('|'))));
        QTest::qWait(50);
        saveShot(&w, QStringLiteral("mainwindow-no-usb.png"));
    }

    void firstRunGuideWithoutLibvirt()
    {
        // libvirt unreachable (a socket that does not exist) and, in the probe's tree, installed
        // as Debian 12 installs it (virtqemud's socket unit) but not running: the guest pane
        // shows the guide instead of a red row, with the command and a Start button that runs
        // the helper's start-service verb (a fake launcher records it).
        QTemporaryDir tree, dir;
        QDir().mkpath(tree.filePath(QStringLiteral("lib/systemd/system")));
        QFile unit(tree.filePath(QStringLiteral("lib/systemd/system/virtqemud.socket")));
        QVERIFY(unit.open(QIODevice::WriteOnly));
        unit.close();
        const QString args = dir.filePath(QStringLiteral("args"));
        const QString fake = dir.filePath(QStringLiteral("fake-helper"));
        QVERIFY(test::writeFakeHelper(fake, args));
        host::SysfsHostBackend backend({});
        backend.start();
        ui::MainWindow w;
        w.setHostBackend(&backend);
        w.setHelperLauncher(host::HelperLauncher(fake));
        ui::FirstRunGuide *guide = w.guestPane()->guide();
        guide->setProbeRoot(tree.path());
        w.addConnection(QStringLiteral("qemu+unix:///system?socket=/nonexistent/plugboard.sock"));
        w.resize(1280, 800);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QTRY_VERIFY_WITH_TIMEOUT(guide->isVisible(), 10000);
        QVERIFY(!w.guestPane()->view()->isVisible()); // no red rows: the guide in their place
        QCOMPARE(guide->probe().problem, libvirt::AccessProbe::Problem::DaemonStopped);
        const QStringList texts = [&] {
            QStringList t;
            for (QLabel *l : guide->findChildren<QLabel *>())
                t.append(l->text());
            return t;
        }();
        QVERIFY2(texts.contains(QStringLiteral("sudo systemctl enable --now virtqemud")),
            qPrintable(texts.join(QLatin1Char('|'))));
        QVERIFY(guide->startButton()->isVisible());
        QCOMPARE(guide->startButton()->text().remove(QLatin1Char('&')), QStringLiteral("Start virtqemud"));
        QVERIFY(guide->docsButton()->isVisible());
        QTest::qWait(100);
        saveShot(&w, QStringLiteral("mainwindow-first-run.png"));
        QSignalSpy started(guide, &ui::FirstRunGuide::startFinished);
        QTest::mouseClick(guide->startButton(), Qt::LeftButton);
        QVERIFY(started.wait(10000));
        QVERIFY2(started.first().at(0).toBool(), qPrintable(started.first().at(1).toString()));
        QFile recorded(args);
        QVERIFY(recorded.open(QIODevice::ReadOnly));
        QCOMPARE(recorded.readAll().trimmed(), QByteArray("start-service virtqemud"));
        QVERIFY(guide->isVisible()); // the socket still does not exist: the guide stays
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
