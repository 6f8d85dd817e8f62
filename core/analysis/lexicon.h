#pragma once
// A sentiment lexicon: terms (words, multi-word expressions, emoji) with a valence on VADER's
// -4..+4 scale and emotion/CX tags, plus the modifiers (negators, boosters, diminishers,
// contrast and hypothetical markers) that change them. Format: resources/lexicons/README.md.
// Immutable once built; safe to share between threads.

#include "util/flat_string_map.h"
#include "util/result.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace tw::core {

enum class TermKind : std::uint8_t { Sentiment, Negator, Booster, Diminisher, Contrast, Hypothetical };

enum TermTag : std::uint8_t {
    kTagAnger = 1,
    kTagFear = 2,
    kTagSadness = 4,
    kTagJoy = 8,
    kTagEffort = 16,
    kTagUrgency = 32,
};

// How far a modifier reaches: a negator, booster or diminisher changes a term with at most this
// many words between them, within one clause (the sentiment analysis and the rule language's
// AFFIRMED(...) read negation alike).
inline constexpr int kModifierReachWords = 3;

struct LexiconEntry {
    double valence = 0.0;
    TermKind kind = TermKind::Sentiment;
    std::uint8_t tags = 0;
};

class Lexicon final {
public:
    // What one lookup of a word or phrase answers: the entry (null when the text is only the
    // first word of longer entries) and the most words of any entry starting with it.
    struct Slot {
        LexiconEntry entry;
        bool isEntry = false;
        bool generated = false;         // a regular form (addRegularForms), not written in a file
        std::uint32_t longestFrom = 1;  // small: a lexicon's table is read for every token
    };
    using Found = FlatStringMap<Slot>::Entry;  // the stored (folded) term as `key`, its slot as `value`

    // Adds the entries of a file's content; the format (Tidewatch, VADER or AFINN) is recognised
    // from the lines. Errors name the source and line.
    Status load(std::string_view content, const std::string& sourceName);
    Status loadFile(const std::string& path);
    void set(const std::string& term, const LexiconEntry& entry);
    // Adds the regular forms of each one-word sentiment entry in `language` — English
    // inflections (english_forms.h), German, French and Spanish agreement (agreement_forms.h) —
    // that are not written entries (a form made earlier gives way to the form of a word loaded
    // since), with the word's valence and tags. `listed` has one word per line and the forms it
    // takes: for English its classes ("adj", "verb", "noun"), for the others "forms", or "none"
    // for no forms; unlisted words take them all (resources/lexicons/<language>_forms.tsv).
    void addRegularForms(std::string_view language, std::string_view listed);

    [[nodiscard]] const LexiconEntry* find(std::string_view term) const {
        const Found* f = slots_.find(term);
        return f && f->value.isEntry ? &f->value.entry : nullptr;
    }
    // An entry written in a file or set, not a form made by addRegularForms.
    [[nodiscard]] bool isWritten(std::string_view term) const {
        const Found* f = slots_.find(term);
        return f && f->value.isEntry && !f->value.generated;
    }
    // One lookup for the analyzer's inner loop, with the hash the tokenizer computed (termHash of
    // the term); null when nothing starts with `term`.
    [[nodiscard]] const Found* lookup(std::string_view term, std::uint64_t hash) const {
        return slots_.find(term, hash);
    }
    [[nodiscard]] const Found* lookup(std::string_view term) const { return slots_.find(term); }
    // False when nothing starts with the term of this hash (see FlatStringMap::mayHold).
    [[nodiscard]] bool mayHold(std::uint64_t hash) const { return slots_.mayHold(hash); }
    [[nodiscard]] FlatStringMap<Slot>::Filter filter() const { return slots_.filter(); }
    // See FlatStringMap::widenFilter.
    void widenFilter(std::size_t bitsPerKey) { slots_.widenFilter(bitsPerKey); }
    // False when no entry's first two words are these (their termHash): most words that start
    // an entry ("on", "not") are followed by one that continues none, and then no phrase needs
    // to be put together and looked up. A bit array, as mayHold.
    [[nodiscard]] bool mayContinue(std::uint64_t first, std::uint64_t second) const {
        const std::size_t bit = pairBit(first, second);
        return (pairs_[bit >> 6] >> (bit & 63)) & 1u;
    }
    [[nodiscard]] std::size_t maxPhraseWords() const { return maxWords_; }
    // Every key: each entry, and each first word of longer entries.
    template <typename F>
    void forEachKey(F&& f) const {
        slots_.forEach([&](const std::string& key, const Slot&) { f(key); });
    }
    [[nodiscard]] std::size_t size() const { return entries_; }

private:
    static constexpr unsigned kPairBits = 15;  // 4 KB: a few thousand phrases, few false passes
    static std::size_t pairBit(std::uint64_t first, std::uint64_t second) {
        return static_cast<std::size_t>(detail::termMix(first ^ (second * detail::kTermMul)) >> (64 - kPairBits));
    }
    FlatStringMap<Slot> slots_;
    std::vector<std::uint64_t> pairs_ = std::vector<std::uint64_t>((std::size_t{1} << kPairBits) / 64, 0);
    std::size_t maxWords_ = 1, entries_ = 0;
};

// The lexicon compiled into Tidewatch for a language ("en", "de", "fr", "es"): the shared emoji
// and emoticons plus the language's file. Unknown languages get the shared part only.
const Lexicon& builtinLexicon(const std::string& language);
bool hasBuiltinLexicon(const std::string& language);
// Whether addRegularForms knows the language's forms (en, de, fr, es).
bool hasRegularForms(std::string_view language);

}  // namespace tw::core
