// SPDX-License-Identifier: GPL-3.0-or-later
// Translations for every binary: Qt's own and Plugboard's, for the system locale or an override
// ("de", "zh_CN"; "C" or "en" for the untranslated English). Each component embeds its own
// catalogues under :/i18n (plugboard_core_LANG.qm in core, plugboard_ui_LANG.qm in the window,
// plugboard_cli_LANG.qm in plugboardctl); a binary loads every one it carries.
#pragma once

#include <QString>
#include <QStringList>

namespace plugboard {

// Installs the translators on the running application (replacing those of an earlier call): for
// every catalogue embedded in this binary, the one of the language; returns the locale name in use.
QString installTranslations(const QString &override = {});

// The languages Plugboard is translated into, as codes ("de", "zh_CN"): one per
// translations/plugboard_*_LANGUAGE.ts, English (the sources, with a plural-only catalogue) not
// among them. Adding translations/plugboard_*_fr.ts adds "fr" here, and so to the Language menu.
QStringList translationLanguages();

// A language's name in the language itself, for a menu: "Deutsch" for "de", "简体中文" for "zh_CN".
QString nativeLanguageName(const QString &code);

} // namespace plugboard
