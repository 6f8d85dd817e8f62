#include "jobs/categorize_job.h"

#include "store/category_repository.h"
#include "store/rule_search.h"
#include "text/tokenizer.h"

#include <algorithm>
#include <chrono>
#include <future>
#include <thread>
#include <unordered_map>

namespace tw::core {

Result<CategorizeReport> categorizeStore(Store& store, int threads, const ProgressSink& progress,
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

    constexpr int kBatch = 2000;
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
    const std::int64_t todo = *maxId - from;
    std::int64_t after = from;
    while (after < *maxId) {
        if (cancel && cancel->cancelled()) {
            report.cancelled = true;
            break;
        }
        auto batch = repo.verbatimsAfter(after, kBatch);
        if (!batch) return batch.error();
        if (batch->empty()) break;
        report.tested += static_cast<std::int64_t>(batch->size());
        auto [matches, through] = compute(std::move(batch.value()));
        if (auto st = repo.writeBatch(matches, through); !st) return st.error();
        report.matches += static_cast<std::int64_t>(matches.size());
        after = through;
        if (progress) {
            progress(Progress{static_cast<std::uint64_t>(after - from), 0, static_cast<std::uint64_t>(todo)});
        }
    }
    report.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    return report;
}

}  // namespace tw::core
