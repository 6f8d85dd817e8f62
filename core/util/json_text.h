#pragma once
// Minimal JSON writing for hot paths that build small JSON texts by hand (attributes of a CSV
// row, a `score` record per text). Everything else uses nlohmann::json.

#include <cstdint>
#include <string>
#include <string_view>

namespace tw::core {

// Appends `s` as a JSON string literal (with quotes) to `out`. `s` must be valid UTF-8.
void appendJsonString(std::string& out, std::string_view s);

// Appends a number as nlohmann::json writes it: the shortest text that reads back as the same
// double, with ".0" on whole numbers (1.0, -0.0); integers as they are.
void appendJsonNumber(std::string& out, double x);
void appendJsonNumber(std::string& out, std::uint64_t n);
// Appends a number with three decimals, as printf's "%.3f" writes it (0.250, -1.000).
void appendFixed3(std::string& out, double x);

}  // namespace tw::core
