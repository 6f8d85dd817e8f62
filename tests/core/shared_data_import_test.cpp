// Real, messy files from ../shared/data import with every record accounted for. Skipped with a
// message when the folder is absent (it is never copied into the project).
#include "ingest/importer.h"
#include "test_support.h"

#include <gtest/gtest.h>

#include <filesystem>

using namespace tw::core;

struct SharedFile {
    const char* path;
    std::int64_t records;  // logical CSV records in the file (header excluded)
    std::int64_t minStored;
};

class SharedDataImport : public ::testing::TestWithParam<SharedFile> {};

TEST_P(SharedDataImport, EveryRecordIsStoredDuplicateOrQuarantined) {
    auto path = tw::test::sharedData(GetParam().path);
    if (!std::filesystem::exists(path)) GTEST_SKIP() << "shared data not present: " << path;
    tw::test::TempDir dir;
    auto store = Store::create(dir.file("s.tw"));
    auto r = importFile(*store, path, {});
    ASSERT_TRUE(r.ok()) << r.error().describe();
    const auto& c = r->counters;
    EXPECT_EQ(c.read, GetParam().records);
    EXPECT_EQ(c.read, c.stored + c.duplicates + c.quarantined);
    EXPECT_GE(c.stored, GetParam().minStored);
    auto st = store->stats();
    EXPECT_EQ(st->verbatims, c.stored);
    EXPECT_EQ(st->quarantined, c.quarantined);
    EXPECT_EQ(st->undated, 0) << "every record of these files has a readable date";
}

INSTANTIATE_TEST_SUITE_P(
    Files, SharedDataImport,
    ::testing::Values(
        // one record has bare CRs inside unquoted text: it stays one record
        SharedFile{"cs_twcs_customer_support_twitter/twcs_first5000.csv", 5000, 5000},
        // 1,532 narratives; rows without one are quarantined as "empty text"
        SharedFile{"cs_cfpb_complaints_sample/complaints_sample.csv", 6623, 1532},
        // the Kaggle file repeats some tweets verbatim (same id, same text): duplicates
        SharedFile{"cs_twitter_airline_sentiment/Tweets.csv", 14640, 14400}),
    [](const auto& info) {
        std::string n = info.param.path;
        n = n.substr(0, n.find('/'));
        for (auto& ch : n) if (!std::isalnum(static_cast<unsigned char>(ch))) ch = '_';
        return n;
    });
