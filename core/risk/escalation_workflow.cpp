#include "risk/escalation_workflow.h"

#include <array>

namespace tw::core {

namespace {
constexpr std::array<const char*, kEscalationStateCount> kStateNames{"new",       "triaged",  "assigned",
                                                                     "in_review", "actioned", "closed_no_action"};
constexpr std::array<const char*, 3> kResolutionNames{"reported", "contacted", "fixed"};

std::string joinStates(const std::vector<EscalationState>& states) {
    std::string out;
    for (std::size_t i = 0; i < states.size(); ++i) {
        if (i) out += i + 1 == states.size() ? " or " : ", ";
        out += escalationStateName(states[i]);
    }
    return out;
}
}  // namespace

const char* escalationStateName(EscalationState s) { return kStateNames[static_cast<std::size_t>(s)]; }

std::optional<EscalationState> escalationStateFromName(std::string_view name) {
    for (std::size_t i = 0; i < kStateNames.size(); ++i) {
        if (name == kStateNames[i]) return static_cast<EscalationState>(i);
    }
    if (name == "in-review") return EscalationState::InReview;
    if (name == "closed-no-action") return EscalationState::ClosedNoAction;
    return std::nullopt;
}

const char* resolutionName(Resolution r) { return kResolutionNames[static_cast<std::size_t>(r)]; }

std::optional<Resolution> resolutionFromName(std::string_view name) {
    for (std::size_t i = 0; i < kResolutionNames.size(); ++i) {
        if (name == kResolutionNames[i]) return static_cast<Resolution>(i);
    }
    return std::nullopt;
}

bool isOpen(EscalationState s) { return s != EscalationState::Actioned && s != EscalationState::ClosedNoAction; }

std::vector<EscalationState> nextStates(EscalationState from) {
    using S = EscalationState;
    switch (from) {
        case S::New:
            return {S::Triaged, S::ClosedNoAction};
        case S::Triaged:
            return {S::Assigned, S::ClosedNoAction};
        // Reassigning keeps the state; a reviewer can hand the item back to be reassigned.
        case S::Assigned:
            return {S::Assigned, S::InReview, S::ClosedNoAction};
        case S::InReview:
            return {S::Assigned, S::Actioned, S::ClosedNoAction};
        case S::Actioned:
        case S::ClosedNoAction:
            return {};
    }
    return {};
}

Status checkMove(std::int64_t escalationId, EscalationState from, const Move& move) {
    const std::string who = "escalation " + std::to_string(escalationId);
    const auto allowed = nextStates(from);
    bool legal = false;
    for (EscalationState s : allowed) legal = legal || s == move.to;
    if (!legal) {
        if (allowed.empty()) {
            return makeError(who + " is " + escalationStateName(from) + ", a final state: it cannot move to " +
                             escalationStateName(move.to));
        }
        return makeError(who + " cannot move from " + std::string(escalationStateName(from)) + " to " +
                         escalationStateName(move.to) + ": from " + escalationStateName(from) + " it can move to " +
                         joinStates(allowed));
    }
    if (move.to == EscalationState::Actioned && !move.resolution) {
        return makeError(who + ": say how it was actioned (reported, contacted or fixed)");
    }
    if (move.to != EscalationState::Actioned && move.resolution) {
        return makeError(who + ": a resolution (" + resolutionName(*move.resolution) +
                         ") belongs only to a move to actioned");
    }
    if (move.to == EscalationState::Assigned && (!move.assignee || move.assignee->empty())) {
        return makeError(who + ": say whom it is assigned to");
    }
    if (!isOpen(move.to) && move.note.find_first_not_of(" \t\r\n") == std::string::npos) {
        return makeError(who + ": a note saying why is required to move it to " + escalationStateName(move.to));
    }
    return Ok{};
}

}  // namespace tw::core
