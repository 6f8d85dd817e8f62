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
};

int runScore(const ScoreOptions& options);

}  // namespace tw::cli
