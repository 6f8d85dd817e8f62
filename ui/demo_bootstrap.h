#pragma once
// First run: the demo store lives in the user's data folder (QStandardPaths::AppDataLocation).
// When it is missing it is generated and imported on a worker thread.

#include "util/result.h"

#include <QString>

#include <string>

namespace tw::ui {

QString demoStorePath();

// Blocking; call from a worker thread. Writes the demo corpus next to the store and imports it.
core::Result<std::string> createDemoStore(const std::string& storePath);

}  // namespace tw::ui
