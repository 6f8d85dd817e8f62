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
    if (const std::size_t rest = s.size() - i; rest > 0) {
        // The last 1-7 bytes as a little-endian word (as memcpy into a zeroed word would give),
        // read with fixed-size loads: overlapping ones when the string is long enough.
        const char* p = s.data();
        std::uint64_t w;
        if (s.size() >= 8) {
            std::memcpy(&w, p + s.size() - 8, 8);
            w >>= 8 * (8 - rest);
        } else if (rest >= 4) {
            std::uint32_t lo, hi;
            std::memcpy(&lo, p, 4);
            std::memcpy(&hi, p + rest - 4, 4);
            w = lo | (static_cast<std::uint64_t>(hi) << (8 * (rest - 4)));
        } else {
            auto byte = [&](std::size_t k) { return static_cast<std::uint64_t>(static_cast<unsigned char>(p[k])); };
            w = byte(0) | (byte(rest / 2) << (8 * (rest / 2))) | (byte(rest - 1) << (8 * (rest - 1)));
        }
        h = (h ^ w) * kMul;
    }
    return mix(h);
}

}  // namespace tw::core
