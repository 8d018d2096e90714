// SPDX-License-Identifier: GPL-3.0-or-later
#include "i18n.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace plugboard {

QString installTranslations(const QString &override)
{
    const QLocale locale = override.isEmpty() ? QLocale() : QLocale(override);
    if (override == QLatin1String("C") || override == QLatin1String("en"))
        return QStringLiteral("en");
    // Owned by the application object: they live as long as it does.
    auto *qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(
            locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    auto *app = new QTranslator(QCoreApplication::instance());
    if (app->load(locale, QStringLiteral("plugboard"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(app);
        return app->language();
    }
    return QStringLiteral("en");
}

} // namespace plugboard
