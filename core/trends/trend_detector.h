#pragma once
// The tsunami radar's detection (DESIGN.md, "Trend classes"): pure computation over daily counts
// per topic × channel, with each channel's daily total as the denominator.
//
// Method. For each topic and channel, the expected count on a day is the topic's share of the
// channel over the baseline window (the 28 days before the last 7, smoothed) times the channel's total that
// day: a season or a campaign that lifts every topic lifts the expected counts with it, and the
// weekday rhythm is the channel's own. The anomaly score is the signed Poisson deviance
// z = sign(o - e) * sqrt(2 (o ln(o/e) - (o - e))). A burst starts on a day with z >= 4 and at
// least 5 mentions, or when the last seven days' sum reaches z >= 5 against that baseline or the one four
// weeks further back (a rise too slow for the recent baseline, which it lifts), keeps the share it had before it
// began (so that a long wave does not become its own baseline), and lasts while z >= 2, bridging one quiet day; its
// onset is moved back over the days before that already stood out (z >= 2, a week at most). Bursts of one topic whose
// onsets lie within 14 days of each other are one finding, corroborated by their channels; a
// channel without a burst of its own corroborates it when its three-day sums around the finding
// reach z >= 3 with at least 4 mentions (a slow rise in the contact center shows this way).
//
// A corpus shorter than twice the history (28 days) is judged against its own first third (three
// days at least) with a one-day guard.
//
// Classes. A tsunami is corroborated in public and internal channels, accelerating (a fifth more
// mentions in its second week than its first; its halves when shorter) and with high (mean anger >= 0.45) or rising
// frustration; a wave is corroborated in two or more channels, or one channel with rising
// frustration; anything else — one channel, one day, low intensity — is a ripple.

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace tw::core {

struct TopicDay {
    std::int64_t count = 0;
    double angerSum = 0.0;  // of the analysed verbatims among them
    std::int64_t analysed = 0;
    std::int64_t negative = 0;  // analysed and labelled negative
};

struct TrendSeries {
    std::int64_t firstDay = 0;  // days since 1970-01-01 (UTC) of index 0
    int days = 0;
    std::vector<std::string> channels;
    std::vector<std::vector<std::int64_t>> totals;  // [channel][day]: every verbatim of the channel
    struct Topic {
        std::string name;                          // a category path, or a phrase
        std::vector<std::vector<TopicDay>> cells;  // [channel][day]
        bool phrase = false;                       // an emerging phrase rather than a category
        std::vector<std::string> related{};        // phrases that mostly come with it (a phrase topic's)
    };
    std::vector<Topic> topics;
};

struct TrendParams {
    int baselineDays = 28;
    int guardDays = 7;        // the most recent days left out of the baseline
    int minHistoryDays = 14;  // no detection before this much history
    double onsetZ = 4.0;
    std::int64_t onsetMinCount = 5;
    double weekOnsetZ = 5.0;  // the last seven days' sum, for rises too slow for any one day
    int slowGuardDays = 28;   // the week's sum is also judged against the baseline this far back
    double continueZ = 2.0;
    int bridgeDays = 1;
    int corroborationDays = 14;
    double corroborateZ = 3.0;  // three-day sums of a channel that corroborates a finding
    std::int64_t corroborateMinCount = 4;
    double minExcess = 6.0;  // observed - expected over a finding, below which it is noise
    double highAnger = 0.45;
    double risingAnger = 0.05;  // anger points per week
};

enum class TrendClass { Ripple, Wave, Tsunami };
const char* trendClassName(TrendClass c);

// Public channels (posts anyone can read) against internal ones (the contact center, surveys).
bool isPublicChannel(std::string_view channel);

struct ChannelBurst {
    std::string channel;
    std::int64_t onsetDay = 0, endDay = 0;  // days since 1970-01-01, inclusive
    std::int64_t observed = 0;
    double expected = 0.0;
    double peakZ = 0.0;
};

struct TrendFinding {
    std::string topic;
    TrendClass cls = TrendClass::Ripple;
    std::int64_t startDay = 0, endDay = 0;
    std::vector<ChannelBurst> channels;      // by onset
    std::map<std::string, int> leadLagDays;  // each channel's onset after the first channel's
    double meanAnger = 0.0;                  // of the topic's verbatims in the finding
    double negativeShare = 0.0;              // of those analysed, the share labelled negative
    double intensityTrend = 0.0;             // anger change per week over the finding
    bool accelerating = false;
    std::string why;  // the class, explained
    bool phrase = false;
    std::vector<std::string> related;

    // Mentions over the finding's channels and days, and the growth: observed / expected.
    [[nodiscard]] std::int64_t observed() const;
    [[nodiscard]] double growth() const;
};

// Findings, by start day.
std::vector<TrendFinding> detectTrends(const TrendSeries& series, const TrendParams& params = {});

// What the detector judged each day of topic `topic` against, [channel][day]: the topic's baseline
// share times the channel's total that day; during a burst, the share it had before it began.
std::vector<std::vector<double>> expectedCounts(const TrendSeries& series, std::size_t topic,
                                                const TrendParams& params = {});

// The signed Poisson deviance of `observed` against `expected`.
double poissonZ(double observed, double expected);

}  // namespace tw::core
