#pragma once
// Explainable sentiment, emotion and intensity of one text: lexicon plus rules (negation scope,
// boosters and diminishers, contrast, capitals, elongation, exclamation marks, emoji, multi-word
// and customer-experience phrases). Pure computation: no I/O, no Qt. One analyzer is immutable
// after construction and may be used from many threads at once.

#include "analysis/lexicon.h"
#include "text/tokenizer.h"
#include "util/result.h"
#include "util/term_values.h"

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tw::core {

// One term that moved a score, and why its weight differs from its lexicon valence.
struct Contribution {
    std::size_t startCp = 0, endCp = 0;  // span in the text, code points
    std::size_t sentence = 0;
    std::string term;                // lexicon entry matched
    double valence = 0.0;            // lexicon valence
    double weight = 0.0;             // after the rules
    std::vector<std::string> rules;  // "negated by 'not'", "boosted by 'very'", "CAPITALS", ...
};

struct SentenceSentiment {
    std::size_t startCp = 0, endCp = 0;
    double score = 0.0;  // -1..1
};

enum Emotion { kAnger, kFear, kSadness, kJoy, kEmotionCount };

struct TextAnalysis {
    std::string language;                          // ISO 639-1, given or identified
    double languageConfidence = 0.0;               // 1 when given
    double score = 0.0;                            // -1..1
    std::string_view label;                        // positive | negative | neutral | mixed (static text)
    std::array<double, kEmotionCount> emotions{};  // anger, fear, sadness, joy in 0..1
    double intensity = 0.0;                        // 0..1
    bool effort = false;                           // the customer had to work (waiting, calling again...)
    bool urgency = false;
    std::vector<SentenceSentiment> sentences;
    std::vector<Contribution> contributions;
};

const char* emotionName(Emotion e);

class SentimentAnalyzer final {
public:
    // The built-in lexicons, then `extraLexicons` (files in any supported format), then a
    // store's own entries (`storeOverrides`, lexicon-file text) on top of every language's.
    static Result<SentimentAnalyzer> create(const std::vector<std::string>& extraLexicons = {},
                                            const std::string& storeOverrides = {});

    // `language` forces the lexicon; otherwise CLD2 identifies it (English when unsure).
    // Terms inside `ignored` code-point spans do not count: the agent's turns of a call, so that
    // a polite agent does not make an angry customer look satisfied.
    [[nodiscard]] TextAnalysis analyze(std::string_view text, const std::optional<std::string>& language = std::nullopt,
                                       const std::vector<std::pair<std::size_t, std::size_t>>& ignored = {}) const;
    // The same, tokenizing into `tokens` (reused between calls), which the caller keeps for
    // further detectors on the same text: personal data, flags, categories. Without `explain`
    // the result holds no explanation — no contributions, no sentence spans (`score` without
    // --explain prints neither) — and the same scores.
    [[nodiscard]] TextAnalysis analyze(std::string_view text, const std::optional<std::string>& language,
                                       const std::vector<std::pair<std::size_t, std::size_t>>& ignored,
                                       TokenizedText& tokens, bool explain = true) const;
    // "sentiment-1:" + a fingerprint of the lexicons in use: stored with every result, so that
    // a changed lexicon re-analyses what it would score differently.
    [[nodiscard]] const std::string& version() const { return version_; }

private:
    // The languages a word votes for, in one lookup: its function-word languages
    // (kVoteLanguageCodes) and the lexicons_ holding it as an entry, packed (packedVotes).
    TermValues votes_;

    SentimentAnalyzer() = default;
    std::size_t lexiconIndex(std::string_view language) const;  // lexicons_ size: fallback_
    const Lexicon& lexicon(std::size_t index) const;
    std::vector<std::pair<std::string, Lexicon>> lexicons_;  // language -> built-in + extras
    Lexicon fallback_;
    std::string version_;
};

}  // namespace tw::core
