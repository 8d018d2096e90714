// SPDX-License-Identifier: GPL-3.0-or-later
// Icons for device categories, controllers and ports (SVGs in resources/icons, theme icons first).
#pragma once

#include "host/usbtypes.h"

#include <QIcon>

namespace plugboard::ui {

class DeviceIcons
{
public:
    static QIcon forCategory(host::DeviceCategory category);
    static QString categoryName(host::DeviceCategory category);
    static QIcon controller();
    static QIcon emptyPort();
    static QIcon usedPort();
    static QIcon application();
    static QIcon guest();
};

} // namespace plugboard::ui
