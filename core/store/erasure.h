#pragma once
// Retention and erasure. Retention rules (per channel: purge after N days) and the erasure of
// everything about one customer both remove verbatims with what was derived from them (analysis,
// categories, personal data, flags, speaker turns, the full-text index), except that a verbatim
// under escalation is on legal hold: retention keeps it, and erasure blanks its text instead of
// deleting the row the escalation and its append-only history point to. Afterwards the file
// itself no longer holds the text: secure_delete zeroes freed pages, the full-text index is
// merged, the store is vacuumed and the WAL truncated. The audit trail records that it happened
// (counts and rules), never whose data it was.

#include "governance/access_context.h"
#include "store/store.h"

#include <cstdint>
#include <string>
#include <vector>

namespace tw::core {

struct RetentionRule {
    std::string channel;
    int days = 0;  // verbatims created more than this many days before now are purged
};

struct RemovalReport {
    std::int64_t removed = 0;  // verbatims deleted
    std::int64_t held = 0;     // kept (retention) or blanked (erasure) because an escalation holds them
};

// The store's rules (meta 'retention_rules', JSON [{"channel": "...", "days": N}]), and setting
// them (validated; audited).
Result<std::vector<RetentionRule>> retentionRules(Store& store);
Status setRetentionRules(Store& store, const std::vector<RetentionRule>& rules, const std::string& actor,
                         std::int64_t now);

Result<RemovalReport> applyRetention(Store& store, const std::string& actor, std::int64_t now);
Result<RemovalReport> eraseCustomer(Store& store, const std::string& customer, const std::string& actor,
                                    std::int64_t now);

// Ok for a role that may remove data and set retention (an admin's policy: all rules); an error
// naming the role otherwise. Every caller that acts for a signed-in user asks this first.
Status mayRemoveData(const AccessContext& who);

}  // namespace tw::core
