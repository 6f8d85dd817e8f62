#pragma once
// Escalation detectors: what a company is obliged to act on (adverse events, threats to sue,
// complaints to regulators, allegations of crime, threats of violence or self-harm,
// discrimination, privacy complaints, customers about to leave). Each type's rules are written in
// the rule language and kept as data (resources/risk/escalation_rules.json, format in
// docs/escalation-rules.md); a match becomes a flag with a severity, the spans that are its
// evidence and the reason. A trigger negated just before it ("no side effects", "I'm not going
// to sue") does not count, nor, for the types that say so, one inside a hypothetical ("in case of
// side effects") or a question; the recall-first types (violence or self-harm) keep such flags,
// one severity lower, saying why. Words spoken by the agent of a call never raise a flag.

#include "rules/matcher.h"
#include "util/result.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tw::core {

enum class Severity { Low, Medium, High, Critical };
const char* severityName(Severity s);  // low | medium | high | critical
std::optional<Severity> severityFromName(std::string_view name);

struct EscalationType {
    std::string name;  // adverse_event, litigation_threat, ...
    Severity severity = Severity::Medium;
    int dueDays = 7;         // 0: immediate
    bool restricted = true;  // flagged verbatims are restricted by role (DESIGN.md)
    bool hypotheticalsCount = true;
    bool questionsCount = true;
    bool recallFirst = false;
};

struct Flag {
    std::string type;
    Severity severity = Severity::Medium;
    std::vector<MatchSpan> evidence;  // code points, sorted
    std::string why;                  // "a threat to sue or to involve a lawyer: 'lawyer'"
};

class EscalationDetector final {
public:
    // Errors name the source, the rule's index and its line:column.
    static Result<EscalationDetector> fromJson(std::string_view json, const std::string& source);
    static const EscalationDetector& builtin();

    // At most one flag per type, in the order of the pack's types. `input.tokens` must be set;
    // `input.language` picks the negation and hypothetical words (English ones always apply).
    [[nodiscard]] std::vector<Flag> detect(const RuleInput& input) const;

    [[nodiscard]] const std::vector<EscalationType>& types() const { return types_; }
    [[nodiscard]] const EscalationType* type(std::string_view name) const;
    // Changes with any edit of the pack: stored with results so that an edited pack re-detects.
    [[nodiscard]] const std::string& version() const { return version_; }

    struct Rule {
        std::size_t type = 0;
        std::optional<Severity> severity;
        std::string why;
        std::size_t compiled = 0;
    };

private:
    static Result<EscalationDetector> fromJsonChecked(std::string_view json, const std::string& source);
    std::vector<EscalationType> types_;
    std::vector<Rule> rules_;
    RuleSet compiled_;
    // Per language ("en", "de"...): negation and hypothetical words, case-folded.
    std::vector<std::pair<std::string, std::vector<std::string>>> negations_, hypotheticals_;
    std::string version_;
};

}  // namespace tw::core
