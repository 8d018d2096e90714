// SPDX-License-Identifier: GPL-3.0-or-later
// DiagnosisWizard: facts are collected on the thread pool; the checks' results are then shown
// layer by layer on the path the device takes, most likely cause first.
#include "diagnosiswizard.h"
#include "findingcard.h"

#include "diagnostics/fixrunner.h"
#include "host/topologyformat.h"
#include "host/udisks.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QCoreApplication>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QMessageBox>
#include <QPainter>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QThreadPool>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace plugboard::ui {

using namespace plugboard::diagnostics;

// The path a device takes, each link coloured as it is checked.
class PathWidget : public QWidget
{
public:
    enum State { Unknown, Checking, Fine, Problem };
    explicit PathWidget(QWidget *parent)
        : QWidget(parent)
    {
        m_labels = {DiagnosisWizard::tr("Controller"), DiagnosisWizard::tr("Port"), DiagnosisWizard::tr("Device"),
            DiagnosisWizard::tr("Hypervisor"), DiagnosisWizard::tr("Guest controller"), DiagnosisWizard::tr("Guest")};
        m_states = QList<State>(m_labels.size(), Unknown);
        setMinimumHeight(fontMetrics().height() * 4);
        setAccessibleName(DiagnosisWizard::tr("The device's path"));
    }
    void set(int i, State s)
    {
        m_states[i] = s;
        update();
    }
    void reset()
    {
        m_states.fill(Unknown);
        update();
    }
    State state(int i) const { return m_states.at(i); }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter p(this);
        p.setRenderHint(QPainter::Antialiasing);
        const int n = int(m_labels.size());
        const double w = width() / double(n);
        const double boxH = fontMetrics().height() * 2.2;
        const double y = (height() - boxH) / 2;
        for (int i = 0; i < n; ++i) {
            const QRectF box(i * w + 6, y, w - 12, boxH);
            QColor c = palette().color(QPalette::Mid);
            switch (m_states.at(i)) {
            case Checking:
                c = QColor(0x3b, 0x82, 0xf6);
                break;
            case Fine:
                c = QColor(0x2e, 0x9d, 0x57);
                break;
            case Problem:
                c = QColor(0xd3, 0x2f, 0x2f);
                break;
            case Unknown:
                break;
            }
            p.setPen(QPen(c, 2));
            p.setBrush(palette().color(QPalette::Base));
            p.drawRoundedRect(box, 6, 6);
            p.setPen(palette().color(QPalette::Text));
            p.drawText(box, Qt::AlignCenter | Qt::TextWordWrap, m_labels.at(i));
            if (i + 1 < n) {
                p.setPen(QPen(palette().color(QPalette::Mid), 2));
                p.drawLine(QPointF(box.right(), y + boxH / 2), QPointF(box.right() + 12, y + boxH / 2));
            }
        }
    }

private:
    QStringList m_labels;
    QList<State> m_states;
};

namespace {
class ChecksPage : public QWizardPage
{
public:
    bool done = false;
    bool isComplete() const override { return done; }
    void setDone(bool d)
    {
        done = d;
        Q_EMIT completeChanged();
    }
};

// Which links of the path a check is about.
QList<int> linksOf(const QString &check)
{
    if (check.startsWith(QLatin1String("host-")))
        return check == QLatin1String("host-controller-dead") || check == QLatin1String("host-bandwidth")
            ? QList<int> {0}
            : QList<int> {0, 1};
    if (check.startsWith(QLatin1String("dev-")))
        return {2};
    if (check.startsWith(QLatin1String("sec-")) || check.startsWith(QLatin1String("env-")))
        return {3};
    if (check == QLatin1String("dev-speed-vs-controller") || check == QLatin1String("kvm-no-free-ports")
        || check == QLatin1String("kvm-usb-disabled") || check.startsWith(QLatin1String("vmw-controller")))
        return {4};
    return {3, 5};
}

QString symptomHint(int symptom)
{
    switch (symptom) {
    case 0:
        return DiagnosisWizard::tr("The guest does not list the device at all.");
    case 1:
        return DiagnosisWizard::tr("The guest lists the device but it does not work.");
    case 2:
        return DiagnosisWizard::tr("The device works but slowly.");
    default:
        return DiagnosisWizard::tr("The device keeps disconnecting.");
    }
}
} // namespace

DiagnosisWizard::DiagnosisWizard(FactsSource source, const Facts &preview, const Subject &preselected, QWidget *parent)
    : QWizard(parent)
    , m_source(std::move(source))
    , m_preview(preview)
{
    setWindowTitle(tr("Why does the guest not see my device?"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage, false);

    // 1. What and where.
    auto *subjectPage = new QWizardPage(this);
    subjectPage->setTitle(tr("Which device, and which guest?"));
    subjectPage->setSubTitle(
        tr("Pick the device, or the empty port where it never appears, and the guest that should see it."));
    auto *sl = new QVBoxLayout(subjectPage);
    sl->addWidget(new QLabel(tr("Device or port:"), subjectPage));
    m_device = new QComboBox(subjectPage);
    m_device->setAccessibleName(tr("Device or port"));
    m_device->addItem(tr("All devices"), QString());
    QStringList devices = m_preview.topology.devices.keys();
    devices.sort();
    for (const QString &id : devices) {
        const host::UsbDevice &d = m_preview.topology.devices[id];
        m_device->addItem(QStringLiteral("%1  %2:%3  %4").arg(id, d.vendorId, d.productId, d.displayName()), id);
    }
    QStringList ports = m_preview.topology.ports.keys();
    ports.sort();
    for (const QString &id : ports) {
        if (m_preview.topology.ports[id].deviceId.isEmpty())
            m_device->addItem(
                tr("%1  (empty port: the device never appears)").arg(id), QString(QStringLiteral("port:") + id));
    }
    sl->addWidget(m_device);
    sl->addWidget(new QLabel(tr("Guest:"), subjectPage));
    m_guest = new QComboBox(subjectPage);
    m_guest->setAccessibleName(tr("Guest"));
    m_guest->addItem(tr("No particular guest"), QString());
    if (m_preview.libvirt) {
        for (const LibvirtFacts &l : *m_preview.libvirt) {
            for (const DomainFacts &d : l.domains)
                m_guest->addItem(d.id(), d.id());
        }
    }
    if (m_preview.vmware) {
        for (const VmwareFacts &v : *m_preview.vmware)
            m_guest->addItem(v.path, v.vmx);
    }
    sl->addWidget(m_guest);
    sl->addStretch();
    const int di = preselected.port.isEmpty() ? m_device->findData(preselected.device)
                                              : m_device->findData(QString(QStringLiteral("port:") + preselected.port));
    if (di >= 0)
        m_device->setCurrentIndex(di);
    const int gi = m_guest->findData(preselected.guest);
    if (gi >= 0)
        m_guest->setCurrentIndex(gi);
    setPage(SubjectPage, subjectPage);

    // 2. Symptom.
    auto *symptomPage = new QWizardPage(this);
    symptomPage->setTitle(tr("What happens?"));
    symptomPage->setSubTitle(tr("What you see in the guest. The checks look at the whole path either way."));
    auto *yl = new QVBoxLayout(symptomPage);
    m_symptom = new QButtonGroup(symptomPage);
    const QStringList symptoms {
        tr("The guest does not list it"), tr("Listed, but not working"), tr("Slow"), tr("Disconnects")};
    for (int i = 0; i < symptoms.size(); ++i) {
        auto *b = new QRadioButton(symptoms.at(i), symptomPage);
        m_symptom->addButton(b, i);
        yl->addWidget(b);
    }
    m_symptom->button(0)->setChecked(true);
    yl->addStretch();
    setPage(SymptomPage, symptomPage);

    // 3. Checks.
    auto *runPage = new ChecksPage;
    runPage->setTitle(tr("Checking"));
    runPage->setSubTitle(tr("Host, device, hypervisor and security, along the path the device takes."));
    auto *rl = new QVBoxLayout(runPage);
    m_path = new PathWidget(runPage);
    rl->addWidget(m_path);
    m_progress = new QProgressBar(runPage);
    m_progress->setRange(0, 5);
    rl->addWidget(m_progress);
    m_runLabel = new QLabel(runPage);
    m_runLabel->setWordWrap(true);
    rl->addWidget(m_runLabel);
    rl->addStretch();
    setPage(RunPage, runPage);

    // 4. Findings.
    auto *findingsPage = new QWizardPage(this);
    findingsPage->setTitle(tr("What was found"));
    findingsPage->setSubTitle(tr("The most likely cause first, with its fix. Open Evidence to see what proves it."));
    auto *fl = new QVBoxLayout(findingsPage);
    // One card per finding, in a column that scrolls (wrapped text, nothing cut off at the edge).
    auto *area = new QScrollArea(findingsPage);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    m_findings = new QWidget(area);
    m_findings->setAccessibleName(tr("Findings"));
    m_cards = new QVBoxLayout(m_findings);
    m_cards->setContentsMargins(0, 0, 0, 0);
    m_cards->setSpacing(10);
    area->setWidget(m_findings);
    fl->addWidget(area, 1);
    // A fix under way: what it does now, and Cancel. Only the findings wait for it; the window
    // and the rest of the application stay usable (nothing here is modal, nothing waits).
    m_fixStrip = new QWidget(findingsPage);
    auto *xl = new QHBoxLayout(m_fixStrip);
    xl->setContentsMargins(0, 0, 0, 0);
    m_fixBusy = new QProgressBar(m_fixStrip);
    m_fixBusy->setRange(0, 0);
    m_fixBusy->setMaximumWidth(fontMetrics().averageCharWidth() * 16);
    m_fixBusy->setAccessibleName(tr("Fix under way"));
    xl->addWidget(m_fixBusy);
    m_fixLabel = new QLabel(m_fixStrip);
    m_fixLabel->setWordWrap(true);
    m_fixLabel->setTextFormat(Qt::PlainText);
    xl->addWidget(m_fixLabel, 1);
    m_fixCancel = new QPushButton(tr("Cancel the &fix"), m_fixStrip);
    connect(m_fixCancel, &QPushButton::clicked, this, &DiagnosisWizard::cancelFix);
    xl->addWidget(m_fixCancel);
    m_fixStrip->hide();
    fl->addWidget(m_fixStrip);
    setPage(FindingsPage, findingsPage);
    m_launcher = host::HelperLauncher::fromSettings(QStringLiteral(PLUGBOARD_HELPER_PATH));

    // 5. Re-test and the guest's side.
    auto *donePage = new QWizardPage(this);
    donePage->setTitle(tr("Does the guest see it now?"));
    donePage->setSubTitle(tr("Look inside the guest; run the checks again or save the report for someone who helps."));
    auto *dl = new QVBoxLayout(donePage);
    m_hint = new QLabel(donePage);
    m_hint->setWordWrap(true);
    m_hint->setText(tr("Check inside the guest: on Linux run \"lsusb\" (or \"lsusb -t\" to see the speed); on Windows "
                       "open Device Manager "
                       "and look under Universal Serial Bus controllers and Other devices."));
    dl->addWidget(m_hint);
    auto *again = new QPushButton(tr("&Run the checks again"), donePage);
    connect(again, &QPushButton::clicked, this, &DiagnosisWizard::retest);
    dl->addWidget(again);
    auto *save = new QPushButton(tr("&Save the report…"), donePage);
    connect(save, &QPushButton::clicked, this, &DiagnosisWizard::exportReport);
    dl->addWidget(save);
    dl->addStretch();
    setPage(DonePage, donePage);
    resize(760, 520);
}

Subject DiagnosisWizard::subject() const
{
    Subject s;
    const QString d = m_device->currentData().toString();
    if (d.startsWith(QLatin1String("port:")))
        s.port = d.mid(5);
    else
        s.device = d;
    s.guest = m_guest->currentData().toString();
    return s;
}

void DiagnosisWizard::initializePage(int id)
{
    QWizard::initializePage(id);
    if (id == RunPage)
        runChecks();
    else if (id == FindingsPage)
        showFindings();
}

bool DiagnosisWizard::validateCurrentPage()
{
    return currentId() != RunPage || !m_running;
}

void DiagnosisWizard::runChecks()
{
    auto *page = static_cast<ChecksPage *>(this->page(RunPage));
    page->setDone(false);
    m_running = true;
    m_path->reset();
    m_progress->setValue(0);
    m_runLabel->setText(tr("Collecting facts about this machine…"));
    const Subject s = subject();
    QPointer<DiagnosisWizard> self(this);
    FactsSource source = m_source;
    QThreadPool::globalInstance()->start([self, source, s] {
        const Facts facts = source();
        Report report = diagnose(facts, s);
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, report] {
                if (!self)
                    return;
                self->m_report = report;
                // Reveal the layers one after the other along the path.
                const QStringList layers {tr("Checking the host (controller and port)…"), tr("Checking the device…"),
                    tr("Checking the hypervisor and the guest…"), tr("Checking security policies…")};
                const QList<QList<int>> links {{0, 1}, {2}, {3, 4, 5}, {3}};
                for (int i = 0; i < layers.size(); ++i) {
                    QTimer::singleShot(120 * (i + 1), self, [self, i, layers, links] {
                        if (!self)
                            return;
                        self->m_runLabel->setText(layers.at(i));
                        self->m_progress->setValue(i + 1);
                        for (int l : links.at(i)) {
                            bool problem = false;
                            for (const Finding &f : self->m_report.findings)
                                problem = problem || linksOf(f.check).contains(l);
                            self->m_path->set(l, problem ? PathWidget::Problem : PathWidget::Fine);
                        }
                    });
                }
                QTimer::singleShot(120 * (layers.size() + 1), self, [self] {
                    if (!self)
                        return;
                    self->m_progress->setValue(5);
                    self->m_running = false;
                    self->m_runLabel->setText(self->m_report.findings.isEmpty()
                            ? tr("No problem found. %n check(s) could not run.", nullptr,
                                int(self->m_report.notChecked.size()))
                            : tr("%n finding(s).", nullptr, int(self->m_report.findings.size())));
                    static_cast<ChecksPage *>(self->page(RunPage))->setDone(true);
                    Q_EMIT self->checksFinished();
                });
            },
            Qt::QueuedConnection);
    });
}

void DiagnosisWizard::showFindings()
{
    while (QLayoutItem *item = m_cards->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    if (m_report.findings.isEmpty()) {
        auto *none = new QLabel(
            tr("No problem found for this device and guest. %1").arg(symptomHint(m_symptom->checkedId())), m_findings);
        none->setWordWrap(true);
        m_cards->addWidget(none);
    }
    // A finding that a higher one explains is folded under that one's card.
    QSet<QString> shown;
    for (const Finding &f : m_report.findings)
        shown.insert(f.check);
    bool first = true;
    for (const Finding &f : m_report.findings) {
        if (!f.explainedBy.isEmpty() && shown.contains(f.explainedBy))
            continue;
        QList<Finding> explained;
        for (const Finding &g : m_report.findings) {
            if (g.explainedBy == f.check)
                explained.append(g);
        }
        auto *card = new FindingCard(
            f, explained, first,
            [this](const Fix &x) {
                runFix(x);
            },
            m_findings);
        m_cards->addWidget(card);
        first = false;
    }
    if (!m_report.notChecked.isEmpty()) {
        QStringList lines;
        for (const NotChecked &n : m_report.notChecked)
            lines.append(QStringLiteral("%1: %2").arg(n.check, n.reason));
        auto *body = new QLabel(lines.join(QLatin1Char('\n')), m_findings);
        body->setWordWrap(true);
        body->setTextFormat(Qt::PlainText);
        auto *toggle = FindingCard::folder(tr("Not checked (%1)").arg(m_report.notChecked.size()), body, m_findings);
        m_cards->addWidget(toggle);
        m_cards->addWidget(body);
    }
    m_cards->addStretch(1);
}

void DiagnosisWizard::runFix(const Fix &fix)
{
    // User-level fixes (libvirt) run off the GUI thread; an unmount asks UDisks2 asynchronously;
    // root ones go through the polkit-authorised helper, a process nobody waits for. The checks
    // run again after a success.
    if (!m_describeOnly.isEmpty()) {
        QMessageBox::information(
            this, tr("Fix"), tr("%1\n\nThis fix would run: %2 — %3").arg(m_describeOnly, fix.action, fix.text));
        return;
    }
    if (m_fixRunning)
        return; // one at a time: the findings are disabled meanwhile
    const QString verb = fix.action.section(QLatin1Char(':'), 0, 0);
    const QString arg = fix.action.section(QLatin1Char(':'), 1);
    if (verb == QLatin1String("unmount") && !arg.isEmpty()) {
        // UDisks2 first, the helper where it is not running (as applyFix would, but cancellable).
        auto *job = new host::UnmountJob({arg}, m_launcher, this);
        m_unmount = job;
        connect(job, &host::UnmountJob::progress, this, [this](const QString &what) {
            showFixProgress(what, true);
        });
        connect(job, &host::UnmountJob::finished, this, [this, job](const host::UnmountResult &r) {
            job->deleteLater();
            endFix(r.ok, r.message);
            if (r.ok)
                retest();
        });
        beginFix(fix.text);
        job->start();
        return;
    }
    beginFix(fix.text);
    const Subject s = subject();
    // A guest's definition or devices: through the window's AttachService, like every change the
    // window makes to a guest (its row shows it pending; the answer comes once).
    if (attaching::Operation *op = m_service ? m_service->runGuestFix(fix.action, s) : nullptr) {
        auto done = [this](const libvirt::OperationResult &r) {
            endFix(r.ok, r.message);
            if (r.ok)
                retest();
        };
        if (op->isFinished())
            done(op->result());
        else
            connect(op, &attaching::Operation::finished, this, done);
        return;
    }
    const host::HostTopology topology = m_preview.topology;
    QPointer<DiagnosisWizard> self(this);
    QThreadPool::globalInstance()->start([self, fix, s, topology] {
        const FixOutcome out = applyFix(fix, s, topology);
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, out] {
                if (self)
                    self->fixDone(out);
            },
            Qt::QueuedConnection);
    });
}

void DiagnosisWizard::retest()
{
    while (currentId() > SymptomPage)
        back();
    next();
}

void DiagnosisWizard::fixDone(const FixOutcome &out)
{
    if (!out.needsHelper) {
        endFix(out.ok, out.message);
        if (out.ok)
            retest();
        return;
    }
    // The helper as root: a process of its own, followed through signals; Cancel stops it.
    auto *run = new host::HelperRun(m_launcher, out.helperVerb, out.helperArgument, this);
    m_run = run;
    connect(run, &host::HelperRun::finished, this, [this, run](const host::HelperResult &r) {
        run->deleteLater();
        const bool plain = r.ok() || r.status == host::HelperResult::Status::Cancelled;
        endFix(r.ok(), plain ? r.message : tr("The fix did not work: %1").arg(r.message));
        if (r.ok())
            retest();
    });
    if (m_cancelling) {
        run->cancel(); // cancelled (or the wizard closed) while applyFix ran: never started
        return;
    }
    run->start();
    showFixProgress(run->describe(), true);
}

void DiagnosisWizard::beginFix(const QString &what)
{
    m_fixRunning = true;
    m_findings->setEnabled(false);
    m_buttonsBefore.clear();
    for (QWizard::WizardButton b : {QWizard::BackButton, QWizard::NextButton, QWizard::FinishButton}) {
        if (QAbstractButton *button = this->button(b)) {
            m_buttonsBefore.append({button, button->isEnabled()});
            button->setEnabled(false);
        }
    }
    m_fixBusy->show();
    m_fixCancel->show();
    m_fixStrip->show();
    showFixProgress(tr("Applying the fix: %1…").arg(what), false);
}

void DiagnosisWizard::showFixProgress(const QString &what, bool cancellable)
{
    if (!m_fixRunning)
        return;
    m_fixLabel->setText(what);
    m_fixCancel->setEnabled(cancellable);
    Q_EMIT fixProgress(what);
}

void DiagnosisWizard::endFix(bool ok, const QString &message)
{
    m_fixRunning = false;
    m_run = nullptr;
    m_unmount = nullptr;
    m_findings->setEnabled(true);
    for (const auto &[button, enabled] : std::as_const(m_buttonsBefore)) {
        if (button)
            button->setEnabled(enabled);
    }
    m_buttonsBefore.clear();
    // What happened stays under the findings until the next fix; a failure is also said in a
    // box (opened, not exec'd: nothing waits for it to be closed).
    m_fixBusy->hide();
    m_fixCancel->hide();
    m_fixLabel->setText(message);
    Q_EMIT fixFinished(ok, message);
    if (!ok && !message.isEmpty() && !m_cancelling) {
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Fix"), message, QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
    m_cancelling = false;
}

void DiagnosisWizard::cancelFix()
{
    if (!m_fixRunning)
        return;
    m_cancelling = true;
    m_fixCancel->setEnabled(false);
    if (m_run)
        m_run->cancel();
    else if (m_unmount)
        m_unmount->cancel();
}

void DiagnosisWizard::done(int result)
{
    cancelFix(); // a helper still running is stopped, not waited for
    QWizard::done(result);
}

QString DiagnosisWizard::reportHtml() const
{
    QString html
        = QStringLiteral("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>%1</title></head><body><h1>%1</h1>")
              .arg(tr("Plugboard diagnosis").toHtmlEscaped());
    const Subject s = const_cast<DiagnosisWizard *>(this)->subject();
    html += QStringLiteral("<p>%1</p>")
                .arg(tr("Device: %1 · Port: %2 · Guest: %3")
                         .arg(s.device.isEmpty() ? tr("any") : s.device, s.port.isEmpty() ? tr("any") : s.port,
                             s.guest.isEmpty() ? tr("any") : s.guest)
                         .toHtmlEscaped());
    if (m_report.findings.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(tr("No problem found.").toHtmlEscaped());
    for (const Finding &f : m_report.findings) {
        html += QStringLiteral(
            "<h2>[%1] %2</h2><p><code>%3</code></p><details><summary>%4</summary><pre>%5</pre></details><ul>")
                    .arg(severityName(f.severity), f.title.toHtmlEscaped(), f.check, tr("Evidence").toHtmlEscaped(),
                        f.evidence.join(QLatin1Char('\n')).toHtmlEscaped());
        for (const Fix &x : f.fixes)
            html += QStringLiteral("<li>%1 (%2)</li>").arg(x.text.toHtmlEscaped(), x.kind);
        html += QStringLiteral("</ul>");
    }
    if (!m_report.notChecked.isEmpty()) {
        html += QStringLiteral("<h2>%1</h2><ul>").arg(tr("Not checked").toHtmlEscaped());
        for (const NotChecked &n : m_report.notChecked)
            html += QStringLiteral("<li><code>%1</code>: %2</li>").arg(n.check, n.reason.toHtmlEscaped());
        html += QStringLiteral("</ul>");
    }
    return html + QStringLiteral("</body></html>");
}

void DiagnosisWizard::exportReport()
{
    QString filter;
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the report"),
        QStringLiteral("plugboard-diagnosis.html"), tr("Web page (*.html);;JSON (*.json)"), &filter);
    if (path.isEmpty())
        return;
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        QMessageBox::warning(this, tr("Save the report"), tr("Cannot write %1: %2").arg(path, f.errorString()));
        return;
    }
    f.write(path.endsWith(QLatin1String(".json")) ? QJsonDocument(m_report.toJson()).toJson() : reportHtml().toUtf8());
}

} // namespace plugboard::ui
