#pragma once
// The audit trail's tamper evidence: each entry carries the hash of the one before it, and its
// own hash covers its sequence number, time, actor, action, target, detail and that previous
// hash (BLAKE2b-256 through libsodium). Altering an entry breaks its own hash; removing or
// reordering entries breaks the link of the entry after the gap. Pure computation, no store.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace tw::core {

struct AuditEntry {
    std::int64_t seq = 0;  // 1, 2, 3... in the order appended
    std::int64_t at = 0;   // unix seconds UTC
    std::string actor;     // user name
    std::string action;    // sign_in, open_restricted, export, rule_change, policy_change, role_grant, ...
    std::string target;    // what it concerns: "verbatim 12", "user ana", "escalation 3"
    std::string detail;    // the reason typed, the file written, the change made
    std::string prevHash;  // hex; empty for the first entry
    std::string hash;      // hex
};

// The hash of `e` as stored (e.hash itself is not covered).
std::string auditEntryHash(const AuditEntry& e);

struct AuditBreak {
    std::int64_t seq = 0;  // the first entry that does not verify
    std::string why;       // "its content was changed", "the entry before it is missing or moved", ...
};

// The first broken link of `entries` (read in seq order), or nothing when the chain holds.
std::optional<AuditBreak> verifyAuditChain(const std::vector<AuditEntry>& entries);

}  // namespace tw::core
