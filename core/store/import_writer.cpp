#include "store/import_writer.h"

namespace tw::core {

ImportWriter::ImportWriter(Database& db)
    : db_(db),
      insertVerbatim_(db.prepare(
          "INSERT OR IGNORE INTO verbatim (import_run_id, source_location, external_id, channel, created_at, customer,"
          " language, rating, text, content_hash, dedup_key, attributes, problems, consent)"
          " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)")),
      insertTurn_(db.prepare(
          "INSERT INTO speaker_turn (verbatim_id, seq, speaker, start_cp, end_cp) VALUES (?1, ?2, ?3, ?4, ?5)")),
      insertQuarantine_(db.prepare("INSERT OR IGNORE INTO quarantine (import_run_id, location, line, record, raw, "
                                   "raw_truncated, reason, raw_hash)"
                                   " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)")),
      updateRun_(db.prepare("UPDATE import_run SET records_read = ?2, stored = ?3, duplicates = ?4, quarantined = ?5,"
                            " resume_offset = ?6, resume_line = ?7, resume_record = ?8 WHERE id = ?1")),
      // The batch's verbatims have ids >= the first one stored (one writer at a time).
      indexBatch_(db.prepare("INSERT INTO verbatim_fts(rowid, text) SELECT id, text FROM verbatim WHERE id >= ?1")) {}

std::optional<ResumableRun> ImportWriter::findResumable(const RunDescription& d) {
    auto q = db_.prepare(
        "SELECT id, records_read, stored, duplicates, quarantined, resume_offset, resume_line, resume_record"
        " FROM import_run WHERE fingerprint = ?1 AND file_size = ?2 AND format = ?3 AND mapping = ?4"
        " AND encoding = ?5 AND state IN ('running', 'cancelled', 'failed') ORDER BY id DESC LIMIT 1");
    q.bind(1, static_cast<std::int64_t>(d.fingerprint)).bind(2, static_cast<std::int64_t>(d.fileSize));
    q.bind(3, d.format).bind(4, d.mapping).bind(5, d.encoding);
    if (!q.step()) return std::nullopt;
    ResumableRun r;
    r.id = q.int64(0);
    r.counters = {q.int64(1), q.int64(2), q.int64(3), q.int64(4)};
    r.position = {static_cast<std::uint64_t>(q.int64(5)), static_cast<std::uint64_t>(q.int64(6)),
                  static_cast<std::uint64_t>(q.int64(7))};
    return r;
}

std::int64_t ImportWriter::createRun(const RunDescription& d, std::int64_t startedAt) {
    auto q = db_.prepare(
        "INSERT INTO import_run (file_path, file_name, file_size, fingerprint, format, encoding, mapping, started_at, "
        "state)"
        " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, 'running')");
    q.bind(1, d.filePath).bind(2, d.fileName).bind(3, static_cast<std::int64_t>(d.fileSize));
    q.bind(4, static_cast<std::int64_t>(d.fingerprint)).bind(5, d.format).bind(6, d.encoding).bind(7, d.mapping);
    q.bind(8, startedAt);
    q.step();
    return db_.lastInsertId();
}

void ImportWriter::markRunning(std::int64_t runId) {
    auto q = db_.prepare("UPDATE import_run SET state = 'running', finished_at = NULL, message = NULL WHERE id = ?1");
    q.bind(1, runId);
    q.step();
}

void ImportWriter::finishRun(std::int64_t runId, const std::string& state, const std::string& message,
                             std::int64_t finishedAt) {
    auto q = db_.prepare("UPDATE import_run SET state = ?2, message = ?3, finished_at = ?4 WHERE id = ?1");
    q.bind(1, runId).bind(2, state).bind(4, finishedAt);
    if (message.empty())
        q.bindNull(3);
    else
        q.bind(3, message);
    q.step();
}

void ImportWriter::beginBatch() {
    db_.exec("BEGIN IMMEDIATE");
    inBatch_ = true;
    firstIdOfBatch_ = 0;
}

bool ImportWriter::insert(std::int64_t runId, const NewVerbatim& v, std::int64_t contentHash, std::int64_t dedupKey) {
    auto& q = insertVerbatim_;
    q.bind(1, runId).bind(2, v.sourceLocation).bind(3, v.externalId).bind(4, v.channel).bind(5, v.createdAt);
    q.bind(6, v.customer).bind(7, v.language).bind(8, v.rating).bind(9, v.text).bind(10, contentHash);
    q.bind(11, dedupKey).bind(12, v.attributes);
    if (v.problems.empty())
        q.bindNull(13);
    else
        q.bind(13, v.problems);
    q.bind(14, v.consent);
    q.step();
    q.reset();
    if (db_.changes() == 0) return false;
    std::int64_t id = db_.lastInsertId();
    if (firstIdOfBatch_ == 0) firstIdOfBatch_ = id;
    std::int64_t seq = 0;
    for (const auto& t : v.turns) {
        insertTurn_.bind(1, id).bind(2, seq++).bind(3, t.speaker);
        insertTurn_.bind(4, static_cast<std::int64_t>(t.startCp)).bind(5, static_cast<std::int64_t>(t.endCp));
        insertTurn_.run();
    }
    return true;
}

void ImportWriter::quarantine(std::int64_t runId, const std::string& location, std::uint64_t line,
                              std::uint64_t recordNo, const std::string& raw, bool truncated, const std::string& reason,
                              std::int64_t rawHash) {
    auto& q = insertQuarantine_;
    q.bind(1, runId).bind(2, location).bind(3, static_cast<std::int64_t>(line));
    q.bind(4, static_cast<std::int64_t>(recordNo)).bindBlob(5, raw).bind(6, truncated ? 1 : 0).bind(7, reason);
    q.bind(8, rawHash);
    q.run();
}

void ImportWriter::commitBatch(std::int64_t runId, const RunCounters& c, const RunPosition& p) {
    if (firstIdOfBatch_ != 0) {
        indexBatch_.bind(1, firstIdOfBatch_);
        indexBatch_.run();
        firstIdOfBatch_ = 0;
    }
    updateRun_.bind(1, runId).bind(2, c.read).bind(3, c.stored).bind(4, c.duplicates).bind(5, c.quarantined);
    updateRun_.bind(6, static_cast<std::int64_t>(p.offset)).bind(7, static_cast<std::int64_t>(p.line));
    updateRun_.bind(8, static_cast<std::int64_t>(p.recordNo));
    updateRun_.run();
    db_.exec("COMMIT");
    inBatch_ = false;
}

void ImportWriter::rollbackBatch() {
    if (!inBatch_) return;
    try {
        db_.exec("ROLLBACK");
    } catch (const SqlError&) { /* already rolled back by SQLite */
    }
    inBatch_ = false;
}

}  // namespace tw::core
