#include "store/kwic_query.h"

#include "store/redacted_view.h"

#include "store/rule_search.h"
#include "util/civil_time.h"

#include <algorithm>

namespace tw::core {

namespace {
std::string csvField(const std::string& s) {
    std::string out = "\"";
    for (char c : s) out += c == '"' ? std::string("\"\"") : std::string(1, c);
    return out + "\"";
}
}  // namespace

Result<std::vector<KwicRow>> kwicQuery(Store& store, std::string_view rule, std::size_t width, std::size_t limit,
                                       KwicSort sort, const std::unordered_set<std::int64_t>* hidden) {
    std::vector<std::pair<std::string, KwicRow>> keyed;
    auto st = forEachRuleMatch(store, rule, [&](const RuleHit& h) {
        if (hidden && hidden->count(h.verbatim.id)) return true;
        // Lines are cut from the redacted text: personal data never shows in a concordance.
        const RedactedSpans shown = redactWithSpans(h.verbatim.text, h.match.spans);
        for (auto& line : kwicLines(shown.text, shown.spans, width)) {
            KwicRow r{h.verbatim.id, h.verbatim.createdAt ? formatIsoDate(*h.verbatim.createdAt) : "",
                      h.verbatim.channel, std::move(line)};
            std::string key = kwicSortKey(r.line, sort);
            keyed.emplace_back(std::move(key), std::move(r));
        }
        return keyed.size() < limit;
    });
    if (!st) return st.error();
    if (keyed.size() > limit) keyed.resize(limit);
    if (sort != KwicSort::Source) {
        std::stable_sort(keyed.begin(), keyed.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    }
    std::vector<KwicRow> rows;
    rows.reserve(keyed.size());
    for (auto& [key, row] : keyed) rows.push_back(std::move(row));
    return rows;
}

std::string kwicCsv(const std::vector<KwicRow>& rows) {
    std::string out = "id,date,channel,left,match,right\n";
    for (const auto& r : rows) {
        out += std::to_string(r.verbatimId) + ',' + r.date + ',' + csvField(r.channel) + ',' + csvField(r.line.left) +
               ',' + csvField(r.line.match) + ',' + csvField(r.line.right) + '\n';
    }
    return out;
}

}  // namespace tw::core
