#pragma once
// The tsunami radar's input from a store: daily counts per topic × channel with each channel's
// daily totals and the anger of the analysed verbatims, and sample verbatims of a finding.
// - Category topics: leaf categories, from one pass over the window's verbatims with their
//   categories and analysis, aggregated here (not a query per topic, nor a SQL GROUP BY).
//   Sensitive categories are never trend topics (they are not segments).
// - Phrase topics: the phrases emerging in the window's final weeks (store/phrase_scan.h, found
//   by the caller as the role may read them), counted day by day through the full-text index. A
//   phrase found mostly in the verbatims of a stronger one is folded into it as related
//   ("charged twice" and "overdraft fees" under "double charge"). Sealed text is not indexed, so
//   phrase counts leave out restricted verbatims whose text is encrypted.

#include "store/phrase_scan.h"
#include "store/store.h"
#include "trends/trend_detector.h"

#include <cstdint>
#include <optional>
#include <vector>

namespace tw::core {

struct TrendWindow {
    std::optional<std::int64_t> since, until;  // unix seconds, [since, until); the store's span by default
};

Result<TrendSeries> loadCategorySeries(Store& store, const TrendWindow& window);

// The emerging-phrase query for a window: its final third (7 to 28 days) against the rest of it
// (four times as long at most), for `candidates` phrases.
Result<PhraseQuery> trendPhraseQuery(Store& store, const TrendWindow& window, std::size_t candidates = 24);

// Phrase topics for `phrases` (strongest first), with their related phrases folded in when at
// least `overlap` of a phrase's recent verbatims carry a stronger one.
Result<TrendSeries> loadPhraseSeries(Store& store, const TrendWindow& window, const PhraseReport& phrases,
                                     double overlap = 0.5);

// `more`'s topics added to `series` (the same window; channels matched by name).
void mergeTopics(TrendSeries& series, TrendSeries&& more);

// Up to `limit` verbatims of the finding's topic in its channels and days, oldest first.
Result<std::vector<std::int64_t>> findingSampleIds(Store& store, const TrendFinding& finding, int limit);

}  // namespace tw::core
