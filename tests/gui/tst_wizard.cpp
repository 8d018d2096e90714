// SPDX-License-Identifier: GPL-3.0-or-later
// The troubleshooting wizard under Xvfb on a bundle with a known fault: every page walked with
// QTest, each one photographed; the cause is listed first; the report exports.
#include "../common/faketree.h"
#include "diagnosiswizard.h"
#include "findingcard.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

using namespace plugboard;
using plugboard::test::FakeTree;

namespace {
void saveShot(QWidget *w, const QString &name)
{
    QDir().mkpath(QStringLiteral(PLUGBOARD_ARTIFACT_DIR));
    QPixmap shot = w->screen()->grabWindow(w->winId());
    if (shot.isNull())
        shot = w->grab();
    QVERIFY(shot.save(QStringLiteral(PLUGBOARD_ARTIFACT_DIR "/") + name));
}

// The rest of a test bundle in `t`: the guest win10 (running, `domainXml`) on qemu:///system, and
// the subject: the stick 1-2 and that guest.
std::optional<diagnostics::Facts> finishBundle(const FakeTree &t, const QByteArray &domainXml, QString *error)
{
    t.write(QStringLiteral("libvirt/win10.xml"), domainXml);
    const QJsonObject manifest {{QStringLiteral("format"), QStringLiteral("plugboard-bundle")},
        {QStringLiteral("version"), 1},
        {QStringLiteral("libvirt"),
            QJsonArray {QJsonObject {{QStringLiteral("uri"), QStringLiteral("qemu:///system")},
                {QStringLiteral("domains"),
                    QJsonArray {QJsonObject {{QStringLiteral("name"), QStringLiteral("win10")},
                        {QStringLiteral("state"), QStringLiteral("running")},
                        {QStringLiteral("xml"), QStringLiteral("libvirt/win10.xml")}}}}}}},
        {QStringLiteral("subject"),
            QJsonObject {{QStringLiteral("device"), QStringLiteral("1-2")},
                {QStringLiteral("guest"), QStringLiteral("qemu:///system#win10")}}}};
    t.write(QStringLiteral("bundle.json"), QJsonDocument(manifest).toJson());
    return diagnostics::readBundle(t.root(), error);
}
} // namespace

class TestWizard : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void walksEveryPageOnABundle()
    {
        // The bundle: a stick on a port with over-current events, and a guest without it.
        FakeTree t;
        const QString c = t.addXhci();
        t.addDevice(c + QStringLiteral("/usb1"), QStringLiteral("1-2"));
        t.write(c + QStringLiteral("/usb1/1-0:1.0/usb1-port2/over_current_count"), "2\n");
        t.write(QStringLiteral("logs/kernel.log"),
            "[ 12.3] usb usb1-port2: over-current condition\n[ 12.4] usb 1-2: USB disconnect, device number 4\n"
            "[ 14.9] usb 1-2: new high-speed USB device number 5 using xhci_hcd\n");
        QString error;
        const auto facts = finishBundle(t,
            "<domain type='kvm'><name>win10</name><devices><controller type='usb' index='0' "
            "model='qemu-xhci'/></devices></domain>",
            &error);
        QVERIFY2(facts, qPrintable(error));
        const diagnostics::Facts f = *facts;
        ui::DiagnosisWizard w(
            [f] {
                return f;
            },
            f, f.subject);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        // 1. Preselected from the bundle's subject.
        QCOMPARE(w.currentId(), int(ui::DiagnosisWizard::SubjectPage));
        QCOMPARE(w.subject().device, QStringLiteral("1-2"));
        QCOMPARE(w.subject().guest, QStringLiteral("qemu:///system#win10"));
        QTest::qWait(100);
        saveShot(&w, QStringLiteral("wizard-1-subject.png"));
        w.next();
        QCOMPARE(w.currentId(), int(ui::DiagnosisWizard::SymptomPage));
        QTest::qWait(100);
        saveShot(&w, QStringLiteral("wizard-2-symptom.png"));
        // 3. The checks run; Next is disabled until they are done.
        QSignalSpy finished(&w, &ui::DiagnosisWizard::checksFinished);
        w.next();
        QCOMPARE(w.currentId(), int(ui::DiagnosisWizard::RunPage));
        QVERIFY(!w.button(QWizard::NextButton)->isEnabled());
        QVERIFY(finished.wait(10000));
        QVERIFY(w.button(QWizard::NextButton)->isEnabled());
        QTest::qWait(50);
        saveShot(&w, QStringLiteral("wizard-3-checks.png"));
        // 4. Findings: the over-current port (cause) before the missing hostdev (symptom).
        QCOMPARE(w.report().findings.size(), 2);
        QCOMPARE(w.report().findings.at(0).check, QStringLiteral("host-port-overcurrent"));
        QCOMPARE(w.report().findings.at(1).check, QStringLiteral("kvm-not-configured"));
        w.next();
        // Cards, the root cause first: its whole title in the accessible name with the severity
        // in words, the symptom it explains folded under it (not a card of its own), and its fix
        // button reachable with Tab.
        const QList<ui::FindingCard *> cards = w.findChildren<ui::FindingCard *>();
        QCOMPARE(cards.size(), 1);
        ui::FindingCard *root = cards.first();
        QCOMPARE(root->finding().check, QStringLiteral("host-port-overcurrent"));
        QVERIFY2(root->accessibleName().startsWith(QLatin1String("Most likely cause, ")),
            qPrintable(root->accessibleName()));
        QVERIFY(root->accessibleName().endsWith(w.report().findings.at(0).title));
        QVERIFY(root->isVisible());
        auto *explains = root->findChild<QToolButton *>();
        QVERIFY(explains && explains->text().contains(QLatin1String("1 other finding")));
        // Done by hand: numbered steps, no button.
        QVERIFY(!root->fixButton());
        bool steps = false;
        for (QLabel *l : root->findChildren<QLabel *>())
            steps = steps || (l->text().startsWith(QLatin1String("What to do:\n1. ")) && l->isVisible());
        QVERIFY(steps);
        // The title is not cut: the card is no wider than the page.
        QVERIFY(root->width() <= w.currentPage()->width());
        explains->click(); // unfolded: what it explains
        QTest::qWait(100);
        saveShot(&w, QStringLiteral("wizard-4-findings.png"));
        // 5. Re-test and export.
        w.next();
        QCOMPARE(w.currentId(), int(ui::DiagnosisWizard::DonePage));
        QTest::qWait(100);
        saveShot(&w, QStringLiteral("wizard-5-done.png"));
        const QString html = w.reportHtml();
        QVERIFY(html.contains(QLatin1String("host-port-overcurrent")));
        QVERIFY(html.contains(QLatin1String("usb usb1-port2: over-current condition")));
        QPushButton *again = nullptr;
        for (QPushButton *b : w.findChildren<QPushButton *>()) {
            if (b->text().contains(QLatin1String("again")))
                again = b;
        }
        QVERIFY(again);
        finished.clear();
        QTest::mouseClick(again, Qt::LeftButton);
        QCOMPARE(w.currentId(), int(ui::DiagnosisWizard::RunPage));
        QVERIFY(finished.wait(10000));
    }

    void theFixButtonIsReachedWithTheKeyboard()
    {
        // A guest whose USB is disabled (model='none'): the cause's card offers Apply (switch to
        // qemu-xhci), the wizard's default way forward, reached with Tab; its accessible name says
        // what it does.
        FakeTree t;
        const QString c = t.addXhci();
        t.addDevice(c + QStringLiteral("/usb1"), QStringLiteral("1-2"));
        QString error;
        const auto facts = finishBundle(t,
            "<domain type='kvm'><name>win10</name><devices><controller type='usb' index='0' "
            "model='none'/></devices></domain>",
            &error);
        QVERIFY2(facts, qPrintable(error));
        const diagnostics::Facts f = *facts;
        ui::DiagnosisWizard w(
            [f] {
                return f;
            },
            f, f.subject);
        w.setFixesOnlyDescribed(QStringLiteral("test"));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QSignalSpy finished(&w, &ui::DiagnosisWizard::checksFinished);
        w.next();
        w.next();
        QVERIFY(finished.wait(10000));
        w.next();
        QCOMPARE(w.currentId(), int(ui::DiagnosisWizard::FindingsPage));
        const QList<ui::FindingCard *> cards = w.findChildren<ui::FindingCard *>();
        QVERIFY(!cards.isEmpty());
        ui::FindingCard *root = cards.first();
        QCOMPARE(root->finding().check, QStringLiteral("kvm-usb-disabled"));
        QVERIFY(root->fixButton());
        QVERIFY(root->fixButton()->isVisible());
        QVERIFY(root->fixButton()->accessibleName().startsWith(QLatin1String("Fix: ")));
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        w.currentPage()->setFocus();
        bool reached = false;
        for (int i = 0; i < 30 && !reached; ++i) {
            QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : &w, Qt::Key_Tab);
            reached = QApplication::focusWidget() == root->fixButton();
        }
        QVERIFY2(reached, "Tab never reached the fix button");
        QTest::qWait(100);
        saveShot(&w, QStringLiteral("wizard-fix-button.png"));
    }
};

QTEST_MAIN(TestWizard)
#include "tst_wizard.moc"
