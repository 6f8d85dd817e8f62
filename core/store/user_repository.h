#pragma once
// The store's users: a name, a role and an argon2id password hash (governance/password.h).
// Adding users, changing passwords and granting roles are audited. The first user of a store is
// its admin.

#include "governance/role_policy.h"
#include "store/store.h"

#include <cstdint>
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
    explicit UserRepository(Store& store) : store_(store) {}

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
    Result<User> signIn(const std::string& name, std::string_view password, std::int64_t now);

    // The store's policies (meta 'policies'; DESIGN.md's defaults when none were set).
    Result<Policies> policies();
    Status setPolicies(const Policies& p, const std::string& actor, std::int64_t now);

private:
    Store& store_;
};

}  // namespace tw::core
