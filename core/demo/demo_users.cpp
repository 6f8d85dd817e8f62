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
    // The admin first (it makes the store's keys), then the others with the admin's keys, so that
    // each gets the tiers of restricted text its role may read.
    const DemoUser& admin = demoUsers().front();
    if (auto added = UserRepository(store).add(admin.name, admin.role, admin.password, "demo setup", now); !added)
        return added.error();
    std::shared_ptr<const KeyRing> keys;
    if (auto in = UserRepository(store).signIn(admin.name, admin.password, now, &keys); !in) return in.error();
    UserRepository repo(store, keys.get());
    for (std::size_t i = 1; i < demoUsers().size(); ++i) {
        const DemoUser& u = demoUsers()[i];
        if (auto added = repo.add(u.name, u.role, u.password, admin.name, now); !added) return added.error();
    }
    return Ok{};
}

}  // namespace tw::core
