#include "jobs/analyze_job.h"

#include "store/analysis_repository.h"
#include "util/json_text.h"

#include <chrono>
#include <cmath>
#include <thread>

namespace tw::core {

namespace {

std::string explainJson(const TextAnalysis& a) {
    std::string out = "[";
    char num[256];
    for (const auto& c : a.contributions) {
        if (out.size() > 1) out += ',';
        std::snprintf(num, sizeof num, "{\"start\":%zu,\"end\":%zu,\"valence\":%.3f,\"weight\":%.3f,\"sentence\":%zu,\"term\":",
                      c.startCp, c.endCp, c.valence, c.weight, c.sentence);
        out += num;
        appendJsonString(out, c.term);
        out += ",\"rules\":[";
        for (std::size_t k = 0; k < c.rules.size(); ++k) {
            if (k) out += ',';
            appendJsonString(out, c.rules[k]);
        }
        out += "]}";
    }
    return out + "]";
}

StoredAnalysis toStored(std::int64_t id, const TextAnalysis& a) {
    StoredAnalysis s;
    s.verbatimId = id;
    s.language = a.language;
    s.languageConfidence = a.languageConfidence;
    s.sentiment = a.score;
    s.label = a.label;
    for (int e = 0; e < 4; ++e) s.emotions[static_cast<std::size_t>(e)] = a.emotions[static_cast<std::size_t>(e)];
    s.intensity = a.intensity;
    s.effort = a.effort;
    s.urgency = a.urgency;
    s.explain = explainJson(a);
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
    constexpr int kBatch = 4000;
    std::int64_t after = 0;
    for (;;) {
        if (cancel && cancel->cancelled()) {
            report.cancelled = true;
            break;
        }
        auto batch = repo.pending(analyzer.version(), after, kBatch);
        if (!batch) return batch.error();
        if (batch->empty()) break;
        after = batch->back().id;
        std::vector<StoredAnalysis> results(batch->size());
        // Analysis is pure and the analyzer immutable: split the batch across threads.
        auto work = [&](std::size_t from, std::size_t to) {
            for (std::size_t i = from; i < to; ++i) {
                const auto& v = (*batch)[i];
                results[i] = toStored(v.id, analyzer.analyze(v.text, v.language, v.agentTurns));
            }
        };
        std::vector<std::thread> pool;
        std::size_t n = batch->size(), per = (n + static_cast<std::size_t>(threads) - 1) / static_cast<std::size_t>(threads);
        for (std::size_t from = per; from < n; from += per) pool.emplace_back(work, from, std::min(n, from + per));
        work(0, std::min(n, per));
        for (auto& t : pool) t.join();
        if (auto st = repo.write(analyzer.version(), results); !st) return st.error();
        report.analysed += static_cast<std::int64_t>(n);
        if (progress) {
            progress(Progress{static_cast<std::uint64_t>(report.analysed), 0, static_cast<std::uint64_t>(report.pendingBefore)});
        }
    }
    report.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    return report;
}

}  // namespace tw::core
