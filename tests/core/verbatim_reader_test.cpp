// Keyset-paged browsing, search and lookup.
#include "store/verbatim_reader.h"
#include "analysis/explanation_codec.h"
#include "ingest/importer.h"
#include "jobs/analyze_job.h"
#include "jobs/categorize_job.h"
#include "store/fts_query.h"
#include "store/rule_search.h"
#include "test_support.h"
#include "text/tokenizer.h"

#include <gtest/gtest.h>

#include <set>

using namespace tw::core;

namespace {
struct Fixture {
    tw::test::TempDir dir;
    Store store = std::move(Store::create(dir.file("s.tw")).value());
    explicit Fixture(int rows = 1000) {
        std::string csv = "id,date,channel,text\n";
        for (int i = 0; i < rows; ++i) {
            csv += std::to_string(i) + ",2026-01-" + std::to_string(1 + i % 28) + " 10:00:" + (i % 60 < 10 ? "0" : "") +
                   std::to_string(i % 60) + "," + (i % 3 ? "chat" : "call") + "," +
                   (i % 10 == 0 ? "refund still missing" : "parcel arrived late") + " #" + std::to_string(i) + "\n";
        }
        csv += std::to_string(rows) + ",,chat,undated refund question\n";
        auto r = importFile(store, dir.write("in.csv", csv), {});
        EXPECT_TRUE(r.ok());
    }
};
}  // namespace

TEST(VerbatimReader, PagesCoverEveryRowOnceInBrowseOrder) {
    Fixture f;
    VerbatimReader reader(f.store);
    auto idx = reader.index({}, 64);
    ASSERT_TRUE(idx.ok());
    EXPECT_EQ(idx->total, 1001);
    EXPECT_EQ(idx->anchors.size(), 16u);
    std::set<std::int64_t> seen;
    std::int64_t lastTime = INT64_MAX;
    for (const auto& a : idx->anchors) {
        auto page = reader.page({}, a, 64);
        ASSERT_TRUE(page.ok());
        for (const auto& v : *page) {
            EXPECT_TRUE(seen.insert(v.id).second);
            std::int64_t t = v.createdAt.value_or(0);
            EXPECT_LE(t, lastTime);
            lastTime = t;
        }
    }
    EXPECT_EQ(seen.size(), 1001u);
}

TEST(VerbatimReader, SearchAndChannelFilterNarrowTheIndex) {
    Fixture f;
    VerbatimReader reader(f.store);
    EXPECT_EQ(reader.index({.search = "refund"}, 64)->total, 101);
    EXPECT_EQ(reader.index({.search = "refund", .channel = "call"}, 64)->total, 34);
    EXPECT_EQ(reader.index({.search = "refund -undated"}, 64)->total, 100);
    EXPECT_EQ(reader.index({.search = "\"arrived late\""}, 64)->total, 900);
    EXPECT_EQ(reader.index({.search = "parc*"}, 64)->total, 900);
    auto hits = reader.search("refund", 5);
    ASSERT_EQ(hits->size(), 5u);
    EXPECT_NE((*hits)[0].snippet.find("[refund]"), std::string::npos);
}

TEST(VerbatimReader, SearchTakesTheRuleLanguageAndSaysWhereARuleIsWrong) {
    Fixture f;
    VerbatimReader reader(f.store);
    for (const char* q : {"\"", "AND", "a OR", "(", "NEAR(", "\"unclosed", "date:2026-13"}) {
        auto r = reader.index({.search = q}, 64);
        ASSERT_FALSE(r.ok()) << q;
        EXPECT_NE(r.error().location.find(':'), std::string::npos) << q << " -> " << r.error().describe();
    }
    // What the FTS5 syntax would choke on is fine: the prefilter is derived, never the user's text.
    EXPECT_EQ(reader.index({.search = "don't"}, 64)->total, 0);
    EXPECT_EQ(reader.index({.search = "refund NEAR/1 missing"}, 64)->total, 100);
    EXPECT_EQ(reader.index({.search = "SENT(arrived late) channel:call"}, 64)->total, 300);
    EXPECT_EQ(reader.index({.search = "refund OR undated"}, 64)->total, 101);
    // Pages follow the rule's matches, and the last search's matches are kept for its pages.
    BrowseFilter rule{.search = "refund -undated"};
    auto idx = reader.index(rule, 64);
    ASSERT_TRUE(idx.ok());
    std::size_t rows = 0;
    for (const auto& a : idx->anchors) {
        auto page = reader.page(rule, a, 64);
        ASSERT_TRUE(page.ok());
        for (const auto& v : *page) EXPECT_NE(v.text.find("refund still missing"), std::string::npos);
        rows += page->size();
    }
    EXPECT_EQ(rows, 100u);
    EXPECT_EQ(reader.count({.search = "late"}).value(), 900);
    EXPECT_EQ(toFtsQuery("  "), "");
    EXPECT_EQ(toFtsQuery("a \"b c\" d* -e"), "\"a\" AND \"b c\" AND \"d\"* NOT \"e\"");
}

TEST(VerbatimReader, CancelStopsALongScan) {
    Fixture f;
    VerbatimReader reader(f.store);
    CancelToken cancel;
    cancel.cancel();
    auto r = reader.index({}, 64, &cancel);
    ASSERT_FALSE(r.ok());
    EXPECT_NE(r.error().message.find("cancelled"), std::string::npos);
}

TEST(VerbatimReader, FiltersByLabelAndPeriod) {
    Fixture f;
    auto analyzer = SentimentAnalyzer::create();
    ASSERT_TRUE(analyzeStore(f.store, *analyzer).ok());
    VerbatimReader reader(f.store);
    // "parcel arrived late" is negative, "refund still missing" too; nothing here is positive.
    EXPECT_EQ(reader.index({.label = "positive"}, 64)->total, 0);
    auto negatives = reader.index({.label = "negative"}, 64)->total;
    EXPECT_GT(negatives, 0);
    EXPECT_EQ(reader.count({.label = "negative"}).value(), negatives);
    // January 10 to 12 (UTC): days 10 and 11 of each 28-day cycle.
    std::int64_t jan10 = 1767225600 + 9 * 86400;
    auto period = reader.index({.from = jan10, .until = jan10 + 2 * 86400}, 64);
    EXPECT_EQ(period->total, 72);  // 1000 rows over 28 days: 36 on each of those days
    auto page = reader.page({.label = "negative", .from = jan10, .until = jan10 + 86400}, {INT64_MAX, INT64_MAX}, 500);
    for (const auto& v : *page) {
        EXPECT_EQ(v.label, "negative");
        EXPECT_GE(*v.createdAt, jan10);
    }
}

// Readers see the explanation as JSON, whether the store holds the compact record `analyze` writes
// now or the JSON earlier versions wrote.
TEST(VerbatimReader, ExplanationsReadAsJsonFromRecordsAndFromEarlierStores) {
    Fixture f(20);
    auto analyzer = SentimentAnalyzer::create();
    ASSERT_TRUE(analyzeStore(f.store, *analyzer).ok());
    VerbatimReader reader(f.store);
    auto first = reader.byId(1);
    ASSERT_TRUE(first.ok() && first->has_value());
    EXPECT_EQ((*first)->explain, explanationJson(analyzer->analyze((*first)->text).contributions));
    EXPECT_NE((*first)->explain.find("\"term\":\"missing\""), std::string::npos) << (*first)->explain;

    const std::string old =
        R"([{"start":0,"end":6,"valence":-1.000,"weight":-1.000,"sentence":0,"term":"refund","rules":[]}])";
    auto q = f.store.db().prepare("UPDATE analysis SET explain = ?1 WHERE verbatim_id = 1");
    q.bind(1, old);
    q.run();
    auto again = reader.byId(1);
    ASSERT_TRUE(again.ok() && again->has_value());
    EXPECT_EQ((*again)->explain, old);
}

// The FTS5 prefilter may only narrow: a rule finds through it exactly what it finds testing every
// verbatim, on texts chosen to trip tokenisation (punctuation inside phrases, case, accents,
// hyphens, apostrophes, elongation, sentence breaks).
TEST(VerbatimReader, ThePrefilterNeverLosesAMatch) {
    tw::test::TempDir dir;
    auto store = Store::create(dir.file("p.tw"));
    ASSERT_TRUE(store.ok());
    const char* texts[] = {"I was charged, twice!",  "CHARGED TWICE again",   "charged. Twice we called",
                           "they double-charged me", "double charged",        "Café was closed; the cafe opens later",
                           "don't charge me twice",  "e-mail never came",     "refunded twiiice",
                           "not charged at all",     "the refund took weeks", "Refunds are slow"};
    std::string csv = "text\n";
    for (const char* t : texts) csv += std::string("\"") + t + "\"\n";
    ASSERT_TRUE(importFile(*store, dir.write("in.csv", csv), {}).ok());
    VerbatimReader reader(*store);
    for (const char* rule :
         {"\"charged twice\"", "\"double charged\"", "double-charged", "\"don't charge\"", "cafe", "café",
          "\"e-mail never\"", "refund*", "refund* NEAR/2 slow", "\"charged twice\" OR refund", "SENT(charged twice)",
          "twice -\"charged twice\"", "~refund"}) {
        RuleSet rs;
        auto id = rs.add(rule);
        ASSERT_TRUE(id.ok()) << rule;
        std::set<std::int64_t> everyVerbatim, prefiltered;
        ASSERT_TRUE(reader
                        .forEach([&](const Verbatim& v) {
                            const TokenizedText tokens = tokenize(v.text);
                            if (rs.match(*id, ruleInputFor(v, tokens)).matched) everyVerbatim.insert(v.id);
                            return true;
                        })
                        .ok());
        ASSERT_TRUE(forEachRuleMatch(*store, rule, [&](const RuleHit& h) {
                        prefiltered.insert(h.verbatim.id);
                        return true;
                    }).ok());
        EXPECT_EQ(prefiltered, everyVerbatim) << rule;
        EXPECT_FALSE(everyVerbatim.empty()) << rule;
    }
}

// The first hits are the newest, whether the rule's candidates are many (the time index is walked
// from the newest) or few (each is looked up and sorted); dates do not follow import order here.
TEST(VerbatimReader, SearchGivesTheNewestHitsFirstForManyAndFewCandidates) {
    tw::test::TempDir dir;
    Store store = std::move(Store::create(dir.file("s.tw")).value());
    std::string csv = "id,date,channel,text\n";
    for (int i = 0; i < 3600; ++i) {
        const int minute = (i * 7919) % 3600;  // a shuffled order of times
        csv += std::to_string(i) + ",2026-02-0" + std::to_string(1 + minute % 9) + " " +
               std::to_string(10 + minute / 600) + ":" + std::to_string(10 + minute % 50) + ":00,chat," +
               (i % 3 ? "refund please" : "parcel late") + " #" + std::to_string(i) + "\n";
    }
    ASSERT_TRUE(importFile(store, dir.write("in.csv", csv), {}).ok());
    VerbatimReader reader(store);
    for (const std::string rule : {"refund", "parcel"}) {        // 2,400 candidates, then 1,200
        std::vector<std::pair<std::int64_t, std::int64_t>> all;  // (time, id), every match
        ASSERT_TRUE(forEachRuleMatch(
                        store, rule,
                        [&](const RuleHit& h) {
                            all.emplace_back(h.verbatim.createdAt.value_or(0), h.verbatim.id);
                            return true;
                        },
                        MatchOrder::Any, nullptr)
                        .ok());
        ASSERT_EQ(all.size(), rule == "refund" ? 2400u : 1200u);
        std::sort(all.begin(), all.end(), std::greater<>());
        auto hits = reader.search(rule, 20);
        ASSERT_TRUE(hits.ok());
        ASSERT_EQ(hits->size(), 20u);
        for (std::size_t i = 0; i < 20; ++i) EXPECT_EQ((*hits)[i].verbatim.id, all[i].second) << rule << " hit " << i;
        EXPECT_EQ(reader.index({.search = rule}, 64)->total, static_cast<std::int64_t>(all.size()));
    }
}

// A search with other filters (the browser's first page while its index is computed): the first
// rows are those of the filter's pages, for each kind of condition and all of them together,
// whether the time index is walked (3,000 candidates) or the candidates sorted (300).
TEST(VerbatimReader, AFilteredSearchGivesTheFirstRowsOfItsPages) {
    Fixture f(3000);
    auto analyzer = SentimentAnalyzer::create();
    ASSERT_TRUE(analyzeStore(f.store, *analyzer).ok());
    ASSERT_TRUE(categorizeStore(f.store, 1).ok());
    VerbatimReader reader(f.store);
    auto late = reader.byId(2);  // "parcel arrived late"
    ASSERT_TRUE(late.ok() && late->has_value());
    ASSERT_FALSE((*late)->categories.empty());
    const std::string top = (*late)->categories.front().substr(0, (*late)->categories.front().find('/'));
    auto refund = reader.byId(1);  // "refund still missing"
    ASSERT_TRUE(refund.ok() && refund->has_value());
    ASSERT_FALSE((*refund)->categories.empty());
    const std::string refundLeaf = (*refund)->categories.front();
    const std::int64_t jan10 = 1767225600 + 9 * 86400;
    const std::vector<BrowseFilter> filters = {
        {.search = "late OR refund", .channel = "call"},
        {.search = "late OR refund", .label = "negative"},
        {.search = "late OR refund", .from = jan10, .until = jan10 + 3 * 86400},
        {.search = "late OR refund", .category = top},
        {.search = "late OR refund", .channel = "chat", .label = "negative", .from = jan10, .category = top},
        {.search = "refund", .channel = "call"},
        {.search = "refund", .from = jan10, .until = jan10 + 3 * 86400, .category = refundLeaf},
        {.search = "late", .category = top + "-not-a-category"},
    };
    for (const BrowseFilter& filter : filters) {
        auto hits = reader.search(filter, 30);
        ASSERT_TRUE(hits.ok()) << hits.error().describe();
        auto page = reader.page(filter, {INT64_MAX, INT64_MAX}, 30);
        ASSERT_TRUE(page.ok());
        ASSERT_EQ(hits->size(), page->size()) << filter.search << " " << filter.category.value_or("");
        for (std::size_t i = 0; i < hits->size(); ++i) EXPECT_EQ((*hits)[i].verbatim.id, (*page)[i].id);
    }
    EXPECT_EQ(reader.search(filters.back(), 30)->size(), 0u);
    EXPECT_EQ(reader.search(filters[0], 30)->size(), 30u);
    EXPECT_GT(reader.search(filters[4], 30)->size(), 0u);
}

// The taxonomy editor's live count: exact when the scan finishes, extrapolated from the share of
// candidates verified when it stops early (a budget, or a newer edit).
TEST(RuleCount, ExactWhenFinishedAndEstimatedWhenStoppedEarly) {
    tw::test::TempDir dir;
    Store store = std::move(Store::create(dir.file("s.tw")).value());
    std::string csv = "id,channel,text\n";
    for (int i = 0; i < 3000; ++i)
        csv += std::to_string(i) + ",chat," + (i % 2 ? "please send the refund" : "refund please") + " #" +
               std::to_string(i) + "\n";
    ASSERT_TRUE(importFile(store, dir.write("in.csv", csv), {}).ok());
    const std::string rule = "refund BEFORE/2 please";  // every verbatim is a candidate, half match
    auto all = countRuleMatches(store, rule, 0);
    ASSERT_TRUE(all.ok()) << all.error().describe();
    EXPECT_TRUE(all->exact());
    EXPECT_EQ(all->candidates, 3000);
    EXPECT_EQ(all->estimate(), 1500);

    int asked = 0;
    std::int64_t seen = 0;
    auto early = countRuleMatches(
        store, rule, 0, [&](const RuleHit&) { ++seen; }, [&] { return ++asked > 1; });
    ASSERT_TRUE(early.ok());
    EXPECT_FALSE(early->exact());
    EXPECT_EQ(early->candidates, 3000);
    EXPECT_LT(early->verified, 1000);
    EXPECT_EQ(early->matches, seen);
    EXPECT_NEAR(static_cast<double>(early->estimate()), 1500.0, 150.0);
    EXPECT_FALSE(countRuleMatches(store, "refund AND (", 0).ok()) << "a rule error comes back";
}
