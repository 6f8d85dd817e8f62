#pragma once
// One text scored as `tidewatch-cli score` reports it (DESIGN.md's CLI contract): language,
// sentiment, emotions, categories, personal data and escalation flags, written as one JSON
// object. The `score` command and its benchmark run this; no store.

#include "analysis/sentiment_analyzer.h"
#include "risk/escalation_detector.h"
#include "risk/pii.h"
#include "rules/taxonomy.h"
#include "text/tokenizer.h"

#include <optional>
#include <string>
#include <string_view>

namespace tw::core {

class TextScorer final {
public:
    // The three must outlive the scorer.
    TextScorer(const SentimentAnalyzer& analyzer, const Taxonomy& taxonomy, const EscalationDetector& flags,
               bool explain);

    // Appends the record of `text` (valid UTF-8) to `out`, without a line end. `idJson` is the
    // record's id as JSON text (a line number, or whatever a JSONL input gave). Without
    // `detectRisk` the record's "pii" and "flags" stay empty: what scoring costs without them.
    void appendRecord(std::string& out, std::string_view idJson, std::string_view text,
                      const std::optional<std::string>& language, bool detectRisk = true);

private:
    const SentimentAnalyzer& analyzer_;
    const Taxonomy& taxonomy_;
    const EscalationDetector& flags_;
    bool explain_;
    TokenizedText tokens_;  // one tokenization per text serves every detector
};

}  // namespace tw::core
