#pragma once
// Changes to the rules that decide categories, scores and flags (the taxonomy, the store's lexicon
// entries, the escalation rule pack and its threshold), as a signed-in role may make them:
// taxonomy and lexicon by roles that edit rules (analysts, admins), the escalation rules — which
// decide what is restricted — by admins only. Each change is audited as "rule_change". On a store
// without users (`context` null) anyone may change them, and the change is still audited.

#include "governance/access_context.h"
#include "store/store.h"

#include <cstdint>
#include <functional>
#include <string>

namespace tw::core {

enum class RuleKind { Taxonomy, Lexicon, EscalationRules };

// Ok when `context` may change rules of `kind`; an error naming the role otherwise.
Status mayChangeRules(const AccessContext* context, RuleKind kind);

// Checks, applies `change`, and audits it with `target` and `detail` when it succeeded.
Status changeRules(Store& store, const AccessContext* context, const std::string& actor, RuleKind kind,
                   const std::string& target, const std::string& detail, std::int64_t now,
                   const std::function<Status()>& change);

}  // namespace tw::core
