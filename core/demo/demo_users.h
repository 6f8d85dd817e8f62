#pragma once
// The demo store's users, one per role, with passwords documented in the README so that anyone
// trying Tidewatch can sign in as each role and see what it sees. Never use them elsewhere.

#include "governance/role_policy.h"
#include "store/store.h"

#include <cstdint>
#include <string>
#include <vector>

namespace tw::core {

struct DemoUser {
    std::string name;
    Role role;
    std::string password;
};

const std::vector<DemoUser>& demoUsers();
// Adds them (admin first) to a store that has no users yet.
Status addDemoUsers(Store& store, std::int64_t now);

}  // namespace tw::core
