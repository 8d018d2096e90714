// SPDX-License-Identifier: GPL-3.0-or-later
// Translations for every binary: Qt's own and Plugboard's (embedded under :/i18n), for the system
// locale or an override ("de", "zh_CN"; "C" or "en" for the untranslated English).
#pragma once

#include <QString>

namespace plugboard {

// Installs the translators on the running application (replacing those of an earlier call);
// returns the locale name in use.
QString installTranslations(const QString &override = {});

} // namespace plugboard
