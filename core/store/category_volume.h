#pragma once
// The category chart's volumes: verbatims per category, a verbatim counted once under every
// ancestor of its categories, for the whole store or one channel. Read from the matches they take
// a scan of every verbatim_category row (110 ms on a million verbatims, 300 ms for a channel);
// kept per category and channel they are a few hundred rows. Whatever changes the matches, the
// categories or the verbatims marks the kept volumes stale in its own transaction; categorisation,
// erasure and retention rebuild them when they finish. A stale store's volumes, and volumes for a
// label or a period, are read from the matches.

#include "store/category_repository.h"
#include "store/database.h"
#include "store/store.h"

#include <optional>
#include <vector>

namespace tw::core {

// Inside the caller's transaction.
void markCategoryVolumesStale(Database& db);
// Rebuilds the kept volumes when they are stale, in one transaction. Returns whether it did: not
// when they were fresh, nor for a store of over four million categories × channels (a channel
// per customer, say), whose volumes stay read from the matches.
Result<bool> refreshCategoryVolumes(Store& store);
// The kept volumes for `filter` (whole store or a channel), in taxonomy order; nullopt when they
// are stale or `filter` asks what they do not keep (a label, a period).
Result<std::optional<std::vector<CategoryCount>>> keptCategoryVolumes(Store& store, const BrowseFilter& filter);
// The same read from the matches, for any channel, label and period.
Result<std::vector<CategoryCount>> scannedCategoryVolumes(Store& store, const BrowseFilter& filter);

}  // namespace tw::core
