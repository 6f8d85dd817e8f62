#pragma once
// Scans the verbatims of a store for personal data and escalation flags, incrementally (only
// those not yet scanned by these detector versions: a new import, an edited rule pack), on a
// pool of worker threads, writing findings in batches; flags at the store's threshold or above
// open escalations. Stops between batches when cancelled; what was written stays.

#include "jobs/progress.h"
#include "risk/escalation_detector.h"
#include "store/store.h"

#include <cstdint>
#include <string>

namespace tw::core {

struct RiskScanReport {
    std::int64_t scanned = 0;
    std::int64_t pendingBefore = 0;
    std::int64_t withPii = 0;  // verbatims with personal data (masked text aside)
    std::int64_t flagged = 0;  // verbatims with at least one flag
    std::int64_t opened = 0;   // escalations opened
    std::int64_t merged = 0;   // flags merged into existing escalations
    std::int64_t sealed = 0;   // verbatims whose text was sealed at rest (store/sealed_text.h)
    bool cancelled = false;
    std::string detector;  // the versions the findings are stored with
    double seconds = 0.0;
};

// The version string stored with findings: PII detector and `rules`' pack version.
std::string riskDetectorVersion(const EscalationDetector& rules);

// Uses the store's escalation rules and threshold (RiskRepository). `now` (unix seconds) dates
// the escalations opened; 0 means the current time.
Result<RiskScanReport> scanRisks(Store& store, int threads = 0, const ProgressSink& progress = {},
                                 const CancelToken* cancel = nullptr, std::int64_t now = 0);

}  // namespace tw::core
