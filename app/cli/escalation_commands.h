#pragma once
// tidewatch-cli escalations (the queue with its closed-loop figures) and escalation (one item:
// its verbatim redacted, evidence and history; or a move through the workflow).

#include <optional>
#include <string>
#include <vector>

namespace tw::cli {

struct EscalationsArgs {
    std::string store;
    std::vector<std::string> states, types;
    std::string assignee;
    bool overdue = false;
    int limit = 0;
    std::string as;  // sign in as this user on a governed store
    bool json = false;
};
int runEscalations(const EscalationsArgs& args);

struct EscalationArgs {
    std::string store;
    long long id = 0;
    std::string assign, move, resolution, note;
    std::string reason;  // why a legal reviewer opens the full text (audited)
    std::string actor;   // --as: who acts (signs in on a governed store); default: $USER
    bool json = false;
};
int runEscalation(const EscalationArgs& args);

}  // namespace tw::cli
