#include "store/audit_repository.h"

#include "store/guarded.h"

#include <sqlite3.h>

namespace tw::core {

namespace {

AuditEntry readEntry(const Statement& q) {
    AuditEntry e;
    e.seq = q.int64(0);
    e.at = q.int64(1);
    e.actor = q.string(2);
    e.action = q.string(3);
    e.target = q.string(4);
    e.detail = q.string(5);
    e.prevHash = q.string(6);
    e.hash = q.string(7);
    return e;
}

constexpr const char* kColumns = "SELECT seq, at, actor, action, target, detail, prev_hash, hash FROM audit";

}  // namespace

Status AuditRepository::append(const std::string& actor, const std::string& action, const std::string& target,
                               const std::string& detail, std::int64_t at) {
    // A read made on a read-only connection (the workbench's views) is audited all the same,
    // through a connection that may write.
    if (sqlite3_db_readonly(store_.db().handle(), "main") == 1) {
        auto writable = Store::open(store_.path(), Store::Access::ReadWrite);
        if (!writable) return writable.error();
        return AuditRepository(*writable).append(actor, action, target, detail, at);
    }
    return guarded(store_, [&]() -> Status {
        Database& db = store_.db();
        std::optional<Transaction> own;
        if (sqlite3_get_autocommit(db.handle())) own.emplace(db);
        AuditEntry e;
        auto last = db.prepare("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1");
        if (last.step()) {
            e.seq = last.int64(0) + 1;
            e.prevHash = last.string(1);
        } else {
            e.seq = 1;
        }
        e.at = at;
        e.actor = actor;
        e.action = action;
        e.target = target;
        e.detail = detail;
        e.hash = auditEntryHash(e);
        db.prepare(
              "INSERT INTO audit(seq, at, actor, action, target, detail, prev_hash, hash) VALUES (?,?,?,?,?,?,?,?)")
            .bind(1, e.seq)
            .bind(2, e.at)
            .bind(3, e.actor)
            .bind(4, e.action)
            .bind(5, e.target)
            .bind(6, e.detail)
            .bind(7, e.prevHash)
            .bind(8, e.hash)
            .run();
        if (auto st = store_.setMeta("audit_head", std::to_string(e.seq) + ":" + e.hash); !st) return st;
        if (own) own->commit();
        return Ok{};
    });
}

Result<std::vector<AuditEntry>> AuditRepository::list(const AuditFilter& filter) {
    return guarded(store_, [&]() -> Result<std::vector<AuditEntry>> {
        std::string sql = std::string(kColumns) + " WHERE 1";
        if (filter.actor) sql += " AND actor = ?1 COLLATE NOCASE";
        if (filter.action) sql += " AND action = ?2";
        if (filter.since) sql += " AND at >= ?3";
        if (filter.until) sql += " AND at <= ?4";
        sql += " ORDER BY seq";
        if (filter.limit > 0) sql += " LIMIT " + std::to_string(filter.limit);
        auto q = store_.db().prepare(sql);
        if (filter.actor) q.bind(1, *filter.actor);
        if (filter.action) q.bind(2, *filter.action);
        if (filter.since) q.bind(3, *filter.since);
        if (filter.until) q.bind(4, *filter.until);
        std::vector<AuditEntry> out;
        while (q.step()) out.push_back(readEntry(q));
        return out;
    });
}

Result<AuditVerification> AuditRepository::verify() {
    auto entries = list();
    if (!entries) return entries.error();
    return guarded(store_, [&]() -> Result<AuditVerification> {
        AuditVerification v;
        v.entries = static_cast<std::int64_t>(entries->size());
        v.broken = verifyAuditChain(*entries);
        if (!entries->empty()) v.headHash = entries->back().hash;
        if (!v.broken) {
            auto head = store_.meta("audit_head");
            if (!head) return head.error();
            const std::string recorded = head->value_or(std::string());
            const std::string actual =
                entries->empty() ? std::string() : std::to_string(entries->back().seq) + ":" + entries->back().hash;
            if (recorded != actual) {
                const std::int64_t seq = entries->empty() ? 1 : entries->back().seq + 1;
                v.broken = AuditBreak{
                    seq, "the trail ends before its last recorded entry (" +
                             (recorded.empty() ? std::string("none") : recorded.substr(0, recorded.find(':'))) +
                             "): entries were removed from its end"};
            }
        }
        return v;
    });
}

}  // namespace tw::core
