#pragma once
// What a word is to one rule set's term table — the terms its key carries: exact, by prefix or
// suffix, by glob, by stem — remembered per thread for the words met lately. Most words of a text
// were met in the texts before it, and one probe here replaces an exact lookup, two affix scans,
// the globs and a stem. Direct-mapped: a slot holds the last word (and stemming language) that
// hashed to it, in 16 bytes (the terms in a shared pool): 65,536 words in a megabyte, twice as many
// as when a slot held the word's bytes, for a text's record probes two such memos (categories,
// flags) beside the lexicons and the personal-data tables; a warm memo allocates nothing.
// A slot knows its word by the word's termHash, length and language, not by its bytes: termHash
// is a bijection of a word of up to eight bytes (two such words never share one), and two longer
// words of the same length share one with a chance of 2^-64.

#include <algorithm>
#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

namespace tw::core {

class TermMemo final {
public:
    TermMemo(std::uint64_t table, std::uint64_t terms) : table_(table), terms_(terms) {}
    [[nodiscard]] bool isFor(std::uint64_t table, std::uint64_t terms) const {
        return table_ == table && terms_ == terms;
    }

    // The terms of `word` (its normalised form; `hash` its termHash) for `language`, filled by
    // compute(std::vector<int>&) the first time. Valid until the next call.
    template <typename Compute>
    std::span<const int> termsOf(std::string_view word, std::uint64_t hash, int language, Compute&& compute) {
        if (word.size() > kLongest || language < -1 || language > 126) {  // not kept: computed each time
            scratch_.clear();
            compute(scratch_);
            return scratch_;
        }
        Slot& s = slots_[(hash ^ static_cast<std::uint64_t>(language + 2) * 0x9E3779B97F4A7C15ull) % kSlots];
        if (s.tag == hash && s.language == language && s.length == word.size())
            return {pool_.data() + s.first, s.count};
        scratch_.clear();
        compute(scratch_);
        if (pool_.size() + scratch_.size() > kPoolLimit) forgetAll();
        s.tag = hash;
        s.length = static_cast<std::uint8_t>(word.size());
        s.language = static_cast<std::int8_t>(language);
        s.first = static_cast<std::uint32_t>(pool_.size());
        s.count = static_cast<std::uint16_t>(std::min<std::size_t>(scratch_.size(), UINT16_MAX));
        if (s.count < scratch_.size()) s.language = kEmpty;  // too many to keep (never seen): not kept
        pool_.insert(pool_.end(), scratch_.begin(), scratch_.begin() + s.count);
        return scratch_;
    }

private:
    static constexpr std::size_t kSlots = 65536;         // 1 MB: a memo of 32,768 (or 16,384) slots was slower
    static constexpr std::size_t kLongest = 64;          // longer words are rare: not kept
    static constexpr std::size_t kPoolLimit = 1u << 20;  // terms kept before starting afresh
    static constexpr std::int8_t kEmpty = -100;
    struct Slot {
        std::uint64_t tag = 0;
        std::uint32_t first = 0;  // the terms: pool_[first, first + count)
        std::uint16_t count = 0;
        std::uint8_t length = 0;
        std::int8_t language = kEmpty;
    };
    static_assert(sizeof(Slot) <= 16);
    void forgetAll() {
        for (Slot& s : slots_) s.language = kEmpty;
        pool_.clear();
    }
    std::uint64_t table_, terms_;
    std::vector<Slot> slots_ = std::vector<Slot>(kSlots);
    std::vector<int> pool_, scratch_;
};

}  // namespace tw::core
