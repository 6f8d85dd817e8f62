#pragma once
// A keyword-in-context concordance of a store: every match of a rule with its left and right
// context, newest first or sorted by the words around the match, and its CSV form.

#include "rules/kwic.h"
#include "store/store.h"

#include <cstdint>
#include <string>
#include <unordered_set>
#include <vector>

namespace tw::core {

struct KwicRow {
    std::int64_t verbatimId = 0;
    std::string date;  // YYYY-MM-DD, empty when undated
    std::string channel;
    KwicLine line;
};

// Up to `limit` lines of the rule's matches with `width` code points of context each side,
// leaving out the verbatims in `hidden` (those the reader's role may only count).
Result<std::vector<KwicRow>> kwicQuery(Store& store, std::string_view rule, std::size_t width, std::size_t limit,
                                       KwicSort sort, const std::unordered_set<std::int64_t>* hidden = nullptr);
// id,date,channel,left,match,right with a header row, RFC 4180 quoting.
std::string kwicCsv(const std::vector<KwicRow>& rows);

}  // namespace tw::core
