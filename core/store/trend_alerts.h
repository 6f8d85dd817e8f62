#pragma once
// The tsunami radar's alerts: a new wave or tsunami opens an "emerging_issue" escalation in the
// queue, anchored on the first verbatim of its burst (one without a restricted flag when there is
// one), with the finding as its reason. A finding of the same topic whose days overlap an earlier
// alert's, or start within two weeks of its end, is the same issue: nothing new is opened, and a
// wave that has become a tsunami raises its escalation's severity with a note in its history.

#include "store/store.h"
#include "trends/trend_detector.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace tw::core {

inline constexpr const char* kEmergingIssue = "emerging_issue";

struct TrendAlert {
    std::size_t finding = 0;  // index into the findings given
    std::int64_t escalationId = 0;
    bool opened = false;  // by this call; false: the issue was alerted before
    bool grew = false;    // a wave alerted before is a tsunami now
};

// Tsunamis open as high severity, due in two days; waves as medium, due in seven.
Result<std::vector<TrendAlert>> raiseTrendAlerts(Store& store, const std::vector<TrendFinding>& findings,
                                                 std::int64_t now);

// The finding an emerging-issue escalation was opened for (its JSON), if it is one.
Result<std::optional<std::string>> trendAlertFinding(Store& store, std::int64_t escalationId);

// "twitter 205 against 4.6 expected, chat 64 against 4.0 (1 day later), ..."
std::string describeChannels(const TrendFinding& finding);

}  // namespace tw::core
