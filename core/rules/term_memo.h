#pragma once
// What a word is to one rule set's term table — the terms its key carries: exact, by prefix or
// suffix, by glob, by stem — remembered per thread for the words met lately. Most words of a text
// were met in the texts before it, and one probe here replaces an exact lookup, two affix scans,
// the globs and a stem. Direct-mapped: a slot holds the last word (and stemming language) that
// hashed to it; its storage is reused, so a warm memo allocates nothing.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace tw::core {

class TermMemo final {
public:
    TermMemo(std::uint64_t table, std::uint64_t terms) : table_(table), terms_(terms) {}
    [[nodiscard]] bool isFor(std::uint64_t table, std::uint64_t terms) const {
        return table_ == table && terms_ == terms;
    }

    // The terms of `word` (its normalised form; `hash` any hash of it) for `language`, filled by
    // compute(std::vector<int>&) the first time.
    template <typename Compute>
    const std::vector<int>& termsOf(std::string_view word, std::uint64_t hash, int language, Compute&& compute) {
        Slot& s = slots_[(hash ^ static_cast<std::uint64_t>(language + 2) * 0x9E3779B97F4A7C15ull) % kSlots];
        if (s.language == language && s.word == word) return s.terms;
        s.word.assign(word);
        s.language = language;
        s.terms.clear();
        compute(s.terms);
        return s.terms;
    }

private:
    static constexpr std::size_t kSlots = 8192;
    struct Slot {
        std::string word;
        std::vector<int> terms;
        int language = -100;  // no language: an empty slot
    };
    std::uint64_t table_, terms_;
    std::vector<Slot> slots_ = std::vector<Slot>(kSlots);
};

}  // namespace tw::core
