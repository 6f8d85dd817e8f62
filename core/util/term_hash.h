#pragma once
// The hash of short strings in hot lookups (a token's normalised form against lexicons, function
// words and rule terms). Inline and word-at-a-time: most terms fit in one or two 8-byte words, so
// hashing costs a few multiplications, not a library call. Not for anything persisted.

#include <cstdint>
#include <cstring>
#include <string_view>

namespace tw::core {

inline std::uint64_t termHash(std::string_view s) {
    constexpr std::uint64_t kMul = 0x9E3779B97F4A7C15ull;
    auto mix = [](std::uint64_t h) {
        h ^= h >> 31;
        h *= 0xBF58476D1CE4E5B9ull;
        return h ^ (h >> 29);
    };
    std::uint64_t h = s.size() * kMul;
    std::size_t i = 0;
    for (; i + 8 <= s.size(); i += 8) {
        std::uint64_t w;
        std::memcpy(&w, s.data() + i, 8);
        h = (h ^ w) * kMul;
        h ^= h >> 32;
    }
    if (i < s.size()) {
        std::uint64_t w = 0;
        std::memcpy(&w, s.data() + i, s.size() - i);
        h = (h ^ w) * kMul;
    }
    return mix(h);
}

}  // namespace tw::core
