#pragma once
// Who reads, in which role, under which policy, and why: every presentation read of verbatims,
// search results, figures and escalations goes through store/role_reader.h with one of these.

#include "governance/role_policy.h"

#include <string>

namespace tw::core {

struct AccessContext {
    std::string user;
    Role role = Role::Analyst;
    RolePolicy policy{};
    std::string purpose{};  // stated for sensitive segments; audited with them

    static AccessContext of(const std::string& user, Role role, const Policies& policies, std::string purpose = {}) {
        return AccessContext{user, role, policies.of(role), std::move(purpose)};
    }
};

// The escalation types a legal reviewer's queue holds (QueueAccess::LegalRelevant).
inline bool legalRelevant(const std::string& escalationType) {
    return escalationType == "litigation_threat" || escalationType == "regulator_complaint" ||
           escalationType == "criminal_or_hr" || escalationType == "discrimination" ||
           escalationType == "privacy_complaint";
}

}  // namespace tw::core
