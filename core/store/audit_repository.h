#pragma once
// The store's audit trail: entries appended with the hash of the one before (governance/
// audit_chain.h), listed and filtered for the roles allowed to read them, and verified. The head
// (last sequence number and hash) is also kept in meta, so that cutting entries off the end shows.

#include "governance/audit_chain.h"
#include "store/store.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace tw::core {

struct AuditFilter {
    std::optional<std::string> actor{};
    std::optional<std::string> action{};
    std::optional<std::int64_t> since{}, until{};  // unix seconds UTC, inclusive
    int limit = 0;                                 // 0: all
};

struct AuditVerification {
    std::int64_t entries = 0;
    std::optional<AuditBreak> broken;  // the first broken link
    std::string headHash;              // the last entry's hash: note it elsewhere to anchor the trail
};

class AuditRepository final {
public:
    explicit AuditRepository(Store& store) : store_(store) {}

    // Appends one entry inside the caller's transaction when there is one (so that what is
    // audited and its audit entry commit together), else in its own.
    Status append(const std::string& actor, const std::string& action, const std::string& target,
                  const std::string& detail, std::int64_t at);
    Result<std::vector<AuditEntry>> list(const AuditFilter& filter = {});
    Result<AuditVerification> verify();

private:
    Store& store_;
};

}  // namespace tw::core
