// The demo corpus is deterministic, covers every channel and holds its planted situations.
#include "demo/demo_corpus.h"
#include "ingest/importer.h"
#include "test_support.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <fstream>
#include <set>

using namespace tw::core;

TEST(DemoCorpus, SameSeedSameBytesAndATruthFile) {
    tw::test::TempDir a, b;
    DemoOptions o;
    o.days = 120;
    auto ra = writeDemoCorpus(a.path().string(), o);
    auto rb = writeDemoCorpus(b.path().string(), o);
    ASSERT_TRUE(ra.ok() && rb.ok());
    EXPECT_EQ(tw::test::readFile(ra->corpusPath), tw::test::readFile(rb->corpusPath));
    EXPECT_EQ(tw::test::readFile(ra->truthPath), tw::test::readFile(rb->truthPath));
    o.seed = 7;
    auto rc = writeDemoCorpus(b.path().string(), o);
    EXPECT_NE(tw::test::readFile(ra->corpusPath), tw::test::readFile(rc->corpusPath));
}

TEST(DemoCorpus, ImportsCleanlyWithEveryChannelAndThePlantedSituations) {
    tw::test::TempDir dir;
    auto demo = writeDemoCorpus(dir.file("demo"));
    ASSERT_TRUE(demo.ok());
    auto store = Store::create(dir.file("s.tw"));
    auto r = importFile(*store, demo->corpusPath, {});
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r->counters.stored, demo->records);
    EXPECT_EQ(r->counters.quarantined, 0);
    EXPECT_GT(demo->records, 20000);

    auto st = store->stats();
    std::set<std::string> channels;
    for (const auto& c : st->channels) channels.insert(c.channel);
    EXPECT_EQ(channels, (std::set<std::string>{"call", "chat", "email", "review", "survey", "twitter"}));
    EXPECT_EQ(st->undated, 0);
    EXPECT_GE(*st->lastCreatedAt - *st->firstCreatedAt, 360 * 86400);

    std::ifstream in(demo->truthPath);
    auto truth = nlohmann::json::parse(in);
    ASSERT_EQ(truth["events"].size(), 3u);
    std::set<std::string> classes;
    for (const auto& e : truth["events"]) classes.insert(e["expected_class"].get<std::string>());
    EXPECT_EQ(classes, (std::set<std::string>{"ripple", "wave", "tsunami"}));
    std::set<std::string> flagTypes, piiTypes;
    for (const auto& f : truth["flags"]) flagTypes.insert(f["type"].get<std::string>());
    for (const auto& p : truth["pii"]) piiTypes.insert(p["type"].get<std::string>());
    EXPECT_EQ(flagTypes, (std::set<std::string>{"adverse_event", "litigation_threat", "regulator_complaint", "criminal_or_hr"}));
    EXPECT_TRUE(piiTypes.count("EMAIL") && piiTypes.count("PHONE") && piiTypes.count("PAYMENT_CARD"));

    // The tsunami shows up on social media before the contact center.
    auto first = [&](const char* channel) {
        auto q = store->db().prepare(
            "SELECT min(created_at) FROM verbatim v WHERE v.channel = ?1 AND v.id IN"
            " (SELECT rowid FROM verbatim_fts WHERE verbatim_fts MATCH '\"charged twice\" OR \"double charge\"')");
        q.bind(1, channel);
        q.step();
        return q.int64(0);
    };
    EXPECT_LT(first("twitter") + 3 * 86400, first("call"));
    // Call transcripts keep agent/customer turns.
    std::int64_t calls = 0;
    for (const auto& c : st->channels) if (c.channel == "call") calls = c.count;
    auto turns = store->db().prepare("SELECT count(DISTINCT verbatim_id) FROM speaker_turn");
    turns.step();
    EXPECT_EQ(turns.int64(0), calls);
}
