#include "store/sealed_text.h"

#include "store/guarded.h"
#include "store/key_repository.h"
#include "store/redacted_view.h"
#include "store/risk_repository.h"
#include "store/verbatim_reader.h"

#include <nlohmann/json.hpp>

namespace tw::core {

namespace {

std::string redactedPayload(const Verbatim& shown, const Redacted& map) {
    nlohmann::json pieces = nlohmann::json::array();
    for (const auto& p : map.pieces) pieces.push_back({p.fromCp, p.toCp, p.atCp, p.endCp, piiTypeName(p.type)});
    nlohmann::json j{{"text", shown.text}, {"explain", shown.explain}, {"pieces", pieces}};
    return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::optional<OpenedSealed> parseRedacted(const std::string& payload) {
    auto j = nlohmann::json::parse(payload, nullptr, false);
    if (!j.is_object() || !j["text"].is_string() || !j["pieces"].is_array()) return std::nullopt;
    OpenedSealed out;
    Redacted r;
    r.text = j["text"].get<std::string>();
    for (const auto& p : j["pieces"]) {
        if (!p.is_array() || p.size() != 5) return std::nullopt;
        r.pieces.push_back({p[0].get<std::size_t>(), p[1].get<std::size_t>(), p[2].get<std::size_t>(),
                            p[3].get<std::size_t>(),
                            piiTypeFromName(p[4].get<std::string>()).value_or(PiiType::Masked)});
    }
    out.redacted = std::move(r);
    out.redactedExplain = j.value("explain", std::string("[]"));
    return out;
}

std::vector<std::string> restrictedTypes(Store& store) {
    std::vector<std::string> out;
    auto rules = RiskRepository(store).escalationRules();
    if (!rules) return out;
    for (const EscalationType& t : (*rules)->types())
        if (t.restricted) out.push_back(t.name);
    return out;
}

}  // namespace

Result<std::int64_t> sealRestricted(Store& store) {
    auto tiers = KeyRepository(store).tierKeys();
    if (!tiers) return tiers.error();
    if (!*tiers) return std::int64_t{0};
    const PublicKey redactedKey = (**tiers).at(KeyTier::Redacted), fullKey = (**tiers).at(KeyTier::Full);
    const std::string types = nlohmann::json(restrictedTypes(store)).dump();
    std::int64_t sealed = 0;
    auto done = guarded(store, [&]() -> Status {
        Database& db = store.db();
        db.exec("PRAGMA secure_delete = ON");  // freed pages are zeroed, not left with the text
        std::vector<std::int64_t> ids;
        {
            auto q = db.prepare(
                "SELECT v.id FROM verbatim v WHERE v.sealed = 0 AND EXISTS (SELECT 1 FROM risk_flag rf WHERE "
                "rf.verbatim_id = v.id AND rf.type IN (SELECT value FROM json_each(?1))) ORDER BY v.id");
            q.bind(1, types);
            while (q.step()) ids.push_back(q.int64(0));
        }
        if (ids.empty()) return Ok{};
        Transaction tx(db);
        auto insert = db.prepare("INSERT OR REPLACE INTO sealed_text (verbatim_id, redacted, full) VALUES (?1, ?2, ?3)");
        auto empty = db.prepare("UPDATE verbatim SET text = '', sealed = 1 WHERE id = ?1");
        VerbatimReader reader(store);
        for (std::int64_t id : ids) {
            auto v = reader.after(id - 1, 1);
            if (!v) return v.error();
            if (v->empty() || v->front().id != id) continue;
            const std::string full = v->front().text;
            std::vector<Redacted> maps;
            if (auto st = redactVerbatims(store, {&v->front()}, &maps); !st) return st;
            insert.bind(1, id).bindBlob(2, seal(redactedKey, redactedPayload(v->front(), maps.front())));
            insert.bindBlob(3, seal(fullKey, full));
            insert.run();
            empty.bind(1, id);
            empty.run();
            ++sealed;
        }
        tx.commit();
        // The index's old segments still hold the sealed words until it is rewritten; the log
        // still holds the pages as they were until it is checkpointed and truncated.
        db.exec("INSERT INTO verbatim_fts(verbatim_fts) VALUES ('optimize')");
        db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
        return Ok{};
    });
    if (!done) return done.error();
    return sealed;
}

Result<std::unordered_map<std::int64_t, OpenedSealed>> openSealed(Store& store, const std::vector<std::int64_t>& ids,
                                                                  const KeyRing* keys, bool wantFull) {
    std::unordered_map<std::int64_t, OpenedSealed> out;
    if (ids.empty()) return out;
    return guarded(store, [&]() -> Result<std::unordered_map<std::int64_t, OpenedSealed>> {
        std::string list;
        for (std::int64_t id : ids) list += (list.empty() ? "" : ",") + std::to_string(id);
        auto q = store.db().prepare("SELECT verbatim_id, redacted, full FROM sealed_text WHERE verbatim_id IN (" +
                                    list + ")");
        while (q.step()) {
            OpenedSealed o;
            if (keys && keys->has(KeyTier::Redacted)) {
                if (auto plain = keys->open(KeyTier::Redacted, q.text(1))) {
                    if (auto parsed = parseRedacted(*plain)) o = std::move(*parsed);
                }
            }
            if (wantFull && keys && keys->has(KeyTier::Full)) o.full = keys->open(KeyTier::Full, q.text(2));
            out.emplace(q.int64(0), std::move(o));
        }
        return out;
    });
}

}  // namespace tw::core
