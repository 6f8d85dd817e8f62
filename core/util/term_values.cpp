#include "util/term_values.h"

#include <algorithm>

namespace tw::core {

TermValues::TermValues(const std::vector<std::pair<std::string_view, std::uint64_t>>& terms,
                       std::size_t filterBitsPerKey) {
    // At most half the slots used: a term is found at its first slot as a rule.
    std::size_t capacity = 16;
    while (capacity < 2 * terms.size()) capacity *= 2;
    slots_.assign(capacity, Slot{});
    mask_ = capacity - 1;
    std::size_t filterWords = 1;
    while (filterWords * 64 < std::max<std::size_t>(1, terms.size()) * filterBitsPerKey) filterWords *= 2;
    filter_.assign(filterWords, 0);
    filterMask_ = filterWords * 64 - 1;
    for (const auto& [term, value] : terms) {
        if (value == 0 || (value & ~kValueMask) != 0) continue;  // nothing to add, or no room for it
        const std::uint64_t hash = termHash(term), tag = lengthTag(term.size());
        std::size_t i = hash & mask_;
        for (; slots_[i].word != 0; i = (i + 1) & mask_) {
            if (slots_[i].hash == hash && (slots_[i].word & ~kValueMask) == tag) break;
        }
        if (slots_[i].word != 0) {  // the same hash and length: told apart by neither
            ++clashes_;
            continue;
        }
        slots_[i] = {hash, tag | value};
        ++size_;
        const std::size_t bit = HashFilter::bitOf(hash, filterMask_);
        filter_[bit >> 6] |= std::uint64_t{1} << (bit & 63);
    }
}

}  // namespace tw::core
