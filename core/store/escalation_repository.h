#pragma once
// The escalation queue: escalations as the risk scan opened them, listed and filtered, moved
// through their workflow (risk/escalation_workflow.h) with an append-only history of who moved
// what, when and why, and the closed-loop figures that show the company acted: open by type and
// age, overdue, median time to action.

#include "governance/consent.h"
#include "risk/escalation_detector.h"
#include "risk/escalation_workflow.h"
#include "store/store.h"

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace tw::core {

struct Escalation {
    std::int64_t id = 0;
    std::int64_t verbatimId = 0;
    std::string type;
    Severity severity = Severity::Medium;
    EscalationState state = EscalationState::New;
    std::optional<Resolution> resolution;
    std::optional<std::string> assignee;
    std::int64_t openedAt = 0, dueAt = 0;  // unix seconds UTC
    std::optional<std::int64_t> closedAt;
    std::vector<MatchSpan> evidence;
    std::string why;
    int merged = 1;                                // flags merged into it
    ConsentBasis consent = ConsentBasis::Unknown;  // the verbatim's
    // Whether "contact customer" is allowed for it, and why (or why not).
    [[nodiscard]] ContactDecision contact() const { return contactCustomer(consent, type); }
    [[nodiscard]] bool overdue(std::int64_t now) const { return isOpen(state) && now > dueAt; }
};

struct EscalationEvent {
    std::int64_t id = 0;
    std::int64_t at = 0;
    std::string actor;
    std::optional<EscalationState> from;  // none for the opening entry
    EscalationState to = EscalationState::New;
    std::optional<std::string> assignee;
    std::string note;
};

struct EscalationFilter {
    std::vector<EscalationState> states{};  // any of these; all when empty
    std::vector<std::string> types{};       // any of these; all when empty
    std::optional<std::string> assignee{};
    bool overdueOnly = false;
    int limit = 0;  // 0: all
};

// Ages of open escalations: under a day, 1-7 days, 7-30 days, older.
inline constexpr std::size_t kAgeBuckets = 4;

struct EscalationTypeFigures {
    std::string type;
    std::int64_t open = 0, overdue = 0, actioned = 0, closedNoAction = 0;
    std::array<std::int64_t, kAgeBuckets> openByAge{};
    std::optional<double> medianHoursToAction;  // opening to actioned, over the actioned ones
};

struct EscalationFigures {
    std::vector<EscalationTypeFigures> types;  // every type with at least one escalation
    EscalationTypeFigures total;               // type "all"
};

class EscalationRepository final {
public:
    explicit EscalationRepository(Store& store) : store_(store) {}

    // Due first, then the most severe, then the oldest.
    Result<std::vector<Escalation>> list(const EscalationFilter& filter, std::int64_t now);
    Result<std::optional<Escalation>> byId(std::int64_t id);
    Result<std::vector<EscalationEvent>> history(std::int64_t id);
    // Validates the move against the workflow and the escalation's current state, then applies it
    // and appends it to the history, in one transaction.
    Result<Escalation> move(std::int64_t id, const Move& move, const std::string& actor, std::int64_t now);
    // The same move for several escalations in one transaction: the legal ones are applied, the
    // others come back with the reason (bulk triage skips what is past triage already).
    Result<std::vector<Status>> moveMany(const std::vector<std::int64_t>& ids, const Move& move,
                                         const std::string& actor, std::int64_t now);
    Result<EscalationFigures> figures(std::int64_t now);
    Result<std::vector<std::string>> assignees();

private:
    Result<Escalation> applyMove(std::int64_t id, const Move& move, const std::string& actor, std::int64_t now);
    Store& store_;
};

}  // namespace tw::core
