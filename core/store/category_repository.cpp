#include "store/category_repository.h"

#include "rules/query_parser.h"
#include "store/category_volume.h"
#include "store/database.h"
#include "store/guarded.h"
#include "store/span_json.h"
#include "store/verbatim_reader.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <unordered_map>

namespace tw::core {

namespace {
// A category's matches, forgotten before its rule is applied again. Sealed verbatims cannot be
// matched again (their text is sealed): they keep their matches.
constexpr const char* kForgetMatches =
    "DELETE FROM verbatim_category WHERE category_id = ?1"
    " AND verbatim_id NOT IN (SELECT id FROM verbatim WHERE sealed = 1)";
}  // namespace

namespace {

std::string indexesJson(const std::vector<std::size_t>& v) {
    std::string out = "[";
    for (std::size_t i : v) {
        if (out.size() > 1) out += ',';
        out += std::to_string(i);
    }
    return out + ']';
}

// Foreign keys unchecked while alive, checked again after (outside any transaction: inside one
// the pragma does nothing, and the checks simply stay on).
class ForeignKeysUnchecked final {
public:
    explicit ForeignKeysUnchecked(Database& db) : db_(db) { db_.exec("PRAGMA foreign_keys = OFF"); }
    ~ForeignKeysUnchecked() {
        try {
            db_.exec("PRAGMA foreign_keys = ON");
        } catch (const SqlError&) {  // a closing connection: nothing is written on it again
        }
    }
    ForeignKeysUnchecked(const ForeignKeysUnchecked&) = delete;
    ForeignKeysUnchecked& operator=(const ForeignKeysUnchecked&) = delete;

private:
    Database& db_;
};

// Which of `ids` (sorted, distinct) are rows of `table` (its rowid).
std::vector<char> existing(Database& db, const char* table, const std::vector<std::int64_t>& ids) {
    auto q = db.prepare(std::string("SELECT 1 FROM ") + table + " WHERE id = ?1");
    std::vector<char> out(ids.size());
    for (std::size_t i = 0; i < ids.size(); ++i) {
        q.bind(1, ids[i]);
        out[i] = q.step() ? 1 : 0;
        q.reset();
    }
    return out;
}

}  // namespace

Result<Taxonomy> CategoryRepository::taxonomy() {
    return guarded(store_, [&]() -> Result<Taxonomy> {
        auto q = store_.db().prepare("SELECT value FROM meta WHERE key = 'taxonomy'");
        if (!q.step()) return Taxonomy::fromJson(Taxonomy::builtin().toJson(), "the built-in taxonomy");
        return Taxonomy::fromJson(q.text(0), store_.path() + " (its taxonomy)");
    });
}

Status CategoryRepository::saveTaxonomy(const Taxonomy& taxonomy) {
    return guarded(store_, [&]() -> Status {
        Database& db = store_.db();
        Transaction tx(db);
        auto meta = db.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES ('taxonomy', ?1)");
        meta.bind(1, taxonomy.toJson());
        meta.run();
        // Everything not in the new taxonomy goes; positions are rewritten below.
        db.exec("CREATE TEMP TABLE IF NOT EXISTS kept_category (path TEXT PRIMARY KEY)");
        db.exec("DELETE FROM temp.kept_category");
        auto keep = db.prepare("INSERT INTO temp.kept_category (path) VALUES (?1)");
        for (const Category& c : taxonomy.categories()) {
            keep.bind(1, c.path);
            keep.run();
        }
        db.exec(
            "DELETE FROM verbatim_category WHERE category_id IN"
            " (SELECT id FROM category WHERE path NOT IN (SELECT path FROM temp.kept_category))");
        db.exec("DELETE FROM category WHERE path NOT IN (SELECT path FROM temp.kept_category)");
        auto find = db.prepare("SELECT id, rule_fingerprint FROM category WHERE path = ?1");
        auto insert = db.prepare(
            "INSERT INTO category (path, position, rule, rule_fingerprint, sensitive) VALUES (?1, ?2, ?3, ?4, ?5)");
        auto update = db.prepare("UPDATE category SET position = ?2, sensitive = ?3 WHERE id = ?1");
        auto changeRule = db.prepare(
            "UPDATE category SET rule = ?2, rule_fingerprint = ?3, applied_fingerprint = '', applied_through = 0"
            " WHERE id = ?1");
        auto forget = db.prepare(kForgetMatches);
        const auto& cats = taxonomy.categories();
        for (std::size_t i = 0; i < cats.size(); ++i) {
            const Category& c = cats[i];
            const std::string fingerprint = taxonomy.ruleFingerprint(static_cast<int>(i));
            find.bind(1, c.path);
            if (!find.step()) {
                find.reset();
                insert.bind(1, c.path).bind(2, static_cast<std::int64_t>(i)).bind(3, c.rule).bind(4, fingerprint);
                insert.bind(5, c.sensitive ? 1 : 0);
                insert.run();
                continue;
            }
            const std::int64_t id = find.int64(0);
            const bool ruleChanged = find.string(1) != fingerprint;
            find.reset();
            update.bind(1, id).bind(2, static_cast<std::int64_t>(i)).bind(3, c.sensitive ? 1 : 0);
            update.run();
            if (ruleChanged) {
                changeRule.bind(1, id).bind(2, c.rule).bind(3, fingerprint);
                changeRule.run();
                forget.bind(1, id);
                forget.run();
            }
        }
        markCategoryVolumesStale(db);  // matches forgotten, or a category's ancestors changed
        tx.commit();
        return Ok{};
    });
}

Result<int> CategoryRepository::forgetAnalysisDependent() {
    auto t = taxonomy();
    if (!t) return t.error();
    std::vector<std::string> paths;
    for (const Category& c : t->categories()) {
        if (c.rule.empty()) continue;
        auto rule = parseQuery(c.rule);
        if (rule && readsAnalysis(**rule)) paths.push_back(c.path);
    }
    if (paths.empty()) return 0;
    return guarded(store_, [&]() -> Result<int> {
        Database& db = store_.db();
        Transaction tx(db);
        auto reset = db.prepare(
            "UPDATE category SET applied_fingerprint = '', applied_through = 0 WHERE path = ?1 RETURNING id");
        auto forget = db.prepare(kForgetMatches);
        int n = 0;
        for (const std::string& path : paths) {
            reset.bind(1, path);
            if (!reset.step()) {
                reset.reset();
                continue;
            }
            const std::int64_t id = reset.int64(0);
            reset.reset();
            forget.bind(1, id);
            forget.run();
            ++n;
        }
        markCategoryVolumesStale(db);
        tx.commit();
        return n;
    });
}

Status CategoryRepository::ensureTaxonomy() {
    auto has = guarded(store_, [&]() -> Result<bool> {
        auto q = store_.db().prepare("SELECT 1 FROM meta WHERE key = 'taxonomy'");
        return q.step();
    });
    if (!has) return has.error();
    if (*has) return Ok{};
    return saveTaxonomy(Taxonomy::builtin());
}

Result<std::vector<CategoryState>> CategoryRepository::states() {
    return guarded(store_, [&]() -> Result<std::vector<CategoryState>> {
        auto q = store_.db().prepare(
            "SELECT id, path, rule_fingerprint, CASE WHEN applied_fingerprint = rule_fingerprint"
            " THEN applied_through ELSE 0 END FROM category ORDER BY position");
        std::vector<CategoryState> out;
        while (q.step()) out.push_back({q.int64(0), q.string(1), q.string(2), q.int64(3)});
        return out;
    });
}

Result<std::int64_t> CategoryRepository::maxVerbatimId() {
    return guarded(store_, [&]() -> Result<std::int64_t> {
        auto q = store_.db().prepare("SELECT ifnull(max(id), 0) FROM verbatim");
        q.step();
        return q.int64(0);
    });
}

Result<std::vector<CategorizeInput>> CategoryRepository::verbatimsAfter(std::int64_t afterId, int limit,
                                                                        bool withCategories) {
    return guarded(store_, [&]() -> Result<std::vector<CategorizeInput>> {
        // Only what a rule reads (not the score's explanation, the longest column, nor the
        // categories unless a rule asks for them).
        auto q = store_.db().prepare(
            std::string("SELECT v.id, v.channel, v.created_at, v.language, v.rating, v.text,"
                        " ifnull(v.attributes,'{}'), a.sentiment, ifnull(a.label,''),"
                        " ifnull(a.anger,0), ifnull(a.fear,0), ifnull(a.sadness,0), ifnull(a.joy,0),"
                        " ifnull(a.intensity,0), ifnull(a.effort,0), v.sealed, ") +
            (withCategories ? "(SELECT group_concat(path, char(10)) FROM (SELECT c.path FROM verbatim_category vc"
                              " JOIN category c ON c.id = vc.category_id WHERE vc.verbatim_id = v.id"
                              " ORDER BY c.position))"
                            : "NULL") +
            " FROM verbatim v LEFT JOIN analysis a ON a.verbatim_id = v.id WHERE v.id > ?1 ORDER BY v.id LIMIT ?2");
        q.bind(1, afterId).bind(2, limit);
        std::vector<CategorizeInput> out;
        std::unordered_map<std::int64_t, std::size_t> at;
        while (q.step()) {
            Verbatim v;
            v.id = q.int64(0);
            v.channel = q.string(1);
            v.createdAt = q.optInt64(2);
            v.language = q.optString(3);
            v.rating = q.optReal(4);
            v.text = q.string(5);
            v.attributes = q.string(6);
            v.sentiment = q.optReal(7);
            v.label = q.string(8);
            for (int e = 0; e < 4; ++e) v.emotions[static_cast<std::size_t>(e)] = q.real(9 + e);
            v.intensity = q.real(13);
            v.effort = q.int64(14) != 0;
            v.sealed = q.int64(15) != 0;
            if (!q.isNull(16)) v.categories = categoryPathsOf(q.text(16));
            at.emplace(v.id, out.size());
            out.push_back({std::move(v), {}});
        }
        if (out.empty()) return out;
        auto turns = store_.db().prepare(
            "SELECT verbatim_id, start_cp, end_cp FROM speaker_turn WHERE speaker = 'agent'"
            " AND verbatim_id BETWEEN ?1 AND ?2 ORDER BY verbatim_id, start_cp");
        turns.bind(1, out.front().verbatim.id).bind(2, out.back().verbatim.id);
        while (turns.step()) {
            if (auto it = at.find(turns.int64(0)); it != at.end()) {
                out[it->second].agentTurns.emplace_back(turns.int64(1), turns.int64(2));
            }
        }
        return out;
    });
}

Status CategoryRepository::writeBatch(const std::vector<CategoryMatch>& matches, std::int64_t throughId,
                                      std::optional<std::int64_t> category) {
    return guarded(store_, [&]() -> Status {
        Database& db = store_.db();
        // Each match's verbatim and category are checked once a batch, not by SQLite's foreign-key
        // machinery once a row (a third of the write): the matches of a verbatim erased or a
        // category removed since the batch was read are left out. The write lock is held from
        // the check to the commit, so nothing can go in between.
        ForeignKeysUnchecked unchecked(db);
        Transaction tx(db);
        std::vector<std::int64_t> verbatims, categories;
        for (const CategoryMatch& m : matches) {
            verbatims.push_back(m.verbatimId);
            categories.push_back(m.categoryId);
        }
        for (auto* ids : {&verbatims, &categories}) {
            std::sort(ids->begin(), ids->end());
            ids->erase(std::unique(ids->begin(), ids->end()), ids->end());
        }
        const std::vector<char> verbatimThere = existing(db, "verbatim", verbatims),
                                categoryThere = existing(db, "category", categories);
        auto there = [](const std::vector<std::int64_t>& ids, const std::vector<char>& found, std::int64_t id) {
            return found[static_cast<std::size_t>(std::lower_bound(ids.begin(), ids.end(), id) - ids.begin())] != 0;
        };
        auto insert = db.prepare(
            "INSERT OR REPLACE INTO verbatim_category (category_id, verbatim_id, spans, sentences)"
            " VALUES (?1, ?2, ?3, ?4)");
        for (const CategoryMatch& m : matches) {
            if (!there(verbatims, verbatimThere, m.verbatimId) || !there(categories, categoryThere, m.categoryId))
                continue;
            insert.bind(1, m.categoryId).bind(2, m.verbatimId).bind(3, spansJson(m.spans));
            insert.bind(4, indexesJson(m.sentences));
            insert.run();
        }
        auto advance = db.prepare(
            "UPDATE category SET applied_fingerprint = rule_fingerprint, applied_through = ?1"
            " WHERE (applied_fingerprint <> rule_fingerprint OR applied_through < ?1) AND (?2 IS NULL OR id = ?2)");
        advance.bind(1, throughId).bind(2, category);
        advance.run();
        if (!matches.empty()) markCategoryVolumesStale(db);
        tx.commit();
        return Ok{};
    });
}

Result<std::vector<CategoryCount>> CategoryRepository::counts(const BrowseFilter& filter) {
    auto kept = keptCategoryVolumes(store_, filter);
    if (!kept) return kept.error();
    if (*kept) return std::move(**kept);
    return scannedCategoryVolumes(store_, filter);
}

Result<std::vector<std::pair<std::string, std::vector<MatchSpan>>>> CategoryRepository::ofVerbatim(
    std::int64_t verbatimId) {
    using Out = std::vector<std::pair<std::string, std::vector<MatchSpan>>>;
    return guarded(store_, [&]() -> Result<Out> {
        auto q = store_.db().prepare(
            "SELECT c.path, vc.spans FROM verbatim_category vc JOIN category c ON c.id = vc.category_id"
            " WHERE vc.verbatim_id = ?1 ORDER BY c.position");
        q.bind(1, verbatimId);
        Out out;
        while (q.step()) {
            std::vector<MatchSpan> spans;
            auto doc = nlohmann::json::parse(q.text(1), nullptr, false);
            if (doc.is_array()) {
                for (const auto& s : doc) {
                    if (s.is_array() && s.size() == 2)
                        spans.push_back({s[0].get<std::size_t>(), s[1].get<std::size_t>()});
                }
            }
            out.emplace_back(q.string(0), std::move(spans));
        }
        return out;
    });
}

}  // namespace tw::core
