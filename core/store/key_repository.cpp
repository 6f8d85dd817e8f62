#include "store/key_repository.h"

#include "store/guarded.h"

#include <algorithm>
#include <string>
#include <tuple>

namespace tw::core {

namespace {

std::string metaKey(KeyTier t) { return std::string("seal_pk_") + keyTierName(t); }

std::string_view asBytes(const PublicKey& k) { return {reinterpret_cast<const char*>(k.data()), k.size()}; }

}  // namespace

Result<std::optional<TierKeys>> KeyRepository::tierKeys() {
    TierKeys out;
    for (KeyTier t : kKeyTiers) {
        auto hex = store_.meta(metaKey(t));
        if (!hex) return hex.error();
        if (!*hex) return std::optional<TierKeys>{};
        auto key = publicKeyFromHex(**hex);
        if (!key) return makeError("the store's " + metaKey(t) + " is not a public key", store_.path());
        out.emplace(t, *key);
    }
    return std::optional<TierKeys>(std::move(out));
}

Result<KeyRing> KeyRepository::createTierKeys() {
    auto existing = tierKeys();
    if (!existing) return existing.error();
    if (*existing) return makeError("the store's keys exist already", store_.path());
    KeyRing ring;
    for (KeyTier t : kKeyTiers) {
        KeyPair pair = KeyPair::generate();
        if (auto st = store_.setMeta(metaKey(t), toHex(pair.publicKey)); !st) return st.error();
        ring.add(t, std::move(pair));
    }
    return ring;
}

Status KeyRepository::setUserKey(std::int64_t userId, std::string_view password) {
    KeyPair pair = KeyPair::generate();
    auto wrapped = wrapSecret(pair.secretKey, password);
    if (!wrapped) return wrapped.error();
    return guarded(store_, [&]() -> Status {
        Database& db = store_.db();
        db.prepare("INSERT OR REPLACE INTO user_key (user_id, public_key, wrapped_secret) VALUES (?1, ?2, ?3)")
            .bind(1, userId)
            .bindBlob(2, asBytes(pair.publicKey))
            .bindBlob(3, *wrapped)
            .run();
        db.prepare("DELETE FROM key_grant WHERE user_id = ?1").bind(1, userId).run();
        return Ok{};
    });
}

Result<bool> KeyRepository::hasUserKey(std::int64_t userId) {
    return guarded(store_, [&]() -> Result<bool> {
        auto q = store_.db().prepare("SELECT 1 FROM user_key WHERE user_id = ?1");
        q.bind(1, userId);
        return q.step();
    });
}

Result<KeyRing> KeyRepository::unlock(std::int64_t userId, std::string_view password) {
    return guarded(store_, [&]() -> Result<KeyRing> {
        auto q = store_.db().prepare("SELECT public_key, wrapped_secret FROM user_key WHERE user_id = ?1");
        q.bind(1, userId);
        if (!q.step()) return makeError("the user has no key yet", store_.path());
        KeyPair own;
        const std::string_view pk = q.text(0);
        if (pk.size() != own.publicKey.size()) return makeError("a user's public key is damaged", store_.path());
        std::copy(pk.begin(), pk.end(), own.publicKey.begin());
        auto secret = unwrapSecret(q.text(1), password);
        if (!secret) return makeError("the password does not open the user's key", store_.path());
        own.secretKey = *secret;
        KeyRing ring;
        auto grants = store_.db().prepare("SELECT tier, sealed_key FROM key_grant WHERE user_id = ?1");
        grants.bind(1, userId);
        auto tiers = tierKeys();
        if (!tiers) return tiers.error();
        while (grants.step()) {
            auto tier = keyTierFromName(grants.text(0));
            auto key = openSealedKey(own, grants.text(1));
            if (!tier || !key || !*tiers) continue;  // a damaged grant opens nothing
            KeyPair pair;
            pair.secretKey = *key;
            pair.publicKey = publicKeyOf(*key);
            if (pair.publicKey != (**tiers).at(*tier)) continue;  // sealed for keys since replaced
            ring.add(*tier, std::move(pair));
        }
        return ring;
    });
}

Result<bool> KeyRepository::holdsCurrent(const KeyRing& holder, KeyTier tier) {
    auto tiers = tierKeys();
    if (!tiers) return tiers.error();
    return *tiers && holder.has(tier) && holder.pair(tier)->publicKey == (**tiers).at(tier);
}

Result<KeyRing> KeyRepository::rotate(const KeyRing& holder, std::int64_t* resealed) {
    for (KeyTier t : kKeyTiers) {
        auto current = holdsCurrent(holder, t);
        if (!current) return current.error();
        if (!*current) return makeError("rotating the keys needs the current keys: sign in as an admin", store_.path());
    }
    KeyRing fresh;
    for (KeyTier t : kKeyTiers) fresh.add(t, KeyPair::generate());
    return guarded(store_, [&]() -> Result<KeyRing> {
        Database& db = store_.db();
        std::vector<std::tuple<std::int64_t, std::string, std::string>> sealed;
        {
            auto q = db.prepare("SELECT verbatim_id, redacted, full FROM sealed_text");
            while (q.step()) {
                auto redacted = holder.open(KeyTier::Redacted, q.text(1));
                auto full = holder.open(KeyTier::Full, q.text(2));
                if (!redacted || !full)
                    return makeError("verbatim " + std::to_string(q.int64(0)) + "'s sealed text does not open",
                                     store_.path());
                sealed.emplace_back(q.int64(0), seal(fresh.pair(KeyTier::Redacted)->publicKey, *redacted),
                                    seal(fresh.pair(KeyTier::Full)->publicKey, *full));
            }
        }
        auto update = db.prepare("UPDATE sealed_text SET redacted = ?2, full = ?3 WHERE verbatim_id = ?1");
        for (const auto& [id, redacted, full] : sealed) {
            update.bind(1, id).bindBlob(2, redacted).bindBlob(3, full);
            update.run();
        }
        for (KeyTier t : kKeyTiers) {
            if (auto st = store_.setMeta(metaKey(t), toHex(fresh.pair(t)->publicKey)); !st) return st.error();
        }
        db.exec("DELETE FROM key_grant");
        if (resealed) *resealed = static_cast<std::int64_t>(sealed.size());
        return fresh;
    });
}

Result<KeyRepository::Reconciled> KeyRepository::reconcile(const Policies& policies, const KeyRing* holder) {
    std::map<KeyTier, bool> current;
    for (KeyTier t : kKeyTiers) {
        auto holds = holder ? holdsCurrent(*holder, t) : Result<bool>(false);
        if (!holds) return holds.error();
        current[t] = *holds;
    }
    return guarded(store_, [&]() -> Result<Reconciled> {
        Database& db = store_.db();
        auto users = db.prepare(
            "SELECT u.id, u.role, u.disabled, k.public_key FROM app_user u JOIN user_key k ON k.user_id = u.id");
        auto granted = db.prepare("SELECT 1 FROM key_grant WHERE user_id = ?1 AND tier = ?2");
        auto insert = db.prepare("INSERT INTO key_grant (user_id, tier, sealed_key) VALUES (?1, ?2, ?3)");
        auto remove = db.prepare("DELETE FROM key_grant WHERE user_id = ?1 AND tier = ?2");
        Reconciled changed;
        while (users.step()) {
            const std::int64_t id = users.int64(0);
            const Role role = roleFromName(users.text(1)).value_or(Role::Analyst);
            std::vector<KeyTier> entitled;
            if (users.int64(2) == 0) entitled = entitledTiers(role, policies.of(role));
            PublicKey pk{};
            const std::string_view raw = users.text(3);
            if (raw.size() != pk.size()) continue;
            std::copy(raw.begin(), raw.end(), pk.begin());
            for (KeyTier t : kKeyTiers) {
                const bool wants = std::find(entitled.begin(), entitled.end(), t) != entitled.end();
                granted.bind(1, id).bind(2, keyTierName(t));
                const bool has = granted.step();
                granted.reset();
                if (has && !wants) {
                    remove.bind(1, id).bind(2, keyTierName(t));
                    remove.run();
                    ++changed.removed;
                } else if (!has && wants && current[t]) {
                    insert.bind(1, id).bind(2, keyTierName(t)).bindBlob(3, sealKey(pk, holder->pair(t)->secretKey));
                    insert.run();
                    ++changed.granted;
                }
            }
        }
        return changed;
    });
}

}  // namespace tw::core
