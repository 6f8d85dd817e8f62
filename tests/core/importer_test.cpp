// The import pipeline end to end against a real store.
#include "ingest/importer.h"
#include "ingest/source_record.h"
#include "store/schema.h"
#include "store/verbatim_reader.h"
#include "store_helpers.h"
#include "test_support.h"

#include <gtest/gtest.h>

using namespace tw::core;
using tw::test::scalar;

namespace {
struct Fixture {
    tw::test::TempDir dir;
    Store store = std::move(Store::create(dir.file("s.tw")).value());
};
}  // namespace

TEST(Importer, ReimportingTheSameFileStoresNothingNew) {
    Fixture f;
    auto path = f.dir.write("a.csv", "id,text\n1,hello\n2,hello\n,no id here\n,no id here\n");
    auto first = importFile(f.store, path, {});
    ASSERT_TRUE(first.ok()) << first.error().describe();
    EXPECT_EQ(first->counters.stored, 4);  // same text twice in one file is two verbatims
    auto second = importFile(f.store, path, {});
    ASSERT_TRUE(second.ok());
    EXPECT_EQ(second->counters.stored, 0);
    EXPECT_EQ(second->counters.duplicates, 4);
    EXPECT_EQ(scalar(f.store, "SELECT count(*) FROM verbatim"), 4);
    // A copy of the file under another name is the same data.
    auto copy = f.dir.write("copy.csv", tw::test::readFile(path));
    EXPECT_EQ(importFile(f.store, copy, {})->counters.stored, 0);
}

TEST(Importer, MappingChannelAttributesAndRatingAreStored) {
    Fixture f;
    auto path = f.dir.write("r.csv", "Stars,Review Text,Store,When\n4,Great staff,Berlin,2026-02-01\n1,Broken,,2026-02-02\n");
    ImportOptions o;
    o.channel = "review";
    o.map = "date=When";
    auto r = importFile(f.store, path, o);
    ASSERT_TRUE(r.ok()) << r.error().describe();
    VerbatimReader reader(f.store);
    auto page = reader.page({}, {INT64_MAX, INT64_MAX}, 10);
    ASSERT_EQ(page->size(), 2u);
    const Verbatim& older = (*page)[1];
    EXPECT_EQ(older.text, "Great staff");
    EXPECT_EQ(older.channel, "review");
    EXPECT_EQ(*older.rating, 4.0);
    EXPECT_EQ(older.attributes, "{\"Store\":\"Berlin\"}");
    EXPECT_EQ(*older.createdAt, 1769904000);  // 2026-02-01T00:00:00Z
    EXPECT_EQ((*page)[0].attributes, "{}");    // empty values are not kept
}

TEST(Importer, UnreadableDateKeepsTheRowAndRecordsTheProblem) {
    Fixture f;
    auto path = f.dir.write("d.csv", "date,text\nsoon,still kept\n");
    ASSERT_TRUE(importFile(f.store, path, {}).ok());
    auto q = f.store.db().prepare("SELECT created_at IS NULL, problems FROM verbatim");
    ASSERT_TRUE(q.step());
    EXPECT_EQ(q.int64(0), 1);
    EXPECT_NE(q.string(1).find("not a date"), std::string::npos);
    EXPECT_NE(q.string(1).find("soon"), std::string::npos);
}

TEST(Importer, CallTranscriptTurnsAreStored) {
    Fixture f;
    auto path = f.dir.write("calls.jsonl",
                            "{\"id\":\"c1\",\"channel\":\"call\",\"turns\":[{\"speaker\":\"agent\",\"text\":\"Hello\"},"
                            "{\"speaker\":\"customer\",\"text\":\"I was charged twice\"}]}\n");
    auto r = importFile(f.store, path, {});
    ASSERT_TRUE(r.ok()) << r.error().describe();
    EXPECT_EQ(r->counters.stored, 1);
    auto q = f.store.db().prepare("SELECT speaker, start_cp, end_cp FROM speaker_turn ORDER BY seq");
    ASSERT_TRUE(q.step());
    EXPECT_EQ(q.string(0), "agent");
    ASSERT_TRUE(q.step());
    EXPECT_EQ(q.string(0), "customer");
    EXPECT_EQ(q.int64(1), 23);  // "Agent: Hello\nCustomer: " is 23 code points
    EXPECT_EQ(q.int64(2), 42);
}

TEST(Importer, CancelKeepsWhatWasCommittedAndRerunResumes) {
    Fixture f;
    std::string csv = "id,text\n";
    for (int i = 0; i < 1000; ++i) csv += std::to_string(i) + ",verbatim number " + std::to_string(i) + "\n";
    auto path = f.dir.write("big.csv", csv);
    CancelToken cancel;
    ImportOptions o;
    o.batchSize = 100;
    int calls = 0;
    auto r = importFile(f.store, path, o, [&](const Progress& p) {
        ++calls;
        EXPECT_GT(p.totalBytes, 0u);
        if (p.records >= 300) cancel.cancel();
    }, &cancel);
    ASSERT_TRUE(r.ok());
    EXPECT_TRUE(r->cancelled);
    EXPECT_GE(calls, 3);
    auto storedBefore = scalar(f.store, "SELECT count(*) FROM verbatim");
    EXPECT_GE(storedBefore, 300);
    EXPECT_LT(storedBefore, 1000);
    EXPECT_EQ(scalar(f.store, "SELECT count(*) FROM import_run WHERE state = 'cancelled'"), 1);
    auto again = importFile(f.store, path, o);
    ASSERT_TRUE(again.ok());
    EXPECT_TRUE(again->resumed);
    EXPECT_EQ(again->counters.read, 1000);
    EXPECT_EQ(again->counters.stored, 1000);
    EXPECT_EQ(again->counters.duplicates, 0);
    EXPECT_EQ(scalar(f.store, "SELECT count(*) FROM verbatim"), 1000);
    EXPECT_EQ(scalar(f.store, "SELECT count(*) FROM import_run"), 1);
}

TEST(Importer, UnusableInputIsAnErrorThatSaysWhy) {
    Fixture f;
    auto missing = importFile(f.store, f.dir.file("nope.csv"), {});
    ASSERT_FALSE(missing.ok());
    EXPECT_NE(missing.error().describe().find("nope.csv"), std::string::npos);
    ImportOptions badFormat;
    badFormat.format = "xml";
    EXPECT_FALSE(importFile(f.store, f.dir.write("x.csv", "text\nx\n"), badFormat).ok());
    ImportOptions badMap;
    badMap.map = "text=missing";
    auto m = importFile(f.store, f.dir.file("x.csv"), badMap);
    ASSERT_FALSE(m.ok());
    EXPECT_EQ(m.error().location, "--map");
    EXPECT_EQ(scalar(f.store, "SELECT count(*) FROM import_run"), 0);  // nothing half-written
}

TEST(Importer, HugeFieldIsQuarantinedWithoutTakingNeighbours) {
    Fixture f;
    ImportOptions o;
    o.maxRecordBytes = 1 << 16;
    std::string csv = "id,text\n1,before\n2,\"" + std::string(200000, 'z') + "\"\n3,after\n";
    auto r = importFile(f.store, f.dir.write("h.csv", csv), o);
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r->counters.stored, 2);
    EXPECT_EQ(r->counters.quarantined, 1);
    auto q = f.store.quarantine(std::nullopt);
    ASSERT_EQ(q->size(), 1u);
    EXPECT_TRUE((*q)[0].rawTruncated);
    EXPECT_EQ((*q)[0].location, "line 3");
    EXPECT_LE((*q)[0].raw.size(), kMaxRawKept);
}

TEST(Importer, JsonKeysThatAppearOnlyLaterAreStillMapped) {
    Fixture f;
    std::string jsonl;
    for (int i = 0; i < 50; ++i) jsonl += "{\"id\":\"" + std::to_string(i) + "\",\"text\":\"tweet " + std::to_string(i) + "\"}\n";
    jsonl += "{\"id\":\"r1\",\"text\":\"a review\",\"rating\":2}\n";
    ASSERT_TRUE(importFile(f.store, f.dir.write("mixed.jsonl", jsonl), {}).ok());
    auto q = f.store.db().prepare("SELECT rating, attributes FROM verbatim WHERE external_id = 'r1'");
    ASSERT_TRUE(q.step());
    EXPECT_EQ(q.real(0), 2.0);
    EXPECT_EQ(q.string(1), "{}");
}

TEST(Importer, BulkModeRebuildsSecondaryIndexesAtTheEnd) {
    Fixture f;
    std::string csv = "id,text\n";
    for (int i = 0; i < 2000; ++i) csv += std::to_string(i) + ",row " + std::to_string(i) + "\n";
    ImportOptions o;
    o.bulkThresholdRows = 10;
    auto r = importFile(f.store, f.dir.write("bulk.csv", csv), o);
    ASSERT_TRUE(r.ok());
    EXPECT_TRUE(r->bulk);
    EXPECT_TRUE(hasSecondaryIndexes(f.store.db()));
    // A small file into a store that already holds more is imported without bulk mode.
    auto small = importFile(f.store, f.dir.write("small.csv", "id,text\nx,one more\n"), o);
    ASSERT_TRUE(small.ok());
    EXPECT_FALSE(small->bulk);
}

TEST(Importer, PreviewShowsTheFirstRowsTheGuessedMappingAndTheProblems) {
    auto p = previewFile(tw::test::testData("malformed/ragged_row.csv"), {}, 20);
    ASSERT_TRUE(p.ok());
    EXPECT_EQ(p->format, "csv");
    EXPECT_EQ(p->columns, (std::vector<std::string>{"id", "date", "text"}));
    EXPECT_EQ(p->rows.size(), 3u);
    EXPECT_EQ(*p->mapping.column(Field::Text), "text");
    ASSERT_EQ(p->problems.size(), 2u);
    EXPECT_EQ(p->problems[0].location, "line 3");
}

TEST(Importer, AStatementStillReadingOnTheConnectionDoesNotStopAnImport) {
    Fixture f;
    ASSERT_TRUE(importFile(f.store, f.dir.write("a.csv", "id,text\n1,first\n"), {}).ok());
    auto reading = f.store.db().prepare("SELECT id FROM verbatim");
    ASSERT_TRUE(reading.step());  // an open read on the same connection: tuning pragmas cannot apply
    std::string csv = "id,text\n";
    for (int i = 0; i < 300; ++i) csv += std::to_string(i + 10) + ",row " + std::to_string(i) + "\n";
    ImportOptions o;
    o.bulkThresholdRows = 10;
    auto r = importFile(f.store, f.dir.write("b.csv", csv), o);
    ASSERT_TRUE(r.ok()) << r.error().describe();
    EXPECT_EQ(r->counters.stored, 300);
}
