// The tsunami radar over a real store, the demo corpus: its planted situations found with their
// classes near their start (the season raising no tsunami), phrase topics (the demo's planted situations found as
// emerging phrases in their windows), the baseline a timeline draws, and alerts that open one
// emerging_issue escalation per issue, which a manager's queue shows and an analyst's refuses.
#include "store/trend_topics.h"
#include "demo/demo_corpus.h"
#include "ingest/importer.h"
#include "jobs/analyze_job.h"
#include "jobs/categorize_job.h"
#include "store/role_reader.h"
#include "store/trend_alerts.h"
#include "store_helpers.h"
#include "test_support.h"
#include "util/civil_time.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <fstream>
#include <iostream>
#include <memory>

using namespace tw::core;

namespace {

class DemoTrends : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        dir_ = std::make_unique<tw::test::TempDir>();
        auto demo = writeDemoCorpus(dir_->file("demo"));
        ASSERT_TRUE(demo.ok());
        truthPath_ = demo->truthPath;
        auto store = Store::create(dir_->file("d.tw"));
        ASSERT_TRUE(store.ok());
        ASSERT_TRUE(importFile(*store, demo->corpusPath, {}).ok());
        auto analyzer = analyzerForStore(*store);
        ASSERT_TRUE(analyzer.ok());
        ASSERT_TRUE(analyzeStore(*store, *analyzer).ok());
        ASSERT_TRUE(categorizeStore(*store).ok());
        store_ = std::make_unique<Store>(std::move(*store));
    }
    static void TearDownTestSuite() {
        store_.reset();
        dir_.reset();
    }
    static RoleReader reader(Role role) {
        auto r = RoleReader::open(*store_, AccessContext::of("u", role, Policies::defaults(), {}));
        EXPECT_TRUE(r.ok());
        return std::move(*r);
    }
    static std::vector<TrendFinding> findings(const char* since, const char* until, TopicSource source) {
        TrendWindow w{parseIsoDay(since), parseIsoDay(until)};
        auto analyst = reader(Role::Analyst);
        auto series = loadTrendSeries(*store_, &analyst, w, source);
        EXPECT_TRUE(series.ok()) << series.error().describe();
        return series.ok() ? detectTrends(*series) : std::vector<TrendFinding>{};
    }
    // The phrase finding of `phrase` (its topic or a related phrase).
    static const TrendFinding* phraseFinding(const std::vector<TrendFinding>& fs, const std::string& phrase) {
        for (const TrendFinding& f : fs) {
            if (f.phrase &&
                (f.topic == phrase || std::find(f.related.begin(), f.related.end(), phrase) != f.related.end()))
                return &f;
        }
        return nullptr;
    }
    static std::unique_ptr<tw::test::TempDir> dir_;
    static std::unique_ptr<Store> store_;
    static std::string truthPath_;
};
std::unique_ptr<tw::test::TempDir> DemoTrends::dir_;
std::unique_ptr<Store> DemoTrends::store_;
std::string DemoTrends::truthPath_;

std::int64_t day(const char* iso) { return *parseIsoDay(iso) / 86400; }

}  // namespace

// The demo corpus (seed and volume as shipped): its three planted situations with their classes.
TEST_F(DemoTrends, ThePlantedSituationsAreFoundWithTheirClassesAndTheSeasonRaisesNoTsunami) {
    auto series = loadCategorySeries(*store_, {});
    ASSERT_TRUE(series.ok()) << series.error().describe();
    const auto findings = detectTrends(*series);

    std::ifstream t(truthPath_);
    const auto truth = nlohmann::json::parse(t);
    const std::map<std::string, std::string> topicOf{{"billing_double_charge", "Billing/Double charge"},
                                                     {"promo_code_flurry", "Pricing/Promotions and discounts"},
                                                     {"app_outage", "Digital/App crashes"}};
    for (const auto& event : truth["events"]) {
        const std::string topic = topicOf.at(event["id"].get<std::string>());
        const std::int64_t start = *parseIsoDay(event["start"].get<std::string>()) / 86400;
        const TrendFinding* found = nullptr;
        for (const TrendFinding& f : findings)
            if (f.topic == topic && f.startDay >= start - 3 && f.startDay <= start + 7) found = &f;
        ASSERT_NE(found, nullptr) << topic;
        EXPECT_EQ(trendClassName(found->cls), event["expected_class"].get<std::string>())
            << topic << ": " << found->why;
        EXPECT_LE(found->startDay - start, 5) << topic;
        std::cout << "[ trends ] " << event["id"].get<std::string>() << ": " << trendClassName(found->cls)
                  << ", detected " << (found->startDay - start) << " days after its start, " << found->channels.size()
                  << " channels\n";
    }
    // The holiday season lifts every topic: no tsunami starts in it.
    for (const TrendFinding& f : findings) {
        const std::string day = formatIsoDate(f.startDay * 86400);
        const bool season = day.substr(5) >= "11-20" || day.substr(5) <= "01-05";
        EXPECT_FALSE(season && f.cls == TrendClass::Tsunami) << f.topic << " " << day;
    }
    EXPECT_LE(findings.size(), 6u) << "few false alarms in a year of six channels";
}

TEST_F(DemoTrends, ThePlantedSituationsSurfaceAsEmergingPhrasesInTheirWindows) {
    // The double charge (from 2026-03-02): in several channels.
    auto march = findings("2026-02-01", "2026-03-25", TopicSource::Phrases);
    const TrendFinding* charge = phraseFinding(march, "double charge");
    ASSERT_NE(charge, nullptr);
    EXPECT_NE(charge->cls, TrendClass::Ripple) << charge->why;
    EXPECT_GE(charge->channels.size(), 3u);
    EXPECT_LE(charge->startDay - day("2026-03-02"), 14);
    for (const TrendFinding& f : march) EXPECT_TRUE(f.phrase) << f.topic << ": --by phrase gives phrases only";

    // The app outage (2026-07-14): a wave in the channels where app users complain.
    auto july = findings("2026-06-01", "2026-07-25", TopicSource::Phrases);
    const TrendFinding* outage = phraseFinding(july, "crashes");
    ASSERT_NE(outage, nullptr);
    EXPECT_EQ(outage->cls, TrendClass::Wave) << outage->why;
    EXPECT_LE(std::abs(outage->startDay - day("2026-07-14")), 2);

    // The promotion flurry (2026-05-09) stays a ripple: one channel, a few days.
    auto may = findings("2026-04-01", "2026-05-20", TopicSource::Phrases);
    const TrendFinding* promo = phraseFinding(may, "promo code");
    ASSERT_NE(promo, nullptr);
    EXPECT_EQ(promo->cls, TrendClass::Ripple) << promo->why;

    // Both: categories and phrases side by side in one series.
    auto both = findings("2026-06-01", "2026-07-25", TopicSource::Both);
    EXPECT_TRUE(std::any_of(both.begin(), both.end(), [](const TrendFinding& f) { return !f.phrase; }));
    EXPECT_TRUE(std::any_of(both.begin(), both.end(), [](const TrendFinding& f) { return f.phrase; }));
}

TEST_F(DemoTrends, PhrasesThatComeTogetherAreOneTopicAndItsSamplesCarryThem) {
    auto july = findings("2026-06-01", "2026-07-25", TopicSource::Phrases);
    const TrendFinding* outage = phraseFinding(july, "crashes");
    ASSERT_NE(outage, nullptr);
    EXPECT_FALSE(outage->related.empty()) << "the outage's wordings come together under one topic";
    // No phrase is a topic twice.
    std::vector<std::string> named;
    for (const TrendFinding& f : july) {
        named.push_back(f.topic);
        named.insert(named.end(), f.related.begin(), f.related.end());
    }
    std::sort(named.begin(), named.end());
    EXPECT_EQ(std::adjacent_find(named.begin(), named.end()), named.end());
    auto ids = findingSampleIds(*store_, *outage, 5);
    ASSERT_TRUE(ids.ok());
    ASSERT_FALSE(ids->empty());
    auto analyst = reader(Role::Analyst);
    for (std::int64_t id : *ids) {
        auto shown = analyst.show(id, {});
        ASSERT_TRUE(shown.ok() && *shown);
        std::string text = (*shown)->verbatim.text;
        std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return std::tolower(c); });
        bool carries = text.find(outage->topic) != std::string::npos;
        for (const std::string& r : outage->related) carries = carries || text.find(r) != std::string::npos;
        EXPECT_TRUE(carries) << text;
    }
}

TEST_F(DemoTrends, TheTimelineBaselineHoldsItsLevelThroughABurst) {
    TrendWindow w{parseIsoDay("2026-01-01"), parseIsoDay("2026-04-15")};
    auto series = loadCategorySeries(*store_, w);
    ASSERT_TRUE(series.ok());
    const auto topic =
        static_cast<std::size_t>(std::find_if(series->topics.begin(), series->topics.end(),
                                              [](const auto& t) { return t.name == "Billing/Double charge"; }) -
                                 series->topics.begin());
    ASSERT_LT(topic, series->topics.size());
    const auto expected = expectedCounts(*series, topic);
    const auto twitter = static_cast<std::size_t>(
        std::find(series->channels.begin(), series->channels.end(), "twitter") - series->channels.begin());
    ASSERT_LT(twitter, series->channels.size());
    const auto at = [&](const char* iso) { return static_cast<std::size_t>(day(iso) - series->firstDay); };
    double observed = 0, baseline = 0;
    for (std::size_t d = at("2026-03-08"); d < at("2026-03-22"); ++d) {
        observed += static_cast<double>(series->topics[topic].cells[twitter][d].count);
        baseline += expected[twitter][d];
    }
    EXPECT_GT(baseline, 0.0);
    EXPECT_GT(observed, 10 * baseline) << "the burst does not lift its own baseline";
}

TEST_F(DemoTrends, AWaveOrTsunamiOpensOneEmergingIssueEscalationThatAManagerWorks) {
    auto found = findings("2026-01-01", "2026-08-01", TopicSource::Categories);
    const std::int64_t now = 1'790'000'000;
    auto first = raiseTrendAlerts(*store_, found, now);
    ASSERT_TRUE(first.ok()) << first.error().describe();
    const auto alertable = static_cast<std::size_t>(
        std::count_if(found.begin(), found.end(), [](const TrendFinding& f) { return f.cls != TrendClass::Ripple; }));
    ASSERT_EQ(first->size(), alertable) << "waves and tsunamis alert, ripples do not";
    ASSERT_GE(alertable, 2u);
    for (const TrendAlert& a : *first) EXPECT_TRUE(a.opened);

    // Run again (the radar refreshes): the same issues, nothing new opened.
    auto again = raiseTrendAlerts(*store_, found, now + 3600);
    ASSERT_TRUE(again.ok());
    ASSERT_EQ(again->size(), first->size());
    for (std::size_t i = 0; i < again->size(); ++i) {
        EXPECT_FALSE((*again)[i].opened);
        EXPECT_EQ((*again)[i].escalationId, (*first)[i].escalationId);
    }
    EXPECT_EQ(tw::test::scalar(*store_,
                               "SELECT count(*) FROM escalation WHERE type = 'emerging_issue' AND "
                               "opened_at = " +
                                   std::to_string(now)),
              static_cast<std::int64_t>(alertable));

    // The tsunami: high severity, due in two days, its reason naming the channels and counts.
    auto manager = reader(Role::Manager);
    auto queue = manager.escalations({.types = {kEmergingIssue}}, now);
    ASSERT_TRUE(queue.ok()) << queue.error().describe();
    ASSERT_GE(queue->size(), alertable);
    const Escalation* tsunami = nullptr;
    for (const Escalation& e : *queue)
        if (e.why.starts_with("tsunami in Billing/Double charge")) tsunami = &e;
    ASSERT_NE(tsunami, nullptr);
    EXPECT_EQ(tsunami->severity, Severity::High);
    EXPECT_EQ(tsunami->dueAt, now + 2 * 86400);
    EXPECT_NE(tsunami->why.find("twitter"), std::string::npos) << tsunami->why;
    auto finding = trendAlertFinding(*store_, tsunami->id);
    ASSERT_TRUE(finding.ok() && *finding);
    EXPECT_NE((*finding)->find("\"class\":\"tsunami\""), std::string::npos);
    // The manager works it like any escalation.
    auto moved = manager.moveEscalation(tsunami->id, Move{EscalationState::Triaged, {}, "billing team told", {}}, now);
    EXPECT_TRUE(moved.ok()) << moved.error().describe();
    // An analyst has no queue.
    auto analyst = reader(Role::Analyst);
    EXPECT_FALSE(analyst.escalations({.types = {kEmergingIssue}}, now).ok());
}

namespace {

// A wave of refund delays on twitter and in calls over the given days (each test its own days).
TrendFinding refundWave(const char* start, const char* end) {
    TrendFinding f;
    f.topic = "Returns and refunds/Refund delay";
    f.cls = TrendClass::Wave;
    f.startDay = day(start);
    f.endDay = day(end);
    f.channels = {ChannelBurst{"twitter", f.startDay, f.endDay, 40, 10.0, 5.0},
                  ChannelBurst{"call", f.startDay, f.endDay, 20, 5.0, 4.0}};
    f.leadLagDays = {{"twitter", 0}, {"call", 0}};
    return f;
}

}  // namespace

TEST_F(DemoTrends, AWaveThatBecomesATsunamiRaisesItsEscalation) {
    const std::int64_t now = 1'790'100'000;
    const TrendFinding wave = refundWave("2026-08-01", "2026-08-05");
    auto opened = raiseTrendAlerts(*store_, {wave}, now);
    ASSERT_TRUE(opened.ok());
    ASSERT_EQ(opened->size(), 1u);
    EXPECT_TRUE(opened->front().opened);
    const std::int64_t id = opened->front().escalationId;
    EXPECT_EQ(tw::test::scalar(*store_, "SELECT severity = 'medium' FROM escalation WHERE id = " + std::to_string(id)),
              1);
    TrendFinding grown = wave;  // the next days: the same issue, now a tsunami
    grown.cls = TrendClass::Tsunami;
    grown.endDay += 5;
    auto raised = raiseTrendAlerts(*store_, {grown}, now + 86400);
    ASSERT_TRUE(raised.ok());
    ASSERT_EQ(raised->size(), 1u);
    EXPECT_EQ(raised->front().escalationId, id);
    EXPECT_FALSE(raised->front().opened);
    EXPECT_TRUE(raised->front().grew);
    EXPECT_EQ(tw::test::scalar(*store_, "SELECT severity = 'high' FROM escalation WHERE id = " + std::to_string(id)),
              1);
    EXPECT_EQ(tw::test::scalar(*store_, "SELECT count(*) FROM escalation_history WHERE escalation_id = " +
                                            std::to_string(id) + " AND note LIKE 'the wave became a tsunami%'"),
              1);
}

TEST_F(DemoTrends, ALaterRiseOfTheSameTopicIsTheSameIssueWithinTwoWeeksAndANewOneAfter) {
    const std::int64_t now = 1'790'200'000;
    auto first = raiseTrendAlerts(*store_, {refundWave("2026-09-01", "2026-09-05")}, now);
    ASSERT_TRUE(first.ok());
    ASSERT_EQ(first->size(), 1u);
    EXPECT_TRUE(first->front().opened);
    auto soon = raiseTrendAlerts(*store_, {refundWave("2026-09-12", "2026-09-15")}, now + 86400);
    ASSERT_TRUE(soon.ok());
    ASSERT_EQ(soon->size(), 1u);
    EXPECT_FALSE(soon->front().opened) << "a week after it ended: the same issue";
    EXPECT_EQ(soon->front().escalationId, first->front().escalationId);
    auto later = raiseTrendAlerts(*store_, {refundWave("2026-10-01", "2026-10-06")}, now + 2 * 86400);
    ASSERT_TRUE(later.ok());
    ASSERT_EQ(later->size(), 1u);
    EXPECT_TRUE(later->front().opened) << "weeks after it ended: a new issue";
    EXPECT_NE(later->front().escalationId, first->front().escalationId);
    // Each anchored on a verbatim of the topic from its own days.
    for (const auto* a : {&first->front(), &later->front()}) {
        EXPECT_EQ(tw::test::scalar(*store_,
                                   "SELECT count(*) FROM escalation e JOIN verbatim_category vc ON "
                                   "vc.verbatim_id = e.verbatim_id JOIN category c ON c.id = vc.category_id "
                                   "WHERE c.path = 'Returns and refunds/Refund delay' AND e.id = " +
                                       std::to_string(a->escalationId)),
                  1);
    }
}
