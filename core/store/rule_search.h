#pragma once
// Search a store with the rule language: an FTS5 prefilter derived from the rule narrows the
// candidates, the compiled rule decides and explains each match with spans. Newest first.

#include "governance/key_ring.h"
#include "rules/matcher.h"
#include "store/store.h"
#include "store/verbatim.h"
#include "util/result.h"

#include <cstdint>
#include <functional>
#include <string_view>

namespace tw::core {

struct BrowseFilter;

struct RuleHit {
    Verbatim verbatim;
    RuleMatch match;
};

// A stored verbatim as rules see it (agent turns and categories are the caller's to add).
RuleInput ruleInputFor(const Verbatim& v, const TokenizedText& tokens);

// Calls `sink` for each verbatim the rule matches until it returns false. Rule errors come back
// with their line:column.
// `order`: see MatchOrder.
// `fullKeys`: a reader who may read restricted text in full and holds the key to it; the
// sealed verbatims are then opened and matched too (after the others).
// `keepGoing`, when given, is asked before each candidate is tested; false stops the scan.
// `conditions`, when given: only verbatims meeting its conditions other than its search are
// tested (meetsConditions), and its dates narrow a newest-first walk.
// In MatchOrder::Any (the batch reads) the hits' verbatims carry their categories only when the
// rule or the conditions read them.
Status forEachRuleMatch(Store& store, std::string_view rule, const std::function<bool(const RuleHit&)>& sink,
                        MatchOrder order = MatchOrder::NewestFirst, const KeyRing* fullKeys = nullptr,
                        const std::function<bool()>& keepGoing = {}, const BrowseFilter* conditions = nullptr);

// A rule's match count, exact or estimated: past a time budget the scan stops and the count is
// extrapolated from the share of the full-text candidates verified so far.
struct RuleCount {
    std::int64_t matches = 0;     // matches among the candidates verified
    std::int64_t verified = 0;    // candidates verified
    std::int64_t candidates = 0;  // candidates in all (the full-text prefilter's, or every verbatim)
    [[nodiscard]] bool exact() const { return verified >= candidates; }
    // The count, or its extrapolation when the scan stopped early.
    [[nodiscard]] std::int64_t estimate() const;
};

// Counts the rule's matches, every stored verbatim included (sealed ones are not in the index and
// are left out). `onMatch` sees each match; `stop` is asked now and then and ends the scan early
// (a superseded preview). Stops after `budgetMs` milliseconds with what it has (0: no budget).
Result<RuleCount> countRuleMatches(Store& store, std::string_view rule, std::int64_t budgetMs,
                                   const std::function<void(const RuleHit&)>& onMatch = {},
                                   const std::function<bool()>& stop = {});

}  // namespace tw::core
