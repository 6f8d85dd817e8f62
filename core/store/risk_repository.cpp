#include "store/risk_repository.h"

#include "store/guarded.h"
#include "store/span_json.h"
#include "text/utf8.h"

#include <sodium.h>

#include <algorithm>

namespace tw::core {

namespace {

std::vector<MatchSpan> unionOf(std::vector<MatchSpan> a, const std::vector<MatchSpan>& b) {
    a.insert(a.end(), b.begin(), b.end());
    std::sort(a.begin(), a.end(), [](const MatchSpan& x, const MatchSpan& y) {
        return std::tie(x.startCp, x.endCp) < std::tie(y.startCp, y.endCp);
    });
    a.erase(std::unique(a.begin(), a.end()), a.end());
    return a;
}

}  // namespace

Result<std::int64_t> RiskRepository::countPending(const std::string& detector) {
    return guarded(store_, [&]() -> Result<std::int64_t> {
        auto q = store_.db().prepare(
            "SELECT count(*) FROM verbatim v LEFT JOIN risk_scan r ON r.verbatim_id = v.id"
            " WHERE v.sealed = 0 AND (r.verbatim_id IS NULL OR r.detector <> ?1)");
        q.bind(1, detector);
        q.step();
        return q.int64(0);
    });
}

Result<std::vector<PendingVerbatim>> RiskRepository::pending(const std::string& detector, std::int64_t afterId,
                                                             int limit) {
    return guarded(store_, [&]() -> Result<std::vector<PendingVerbatim>> {
        auto q = store_.db().prepare(
            std::string("SELECT v.id, v.text, coalesce(v.language, a.language), v.channel, ") + kAgentTurnsColumn +
            " FROM verbatim v LEFT JOIN risk_scan r ON r.verbatim_id = v.id"
            " LEFT JOIN analysis a ON a.verbatim_id = v.id"
            " WHERE v.id > ?2 AND v.sealed = 0 AND (r.verbatim_id IS NULL OR r.detector <> ?1) ORDER BY v.id LIMIT ?3");
        q.bind(1, detector).bind(2, afterId).bind(3, limit);
        std::vector<PendingVerbatim> out;
        while (q.step()) {
            out.push_back(
                {q.int64(0), q.string(1), q.optString(2),
                 q.isNull(4) ? std::vector<std::pair<std::size_t, std::size_t>>{} : agentTurnsFromColumn(q.string(4)),
                 q.string(3)});
        }
        return out;
    });
}

Result<RiskWriteReport> RiskRepository::write(const std::string& detector, const std::vector<RiskScanResult>& results,
                                              const EscalationDetector& rules, Severity minSeverity, std::int64_t now) {
    return guarded(store_, [&]() -> Result<RiskWriteReport> {
        Database& db = store_.db();
        Transaction tx(db);
        RiskWriteReport report;
        auto scanned = db.prepare("INSERT OR REPLACE INTO risk_scan (verbatim_id, detector) VALUES (?1, ?2)");
        auto clearPii = db.prepare("DELETE FROM pii_span WHERE verbatim_id = ?1");
        auto clearFlags = db.prepare("DELETE FROM risk_flag WHERE verbatim_id = ?1");
        auto addPii = db.prepare(
            "INSERT OR REPLACE INTO pii_span (verbatim_id, start_cp, end_cp, type, why) VALUES (?1, ?2, ?3, ?4, ?5)");
        auto addFlag = db.prepare(
            "INSERT INTO risk_flag (verbatim_id, type, severity, evidence, why) VALUES (?1, ?2, ?3, ?4, ?5)");
        auto existing =
            db.prepare("SELECT id, severity, evidence, state FROM escalation WHERE verbatim_id = ?1 AND type = ?2");
        auto open = db.prepare(
            "INSERT INTO escalation (verbatim_id, type, severity, state, opened_at, due_at, evidence, why)"
            " VALUES (?1, ?2, ?3, 'new', ?4, ?5, ?6, ?7)");
        auto merge =
            db.prepare("UPDATE escalation SET severity = ?2, evidence = ?3, merged = merged + 1 WHERE id = ?1");
        auto history = db.prepare(
            "INSERT INTO escalation_history (escalation_id, at, actor, from_state, to_state, note)"
            " VALUES (?1, ?2, 'tidewatch', ?3, ?4, ?5)");
        for (const RiskScanResult& r : results) {
            scanned.bind(1, r.verbatimId).bind(2, detector);
            scanned.run();
            clearPii.bind(1, r.verbatimId);
            clearPii.run();
            clearFlags.bind(1, r.verbatimId);
            clearFlags.run();
            for (const PiiFinding& f : r.pii) {
                addPii.bind(1, r.verbatimId).bind(2, static_cast<std::int64_t>(f.startCp));
                addPii.bind(3, static_cast<std::int64_t>(f.endCp)).bind(4, piiTypeName(f.type)).bind(5, f.why);
                addPii.run();
            }
            for (const Flag& f : r.flags) {
                addFlag.bind(1, r.verbatimId).bind(2, f.type).bind(3, severityName(f.severity));
                addFlag.bind(4, spansJson(f.evidence)).bind(5, f.why);
                addFlag.run();
                if (f.severity < minSeverity) continue;
                existing.bind(1, r.verbatimId).bind(2, f.type);
                if (existing.step()) {
                    const std::int64_t id = existing.int64(0);
                    const Severity was = severityFromName(existing.text(1)).value_or(Severity::Low);
                    const auto before = spansFromJson(existing.text(2));
                    const std::string state = existing.string(3);
                    existing.reset();
                    const auto evidence = unionOf(before, f.evidence);
                    if (evidence == before && f.severity <= was) continue;  // nothing new: not a second flag
                    merge.bind(1, id).bind(2, severityName(std::max(was, f.severity))).bind(3, spansJson(evidence));
                    merge.run();
                    history.bind(1, id).bind(2, now).bind(3, state).bind(4, state);
                    history.bind(5, "merged a further flag: " + f.why);
                    history.run();
                    ++report.merged;
                    continue;
                }
                existing.reset();
                const EscalationType* type = rules.type(f.type);
                const std::int64_t due = now + static_cast<std::int64_t>(type ? type->dueDays : 7) * 86400;
                open.bind(1, r.verbatimId).bind(2, f.type).bind(3, severityName(f.severity)).bind(4, now);
                open.bind(5, due).bind(6, spansJson(f.evidence)).bind(7, f.why);
                open.run();
                history.bind(1, db.lastInsertId()).bind(2, now).bindNull(3).bind(4, "new").bind(5, f.why);
                history.run();
                ++report.opened;
            }
        }
        tx.commit();
        return report;
    });
}

Result<std::optional<std::vector<PiiFinding>>> RiskRepository::pii(std::int64_t verbatimId, std::string_view text) {
    return guarded(store_, [&]() -> Result<std::optional<std::vector<PiiFinding>>> {
        auto seen = store_.db().prepare("SELECT 1 FROM risk_scan WHERE verbatim_id = ?1");
        seen.bind(1, verbatimId);
        if (!seen.step()) return std::optional<std::vector<PiiFinding>>();
        auto q = store_.db().prepare(
            "SELECT start_cp, end_cp, type, why FROM pii_span WHERE verbatim_id = ?1 ORDER BY start_cp");
        q.bind(1, verbatimId);
        std::vector<PiiFinding> out;
        while (q.step()) {
            PiiFinding f;
            f.startCp = static_cast<std::size_t>(q.int64(0));
            f.endCp = static_cast<std::size_t>(q.int64(1));
            f.type = piiTypeFromName(q.text(2)).value_or(PiiType::Masked);
            f.masked = f.type == PiiType::Masked;
            f.why = q.string(3);
            f.startByte = byteOffsetOfCodePoint(text, f.startCp);
            f.endByte = byteOffsetOfCodePoint(text, f.endCp);
            out.push_back(std::move(f));
        }
        return std::optional<std::vector<PiiFinding>>(std::move(out));
    });
}

Result<std::vector<Flag>> RiskRepository::flags(std::int64_t verbatimId) {
    return guarded(store_, [&]() -> Result<std::vector<Flag>> {
        auto q = store_.db().prepare("SELECT type, severity, evidence, why FROM risk_flag WHERE verbatim_id = ?1");
        q.bind(1, verbatimId);
        std::vector<Flag> out;
        while (q.step()) {
            out.push_back({q.string(0), severityFromName(q.text(1)).value_or(Severity::Low), spansFromJson(q.text(2)),
                           q.string(3)});
        }
        return out;
    });
}

Result<std::vector<PiiTypeCount>> RiskRepository::piiCounts() {
    return guarded(store_, [&]() -> Result<std::vector<PiiTypeCount>> {
        auto q = store_.db().prepare(
            "SELECT type, count(*), count(DISTINCT verbatim_id) FROM pii_span GROUP BY type ORDER BY count(*) DESC");
        std::vector<PiiTypeCount> out;
        while (q.step()) {
            if (auto t = piiTypeFromName(q.text(0))) out.push_back({*t, q.int64(1), q.int64(2)});
        }
        return out;
    });
}

Result<PseudonymKey> RiskRepository::pseudonymKey() {
    auto hex = store_.meta("pseudonym_key");
    if (!hex) return hex.error();
    PseudonymKey key{};
    std::size_t len = 0;
    if (*hex && sodium_hex2bin(key.data(), key.size(), (*hex)->c_str(), (*hex)->size(), nullptr, &len, nullptr) == 0 &&
        len == key.size()) {
        return key;
    }
    if (*hex) return makeError("the store's pseudonym key is damaged (meta 'pseudonym_key')", store_.path());
    key = newPseudonymKey();
    std::string text(key.size() * 2 + 1, '\0');
    sodium_bin2hex(text.data(), text.size(), key.data(), key.size());
    text.pop_back();
    if (auto st = store_.setMeta("pseudonym_key", text); !st) return st.error();
    return key;
}

Result<Severity> RiskRepository::escalationThreshold() {
    auto value = store_.meta("escalation_min_severity");
    if (!value) return value.error();
    if (!*value) return Severity::Medium;
    if (auto s = severityFromName(**value)) return *s;
    return makeError("the store's escalation threshold '" + **value + "' is not a severity", store_.path());
}

Status RiskRepository::setEscalationThreshold(Severity s) {
    return store_.setMeta("escalation_min_severity", severityName(s));
}

Result<std::shared_ptr<const EscalationDetector>> RiskRepository::escalationRules() {
    auto json = store_.meta("escalation_rules");
    if (!json) return json.error();
    if (!*json) return std::shared_ptr<const EscalationDetector>(&EscalationDetector::builtin(), [](const auto*) {});
    auto own = EscalationDetector::fromJson(**json, store_.path() + " (its escalation rules)");
    if (!own) return own.error();
    return std::shared_ptr<const EscalationDetector>(std::make_shared<EscalationDetector>(std::move(own.value())));
}

Status RiskRepository::setEscalationRules(const std::string& json, const std::string& source) {
    if (auto check = EscalationDetector::fromJson(json, source); !check) return check.error();
    return store_.setMeta("escalation_rules", json);
}

}  // namespace tw::core
