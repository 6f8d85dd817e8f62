// The tsunami radar's detection on synthetic series, rule by rule: a season that lifts every topic
// is no finding; a one-day spike, a step, a slow ramp; one channel is a ripple, two a wave,
// public and internal, accelerating and angry a tsunami. The demo corpus: trend_topics_test.cpp.
#include "trends/trend_detector.h"

#include <gtest/gtest.h>

using namespace tw::core;

namespace {

// 120 days of six channels with steady totals (weekends lighter) and one topic at 3% of each.
struct Synthetic {
    TrendSeries s;
    Synthetic() {
        s.firstDay = 20'000;
        s.days = 120;
        s.channels = {"twitter", "review", "call", "chat", "email", "survey"};
        s.totals.assign(s.channels.size(), std::vector<std::int64_t>(120));
        s.topics.push_back({"Billing/Double charge", {}});
        s.topics[0].cells.assign(s.channels.size(), std::vector<TopicDay>(120));
        for (std::size_t c = 0; c < s.channels.size(); ++c) {
            for (int d = 0; d < 120; ++d) {
                const bool weekend = d % 7 >= 5;
                s.totals[c][static_cast<std::size_t>(d)] = weekend ? 60 : 100;
                // 3% of the channel, spread evenly (1 to 3 a day).
                set(c, d, weekend ? 2 : 3, 0.2);
            }
        }
    }
    void set(std::size_t c, int d, std::int64_t count, double anger) {
        TopicDay& cell = s.topics[0].cells[c][static_cast<std::size_t>(d)];
        cell.count = count;
        cell.analysed = count;
        cell.angerSum = anger * static_cast<double>(count);
    }
    void add(std::size_t c, int d, std::int64_t extra, double anger) {
        const TopicDay& cell = s.topics[0].cells[c][static_cast<std::size_t>(d)];
        set(c, d, cell.count + extra, anger);
        s.totals[c][static_cast<std::size_t>(d)] += extra;
    }
};

}  // namespace

TEST(Trends, PoissonDevianceIsSignedAndGrowsWithTheExcess) {
    EXPECT_NEAR(poissonZ(5, 5), 0.0, 1e-9);
    EXPECT_GT(poissonZ(12, 3), 3.0);
    EXPECT_LT(poissonZ(0, 5), -3.0);
    EXPECT_GT(poissonZ(20, 3), poissonZ(12, 3));
}

TEST(Trends, ASeasonThatLiftsEveryTopicIsNoFinding) {
    Synthetic x;
    for (std::size_t c = 0; c < x.s.channels.size(); ++c) {
        for (int d = 60; d < 100; ++d) {
            x.s.totals[c][static_cast<std::size_t>(d)] *= 2;  // twice the volume, the topic's share kept
            x.set(c, d, x.s.topics[0].cells[c][static_cast<std::size_t>(d)].count * 2, 0.2);
        }
    }
    EXPECT_TRUE(detectTrends(x.s).empty());
}

TEST(Trends, AOneDaySpikeIsAOneDayRipple) {
    Synthetic x;
    x.add(2, 70, 12, 0.2);  // calls: fifteen mentions on one day instead of three
    const auto f = detectTrends(x.s);
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(f[0].cls, TrendClass::Ripple);
    EXPECT_EQ(f[0].startDay, x.s.firstDay + 70);
    EXPECT_EQ(f[0].endDay, x.s.firstDay + 70);
    EXPECT_NE(f[0].why.find("one day"), std::string::npos) << f[0].why;
}

TEST(Trends, AStepIsFoundWhereItStartsAndDoesNotBecomeItsOwnBaseline) {
    Synthetic x;
    for (int d = 60; d < 100; ++d) x.add(0, d, 6, 0.2);  // twitter: +6 a day from day 60 on, for 40 days
    const auto f = detectTrends(x.s);
    ASSERT_FALSE(f.empty());
    EXPECT_LE(f[0].startDay - (x.s.firstDay + 60), 1);
    // The burst keeps the share it had before: it lasts while the step does, not four weeks.
    EXPECT_GE(f[0].endDay - f[0].startDay, 35) << "lasted " << f[0].endDay - f[0].startDay << " days";
    const auto expected = expectedCounts(x.s, 0);
    EXPECT_NEAR(expected[0][90], expected[0][55], expected[0][55] * 0.25) << "the baseline held its level";
}

TEST(Trends, ASlowRampIsFoundByItsWeeklySumBeforeAnyDayStandsOut) {
    Synthetic x;
    for (int k = 0; k < 30; ++k) x.add(3, 60 + k, k / 4, 0.2);  // chat: one more mention a day every four days
    const auto f = detectTrends(x.s);
    ASSERT_FALSE(f.empty());
    // No day ever reaches z >= 4 against the old level (11 mentions), and the recent baseline
    // climbs with the ramp; the week's sum against the baseline a month back finds it, before it ends.
    for (int k = 0; k < 30; ++k) EXPECT_LT(x.s.topics[0].cells[3][static_cast<std::size_t>(60 + k)].count, 11);
    EXPECT_LE(f[0].startDay - (x.s.firstDay + 60), 22) << "found " << f[0].startDay - x.s.firstDay - 60 << " days in";
    EXPECT_EQ(f[0].channels.front().channel, "chat");
}

TEST(Trends, OneChannelIsARippleTwoAWaveAndPublicWithInternalAcceleratingAndAngryATsunami) {
    {
        Synthetic x;  // a three-day flurry on twitter
        for (int d = 50, extra = 14; d < 53; ++d, extra -= 5) x.add(0, d, extra, 0.2);
        const auto f = detectTrends(x.s);
        ASSERT_EQ(f.size(), 1u);
        EXPECT_EQ(f[0].cls, TrendClass::Ripple) << f[0].why;
        EXPECT_EQ(f[0].startDay, x.s.firstDay + 50);
    }
    {
        Synthetic x;  // the same on twitter and in reviews
        for (int d = 50, extra = 14; d < 53; ++d, extra -= 5) {
            x.add(0, d, extra, 0.2);
            x.add(1, d, extra, 0.2);
        }
        const auto f = detectTrends(x.s);
        ASSERT_EQ(f.size(), 1u);
        EXPECT_EQ(f[0].cls, TrendClass::Wave) << f[0].why;
        EXPECT_EQ(f[0].channels.size(), 2u);
    }
    {
        Synthetic x;  // rising on twitter, then in calls four days later, angrier each week
        for (int k = 0; k < 21; ++k) {
            const double anger = 0.4 + 0.02 * k;
            x.add(0, 50 + k, 3 + k / 2, anger);
            if (k >= 4) x.add(2, 50 + k, 2 + (k - 4) / 2, anger);
        }
        const auto f = detectTrends(x.s);
        ASSERT_EQ(f.size(), 1u);
        EXPECT_EQ(f[0].cls, TrendClass::Tsunami) << f[0].why;
        EXPECT_LE(f[0].startDay - (x.s.firstDay + 50), 5) << "found within a few days of its start";
        EXPECT_GT(f[0].leadLagDays.at("call"), f[0].leadLagDays.at("twitter")) << "social leads the contact center";
        EXPECT_GT(f[0].intensityTrend, 0.0);
    }
}
