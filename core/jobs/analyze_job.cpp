#include "jobs/analyze_job.h"

#include "analysis/explanation_codec.h"

#include "store/analysis_repository.h"
#include "store/category_repository.h"
#include "store/database.h"

#include <chrono>
#include <cmath>
#include <future>
#include <thread>

namespace tw::core {

namespace {

StoredAnalysis toStored(const PendingVerbatim& v, const TextAnalysis& a) {
    StoredAnalysis s;
    s.verbatimId = v.id;
    s.replaces = v.hadResult;
    s.language = a.language;
    s.languageConfidence = a.languageConfidence;
    s.sentiment = a.score;
    s.label = std::string(a.label);
    for (int e = 0; e < 4; ++e) s.emotions[static_cast<std::size_t>(e)] = a.emotions[static_cast<std::size_t>(e)];
    s.intensity = a.intensity;
    s.effort = a.effort;
    s.urgency = a.urgency;
    s.explain = encodeExplanation(a.contributions);
    for (const auto& sen : a.sentences) s.sentences.push_back({sen.startCp, sen.endCp, sen.score});
    return s;
}

}  // namespace

Result<AnalyzeReport> analyzeStore(Store& store, const SentimentAnalyzer& analyzer, int threads,
                                   const ProgressSink& progress, const CancelToken* cancel) {
    auto start = std::chrono::steady_clock::now();
    if (threads <= 0) threads = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    AnalysisRepository repo(store);
    AnalyzeReport report;
    report.analyzer = analyzer.version();
    auto pendingCount = repo.countPending(analyzer.version());
    if (!pendingCount) return pendingCount.error();
    report.pendingBefore = *pendingCount;
    // As for imports: a larger page cache and fewer checkpoints while writing many results.
    try {
        store.db().exec("PRAGMA cache_size = -65536");
        store.db().exec("PRAGMA wal_autocheckpoint = 16384");
    } catch (const SqlError& e) {
        return makeError(explainSqlError(e), store.path());
    }
    constexpr int kBatch = 4000;
    std::int64_t after = 0;
    auto fetch = [&]() -> Result<std::vector<PendingVerbatim>> {
        auto batch = repo.pending(analyzer.version(), after, kBatch);
        if (batch && !batch->empty()) after = batch->back().id;
        return batch;
    };
    // Analysis is pure and the analyzer immutable: a batch is split across threads.
    auto compute = [&analyzer, threads](std::vector<PendingVerbatim> batch) {
        std::vector<StoredAnalysis> results(batch.size());
        auto work = [&](std::size_t from, std::size_t to) {
            for (std::size_t i = from; i < to; ++i) {
                const auto& v = batch[i];
                results[i] = toStored(v, analyzer.analyze(v.text, v.language, v.agentTurns));
            }
        };
        std::vector<std::thread> pool;
        std::size_t n = batch.size(),
                    per = (n + static_cast<std::size_t>(threads) - 1) / static_cast<std::size_t>(threads);
        for (std::size_t from = per; from < n; from += per) pool.emplace_back(work, from, std::min(n, from + per));
        work(0, std::min(n, per));
        for (auto& t : pool) t.join();
        return results;
    };
    // Pipeline: the next batch is analysed while this thread writes the previous one.
    auto first = fetch();
    if (!first) return first.error();
    std::future<std::vector<StoredAnalysis>> inflight;
    if (!first->empty()) inflight = std::async(std::launch::async, compute, std::move(first.value()));
    while (inflight.valid()) {
        std::vector<StoredAnalysis> results = inflight.get();
        bool stop = cancel && cancel->cancelled();
        if (!stop) {
            auto next = fetch();
            if (!next) return next.error();
            if (!next->empty()) inflight = std::async(std::launch::async, compute, std::move(next.value()));
        }
        if (auto st = repo.write(analyzer.version(), results); !st) {
            if (inflight.valid()) inflight.wait();
            return st.error();
        }
        report.analysed += static_cast<std::int64_t>(results.size());
        if (progress) {
            progress(Progress{static_cast<std::uint64_t>(report.analysed), 0,
                              static_cast<std::uint64_t>(report.pendingBefore)});
        }
        if (stop) {
            report.cancelled = true;
            break;
        }
    }
    try {
        store.db().exec("PRAGMA wal_autocheckpoint = 1000");
    } catch (const SqlError&) {
        // only a tuning knob
    }
    // Categories whose rules read sentiment, emotions or language were applied to what analysis
    // said before: they are applied again (by the next categorisation) to what it says now.
    if (report.analysed > 0) {
        auto redo = CategoryRepository(store).forgetAnalysisDependent();
        if (!redo) return redo.error();
        report.categoriesToRedo = *redo;
    }
    report.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    return report;
}

Result<SentimentAnalyzer> analyzerForStore(Store& store, const std::vector<std::string>& extraLexicons) {
    auto overrides = AnalysisRepository(store).lexiconOverrides();
    if (!overrides) return overrides.error();
    return SentimentAnalyzer::create(extraLexicons, *overrides);
}

}  // namespace tw::core
