#include "demo/demo_users.h"

#include "store/user_repository.h"

namespace tw::core {

const std::vector<DemoUser>& demoUsers() {
    static const std::vector<DemoUser> users{{"admin", Role::Admin, "demo-admin-2026"},
                                             {"ana", Role::Analyst, "demo-analyst-2026"},
                                             {"max", Role::Manager, "demo-manager-2026"},
                                             {"lee", Role::LegalReviewer, "demo-legal-2026"}};
    return users;
}

Status addDemoUsers(Store& store, std::int64_t now) {
    UserRepository repo(store);
    for (const DemoUser& u : demoUsers()) {
        auto added = repo.add(u.name, u.role, u.password, "demo setup", now);
        if (!added) return added.error();
    }
    return Ok{};
}

}  // namespace tw::core
