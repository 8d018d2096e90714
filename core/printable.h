// SPDX-License-Identifier: GPL-3.0-or-later
// Text from a device, a bundle, a guest or a log made safe to show on a terminal.
#pragma once

#include <QString>

namespace plugboard {

// Control characters become visible as \xHH (\u202e for the Unicode ones): an escape sequence in a
// product string or a log line would otherwise clear the screen, set the window title or hide
// text (a carriage return, a bidirectional override). Newlines and tabs stay.
QString printable(const QString &text);

} // namespace plugboard
