#include "store/user_repository.h"

#include "governance/password.h"
#include "store/audit_repository.h"
#include "store/guarded.h"
#include "store/key_repository.h"
#include "store/sealed_text.h"

namespace tw::core {

namespace {

User readUser(const Statement& q) {
    User u;
    u.id = q.int64(0);
    u.name = q.string(1);
    u.role = roleFromName(q.text(2)).value_or(Role::Analyst);
    u.createdAt = q.int64(3);
    u.disabled = q.int64(4) != 0;
    return u;
}

constexpr const char* kColumns = "SELECT id, name, role, created_at, disabled FROM app_user";

Status validName(const std::string& name) {
    if (name.empty() || name.size() > 64) return makeError("a user name has 1 to 64 characters");
    for (char c : name) {
        if (static_cast<unsigned char>(c) < 0x20 || c == ':')
            return makeError("a user name has no control characters or ':'");
    }
    return Ok{};
}

}  // namespace

Result<bool> UserRepository::empty() {
    return guarded(store_, [&]() -> Result<bool> {
        auto q = store_.db().prepare("SELECT count(*) FROM app_user");
        q.step();
        return q.int64(0) == 0;
    });
}

Result<User> UserRepository::add(const std::string& name, Role role, std::string_view password,
                                 const std::string& actor, std::int64_t now) {
    if (auto st = validName(name); !st) return st.error();
    auto hash = hashPassword(password);
    if (!hash) return hash.error();
    return guarded(store_, [&]() -> Result<User> {
        Transaction tx(store_.db());
        auto count = store_.db().prepare("SELECT count(*) FROM app_user");
        count.step();
        const bool first = count.int64(0) == 0;
        count.reset();
        if (first && role != Role::Admin)
            return makeError("the first user of a store is its admin: add " + name + " with the admin role");
        auto exists = store_.db().prepare("SELECT 1 FROM app_user WHERE name = ?");
        exists.bind(1, name);
        if (exists.step()) return makeError("there is already a user called " + name);
        store_.db()
            .prepare("INSERT INTO app_user(name, role, password_hash, created_at) VALUES (?,?,?,?)")
            .bind(1, name)
            .bind(2, roleName(role))
            .bind(3, *hash)
            .bind(4, now)
            .run();
        User u{store_.db().lastInsertId(), name, role, now, false};
        if (auto st = AuditRepository(store_).append(actor, "user_add", "user " + name,
                                                     std::string("role ") + roleName(role), now);
            !st)
            return st.error();
        KeyRepository keys(store_);
        if (auto st = keys.setUserKey(u.id, password); !st) return st.error();
        std::optional<KeyRing> made;
        if (first) {
            auto ring = keys.createTierKeys();
            if (!ring) return ring.error();
            made = std::move(*ring);
        }
        if (auto st = reconcileKeys(made ? &*made : actingKeys(), actor, now); !st) return st.error();
        tx.commit();
        // Verbatims flagged before the store had keys are sealed now.
        if (first) {
            if (auto sealed = sealRestricted(store_); !sealed) return sealed.error();
        }
        return u;
    });
}

Status UserRepository::reconcileKeys(const KeyRing* holder, const std::string& actor, std::int64_t now,
                                     const Policies* policies) {
    Policies current;
    if (!policies) {
        auto p = this->policies();
        if (!p) return p.error();
        current = *p;
        policies = &current;
    }
    KeyRepository keys(store_);
    auto changed = keys.reconcile(*policies, holder);
    if (!changed) return changed.error();
    // A grant was revoked: new keys, so that a key the user kept opens nothing sealed from now
    // on, and everything sealed so far is sealed again under them. Without the current keys at
    // hand the rotation is due, and made at the next sign-in of an admin who holds them.
    auto due = store_.meta("keys_rotation_due");
    if (!due) return due.error();
    if (changed->removed == 0 && *due != std::optional<std::string>("1")) return Ok{};
    bool canRotate = holder != nullptr;
    for (KeyTier t : kKeyTiers) {
        if (!canRotate) break;
        auto holds = keys.holdsCurrent(*holder, t);
        if (!holds) return holds.error();
        canRotate = *holds;
    }
    if (!canRotate) return store_.setMeta("keys_rotation_due", "1");
    std::int64_t resealed = 0;
    auto fresh = keys.rotate(*holder, &resealed);
    if (!fresh) return fresh.error();
    rotated_ = std::move(*fresh);
    if (auto again = keys.reconcile(*policies, &*rotated_); !again) return again.error();
    if (auto st = store_.setMeta("keys_rotation_due", "0"); !st) return st;
    return AuditRepository(store_).append(actor, "keys_rotated", "store keys",
                                          std::to_string(changed->removed) + " grants revoked; " +
                                              std::to_string(resealed) + " sealed verbatims sealed again",
                                          now);
}

Status UserRepository::setPassword(const std::string& name, std::string_view password, const std::string& actor,
                                   std::int64_t now) {
    auto hash = hashPassword(password);
    if (!hash) return hash.error();
    return guarded(store_, [&]() -> Status {
        Transaction tx(store_.db());
        store_.db().prepare("UPDATE app_user SET password_hash = ? WHERE name = ?").bind(1, *hash).bind(2, name).run();
        if (store_.db().changes() == 0) return makeError("there is no user called " + name);
        // A new key under the new password; the grants are sealed to it again by the actor.
        auto user = byName(name);
        if (!user) return user.error();
        if (auto st = KeyRepository(store_).setUserKey((*user)->id, password); !st) return st;
        if (auto st = reconcileKeys(actingKeys(), actor, now); !st) return st;
        if (auto st = AuditRepository(store_).append(actor, "password_change", "user " + name, "", now); !st) return st;
        tx.commit();
        return Ok{};
    });
}

Status UserRepository::setRole(const std::string& name, Role role, const std::string& actor, std::int64_t now) {
    return guarded(store_, [&]() -> Status {
        Transaction tx(store_.db());
        auto current = store_.db().prepare("SELECT role FROM app_user WHERE name = ?");
        current.bind(1, name);
        if (!current.step()) return makeError("there is no user called " + name);
        const std::string before = current.string(0);
        current.reset();
        if (before == "admin" && role != Role::Admin) {
            auto admins = store_.db().prepare("SELECT count(*) FROM app_user WHERE role = 'admin' AND disabled = 0");
            admins.step();
            if (admins.int64(0) <= 1)
                return makeError(name + " is the store's only admin: grant admin to another user first");
        }
        store_.db().prepare("UPDATE app_user SET role = ? WHERE name = ?").bind(1, roleName(role)).bind(2, name).run();
        if (auto st = reconcileKeys(actingKeys(), actor, now); !st) return st;
        if (auto st = AuditRepository(store_).append(actor, "role_grant", "user " + name,
                                                     "from " + before + " to " + roleName(role), now);
            !st)
            return st;
        tx.commit();
        return Ok{};
    });
}

Status UserRepository::setDisabled(const std::string& name, bool disabled, const std::string& actor, std::int64_t now) {
    return guarded(store_, [&]() -> Status {
        Transaction tx(store_.db());
        store_.db()
            .prepare("UPDATE app_user SET disabled = ? WHERE name = ?")
            .bind(1, disabled ? 1 : 0)
            .bind(2, name)
            .run();
        if (store_.db().changes() == 0) return makeError("there is no user called " + name);
        if (auto st = reconcileKeys(actingKeys(), actor, now); !st) return st;
        if (auto st = AuditRepository(store_).append(actor, disabled ? "user_disable" : "user_enable", "user " + name,
                                                     "", now);
            !st)
            return st;
        tx.commit();
        return Ok{};
    });
}

Result<std::vector<User>> UserRepository::list() {
    return guarded(store_, [&]() -> Result<std::vector<User>> {
        auto q = store_.db().prepare(std::string(kColumns) + " ORDER BY name");
        std::vector<User> out;
        while (q.step()) out.push_back(readUser(q));
        return out;
    });
}

Result<std::optional<User>> UserRepository::byName(const std::string& name) {
    return guarded(store_, [&]() -> Result<std::optional<User>> {
        auto q = store_.db().prepare(std::string(kColumns) + " WHERE name = ?");
        q.bind(1, name);
        if (!q.step()) return std::optional<User>{};
        return std::optional<User>(readUser(q));
    });
}

Result<User> UserRepository::signIn(const std::string& name, std::string_view password, std::int64_t now,
                                    std::shared_ptr<const KeyRing>* keys) {
    bool madeTierKeys = false;
    auto signedIn = guarded(store_, [&]() -> Result<User> {
        Transaction tx(store_.db());
        auto row = store_.db().prepare(
            "SELECT id, name, role, created_at, disabled, password_hash FROM app_user "
            "WHERE name = ?");
        row.bind(1, name);
        std::optional<User> user;
        std::string hash;
        if (row.step()) {
            user = readUser(row);
            hash = row.string(5);
        }
        row.reset();
        // The user's key, unwrapped by the password, proves it; a user from before keys existed
        // proves it with the hash and gets a key now.
        KeyRepository repo(store_);
        std::optional<KeyRing> ring;
        if (user && !user->disabled) {
            auto hasKey = repo.hasUserKey(user->id);
            if (!hasKey) return hasKey.error();
            if (*hasKey) {
                if (auto r = repo.unlock(user->id, password)) ring = std::move(*r);
            } else if (verifyPassword(password, hash)) {
                if (auto st = repo.setUserKey(user->id, password); !st) return st.error();
                ring.emplace();
            }
        }
        const bool ok = ring.has_value();
        if (auto st = AuditRepository(store_).append(user ? user->name : name, ok ? "sign_in" : "sign_in_failed",
                                                     "user " + (user ? user->name : name), "", now);
            !st)
            return st.error();
        if (!ok) {
            tx.commit();
            return makeError("the user name or password is wrong, or the account is disabled");
        }
        if (user->role == Role::Admin) {
            // An admin holds the keys: the first admin sign-in since the store had keys makes
            // them; every admin sign-in seals the grants waiting for one.
            auto tiers = repo.tierKeys();
            if (!tiers) return tiers.error();
            if (!*tiers) {
                auto made = repo.createTierKeys();
                if (!made) return made.error();
                for (KeyTier t : kKeyTiers) ring->add(t, *made->pair(t));
                madeTierKeys = true;
            }
            if (auto st = reconcileKeys(&*ring, user->name, now); !st) return st.error();
            if (rotated_) ring = *rotated_;
        }
        tx.commit();
        if (keys) *keys = std::make_shared<const KeyRing>(std::move(*ring));
        return *user;
    });
    if (signedIn && madeTierKeys) {
        if (auto sealed = sealRestricted(store_); !sealed) return sealed.error();
    }
    return signedIn;
}

Result<Policies> UserRepository::policies() {
    return guarded(store_, [&]() -> Result<Policies> {
        auto json = store_.meta("policies");
        if (!json) return json.error();
        if (!*json) return Policies::defaults();
        return Policies::fromJson(**json, store_.path() + ": meta.policies");
    });
}

Status UserRepository::setPolicies(const Policies& p, const std::string& actor, std::int64_t now) {
    return guarded(store_, [&]() -> Status {
        Transaction tx(store_.db());
        const std::string json = p.toJson();
        if (auto st = store_.setMeta("policies", json); !st) return st;
        if (auto st = reconcileKeys(actingKeys(), actor, now, &p); !st) return st;
        if (auto st = AuditRepository(store_).append(actor, "policy_change", "policies", json, now); !st) return st;
        tx.commit();
        return Ok{};
    });
}

}  // namespace tw::core
