#pragma once
// Aggregates for the dashboard, computed in the store (never by iterating verbatims in the UI):
// sentiment labels per channel, and verbatim count and mean sentiment per month.

#include "store/store.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace tw::core {

struct ChannelSentiment {
    std::string channel;
    std::int64_t positive = 0, negative = 0, neutral = 0, mixed = 0, unanalysed = 0;
};

struct MonthSentiment {
    std::int64_t start = 0;  // first second of the month, UTC
    std::int64_t count = 0;  // verbatims dated in the month
    std::int64_t analysed = 0;
    double meanSentiment = 0.0;  // over the analysed ones
    double negativeShare = 0.0;  // negative / analysed
};

// What a browse filter selects, summed (a report's key figures; VerbatimReader::figures).
struct FilterFigures {
    std::int64_t total = 0, analysed = 0, effort = 0;
    std::int64_t positive = 0, negative = 0, neutral = 0, mixed = 0;
    double meanSentiment = 0.0, meanIntensity = 0.0;  // over the analysed ones
    std::optional<std::int64_t> first, last;          // earliest and latest date (unix seconds)
    std::vector<ChannelSentiment> channels;           // most verbatims first
    std::vector<MonthSentiment> months;               // dated ones, in order
};

Result<std::vector<ChannelSentiment>> sentimentByChannel(Store& store);
Result<std::vector<MonthSentiment>> sentimentByMonth(Store& store);

// [start, end) of the month that `start` begins.
std::int64_t endOfMonth(std::int64_t monthStart);

}  // namespace tw::core
