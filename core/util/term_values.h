#pragma once
// A read-only table from terms to small integer values (up to 60 bits) for a lookup asked of most
// words of every text whose answer is added up (the language votes): each slot holds a term's
// termHash and its value with the term's length in the top four bits, sixteen bytes, so that
// finding a term reads one slot as a rule and never the term's bytes. A term is told by its hash
// and length: exactly for terms of up to eight bytes (termHash is a bijection on the terms of one
// such length), and with a chance of 2^-64 a pair for longer ones. Terms whose hashes and lengths
// would be the same are kept out (the first one stays): a test checks the shipped words have none.
// A bit filter in front (as FlatStringMap's) turns most absent words away without a probe.

#include "util/hash_filter.h"
#include "util/term_hash.h"

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <utility>
#include <vector>

namespace tw::core {

class TermValues {
public:
    static constexpr unsigned kValueBits = 60;
    static constexpr std::uint64_t kValueMask = (std::uint64_t{1} << kValueBits) - 1;

    // The table of these terms (values of up to kValueBits bits; a value of 0 is as absent), its
    // filter with at least `filterBitsPerKey` bits a term.
    TermValues(const std::vector<std::pair<std::string_view, std::uint64_t>>& terms, std::size_t filterBitsPerKey);
    TermValues() : TermValues({}, 8) {}

    // The value of the term of this hash (termHash) and length in bytes, 0 when there is none.
    [[nodiscard]] std::uint64_t find(std::uint64_t hash, std::size_t length) const {
        const std::uint64_t tag = lengthTag(length);
        for (std::size_t i = hash & mask_;; i = (i + 1) & mask_) {
            const Slot& s = slots_[i];
            if (s.hash == hash && (s.word & ~kValueMask) == tag) return s.word & kValueMask;
            if (s.word == 0) return 0;
        }
    }
    // Whether a term may have this hash (false for most absent words), as plain values.
    [[nodiscard]] HashFilter filter() const { return {filter_.data(), filterMask_}; }
    [[nodiscard]] std::size_t size() const { return size_; }
    // Terms left out because another had the same hash and length.
    [[nodiscard]] std::size_t clashes() const { return clashes_; }

private:
    struct Slot {
        std::uint64_t hash = 0;
        std::uint64_t word = 0;  // the value, and the length (up to 15) in the top four bits; 0: empty
    };
    static std::uint64_t lengthTag(std::size_t length) {
        return static_cast<std::uint64_t>(length < 15 ? length : 15) << kValueBits;
    }

    std::vector<Slot> slots_;
    std::size_t mask_ = 0;
    std::vector<std::uint64_t> filter_;
    std::size_t filterMask_ = 0;
    std::size_t size_ = 0, clashes_ = 0;
};

}  // namespace tw::core
