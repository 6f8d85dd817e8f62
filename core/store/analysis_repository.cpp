#include "store/analysis_repository.h"

#include <sstream>

namespace tw::core {

std::vector<std::pair<std::size_t, std::size_t>> agentTurnsFromColumn(const std::string& column) {
    std::vector<std::pair<std::size_t, std::size_t>> turns;
    std::istringstream spans(column);
    std::size_t from = 0, to = 0;
    while (spans >> from >> to) turns.emplace_back(from, to);
    return turns;
}

Result<std::int64_t> AnalysisRepository::countPending(const std::string& analyzer) {
    try {
        auto q = store_.db().prepare(
            "SELECT count(*) FROM verbatim v LEFT JOIN analysis a ON a.verbatim_id = v.id"
            " WHERE v.sealed = 0 AND (a.verbatim_id IS NULL OR a.analyzer <> ?1)");
        q.bind(1, analyzer);
        q.step();
        return q.int64(0);
    } catch (const SqlError& e) {
        return makeError(explainSqlError(e), store_.path());
    }
}

Result<std::vector<PendingVerbatim>> AnalysisRepository::pending(const std::string& analyzer, std::int64_t afterId,
                                                                 int limit) {
    try {
        auto q = store_.db().prepare(
            std::string("SELECT v.id, v.text, v.language, ") + kAgentTurnsColumn +
            ", a.verbatim_id IS NOT NULL FROM verbatim v LEFT JOIN analysis a ON a.verbatim_id = v.id"
            " WHERE v.id > ?2 AND v.sealed = 0 AND (a.verbatim_id IS NULL OR a.analyzer <> ?1) ORDER BY v.id LIMIT ?3");
        q.bind(1, analyzer).bind(2, afterId).bind(3, limit);
        std::vector<PendingVerbatim> out;
        while (q.step()) {
            out.push_back(
                {q.int64(0), q.string(1), q.optString(2),
                 q.isNull(3) ? std::vector<std::pair<std::size_t, std::size_t>>{} : agentTurnsFromColumn(q.string(3)),
                 std::string(), q.int64(4) != 0});
        }
        return out;
    } catch (const SqlError& e) {
        return makeError(explainSqlError(e), store_.path());
    }
}

Status AnalysisRepository::write(const std::string& analyzer, const std::vector<StoredAnalysis>& results) {
    try {
        Database& db = store_.db();
        Transaction tx(db);
        // A first result is a plain insert: REPLACE makes SQLite open (and close) a statement
        // journal for every row.
        const std::string columns =
            " INTO analysis (verbatim_id, analyzer, language, language_confidence, sentiment, label,"
            " anger, fear, sadness, joy, intensity, effort, urgency, explain)"
            " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)";
        auto insert = db.prepare("INSERT" + columns);
        auto replace = db.prepare("INSERT OR REPLACE" + columns);
        auto clear = db.prepare("DELETE FROM sentence_analysis WHERE verbatim_id = ?1");
        auto sentence = db.prepare(
            "INSERT INTO sentence_analysis (verbatim_id, seq, start_cp, end_cp, sentiment) VALUES (?1, ?2, ?3, ?4, "
            "?5)");
        for (const auto& r : results) {
            Statement& upsert = r.replaces ? replace : insert;
            upsert.bind(1, r.verbatimId).bind(2, analyzer).bind(3, r.language).bind(4, r.languageConfidence);
            upsert.bind(5, r.sentiment).bind(6, r.label);
            for (int e = 0; e < 4; ++e) upsert.bind(7 + e, r.emotions[static_cast<std::size_t>(e)]);
            upsert.bind(11, r.intensity).bind(12, r.effort ? 1 : 0).bind(13, r.urgency ? 1 : 0).bindBlob(14, r.explain);
            upsert.run();
            if (r.replaces) {  // a first result has no sentence rows to delete (most, and a lookup each)
                clear.bind(1, r.verbatimId);
                clear.run();
            }
            std::int64_t seq = 0;
            for (const auto& s : r.sentences) {
                sentence.bind(1, r.verbatimId).bind(2, seq++).bind(3, static_cast<std::int64_t>(s.startCp));
                sentence.bind(4, static_cast<std::int64_t>(s.endCp)).bind(5, s.sentiment);
                sentence.run();
            }
        }
        tx.commit();
        return Ok{};
    } catch (const SqlError& e) {
        return makeError(explainSqlError(e), store_.path());
    }
}

Result<std::string> AnalysisRepository::lexiconOverrides() {
    try {
        std::string out;
        auto q = store_.db().prepare("SELECT term, value, tags FROM lexicon_override ORDER BY term");
        while (q.step()) out += q.string(0) + "\t" + q.string(1) + (q.text(2).empty() ? "" : "\t" + q.string(2)) + "\n";
        return out;
    } catch (const SqlError& e) {
        return makeError(explainSqlError(e), store_.path());
    }
}

Status AnalysisRepository::setLexiconOverride(const std::string& term, const std::string& value,
                                              const std::string& tags) {
    try {
        auto q = store_.db().prepare("INSERT OR REPLACE INTO lexicon_override (term, value, tags) VALUES (?1, ?2, ?3)");
        q.bind(1, term).bind(2, value).bind(3, tags);
        q.step();
        return Ok{};
    } catch (const SqlError& e) {
        return makeError(explainSqlError(e), store_.path());
    }
}

Status AnalysisRepository::removeLexiconOverride(const std::string& term) {
    try {
        auto q = store_.db().prepare("DELETE FROM lexicon_override WHERE term = ?1");
        q.bind(1, term);
        q.step();
        if (store_.db().changes() == 0)
            return makeError("the store has no lexicon entry '" + term + "'", store_.path());
        return Ok{};
    } catch (const SqlError& e) {
        return makeError(explainSqlError(e), store_.path());
    }
}

}  // namespace tw::core
