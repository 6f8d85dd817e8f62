#pragma once
// tidewatch-cli trends STORE: emerging issues across channels, classified as ripple, wave or
// tsunami with their evidence (core/trends/trend_detector.h); new waves and tsunamis open
// emerging_issue escalations (core/store/trend_alerts.h).

#include <string>

namespace tw::cli {

struct TrendArgs {
    std::string store, since, until, by = "category";
    std::string as;  // sign in as this user on a store with users
    bool json = false;
    bool noAlerts = false;  // new waves and tsunamis open escalations unless this is set
};

int runTrends(const TrendArgs& args);

}  // namespace tw::cli
