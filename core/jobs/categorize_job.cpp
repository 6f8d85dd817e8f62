#include "jobs/categorize_job.h"

#include "store/category_repository.h"
#include "store/category_volume.h"
#include "store/rule_search.h"
#include "text/tokenizer.h"

#include <algorithm>
#include <chrono>
#include <future>
#include <optional>
#include <thread>
#include <unordered_map>

namespace tw::core {

namespace {
// Up to this many edited categories are re-applied by searching for each rule's matches.
constexpr std::size_t kSearchedAlone = 8;
}  // namespace

namespace {

Result<CategorizeReport> applyTaxonomy(Store& store, int threads, const ProgressSink& progress,
                                       const CancelToken* cancel) {
    const auto start = std::chrono::steady_clock::now();
    if (threads <= 0) threads = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    CategoryRepository repo(store);
    if (auto st = repo.ensureTaxonomy(); !st) return st.error();
    auto taxonomy = repo.taxonomy();
    if (!taxonomy) return taxonomy.error();
    auto states = repo.states();
    if (!states) return states.error();
    auto maxId = repo.maxVerbatimId();
    if (!maxId) return maxId.error();

    // Per taxonomy category: how far its current rule has been applied (by path).
    std::unordered_map<std::string, const CategoryState*> stateOf;
    for (const CategoryState& s : *states) stateOf.emplace(s.path, &s);
    const auto& cats = taxonomy->categories();
    std::vector<std::int64_t> appliedThrough(cats.size(), *maxId), categoryId(cats.size(), 0);
    CategorizeReport report;
    std::int64_t from = *maxId;
    for (std::size_t i = 0; i < cats.size(); ++i) {
        auto it = stateOf.find(cats[i].path);
        if (it == stateOf.end() || cats[i].rule.empty()) continue;
        categoryId[i] = it->second->id;
        appliedThrough[i] = it->second->appliedThrough;
        if (appliedThrough[i] < *maxId) ++report.categories;
        from = std::min(from, appliedThrough[i]);
    }

    // A few categories to apply from scratch (edited rules) while the rest are up to date: each
    // is searched on its own, the full-text index narrowing the verbatims its rule can match.
    std::vector<std::size_t> fresh;
    std::int64_t othersFrom = *maxId;
    for (std::size_t i = 0; i < cats.size(); ++i) {
        if (categoryId[i] == 0) continue;
        if (appliedThrough[i] == 0) {
            fresh.push_back(i);
        } else {
            othersFrom = std::min(othersFrom, appliedThrough[i]);
        }
    }
    std::size_t upToDate = 0;
    for (std::size_t i = 0; i < cats.size(); ++i) upToDate += categoryId[i] != 0 && appliedThrough[i] == *maxId ? 1 : 0;
    // Searching pays when the rest of the taxonomy is up to date; otherwise one scan serves all.
    const bool othersUpToDate = upToDate > 0 && othersFrom == *maxId;
    if (!fresh.empty() && fresh.size() <= kSearchedAlone && othersUpToDate) {
        for (std::size_t i : fresh) {
            if (cancel && cancel->cancelled()) {
                report.cancelled = true;
                break;
            }
            std::vector<CategoryMatch> matches;
            TokenizedText tokens;
            auto st = forEachRuleMatch(
                store, cats[i].rule,
                [&](const RuleHit& h) {
                    if (h.verbatim.id > *maxId) return true;  // imported meanwhile: the next run's
                    tokenize(h.verbatim.text, tokens);
                    matches.push_back(
                        {categoryId[i], h.verbatim.id, h.match.spans, sentencesOf(h.match.spans, tokens)});
                    return !(cancel && cancel->cancelled());
                },
                MatchOrder::Any);
            if (!st) return st.error();
            if (cancel && cancel->cancelled()) {
                report.cancelled = true;
                break;
            }
            if (auto w = repo.writeBatch(matches, *maxId, categoryId[i]); !w) return w.error();
            report.matches += static_cast<std::int64_t>(matches.size());
            appliedThrough[i] = *maxId;
        }
        report.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        return report;
    }

    // Verbatims a batch: each batch is one transaction, and every transaction rewrites the pages
    // of each category's end of the table; at 2,000 a batch that was a third of the write.
    constexpr int kBatch = 10000;
    auto compute = [&](std::vector<CategorizeInput> batch) {
        std::vector<std::vector<CategoryMatch>> perThread(static_cast<std::size_t>(threads));
        auto work = [&](std::size_t t, std::size_t lo, std::size_t hi) {
            TokenizedText tokens;
            for (std::size_t k = lo; k < hi; ++k) {
                const CategorizeInput& in = batch[k];
                tokenize(in.verbatim.text, tokens);
                RuleInput input = ruleInputFor(in.verbatim, tokens);
                input.agentTurns = in.agentTurns;
                for (CategoryAssignment& a : taxonomy->categorize(input)) {
                    const auto c = static_cast<std::size_t>(a.category);
                    if (categoryId[c] == 0 || in.verbatim.id <= appliedThrough[c]) continue;  // stored already
                    perThread[t].push_back({categoryId[c], in.verbatim.id, std::move(a.spans), std::move(a.sentences)});
                }
            }
        };
        const std::size_t n = batch.size(),
                          per = (n + static_cast<std::size_t>(threads) - 1) / static_cast<std::size_t>(threads);
        std::vector<std::thread> pool;
        for (std::size_t t = 1; t * per < n; ++t) pool.emplace_back(work, t, t * per, std::min(n, (t + 1) * per));
        work(0, 0, std::min(n, per));
        for (auto& th : pool) th.join();
        std::vector<CategoryMatch> all;
        for (auto& part : perThread) std::move(part.begin(), part.end(), std::back_inserter(all));
        return std::make_pair(std::move(all), batch.empty() ? std::int64_t{0} : batch.back().verbatim.id);
    };
    // A pipeline: while the workers match one batch, this thread stores the batch before it and
    // reads the batch after it (the store's reads and writes take as long as the matching).
    const bool withCategories = taxonomy->usesField("category");
    const std::int64_t todo = *maxId - from;
    auto read = [&](std::int64_t after) -> Result<std::vector<CategorizeInput>> {
        if (after >= *maxId) return std::vector<CategorizeInput>{};
        return repo.verbatimsAfter(after, kBatch, withCategories);
    };
    auto keep = [&](const std::pair<std::vector<CategoryMatch>, std::int64_t>& done) -> Status {
        if (auto st = repo.writeBatch(done.first, done.second); !st) return st;
        report.matches += static_cast<std::int64_t>(done.first.size());
        if (progress) {
            progress(Progress{static_cast<std::uint64_t>(done.second - from), 0, static_cast<std::uint64_t>(todo)});
        }
        return Ok{};
    };
    auto batch = read(from);
    std::optional<std::pair<std::vector<CategoryMatch>, std::int64_t>> matched;  // not stored yet
    while (batch) {
        std::future<std::pair<std::vector<CategoryMatch>, std::int64_t>> matching;
        const bool more = !batch->empty() && !(cancel && cancel->cancelled());
        if (!batch->empty() && !more) report.cancelled = true;
        std::int64_t last = from;
        if (more) {
            report.tested += static_cast<std::int64_t>(batch->size());
            last = batch->back().verbatim.id;
            matching = std::async(std::launch::async, compute, std::move(batch.value()));
        }
        // (On an error below, `matching`'s destructor waits for the workers.)
        if (matched) {
            if (auto st = keep(*matched); !st) return st.error();
            matched.reset();
        }
        if (!more) break;
        batch = read(last);
        matched = matching.get();
    }
    if (!batch) return batch.error();
    report.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    return report;
}

}  // namespace

Result<CategorizeReport> categorizeStore(Store& store, int threads, const ProgressSink& progress,
                                         const CancelToken* cancel) {
    auto report = applyTaxonomy(store, threads, progress, cancel);
    // The chart's volumes follow a finished run (a cancelled one leaves them to the next).
    if (report && !report->cancelled) {
        const auto start = std::chrono::steady_clock::now();
        if (auto volumes = refreshCategoryVolumes(store); !volumes) return volumes.error();
        report->seconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    }
    return report;
}

}  // namespace tw::core
