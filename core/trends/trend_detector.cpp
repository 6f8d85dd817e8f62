#include "trends/trend_detector.h"

#include <algorithm>
#include <cmath>
#include <optional>
#include <sstream>

namespace tw::core {

namespace {

constexpr double kMinExpected = 0.2;

// One channel's bursts of one topic, found day by day.
std::vector<ChannelBurst> burstsOf(const TrendSeries& s, std::size_t channel, const std::vector<TopicDay>& cells,
                                   const TrendParams& p, std::vector<double>* expectedOut = nullptr) {
    if (expectedOut) expectedOut->assign(static_cast<std::size_t>(s.days), 0.0);
    std::vector<ChannelBurst> out;
    const auto& totals = s.totals[channel];
    // The baseline is the window [d - guard - baselineDays, d - guard): the last `guardDays` stay
    // out so that a slow rise does not lift its own expectation. Burst days count at the share
    // they were expected at, not at what was seen.
    std::vector<double> seen(static_cast<std::size_t>(s.days), 0.0);
    double topicSum = 0, totalSum = 0;
    // The same window a month further back: a slow rise lifts the recent baseline with it, but
    // not this one.
    double slowTopicSum = 0, slowTotalSum = 0;
    bool inBurst = false;
    double frozenShare = 0;
    int quiet = 0;
    ChannelBurst current;
    auto close = [&] {
        out.push_back(current);
        inBurst = false;
        quiet = 0;
    };
    for (int d = 0; d < s.days; ++d) {
        if (const int in = d - p.guardDays; in >= 0) {
            topicSum += seen[static_cast<std::size_t>(in)];
            totalSum += static_cast<double>(totals[static_cast<std::size_t>(in)]);
        }
        if (const int leaving = d - p.guardDays - p.baselineDays; leaving >= 0) {
            topicSum -= seen[static_cast<std::size_t>(leaving)];
            totalSum -= static_cast<double>(totals[static_cast<std::size_t>(leaving)]);
        }
        if (const int in = d - p.slowGuardDays; in >= 0) {
            slowTopicSum += seen[static_cast<std::size_t>(in)];
            slowTotalSum += static_cast<double>(totals[static_cast<std::size_t>(in)]);
        }
        if (const int leaving = d - p.slowGuardDays - p.baselineDays; leaving >= 0) {
            slowTopicSum -= seen[static_cast<std::size_t>(leaving)];
            slowTotalSum -= static_cast<double>(totals[static_cast<std::size_t>(leaving)]);
        }
        const auto obs = static_cast<double>(cells[static_cast<std::size_t>(d)].count);
        const auto total = static_cast<double>(totals[static_cast<std::size_t>(d)]);
        const double share = (topicSum + 0.5) / (totalSum + 1.0);
        if (expectedOut) (*expectedOut)[static_cast<std::size_t>(d)] = (inBurst ? frozenShare : share) * total;
        if (inBurst) {
            const double expected = std::max(frozenShare * total, kMinExpected);
            const double z = poissonZ(obs, expected);
            if (z >= p.continueZ) {
                quiet = 0;
                current.endDay = s.firstDay + d;
                current.observed += static_cast<std::int64_t>(obs);
                current.expected += expected;
                current.peakZ = std::max(current.peakZ, z);
            } else if (++quiet > p.bridgeDays) {
                close();
            }
        } else if (d >= p.minHistoryDays) {
            const double expected = std::max(share * total, kMinExpected);
            const double z = poissonZ(obs, expected);
            // A rise too slow for any one day shows in the week's sum: against the recent baseline,
            // or, once there is the history, against the one a month further back.
            const bool slowKnown = d >= p.slowGuardDays + p.baselineDays;
            const double slowShare = (slowTopicSum + 0.5) / (slowTotalSum + 1.0);
            auto weekRiseAgainst = [&](double against) {
                double weekObs = 0, weekExpected = 0;
                for (int k = std::max(0, d - 6); k <= d; ++k) {
                    weekObs += static_cast<double>(cells[static_cast<std::size_t>(k)].count);
                    weekExpected +=
                        std::max(against * static_cast<double>(totals[static_cast<std::size_t>(k)]), kMinExpected);
                }
                return poissonZ(weekObs, weekExpected) >= p.weekOnsetZ &&
                       weekObs >= static_cast<double>(2 * p.onsetMinCount) &&
                       poissonZ(obs, std::max(against * total, kMinExpected)) >= p.continueZ;
            };
            const bool daySpike = z >= p.onsetZ && obs >= static_cast<double>(p.onsetMinCount);
            const bool weekRise = weekRiseAgainst(share);
            const bool slowRise =
                !daySpike && !weekRise && slowKnown && slowShare < share && weekRiseAgainst(slowShare);
            if (daySpike || weekRise || slowRise) {
                inBurst = true;
                frozenShare = slowRise ? slowShare : share;
                current = ChannelBurst{
                    s.channels[channel], s.firstDay + d, s.firstDay + d, static_cast<std::int64_t>(obs), expected, z};
                // The rise began where the days before already stood out (a week at most).
                for (int back = d - 1; back >= std::max(0, d - 7); --back) {
                    const auto o = static_cast<double>(cells[static_cast<std::size_t>(back)].count);
                    const double e =
                        std::max(share * static_cast<double>(totals[static_cast<std::size_t>(back)]), kMinExpected);
                    if (poissonZ(o, e) < p.continueZ) break;
                    current.onsetDay = s.firstDay + back;
                    current.observed += static_cast<std::int64_t>(o);
                    current.expected += e;
                }
            }
        }
        seen[static_cast<std::size_t>(d)] = inBurst ? frozenShare * total : obs;
    }
    if (inBurst) close();
    return out;
}

// A channel that corroborates a finding with fewer mentions a day than an onset needs: three-day
// sums against the topic's share before the finding, from `from` to `to` (day indexes).
std::optional<ChannelBurst> corroborating(const TrendSeries& s, std::size_t channel, const std::vector<TopicDay>& cells,
                                          int from, int to, const TrendParams& p) {
    const auto& totals = s.totals[channel];
    const int baseFrom = std::max(0, from - p.baselineDays);
    double topicSum = 0, totalSum = 0;
    for (int d = baseFrom; d < from; ++d) {
        topicSum += static_cast<double>(cells[static_cast<std::size_t>(d)].count);
        totalSum += static_cast<double>(totals[static_cast<std::size_t>(d)]);
    }
    const double share = (topicSum + 0.5) / (totalSum + 1.0);
    auto expectedAt = [&](int d) {
        return std::max(share * static_cast<double>(totals[static_cast<std::size_t>(d)]), kMinExpected / 3);
    };
    auto countAt = [&](int d) { return static_cast<double>(cells[static_cast<std::size_t>(d)].count); };
    std::optional<ChannelBurst> burst;
    for (int d = from; d + 2 <= to && d + 2 < s.days; ++d) {
        double o = 0, e = 0;
        for (int k = d; k < d + 3; ++k) {
            o += countAt(k);
            e += expectedAt(k);
        }
        const double z = poissonZ(o, e);
        if (!burst) {
            if (z < p.corroborateZ || o < static_cast<double>(p.corroborateMinCount)) continue;
            int first = d;
            while (first < d + 2 && countAt(first) <= expectedAt(first)) ++first;
            burst = ChannelBurst{s.channels[channel], s.firstDay + first, s.firstDay + first, 0, 0.0, z};
        } else if (z < p.continueZ) {
            break;
        }
        burst->peakZ = std::max(burst->peakZ, z);
        burst->endDay = s.firstDay + d + 2;
    }
    if (burst) {
        for (std::int64_t day = burst->onsetDay; day <= burst->endDay; ++day) {
            const int d = static_cast<int>(day - s.firstDay);
            burst->observed += static_cast<std::int64_t>(countAt(d));
            burst->expected += expectedAt(d);
        }
    }
    return burst;
}

// Mean anger per day of a finding, and its change per week (least squares over the days); the
// share of its analysed verbatims labelled negative.
void intensityOf(const TrendSeries& s, const TrendSeries::Topic& t, TrendFinding& f) {
    double& mean = f.meanAnger;
    double& perWeek = f.intensityTrend;
    double sum = 0;
    std::int64_t n = 0, negative = 0;
    std::vector<std::pair<double, double>> points;  // (day, mean anger that day)
    for (std::int64_t day = f.startDay; day <= f.endDay; ++day) {
        const auto d = static_cast<std::size_t>(day - s.firstDay);
        double daySum = 0;
        std::int64_t dayN = 0;
        for (const ChannelBurst& b : f.channels) {
            const auto c = static_cast<std::size_t>(std::find(s.channels.begin(), s.channels.end(), b.channel) -
                                                    s.channels.begin());
            daySum += t.cells[c][d].angerSum;
            dayN += t.cells[c][d].analysed;
            negative += t.cells[c][d].negative;
        }
        sum += daySum;
        n += dayN;
        if (dayN > 0) points.emplace_back(static_cast<double>(day - f.startDay), daySum / static_cast<double>(dayN));
    }
    mean = n ? sum / static_cast<double>(n) : 0.0;
    f.negativeShare = n ? static_cast<double>(negative) / static_cast<double>(n) : 0.0;
    perWeek = 0.0;
    if (points.size() < 3) return;
    double mx = 0, my = 0;
    for (auto [x, y] : points) {
        mx += x;
        my += y;
    }
    mx /= static_cast<double>(points.size());
    my /= static_cast<double>(points.size());
    double sxy = 0, sxx = 0;
    for (auto [x, y] : points) {
        sxy += (x - mx) * (y - my);
        sxx += (x - mx) * (x - mx);
    }
    if (sxx > 0) perWeek = 7.0 * sxy / sxx;
}

// Whether the finding grows: its second week against its first (its halves when shorter),
// counting the mentions in its channels.
bool accelerating(const TrendSeries& s, const TrendSeries::Topic& t, const TrendFinding& f) {
    const std::int64_t span = f.endDay - f.startDay + 1;
    if (span < 4) return false;
    const std::int64_t half = span >= 14 ? 7 : span / 2;
    double first = 0, second = 0;
    for (const ChannelBurst& b : f.channels) {
        const auto c =
            static_cast<std::size_t>(std::find(s.channels.begin(), s.channels.end(), b.channel) - s.channels.begin());
        for (std::int64_t k = 0; k < 2 * half; ++k) {
            const auto count =
                static_cast<double>(t.cells[c][static_cast<std::size_t>(f.startDay + k - s.firstDay)].count);
            (k < half ? first : second) += count;
        }
    }
    return second > first * 1.2;
}

void classify(TrendFinding& f, const TrendParams& p) {
    bool publicSide = false, internalSide = false;
    for (const ChannelBurst& b : f.channels) (isPublicChannel(b.channel) ? publicSide : internalSide) = true;
    const bool rising = f.intensityTrend >= p.risingAnger;
    const bool high = f.meanAnger >= p.highAnger;
    const std::size_t n = f.channels.size();
    std::ostringstream why;
    why.precision(2);
    why << std::fixed;
    if (publicSide && internalSide && f.accelerating && (high || rising)) {
        f.cls = TrendClass::Tsunami;
        why << "corroborated in public and internal channels (" << n << "), accelerating, with "
            << (high ? "high" : "rising") << " frustration (anger " << f.meanAnger << ", "
            << (f.intensityTrend >= 0 ? "+" : "") << f.intensityTrend << " a week)";
    } else if (n >= 2 || (n == 1 && rising && f.endDay > f.startDay)) {
        f.cls = TrendClass::Wave;
        if (n >= 2)
            why << "corroborated in " << n << " channels";
        else
            why << "one channel with rising frustration (+" << f.intensityTrend << " anger a week)";
        if (!(publicSide && internalSide))
            why << "; not across public and internal channels";
        else if (!f.accelerating)
            why << "; not accelerating";
        else
            why << "; frustration neither high nor rising";
    } else {
        f.cls = TrendClass::Ripple;
        why << "one channel (" << f.channels.front().channel << ")" << (f.endDay == f.startDay ? ", one day" : "")
            << ", frustration not rising";
    }
    f.why = why.str();
}

}  // namespace

const char* trendClassName(TrendClass c) {
    switch (c) {
        case TrendClass::Ripple:
            return "ripple";
        case TrendClass::Wave:
            return "wave";
        case TrendClass::Tsunami:
            return "tsunami";
    }
    return "ripple";
}

bool isPublicChannel(std::string_view channel) {
    static const char* const kPublic[] = {"twitter",   "x",      "review", "reviews", "social",    "facebook",
                                          "instagram", "tiktok", "reddit", "forum",   "app_store", "google_reviews"};
    return std::any_of(std::begin(kPublic), std::end(kPublic), [&](const char* p) { return channel == p; });
}

double poissonZ(double observed, double expected) {
    expected = std::max(expected, 1e-9);
    const double dev = observed > 0 ? observed * std::log(observed / expected) - (observed - expected) : expected;
    const double z = std::sqrt(std::max(0.0, 2.0 * dev));
    return observed >= expected ? z : -z;
}

namespace {

// A short corpus (a week of posts) gets a baseline of its own first days: a third of its span,
// at least three days, and a one-day guard.
TrendParams paramsFor(const TrendSeries& s, const TrendParams& params) {
    TrendParams p = params;
    if (s.days < 2 * p.minHistoryDays) {
        p.minHistoryDays = std::max(3, s.days / 3);
        p.baselineDays = p.minHistoryDays;
        p.guardDays = std::min(p.guardDays, 1);
    }
    return p;
}

}  // namespace

std::int64_t TrendFinding::observed() const {
    std::int64_t n = 0;
    for (const ChannelBurst& b : channels) n += b.observed;
    return n;
}

double TrendFinding::growth() const {
    double e = 0;
    for (const ChannelBurst& b : channels) e += b.expected;
    return static_cast<double>(observed()) / std::max(e, kMinExpected);
}

std::vector<std::vector<double>> expectedCounts(const TrendSeries& s, std::size_t topic, const TrendParams& params) {
    const TrendParams p = paramsFor(s, params);
    std::vector<std::vector<double>> out(s.channels.size());
    for (std::size_t c = 0; c < s.channels.size(); ++c) burstsOf(s, c, s.topics.at(topic).cells[c], p, &out[c]);
    return out;
}

std::vector<TrendFinding> detectTrends(const TrendSeries& s, const TrendParams& params) {
    const TrendParams p = paramsFor(s, params);
    std::vector<TrendFinding> out;
    for (const TrendSeries::Topic& t : s.topics) {
        std::vector<ChannelBurst> bursts;
        for (std::size_t c = 0; c < s.channels.size(); ++c) {
            auto found = burstsOf(s, c, t.cells[c], p);
            bursts.insert(bursts.end(), found.begin(), found.end());
        }
        std::sort(bursts.begin(), bursts.end(),
                  [](const ChannelBurst& a, const ChannelBurst& b) { return a.onsetDay < b.onsetDay; });
        // Bursts whose onsets fall within the corroboration window of the first are one finding;
        // a channel counts once (its strongest burst).
        for (std::size_t i = 0; i < bursts.size();) {
            TrendFinding f;
            f.topic = t.name;
            f.phrase = t.phrase;
            f.related = t.related;
            f.startDay = bursts[i].onsetDay;
            f.endDay = bursts[i].endDay;
            std::size_t j = i;
            // ... or within the finding as it stands (a channel's second burst while it lasts).
            for (; j < bursts.size() &&
                   (bursts[j].onsetDay - bursts[i].onsetDay <= p.corroborationDays || bursts[j].onsetDay <= f.endDay);
                 ++j) {
                auto same = std::find_if(f.channels.begin(), f.channels.end(),
                                         [&](const ChannelBurst& b) { return b.channel == bursts[j].channel; });
                if (same == f.channels.end()) {
                    f.channels.push_back(bursts[j]);
                } else {  // a channel's bursts in one finding are one span
                    same->endDay = std::max(same->endDay, bursts[j].endDay);
                    same->observed += bursts[j].observed;
                    same->expected += bursts[j].expected;
                    same->peakZ = std::max(same->peakZ, bursts[j].peakZ);
                }
                f.endDay = std::max(f.endDay, bursts[j].endDay);
            }
            i = j;
            // Channels without a burst of their own may still corroborate it.
            const int from = static_cast<int>(f.startDay - s.firstDay) - p.corroborationDays / 2;
            const int to = static_cast<int>(f.endDay - s.firstDay) + 1;
            // Channels without a burst of their own, or whose burst came late, may show the rise
            // earlier in their three-day sums.
            for (std::size_t c = 0; c < s.channels.size(); ++c) {
                auto own = std::find_if(f.channels.begin(), f.channels.end(),
                                        [&](const ChannelBurst& b) { return b.channel == s.channels[c]; });
                if (own != f.channels.end() && own->onsetDay - f.startDay <= p.corroborationDays / 2) continue;
                auto b = corroborating(s, c, t.cells[c], std::max(from, p.minHistoryDays), to, p);
                if (!b) continue;
                if (own == f.channels.end()) {
                    f.channels.push_back(*b);
                } else if (b->onsetDay < own->onsetDay) {
                    b->endDay = std::max(b->endDay, own->endDay);
                    *own = *b;
                } else {
                    continue;
                }
                f.startDay = std::min(f.startDay, b->onsetDay);
                f.endDay = std::max(f.endDay, b->endDay);
            }
            std::sort(f.channels.begin(), f.channels.end(),
                      [](const ChannelBurst& a, const ChannelBurst& b) { return a.onsetDay < b.onsetDay; });
            double excess = 0;
            for (const ChannelBurst& b : f.channels) excess += static_cast<double>(b.observed) - b.expected;
            if (excess < p.minExcess) continue;
            for (const ChannelBurst& b : f.channels)
                f.leadLagDays[b.channel] = static_cast<int>(b.onsetDay - f.startDay);
            intensityOf(s, t, f);
            f.accelerating = accelerating(s, t, f);
            classify(f, p);
            out.push_back(std::move(f));
        }
    }
    std::sort(out.begin(), out.end(), [](const TrendFinding& a, const TrendFinding& b) {
        return a.startDay != b.startDay ? a.startDay < b.startDay : a.topic < b.topic;
    });
    return out;
}

}  // namespace tw::core
