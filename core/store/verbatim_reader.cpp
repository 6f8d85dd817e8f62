#include "store/verbatim_reader.h"

#include "store/fts_query.h"

#include <sqlite3.h>

namespace tw::core {

namespace {

constexpr const char* kColumns =
    "v.id, v.import_run_id, v.source_location, v.external_id, v.channel, v.created_at, v.customer,"
    " v.language, v.rating, v.text, ifnull(v.attributes,'{}'), ifnull(v.problems,'[]'), v.consent, v.sort_time,"
    " a.sentiment, ifnull(a.label,''), ifnull(a.explain,'[]'),"
    " ifnull(a.anger,0), ifnull(a.fear,0), ifnull(a.sadness,0), ifnull(a.joy,0), ifnull(a.intensity,0)";
// Every read of verbatims joins its analysis, when there is one.
constexpr const char* kFrom = " FROM verbatim v LEFT JOIN analysis a ON a.verbatim_id = v.id";

Verbatim readVerbatim(const Statement& q) {
    Verbatim v;
    v.id = q.int64(0);
    v.importRunId = q.int64(1);
    v.sourceLocation = q.string(2);
    v.externalId = q.optString(3);
    v.channel = q.string(4);
    v.createdAt = q.optInt64(5);
    v.customer = q.optString(6);
    v.language = q.optString(7);
    v.rating = q.optReal(8);
    v.text = q.string(9);
    v.attributes = q.string(10);
    v.problems = q.string(11);
    v.consent = q.string(12);
    v.sentiment = q.optReal(14);
    v.label = q.string(15);
    v.explain = q.string(16);
    for (int e = 0; e < 4; ++e) v.emotions[static_cast<std::size_t>(e)] = q.real(17 + e);
    v.intensity = q.real(21);
    return v;
}

// While alive, makes long statements on `db` stop with SQLITE_INTERRUPT once `cancel` is set.
class CancelGuard final {
public:
    CancelGuard(Database& db, const CancelToken* cancel) : db_(db) {
        if (cancel) {
            sqlite3_progress_handler(db_.handle(), 1000, [](void* p) -> int {
                return static_cast<const CancelToken*>(p)->cancelled() ? 1 : 0;
            }, const_cast<CancelToken*>(cancel));
        }
    }
    ~CancelGuard() { sqlite3_progress_handler(db_.handle(), 0, nullptr, nullptr); }
    CancelGuard(const CancelGuard&) = delete;
    CancelGuard& operator=(const CancelGuard&) = delete;

private:
    Database& db_;
};

// WHERE clause shared by index/page/count; binds ?1 = fts query, ?2 = channel, ?3 = label,
// ?4 = from, ?5 = until (each NULL for "any"). The analysis join is added only when a label is
// asked for, so that plain browsing reads the verbatim index alone.
constexpr const char* kFilter =
    " (?1 IS NULL OR v.id IN (SELECT rowid FROM verbatim_fts WHERE verbatim_fts MATCH ?1))"
    " AND (?2 IS NULL OR v.channel = ?2)"
    " AND (?3 IS NULL OR a.label = ?3)"
    " AND (?4 IS NULL OR v.sort_time >= ?4) AND (?5 IS NULL OR v.sort_time < ?5)";

std::string fromFor(const BrowseFilter& f) {
    return f.label ? " FROM verbatim v JOIN analysis a ON a.verbatim_id = v.id"
                   : " FROM verbatim v LEFT JOIN analysis a ON 0";
}

void bindFilter(Statement& q, const BrowseFilter& f, const std::string& fts) {
    if (fts.empty()) q.bindNull(1);
    else q.bind(1, fts);
    q.bind(2, f.channel).bind(3, f.label).bind(4, f.from).bind(5, f.until);
}

template <class F>
auto guarded(Store& store, F&& body) -> decltype(body()) {
    try {
        return body();
    } catch (const SqlError& e) {
        return makeError(explainSqlError(e), store.path());
    }
}

}  // namespace

Result<BrowseIndex> VerbatimReader::index(const BrowseFilter& filter, int pageSize, const CancelToken* cancel) {
    return guarded(store_, [&]() -> Result<BrowseIndex> {
        CancelGuard guard(store_.db(), cancel);
        std::string fts = toFtsQuery(filter.search);
        BrowseIndex idx;
        idx.pageSize = pageSize;
        if (!filter.search.empty() && fts.empty()) return idx;
        auto q = store_.db().prepare(std::string("SELECT v.sort_time, v.id") + fromFor(filter) + " WHERE" + kFilter +
                                     " ORDER BY v.sort_time DESC, v.id DESC");
        bindFilter(q, filter, fts);
        std::int64_t n = 0;
        while (q.step()) {
            if (n % pageSize == 0) idx.anchors.push_back({q.int64(0), q.int64(1)});
            ++n;
        }
        idx.total = n;
        return idx;
    });
}

Result<std::vector<Verbatim>> VerbatimReader::page(const BrowseFilter& filter, RowKey from, int limit,
                                                   const CancelToken* cancel) {
    return guarded(store_, [&]() -> Result<std::vector<Verbatim>> {
        CancelGuard guard(store_.db(), cancel);
        std::string fts = toFtsQuery(filter.search);
        std::vector<Verbatim> out;
        if (!filter.search.empty() && fts.empty()) return out;
        auto q = store_.db().prepare(std::string("SELECT ") + kColumns + kFrom + " WHERE" + kFilter +
                                     " AND (v.sort_time, v.id) <= (?6, ?7)"
                                     " ORDER BY v.sort_time DESC, v.id DESC LIMIT ?8");
        bindFilter(q, filter, fts);
        q.bind(6, from.sortTime).bind(7, from.id).bind(8, limit);
        while (q.step()) out.push_back(readVerbatim(q));
        return out;
    });
}

Result<std::int64_t> VerbatimReader::count(const BrowseFilter& filter) {
    return guarded(store_, [&]() -> Result<std::int64_t> {
        std::string fts = toFtsQuery(filter.search);
        if (!filter.search.empty() && fts.empty()) return std::int64_t{0};
        auto q = store_.db().prepare(std::string("SELECT count(*)") + fromFor(filter) + " WHERE" + kFilter);
        bindFilter(q, filter, fts);
        q.step();
        return q.int64(0);
    });
}

Result<std::optional<Verbatim>> VerbatimReader::byId(std::int64_t id) {
    return guarded(store_, [&]() -> Result<std::optional<Verbatim>> {
        auto q = store_.db().prepare(std::string("SELECT ") + kColumns + kFrom + " WHERE v.id = ?1");
        q.bind(1, id);
        if (!q.step()) return std::optional<Verbatim>{};
        return std::optional<Verbatim>(readVerbatim(q));
    });
}

Result<std::vector<SearchHit>> VerbatimReader::search(const std::string& userQuery, int limit) {
    return guarded(store_, [&]() -> Result<std::vector<SearchHit>> {
        std::vector<SearchHit> out;
        std::string fts = toFtsQuery(userQuery);
        if (fts.empty()) return out;
        auto q = store_.db().prepare(std::string("SELECT ") + kColumns +
                                     ", snippet(verbatim_fts, 0, '[', ']', '…', 16)"
                                     " FROM verbatim_fts f JOIN verbatim v ON v.id = f.rowid"
                                     " LEFT JOIN analysis a ON a.verbatim_id = v.id"
                                     " WHERE verbatim_fts MATCH ?1 ORDER BY v.sort_time DESC, v.id DESC LIMIT ?2");
        q.bind(1, fts).bind(2, limit);
        while (q.step()) out.push_back({readVerbatim(q), q.string(22)});
        return out;
    });
}

Status VerbatimReader::forEach(const std::function<bool(const Verbatim&)>& sink) {
    return guarded(store_, [&]() -> Status {
        auto q = store_.db().prepare(std::string("SELECT ") + kColumns + kFrom + " ORDER BY v.id");
        while (q.step()) {
            if (!sink(readVerbatim(q))) break;
        }
        return Ok{};
    });
}

Status VerbatimReader::forEachCandidate(const std::string& fts, const std::function<bool(const Verbatim&)>& sink) {
    return guarded(store_, [&]() -> Status {
        std::string sql = std::string("SELECT ") + kColumns + kFrom;
        if (!fts.empty()) sql += " WHERE v.id IN (SELECT rowid FROM verbatim_fts WHERE verbatim_fts MATCH ?1)";
        auto q = store_.db().prepare(sql + " ORDER BY v.sort_time DESC, v.id DESC");
        if (!fts.empty()) q.bind(1, fts);
        while (q.step()) {
            if (!sink(readVerbatim(q))) break;
        }
        return Ok{};
    });
}

}  // namespace tw::core
