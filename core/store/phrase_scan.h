#pragma once
// Emerging phrases of a store (see analysis/emerging_phrases.h): the verbatims dated in a recent
// window against those of a baseline window just before it, optionally of one channel.

#include "analysis/emerging_phrases.h"
#include "store/store.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace tw::core {

struct PhraseQuery {
    std::int64_t since = 0;                    // recent window start, unix seconds UTC
    std::optional<std::int64_t> until;         // recent window end (exclusive); default: after the newest verbatim
    std::optional<std::int64_t> baselineFrom;  // default: four recent windows before `since`
    std::optional<std::string> channel;
    PhraseOptions options;
    // Verbatims carrying a flag of these types are left out (what the role may only count;
    // store/role_reader.h fills it).
    std::vector<std::string> leaveOutFlagTypes{};
};

struct PhraseReport {
    std::int64_t recentFrom = 0, recentUntil = 0, baselineFrom = 0;
    std::int64_t recentVerbatims = 0, baselineVerbatims = 0;
    std::vector<EmergingPhrase> phrases;
};

Result<PhraseReport> emergingPhrases(Store& store, const PhraseQuery& query);

// "2026-03-01" -> unix seconds at 00:00 UTC; nullopt when not a valid YYYY-MM-DD date.
std::optional<std::int64_t> parseIsoDay(std::string_view text);

}  // namespace tw::core
