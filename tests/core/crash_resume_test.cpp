// A process killed (SIGKILL) in the middle of an import leaves a consistent store, and
// re-running the same import completes it exactly: every row once, no duplicates.
#include "ingest/importer.h"
#include "store/schema.h"
#include "store_helpers.h"
#include "test_support.h"

#include <gtest/gtest.h>

#include <csignal>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

using namespace tw::core;

using tw::test::scalar;

TEST(CrashResume, KilledImportLeavesAConsistentStoreAndReimportCompletesExactly) {
    tw::test::TempDir dir;
    const int rows = 200000;
    std::string csv = "id,date,channel,text\n";
    csv.reserve(static_cast<std::size_t>(rows) * 80);
    for (int i = 0; i < rows; ++i) {
        csv += std::to_string(i) + ",2026-01-" + std::to_string(1 + i % 28) + ",survey,\"Verbatim " + std::to_string(i) +
               " says the delivery was late, again\"\n";
        if (i % 50000 == 7) csv += "ragged,row\n";  // quarantined records survive the crash too
    }
    auto input = dir.write("big.csv", csv);
    auto storePath = dir.file("s.tw");
    ASSERT_TRUE(Store::create(storePath).ok());

    pid_t child = fork();
    ASSERT_GE(child, 0);
    if (child == 0) {
        auto store = Store::open(storePath);
        ImportOptions o;
        o.batchSize = 500;
        o.bulkThresholdRows = 1000;  // killed in bulk mode: secondary indexes are dropped
        auto r = importFile(*store, input, o);
        _exit(r.ok() ? 0 : 1);
    }
    // Kill the child once some batches are committed but well before the end.
    bool killed = false;
    for (int i = 0; i < 2000 && !killed; ++i) {
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
        auto probe = Store::open(storePath, Store::Access::ReadOnly);
        if (!probe) continue;
        auto q = probe->db().prepare("SELECT ifnull(max(records_read), 0) FROM import_run");
        q.step();
        if (q.int64(0) >= 20000) {
            kill(child, SIGKILL);
            killed = true;
        }
    }
    int status = 0;
    waitpid(child, &status, 0);
    ASSERT_TRUE(killed) << "the import finished before it could be killed; make the input larger";
    ASSERT_TRUE(WIFSIGNALED(status));

    {
        Database raw(storePath, Database::Mode::ReadOnly);
        EXPECT_FALSE(hasSecondaryIndexes(raw)) << "the child was killed in bulk mode";
    }
    auto store = Store::open(storePath);
    ASSERT_TRUE(store.ok()) << store.error().describe();
    EXPECT_TRUE(hasSecondaryIndexes(store->db())) << "opening read-write rebuilds them";
    {
        auto check = store->db().prepare("PRAGMA integrity_check");
        ASSERT_TRUE(check.step());
        EXPECT_EQ(check.string(0), "ok");
    }
    // The run's counters match what is really stored.
    std::int64_t storedAtKill = 0;
    {
        auto run = store->db().prepare("SELECT state, stored, quarantined FROM import_run");
        ASSERT_TRUE(run.step());
        EXPECT_EQ(run.string(0), "running");
        storedAtKill = run.int64(1);
        EXPECT_EQ(scalar(*store, "SELECT count(*) FROM verbatim"), storedAtKill);
        EXPECT_EQ(scalar(*store, "SELECT count(*) FROM quarantine"), run.int64(2));
    }
    EXPECT_LT(storedAtKill, rows);
    // The FTS index is in step with the table.
    {
        auto fts = store->db().prepare("INSERT INTO verbatim_fts(verbatim_fts, rank) VALUES ('integrity-check', 1)");
        EXPECT_NO_THROW(fts.step());
    }

    ImportOptions o;
    o.batchSize = 500;
    o.bulkThresholdRows = 1000;
    auto again = importFile(*store, input, o);
    ASSERT_TRUE(again.ok()) << again.error().describe();
    EXPECT_TRUE(again->resumed);
    EXPECT_EQ(again->counters.stored, rows);
    EXPECT_EQ(again->counters.quarantined, 4);
    EXPECT_EQ(again->counters.duplicates, 0);
    EXPECT_EQ(scalar(*store, "SELECT count(*) FROM verbatim"), rows);
    EXPECT_EQ(scalar(*store, "SELECT count(DISTINCT external_id) FROM verbatim"), rows);
    EXPECT_EQ(scalar(*store, "SELECT count(*) FROM quarantine"), 4);
    EXPECT_EQ(scalar(*store, "SELECT count(*) FROM verbatim_fts WHERE verbatim_fts MATCH 'delivery'"), rows);
}
