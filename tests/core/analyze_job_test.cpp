// The analyze job: every verbatim analysed once per analyzer version, incrementally, with
// results per verbatim and per sentence stored with their explanation.
#include "jobs/analyze_job.h"
#include "analysis/explanation_codec.h"
#include "ingest/importer.h"
#include "store_helpers.h"
#include "test_support.h"

#include <gtest/gtest.h>

using namespace tw::core;

using tw::test::scalar;

TEST(AnalyzeJob, AnalysesEverythingOnceAndThenOnlyWhatIsNew) {
    tw::test::TempDir dir;
    auto store = Store::create(dir.file("s.tw"));
    std::string csv = "id,text\n";
    for (int i = 0; i < 500; ++i) {
        csv += std::to_string(i) +
               (i % 2 ? ",Terrible service. I was on hold for an hour!\n" : ",\"Lovely staff, thank you\"\n");
    }
    ASSERT_TRUE(importFile(*store, dir.write("a.csv", csv), {}).ok());
    auto analyzer = SentimentAnalyzer::create();
    int progressCalls = 0;
    auto r = analyzeStore(*store, *analyzer, 2, [&](const Progress&) { ++progressCalls; });
    ASSERT_TRUE(r.ok()) << r.error().describe();
    EXPECT_EQ(r->analysed, 500);
    EXPECT_GE(progressCalls, 1);
    EXPECT_EQ(scalar(*store, "SELECT count(*) FROM analysis WHERE label = 'negative' AND effort = 1"), 250);
    EXPECT_EQ(scalar(*store, "SELECT count(*) FROM analysis WHERE label = 'positive'"), 250);
    EXPECT_EQ(scalar(*store, "SELECT count(*) FROM sentence_analysis"), 250 * 2 + 250);
    // The explanation is stored as a compact record that reads back as the analyzer's JSON.
    auto ex = store->db().prepare(
        "SELECT explain FROM analysis a JOIN verbatim v ON v.id = a.verbatim_id WHERE v.external_id = '1'");
    ASSERT_TRUE(ex.step());
    const std::string explanation = storedExplanationJson(ex.text(0));
    EXPECT_NE(explanation.find("\"term\":\"on hold\""), std::string::npos);
    EXPECT_EQ(explanation,
              explanationJson(analyzer->analyze("Terrible service. I was on hold for an hour!").contributions));
    EXPECT_LT(ex.text(0).size() * 3, explanation.size());

    EXPECT_EQ(analyzeStore(*store, *analyzer)->analysed, 0);  // up to date
    ASSERT_TRUE(importFile(*store, dir.write("b.csv", "id,text\nnew,Brilliant\n"), {}).ok());
    EXPECT_EQ(analyzeStore(*store, *analyzer)->analysed, 1);

    // A changed lexicon is a new analyzer version: everything is analysed again.
    auto lex = dir.write("extra.tsv", "brilliant\t-2\n");
    auto changed = SentimentAnalyzer::create({lex});
    ASSERT_NE(changed->version(), analyzer->version());
    EXPECT_EQ(analyzeStore(*store, *changed)->analysed, 501);
    EXPECT_EQ(scalar(*store,
                     "SELECT count(*) FROM analysis a JOIN verbatim v ON v.id = a.verbatim_id"
                     " WHERE v.external_id = 'new' AND a.label = 'negative'"),
              1);
}

TEST(AnalyzeJob, CancelStopsBetweenBatchesAndKeepsWhatWasWritten) {
    tw::test::TempDir dir;
    auto store = Store::create(dir.file("s.tw"));
    std::string csv = "id,text\n";
    for (int i = 0; i < 10000; ++i) csv += std::to_string(i) + ",fine text " + std::to_string(i) + "\n";
    ASSERT_TRUE(importFile(*store, dir.write("a.csv", csv), {}).ok());
    auto analyzer = SentimentAnalyzer::create();
    CancelToken cancel;
    auto r = analyzeStore(
        *store, *analyzer, 1, [&](const Progress&) { cancel.cancel(); }, &cancel);
    ASSERT_TRUE(r.ok());
    EXPECT_TRUE(r->cancelled);
    // The batch already being analysed when cancel came is finished and kept; no more.
    EXPECT_LE(r->analysed, 8000);
    EXPECT_EQ(r->analysed % 4000, 0);
    EXPECT_EQ(analyzeStore(*store, *analyzer)->analysed, 10000 - r->analysed);
}

TEST(AnalyzeJob, CallsAreScoredOnWhatTheCustomerSaid) {
    tw::test::TempDir dir;
    auto store = Store::create(dir.file("s.tw"));
    auto path = dir.write("calls.jsonl",
                          "{\"id\":\"c1\",\"channel\":\"call\",\"turns\":["
                          "{\"speaker\":\"agent\",\"text\":\"Thank you so much for calling, we love helping you!\"},"
                          "{\"speaker\":\"customer\",\"text\":\"I was charged twice and I am furious.\"}]}\n");
    ASSERT_TRUE(importFile(*store, path, {}).ok());
    auto analyzer = SentimentAnalyzer::create();
    ASSERT_EQ(analyzeStore(*store, *analyzer)->analysed, 1);
    auto q = store->db().prepare("SELECT label, explain FROM analysis");
    ASSERT_TRUE(q.step());
    EXPECT_EQ(q.string(0), "negative");
    EXPECT_EQ(q.string(1).find("love"), std::string::npos) << "the agent's words do not count";
}
