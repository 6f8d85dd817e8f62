#pragma once
// Score explanations as the store keeps them. The JSON array readers see ([{"start":..,"end":..,
// "valence":..,"weight":..,"sentence":..,"term":"..","rules":[..]}, ...]) averaged 680 bytes a
// verbatim, three times its text, and writing it was half of `analyze`'s time on 1M verbatims.
// Stored, the same contributions are a compact record instead: a tag byte (1), the count, and per
// contribution variable-length integers (start as a signed step from the previous one, length,
// valence and weight in thousandths with their sign, sentence as a signed step) and the term and
// rules as strings, each string written once per record and referred back to after that. Read
// back, the record gives byte for byte the JSON the analyzer's contributions give.

#include "analysis/sentiment_analyzer.h"

#include <string>
#include <string_view>
#include <vector>

namespace tw::core {

// The JSON array of these contributions, numbers with three decimals.
std::string explanationJson(const std::vector<Contribution>& contributions);

// What the store keeps: the compact record, or the JSON itself when a number does not fit it
// (a valence of 1e20 from a user's lexicon, say).
std::string encodeExplanation(const std::vector<Contribution>& contributions);

// The JSON of what the store keeps. Text that is not a compact record (JSON written by earlier
// versions, "[]") is returned as it is; a damaged record reads as "[]" (no contributions shown,
// nothing made up).
std::string storedExplanationJson(std::string_view stored);

}  // namespace tw::core
