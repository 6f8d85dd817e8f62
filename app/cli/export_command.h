#pragma once
// tidewatch-cli export: what the signed-in role's browser shows for a filter, as CSV, JSON Lines
// or XLSX (store/view_export.h); with --reason, a legal reviewer's full-text export of the whole
// store (store/exporter.h).

#include <string>

namespace tw::cli {

struct ExportArgs {
    std::string store, as, format, out, reason, purpose;
    // The browser's filter: a rule (docs/rule-language.md), channel, sentiment label, first and
    // last day (YYYY-MM-DD, both included), category path.
    std::string filter, channel, label, since, until, category;
};

int runExport(const ExportArgs& args);

}  // namespace tw::cli
