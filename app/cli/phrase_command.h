#pragma once
// tidewatch-cli phrases STORE --since DATE: phrases rising in a recent window against a baseline.

#include <optional>
#include <string>

namespace tw::cli {

struct PhraseArgs {
    std::string store, since, until, baselineFrom, channel;
    long long minSupport = 5;
    int limit = 30;
    bool json = false;
};

int runPhrases(const PhraseArgs& args);

}  // namespace tw::cli
