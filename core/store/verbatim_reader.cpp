#include "store/verbatim_reader.h"

#include "analysis/explanation_codec.h"

#include "store/guarded.h"
#include "store/redacted_view.h"
#include "store/rule_search.h"
#include "store/sealed_text.h"

#include <sqlite3.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdint>
#include <functional>
#include <iterator>
#include <map>
#include <unordered_set>

namespace tw::core {

std::vector<std::string> categoryPathsOf(std::string_view paths) {
    std::vector<std::string> out;
    while (!paths.empty()) {
        const std::size_t nl = paths.find('\n');
        out.emplace_back(paths.substr(0, nl));
        paths = nl == std::string_view::npos ? std::string_view() : paths.substr(nl + 1);
    }
    return out;
}

namespace {

constexpr const char* kColumns =
    "v.id, v.import_run_id, v.source_location, v.external_id, v.channel, v.created_at, v.customer,"
    " v.language, v.rating, v.text, ifnull(v.attributes,'{}'), ifnull(v.problems,'[]'), v.consent, v.sort_time,"
    " a.sentiment, ifnull(a.label,''), ifnull(a.explain,'[]'),"
    " ifnull(a.anger,0), ifnull(a.fear,0), ifnull(a.sadness,0), ifnull(a.joy,0), ifnull(a.intensity,0),"
    " ifnull(a.effort,0),"
    " (SELECT group_concat(path, char(10)) FROM (SELECT c.path FROM verbatim_category vc"
    "   JOIN category c ON c.id = vc.category_id WHERE vc.verbatim_id = v.id ORDER BY c.position)), v.sealed";
// The same for rule candidates: the rule never reads the score's explanation, the longest column.
const std::string kCandidateColumns = [] {
    std::string c = kColumns;
    c.replace(c.find("ifnull(a.explain,'[]')"), std::string_view("ifnull(a.explain,'[]')").size(), "'[]'");
    return c;
}();
// And without their categories (the join costs as much as the rest of the row).
const std::string kCandidateColumnsUncategorised = [] {
    std::string c = kCandidateColumns;
    const std::size_t from = c.find(" (SELECT group_concat(path"), to = c.find(", v.sealed");
    c.replace(from, to - from, " NULL");
    return c;
}();
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
    v.explain = storedExplanationJson(q.text(16));
    for (int e = 0; e < 4; ++e) v.emotions[static_cast<std::size_t>(e)] = q.real(17 + e);
    v.intensity = q.real(21);
    v.effort = q.int64(22) != 0;
    if (!q.isNull(23)) v.categories = categoryPathsOf(q.text(23));
    v.sealed = q.int64(24) != 0;
    return v;
}

// While alive, makes long statements on `db` stop with SQLITE_INTERRUPT once `cancel` is set.
class CancelGuard final {
public:
    CancelGuard(Database& db, const CancelToken* cancel) : db_(db) {
        if (cancel) {
            sqlite3_progress_handler(
                db_.handle(), 1000,
                [](void* p) -> int { return static_cast<const CancelToken*>(p)->cancelled() ? 1 : 0; },
                const_cast<CancelToken*>(cancel));
        }
    }
    ~CancelGuard() { sqlite3_progress_handler(db_.handle(), 0, nullptr, nullptr); }
    CancelGuard(const CancelGuard&) = delete;
    CancelGuard& operator=(const CancelGuard&) = delete;

private:
    Database& db_;
};

// WHERE clause shared by index/page/count, with only the conditions the filter sets (a constant
// "x IS NULL OR ..." would keep SQLite from walking the time index): ?1 keeps the search's
// matches (in temp.rule_hit), ?2 channel, ?3 label, ?4 from, ?5 until, ?9 category path. The
// analysis join is added only when a label is asked for, so that plain browsing reads the
// verbatim index alone.
bool hasSearch(const BrowseFilter& f) { return f.search.find_first_not_of(" \t\r\n") != std::string::npos; }

// The table whose (sort_time, id) key orders the rows: a search's matches, or the verbatims.
std::string keyOf(const BrowseFilter& f) { return hasSearch(f) ? "h." : "v."; }

// A category condition is asked in one of two ways. Listed: the category's verbatims are listed
// first, then ordered (the whole index and counts, and pages of a sparse category). Row by row:
// each row the time order meets is asked off the index, so that a page stops after its rows (a
// page of a category holding many verbatims, or of a search's matches).
std::string whereFor(const BrowseFilter& f, bool categoryRowByRow = false) {
    std::string w = " WHERE 1";
    if (f.channel) w += " AND v.channel = ?2";
    if (f.label) w += " AND a.label = ?3";
    if (f.from) w += " AND v.sort_time >= ?4";
    if (f.until) w += " AND v.sort_time < ?5";
    if (f.category && categoryRowByRow) {
        w += " AND EXISTS (SELECT 1 FROM verbatim_category vc WHERE vc.verbatim_id = v.id AND vc.category_id IN"
             " (SELECT id FROM category WHERE path = ?9 OR substr(path, 1, length(?9) + 1) = ?9 || '/'))";
    } else if (f.category) {
        w += " AND v.id IN (SELECT vc.verbatim_id FROM verbatim_category vc JOIN category c ON c.id = vc.category_id"
             " WHERE c.path = ?9 OR substr(c.path, 1, length(?9) + 1) = ?9 || '/')";
    }
    return w;
}

// Whether the category `path` (with its subcategories) holds one verbatim in 50 or more: then a
// page asks it row by row and meets its 200 rows within about 10,000 steps. Counting stops there.
bool denseCategory(Database& db, const std::string& path) {
    auto total = db.prepare("SELECT ifnull(max(id), 0) FROM verbatim");
    const std::int64_t enough = std::max<std::int64_t>(1, total.step() ? total.int64(0) / 50 : 1);
    auto q = db.prepare(
        "SELECT count(*) FROM (SELECT 1 FROM verbatim_category WHERE category_id IN"
        " (SELECT id FROM category WHERE path = ?1 OR substr(path, 1, length(?1) + 1) = ?1 || '/') LIMIT ?2)");
    q.bind(1, path).bind(2, enough);
    return q.step() && q.int64(0) >= enough;
}

std::string fromFor(const BrowseFilter& f) {
    // Not "LEFT JOIN analysis a ON 0": SQLite would scan the analysis index once per verbatim.
    // A search's matches, kept in browse order, drive the query.
    const std::string from = hasSearch(f) ? " FROM temp.rule_hit h JOIN verbatim v ON v.id = h.id" : " FROM verbatim v";
    return from + (f.label ? " JOIN analysis a ON a.verbatim_id = v.id" : "");
}

void bindFilter(Statement& q, const BrowseFilter& f) {
    if (f.channel) q.bind(2, *f.channel);
    if (f.label) q.bind(3, *f.label);
    if (f.from) q.bind(4, *f.from);
    if (f.until) q.bind(5, *f.until);
    if (f.category) q.bind(9, *f.category);
}

}  // namespace

VerbatimReader::VerbatimReader(Store& store, Visibility visibility)
    : store_(store), visibility_(std::move(visibility)) {
    nlohmann::json types = visibility_.restrictedTypes;
    restrictedJson_ = types.dump();
}

std::string VerbatimReader::hiddenClause() const {
    constexpr const char* kRestricted =
        "EXISTS (SELECT 1 FROM risk_flag rf WHERE rf.verbatim_id = v.id AND rf.type IN (SELECT value FROM "
        "json_each(?10)))";
    const bool hideFlagged = visibility_.flagged == TextAccess::CountOnly;
    const bool hideUnflagged = visibility_.unflagged == TextAccess::CountOnly;
    if (hideFlagged && hideUnflagged) return " AND 0";
    if (hideFlagged) return std::string(" AND NOT ") + kRestricted;
    if (hideUnflagged) return std::string(" AND ") + kRestricted;
    return {};
}

void VerbatimReader::bindHidden(Statement& q) const {
    if (!hiddenClause().empty()) q.bind(10, restrictedJson_);
}

Status VerbatimReader::present(const std::vector<Verbatim*>& shown, std::vector<Redacted>* maps) {
    std::vector<Verbatim*> stored, sealed;
    for (Verbatim* v : shown) (v->sealed ? sealed : stored).push_back(v);
    if (sealed.empty()) return presentStored(shown, maps);
    std::vector<Redacted> storedMaps, sealedMaps;
    if (auto st = presentStored(stored, maps ? &storedMaps : nullptr); !st) return st;
    if (auto st = presentSealed(sealed, maps ? &sealedMaps : nullptr); !st) return st;
    if (maps) {
        std::size_t s = 0, k = 0;
        for (const Verbatim* v : shown) maps->push_back(std::move(v->sealed ? sealedMaps[k++] : storedMaps[s++]));
    }
    return Ok{};
}

Status VerbatimReader::presentSealed(const std::vector<Verbatim*>& shown, std::vector<Redacted>* maps) {
    std::vector<std::int64_t> ids;
    for (const Verbatim* v : shown) ids.push_back(v->id);
    auto opened = openSealed(store_, ids, visibility_.keys.get(), visibility_.flagged == TextAccess::Full);
    if (!opened) return opened.error();
    for (Verbatim* v : shown) {
        Redacted map;
        auto it = opened->find(v->id);
        if (it != opened->end() && it->second.full) {
            v->text = std::move(*it->second.full);
            map.text = v->text;
        } else if (it != opened->end() && it->second.redacted && visibility_.flagged != TextAccess::CountOnly) {
            map = std::move(*it->second.redacted);
            v->text = map.text;
            v->explain = std::move(it->second.redactedExplain);
            v->redacted = true;
            v->pii = piiMarks(map);
        } else {
            v->locked = true;
            v->text.clear();
            v->explain = "[]";
        }
        if (maps) maps->push_back(std::move(map));
    }
    return Ok{};
}

Status VerbatimReader::presentStored(const std::vector<Verbatim*>& shown, std::vector<Redacted>* maps) {
    if (shown.empty()) return Ok{};
    if (visibility_.unflagged == TextAccess::Redacted && visibility_.flagged == TextAccess::Redacted)
        return redactVerbatims(store_, shown, maps);
    return guarded(store_, [&]() -> Status {
        std::string ids;
        for (const Verbatim* v : shown) ids += (ids.empty() ? "" : ",") + std::to_string(v->id);
        std::unordered_set<std::int64_t> restricted;
        auto q = store_.db().prepare("SELECT DISTINCT verbatim_id FROM risk_flag WHERE verbatim_id IN (" + ids +
                                     ") AND type IN (SELECT value FROM json_each(?1))");
        q.bind(1, restrictedJson_);
        while (q.step()) restricted.insert(q.int64(0));
        std::vector<Verbatim*> toRedact;
        std::vector<std::size_t> at;
        for (std::size_t i = 0; i < shown.size(); ++i) {
            const TextAccess a = restricted.count(shown[i]->id) ? visibility_.flagged : visibility_.unflagged;
            if (a != TextAccess::Full) {
                toRedact.push_back(shown[i]);
                at.push_back(i);
            }
        }
        std::vector<Redacted> some;
        if (auto st = redactVerbatims(store_, toRedact, maps ? &some : nullptr); !st) return st;
        if (maps) {
            // A text shown as written keeps its offsets: the identity map.
            maps->assign(shown.size(), Redacted{});
            for (std::size_t i = 0; i < shown.size(); ++i) (*maps)[i].text = shown[i]->text;
            for (std::size_t k = 0; k < at.size(); ++k) (*maps)[at[k]] = std::move(some[k]);
        }
        return Ok{};
    });
}

Result<BrowseIndex> VerbatimReader::index(const BrowseFilter& filter, int pageSize, const CancelToken* cancel) {
    return guarded(store_, [&]() -> Result<BrowseIndex> {
        BrowseIndex idx;
        idx.pageSize = pageSize;
        if (auto st = prepareSearch(filter.search, true, cancel); !st) return st.error();
        CancelGuard guard(store_.db(), cancel);
        const std::string k = keyOf(filter);
        auto q = store_.db().prepare("SELECT " + k + "sort_time, " + k + "id" + fromFor(filter) + whereFor(filter) +
                                     hiddenClause() + " ORDER BY " + k + "sort_time DESC, " + k + "id DESC");
        bindFilter(q, filter);
        bindHidden(q);
        std::int64_t n = 0;
        while (q.step()) {
            if (n % pageSize == 0) idx.anchors.push_back({q.int64(0), q.int64(1)});
            ++n;
        }
        idx.total = n;
        if (!hiddenClause().empty()) {
            auto all = store_.db().prepare(std::string("SELECT count(*)") + fromFor(filter) + whereFor(filter));
            bindFilter(all, filter);
            all.step();
            idx.countedOnly = all.int64(0) - n;
        }
        return idx;
    });
}

Result<std::vector<Verbatim>> VerbatimReader::page(const BrowseFilter& filter, RowKey from, int limit,
                                                   const CancelToken* cancel) {
    return guarded(store_, [&]() -> Result<std::vector<Verbatim>> {
        std::vector<Verbatim> out;
        if (auto st = prepareSearch(filter.search, false, cancel); !st) return st.error();
        CancelGuard guard(store_.db(), cancel);
        const std::string k = keyOf(filter);
        std::string tables =
            hasSearch(filter) ? " FROM temp.rule_hit h JOIN verbatim v ON v.id = h.id" : " FROM verbatim v";
        tables +=
            filter.label ? " JOIN analysis a ON a.verbatim_id = v.id" : " LEFT JOIN analysis a ON a.verbatim_id = v.id";
        const bool rowByRow = filter.category && (hasSearch(filter) || denseCategory(store_.db(), *filter.category));
        auto q = store_.db().prepare(std::string("SELECT ") + kColumns + tables + whereFor(filter, rowByRow) +
                                     hiddenClause() + " AND (" + k + "sort_time, " + k + "id) <= (?6, ?7) ORDER BY " +
                                     k + "sort_time DESC, " + k + "id DESC LIMIT ?8");
        bindFilter(q, filter);
        bindHidden(q);
        q.bind(6, from.sortTime).bind(7, from.id).bind(8, limit);
        while (q.step()) out.push_back(readVerbatim(q));
        std::vector<Verbatim*> shown;
        for (Verbatim& v : out) shown.push_back(&v);
        if (auto st = present(shown); !st) return st.error();
        return out;
    });
}

Result<std::int64_t> VerbatimReader::count(const BrowseFilter& filter) {
    return guarded(store_, [&]() -> Result<std::int64_t> {
        if (auto st = prepareSearch(filter.search, true, nullptr); !st) return st.error();
        auto q =
            store_.db().prepare(std::string("SELECT count(*)") + fromFor(filter) + whereFor(filter) + hiddenClause());
        bindFilter(q, filter);
        bindHidden(q);
        q.step();
        return q.int64(0);
    });
}

Result<FilterFigures> VerbatimReader::figures(const BrowseFilter& filter) {
    return guarded(store_, [&]() -> Result<FilterFigures> {
        if (auto st = prepareSearch(filter.search, true, nullptr); !st) return st.error();
        const std::string from =
            hasSearch(filter) ? " FROM temp.rule_hit h JOIN verbatim v ON v.id = h.id" : " FROM verbatim v";
        auto q = store_.db().prepare(
            "SELECT v.channel, CAST(strftime('%s', v.created_at, 'unixepoch', 'start of month') AS INTEGER) AS m,"
            " ifnull(a.label, ''), count(*), sum(a.sentiment), sum(a.intensity), sum(a.effort),"
            " min(v.created_at), max(v.created_at)" +
            from + (filter.label ? " JOIN" : " LEFT JOIN") + " analysis a ON a.verbatim_id = v.id" + whereFor(filter) +
            hiddenClause() + " GROUP BY v.channel, m, a.label");
        bindFilter(q, filter);
        bindHidden(q);
        FilterFigures f;
        std::map<std::string, ChannelSentiment> channels;
        std::map<std::int64_t, MonthSentiment> months;
        std::map<std::int64_t, double> negativeByMonth;
        double sentimentSum = 0.0, intensitySum = 0.0;
        while (q.step()) {
            const std::string label = q.string(2);
            const std::int64_t n = q.int64(3);
            const bool analysed = !label.empty();
            f.total += n;
            ChannelSentiment& c = channels[q.string(0)];
            c.channel = q.string(0);
            std::int64_t* byLabel[] = {&f.positive, &f.negative, &f.neutral, &f.mixed};
            std::int64_t* channelByLabel[] = {&c.positive, &c.negative, &c.neutral, &c.mixed};
            const char* labels[] = {"positive", "negative", "neutral", "mixed"};
            bool known = false;
            for (int l = 0; l < 4; ++l) {
                if (label != labels[l]) continue;
                *byLabel[l] += n;
                *channelByLabel[l] += n;
                known = true;
            }
            if (!known) c.unanalysed += n;
            if (analysed) {
                f.analysed += n;
                sentimentSum += q.optReal(4).value_or(0.0);
                intensitySum += q.optReal(5).value_or(0.0);
                f.effort += q.optInt64(6).value_or(0);
            }
            if (!q.isNull(1)) {
                MonthSentiment& m = months[q.int64(1)];
                m.start = q.int64(1);
                m.count += n;
                if (analysed) {
                    m.analysed += n;
                    m.meanSentiment += q.optReal(4).value_or(0.0);  // a sum until the end
                    if (label == "negative") negativeByMonth[m.start] += static_cast<double>(n);
                }
            }
            for (auto [column, target, earlier] : {std::tuple{7, &f.first, true}, std::tuple{8, &f.last, false}}) {
                if (q.isNull(column)) continue;
                const std::int64_t t = q.int64(column);
                if (!*target || (earlier ? t < **target : t > **target)) *target = t;
            }
        }
        if (f.analysed > 0) {
            f.meanSentiment = sentimentSum / static_cast<double>(f.analysed);
            f.meanIntensity = intensitySum / static_cast<double>(f.analysed);
        }
        for (auto& [start, m] : months) {
            if (m.analysed > 0) {
                m.meanSentiment /= static_cast<double>(m.analysed);
                m.negativeShare = negativeByMonth[start] / static_cast<double>(m.analysed);
            }
            f.months.push_back(m);
        }
        for (auto& [name, c] : channels) f.channels.push_back(c);
        auto size = [](const ChannelSentiment& c) {
            return c.positive + c.negative + c.neutral + c.mixed + c.unanalysed;
        };
        std::stable_sort(f.channels.begin(), f.channels.end(),
                         [&](const ChannelSentiment& a, const ChannelSentiment& b) { return size(a) > size(b); });
        return f;
    });
}

Result<std::optional<Verbatim>> VerbatimReader::byId(std::int64_t id) {
    return guarded(store_, [&]() -> Result<std::optional<Verbatim>> {
        auto q = store_.db().prepare(std::string("SELECT ") + kColumns + kFrom + " WHERE v.id = ?1" + hiddenClause());
        q.bind(1, id);
        bindHidden(q);
        if (!q.step()) return std::optional<Verbatim>{};
        Verbatim one = readVerbatim(q);
        if (auto st = present({&one}); !st) return st.error();
        return std::optional<Verbatim>(std::move(one));
    });
}

Result<std::optional<ShownVerbatim>> VerbatimReader::show(std::int64_t id, const std::vector<MatchSpan>& spans) {
    return guarded(store_, [&]() -> Result<std::optional<ShownVerbatim>> {
        auto q = store_.db().prepare(std::string("SELECT ") + kColumns + kFrom + " WHERE v.id = ?1" + hiddenClause());
        q.bind(1, id);
        bindHidden(q);
        if (!q.step()) return std::optional<ShownVerbatim>{};
        ShownVerbatim one{readVerbatim(q), {}};
        std::vector<Redacted> maps;
        if (auto st = present({&one.verbatim}, &maps); !st) return st.error();
        one.spans = moveSpans(maps.front(), spans);
        return std::optional<ShownVerbatim>(std::move(one));
    });
}

Result<std::unordered_set<std::int64_t>> VerbatimReader::hiddenIds() {
    if (hiddenClause().empty()) return std::unordered_set<std::int64_t>{};
    return guarded(store_, [&]() -> Result<std::unordered_set<std::int64_t>> {
        std::unordered_set<std::int64_t> ids;
        // Hiding the flagged ones (the usual policy): read them off the flags, which are few,
        // instead of testing every verbatim.
        const bool onlyFlagged =
            visibility_.flagged == TextAccess::CountOnly && visibility_.unflagged != TextAccess::CountOnly;
        auto q = store_.db().prepare(onlyFlagged ? "SELECT DISTINCT rf.verbatim_id FROM risk_flag rf WHERE rf.type IN "
                                                   "(SELECT value FROM json_each(?10))"
                                                 : "SELECT v.id FROM verbatim v WHERE NOT (1" + hiddenClause() + ")");
        bindHidden(q);
        while (q.step()) ids.insert(q.int64(0));
        return ids;
    });
}

Status VerbatimReader::prepareSearch(const std::string& rule, bool refresh, const CancelToken* cancel) {
    return guarded(store_, [&]() -> Status {
        Database& db = store_.db();
        db.exec(
            "CREATE TEMP TABLE IF NOT EXISTS rule_hit (sort_time INTEGER NOT NULL, id INTEGER NOT NULL,"
            " PRIMARY KEY (sort_time, id)) WITHOUT ROWID");
        db.exec("CREATE TEMP TABLE IF NOT EXISTS rule_hit_source (rule TEXT NOT NULL)");
        const std::string wanted = rule.find_first_not_of(" \t\r\n") == std::string::npos ? std::string() : rule;
        // Hits over sealed text are a full reader's: they are cached apart.
        const std::string source = wanted + (fullKeys() ? "\n[sealed opened]" : "");
        if (!refresh) {
            auto q = db.prepare("SELECT rule FROM temp.rule_hit_source");
            if (q.step() && q.string(0) == source) return Ok{};
        }
        std::vector<std::pair<std::int64_t, std::int64_t>> ids;  // (sort_time, id)
        if (!wanted.empty()) {
            auto st = forEachRuleMatch(
                store_, wanted,
                [&](const RuleHit& h) {
                    ids.emplace_back(h.verbatim.createdAt.value_or(0), h.verbatim.id);
                    return !(cancel && cancel->cancelled());
                },
                MatchOrder::Any, fullKeys());  // the temporary table keeps them in browse order
            if (!st) return st;
            if (cancel && cancel->cancelled()) return makeError("cancelled", store_.path());
        }
        db.exec("SAVEPOINT rule_hits");
        db.exec("DELETE FROM temp.rule_hit");
        db.exec("DELETE FROM temp.rule_hit_source");
        auto insert = db.prepare("INSERT OR IGNORE INTO temp.rule_hit (sort_time, id) VALUES (?1, ?2)");
        for (const auto& [time, id] : ids) {
            insert.bind(1, time).bind(2, id);
            insert.run();
        }
        auto remember = db.prepare("INSERT INTO temp.rule_hit_source (rule) VALUES (?1)");
        remember.bind(1, source);
        remember.run();
        db.exec("RELEASE rule_hits");
        return Ok{};
    });
}

Result<std::vector<Verbatim>> VerbatimReader::after(std::int64_t afterId, int limit) {
    return guarded(store_, [&]() -> Result<std::vector<Verbatim>> {
        auto q =
            store_.db().prepare(std::string("SELECT ") + kColumns + kFrom + " WHERE v.id > ?1 ORDER BY v.id LIMIT ?2");
        q.bind(1, afterId).bind(2, limit);
        std::vector<Verbatim> out;
        while (q.step()) out.push_back(readVerbatim(q));
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

namespace {
// From this many full-text candidates on, the first page walks the time index instead of sorting
// the candidates: their density makes the newest few come after a few hundred steps (at worst,
// candidates all old, the walk covers the whole index: about 100 ms on 1M). Below it, looking
// each up and sorting takes milliseconds. Row ids past kWalkMaxId would make the bit set too large.
constexpr std::size_t kWalkFromCandidates = 2000;
// A category holding at most this many verbatims narrows a search's candidates to them.
constexpr std::size_t kFewInCategory = 50000;
constexpr std::int64_t kWalkMaxId = std::int64_t{1} << 28;
}  // namespace

Status VerbatimReader::forEachCandidate(const std::string& fts, const std::function<bool(const Verbatim&)>& sink,
                                        MatchOrder order, const BrowseFilter* conditions, bool withCategories) {
    const std::string& columns = withCategories ? kCandidateColumns : kCandidateColumnsUncategorised;
    const std::int64_t since = conditions && conditions->from ? *conditions->from : INT64_MIN,
                       until = conditions && conditions->until ? *conditions->until : INT64_MAX;
    return guarded(store_, [&]() -> Status {
        const std::string match =
            fts.empty() ? "" : " WHERE v.id IN (SELECT rowid FROM verbatim_fts WHERE verbatim_fts MATCH ?1)";
        if (order == MatchOrder::Any) {
            auto q = store_.db().prepare("SELECT " + columns + kFrom + match);
            if (!fts.empty()) q.bind(1, fts);
            while (q.step()) {
                if (!sink(readVerbatim(q))) break;
            }
            return Ok{};
        }
        auto row = store_.db().prepare("SELECT " + columns + kFrom + " WHERE v.id = ?1");
        auto readEach = [&](auto&& nextId) {
            for (std::int64_t id = 0; nextId(id);) {
                row.bind(1, id);
                const bool found = row.step();
                const bool more = !found || sink(readVerbatim(row));
                row.reset();
                if (!more) return;
            }
        };
        // Walking the time index from the newest, reading each candidate in full: the first
        // results come after a few steps, not after sorting every candidate.
        auto walk = [&](const std::function<bool(std::int64_t)>& isCandidate) {
            // A channel condition walks that channel's own time index.
            const bool oneChannel = conditions && conditions->channel;
            auto keys = store_.db().prepare(std::string("SELECT v.id FROM verbatim v WHERE v.sort_time >= ?1 AND "
                                                        "v.sort_time < ?2") +
                                            (oneChannel ? " AND v.channel = ?3" : "") +
                                            " ORDER BY v.sort_time DESC, v.id DESC");
            keys.bind(1, since).bind(2, until);
            if (oneChannel) keys.bind(3, *conditions->channel);
            readEach([&](std::int64_t& id) {
                while (keys.step()) {
                    if (isCandidate(keys.int64(0))) {
                        id = keys.int64(0);
                        return true;
                    }
                }
                return false;
            });
        };
        // A category condition: a category of few verbatims narrows the candidates to them; a
        // larger one is asked of each candidate off the index before the candidate is read in
        // full (the walk then passes over the others at the cost of an index lookup).
        std::vector<std::int64_t> categories;  // the condition's category and its subcategories
        std::optional<Statement> categoriesOf;
        std::vector<std::int64_t> ids;  // the candidates, ascending, once known
        bool narrowed = false;
        if (conditions && conditions->category) {
            auto q = store_.db().prepare(
                "SELECT id FROM category WHERE path = ?1 OR substr(path, 1, length(?1) + 1) = ?1 || '/'");
            q.bind(1, *conditions->category);
            while (q.step()) categories.push_back(q.int64(0));
            if (categories.empty()) return Ok{};
            auto members =
                store_.db().prepare("SELECT verbatim_id FROM verbatim_category WHERE category_id = ?1 LIMIT ?2");
            for (std::int64_t c : categories) {
                members.bind(1, c).bind(2, static_cast<std::int64_t>(kFewInCategory + 1 - ids.size()));
                while (members.step()) ids.push_back(members.int64(0));
                members.reset();
                if (ids.size() > kFewInCategory) break;
            }
            narrowed = ids.size() <= kFewInCategory;
            if (narrowed) {
                std::sort(ids.begin(), ids.end());
                ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
            } else {
                ids.clear();
                categoriesOf.emplace(
                    store_.db().prepare("SELECT category_id FROM verbatim_category WHERE verbatim_id = ?1"));
            }
        }
        auto inCategory = [&](std::int64_t id) {
            if (!categoriesOf) return true;
            categoriesOf->bind(1, id);
            bool found = false;
            while (!found && categoriesOf->step())
                found = std::find(categories.begin(), categories.end(), categoriesOf->int64(0)) != categories.end();
            categoriesOf->reset();
            return found;
        };
        if (fts.empty() && !narrowed) {
            walk(inCategory);
            return Ok{};
        }
        if (!fts.empty()) {
            auto hits = store_.db().prepare("SELECT rowid FROM verbatim_fts WHERE verbatim_fts MATCH ?1");
            hits.bind(1, fts);
            std::vector<std::int64_t> matched;  // ascending, as FTS5 lists them
            while (hits.step()) matched.push_back(hits.int64(0));
            if (narrowed) {
                std::vector<std::int64_t> both;
                std::set_intersection(matched.begin(), matched.end(), ids.begin(), ids.end(), std::back_inserter(both));
                matched = std::move(both);
            }
            ids = std::move(matched);
        }
        if (ids.empty()) return Ok{};
        if (order == MatchOrder::NewestFirstFew && ids.size() >= kWalkFromCandidates && ids.back() < kWalkMaxId) {
            std::vector<bool> candidate(static_cast<std::size_t>(ids.back()) + 1);
            for (std::int64_t id : ids) candidate[static_cast<std::size_t>(id)] = true;
            walk([&](std::int64_t id) {
                return id >= 0 && static_cast<std::size_t>(id) < candidate.size() &&
                       candidate[static_cast<std::size_t>(id)] && inCategory(id);
            });
            return Ok{};
        }
        // Every candidate's time, sorted, then each read in full (narrow reads before wide ones).
        auto time = store_.db().prepare("SELECT v.sort_time FROM verbatim v WHERE v.id = ?1");
        std::vector<std::pair<std::int64_t, std::int64_t>> byTime;  // (sort_time, id)
        byTime.reserve(ids.size());
        for (std::int64_t id : ids) {
            time.bind(1, id);
            if (time.step() && time.int64(0) >= since && time.int64(0) < until) byTime.emplace_back(time.int64(0), id);
            time.reset();
        }
        std::sort(byTime.begin(), byTime.end(), std::greater<>());
        std::size_t next = 0;
        readEach([&](std::int64_t& id) {
            while (next < byTime.size() && !inCategory(byTime[next].second)) ++next;
            if (next == byTime.size()) return false;
            id = byTime[next++].second;
            return true;
        });
        return Ok{};
    });
}

Status VerbatimReader::forEachSealed(const std::function<bool(const Verbatim&)>& sink) {
    return guarded(store_, [&]() -> Status {
        auto q = store_.db().prepare(std::string("SELECT ") + kCandidateColumns + kFrom +
                                     " WHERE v.sealed = 1 ORDER BY v.sort_time DESC, v.id DESC");
        while (q.step()) {
            if (!sink(readVerbatim(q))) break;
        }
        return Ok{};
    });
}

}  // namespace tw::core
