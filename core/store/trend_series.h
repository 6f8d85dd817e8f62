#pragma once
// The tsunami radar's input from a store: daily counts per leaf category × channel (one grouped
// pass over the category matches, not a scan per topic) with each channel's daily totals, the
// anger of the analysed ones, and sample verbatims of a finding. Sensitive categories are never
// trend topics (they are not segments).

#include "store/store.h"
#include "trends/trend_detector.h"

#include <cstdint>
#include <optional>
#include <vector>

namespace tw::core {

struct TrendWindow {
    std::optional<std::int64_t> since, until;  // unix seconds, [since, until); the store's span by default
};

Result<TrendSeries> loadCategorySeries(Store& store, const TrendWindow& window);

// Up to `limit` verbatims of the finding's topic in its channels and days, oldest first.
Result<std::vector<std::int64_t>> findingSampleIds(Store& store, const TrendFinding& finding, int limit);

}  // namespace tw::core
