#pragma once
// Roles and what each may see and do (DESIGN.md, "Roles and visibility"). Policies are data: the
// defaults below, or a JSON document an admin edits and the store keeps. The core's read paths
// decide visibility from the signed-in role's policy, never the views.

#include "util/result.h"

#include <array>
#include <optional>
#include <string>
#include <string_view>

namespace tw::core {

enum class Role { Analyst, Manager, LegalReviewer, Admin };
inline constexpr std::array<Role, 4> kRoles{Role::Analyst, Role::Manager, Role::LegalReviewer, Role::Admin};

const char* roleName(Role r);  // analyst, manager, legal_reviewer, admin
std::optional<Role> roleFromName(std::string_view name);

// How a class of verbatims reads for a role.
enum class TextAccess {
    CountOnly,  // counted in figures, never listed or opened
    Redacted,   // listed and opened with personal data as type tags
    Full,       // the text as written
};
// Which escalations a role works with.
enum class QueueAccess { None, LegalRelevant, All };
// What a role may do with rules, taxonomies, users and policies.
enum class RulesAccess { View, EditRules, All };
enum class AuditAccess { None, OwnTeam, Full };

struct RolePolicy {
    TextAccess unflagged = TextAccess::Redacted;
    TextAccess flagged = TextAccess::CountOnly;  // verbatims with a restricted flag
    bool flaggedOpeningsNeedReason = false;      // each opening of a flagged verbatim audited with a reason
    bool sensitiveSegments = false;              // sensitive categories as filters or segments (audited)
    QueueAccess queue = QueueAccess::None;
    bool assignAndClose = false;  // assign escalations and move them to a terminal state
    RulesAccess rules = RulesAccess::View;
    AuditAccess audit = AuditAccess::None;
    bool exports = true;
};

class Policies final {
public:
    // DESIGN.md's defaults.
    static Policies defaults();
    // Reads the JSON document `{"analyst": {"unflagged": "redacted", ...}, ...}`; a role or
    // field left out keeps its default. Errors name the field and the values allowed.
    static Result<Policies> fromJson(std::string_view json, const std::string& source);
    [[nodiscard]] std::string toJson() const;

    [[nodiscard]] const RolePolicy& of(Role r) const { return byRole_[static_cast<std::size_t>(r)]; }
    RolePolicy& of(Role r) { return byRole_[static_cast<std::size_t>(r)]; }

private:
    std::array<RolePolicy, kRoles.size()> byRole_{};
};

}  // namespace tw::core
