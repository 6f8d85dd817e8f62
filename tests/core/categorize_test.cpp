// Categories in the store: the taxonomy saved and read back, categorisation that is incremental
// (new verbatims only; an edited rule re-applied alone; a cancelled run continues), counts that
// roll up to every ancestor once (kept for the chart, and in step with every change), and the
// browser's category filter.
#include "ingest/importer.h"
#include "jobs/analyze_job.h"
#include "jobs/categorize_job.h"
#include "store/analysis_repository.h"
#include "store/category_repository.h"
#include "store/category_volume.h"
#include "store/erasure.h"
#include "store/verbatim_reader.h"
#include "store_helpers.h"
#include "test_support.h"

#include <gtest/gtest.h>

using namespace tw::core;

namespace {

std::string taxonomyJson(const std::string& lateRule) {
    return R"({"format": "tidewatch-taxonomy", "version": 1, "name": "test", "categories": [
      {"name": "Delivery", "children": [
        {"name": "Late", "rule": ")" +
           lateRule + R"("},
        {"name": "Damaged", "rule": "damaged OR broken"}]},
      {"name": "Refunds", "rule": "refund*"}]})";
}

struct Fixture {
    tw::test::TempDir dir;
    Store store = std::move(Store::create(dir.file("s.tw")).value());
    CategoryRepository repo{store};
    explicit Fixture(int rows = 300) {
        importRows(0, rows);
        auto t = Taxonomy::fromJson(taxonomyJson("late"), "test");
        EXPECT_TRUE(t.ok());
        EXPECT_TRUE(repo.saveTaxonomy(*t).ok());
    }
    // Row i: "late" every 2nd, "broken" every 3rd, "refund" every 5th; channel call every 4th.
    void importRows(int from, int to) {
        std::string csv = "id,date,channel,text\n";
        for (int i = from; i < to; ++i) {
            std::string text = "order " + std::to_string(i);
            if (i % 2 == 0) text += " arrived late.";
            if (i % 3 == 0) text += " The box was broken.";
            if (i % 5 == 0) text += " I want a refund.";
            csv += std::to_string(i) + ",2026-02-01," + (i % 4 == 0 ? "call" : "chat") + ",\"" + text + "\"\n";
        }
        EXPECT_TRUE(importFile(store, dir.write("in" + std::to_string(from) + ".csv", csv), {}).ok());
    }
    std::int64_t count(const std::string& path, const BrowseFilter& filter = {}) {
        auto counts = repo.counts(filter);
        EXPECT_TRUE(counts.ok());
        for (const auto& c : *counts) {
            if (c.path == path) return c.verbatims;
        }
        ADD_FAILURE() << "no category " << path;
        return -1;
    }
};

// Multiples of any of `divisors` among 0..n-1.
int multiples(int n, std::initializer_list<int> divisors) {
    int k = 0;
    for (int i = 0; i < n; ++i) {
        for (int d : divisors) {
            if (i % d == 0) {
                ++k;
                break;
            }
        }
    }
    return k;
}

}  // namespace

TEST(Categorize, StoresMatchesWithSpansAndRollsCountsUp) {
    Fixture f;
    auto r = categorizeStore(f.store, 2);
    ASSERT_TRUE(r.ok()) << r.error().describe();
    EXPECT_EQ(r->tested, 300);
    EXPECT_EQ(r->categories, 3);
    EXPECT_EQ(f.count("Delivery/Late"), 150);
    EXPECT_EQ(f.count("Delivery/Damaged"), 100);
    EXPECT_EQ(f.count("Refunds"), 60);
    EXPECT_EQ(f.count("Delivery"), multiples(300, {2, 3}));  // each verbatim once, however many children
    // Filters apply to the counts: calls are every 4th row, so every one of them is late.
    EXPECT_EQ(f.count("Delivery/Late", {.channel = "call"}), 75);
    // The categories of one verbatim, with the spans that matched: row 30 is late, broken, refund.
    auto page = VerbatimReader(f.store).search("\"order 30\"", 1);
    ASSERT_TRUE(page.ok() && page->size() == 1);
    const Verbatim& v = (*page)[0].verbatim;
    auto cats = f.repo.ofVerbatim(v.id);
    ASSERT_TRUE(cats.ok());
    ASSERT_EQ(cats->size(), 3u);
    EXPECT_EQ((*cats)[0].first, "Delivery/Late");
    ASSERT_EQ((*cats)[0].second.size(), 1u);
    EXPECT_EQ(v.text.substr((*cats)[0].second[0].startCp, 4), "late");
    EXPECT_EQ((*cats)[2].first, "Refunds");
    // The browser narrows to a category and its subcategories.
    EXPECT_EQ(VerbatimReader(f.store).count({.category = "Delivery"}).value(), multiples(300, {2, 3}));
    EXPECT_EQ(VerbatimReader(f.store).count({.category = "Delivery/Damaged"}).value(), 100);
    EXPECT_EQ(VerbatimReader(f.store).count({.search = "refund", .category = "Delivery/Late"}).value(),
              multiples(300, {10}));
    // Rules may ask for categories too.
    EXPECT_EQ(VerbatimReader(f.store).count({.search = "category:Refunds -category:Delivery"}).value(),
              60 - multiples(300, {10, 15}));
}

TEST(Categorize, OnlyWhatIsNewOrEditedIsApplied) {
    Fixture f;
    ASSERT_TRUE(categorizeStore(f.store, 2).ok());
    auto again = categorizeStore(f.store, 2);
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again->tested, 0);
    EXPECT_EQ(again->categories, 0);

    // New verbatims: only they are read.
    f.importRows(300, 400);
    auto more = categorizeStore(f.store, 2);
    ASSERT_TRUE(more.ok());
    EXPECT_EQ(more->tested, 100);
    EXPECT_EQ(f.count("Delivery/Late"), 200);

    // An edited rule: that category alone starts again, the others keep their matches.
    auto edited = Taxonomy::fromJson(taxonomyJson("late AND channel:call"), "test");
    ASSERT_TRUE(edited.ok());
    ASSERT_TRUE(f.repo.saveTaxonomy(*edited).ok());
    EXPECT_EQ(f.count("Delivery/Late"), 0);  // forgotten until re-applied
    EXPECT_EQ(f.count("Delivery/Damaged"), multiples(400, {3}));
    auto redo = categorizeStore(f.store, 2);
    ASSERT_TRUE(redo.ok());
    EXPECT_EQ(redo->categories, 1);
    EXPECT_EQ(redo->tested, 0);     // searched through the full-text index, not read one by one
    EXPECT_EQ(redo->matches, 100);  // every 4th row is a call, and all of those are late
    EXPECT_EQ(f.count("Delivery/Late"), 100);
    EXPECT_EQ(f.count("Delivery/Damaged"), multiples(400, {3}));
    EXPECT_EQ(f.count("Refunds"), 80);

    // A removed category loses its matches; the store's taxonomy reads back as saved.
    auto smaller = Taxonomy::fromJson(
        R"({"format": "tidewatch-taxonomy", "version": 1, "name": "smaller", "categories": [
            {"name": "Refunds", "rule": "refund*"}]})",
        "test");
    ASSERT_TRUE(smaller.ok());
    ASSERT_TRUE(f.repo.saveTaxonomy(*smaller).ok());
    auto back = f.repo.taxonomy();
    ASSERT_TRUE(back.ok());
    EXPECT_EQ(back->name(), "smaller");
    EXPECT_EQ(back->fingerprint(), smaller->fingerprint());
    auto counts = f.repo.counts({});
    ASSERT_EQ(counts->size(), 1u);
    EXPECT_EQ((*counts)[0].verbatims, 80);
    EXPECT_EQ(categorizeStore(f.store, 2)->tested, 0);
}

TEST(Categorize, ACancelledRunKeepsWhatItWroteAndTheNextContinues) {
    Fixture f(25000);  // more than one batch
    CancelToken cancel;
    int batches = 0;
    auto first = categorizeStore(
        f.store, 2,
        [&](const Progress&) {
            if (++batches == 1) cancel.cancel();
        },
        &cancel);
    ASSERT_TRUE(first.ok());
    EXPECT_TRUE(first->cancelled);
    EXPECT_LT(first->tested, 25000);
    EXPECT_GT(first->tested, 0);
    auto rest = categorizeStore(f.store, 2);
    ASSERT_TRUE(rest.ok());
    EXPECT_EQ(first->tested + rest->tested, 25000);
    EXPECT_EQ(f.count("Delivery/Late"), 12500);
    EXPECT_EQ(f.count("Refunds"), 5000);
}

TEST(Categorize, AStoreWithoutItsOwnTaxonomyUsesTheBuiltInOne) {
    tw::test::TempDir dir;
    auto store = Store::create(dir.file("s.tw"));
    ASSERT_TRUE(store.ok());
    ASSERT_TRUE(importFile(*store, dir.write("in.csv", "text\nI was charged twice for one order\n"), {}).ok());
    auto r = categorizeStore(*store, 1);
    ASSERT_TRUE(r.ok()) << r.error().describe();
    EXPECT_GE(r->categories, 40);
    auto counts = CategoryRepository(*store).counts({});
    ASSERT_TRUE(counts.ok());
    std::int64_t doubleCharge = -1;
    for (const auto& c : *counts) {
        if (c.path == "Billing/Double charge") doubleCharge = c.verbatims;
    }
    EXPECT_EQ(doubleCharge, 1);
}

// A rule that reads sentiment follows the analysis: applied before it (nothing analysed: no match),
// again after it, and again when the store's lexicon changes what the texts score.
TEST(Categorize, ARuleOnSentimentIsAppliedAgainWhenTheAnalysisChanges) {
    Fixture f(60);
    auto t = Taxonomy::fromJson(taxonomyJson("late AND sentiment:negative"), "test");
    ASSERT_TRUE(t.ok());
    ASSERT_TRUE(f.repo.saveTaxonomy(*t).ok());
    ASSERT_TRUE(categorizeStore(f.store, 1).ok());
    EXPECT_EQ(f.count("Delivery/Late"), 0) << "nothing is analysed yet";
    const auto negativeLate = [&] {
        return tw::test::scalar(f.store,
                                "SELECT count(*) FROM verbatim v JOIN analysis a ON a.verbatim_id = v.id"
                                " WHERE v.text LIKE '%late%' AND a.label = 'negative'");
    };
    auto analyse = [&] {
        auto analyzer = analyzerForStore(f.store);
        EXPECT_TRUE(analyzer.ok());
        auto report = analyzeStore(f.store, *analyzer, 1);
        EXPECT_TRUE(report.ok());
        return report.ok() ? *report : AnalyzeReport{};
    };
    const AnalyzeReport first = analyse();
    EXPECT_EQ(first.analysed, 60);
    EXPECT_EQ(first.categoriesToRedo, 1) << "only the rule that reads sentiment";
    ASSERT_TRUE(categorizeStore(f.store, 1).ok());
    const std::int64_t before = negativeLate();
    ASSERT_GT(before, 0);
    EXPECT_EQ(f.count("Delivery/Late"), before);
    EXPECT_EQ(f.count("Delivery/Damaged"), multiples(60, {3})) << "rules without analysis fields stay as they were";

    // This business: "late" is good news (a late-night opening); the texts score again.
    ASSERT_TRUE(AnalysisRepository(f.store).setLexiconOverride("late", "3.0", "").ok());
    const AnalyzeReport second = analyse();
    EXPECT_EQ(second.analysed, 60);
    ASSERT_TRUE(categorizeStore(f.store, 1).ok());
    EXPECT_LT(negativeLate(), before) << "fewer late deliveries read as negative";
    EXPECT_EQ(f.count("Delivery/Late"), negativeLate()) << "the matches follow the new scores";
}

// Matches are written without SQLite's per-row foreign-key checks: the batch's own check leaves
// out the matches of a verbatim erased and of a category removed since the batch was read, and
// the store's foreign keys are enforced again afterwards.
TEST(Categorize, MatchesOfWhatIsNoLongerInTheStoreAreLeftOut) {
    Fixture f(10);
    auto states = f.repo.states();
    ASSERT_TRUE(states.ok());
    std::int64_t refunds = 0;
    for (const auto& s : *states) refunds = s.path == "Refunds" ? s.id : refunds;
    ASSERT_NE(refunds, 0);
    const std::vector<CategoryMatch> batch = {
        {refunds, 1, {{0, 5}}, {0}}, {refunds, 999, {{0, 5}}, {0}}, {987654, 2, {{0, 5}}, {0}}};
    ASSERT_TRUE(f.repo.writeBatch(batch, 10).ok());
    auto rows = f.store.db().prepare("SELECT category_id, verbatim_id FROM verbatim_category");
    std::vector<std::pair<std::int64_t, std::int64_t>> stored;
    while (rows.step()) stored.emplace_back(rows.int64(0), rows.int64(1));
    EXPECT_EQ(stored, (std::vector<std::pair<std::int64_t, std::int64_t>>{{refunds, 1}}));
    auto fk = f.store.db().prepare("PRAGMA foreign_keys");
    ASSERT_TRUE(fk.step());
    EXPECT_EQ(fk.int64(0), 1);
    f.store.db().exec("DELETE FROM verbatim WHERE id = 1");  // erasing cascades to its categories
    auto left = f.store.db().prepare("SELECT count(*) FROM verbatim_category");
    ASSERT_TRUE(left.step());
    EXPECT_EQ(left.int64(0), 0);
}

// The chart's volumes are kept after each run, so that the chart reads a few rows instead of every
// match, and they never disagree with the matches: every change in between makes the chart read
// the matches until the next run, erasure or retention rebuilds them.
TEST(Categorize, TheChartsKeptVolumesAgreeWithTheMatchesAfterEveryChange) {
    Fixture f;
    const std::vector<BrowseFilter> filters = {{}, {.channel = "call"}, {.channel = "chat"}, {.channel = "email"}};
    auto kept = [&](const BrowseFilter& filter) {
        auto k = keptCategoryVolumes(f.store, filter);
        EXPECT_TRUE(k.ok());
        return k.ok() ? *k : std::nullopt;
    };
    auto expectAgree = [&](const std::string& when, bool keptExpected) {
        for (const BrowseFilter& filter : filters) {
            const std::string what = when + ", channel " + filter.channel.value_or("(any)");
            auto scanned = scannedCategoryVolumes(f.store, filter);
            ASSERT_TRUE(scanned.ok());
            auto counts = f.repo.counts(filter);
            ASSERT_TRUE(counts.ok());
            auto k = kept(filter);
            EXPECT_EQ(k.has_value(), keptExpected) << what;
            for (const auto* c : {&*counts, k ? &*k : &*counts}) {
                ASSERT_EQ(c->size(), scanned->size()) << what;
                for (std::size_t i = 0; i < c->size(); ++i) {
                    EXPECT_EQ((*c)[i].path, (*scanned)[i].path) << what;
                    EXPECT_EQ((*c)[i].depth, (*scanned)[i].depth) << what;
                    EXPECT_EQ((*c)[i].verbatims, (*scanned)[i].verbatims) << what << ", " << (*c)[i].path;
                }
            }
        }
    };
    expectAgree("before any run", false);
    ASSERT_TRUE(categorizeStore(f.store, 2).ok());
    expectAgree("after the first run", true);
    EXPECT_EQ(f.count("Delivery"), multiples(300, {2, 3}));
    EXPECT_EQ(f.count("Delivery/Late", {.channel = "call"}), 75);
    EXPECT_FALSE(kept({.label = "negative"}).has_value()) << "labels and periods are read from the matches";
    EXPECT_FALSE(kept({.from = 0}).has_value());

    f.importRows(300, 400);
    expectAgree("after an import (nothing categorised yet)", true);
    ASSERT_TRUE(categorizeStore(f.store, 2).ok());
    expectAgree("after categorising the import", true);
    EXPECT_EQ(f.count("Delivery/Late"), 200);

    auto edited = Taxonomy::fromJson(taxonomyJson("late AND channel:call"), "test");
    ASSERT_TRUE(edited.ok());
    ASSERT_TRUE(f.repo.saveTaxonomy(*edited).ok());
    expectAgree("after editing a rule", false);
    EXPECT_EQ(f.count("Delivery/Late"), 0);
    ASSERT_TRUE(categorizeStore(f.store, 2).ok());  // the edited rule alone, searched
    expectAgree("after re-applying the edited rule", true);
    EXPECT_EQ(f.count("Delivery/Late"), 100);

    auto sentiment = Taxonomy::fromJson(taxonomyJson("late AND sentiment:negative"), "test");
    ASSERT_TRUE(sentiment.ok());
    ASSERT_TRUE(f.repo.saveTaxonomy(*sentiment).ok());
    ASSERT_TRUE(categorizeStore(f.store, 2).ok());
    expectAgree("after a rule on sentiment", true);
    auto analyzer = analyzerForStore(f.store);
    ASSERT_TRUE(analyzer.ok());
    auto analysed = analyzeStore(f.store, *analyzer, 1);
    ASSERT_TRUE(analysed.ok());
    ASSERT_EQ(analysed->categoriesToRedo, 1);
    expectAgree("after an analysis that the rule reads", false);
    ASSERT_TRUE(categorizeStore(f.store, 2).ok());
    expectAgree("after re-applying it", true);

    // Calls are purged after 30 days: the volumes are rebuilt with the purge.
    const std::int64_t feb1 = 1769904000;  // 2026-02-01, the rows' date
    ASSERT_TRUE(setRetentionRules(f.store, {{"call", 30}}, "admin", feb1).ok());
    auto purged = applyRetention(f.store, "admin", feb1 + 60 * 86400);
    ASSERT_TRUE(purged.ok()) << purged.error().describe();
    EXPECT_EQ(purged->removed, 100);
    expectAgree("after retention", true);
    EXPECT_EQ(f.count("Delivery/Damaged", {.channel = "call"}), 0);
    EXPECT_EQ(f.count("Delivery/Damaged"), multiples(400, {3}) - multiples(100, {3}));  // rows 0, 12, 24...
}
