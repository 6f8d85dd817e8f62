#pragma once
// Minimal JSON string escaping for hot paths that build small JSON texts by hand (attributes of
// a CSV row). Everything else uses nlohmann::json.

#include <string>
#include <string_view>

namespace tw::core {

// Appends `s` as a JSON string literal (with quotes) to `out`. `s` must be valid UTF-8.
void appendJsonString(std::string& out, std::string_view s);

}  // namespace tw::core
