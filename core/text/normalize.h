#pragma once
// Unicode normalization and case folding through ICU. Stored text is NFC; words are compared
// case-folded (full folding: "Straße" and "STRASSE" meet as "strasse").

#include <string>
#include <string_view>

namespace tw::core {

// NFC of valid UTF-8 input (ASCII and already-normalized text are returned unchanged cheaply).
std::string toNfc(std::string_view utf8);

// Full Unicode case folding of UTF-8 (ASCII handled without ICU).
std::string foldCase(std::string_view utf8);

}  // namespace tw::core
