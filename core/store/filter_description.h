#pragma once
// A browse filter in words, for audit entries, report covers and export summaries:
// "search 'refund*'; channel app; 2026-01-01 to 2026-01-31; category Billing; sentiment negative",
// or "all verbatims".

#include "store/verbatim_reader.h"

#include <string>

namespace tw::core {

std::string describeFilter(const BrowseFilter& filter);

}  // namespace tw::core
