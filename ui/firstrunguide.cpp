// SPDX-License-Identifier: GPL-3.0-or-later
#include "firstrunguide.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDesktopServices>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QUrl>
#include <QVBoxLayout>

namespace plugboard::ui {

using libvirt::AccessProbe;
using libvirt::ConnectionState;

FirstRunGuide::FirstRunGuide(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("firstRunGuide"));
    setFrameShape(QFrame::StyledPanel);
    auto *outer = new QHBoxLayout(this);
    auto *icon = new QLabel(this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxInformation).pixmap(32));
    icon->setAlignment(Qt::AlignTop);
    outer->addWidget(icon);
    auto *col = new QVBoxLayout;
    outer->addLayout(col, 1);
    m_title = new QLabel(this);
    QFont f = m_title->font();
    f.setBold(true);
    m_title->setFont(f);
    m_title->setWordWrap(true);
    col->addWidget(m_title);
    m_text = new QLabel(this);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    col->addWidget(m_text);
    m_command = new QLabel(this);
    m_command->setTextFormat(Qt::PlainText);
    m_command->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    m_command->setFont(mono);
    m_command->setAccessibleName(tr("Command that fixes it"));
    col->addWidget(m_command);
    m_details = new QLabel(this);
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::PlainText);
    m_details->setForegroundRole(QPalette::PlaceholderText);
    col->addWidget(m_details);
    auto *buttons = new QHBoxLayout;
    m_start = new QPushButton(this);
    connect(m_start, &QPushButton::clicked, this, &FirstRunGuide::startService);
    buttons->addWidget(m_start);
    m_docs = new QPushButton(tr("Open the &documentation"), this);
    connect(m_docs, &QPushButton::clicked, this, [] {
        QDesktopServices::openUrl(documentationUrl());
    });
    buttons->addWidget(m_docs);
    buttons->addStretch(1);
    col->addLayout(buttons);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    col->addWidget(m_status);
    col->addStretch(1);
    setVisible(false);
}

QUrl FirstRunGuide::documentationUrl()
{
    const QString installed
        = QCoreApplication::applicationDirPath() + QStringLiteral("/../share/doc/plugboard/first-run.md");
    if (QFileInfo::exists(installed))
        return QUrl::fromLocalFile(QFileInfo(installed).canonicalFilePath());
    return QUrl(QStringLiteral("https://github.com/plugboard/plugboard/blob/main/docs/first-run.md"));
}

void FirstRunGuide::addConnection(libvirt::LibvirtConnection *connection)
{
    m_connections.append(connection);
    connect(connection, &libvirt::LibvirtConnection::stateChanged, this, &FirstRunGuide::update);
    connect(connection, &QObject::destroyed, this, &FirstRunGuide::update, Qt::QueuedConnection);
    update();
}

void FirstRunGuide::setProbeRoot(const QString &root)
{
    m_root = root;
    update();
}

void FirstRunGuide::update()
{
    bool anyUp = false, anyDown = false;
    QStringList why;
    for (const auto &c : std::as_const(m_connections)) {
        if (!c)
            continue;
        anyUp = anyUp || c->state() == ConnectionState::Connected;
        if (c->state() == ConnectionState::Disconnected) {
            anyDown = true;
            why.append(QStringLiteral("%1: %2").arg(c->uri(), c->message()));
        }
    }
    const bool needed = !anyUp && anyDown;
    if (needed) {
        // Files only (sockets, units, /etc/group): cheap enough for the GUI thread.
        m_probe = AccessProbe::run(m_root);
        m_title->setText(tr("Plugboard cannot reach libvirt"));
        m_text->setText(m_probe.explanation());
        const QString command = m_probe.command();
        m_command->setText(command);
        m_command->setVisible(!command.isEmpty());
        m_details->setText(why.join(QLatin1Char('\n')));
        const bool canStart = m_probe.problem == AccessProbe::Problem::DaemonStopped;
        m_start->setText(tr("&Start %1").arg(m_probe.service));
        m_start->setAccessibleName(tr("Start the libvirt service %1").arg(m_probe.service));
        m_start->setVisible(canStart);
        m_start->setEnabled(canStart && !m_run);
    }
    setVisible(needed);
    if (needed != m_needed) {
        m_needed = needed;
        Q_EMIT neededChanged(needed);
    }
}

void FirstRunGuide::startService()
{
    if (m_run)
        return;
    // The helper's start-service verb, through pkexec: a process followed, never waited for.
    const QString service = m_probe.service;
    m_run = m_launcher.start(QStringLiteral("start-service"), service, this);
    m_start->setEnabled(false);
    m_status->setText(m_run->describe());
    connect(m_run, &host::HelperRun::finished, this, [this, service](const host::HelperResult &r) {
        m_run->deleteLater();
        m_run = nullptr;
        m_status->setText(r.ok() ? tr("%1 started; connecting…").arg(service) : r.message);
        m_start->setEnabled(true);
        if (r.ok()) {
            for (const auto &c : std::as_const(m_connections)) {
                if (c && c->state() != ConnectionState::Connected)
                    c->retryNow();
            }
        }
        Q_EMIT startFinished(r.ok(), r.ok() ? m_status->text() : r.message);
    });
}

} // namespace plugboard::ui
