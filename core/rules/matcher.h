#pragma once
// Compiled rules: one rule (search) or many (a taxonomy) share a term table, so a verbatim's
// tokens are looked up once and every rule is then evaluated on their positions. Each match
// carries the code-point spans that made it true. Pure computation: no I/O.

#include "rules/query.h"
#include "text/tokenizer.h"
#include "util/flat_string_map.h"
#include "util/result.h"

#include <array>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

struct sb_stemmer;

namespace tw::core {

// One verbatim as rules see it: its tokens, who spoke when, and the metadata field filters test.
struct RuleInput {
    std::string_view text;
    const TokenizedText* tokens = nullptr;  // tokenize(text)
    // Code-point spans spoken by the agent (call transcripts); the rest is the customer's.
    std::vector<std::pair<std::size_t, std::size_t>> agentTurns;
    std::string_view channel, language;
    std::optional<std::int64_t> createdAt;  // unix seconds UTC
    std::optional<double> rating;
    bool analysed = false;  // the fields below hold analysis results
    std::string_view label;
    double sentiment = 0.0, intensity = 0.0;
    std::array<double, 4> emotions{};  // anger, fear, sadness, joy
    bool effort = false;
    std::string_view attributes = "{}";                    // JSON object text
    const std::vector<std::string>* categories = nullptr;  // category paths, for category: filters
};

struct MatchSpan {
    std::size_t startCp = 0, endCp = 0;
    bool operator==(const MatchSpan&) const = default;
};

struct RuleMatch {
    bool matched = false;
    std::vector<MatchSpan> spans;  // sorted, without duplicates
};

class RuleSet final {
public:
    RuleSet();
    ~RuleSet();
    RuleSet(RuleSet&&) noexcept;
    RuleSet& operator=(RuleSet&&) noexcept;

    // Compiles one rule and returns its index; errors say line:column and why (including bad
    // field values such as date:2026-13).
    Result<std::size_t> add(std::string_view rule);
    [[nodiscard]] std::size_t size() const { return rules_.size(); }
    [[nodiscard]] const QueryNode& rule(std::size_t i) const { return *rules_[i]; }

    // Per-verbatim state: the positions of every term. Build once, then ask each rule.
    class Evaluation;
    [[nodiscard]] std::shared_ptr<const Evaluation> evaluate(
        const RuleInput& input) const;  // shared: its type stays private
    [[nodiscard]] RuleMatch match(std::size_t rule, const Evaluation& evaluation) const;
    // The rules that may match the evaluated verbatim, ascending: those with one of their
    // triggers complete, and those without terms. `match` says no to every other rule at once;
    // a caller with many rules asks only these.
    [[nodiscard]] const std::vector<std::uint32_t>& candidates(const Evaluation& evaluation) const;
    // Convenience for a single verbatim and rule.
    [[nodiscard]] RuleMatch match(std::size_t rule, const RuleInput& input) const;

private:
    friend class Evaluation;
    struct TermTable;
    Status compileNode(QueryNode& n);
    std::vector<std::unique_ptr<QueryNode>> rules_;
    std::vector<bool> needsTerm_;              // per rule: cannot match without one of its terms
    std::vector<std::uint32_t> alwaysTested_;  // the rules that need no term, ascending
    std::unique_ptr<TermTable> terms_;
};

}  // namespace tw::core
