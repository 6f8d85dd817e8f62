#pragma once
// The write side of an import: the import_run row (counters, state, resume position) and batched
// inserts of verbatims, speaker turns and quarantined records. Each batch commits together with
// the run's counters and the reader position after it, so a killed import leaves a consistent
// store and resumes exactly where its last batch ended.

#include "store/database.h"
#include "store/verbatim.h"

#include <cstdint>
#include <optional>
#include <string>

namespace tw::core {

struct RunCounters {
    std::int64_t read = 0, stored = 0, duplicates = 0, quarantined = 0;
};

struct RunPosition {
    std::uint64_t offset = 0, line = 1, recordNo = 0;
};

struct RunDescription {
    std::string filePath, fileName, format, encoding, mapping;
    std::uint64_t fileSize = 0, fingerprint = 0;
};

struct ResumableRun {
    std::int64_t id = 0;
    RunCounters counters;
    RunPosition position;
};

class ImportWriter final {
public:
    explicit ImportWriter(Database& db);

    // A run of the same file (fingerprint), format and mapping that was killed or cancelled.
    std::optional<ResumableRun> findResumable(const RunDescription& d);
    std::int64_t createRun(const RunDescription& d, std::int64_t startedAt);
    void markRunning(std::int64_t runId);
    void finishRun(std::int64_t runId, const std::string& state, const std::string& message, std::int64_t finishedAt);

    void beginBatch();
    // Inserts unless a verbatim with the same dedup key exists; true when stored.
    bool insert(std::int64_t runId, const NewVerbatim& v, std::int64_t contentHash, std::int64_t dedupKey);
    // Inserts unless the same record was quarantined before (same file, place, bytes and reason).
    void quarantine(std::int64_t runId, const std::string& location, std::uint64_t line, std::uint64_t recordNo,
                    const std::string& raw, bool truncated, const std::string& reason, std::int64_t rawHash);
    void commitBatch(std::int64_t runId, const RunCounters& c, const RunPosition& p);
    [[nodiscard]] bool inBatch() const { return inBatch_; }
    void rollbackBatch();

private:
    Database& db_;
    Statement insertVerbatim_, insertTurn_, insertQuarantine_, updateRun_, indexBatch_;
    bool inBatch_ = false;
    std::int64_t firstIdOfBatch_ = 0;  // 0: nothing stored in this batch yet
};

}  // namespace tw::core
