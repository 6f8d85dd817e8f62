#include "store/escalation_repository.h"

#include "store/audit_repository.h"
#include "store/guarded.h"
#include "store/span_json.h"

#include <algorithm>
#include <map>

namespace tw::core {

namespace {

constexpr const char* kColumns =
    "id, verbatim_id, type, severity, state, resolution, assignee, opened_at, due_at, closed_at, evidence, why, "
    "merged, (SELECT consent FROM verbatim WHERE verbatim.id = escalation.verbatim_id) FROM escalation";
constexpr const char* kSeverityRank =
    "CASE severity WHEN 'critical' THEN 3 WHEN 'high' THEN 2 WHEN 'medium' THEN 1 ELSE 0 END";

Escalation readEscalation(const Statement& q) {
    Escalation e;
    e.id = q.int64(0);
    e.verbatimId = q.int64(1);
    e.type = q.string(2);
    e.severity = severityFromName(q.text(3)).value_or(Severity::Low);
    e.state = escalationStateFromName(q.text(4)).value_or(EscalationState::New);
    if (!q.isNull(5)) e.resolution = resolutionFromName(q.text(5));
    e.assignee = q.optString(6);
    e.openedAt = q.int64(7);
    e.dueAt = q.int64(8);
    e.closedAt = q.optInt64(9);
    e.evidence = spansFromJson(q.text(10));
    e.why = q.string(11);
    e.merged = static_cast<int>(q.int64(12));
    if (!q.isNull(13)) e.consent = consentFromName(q.text(13)).value_or(ConsentBasis::Unknown);
    return e;
}

std::optional<double> median(std::vector<double> v) {
    if (v.empty()) return std::nullopt;
    std::sort(v.begin(), v.end());
    const std::size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2.0;
}

std::size_t ageBucket(std::int64_t seconds) {
    constexpr std::int64_t day = 86400;
    if (seconds < day) return 0;
    if (seconds < 7 * day) return 1;
    if (seconds < 30 * day) return 2;
    return 3;
}

}  // namespace

Result<std::vector<Escalation>> EscalationRepository::list(const EscalationFilter& filter, std::int64_t now) {
    return guarded(store_, [&]() -> Result<std::vector<Escalation>> {
        std::string sql = std::string("SELECT ") + kColumns + " WHERE 1";
        int arg = 1;
        auto inList = [&](const char* column, std::size_t n) {
            if (n == 0) return;
            sql += std::string(" AND ") + column + " IN (";
            for (std::size_t i = 0; i < n; ++i) sql += (i ? ",?" : "?") + std::to_string(arg++);
            sql += ')';
        };
        inList("state", filter.states.size());
        inList("type", filter.types.size());
        const int assigneeArg = filter.assignee ? arg++ : 0;
        if (filter.assignee) sql += " AND assignee = ?" + std::to_string(assigneeArg);
        const int nowArg = filter.overdueOnly ? arg++ : 0;
        if (filter.overdueOnly) {
            sql += " AND state NOT IN ('actioned','closed_no_action') AND due_at < ?" + std::to_string(nowArg);
        }
        sql += std::string(" ORDER BY due_at, ") + kSeverityRank + " DESC, opened_at, id";
        if (filter.limit > 0) sql += " LIMIT " + std::to_string(filter.limit);
        auto q = store_.db().prepare(sql);
        int i = 1;
        for (EscalationState s : filter.states) q.bind(i++, escalationStateName(s));
        for (const std::string& t : filter.types) q.bind(i++, t);
        if (filter.assignee) q.bind(assigneeArg, *filter.assignee);
        if (filter.overdueOnly) q.bind(nowArg, now);
        std::vector<Escalation> out;
        while (q.step()) out.push_back(readEscalation(q));
        return out;
    });
}

Result<std::optional<Escalation>> EscalationRepository::byId(std::int64_t id) {
    return guarded(store_, [&]() -> Result<std::optional<Escalation>> {
        auto q = store_.db().prepare(std::string("SELECT ") + kColumns + " WHERE id = ?1");
        q.bind(1, id);
        if (!q.step()) return std::optional<Escalation>();
        return std::optional<Escalation>(readEscalation(q));
    });
}

Result<std::vector<EscalationEvent>> EscalationRepository::history(std::int64_t id) {
    return guarded(store_, [&]() -> Result<std::vector<EscalationEvent>> {
        auto q = store_.db().prepare(
            "SELECT id, at, actor, from_state, to_state, assignee, note FROM escalation_history"
            " WHERE escalation_id = ?1 ORDER BY id");
        q.bind(1, id);
        std::vector<EscalationEvent> out;
        while (q.step()) {
            EscalationEvent e;
            e.id = q.int64(0);
            e.at = q.int64(1);
            e.actor = q.string(2);
            if (!q.isNull(3)) e.from = escalationStateFromName(q.text(3));
            e.to = escalationStateFromName(q.text(4)).value_or(EscalationState::New);
            e.assignee = q.optString(5);
            e.note = q.string(6);
            out.push_back(std::move(e));
        }
        return out;
    });
}

Result<Escalation> EscalationRepository::applyMove(std::int64_t id, const Move& move, const std::string& actor,
                                                   std::int64_t now) {
    auto current = byId(id);
    if (!current) return current.error();
    if (!*current) return makeError("there is no escalation " + std::to_string(id), store_.path());
    Escalation e = **current;
    if (actor.find_first_not_of(" \t") == std::string::npos) {
        return makeError("escalation " + std::to_string(id) + ": say who moves it");
    }
    if (auto st = checkMove(id, e.state, move); !st) return st.error();
    if (move.resolution == Resolution::Contacted) {
        // Reaching out to the customer needs a basis that allows it, whoever asks.
        if (ContactDecision d = e.contact(); !d.allowed)
            return makeError("escalation " + std::to_string(id) + ": the customer may not be contacted (" +
                             consentName(e.consent) + "): " + d.why);
    }
    return guarded(store_, [&]() -> Result<Escalation> {
        Database& db = store_.db();
        auto update = db.prepare(
            "UPDATE escalation SET state = ?2, resolution = ?3, assignee = coalesce(?4, assignee),"
            " closed_at = ?5 WHERE id = ?1");
        update.bind(1, id).bind(2, escalationStateName(move.to));
        if (move.resolution) {
            update.bind(3, resolutionName(*move.resolution));
        } else {
            update.bindNull(3);
        }
        update.bind(4, move.assignee);
        if (isOpen(move.to)) {
            update.bindNull(5);
        } else {
            update.bind(5, now);
        }
        update.run();
        auto history = db.prepare(
            "INSERT INTO escalation_history (escalation_id, at, actor, from_state, to_state, assignee, note)"
            " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
        std::string note = move.note;
        if (move.resolution) note = std::string(resolutionName(*move.resolution)) + (note.empty() ? "" : ": " + note);
        history.bind(1, id).bind(2, now).bind(3, actor).bind(4, escalationStateName(e.state));
        history.bind(5, escalationStateName(move.to)).bind(6, move.assignee).bind(7, note);
        history.run();
        // The audit trail records every transition too, chained with the rest of what was done.
        // Not the note's words: they may quote the customer, and an erasure must be able to blank
        // them in the history, which it cannot do in the chained trail.
        std::string detail = std::string(escalationStateName(e.state)) + " -> " + escalationStateName(move.to);
        if (move.resolution) detail += std::string(" (") + resolutionName(*move.resolution) + ")";
        if (move.assignee) detail += ", assigned to " + *move.assignee;
        if (move.note.find_first_not_of(" \t\r\n") != std::string::npos) detail += ", with a note";
        if (auto st = AuditRepository(store_).append(actor, "escalation_move", "escalation " + std::to_string(id),
                                                     detail, now);
            !st)
            return st.error();
        e.state = move.to;
        e.resolution = move.resolution;
        if (move.assignee) e.assignee = move.assignee;
        e.closedAt = isOpen(move.to) ? std::nullopt : std::optional<std::int64_t>(now);
        return e;
    });
}

Result<Escalation> EscalationRepository::move(std::int64_t id, const Move& move, const std::string& actor,
                                              std::int64_t now) {
    return guarded(store_, [&]() -> Result<Escalation> {
        Transaction tx(store_.db());
        auto e = applyMove(id, move, actor, now);
        if (e) tx.commit();
        return e;
    });
}

Result<std::vector<Status>> EscalationRepository::moveMany(const std::vector<std::int64_t>& ids, const Move& move,
                                                           const std::string& actor, std::int64_t now) {
    return guarded(store_, [&]() -> Result<std::vector<Status>> {
        Transaction tx(store_.db());
        std::vector<Status> out;
        for (std::int64_t id : ids) {
            auto e = applyMove(id, move, actor, now);
            out.push_back(e ? Status(Ok{}) : Status(e.error()));
        }
        tx.commit();
        return out;
    });
}

Result<EscalationFigures> EscalationRepository::figures(std::int64_t now) {
    return guarded(store_, [&]() -> Result<EscalationFigures> {
        auto q = store_.db().prepare("SELECT type, state, opened_at, due_at, closed_at FROM escalation");
        std::map<std::string, EscalationTypeFigures> byType;
        std::map<std::string, std::vector<double>> hours;
        EscalationFigures out;
        out.total.type = "all";
        std::vector<double> allHours;
        while (q.step()) {
            const std::string type = q.string(0);
            const EscalationState state = escalationStateFromName(q.text(1)).value_or(EscalationState::New);
            EscalationTypeFigures& f = byType[type];
            f.type = type;
            for (EscalationTypeFigures* t : {&f, &out.total}) {
                if (isOpen(state)) {
                    ++t->open;
                    ++t->openByAge[ageBucket(now - q.int64(2))];
                    if (now > q.int64(3)) ++t->overdue;
                } else if (state == EscalationState::Actioned) {
                    ++t->actioned;
                } else {
                    ++t->closedNoAction;
                }
            }
            if (state == EscalationState::Actioned && !q.isNull(4)) {
                const double h = static_cast<double>(q.int64(4) - q.int64(2)) / 3600.0;
                hours[type].push_back(h);
                allHours.push_back(h);
            }
        }
        for (auto& [type, f] : byType) {
            f.medianHoursToAction = median(hours[type]);
            out.types.push_back(f);
        }
        out.total.medianHoursToAction = median(allHours);
        return out;
    });
}

Result<std::vector<std::string>> EscalationRepository::assignees() {
    return guarded(store_, [&]() -> Result<std::vector<std::string>> {
        auto q = store_.db().prepare(
            "SELECT DISTINCT assignee FROM escalation WHERE assignee IS NOT NULL ORDER BY assignee");
        std::vector<std::string> out;
        while (q.step()) out.push_back(q.string(0));
        return out;
    });
}

}  // namespace tw::core
