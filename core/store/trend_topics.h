#pragma once
// The topics the tsunami radar watches, as a signed-in role may have them: categories, emerging
// phrases (found among the verbatims the role may read), or both in one series.

#include "store/role_reader.h"
#include "store/trend_series.h"

#include <optional>
#include <string_view>

namespace tw::core {

enum class TopicSource { Categories, Phrases, Both };
// "category", "phrase" or "both".
std::optional<TopicSource> topicSourceFromName(std::string_view name);

// `reader`: the signed-in role's; none on a store without users.
Result<TrendSeries> loadTrendSeries(Store& store, RoleReader* reader, const TrendWindow& window, TopicSource source);

}  // namespace tw::core
