#pragma once
// The product's own words as the user's language says them. The core names escalation types,
// states, resolutions, severities, roles, consent bases, audit actions and sentiment labels with
// stable identifiers ("in_review"); the workbench shows these labels instead, and dates in the
// user's locale.

#include "governance/consent.h"
#include "governance/role_policy.h"
#include "risk/escalation_detector.h"
#include "risk/escalation_workflow.h"

#include <QString>

#include <cstdint>
#include <string_view>

namespace tw::ui {

// Each of these returns the identifier itself for one it does not know (a rule pack's own type).
QString escalationTypeLabel(std::string_view type);  // "adverse_event" → "Adverse event"
QString auditActionLabel(std::string_view action);   // "open_restricted" → "Opened a restricted verbatim"
QString sentimentWord(std::string_view label);       // "negative" → "negative"

QString escalationStateLabel(core::EscalationState state);
QString resolutionLabel(core::Resolution resolution);
QString severityLabel(core::Severity severity);
QString roleLabel(core::Role role);
QString consentLabel(core::ConsentBasis basis);

// The UTC day of a time in the user's locale's short date form ("23.11.26", "2026/11/23").
QString localDay(std::int64_t unixSeconds);
// A time in the user's locale's short form, in UTC, saying so ("23.11.26, 14:05 UTC").
QString localTime(std::int64_t unixSeconds);

}  // namespace tw::ui
