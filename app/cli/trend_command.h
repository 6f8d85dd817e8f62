#pragma once
// tidewatch-cli trends STORE: emerging issues across channels, classified as ripple, wave or
// tsunami with their evidence (core/trends/trend_detector.h).

#include <string>

namespace tw::cli {

struct TrendArgs {
    std::string store, since, until, by = "category";
    std::string as;  // sign in as this user on a store with users
    bool json = false;
};

int runTrends(const TrendArgs& args);

}  // namespace tw::cli
