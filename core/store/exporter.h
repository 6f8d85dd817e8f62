#pragma once
// Streams every verbatim of a store out as JSON Lines or CSV (RFC 4180), in id order, in
// constant memory, with personal data in the text replaced by type tags ([EMAIL]), leaving out
// what the signed-in role may only count.

#include "store/store.h"
#include "util/result.h"

#include <cstdint>
#include <ostream>
#include <string>
#include <unordered_set>

namespace tw::core {

enum class ExportFormat { JsonLines, Csv };

// Returns the number of verbatims written; those in `hidden` (what the exporting role may only
// count) are left out.
Result<std::int64_t> exportVerbatims(Store& store, ExportFormat format, std::ostream& out,
                                     const std::unordered_set<std::int64_t>* hidden = nullptr);

}  // namespace tw::core
