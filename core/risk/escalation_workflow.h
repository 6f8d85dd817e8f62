#pragma once
// The life of an escalation (DESIGN.md): new → triaged → assigned → in review → actioned
// (reported, customer contacted or fixed) or closed without action. Pure rules, no store: which
// moves are legal, and an error that says why a move is not and what is allowed instead.

#include "util/result.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tw::core {

enum class EscalationState { New, Triaged, Assigned, InReview, Actioned, ClosedNoAction };
inline constexpr std::size_t kEscalationStateCount = 6;

// new | triaged | assigned | in_review | actioned | closed_no_action
const char* escalationStateName(EscalationState s);
std::optional<EscalationState> escalationStateFromName(std::string_view name);

// How an actioned escalation was resolved: reported (to a safety team, a regulator...),
// contacted (the customer), fixed (the cause).
enum class Resolution { Reported, Contacted, Fixed };
const char* resolutionName(Resolution r);
std::optional<Resolution> resolutionFromName(std::string_view name);

// Open until actioned or closed; the open ones count as overdue once past their due date.
bool isOpen(EscalationState s);

// States reachable from `from` in one move.
std::vector<EscalationState> nextStates(EscalationState from);

struct Move {
    EscalationState to = EscalationState::Triaged;
    std::optional<Resolution> resolution;  // required for actioned, refused otherwise
    std::string note;                      // why; required to action or to close
    std::optional<std::string> assignee;   // required for assigned
};

// Ok when `move` is legal from `from`; otherwise an error naming the escalation, both states and
// what is allowed instead ("escalation 12 is new: it can move to triaged or closed_no_action").
Status checkMove(std::int64_t escalationId, EscalationState from, const Move& move);

}  // namespace tw::core
