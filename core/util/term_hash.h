#pragma once
// The hash of short strings in hot lookups (a token's normalised form against lexicons, function
// words and rule terms). Inline and word-at-a-time: a term of up to sixteen bytes (nearly all) is
// hashed as two zero-padded 8-byte words, which a caller that may read sixteen bytes at the
// term's start (a padded copy of the text) reads without a branch on the term's length
// (termHashPadded); longer terms 8 bytes at a time. Not for anything persisted.

#include <array>
#include <cstdint>
#include <cstring>
#include <string_view>

namespace tw::core {

namespace detail {

inline constexpr std::uint64_t kTermMul = 0x9E3779B97F4A7C15ull;

inline std::uint64_t termMix(std::uint64_t h) {
    h ^= h >> 31;
    h *= 0xBF58476D1CE4E5B9ull;
    return h ^ (h >> 29);
}

// The hash of a term of `n` <= 16 bytes given as two little-endian words, zero beyond the term.
inline std::uint64_t termHashWords(std::size_t n, std::uint64_t w0, std::uint64_t w1) {
    std::uint64_t h = (n * kTermMul ^ w0) * kTermMul;
    h ^= h >> 32;
    return termMix((h ^ w1) * kTermMul);
}

inline std::uint64_t load64(const char* p) {
    std::uint64_t w;
    std::memcpy(&w, p, 8);
    return w;
}

// Which bytes of the first and the second word a term of n <= 16 bytes fills.
inline constexpr auto kTermMasks = [] {
    std::array<std::array<std::uint64_t, 2>, 17> masks{};
    for (std::size_t n = 0; n <= 16; ++n) {
        for (std::size_t b = 0; b < n; ++b) masks[n][b / 8] |= std::uint64_t{0xFF} << (8 * (b % 8));
    }
    return masks;
}();

}  // namespace detail

inline std::uint64_t termHash(std::string_view s) {
    using detail::kTermMul;
    using detail::load64;
    const char* p = s.data();
    const std::size_t n = s.size();
    if (n <= 16) {
        // The last 1-7 bytes of a word as a little-endian word (as memcpy into a zeroed word
        // would give), read with fixed-size loads: overlapping ones when the term is long enough.
        std::uint64_t w0 = 0, w1 = 0;
        if (n >= 8) {
            w0 = load64(p);
            if (n > 8) w1 = load64(p + n - 8) >> (8 * (16 - n));
        } else if (n >= 4) {
            std::uint32_t lo, hi;
            std::memcpy(&lo, p, 4);
            std::memcpy(&hi, p + n - 4, 4);
            w0 = lo | (static_cast<std::uint64_t>(hi) << (8 * (n - 4)));
        } else if (n > 0) {
            auto byte = [&](std::size_t k) { return static_cast<std::uint64_t>(static_cast<unsigned char>(p[k])); };
            w0 = byte(0) | (byte(n / 2) << (8 * (n / 2))) | (byte(n - 1) << (8 * (n - 1)));
        }
        return detail::termHashWords(n, w0, w1);
    }
    std::uint64_t h = n * kTermMul;
    std::size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        h = (h ^ load64(p + i)) * kTermMul;
        h ^= h >> 32;
    }
    if (const std::size_t rest = n - i; rest > 0) h = (h ^ (load64(p + n - 8) >> (8 * (8 - rest)))) * kTermMul;
    return detail::termMix(h);
}

// termHash of the `n` <= 16 bytes at `p`, where sixteen bytes may be read.
inline std::uint64_t termHashPadded(const char* p, std::size_t n) {
    const auto& mask = detail::kTermMasks[n];
    return detail::termHashWords(n, detail::load64(p) & mask[0], detail::load64(p + 8) & mask[1]);
}

}  // namespace tw::core
