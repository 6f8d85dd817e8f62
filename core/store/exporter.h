#pragma once
// Streams every verbatim of a store out as JSON Lines or CSV (RFC 4180), in id order, in
// constant memory, with personal data in the text replaced by type tags ([EMAIL]). Later
// releases route this through the signed-in role's access context.

#include "store/store.h"
#include "util/result.h"

#include <cstdint>
#include <ostream>
#include <string>

namespace tw::core {

enum class ExportFormat { JsonLines, Csv };

// Returns the number of verbatims written.
Result<std::int64_t> exportVerbatims(Store& store, ExportFormat format, std::ostream& out);

}  // namespace tw::core
