#pragma once
// A Tidewatch store: one SQLite file (WAL) holding import runs, verbatims, quarantine and the
// full-text index. A Store object owns one connection and is used from one thread at a time;
// open another Store on the same path for each further thread (one writer, many readers).

#include "store/database.h"
#include "util/result.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace tw::core {

struct ChannelCount {
    std::string channel;
    std::int64_t count = 0;
};

struct StoreStats {
    int schemaVersion = 0;
    std::int64_t verbatims = 0;
    std::int64_t importRuns = 0;
    std::int64_t quarantined = 0;
    std::int64_t undated = 0;
    std::optional<std::int64_t> firstCreatedAt;  // unix seconds UTC
    std::optional<std::int64_t> lastCreatedAt;
    std::vector<ChannelCount> channels;  // largest first
};

struct ImportRunInfo {
    std::int64_t id = 0;
    std::string filePath;
    std::string format;
    std::string encoding;
    std::string state;
    std::int64_t startedAt = 0;
    std::optional<std::int64_t> finishedAt;
    std::int64_t read = 0, stored = 0, duplicates = 0, quarantined = 0;
    std::string message;
};

struct QuarantineRow {
    std::int64_t id = 0;
    std::int64_t importRunId = 0;
    std::string location;
    std::string reason;
    std::string raw;  // the record's bytes (first 64 KiB of an oversized record)
    bool rawTruncated = false;
};

class Store final {
public:
    enum class Access { ReadOnly, ReadWrite };

    // Creates a new store at `path`, or opens an existing one (init is idempotent).
    static Result<Store> create(const std::string& path);
    // Opens an existing store; upgrades an older schema when opened read-write. Clear errors for
    // a missing file, a file that is not a store, a newer schema and a damaged file.
    static Result<Store> open(const std::string& path, Access access = Access::ReadWrite);

    [[nodiscard]] Database& db() { return db_; }
    [[nodiscard]] const std::string& path() const { return db_.path(); }
    [[nodiscard]] int schemaVersion();
    // The store's settings (the meta table): a value by key, nothing when unset; setting one
    // replaces it. Inside the caller's transaction when there is one.
    Result<std::optional<std::string>> meta(const std::string& key);
    Status setMeta(const std::string& key, const std::string& value);

    Result<StoreStats> stats();
    Result<std::vector<ImportRunInfo>> importRuns();
    Result<std::vector<QuarantineRow>> quarantine(std::optional<std::int64_t> importRunId, int limit = 1000);

private:
    explicit Store(Database db) : db_(std::move(db)) {}
    static Result<Store> openImpl(const std::string& path, Access access, bool create);
    Database db_;
};

}  // namespace tw::core
