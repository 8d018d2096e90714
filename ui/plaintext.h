// SPDX-License-Identifier: GPL-3.0-or-later
// Device strings (product names, serials, guests' names from another machine) shown as what they
// are: Qt renders a tool tip or a label that merely looks like HTML as HTML.
#pragma once

#include <QString>
#include <QVariant>

namespace plugboard::ui {

// A tool tip that Qt shows literally, line breaks kept.
inline QString plainToolTip(const QString &text)
{
    return text.isEmpty() ? text : QStringLiteral("<p style='white-space:pre-wrap'>%1</p>").arg(text.toHtmlEscaped());
}

inline QVariant plainToolTip(const QVariant &v)
{
    return v.typeId() == QMetaType::QString ? QVariant(plainToolTip(v.toString())) : v;
}

} // namespace plugboard::ui
