#include "store/erasure.h"

#include "store/audit_repository.h"
#include "store/category_volume.h"
#include "store/guarded.h"

#include <nlohmann/json.hpp>

namespace tw::core {

namespace {

constexpr const char* kDerived[] = {"speaker_turn", "analysis", "sentence_analysis", "verbatim_category",
                                    "risk_scan",    "pii_span", "risk_flag",         "sealed_text"};

// Deletes the verbatims in temp.doomed, except those an escalation holds, whose text is blanked
// and whose derived rows are dropped. Runs inside the caller's transaction.
RemovalReport removeDoomed(Database& db) {
    RemovalReport r;
    db.exec("DELETE FROM temp.held");
    db.exec(
        "INSERT INTO temp.held SELECT id FROM temp.doomed d WHERE EXISTS (SELECT 1 FROM escalation e "
        "WHERE e.verbatim_id = d.id)");
    r.held = db.changes();
    db.exec("DELETE FROM temp.doomed WHERE id IN (SELECT id FROM temp.held)");
    db.exec("DELETE FROM verbatim WHERE id IN (SELECT id FROM temp.doomed)");
    r.removed = db.changes();
    return r;
}

Status finishRemoval(Store& store) {
    Status st = guarded(store, [&]() -> Status {
        Database& db = store.db();
        // Old index segments still hold the removed words until they are merged.
        db.exec("INSERT INTO verbatim_fts(verbatim_fts) VALUES ('optimize')");
        db.exec("VACUUM");
        db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
        return Ok{};
    });
    if (!st) return st;
    if (auto volumes = refreshCategoryVolumes(store); !volumes) return volumes.error();
    return Ok{};
}

void prepareTemp(Database& db) {
    db.exec("PRAGMA secure_delete = ON");
    db.exec("CREATE TEMP TABLE IF NOT EXISTS doomed (id INTEGER PRIMARY KEY)");
    db.exec("CREATE TEMP TABLE IF NOT EXISTS held (id INTEGER PRIMARY KEY)");
    db.exec("DELETE FROM temp.doomed");
}

}  // namespace

Result<std::vector<RetentionRule>> retentionRules(Store& store) {
    return guarded(store, [&]() -> Result<std::vector<RetentionRule>> {
        auto json = store.meta("retention_rules");
        if (!json) return json.error();
        std::vector<RetentionRule> rules;
        if (!*json) return rules;
        const auto doc = nlohmann::json::parse(**json, nullptr, false);
        if (!doc.is_array()) return makeError("the retention rules are not a JSON array", store.path());
        for (const auto& r : doc) {
            if (!r.is_object() || !r.contains("channel") || !r["channel"].is_string() || !r.contains("days") ||
                !r["days"].is_number_integer())
                return makeError("a retention rule needs a channel and a whole number of days", store.path());
            rules.push_back({r["channel"].get<std::string>(), r["days"].get<int>()});
        }
        return rules;
    });
}

Status setRetentionRules(Store& store, const std::vector<RetentionRule>& rules, const std::string& actor,
                         std::int64_t now) {
    nlohmann::json doc = nlohmann::json::array();
    for (const RetentionRule& r : rules) {
        if (r.channel.empty() || r.days < 1)
            return makeError("a retention rule names a channel and keeps verbatims at least one day");
        doc.push_back({{"channel", r.channel}, {"days", r.days}});
    }
    return guarded(store, [&]() -> Status {
        Transaction tx(store.db());
        if (auto st = store.setMeta("retention_rules", doc.dump()); !st) return st;
        if (auto st = AuditRepository(store).append(actor, "retention_rules", "retention", doc.dump(), now); !st)
            return st;
        tx.commit();
        return Ok{};
    });
}

namespace {

// One removal: `choose` fills temp.doomed (and may act on temp.held after the deletion), then the
// audit entry `describe` words, all in one transaction; then the file is scrubbed.
template <typename Choose, typename Describe>
Result<RemovalReport> removeVerbatims(Store& store, const std::string& actor, const char* action, const char* target,
                                      std::int64_t now, Choose&& choose, Describe&& describe) {
    auto report = guarded(store, [&]() -> Result<RemovalReport> {
        Database& db = store.db();
        prepareTemp(db);
        Transaction tx(db);
        RemovalReport out = choose(db);
        markCategoryVolumesStale(db);
        if (auto st = AuditRepository(store).append(actor, action, target, describe(out), now); !st) return st.error();
        tx.commit();
        return out;
    });
    if (!report) return report;
    if (auto st = finishRemoval(store); !st) return st.error();
    return report;
}

}  // namespace

Result<RemovalReport> applyRetention(Store& store, const std::string& actor, std::int64_t now) {
    auto rules = retentionRules(store);
    if (!rules) return rules.error();
    nlohmann::json applied = nlohmann::json::array();
    for (const RetentionRule& r : *rules) applied.push_back({{"channel", r.channel}, {"days", r.days}});
    return removeVerbatims(
        store, actor, "retention_apply", "retention", now,
        [&](Database& db) {
            for (const RetentionRule& r : *rules) {
                db.prepare(
                      "INSERT OR IGNORE INTO temp.doomed SELECT id FROM verbatim WHERE channel = ?1 AND "
                      "created_at IS NOT NULL AND created_at < ?2")
                    .bind(1, r.channel)
                    .bind(2, now - static_cast<std::int64_t>(r.days) * 86400)
                    .run();
            }
            return removeDoomed(db);
        },
        [&](const RemovalReport& out) {
            return std::to_string(out.removed) + " purged, " + std::to_string(out.held) +
                   " held under escalation; rules " + applied.dump();
        });
}

Result<RemovalReport> eraseCustomer(Store& store, const std::string& customer, const std::string& actor,
                                    std::int64_t now) {
    if (customer.empty()) return makeError("name the customer to erase", "--customer");
    return removeVerbatims(
        store, actor, "erasure", "a customer", now,
        [&](Database& db) {
            db.prepare("INSERT INTO temp.doomed SELECT id FROM verbatim WHERE customer = ?1").bind(1, customer).run();
            RemovalReport out = removeDoomed(db);
            // Held by an escalation: the row stays for the escalation's record, the text and all
            // that was derived from it go.
            for (const char* table : kDerived)
                db.exec(std::string("DELETE FROM ") + table + " WHERE verbatim_id IN (SELECT id FROM temp.held)");
            db.exec(
                "UPDATE verbatim SET text = '[erased]', sealed = 0, customer = NULL, attributes = NULL, "
                "external_id = NULL WHERE id IN (SELECT id FROM temp.held)");
            // Notes people typed into the held escalations' histories (not the opening entry, the
            // detector's explanation) may quote the customer: blanked
            // too. The history stays append-only for everything else: its guard is lifted for
            // this statement only, inside the erasure's transaction.
            db.exec("DROP TRIGGER escalation_history_append_only_update");
            db.exec(
                "UPDATE escalation_history SET note = '[erased]' WHERE note <> '' AND from_state IS NOT NULL AND "
                "escalation_id IN "
                "(SELECT e.id FROM escalation e WHERE e.verbatim_id IN (SELECT id FROM temp.held))");
            db.exec(
                "CREATE TRIGGER escalation_history_append_only_update BEFORE UPDATE ON escalation_history "
                "BEGIN SELECT RAISE(ABORT, 'escalation history is append-only: entries cannot be changed'); END");
            return out;
        },
        [](const RemovalReport& out) {
            return std::to_string(out.removed) + " verbatims erased, " + std::to_string(out.held) +
                   " blanked under escalation";
        });
}

Status mayRemoveData(const AccessContext& who) {
    if (who.policy.rules == RulesAccess::All) return Ok{};
    return makeError(who.user + " (" + roleName(who.role) + ") may not erase or purge data: sign in as an admin");
}

}  // namespace tw::core
