#pragma once
// What a report says about the verbatims a filter selects, gathered through the signed-in role's
// reader so that it holds no more than that role may see: key figures, sentiment by channel and
// month, top categories, emerging issues in the filter's days, the escalation queue's figures
// (for roles with a queue), and sample verbatims as the role's list shows them (redacted).
// Rendering it (a PDF) is the UI's: ui/report.

#include "store/escalation_repository.h"
#include "store/role_reader.h"
#include "store/sentiment_aggregates.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace tw::core {

struct ReportIssue {
    std::string topic, kind;                 // kind: ripple, wave or tsunami
    std::int64_t firstDay = 0, lastDay = 0;  // days since 1970-01-01
    std::vector<std::string> channels;
    std::int64_t observed = 0;
    double growth = 0.0, negativeShare = 0.0;
};

struct ReportData {
    std::string store;  // file name
    std::string user, role;
    std::string filter;  // in words (store/filter_description.h)
    std::int64_t generatedAt = 0;
    FilterFigures figures;
    std::int64_t countedOnly = 0;  // matching verbatims the role may only count
    std::vector<CategoryCount> topCategories;
    std::vector<ReportIssue> issues;
    std::optional<EscalationFigures> escalations;  // none for a role without a queue
    std::vector<Verbatim> mostNegative, mostPositive;
};

struct ReportOptions {
    std::size_t categories = 10, issues = 8, samples = 3;
    bool trends = true;  // find emerging issues (the slowest part on a large store)
};

// The audit entry of a report written to `destination`: who, how many verbatims, which filter.
Status auditReport(Store& store, const ReportData& data, const std::string& destination, std::int64_t now);

Result<ReportData> gatherReport(RoleReader& reader, const BrowseFilter& filter, std::int64_t now,
                                const ReportOptions& options = {});

}  // namespace tw::core
