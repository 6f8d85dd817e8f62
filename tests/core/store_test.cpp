// Store creation, migrations from every earlier version, and clear errors for files that are
// not usable stores.
#include "store/store.h"
#include "store/schema.h"
#include "test_support.h"

#include <gtest/gtest.h>

#include <sqlite3.h>

using namespace tw::core;

TEST(Store, CreateIsIdempotentAndUsesWal) {
    tw::test::TempDir dir;
    auto path = dir.file("s.tw");
    {
        auto s = Store::create(path);
        ASSERT_TRUE(s.ok()) << s.error().describe();
        EXPECT_EQ(s->schemaVersion(), currentSchemaVersion());
        auto mode = s->db().prepare("PRAGMA journal_mode");
        mode.step();
        EXPECT_EQ(mode.string(0), "wal");
        EXPECT_EQ(s->db().pragmaInt("foreign_keys"), 1);
    }
    EXPECT_TRUE(Store::create(path).ok());
    EXPECT_TRUE(Store::open(path).ok());
}

TEST(Store, MigratesFromEveryEarlierVersionKeepingData) {
    for (int from = 0; from < currentSchemaVersion(); ++from) {
        tw::test::TempDir dir;
        auto path = dir.file("old.tw");
        {
            Database db(path, Database::Mode::ReadWriteCreate);
            migrate(db, from);
            if (from >= 1) {
                db.exec(
                    "INSERT INTO import_run (id, file_path, file_name, file_size, fingerprint, format, encoding, "
                    "mapping,"
                    " started_at, state) VALUES (1, '/x.csv', 'x.csv', 10, 42, 'csv', 'UTF-8', '{}', 0, 'done')");
                db.exec(
                    "INSERT INTO verbatim (import_run_id, source_location, channel, text, content_hash, dedup_key)"
                    " VALUES (1, 'line 2', 'survey', 'kept across upgrades', 1, 1)");
                // From v3 on the importer writes the FTS rows itself (no trigger).
                if (from >= 3) db.exec("INSERT INTO verbatim_fts(rowid, text) SELECT id, text FROM verbatim");
            }
        }
        if (from == 0) {
            // A version-0 file is an empty database: opening it as a store is refused, init creates it.
            EXPECT_FALSE(Store::open(path).ok());
            ASSERT_TRUE(Store::create(path).ok());
            continue;
        }
        auto s = Store::open(path);
        ASSERT_TRUE(s.ok()) << "from v" << from << ": " << s.error().describe();
        EXPECT_EQ(s->schemaVersion(), currentSchemaVersion());
        auto q = s->db().prepare("SELECT text, consent FROM verbatim");
        ASSERT_TRUE(q.step());
        EXPECT_EQ(q.string(0), "kept across upgrades");
        EXPECT_EQ(q.string(1), "unknown");
        auto fts = s->db().prepare("SELECT count(*) FROM verbatim_fts WHERE verbatim_fts MATCH 'upgrades'");
        fts.step();
        EXPECT_EQ(fts.int64(0), 1);
        auto index = s->db().prepare("SELECT count(*) FROM sqlite_master WHERE name = 'analysis_analyzer'");
        index.step();
        EXPECT_EQ(index.int64(0), 0) << "from v" << from;  // v12: an index no read used, kept up by every write
    }
}

TEST(Store, ReadOnlyOpenOfAnOldStoreAsksForAnUpgrade) {
    tw::test::TempDir dir;
    auto path = dir.file("old.tw");
    {
        Database db(path, Database::Mode::ReadWriteCreate);
        migrate(db, 1);
    }
    auto s = Store::open(path, Store::Access::ReadOnly);
    ASSERT_FALSE(s.ok());
    EXPECT_NE(s.error().message.find("must be upgraded"), std::string::npos);
}

TEST(Store, NewerSchemaIsRefusedWithAClearMessage) {
    tw::test::TempDir dir;
    auto path = dir.file("new.tw");
    {
        ASSERT_TRUE(Store::create(path).ok());
        Database db(path, Database::Mode::ReadWrite);
        db.exec("PRAGMA user_version = 99");
    }
    auto s = Store::open(path);
    ASSERT_FALSE(s.ok());
    EXPECT_NE(s.error().message.find("newer Tidewatch"), std::string::npos);
    EXPECT_EQ(s.error().location, path);
}

TEST(Store, FilesThatAreNotStoresGiveClearErrors) {
    tw::test::TempDir dir;
    auto missing = Store::open(dir.file("missing.tw"));
    ASSERT_FALSE(missing.ok());
    EXPECT_NE(missing.error().message.find("no store here"), std::string::npos);

    auto text = Store::open(dir.write("notes.tw", std::string(8192, 'x')));
    ASSERT_FALSE(text.ok());
    EXPECT_NE(text.error().message.find("not a Tidewatch store"), std::string::npos);

    auto other = dir.file("other.db");
    {
        Database db(other, Database::Mode::ReadWriteCreate);
        db.exec("CREATE TABLE t(x)");
    }
    auto o = Store::open(other);
    ASSERT_FALSE(o.ok());
    EXPECT_NE(o.error().message.find("SQLite database but not a Tidewatch store"), std::string::npos);

    EXPECT_FALSE(Store::open(dir.path().string()).ok());  // a folder
}

TEST(Store, CorruptFileGivesAnErrorNotACrash) {
    tw::test::TempDir dir;
    auto path = dir.file("c.tw");
    {
        auto s = Store::create(path);
        ASSERT_TRUE(s.ok());
        s->db().exec("PRAGMA wal_checkpoint(TRUNCATE)");
    }
    std::string bytes = tw::test::readFile(path);
    ASSERT_GT(bytes.size(), 4096u);
    // Garble everything after the header page: the schema can no longer be read.
    for (std::size_t i = 100; i < bytes.size(); ++i) bytes[i] = static_cast<char>((i * 131) & 0xff);
    std::remove((path + "-wal").c_str());
    std::remove((path + "-shm").c_str());
    dir.write("c.tw", bytes);
    auto s = Store::open(path);
    ASSERT_FALSE(s.ok());
    EXPECT_FALSE(s.error().message.empty());
    EXPECT_EQ(s.error().location, path);
}

TEST(Store, ConcurrentReaderSeesCommittedDataWhileWriterHoldsATransaction) {
    tw::test::TempDir dir;
    auto path = dir.file("s.tw");
    auto writer = Store::create(path);
    ASSERT_TRUE(writer.ok());
    writer->db().exec(
        "INSERT INTO import_run (file_path, file_name, file_size, fingerprint, format, encoding, mapping,"
        " started_at, state) VALUES ('/x', 'x', 1, 1, 'csv', 'UTF-8', '{}', 0, 'done')");
    Transaction tx(writer->db());
    writer->db().exec(
        "INSERT INTO verbatim (import_run_id, source_location, channel, text, content_hash, dedup_key)"
        " VALUES (1, 'line 2', 'chat', 'pending', 1, 1)");
    auto reader = Store::open(path, Store::Access::ReadOnly);
    ASSERT_TRUE(reader.ok());
    auto st = reader->stats();
    ASSERT_TRUE(st.ok());
    EXPECT_EQ(st->importRuns, 1);
    EXPECT_EQ(st->verbatims, 0);  // not committed yet
    tx.commit();
    EXPECT_EQ(reader->stats()->verbatims, 1);
}

// Readers map the file (their reads do not copy pages out of the kernel); the writer does not.
// A mapped reader keeps reading right while the writer grows the file, then deletes most of it
// and vacuums it smaller.
TEST(Store, MappedReadersFollowTheFileAsTheWriterGrowsAndShrinksIt) {
    tw::test::TempDir dir;
    auto path = dir.file("s.tw");
    auto writer = Store::create(path);
    ASSERT_TRUE(writer.ok());
    EXPECT_EQ(writer->db().pragmaInt("mmap_size"), 0);
    writer->db().exec(
        "INSERT INTO import_run (file_path, file_name, file_size, fingerprint, format, encoding, mapping,"
        " started_at, state) VALUES ('/x', 'x', 1, 1, 'csv', 'UTF-8', '{}', 0, 'done')");
    auto reader = Store::open(path, Store::Access::ReadOnly);
    ASSERT_TRUE(reader.ok());
    EXPECT_GT(reader->db().pragmaInt("mmap_size"), 0);
    auto add = [&](int from, int to) {
        Transaction tx(writer->db());
        auto insert = writer->db().prepare(
            "INSERT INTO verbatim (import_run_id, source_location, channel, text, content_hash, dedup_key)"
            " VALUES (1, 'line', 'chat', ?1, ?2, ?2)");
        auto index = writer->db().prepare("INSERT INTO verbatim_fts (rowid, text) VALUES (last_insert_rowid(), ?1)");
        for (int i = from; i < to; ++i) {
            const std::string text = std::string(400, static_cast<char>('a' + i % 26)) + std::to_string(i);
            insert.bind(1, text).bind(2, i);
            insert.run();
            index.bind(1, text);  // as import indexes what it writes
            index.run();
        }
        tx.commit();
    };
    auto count = [&] {
        auto q = reader->db().prepare("SELECT count(*), sum(length(text)) FROM verbatim");
        EXPECT_TRUE(q.step());
        return std::make_pair(q.int64(0), q.int64(1));
    };
    add(0, 2000);
    EXPECT_EQ(count().first, 2000);
    add(2000, 6000);
    EXPECT_EQ(count().first, 6000);
    writer->db().exec("DELETE FROM verbatim WHERE id > 100");
    writer->db().exec("PRAGMA wal_checkpoint(TRUNCATE)");
    writer->db().exec("VACUUM");
    writer->db().exec("PRAGMA wal_checkpoint(TRUNCATE)");
    const auto [rows, bytes] = count();
    EXPECT_EQ(rows, 100);
    EXPECT_GT(bytes, 100 * 400);
}
