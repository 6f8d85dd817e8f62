#pragma once
// Analysis results in the store: which verbatims still need analysing by a given analyzer
// version, and batched writes of results per verbatim and per sentence.

#include "store/store.h"

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace tw::core {

struct PendingVerbatim {
    std::int64_t id = 0;
    std::string text;
    std::optional<std::string> language;                          // from the import, when the source had one
    std::vector<std::pair<std::size_t, std::size_t>> agentTurns;  // code-point spans
    std::string channel{};
    bool hadResult = false;  // analysed before (by another analyzer version): its rows are replaced
};

// A column for pending reads: the agent's turns of verbatim `v` as "from to from to ..." (code
// points), NULL when it has none; agentTurnsFromColumn reads it back.
inline constexpr const char* kAgentTurnsColumn =
    "(SELECT group_concat(t.start_cp || ' ' || t.end_cp, ' ') FROM speaker_turn t"
    " WHERE t.verbatim_id = v.id AND t.speaker = 'agent')";
std::vector<std::pair<std::size_t, std::size_t>> agentTurnsFromColumn(const std::string& column);

struct StoredSentence {
    std::size_t startCp = 0, endCp = 0;
    double sentiment = 0.0;
};

struct StoredAnalysis {
    std::int64_t verbatimId = 0;
    std::string language;
    double languageConfidence = 0.0;
    double sentiment = 0.0;
    std::string label;
    std::array<double, 4> emotions{};  // anger, fear, sadness, joy
    double intensity = 0.0;
    bool effort = false, urgency = false;
    std::string explain;  // as encodeExplanation writes it (analysis/explanation_codec.h)
    std::vector<StoredSentence> sentences;
    bool replaces = true;  // false: the verbatim has no earlier result, nothing to delete first
};

class AnalysisRepository final {
public:
    explicit AnalysisRepository(Store& store) : store_(store) {}

    Result<std::int64_t> countPending(const std::string& analyzer);
    // The next verbatims after `afterId` (id order) without a result from `analyzer`.
    Result<std::vector<PendingVerbatim>> pending(const std::string& analyzer, std::int64_t afterId, int limit);
    // Replaces the results of these verbatims in one transaction.
    Status write(const std::string& analyzer, const std::vector<StoredAnalysis>& results);

    // The store's own lexicon entries, as lexicon-file text ("term<TAB>value<TAB>tags" lines).
    Result<std::string> lexiconOverrides();
    // Adds or replaces one entry (validated by the caller with Lexicon::load).
    Status setLexiconOverride(const std::string& term, const std::string& value, const std::string& tags);
    Status removeLexiconOverride(const std::string& term);

private:
    Store& store_;
};

}  // namespace tw::core
