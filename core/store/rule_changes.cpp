#include "store/rule_changes.h"

#include "store/audit_repository.h"

namespace tw::core {

Status mayChangeRules(const AccessContext* context, RuleKind kind) {
    if (!context) return Ok{};
    const RulesAccess needed = kind == RuleKind::EscalationRules ? RulesAccess::All : RulesAccess::EditRules;
    const bool allowed = context->policy.rules == RulesAccess::All ||
                         (needed == RulesAccess::EditRules && context->policy.rules == RulesAccess::EditRules);
    if (allowed) return Ok{};
    const char* what = kind == RuleKind::Taxonomy  ? "the taxonomy"
                       : kind == RuleKind::Lexicon ? "the store's lexicon"
                                                   : "the escalation rules";
    return makeError(context->user + " (" + roleName(context->role) + ") may not change " + what +
                     (kind == RuleKind::EscalationRules ? ": sign in as an admin" : ""));
}

Status changeRules(Store& store, const AccessContext* context, const std::string& actor, RuleKind kind,
                   const std::string& target, const std::string& detail, std::int64_t now,
                   const std::function<Status()>& change) {
    if (auto st = mayChangeRules(context, kind); !st) return st;
    if (auto st = change(); !st) return st;
    return AuditRepository(store).append(context ? context->user : actor, "rule_change", target, detail, now);
}

}  // namespace tw::core
