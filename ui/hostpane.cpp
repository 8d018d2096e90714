// SPDX-License-Identifier: GPL-3.0-or-later
// HostPane: the view expands new rows' ancestors and keeps the selection by id across hotplug.
#include "hostpane.h"
#include "firstrunguide.h"

#include "host/hostbackend.h"
#include "hostfilterproxy.h"
#include "hostusbmodel.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QDesktopServices>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QProcess>
#include <QPushButton>
#include <QStackedWidget>
#include <QTreeView>
#include <QVBoxLayout>

namespace plugboard::ui {

HostPane::HostPane(QWidget *parent)
    : QWidget(parent)
    , m_model(new HostUsbModel(this))
    , m_proxy(new HostFilterProxy(this))
{
    m_proxy->setSourceModel(m_model);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *bar = new QHBoxLayout;
    m_filter = new QLineEdit(this);
    m_filter->setPlaceholderText(tr("Filter devices (name, vendor:product, serial, driver)"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter devices"));
    bar->addWidget(m_filter, 1);
    m_showEmpty = new QCheckBox(tr("Show &empty ports"), this);
    m_showEmpty->setChecked(true);
    bar->addWidget(m_showEmpty);
    layout->addLayout(bar);

    m_banner = new QLabel(this);
    m_banner->setWordWrap(true);
    m_banner->setTextFormat(Qt::PlainText);
    m_banner->setVisible(false);
    layout->addWidget(m_banner);

    m_stack = new QStackedWidget(this);
    m_view = new QTreeView(m_stack);
    m_view->setModel(m_proxy);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setDragEnabled(true);
    m_view->setAcceptDrops(true);
    m_view->setDragDropMode(QAbstractItemView::DragDrop);
    m_view->setDefaultDropAction(Qt::CopyAction);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        const QModelIndex idx = m_proxy->mapToSource(m_view->indexAt(pos));
        const int kind = idx.data(HostUsbModel::KindRole).toInt();
        if (!idx.isValid() || kind == HostUsbModel::ControllerKind)
            return;
        // A socket or a USB 3 hub is named by its first kernel half: the menus and the wizard
        // find the other half themselves (an assignment of a port covers its peer).
        const QString id = idx.data(HostUsbModel::IdRole).toString().section(QLatin1Char('+'), 0, 0);
        QMenu menu(this);
        if (m_menuHook) {
            m_menuHook(menu, id);
            menu.addSeparator();
        }
        menu.addAction(
            kind == HostUsbModel::PortKind ? tr("&Diagnose this port…") : tr("&Diagnose…"), this, [this, id] {
                Q_EMIT diagnoseRequested(id);
            });
        menu.exec(m_view->viewport()->mapToGlobal(pos));
    });
    m_view->setAccessibleName(tr("Host USB devices"));
    m_view->setTextElideMode(Qt::ElideMiddle);
    m_view->viewport()->installEventFilter(this);
    connect(m_view->header(), &QHeaderView::sectionResized, this, [this](int section, int, int) {
        if (section == HostUsbModel::NameColumn && !m_fitting)
            m_nameSizedByUser = true;
    });
    m_view->header()->setSectionResizeMode(HostUsbModel::NameColumn, QHeaderView::Interactive);
    m_view->header()->resizeSection(HostUsbModel::NameColumn, 360);
    // Which guest has a device, or gets it by itself, matters more than its driver: right after the name.
    m_view->header()->moveSection(HostUsbModel::AssignedColumn, 1);
    m_stack->addWidget(m_view);
    // No USB bus (a container, a VM without a controller): what is missing, and where to go on.
    m_messagePage = new QWidget(m_stack);
    auto *ml = new QVBoxLayout(m_messagePage);
    ml->addStretch(1);
    m_message = new QLabel(m_messagePage);
    m_message->setWordWrap(true);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setMargin(24);
    ml->addWidget(m_message);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    auto *docs = new QPushButton(tr("Open the &documentation"), m_messagePage);
    connect(docs, &QPushButton::clicked, this, [] {
        QDesktopServices::openUrl(FirstRunGuide::documentationUrl());
    });
    buttons->addWidget(docs);
    auto *demo = new QPushButton(tr("Show the d&emo"), m_messagePage);
    demo->setToolTip(tr("A sample host and libvirt's test guests, in a window of their own; nothing changes here."));
    connect(demo, &QPushButton::clicked, this, [] {
        QProcess::startDetached(QCoreApplication::applicationFilePath(), {QStringLiteral("--demo")});
    });
    buttons->addWidget(demo);
    buttons->addStretch(1);
    ml->addLayout(buttons);
    ml->addStretch(2);
    m_stack->addWidget(m_messagePage);
    layout->addWidget(m_stack, 1);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterText(text);
        m_view->expandAll();
    });
    connect(m_showEmpty, &QCheckBox::toggled, m_proxy, &HostFilterProxy::setShowEmptyPorts);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        Q_EMIT currentChanged(m_proxy->mapToSource(current).data(HostUsbModel::IdRole).toString());
    });
    // New rows (a device plugged in) are shown expanded, like the rest of the tree.
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &parent, int first, int last) {
        m_view->expand(parent);
        for (int r = first; r <= last; ++r) {
            const QModelIndex idx = m_proxy->index(r, 0, parent);
            m_view->expandRecursively(idx);
        }
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_view->expandAll();
        updateStatus();
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &HostPane::updateStatus);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &HostPane::updateStatus);
    updateStatus();
}

void HostPane::setBackend(host::HostBackend *backend)
{
    m_backend = backend;
    m_model->setBackend(backend);
    if (backend)
        connect(backend, &host::HostBackend::topologyChanged, this, &HostPane::updateStatus);
    m_view->expandAll();
    // Fitted to the contents, but never so wide that ID, speed and guest leave a 1280×800 screen:
    // long names are elided in the middle (the full name is in the tooltip and the details).
    const QFontMetrics fm = m_view->fontMetrics();
    const int caps[HostUsbModel::ColumnCount] = {fm.averageCharWidth() * 80, fm.averageCharWidth() * 24,
        fm.averageCharWidth() * 26, fm.averageCharWidth() * 18, fm.averageCharWidth() * 20, fm.averageCharWidth() * 20};
    for (int c = HostUsbModel::NameColumn; c < HostUsbModel::ColumnCount; ++c) {
        m_view->resizeColumnToContents(c);
        m_view->header()->resizeSection(c, qMin(m_view->header()->sectionSize(c), caps[c]));
    }
    // Often empty at first, and then "in <guest>": room for a guest's name.
    m_view->header()->resizeSection(
        HostUsbModel::AssignedColumn, qMax(130, m_view->header()->sectionSize(HostUsbModel::AssignedColumn)));
    fitNameColumn();
    updateStatus();
}

void HostPane::fitNameColumn()
{
    // The name takes what the guest, ID and speed columns leave of the view (all of its text when
    // that fits, elided in the middle when not), until the user sizes it by hand.
    if (m_nameSizedByUser)
        return;
    const QFontMetrics fm = m_view->fontMetrics();
    QHeaderView *h = m_view->header();
    const int others = h->sectionSize(HostUsbModel::AssignedColumn) + h->sectionSize(HostUsbModel::IdColumn)
        + h->sectionSize(HostUsbModel::SpeedColumn);
    const int room = m_view->viewport()->width() - others;
    m_fitting = true;
    m_view->resizeColumnToContents(HostUsbModel::NameColumn);
    const int wanted = h->sectionSize(HostUsbModel::NameColumn);
    h->resizeSection(HostUsbModel::NameColumn, qMax(fm.averageCharWidth() * 24, qMin(wanted, room)));
    m_fitting = false;
}

bool HostPane::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        fitNameColumn();
    return QWidget::eventFilter(watched, event);
}

void HostPane::updateStatus()
{
    const QString status = m_backend ? m_backend->statusMessage() : tr("No USB source is connected.");
    const bool empty = m_model->rowCount() == 0;
    m_message->setText(status.isEmpty() ? tr("No USB controllers were found.") : status);
    m_stack->setCurrentWidget(empty ? m_messagePage : static_cast<QWidget *>(m_view));
    m_banner->setText(status);
    m_banner->setVisible(!empty && !status.isEmpty());
}

QString HostPane::statusText() const
{
    return m_stack->currentWidget() == m_messagePage ? m_message->text() : m_banner->text();
}

QString HostPane::currentId() const
{
    // The kernel name (a socket's or USB 3 hub's first half), what the wizard and bundles use.
    return m_proxy->mapToSource(m_view->currentIndex())
        .data(HostUsbModel::IdRole)
        .toString()
        .section(QLatin1Char('+'), 0, 0);
}

bool HostPane::selectId(const QString &id)
{
    const QModelIndex idx = m_proxy->mapFromSource(m_model->indexOf(id));
    if (!idx.isValid())
        return false;
    m_view->setCurrentIndex(idx);
    m_view->scrollTo(idx);
    return true;
}

void HostPane::setShowEmptyPorts(bool show)
{
    m_showEmpty->setChecked(show);
}

} // namespace plugboard::ui
