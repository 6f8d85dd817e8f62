#include "jobs/risk_job.h"

#include "store/sealed_text.h"

#include "risk/pii.h"
#include "store/risk_repository.h"
#include "text/tokenizer.h"

#include <chrono>
#include <future>
#include <thread>

namespace tw::core {

std::string riskDetectorVersion(const EscalationDetector& rules) {
    return std::string("pii/") + TW_VERSION + " escalation/" + rules.version();
}

Result<RiskScanReport> scanRisks(Store& store, int threads, const ProgressSink& progress, const CancelToken* cancel,
                                 std::int64_t now) {
    const auto start = std::chrono::steady_clock::now();
    if (threads <= 0) threads = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    if (now == 0) {
        now = std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch())
                  .count();
    }
    RiskRepository repo(store);
    auto rules = repo.escalationRules();
    if (!rules) return rules.error();
    auto threshold = repo.escalationThreshold();
    if (!threshold) return threshold.error();
    RiskScanReport report;
    report.detector = riskDetectorVersion(**rules);
    auto pendingCount = repo.countPending(report.detector);
    if (!pendingCount) return pendingCount.error();
    report.pendingBefore = *pendingCount;

    const PiiDetector& pii = PiiDetector::builtin();
    const EscalationDetector& detector = **rules;
    auto compute = [&](std::vector<PendingVerbatim> batch) {
        std::vector<RiskScanResult> results(batch.size());
        auto work = [&](std::size_t from, std::size_t to) {
            TokenizedText tokens;
            for (std::size_t i = from; i < to; ++i) {
                const PendingVerbatim& v = batch[i];
                tokenize(v.text, tokens);
                const std::string_view lang = v.language ? std::string_view(*v.language) : std::string_view();
                RuleInput input;
                input.text = v.text;
                input.tokens = &tokens;
                input.agentTurns = v.agentTurns;
                input.channel = v.channel;
                input.language = lang;
                results[i] = {v.id, pii.find(v.text, tokens, lang), detector.detect(input)};
            }
        };
        const std::size_t n = batch.size(),
                          per = (n + static_cast<std::size_t>(threads) - 1) / static_cast<std::size_t>(threads);
        std::vector<std::thread> pool;
        for (std::size_t from = per; from < n; from += per) pool.emplace_back(work, from, std::min(n, from + per));
        work(0, std::min(n, per));
        for (auto& t : pool) t.join();
        return results;
    };

    // Pipeline, as for analysis: the next batch is scanned while this thread reads the one after
    // it and writes the one before (reading and writing a batch take about as long as scanning it).
    constexpr int kBatch = 4000;
    std::int64_t after = 0;
    auto fetch = [&]() -> Result<std::vector<PendingVerbatim>> {
        auto batch = repo.pending(report.detector, after, kBatch);
        if (batch && !batch->empty()) after = batch->back().id;
        return batch;
    };
    std::future<std::vector<RiskScanResult>> inflight;
    if (cancel && cancel->cancelled()) {
        report.cancelled = true;
    } else {
        auto first = fetch();
        if (!first) return first.error();
        if (!first->empty()) inflight = std::async(std::launch::async, compute, std::move(first.value()));
    }
    while (inflight.valid()) {
        const std::vector<RiskScanResult> results = inflight.get();
        const bool stop = cancel && cancel->cancelled();
        if (!stop) {
            auto next = fetch();
            if (!next) return next.error();
            if (!next->empty()) inflight = std::async(std::launch::async, compute, std::move(next.value()));
        }
        auto written = repo.write(report.detector, results, detector, *threshold, now);
        if (!written) {
            if (inflight.valid()) inflight.wait();
            return written.error();
        }
        report.opened += written->opened;
        report.merged += written->merged;
        for (const RiskScanResult& r : results) {
            bool personal = false;
            for (const PiiFinding& f : r.pii) personal = personal || !f.masked;
            report.withPii += personal ? 1 : 0;
            report.flagged += r.flags.empty() ? 0 : 1;
        }
        report.scanned += static_cast<std::int64_t>(results.size());
        if (progress) {
            progress(Progress{static_cast<std::uint64_t>(report.scanned), 0,
                              static_cast<std::uint64_t>(report.pendingBefore)});
        }
        if (stop) {
            report.cancelled = true;
            break;
        }
    }
    // What is now restricted is sealed at rest (nothing when the store has no users and so no keys).
    auto sealed = sealRestricted(store);
    if (!sealed) return sealed.error();
    report.sealed = *sealed;
    report.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    return report;
}

}  // namespace tw::core
