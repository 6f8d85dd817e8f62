#pragma once
// Analyses the verbatims of a store that have no result from this analyzer version yet, on a
// pool of worker threads (all cores by default), writing results in batches from the calling
// thread. Incremental: a second run does nothing; a new import or a changed lexicon analyses only
// what it must. Stops between batches when cancelled; what was written stays.

#include "analysis/sentiment_analyzer.h"
#include "jobs/progress.h"
#include "store/store.h"

#include <cstdint>

namespace tw::core {

struct AnalyzeReport {
    std::int64_t analysed = 0;
    std::int64_t pendingBefore = 0;
    bool cancelled = false;
    std::string analyzer;
    double seconds = 0.0;
    int categoriesToRedo = 0;  // categories whose rules read analysis, to be applied again
};

Result<AnalyzeReport> analyzeStore(Store& store, const SentimentAnalyzer& analyzer, int threads = 0,
                                   const ProgressSink& progress = {}, const CancelToken* cancel = nullptr);

// The analyzer for a store: built-in lexicons, `extraLexicons`, then the store's own entries.
Result<SentimentAnalyzer> analyzerForStore(Store& store, const std::vector<std::string>& extraLexicons = {});

}  // namespace tw::core
