#pragma once
// tidewatch-cli export: what the signed-in role's browser shows for a filter, as CSV, JSON Lines
// or XLSX (store/view_export.h); with --reason, a legal reviewer's full-text export of the whole
// store (store/exporter.h).

#include "filter_options.h"

#include <string>

namespace tw::cli {

struct ExportArgs {
    std::string store, as, format, out, reason, purpose;
    FilterArgs where;
};

int runExport(const ExportArgs& args);

}  // namespace tw::cli
