#pragma once
// Personal data and escalation flags in the store: which verbatims still need scanning by the
// current detectors, batched writes of what they found (which also open escalations, or merge a
// flag into the one its verbatim already has), the findings of one verbatim for display and
// redaction, and the store's own settings for it: the pseudonym secret, the severity from which
// a flag opens an escalation, and an edited escalation rule pack.

#include "risk/escalation_detector.h"
#include "risk/pii.h"
#include "risk/redaction.h"
#include "store/analysis_repository.h"
#include "store/store.h"

#include <array>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace tw::core {

struct RiskScanResult {
    std::int64_t verbatimId = 0;
    std::vector<PiiFinding> pii;
    std::vector<Flag> flags;
};

struct RiskWriteReport {
    std::int64_t opened = 0;  // escalations opened
    std::int64_t merged = 0;  // flags merged into an escalation their verbatim already had
};

struct PiiTypeCount {
    PiiType type = PiiType::Email;
    std::int64_t findings = 0, verbatims = 0;
};

class RiskRepository final {
public:
    explicit RiskRepository(Store& store) : store_(store) {}

    Result<std::int64_t> countPending(const std::string& detector);
    // The next verbatims after `afterId` (id order) not scanned by `detector`; `language` is the
    // import's, else the analysis's.
    Result<std::vector<PendingVerbatim>> pending(const std::string& detector, std::int64_t afterId, int limit);
    // Replaces these verbatims' findings and flags in one transaction. A flag at `minSeverity` or
    // above opens an escalation due after its type's due days (from `rules`), or merges into the
    // open or closed escalation its verbatim already has for that type (new evidence, the
    // higher severity, a history entry saying so).
    Result<RiskWriteReport> write(const std::string& detector, const std::vector<RiskScanResult>& results,
                                  const EscalationDetector& rules, Severity minSeverity, std::int64_t now);

    // The personal data found in one verbatim (`text` is its text: byte offsets are recomputed),
    // or nothing when it has not been scanned yet.
    Result<std::optional<std::vector<PiiFinding>>> pii(std::int64_t verbatimId, std::string_view text);
    Result<std::vector<Flag>> flags(std::int64_t verbatimId);
    Result<std::vector<PiiTypeCount>> piiCounts();

    // The store's secret for pseudonyms, created on first use.
    Result<PseudonymKey> pseudonymKey();
    // From which severity a flag opens an escalation (medium unless set).
    Result<Severity> escalationThreshold();
    Status setEscalationThreshold(Severity s);
    // The store's own escalation rule pack (JSON), when one was set; the built-in one otherwise.
    Result<std::shared_ptr<const EscalationDetector>> escalationRules();
    Status setEscalationRules(const std::string& json, const std::string& source = "the escalation rules");

private:
    Store& store_;
};

}  // namespace tw::core
