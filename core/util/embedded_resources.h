#pragma once
// Data files compiled into the binary (resources/lexicons/*.tsv), by file name.

#include <string_view>

namespace tw::core {

// Empty when there is no such resource.
std::string_view embeddedResource(std::string_view name);

}  // namespace tw::core
