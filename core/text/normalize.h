#pragma once
// Unicode normalization through ICU. Stored text is NFC.

#include <string>
#include <string_view>

namespace tw::core {

// NFC of valid UTF-8 input (ASCII and already-normalized text are returned unchanged cheaply).
std::string toNfc(std::string_view utf8);

}  // namespace tw::core
