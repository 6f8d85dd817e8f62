// tidewatch-bench browse STORE [--query TEXT]: what the verbatim browser costs on a big store.
// Times the browse index (row count + every 200th key), a page fetched by keyset seek from the
// middle and from the end, the same with a search filter, a first-20 search, and the first page
// the search box shows an analyst (restricted verbatims left out, text redacted).
#include "store/category_repository.h"
#include "store/category_volume.h"
#include "store/role_reader.h"
#include "store/rule_search.h"
#include "store/verbatim_reader.h"

#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <string>
#include <tuple>

namespace {
template <class F>
double millis(F&& f) {
    auto start = std::chrono::steady_clock::now();
    f();
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
}
}  // namespace

int runBrowseBench(int argc, char** argv) {
    if (argc < 1) {
        std::fprintf(stderr, "usage: tidewatch-bench browse STORE [--query TEXT]\n");
        return 2;
    }
    std::string query = "\"never arrived\"";
    for (int i = 1; i + 1 < argc; ++i) {
        if (!std::strcmp(argv[i], "--query")) query = argv[i + 1];
    }
    auto store = tw::core::Store::open(argv[0], tw::core::Store::Access::ReadOnly);
    if (!store) {
        std::fprintf(stderr, "%s\n", store.error().describe().c_str());
        return 1;
    }
    tw::core::VerbatimReader reader(*store);
    const int pageSize = 200;
    std::int64_t newest = 0;
    for (const tw::core::BrowseFilter& filter : {tw::core::BrowseFilter{}, tw::core::BrowseFilter{.search = query}}) {
        tw::core::Result<tw::core::BrowseIndex> idx = tw::core::makeError("not run");
        double tIndex = millis([&] { idx = reader.index(filter, pageSize); });
        if (!idx) {
            std::fprintf(stderr, "%s\n", idx.error().describe().c_str());
            return 1;
        }
        if (filter.search.empty() && !idx->anchors.empty()) newest = idx->anchors.front().sortTime;
        std::size_t mid = idx->anchors.size() / 2, last = idx->anchors.empty() ? 0 : idx->anchors.size() - 1;
        double tMid = 0, tLast = 0;
        if (!idx->anchors.empty()) {
            tMid = millis([&] { (void)reader.page(filter, idx->anchors[mid], pageSize); });
            tLast = millis([&] { (void)reader.page(filter, idx->anchors[last], pageSize); });
        }
        std::printf("%-28s rows %9lld  index %8.1f ms  page (middle) %6.1f ms  page (end) %6.1f ms\n",
                    filter.search.empty() ? "all verbatims" : ("search " + filter.search).c_str(),
                    static_cast<long long>(idx->total), tIndex, tMid, tLast);
    }
    double tSearch = millis([&] { (void)reader.search(query, 20); });
    std::printf("first 20 hits of %s, newest first: %.1f ms\n", query.c_str(), tSearch);
    auto analyst = tw::core::RoleReader::open(
        *store, tw::core::AccessContext::of({}, tw::core::Role::Analyst, tw::core::Policies::defaults()));
    if (!analyst) {
        std::fprintf(stderr, "%s\n", analyst.error().describe().c_str());
        return 1;
    }
    double tFirstPage = millis([&] { (void)analyst->search(query, pageSize); });
    std::printf("first page (%d) of %s as an analyst's browser shows it: %.1f ms\n", pageSize, query.c_str(),
                tFirstPage);
    // The same with another filter besides the search (the browser gives up on its first page
    // after 250 ms and shows the rows it has).
    // The top-level categories with the fewest and the most verbatims: a narrow and a broad filter.
    std::string narrow, broad;
    std::int64_t fewest = INT64_MAX, most = 0;
    if (auto counts = tw::core::CategoryRepository(*store).counts({}); counts) {
        for (const auto& c : *counts) {
            if (c.path.find('/') != std::string::npos || c.verbatims == 0) continue;
            if (c.verbatims < fewest) std::tie(fewest, narrow) = std::make_pair(c.verbatims, c.path);
            if (c.verbatims > most) std::tie(most, broad) = std::make_pair(c.verbatims, c.path);
        }
    }
    std::vector<std::pair<std::string, tw::core::BrowseFilter>> combined = {
        {"channel call", {.search = query, .channel = "call"}},
        {"label negative", {.search = query, .label = "negative"}},
        {"the last 30 days", {.search = query, .from = newest - 30 * 86400}},
        {"the first 30 days", {.search = query, .until = newest - 335 * 86400}},
    };
    for (const auto& [path, n] : {std::make_pair(narrow, fewest), std::make_pair(broad, most)}) {
        if (!path.empty())
            combined.emplace_back("category " + path + " (" + std::to_string(n) + " verbatims)",
                                  tw::core::BrowseFilter{.search = query, .category = path});
    }
    for (const auto& [what, filter] : combined) {
        std::size_t rows = 0;
        double t = millis([&] {
            auto hits = analyst->search(filter, pageSize, 250);
            rows = hits ? hits->size() : 0;
        });
        std::printf("first page (%d) of %s and %s as an analyst's browser shows it: %zu rows in %.1f ms\n", pageSize,
                    query.c_str(), what.c_str(), rows, t);
    }
    // The category chart's volumes (every category, ancestors counting a verbatim once): kept
    // after categorisation, and read from the matches (a store changed since; a label or a period).
    tw::core::CategoryRepository categories(*store);
    for (const auto& [what, filter] : std::vector<std::pair<std::string, tw::core::BrowseFilter>>{
             {"the whole store", {}}, {"channel call", {.channel = "call"}}}) {
        std::size_t n = 0;
        double t = millis([&] {
            auto counts = categories.counts(filter);
            n = counts ? counts->size() : 0;
        });
        auto kept = tw::core::keptCategoryVolumes(*store, filter);
        double tScan = millis([&] { (void)tw::core::scannedCategoryVolumes(*store, filter); });
        std::printf("volume of each of %zu categories, %s: %.1f ms (%s; read from the matches: %.1f ms)\n", n,
                    what.c_str(), t, kept && *kept ? "kept" : "not kept: read from the matches", tScan);
    }
    // A bar's verbatims in the browser: the category filter's index, and its first page.
    for (const auto& [path, n] : {std::make_pair(narrow, fewest), std::make_pair(broad, most)}) {
        if (path.empty()) continue;
        const tw::core::BrowseFilter filter{.category = path};
        std::int64_t rows = 0;
        double tIndex = millis([&] {
            auto idx = reader.index(filter, pageSize);
            rows = idx ? idx->total : -1;
        });
        double tPage = millis([&] { (void)reader.page(filter, {INT64_MAX, INT64_MAX}, pageSize); });
        std::printf("category %s (%lld verbatims): index %.1f ms, first page %.1f ms\n", path.c_str(),
                    static_cast<long long>(rows), tIndex, tPage);
    }
    // The taxonomy editor's live count: within its budget, exact or estimated.
    tw::core::Result<tw::core::RuleCount> live = tw::core::makeError("not run");
    double tLive = millis([&] { live = tw::core::countRuleMatches(*store, query, 600); });
    if (live)
        std::printf("live count of %s: %s%lld in %.0f ms (%lld of %lld candidates verified)\n", query.c_str(),
                    live->exact() ? "" : "about ", static_cast<long long>(live->estimate()), tLive,
                    static_cast<long long>(live->verified), static_cast<long long>(live->candidates));
    return 0;
}
