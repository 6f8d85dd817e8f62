#pragma once
// Applies the store's taxonomy to its verbatims, incrementally: each category is applied only to
// the verbatims its current rule has not been tested on (new imports, or all of them for a rule
// that was just edited), on a pool of worker threads, writing matches with spans and sentences
// in batches. Stops between batches when cancelled; what was written stays and a later run
// continues from there. A finished run rebuilds the category chart's volumes (store/category_volume.h).

#include "jobs/progress.h"
#include "store/store.h"

#include <cstdint>

namespace tw::core {

struct CategorizeReport {
    std::int64_t tested = 0;      // verbatims read
    std::int64_t matches = 0;     // category matches stored
    std::int64_t categories = 0;  // categories with work to do
    bool cancelled = false;
    double seconds = 0.0;
};

Result<CategorizeReport> categorizeStore(Store& store, int threads = 0, const ProgressSink& progress = {},
                                         const CancelToken* cancel = nullptr);

}  // namespace tw::core
