// VerbatimReader's search: the first hits of a rule, or of a whole filter, newest first, each with
// a snippet cut from the text as the reader shows it.
#include "store/verbatim_reader.h"

#include "rules/category_path.h"
#include "rules/kwic.h"
#include "store/redacted_view.h"
#include "store/rule_search.h"

#include <algorithm>
#include <chrono>

namespace tw::core {

// As the browse queries (whereFor) read them.
bool meetsConditions(const BrowseFilter& f, const Verbatim& v) {
    const std::int64_t sortTime = v.createdAt.value_or(0);
    if ((f.channel && v.channel != *f.channel) || (f.label && v.label != *f.label) || (f.from && sortTime < *f.from) ||
        (f.until && sortTime >= *f.until))
        return false;
    if (!f.category) return true;
    const std::string& c = *f.category;
    return std::any_of(v.categories.begin(), v.categories.end(),
                       [&](const std::string& path) { return withinCategory(path, c); });
}

Result<std::vector<SearchHit>> VerbatimReader::search(const std::string& rule, int limit) {
    return search(BrowseFilter{.search = rule}, limit);
}

Result<std::vector<SearchHit>> VerbatimReader::search(const BrowseFilter& filter, int limit, std::int64_t budgetMs) {
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(budgetMs);
    std::int64_t tested = 0;
    auto keepGoing = [&] { return budgetMs <= 0 || ++tested % 64 != 0 || std::chrono::steady_clock::now() < deadline; };
    std::vector<SearchHit> out;
    std::vector<std::vector<MatchSpan>> spans;
    // What this reader may only count stays out of the hits.
    auto hiddenSet = hiddenIds();
    if (!hiddenSet) return hiddenSet.error();
    const std::unordered_set<std::int64_t>& hidden = *hiddenSet;
    auto st = forEachRuleMatch(
        store_, filter.search,
        [&](const RuleHit& h) {
            if (hidden.count(h.verbatim.id)) return true;
            out.push_back({h.verbatim, {}});
            spans.push_back(h.match.spans);
            return static_cast<int>(out.size()) < limit;
        },
        MatchOrder::NewestFirstFew, fullKeys(), keepGoing, &filter);
    if (!st) return st.error();
    // Snippets are cut from the redacted text, the matches moved onto it.
    std::vector<Verbatim*> shown;
    for (SearchHit& hit : out) shown.push_back(&hit.verbatim);
    std::vector<Redacted> maps;
    if (auto r = present(shown, &maps); !r) return r.error();
    for (std::size_t i = 0; i < out.size(); ++i) {
        out[i].snippet = markedSnippet(out[i].verbatim.text, moveSpans(maps[i], spans[i]));
    }
    return out;
}

}  // namespace tw::core
