#pragma once
// Code-point spans as the store keeps them: a JSON array of [start, end] pairs.

#include "rules/matcher.h"

#include <string>
#include <string_view>
#include <vector>

namespace tw::core {

std::string spansJson(const std::vector<MatchSpan>& spans);
// Lenient: anything that is not a [start, end] pair of numbers is skipped.
std::vector<MatchSpan> spansFromJson(std::string_view json);

}  // namespace tw::core
