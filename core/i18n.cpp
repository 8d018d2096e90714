// SPDX-License-Identifier: GPL-3.0-or-later
#include "i18n.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QTranslator>

namespace plugboard {

QString installTranslations(const QString &override)
{
    // The ones installed by an earlier call: a second call replaces them, not stacks on them.
    static QPointer<QTranslator> app, qt;
    for (QPointer<QTranslator> *t : {&app, &qt}) {
        if (*t) {
            QCoreApplication::removeTranslator(*t);
            delete t->data();
        }
    }
    const bool english = override == QLatin1String("C") || override == QLatin1String("en");
    const QLocale locale = override.isEmpty() ? QLocale() : QLocale(override);
    // Owned by the application object: they live as long as it does.
    app = new QTranslator(QCoreApplication::instance());
    if (!english && app->load(locale, QStringLiteral("plugboard"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        qt = new QTranslator(QCoreApplication::instance());
        if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(qt);
        QCoreApplication::installTranslator(app);
        return app->language();
    }
    // English, and every language without a catalogue: the sources are English, but their plural
    // forms ("%n port(s)") need the numerus-only catalogue to read "1 port", "2 ports".
    if (app->load(QStringLiteral(":/i18n/plugboard_en.qm")))
        QCoreApplication::installTranslator(app);
    return QStringLiteral("en");
}

} // namespace plugboard
