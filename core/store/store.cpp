#include "store/store.h"

#include "store/schema.h"

#include <sqlite3.h>

#include <filesystem>
#include <system_error>

namespace tw::core {

namespace {

void configure(Database& db, bool writable) {
    db.exec("PRAGMA foreign_keys = ON");
    db.exec("PRAGMA cache_size = -16000");
    db.exec("PRAGMA temp_store = MEMORY");
    if (writable) {
        db.exec("PRAGMA journal_mode = WAL");
        db.exec("PRAGMA synchronous = NORMAL");
    } else {
        // Reads from the mapped file instead of copying each page out of the kernel: a scan or an
        // index over a large store in a third of the time (SQLite caps the map at 2 GB).
        db.exec("PRAGMA mmap_size = 2147418112");
    }
}

bool hasUserTables(Database& db) {
    auto st = db.prepare("SELECT count(*) FROM sqlite_schema");
    return st.step() && st.int64(0) > 0;
}

}  // namespace

Result<Store> Store::create(const std::string& path) { return openImpl(path, Access::ReadWrite, true); }

Result<Store> Store::open(const std::string& path, Access access) { return openImpl(path, access, false); }

Result<Store> Store::openImpl(const std::string& path, Access access, bool create) {
    std::error_code ec;
    bool exists = std::filesystem::exists(path, ec);
    if (!create && !exists) {
        return makeError("no store here; create one with 'tidewatch-cli init " + path + "'", path);
    }
    if (exists && std::filesystem::is_directory(path, ec)) {
        return makeError("is a folder, not a store file", path);
    }
    try {
        Database::Mode mode = access == Access::ReadOnly ? Database::Mode::ReadOnly
                              : create                   ? Database::Mode::ReadWriteCreate
                                                         : Database::Mode::ReadWrite;
        Database db(path, mode);
        // Reading the schema is the first access to the file's pages: it fails with
        // SQLITE_NOTADB or SQLITE_CORRUPT on a file that is not a usable database.
        bool tables = hasUserTables(db);
        auto appId = db.pragmaInt("application_id");
        auto version = static_cast<int>(db.pragmaInt("user_version"));
        if (tables && appId != kStoreApplicationId) {
            return makeError("is an SQLite database but not a Tidewatch store; choose another file", path);
        }
        if (!tables && !create) {
            return makeError("is an empty file, not a Tidewatch store; create one with 'tidewatch-cli init'", path);
        }
        if (version > currentSchemaVersion()) {
            return makeError("was written by a newer Tidewatch (store schema " + std::to_string(version) +
                                 ", this build reads up to " + std::to_string(currentSchemaVersion()) +
                                 "); open it with a newer Tidewatch",
                             path);
        }
        bool writable = access == Access::ReadWrite;
        if (version < currentSchemaVersion() && !writable) {
            return makeError(
                "uses store schema " + std::to_string(version) + " and must be upgraded; open it read-write once",
                path);
        }
        configure(db, writable);
        if (writable) {
            migrate(db);
            // A bulk import killed before its end leaves the secondary indexes to rebuild.
            if (version >= 1 && !hasSecondaryIndexes(db)) ensureSecondaryIndexes(db);
        }
        // A cheap structural probe: a damaged b-tree usually shows up here rather than mid-work.
        auto probe = db.prepare("SELECT count(*) FROM import_run");
        probe.step();
        return Store(std::move(db));
    } catch (const SqlError& e) {
        return makeError(explainSqlError(e), path);
    }
}

int Store::schemaVersion() { return static_cast<int>(db_.pragmaInt("user_version")); }

Result<std::optional<std::string>> Store::meta(const std::string& key) {
    try {
        auto q = db_.prepare("SELECT value FROM meta WHERE key = ?1");
        q.bind(1, key);
        if (!q.step()) return std::optional<std::string>();
        return std::optional<std::string>(q.string(0));
    } catch (const SqlError& e) {
        return makeError(explainSqlError(e), path());
    }
}

Status Store::setMeta(const std::string& key, const std::string& value) {
    try {
        db_.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES (?1, ?2)").bind(1, key).bind(2, value).run();
        return Ok{};
    } catch (const SqlError& e) {
        return makeError(explainSqlError(e), path());
    }
}

Result<StoreStats> Store::stats() {
    try {
        StoreStats s;
        s.schemaVersion = schemaVersion();
        auto q = db_.prepare(
            "SELECT (SELECT count(*) FROM verbatim), (SELECT count(*) FROM import_run),"
            " (SELECT count(*) FROM quarantine), (SELECT count(*) FROM verbatim WHERE created_at IS NULL),"
            " (SELECT min(created_at) FROM verbatim), (SELECT max(created_at) FROM verbatim)");
        if (q.step()) {
            s.verbatims = q.int64(0);
            s.importRuns = q.int64(1);
            s.quarantined = q.int64(2);
            s.undated = q.int64(3);
            s.firstCreatedAt = q.optInt64(4);
            s.lastCreatedAt = q.optInt64(5);
        }
        auto c = db_.prepare("SELECT channel, count(*) FROM verbatim GROUP BY channel ORDER BY 2 DESC, 1");
        while (c.step()) s.channels.push_back({c.string(0), c.int64(1)});
        return s;
    } catch (const SqlError& e) {
        return makeError(explainSqlError(e), path());
    }
}

Result<std::vector<ImportRunInfo>> Store::importRuns() {
    try {
        std::vector<ImportRunInfo> out;
        auto q = db_.prepare(
            "SELECT id, file_path, format, encoding, state, started_at, finished_at, records_read, stored,"
            " duplicates, quarantined, ifnull(message,'') FROM import_run ORDER BY id");
        while (q.step()) {
            ImportRunInfo r;
            r.id = q.int64(0);
            r.filePath = q.string(1);
            r.format = q.string(2);
            r.encoding = q.string(3);
            r.state = q.string(4);
            r.startedAt = q.int64(5);
            r.finishedAt = q.optInt64(6);
            r.read = q.int64(7);
            r.stored = q.int64(8);
            r.duplicates = q.int64(9);
            r.quarantined = q.int64(10);
            r.message = q.string(11);
            out.push_back(std::move(r));
        }
        return out;
    } catch (const SqlError& e) {
        return makeError(explainSqlError(e), path());
    }
}

Result<std::vector<QuarantineRow>> Store::quarantine(std::optional<std::int64_t> runId, int limit) {
    try {
        std::vector<QuarantineRow> out;
        auto q = db_.prepare(
            "SELECT id, import_run_id, location, reason, raw, raw_truncated FROM quarantine"
            " WHERE ?1 IS NULL OR import_run_id = ?1 ORDER BY id LIMIT ?2");
        q.bind(1, runId).bind(2, limit);
        while (q.step()) {
            out.push_back({q.int64(0), q.int64(1), q.string(2), q.string(3), q.string(4), q.int64(5) != 0});
        }
        return out;
    } catch (const SqlError& e) {
        return makeError(explainSqlError(e), path());
    }
}

}  // namespace tw::core
