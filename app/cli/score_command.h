#pragma once
// tidewatch-cli score: one JSON object per input text, in order, streaming, without a store.

#include <optional>
#include <string>
#include <vector>

namespace tw::cli {

struct ScoreOptions {
    std::optional<std::string> lang;
    bool jsonl = false;
    bool explain = false;
    std::vector<std::string> lexicons;
    std::string taxonomy;         // a taxonomy JSON file; the built-in one when empty
    std::string escalationRules;  // an escalation rule pack; the built-in one when empty
};

int runScore(const ScoreOptions& options);

// tidewatch-cli analyze STORE: analyses what is not analysed yet by this analyzer version.
// Analyses, categorises, then scans for personal data and escalation flags (opening escalations).
// `escalationRules` (a file) and `escalateFrom` (a severity), when given, are kept in the store.
int runAnalyze(const std::string& store, const std::string& as, int threads, const std::vector<std::string>& lexicons,
               const std::string& escalationRules, const std::string& escalateFrom, bool json);

// tidewatch-cli lexicon STORE list|set|remove: the store's own lexicon entries.
int runLexicon(const std::string& store, const std::string& as, const std::string& action, const std::string& term,
               const std::string& value, const std::string& tags, bool json);

}  // namespace tw::cli
