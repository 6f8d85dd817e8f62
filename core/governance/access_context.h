#pragma once
// Who reads, in which role, under which policy, and why: every presentation read of verbatims,
// search results, figures and escalations goes through store/role_reader.h with one of these.

#include "governance/key_ring.h"
#include "governance/role_policy.h"

#include <memory>

#include <string>

namespace tw::core {

struct AccessContext {
    std::string user;
    Role role = Role::Analyst;
    RolePolicy policy{};
    std::string purpose{};  // stated for sensitive segments; audited with them
    // The key tiers the user's password unlocked for this session (sealed restricted text).
    std::shared_ptr<const KeyRing> keys{};

    static AccessContext of(const std::string& user, Role role, const Policies& policies, std::string purpose = {},
                            std::shared_ptr<const KeyRing> keys = {}) {
        return AccessContext{user, role, policies.of(role), std::move(purpose), std::move(keys)};
    }
};

// The escalation types a legal reviewer's queue holds (QueueAccess::LegalRelevant).
inline bool legalRelevant(const std::string& escalationType) {
    return escalationType == "litigation_threat" || escalationType == "regulator_complaint" ||
           escalationType == "criminal_or_hr" || escalationType == "discrimination" ||
           escalationType == "privacy_complaint";
}

}  // namespace tw::core
