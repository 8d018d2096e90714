// SPDX-License-Identifier: GPL-3.0-or-later
#include "i18n.h"
#include "i18n_languages.h" // generated: PLUGBOARD_TRANSLATION_LANGUAGES

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QList>
#include <QLocale>
#include <QPointer>
#include <QRegularExpression>
#include <QTranslator>

namespace plugboard {

namespace {

// The catalogues this binary embeds, by name without the language: "plugboard_core",
// "plugboard_ui" (the window) or "plugboard_cli" (plugboardctl).
QStringList embeddedCatalogues()
{
    static const QRegularExpression name(QStringLiteral("^(plugboard_[a-z0-9]+)_.+\\.qm$"));
    QStringList catalogues;
    for (const QString &file :
        QDir(QStringLiteral(":/i18n")).entryList({QStringLiteral("plugboard_*.qm")}, QDir::Files)) {
        const QRegularExpressionMatch m = name.match(file);
        if (m.hasMatch() && !catalogues.contains(m.captured(1)))
            catalogues.append(m.captured(1));
    }
    return catalogues;
}

} // namespace

QString installTranslations(const QString &override)
{
    // The ones installed by an earlier call: a second call replaces them, not stacks on them.
    static QList<QPointer<QTranslator>> installed;
    for (const QPointer<QTranslator> &t : std::as_const(installed)) {
        if (t) {
            QCoreApplication::removeTranslator(t);
            delete t.data();
        }
    }
    installed.clear();
    const bool english = override == QLatin1String("C") || override == QLatin1String("en");
    const QLocale locale = override.isEmpty() ? QLocale() : QLocale(override);
    // Owned by the application object: they live as long as it does.
    auto add = [](QTranslator *t) {
        QCoreApplication::installTranslator(t);
        installed.append(t);
    };
    QList<QTranslator *> translated;
    QStringList untranslated;
    for (const QString &catalogue : embeddedCatalogues()) {
        auto *t = new QTranslator(QCoreApplication::instance());
        if (!english && t->load(locale, catalogue, QStringLiteral("_"), QStringLiteral(":/i18n"))) {
            translated.append(t);
        } else {
            delete t;
            untranslated.append(catalogue);
        }
    }
    if (!translated.isEmpty()) {
        auto *qt = new QTranslator(QCoreApplication::instance());
        if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            add(qt);
        else
            delete qt;
        for (QTranslator *t : std::as_const(translated))
            add(t);
    }
    // English, every language without a catalogue, and a component without one for the language:
    // the sources are English, but their plural forms ("%n port(s)") need the numerus-only
    // catalogue to read "1 port", "2 ports".
    for (const QString &catalogue : std::as_const(untranslated)) {
        auto *t = new QTranslator(QCoreApplication::instance());
        if (t->load(QStringLiteral(":/i18n/%1_en.qm").arg(catalogue)))
            add(t);
        else
            delete t;
    }
    return translated.isEmpty() ? QStringLiteral("en") : translated.first()->language();
}

QStringList translationLanguages()
{
    return QString::fromLatin1(PLUGBOARD_TRANSLATION_LANGUAGES).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

QString nativeLanguageName(const QString &code)
{
    const QString name = QLocale(code).nativeLanguageName();
    return name.isEmpty() ? code : name;
}

} // namespace plugboard
