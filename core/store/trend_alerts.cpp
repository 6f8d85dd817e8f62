#include "store/trend_alerts.h"

#include "store/guarded.h"
#include "store/trend_series.h"
#include "util/civil_time.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <sstream>

namespace tw::core {

namespace {

constexpr std::int64_t kDay = 86400;
constexpr std::int64_t kSameIssueDays = 14;

std::string findingJson(const TrendFinding& f) {
    nlohmann::ordered_json channels = nlohmann::ordered_json::object();
    for (const ChannelBurst& b : f.channels) {
        channels[b.channel] = {{"observed", b.observed},
                               {"expected", std::round(b.expected * 100) / 100},
                               {"lead_lag_days", f.leadLagDays.count(b.channel) ? f.leadLagDays.at(b.channel) : 0}};
    }
    return nlohmann::ordered_json{{"topic", f.topic},
                                  {"kind", f.phrase ? "phrase" : "category"},
                                  {"class", trendClassName(f.cls)},
                                  {"start", formatIsoDate(f.startDay * kDay)},
                                  {"end", formatIsoDate(f.endDay * kDay)},
                                  {"channels", channels},
                                  {"mean_anger", std::round(f.meanAnger * 100) / 100},
                                  {"negative_share", std::round(f.negativeShare * 100) / 100},
                                  {"intensity_trend", std::round(f.intensityTrend * 100) / 100},
                                  {"related", f.related},
                                  {"why", f.why}}
        .dump();
}

std::string reasonOf(const TrendFinding& f) {
    return std::string(trendClassName(f.cls)) + " in " + (f.phrase ? "\"" + f.topic + "\"" : f.topic) + " from " +
           formatIsoDate(f.startDay * kDay) + ": " + describeChannels(f) + "; " + f.why;
}

// The verbatim the escalation shows: the first of the burst without a restricted flag, or the
// first; never one that anchors another issue's alert already (one escalation per verbatim and type).
std::optional<std::int64_t> anchorOf(Store& store, const TrendFinding& f) {
    auto ids = findingSampleIds(store, f, 200);
    if (!ids) return std::nullopt;
    auto taken = store.db().prepare("SELECT 1 FROM escalation WHERE verbatim_id = ?1 AND type = ?2");
    auto flagged = store.db().prepare("SELECT 1 FROM risk_flag WHERE verbatim_id = ?1 LIMIT 1");
    auto holds = [](Statement& q) {
        const bool has = q.step();
        q.reset();
        return has;
    };
    std::optional<std::int64_t> first;
    for (std::int64_t id : *ids) {
        taken.bind(1, id).bind(2, kEmergingIssue);
        if (holds(taken)) continue;
        if (!first) first = id;
        flagged.bind(1, id);
        if (!holds(flagged)) return id;
    }
    return first;
}

}  // namespace

std::string describeChannels(const TrendFinding& f) {
    std::ostringstream out;
    out.precision(1);
    out << std::fixed;
    for (const ChannelBurst& b : f.channels) {
        if (&b != &f.channels.front()) out << ", ";
        out << b.channel << " " << b.observed << " against " << b.expected << " expected";
        const int lag = f.leadLagDays.count(b.channel) ? f.leadLagDays.at(b.channel) : 0;
        if (lag > 0) out << " (" << lag << (lag == 1 ? " day" : " days") << " later)";
    }
    return out.str();
}

Result<std::vector<TrendAlert>> raiseTrendAlerts(Store& store, const std::vector<TrendFinding>& findings,
                                                 std::int64_t now) {
    return guarded(store, [&]() -> Result<std::vector<TrendAlert>> {
        Database& db = store.db();
        Transaction tx(db);
        auto earlier = db.prepare(
            "SELECT t.escalation_id, t.class, e.state FROM trend_alert t JOIN escalation e ON e.id = t.escalation_id"
            " WHERE t.topic = ?1 AND t.kind = ?2 AND t.start_day <= ?4 AND t.end_day + ?5 >= ?3"
            " ORDER BY t.start_day DESC LIMIT 1");
        auto open = db.prepare(
            "INSERT INTO escalation (verbatim_id, type, severity, state, opened_at, due_at, evidence, why)"
            " VALUES (?1, ?2, ?3, 'new', ?4, ?5, '[]', ?6)");
        auto remember = db.prepare(
            "INSERT INTO trend_alert (escalation_id, topic, kind, class, start_day, end_day, finding)"
            " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
        auto grow = db.prepare(
            "UPDATE trend_alert SET class = ?2, end_day = max(end_day, ?3), finding = ?4 WHERE escalation_id = ?1");
        auto raise = db.prepare("UPDATE escalation SET severity = 'high', why = ?2 WHERE id = ?1");
        auto history = db.prepare(
            "INSERT INTO escalation_history (escalation_id, at, actor, from_state, to_state, note)"
            " VALUES (?1, ?2, 'tidewatch (trend radar)', ?3, ?4, ?5)");
        std::vector<TrendAlert> out;
        for (std::size_t i = 0; i < findings.size(); ++i) {
            const TrendFinding& f = findings[i];
            if (f.cls == TrendClass::Ripple) continue;
            const std::string kind = f.phrase ? "phrase" : "category";
            const bool tsunami = f.cls == TrendClass::Tsunami;
            earlier.bind(1, f.topic).bind(2, kind).bind(3, f.startDay).bind(4, f.endDay).bind(5, kSameIssueDays);
            if (earlier.step()) {
                TrendAlert a{i, earlier.int64(0), false, false};
                const bool wasWave = earlier.string(1) == "wave";
                const std::string state = earlier.string(2);
                earlier.reset();
                if (tsunami && wasWave) {
                    a.grew = true;
                    grow.bind(1, a.escalationId).bind(2, "tsunami").bind(3, f.endDay).bind(4, findingJson(f));
                    grow.run();
                    raise.bind(1, a.escalationId).bind(2, reasonOf(f));
                    raise.run();
                    history.bind(1, a.escalationId).bind(2, now).bind(3, state).bind(4, state);
                    history.bind(5, "the wave became a tsunami: " + reasonOf(f));
                    history.run();
                }
                out.push_back(a);
                continue;
            }
            earlier.reset();
            const auto anchor = anchorOf(store, f);
            if (!anchor) continue;  // no verbatim left to show (erased since)
            const std::string why = reasonOf(f);
            open.bind(1, *anchor).bind(2, kEmergingIssue).bind(3, tsunami ? "high" : "medium").bind(4, now);
            open.bind(5, now + (tsunami ? 2 : 7) * kDay).bind(6, why);
            open.run();
            const std::int64_t id = db.lastInsertId();
            remember.bind(1, id).bind(2, f.topic).bind(3, kind).bind(4, trendClassName(f.cls));
            remember.bind(5, f.startDay).bind(6, f.endDay).bind(7, findingJson(f));
            remember.run();
            history.bind(1, id).bind(2, now).bindNull(3).bind(4, "new").bind(5, why);
            history.run();
            out.push_back({i, id, true, false});
        }
        tx.commit();
        return out;
    });
}

Result<std::optional<std::string>> trendAlertFinding(Store& store, std::int64_t escalationId) {
    return guarded(store, [&]() -> Result<std::optional<std::string>> {
        auto q = store.db().prepare("SELECT finding FROM trend_alert WHERE escalation_id = ?1");
        q.bind(1, escalationId);
        if (!q.step()) return std::optional<std::string>();
        return std::optional<std::string>(q.string(0));
    });
}

}  // namespace tw::core
