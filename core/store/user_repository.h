#pragma once
// The store's users: a name, a role and an argon2id password hash (governance/password.h).
// Adding users, changing passwords and granting roles are audited. The first user of a store is
// its admin.
// Each user also has a key pair wrapped under their password, and the key tiers their role
// entitles them to (store/key_repository.h). The first admin's creation makes the store's keys
// and seals what is restricted already. Whoever acts passes their unlocked keys so that a new
// entitlement is sealed to the user at once; without them it waits for an admin's next sign-in.

#include "governance/key_ring.h"
#include "governance/role_policy.h"
#include "store/store.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace tw::core {

struct User {
    std::int64_t id = 0;
    std::string name;
    Role role = Role::Analyst;
    std::int64_t createdAt = 0;
    bool disabled = false;
};

class UserRepository final {
public:
    explicit UserRepository(Store& store, const KeyRing* actorKeys = nullptr) : store_(store), actorKeys_(actorKeys) {}

    [[nodiscard]] Result<bool> empty();
    // `actor` is who adds the user (audited). The first user must be an admin.
    Result<User> add(const std::string& name, Role role, std::string_view password, const std::string& actor,
                     std::int64_t now);
    Status setPassword(const std::string& name, std::string_view password, const std::string& actor, std::int64_t now);
    Status setRole(const std::string& name, Role role, const std::string& actor, std::int64_t now);
    Status setDisabled(const std::string& name, bool disabled, const std::string& actor, std::int64_t now);
    Result<std::vector<User>> list();
    Result<std::optional<User>> byName(const std::string& name);
    // The user when the password is right and the account enabled; each attempt is audited
    // (sign_in or sign_in_failed). The error does not say which of name or password was wrong.
    // `keys`, when given, receives the key tiers the password unlocked for the session. An admin's
    // sign-in also seals the grants that are waiting and removes those no longer entitled.
    Result<User> signIn(const std::string& name, std::string_view password, std::int64_t now,
                        std::shared_ptr<const KeyRing>* keys = nullptr);

    // The store's policies (meta 'policies'; DESIGN.md's defaults when none were set).
    Result<Policies> policies();
    Status setPolicies(const Policies& p, const std::string& actor, std::int64_t now);

private:
    // Grants brought in line with roles and `policies` (the current ones when not given); a
    // revocation rotates the keys when `holder` holds them (audited as keys_rotated).
    Status reconcileKeys(const KeyRing* holder, const std::string& actor, std::int64_t now,
                         const Policies* policies = nullptr);
    // The acting user's keys: the ones passed in, or the new ones after this repository rotated.
    [[nodiscard]] const KeyRing* actingKeys() const { return rotated_ ? &*rotated_ : actorKeys_; }
    Store& store_;
    const KeyRing* actorKeys_;
    std::optional<KeyRing> rotated_;
};

}  // namespace tw::core
