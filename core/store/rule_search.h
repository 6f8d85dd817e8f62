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
Status forEachRuleMatch(Store& store, std::string_view rule, const std::function<bool(const RuleHit&)>& sink,
                        MatchOrder order = MatchOrder::NewestFirst, const KeyRing* fullKeys = nullptr);

}  // namespace tw::core
