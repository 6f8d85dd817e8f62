#include "store/span_json.h"

#include <nlohmann/json.hpp>

namespace tw::core {

std::string spansJson(const std::vector<MatchSpan>& spans) {
    std::string out = "[";
    for (const MatchSpan& s : spans) {
        if (out.size() > 1) out += ',';
        out += '[' + std::to_string(s.startCp) + ',' + std::to_string(s.endCp) + ']';
    }
    return out + ']';
}

std::vector<MatchSpan> spansFromJson(std::string_view json) {
    std::vector<MatchSpan> out;
    const auto j = nlohmann::json::parse(json, nullptr, /*allow_exceptions=*/false);
    if (!j.is_array()) return out;
    for (const auto& pair : j) {
        if (pair.is_array() && pair.size() == 2 && pair[0].is_number_unsigned() && pair[1].is_number_unsigned()) {
            out.push_back({pair[0].get<std::size_t>(), pair[1].get<std::size_t>()});
        }
    }
    return out;
}

}  // namespace tw::core
