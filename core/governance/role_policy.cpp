#include "governance/role_policy.h"

#include <nlohmann/json.hpp>

namespace tw::core {

namespace {

template <typename E, std::size_t N>
struct Names {
    std::array<std::pair<E, const char*>, N> pairs;
    [[nodiscard]] const char* name(E e) const {
        for (const auto& [v, n] : pairs) {
            if (v == e) return n;
        }
        return "?";
    }
    [[nodiscard]] std::optional<E> parse(std::string_view s) const {
        for (const auto& [v, n] : pairs) {
            if (s == n) return v;
        }
        return std::nullopt;
    }
    [[nodiscard]] std::string allowed() const {
        std::string out;
        for (const auto& [v, n] : pairs) out += (out.empty() ? "" : ", ") + std::string(n);
        return out;
    }
};

constexpr Names<Role, 4> kRoleNames{{{{Role::Analyst, "analyst"},
                                      {Role::Manager, "manager"},
                                      {Role::LegalReviewer, "legal_reviewer"},
                                      {Role::Admin, "admin"}}}};
constexpr Names<TextAccess, 3> kTextNames{
    {{{TextAccess::CountOnly, "count_only"}, {TextAccess::Redacted, "redacted"}, {TextAccess::Full, "full"}}}};
constexpr Names<QueueAccess, 3> kQueueNames{
    {{{QueueAccess::None, "none"}, {QueueAccess::LegalRelevant, "legal_relevant"}, {QueueAccess::All, "all"}}}};
constexpr Names<RulesAccess, 3> kRulesNames{
    {{{RulesAccess::View, "view"}, {RulesAccess::EditRules, "edit_rules"}, {RulesAccess::All, "all"}}}};
constexpr Names<AuditAccess, 3> kAuditNames{
    {{{AuditAccess::None, "none"}, {AuditAccess::OwnTeam, "own_team"}, {AuditAccess::Full, "full"}}}};

}  // namespace

const char* roleName(Role r) { return kRoleNames.name(r); }
std::optional<Role> roleFromName(std::string_view name) { return kRoleNames.parse(name); }

Policies Policies::defaults() {
    Policies p;
    RolePolicy& analyst = p.of(Role::Analyst);
    analyst.rules = RulesAccess::EditRules;
    RolePolicy& manager = p.of(Role::Manager);
    manager.flagged = TextAccess::Redacted;
    manager.queue = QueueAccess::All;
    manager.assignAndClose = true;
    manager.audit = AuditAccess::OwnTeam;
    RolePolicy& legal = p.of(Role::LegalReviewer);
    legal.unflagged = TextAccess::Full;
    legal.flagged = TextAccess::Full;
    legal.flaggedOpeningsNeedReason = true;
    legal.sensitiveSegments = true;
    legal.queue = QueueAccess::LegalRelevant;
    legal.audit = AuditAccess::Full;
    RolePolicy& admin = p.of(Role::Admin);
    admin.rules = RulesAccess::All;
    admin.audit = AuditAccess::Full;
    return p;
}

Result<Policies> Policies::fromJson(std::string_view text, const std::string& source) {
    nlohmann::json doc = nlohmann::json::parse(text, nullptr, false);
    if (!doc.is_object()) return makeError("a policy document is a JSON object keyed by role", source);
    Policies p = defaults();
    for (const auto& [roleKey, fields] : doc.items()) {
        auto role = roleFromName(roleKey);
        if (!role) return makeError("unknown role '" + roleKey + "' (use " + kRoleNames.allowed() + ")", source);
        if (!fields.is_object()) return makeError("the policy of " + roleKey + " must be an object", source);
        RolePolicy& rp = p.of(*role);
        for (const auto& [key, value] : fields.items()) {
            const std::string where = roleKey + "." + key;
            auto pick = [&](const auto& names, auto& target) -> Status {
                auto v = value.is_string() ? names.parse(value.get<std::string>()) : std::nullopt;
                if (!v) return makeError(where + " must be one of " + names.allowed(), source);
                target = *v;
                return Ok{};
            };
            auto flag = [&](bool& target) -> Status {
                if (!value.is_boolean()) return makeError(where + " must be true or false", source);
                target = value.get<bool>();
                return Ok{};
            };
            Status st = Ok{};
            if (key == "unflagged")
                st = pick(kTextNames, rp.unflagged);
            else if (key == "flagged")
                st = pick(kTextNames, rp.flagged);
            else if (key == "flagged_openings_need_reason")
                st = flag(rp.flaggedOpeningsNeedReason);
            else if (key == "sensitive_segments")
                st = flag(rp.sensitiveSegments);
            else if (key == "queue")
                st = pick(kQueueNames, rp.queue);
            else if (key == "assign_and_close")
                st = flag(rp.assignAndClose);
            else if (key == "rules")
                st = pick(kRulesNames, rp.rules);
            else if (key == "audit")
                st = pick(kAuditNames, rp.audit);
            else if (key == "exports")
                st = flag(rp.exports);
            else
                st = makeError("unknown policy field '" + where + "'", source);
            if (!st) return st.error();
        }
    }
    return p;
}

std::string Policies::toJson() const {
    nlohmann::ordered_json doc;
    for (Role r : kRoles) {
        const RolePolicy& rp = of(r);
        doc[roleName(r)] = {{"unflagged", kTextNames.name(rp.unflagged)},
                            {"flagged", kTextNames.name(rp.flagged)},
                            {"flagged_openings_need_reason", rp.flaggedOpeningsNeedReason},
                            {"sensitive_segments", rp.sensitiveSegments},
                            {"queue", kQueueNames.name(rp.queue)},
                            {"assign_and_close", rp.assignAndClose},
                            {"rules", kRulesNames.name(rp.rules)},
                            {"audit", kAuditNames.name(rp.audit)},
                            {"exports", rp.exports}};
    }
    return doc.dump(2);
}

}  // namespace tw::core
