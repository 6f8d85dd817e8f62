#pragma once
// Emerging phrases: unsupervised 1- to 3-word phrases whose share of verbatims rises significantly
// in a recent window against a baseline window. Each verbatim counts a phrase once; phrases stay
// inside a sentence, are made of words (no numbers or symbols) and neither start nor end with a
// stop word (resources/language/function_words.tsv and stop_words.tsv, en/de/fr/es and more).
// Rising is measured by Dunning's log-likelihood ratio (G²) on the 2x2 table of verbatims with and
// without the phrase in each window; a phrase must appear in at least `minSupport` recent
// verbatims. A shorter phrase is left out when a longer one containing it accounts for most of
// its recent verbatims ("charged" under "charged twice"). Pure computation: no I/O.

#include "text/tokenizer.h"
#include "util/flat_string_map.h"

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace tw::core {

struct EmergingPhrase {
    std::string phrase;                             // folded words joined by spaces
    std::int64_t recent = 0, baseline = 0;          // verbatims with the phrase in each window
    double recentShare = 0.0, baselineShare = 0.0;  // of the window's verbatims
    double lift = 0.0;                              // recent share / baseline share (smoothed)
    double llr = 0.0;                               // G², higher is more significant
    std::map<std::string, std::int64_t> channels;   // recent verbatims per channel
};

struct PhraseOptions {
    std::int64_t minSupport = 5;
    // Chi-square with one degree of freedom at p = 0.0001: thousands of phrases are tested at once,
    // and at p = 0.001 a few ordinary ones pass by chance.
    double minLlr = 15.13;
    std::size_t limit = 50;
    std::size_t maxWords = 3;
};

class PhraseCounter final {
public:
    enum class Window { Recent, Baseline };
    // Counts the phrases of one verbatim.
    void add(std::string_view text, Window window, std::string_view channel);
    [[nodiscard]] std::int64_t verbatims(Window w) const { return w == Window::Recent ? recentDocs_ : baselineDocs_; }
    // The rising phrases, most significant first.
    [[nodiscard]] std::vector<EmergingPhrase> emerging(const PhraseOptions& options) const;

    static bool isStopWord(std::string_view folded);

private:
    struct Counts {
        std::int64_t recent = 0, baseline = 0;
        std::map<std::string, std::int64_t> channels;
    };
    FlatStringMap<Counts> counts_;
    std::int64_t recentDocs_ = 0, baselineDocs_ = 0;
    TokenizedText tokens_;
    std::vector<std::string> seen_;  // the phrases of the verbatim being added
};

// Dunning's G² for a phrase in `a` of `n1` recent and `b` of `n2` baseline verbatims.
double logLikelihoodRatio(std::int64_t a, std::int64_t n1, std::int64_t b, std::int64_t n2);

}  // namespace tw::core
