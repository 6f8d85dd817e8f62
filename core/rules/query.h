#pragma once
// The rule and search language's syntax tree (grammar: docs/rule-language.md). Produced by
// parseQuery, compiled by Matcher. Pure data.

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace tw::core {

struct QueryNode {
    enum class Kind {
        Term,    // a word: refund, refund* (wildcards), ~cancel (stem)
        Phrase,  // "on hold": consecutive words, each a Term
        And,
        Or,
        Not,
        Near,      // a NEAR/n b: within n words, either order
        Before,    // a BEFORE/n b: a first, b within n words after
        Sentence,  // SENT(q): q within one sentence
        Customer,  // CUSTOMER(q): q in the customer's words
        Agent,     // AGENT(q): q in the agent's words (call transcripts)
        Affirmed,  // AFFIRMED(q): q's words and phrases where they are not negated ("not helpful")
        Field,     // name:value, name:<=value, date:2026-01..2026-03
    };
    Kind kind = Kind::Term;
    // Term: `text` folded and without accents; `wildcard` when it holds '*' or '?'; `stem` for ~word.
    std::string text;
    bool wildcard = false, stem = false;
    // Near/Before: the distance in words.
    int distance = 0;
    // Field: name ("channel", "lang", "date", "rating", "sentiment", "emotion.anger", "attr.store"),
    // comparison ("=", "<", "<=", ">", ">=", ".."), value(s).
    std::string field, op, value, valueTo;
    std::vector<std::unique_ptr<QueryNode>> children;
    // Set when a RuleSet compiles the node: the term's index in its table; a field's number or
    // time range [from, to) in unix seconds.
    int termId = -1;
    double number = 0.0;
    std::int64_t from = 0, to = 0;
    int line = 1, column = 1;  // where it starts in the rule text
};

// Whether `pred` holds for `n` or any node below it.
template <class Pred>
bool anyNode(const QueryNode& n, Pred&& pred) {
    if (pred(n)) return true;
    for (const auto& c : n.children) {
        if (anyNode(*c, pred)) return true;
    }
    return false;
}

}  // namespace tw::core
