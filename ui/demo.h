// SPDX-License-Identifier: GPL-3.0-or-later
// `plugboard --demo`: the sample host is a diagnostic bundle shipped in the resources (made by
// resources/demo/make-demo-bundle.py with `plugboardctl collect --redact`), unpacked into a
// temporary directory and read by the same code as a live host.
#pragma once

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace plugboard::ui {

struct DemoHost
{
    std::unique_ptr<QTemporaryDir> scratch; // removed with the demo
    QString root; // the bundle directory: DIR/sys/... as under /
    QString error; // why the demo could not be unpacked
};

DemoHost unpackDemoHost();

} // namespace plugboard::ui
