#pragma once
// The rule terms that match a word by a fixed beginning (refund*) or ending (*mycin), found with
// one lookup of the word's first (or last) three bytes for most words: each such anchor knows
// the lengths of the affixes that start (end) with it, and only those are looked up in full.
// A prefix may be the whole word ("refund" is refund*); a suffix may not ("mycin" is not *mycin).

#include "util/flat_string_map.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace tw::core {

class AffixIndex final {
public:
    enum class End { Prefix, Suffix };
    explicit AffixIndex(End end) : end_(end) {}

    void add(const std::string& affix, int term);
    [[nodiscard]] bool empty() const { return affixes_.size() == 0; }

    // Calls f(terms) for each affix `word` carries.
    template <typename F>
    void forEachMatch(std::string_view word, F&& f) const {
        if (affixes_.size() == 0) return;
        // Most words end (or start) with two bytes that no affix of two or more bytes has.
        const bool pairKnown = word.size() >= 2 && pairs_[pairAt(word)];
        for (std::size_t a = 1; a <= kAnchor; ++a) {
            if (!(anchorLengths_ & (1u << a)) || !fits(a, word.size()) || (a >= 2 && !pairKnown)) continue;
            const auto* lengths = lengthsByAnchor_.find(piece(word, a));
            if (!lengths) continue;
            for (std::uint64_t mask = lengths->value; mask != 0; mask &= mask - 1) {
                const auto length = static_cast<std::size_t>(__builtin_ctzll(mask));
                lookUp(word, length, f);
            }
        }
        for (std::size_t length : longLengths_) lookUp(word, length, f);
    }

private:
    static constexpr std::size_t kAnchor = 3;
    [[nodiscard]] bool fits(std::size_t length, std::size_t wordLength) const {
        return end_ == End::Prefix ? length <= wordLength : length < wordLength;
    }
    // The first two bytes of a prefix's word, the last two of a suffix's.
    [[nodiscard]] std::size_t pairAt(std::string_view s) const {
        const std::size_t at = end_ == End::Prefix ? 0 : s.size() - 2;
        return static_cast<std::size_t>(static_cast<unsigned char>(s[at])) << 8 | static_cast<unsigned char>(s[at + 1]);
    }
    [[nodiscard]] std::string_view piece(std::string_view word, std::size_t length) const {
        return end_ == End::Prefix ? word.substr(0, length) : word.substr(word.size() - length);
    }
    template <typename F>
    void lookUp(std::string_view word, std::size_t length, F& f) const {
        if (!fits(length, word.size())) return;
        if (const auto* e = affixes_.find(piece(word, length))) f(e->value);
    }

    End end_;
    FlatStringMap<std::vector<int>> affixes_;             // affix -> terms
    FlatStringMap<std::uint64_t> lengthsByAnchor_;        // anchor -> a bit per length (< 64) of its affixes
    unsigned anchorLengths_ = 0;                          // a bit per anchor length in use (1..kAnchor)
    std::vector<bool> pairs_ = std::vector<bool>(65536);  // pairAt of the affixes of two bytes or more
    std::vector<std::size_t> longLengths_;                // lengths of 64 bytes or more, distinct
};

}  // namespace tw::core
