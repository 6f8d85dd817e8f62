#pragma once
// UTF-8 validation, repair and code-point arithmetic. Offsets reported to users and in the CLI
// contract are code points, never bytes.

#include <cstddef>
#include <string>
#include <string_view>

namespace tw::core {

// Number of invalid sequences (each maximal invalid subpart counts once, as in WHATWG decoding).
std::size_t countInvalidUtf8(std::string_view s, bool ignoreTruncatedTail = false);
bool isValidUtf8(std::string_view s);

struct Utf8Repair {
    std::size_t invalidSequences = 0;  // replaced by U+FFFD
    std::size_t nulBytes = 0;          // removed
};
// Valid UTF-8 with invalid sequences replaced by U+FFFD and NUL bytes removed.
std::string repairUtf8(std::string_view s, Utf8Repair& report);

std::size_t codePointCount(std::string_view s);
// Byte offset of code point `cp` (clamped to the end).
std::size_t byteOffsetOfCodePoint(std::string_view s, std::size_t cp);

bool isAscii(std::string_view s);

}  // namespace tw::core
