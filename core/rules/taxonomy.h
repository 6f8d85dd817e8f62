#pragma once
// A hierarchical category model: named categories with rules in the rule language, compiled
// together into one RuleSet. Loaded from and saved to a documented JSON format
// (docs/taxonomy-format.md); Tidewatch ships a default customer-experience taxonomy for English,
// German, French and Spanish (resources/taxonomy/default.json).

#include "rules/matcher.h"
#include "util/result.h"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace tw::core {

struct Category {
    std::string name;
    std::string path;  // "Billing/Double charge"
    std::string rule;  // empty for a grouping without its own rule
    int parent = -1;
    bool sensitive = false;  // health, religion...: restricted as a filter or segment
    std::size_t ruleIndex = static_cast<std::size_t>(-1);
};

struct CategoryAssignment {
    int category = -1;
    std::vector<MatchSpan> spans;        // why: the spans the rule matched
    std::vector<std::size_t> sentences;  // the sentences holding those spans
};

// The sentences (indexes into tokens.sentences) holding the spans, in order, each once.
std::vector<std::size_t> sentencesOf(const std::vector<MatchSpan>& spans, const TokenizedText& tokens);

class Taxonomy final {
public:
    // Errors name the category path and the rule's line:column.
    static Result<Taxonomy> fromJson(std::string_view json, const std::string& source);
    static const Taxonomy& builtin();

    [[nodiscard]] std::string toJson() const;
    [[nodiscard]] const std::string& name() const { return name_; }
    [[nodiscard]] const std::vector<Category>& categories() const { return categories_; }
    [[nodiscard]] int find(std::string_view path) const;
    // Changes whenever a name, rule or the structure changes.
    [[nodiscard]] const std::string& fingerprint() const { return fingerprint_; }
    // A category's own rule's fingerprint: what incremental re-categorisation compares.
    [[nodiscard]] std::string ruleFingerprint(int category) const;

    // Whether a rule filters on a field (e.g. "category"): a categorisation pass reads it only then.
    [[nodiscard]] bool usesField(std::string_view field) const;

    // Categories whose own rule matches, in taxonomy order.
    [[nodiscard]] std::vector<CategoryAssignment> categorize(const RuleInput& input) const;

private:
    std::string name_, fingerprint_;
    std::vector<Category> categories_;
    RuleSet rules_;
    std::vector<int> categoryOfRule_;  // a compiled rule's category
};

}  // namespace tw::core
