#pragma once
// A read of a table's bit filter (FlatStringMap, TermValues): one bit per slot of a bit array set
// by the high bits of each key's termHash, so that most absent words are turned away by one read
// without probing. Plain values (the array's pointer and mask), for a loop over many tokens that
// also writes indices: a local copy stays in registers, where a vector's own pointer and size
// would be read again after each write of a std::size_t.

#include <cstddef>
#include <cstdint>

namespace tw::core {

struct HashFilter {
    const std::uint64_t* words;
    std::size_t bitMask;
    static std::size_t bitOf(std::uint64_t hash, std::size_t bitMask) {
        return static_cast<std::size_t>(hash >> 40) & bitMask;
    }
    [[nodiscard]] bool mayHold(std::uint64_t hash) const {
        const std::size_t bit = bitOf(hash, bitMask);
        return (words[bit >> 6] >> (bit & 63)) & 1u;
    }
};

}  // namespace tw::core
