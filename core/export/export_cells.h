#pragma once
// The columns every export format writes, and one verbatim's values for them, typed so that each
// format writes them its own way (a number as a number, categories as a list). Internal to
// core/export.

#include "export/verbatim_writer.h"
#include "util/replacing_file.h"

#include <array>
#include <cstdint>
#include <memory>
#include <string>
#include <variant>
#include <vector>

namespace tw::core {

struct RawJson {
    std::string text;  // a JSON value as stored (the attributes object)
};

using ExportCell =
    std::variant<std::monostate, std::int64_t, double, bool, std::string, RawJson, std::vector<std::string>>;

inline constexpr std::array<const char*, 19> kExportColumns{
    "id",      "external_id", "channel",    "created_at", "customer",  "language", "rating",
    "consent", "text",        "attributes", "sentiment",  "label",     "anger",    "fear",
    "sadness", "joy",         "intensity",  "effort",     "categories"};

using ExportCells = std::array<ExportCell, kExportColumns.size()>;

// Analysis columns are empty (null) for a verbatim not analysed yet.
ExportCells exportCells(const Verbatim& v);

Result<std::unique_ptr<VerbatimWriter>> makeXlsxWriter(ReplacingFile target);

}  // namespace tw::core
