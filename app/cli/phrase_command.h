#pragma once
// tidewatch-cli phrases STORE --since DATE: phrases rising in a recent window against a baseline.

#include <optional>
#include <string>

namespace tw::cli {

struct PhraseArgs {
    std::string store, since, until, baselineFrom, channel;
    std::string as;  // sign in as this user on a store with users
    long long minSupport = 5;
    int limit = 30;
    bool json = false;
};

int runPhrases(const PhraseArgs& args);

}  // namespace tw::cli
