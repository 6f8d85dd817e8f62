// Every file under tests/data/malformed is imported and compared with expected.json: counts,
// quarantine reasons and locations. A broken record never takes its neighbours with it.
#include "ingest/importer.h"
#include "test_support.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <fstream>

using namespace tw::core;

namespace {
nlohmann::json expectations() {
    std::ifstream in(tw::test::testData("malformed/expected.json"));
    return nlohmann::json::parse(in);
}
std::vector<std::string> names() {
    std::vector<std::string> n;
    const nlohmann::json all = expectations();
    for (auto it = all.begin(); it != all.end(); ++it) n.push_back(it.key());
    return n;
}
}  // namespace

class MalformedCorpus : public ::testing::TestWithParam<std::string> {};

TEST_P(MalformedCorpus, EveryRecordIsAccountedFor) {
    const std::string name = GetParam();
    const auto exp = expectations()[name];
    tw::test::TempDir dir;
    auto store = Store::create(dir.file("s.tw"));
    ASSERT_TRUE(store.ok());
    auto r = importFile(*store, tw::test::testData("malformed/" + name), {});
    if (exp.contains("error")) {
        ASSERT_FALSE(r.ok()) << name << " should fail";
        EXPECT_NE(r.error().describe().find(exp["error"].get<std::string>()), std::string::npos) << r.error().describe();
        EXPECT_NE(r.error().describe().find(name), std::string::npos) << "the error names the file";
        return;
    }
    ASSERT_TRUE(r.ok()) << r.error().describe();
    const auto& c = r->counters;
    EXPECT_EQ(c.read, exp["read"].get<int>());
    EXPECT_EQ(c.stored, exp["stored"].get<int>());
    EXPECT_EQ(c.quarantined, exp["quarantined"].get<int>());
    EXPECT_EQ(c.read, c.stored + c.duplicates + c.quarantined);
    if (exp.contains("encoding")) {
        EXPECT_EQ(r->plan.encoding, exp["encoding"].get<std::string>());
    }
    if (exp.contains("reasons")) {
        ASSERT_EQ(r->errors.size(), exp["reasons"].size());
        for (std::size_t i = 0; i < r->errors.size(); ++i) {
            EXPECT_NE(r->errors[i].reason.find(exp["reasons"][i].get<std::string>()), std::string::npos)
                << r->errors[i].reason;
        }
    }
    if (exp.contains("locations")) {
        for (std::size_t i = 0; i < exp["locations"].size(); ++i) {
            EXPECT_EQ(r->errors[i].location, exp["locations"][i].get<std::string>());
        }
    }
    // Quarantine rows carry raw bytes and a reason.
    auto q = store->quarantine(r->runId);
    ASSERT_TRUE(q.ok());
    EXPECT_EQ(static_cast<std::int64_t>(q->size()), c.quarantined);
    for (const auto& row : *q) EXPECT_FALSE(row.reason.empty());
}

INSTANTIATE_TEST_SUITE_P(Files, MalformedCorpus, ::testing::ValuesIn(names()),
                         [](const auto& info) {
                             std::string n = info.param;
                             for (auto& ch : n) if (!std::isalnum(static_cast<unsigned char>(ch))) ch = '_';
                             return n;
                         });

TEST(MalformedCorpusContent, RepairsAndConversionsAreVisible) {
    tw::test::TempDir dir;
    auto store = Store::create(dir.file("s.tw"));
    ASSERT_TRUE(importFile(*store, tw::test::testData("malformed/cp1252.csv"), {}).ok());
    ASSERT_TRUE(importFile(*store, tw::test::testData("malformed/utf16le_bom.csv"), {}).ok());
    ASSERT_TRUE(importFile(*store, tw::test::testData("malformed/nul_invalid_utf8.csv"), {}).ok());
    ASSERT_TRUE(importFile(*store, tw::test::testData("malformed/semicolon_bom.csv"), {}).ok());
    auto has = [&](const std::string& text) {
        auto q = store->db().prepare("SELECT count(*) FROM verbatim WHERE text = ?1");
        q.bind(1, text);
        q.step();
        return q.int64(0) == 1;
    };
    EXPECT_TRUE(has("Café crème was cold"));
    EXPECT_TRUE(has("Cost me 20€ for nothing"));
    EXPECT_TRUE(has("日本語のレビュー"));
    EXPECT_TRUE(has("has a nul byte"));
    EXPECT_TRUE(has("bad \xEF\xBF\xBD\xEF\xBF\xBD bytes here é ok"));
    EXPECT_TRUE(has("Mit \"Zitat\"; und Semikolon"));
    auto p = store->db().prepare("SELECT problems FROM verbatim WHERE text LIKE 'bad %'");
    ASSERT_TRUE(p.step());
    EXPECT_NE(p.string(0).find("invalid UTF-8"), std::string::npos);
}
