#pragma once
// What wakes a rule: the words (and word pairs) one of which sets must all be in a text before the
// rule is evaluated at all (rules/matcher.cpp keeps them per term and pair, and counts them as a
// text is read).
#include "rules/query.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>

namespace tw::core::triggers {

// What every match of a node needs: alternatives, each a set of keys that must all be in the
// text (nullopt: it can match without any, NOT x). A key is a term, or a pair of terms one right
// after the other (the next word, as a phrase reads on). A rule none of whose alternatives is
// complete in a verbatim is not evaluated at all, and most texts complete none: "late parcel"
// needs those two words in that order, SENT(app NEAR/4 crash*) both app and a crash* word.
using Key = std::int64_t;  // a term id, or pairKey(first, second)
using Conjunction = std::vector<Key>;
using Triggers = std::vector<Conjunction>;

inline Key pairKey(int first, int second) {
    return (static_cast<Key>(first) + 1) << 32 | static_cast<Key>(static_cast<std::uint32_t>(second));
}
inline bool isPair(Key k) { return k >= (Key{1} << 32); }

// The triggers of a node, once its terms are compiled (termId set).
std::optional<Triggers> triggersOf(const QueryNode& n);

// Pairs (pairKey) -> their number: open addressing, one probe or two for each pair of words in
// a text.
class PairIndex {
public:
    static constexpr std::uint32_t kNone = 0xffffffff;
    [[nodiscard]] bool empty() const { return size_ == 0; }
    [[nodiscard]] std::uint32_t find(Key k) const {
        if (keys_.empty()) return kNone;
        for (std::size_t i = slot(k);; i = (i + 1) & (keys_.size() - 1)) {
            if (keys_[i] == k) return values_[i];
            if (keys_[i] == 0) return kNone;
        }
    }
    // The number of `k`, given `next` when it is new.
    std::uint32_t insert(Key k, std::uint32_t next) {
        if (const std::uint32_t v = find(k); v != kNone) return v;
        if ((size_ + 1) * 2 > keys_.size()) grow();
        std::size_t i = slot(k);
        while (keys_[i] != 0) i = (i + 1) & (keys_.size() - 1);
        keys_[i] = k;
        values_[i] = next;
        ++size_;
        return next;
    }

private:
    [[nodiscard]] std::size_t slot(Key k) const {
        return static_cast<std::size_t>((static_cast<std::uint64_t>(k) * 0x9E3779B97F4A7C15ULL) >> (64 - bits_));
    }
    void grow() {
        std::vector<Key> keys = std::move(keys_);
        std::vector<std::uint32_t> values = std::move(values_);
        bits_ = std::max(4, bits_ + 1);
        keys_.assign(std::size_t{1} << bits_, 0);
        values_.assign(keys_.size(), kNone);
        size_ = 0;
        for (std::size_t i = 0; i < keys.size(); ++i) {
            if (keys[i] != 0) insert(keys[i], values[i]);
        }
    }
    std::vector<Key> keys_;  // 0: empty (no pair key is 0)
    std::vector<std::uint32_t> values_;
    std::size_t size_ = 0;
    int bits_ = 3;
};
}  // namespace tw::core::triggers
