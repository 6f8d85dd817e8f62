#pragma once
// A sentiment lexicon: terms (words, multi-word expressions, emoji) with a valence on VADER's
// -4..+4 scale and emotion/CX tags, plus the modifiers (negators, boosters, diminishers,
// contrast and hypothetical markers) that change them. Format: resources/lexicons/README.md.
// Immutable once built; safe to share between threads.

#include "util/result.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>

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

struct LexiconEntry {
    TermKind kind = TermKind::Sentiment;
    double valence = 0.0;
    std::uint8_t tags = 0;
};

class Lexicon final {
public:
    // Adds the entries of a file's content; the format (Tidewatch, VADER or AFINN) is recognised
    // from the lines. Errors name the source and line.
    Status load(std::string_view content, const std::string& sourceName);
    Status loadFile(const std::string& path);
    void set(const std::string& term, const LexiconEntry& entry);

    [[nodiscard]] const LexiconEntry* find(std::string_view term) const;
    [[nodiscard]] std::size_t maxPhraseWords() const { return maxWords_; }
    // The most words of any entry that starts with `firstWord` (1 when none has more).
    [[nodiscard]] std::size_t maxWordsFrom(std::string_view firstWord) const {
        auto it = phraseStarts_.find(firstWord);
        return it == phraseStarts_.end() ? 1 : it->second;
    }
    [[nodiscard]] std::size_t size() const { return entries_.size(); }

private:
    struct Hash {
        using is_transparent = void;
        std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
    };
    std::unordered_map<std::string, LexiconEntry, Hash, std::equal_to<>> entries_;
    std::unordered_map<std::string, std::size_t, Hash, std::equal_to<>> phraseStarts_;  // first word -> most words
    std::size_t maxWords_ = 1;
};

// The lexicon compiled into Tidewatch for a language ("en", "de", "fr", "es"): the shared emoji
// and emoticons plus the language's file. Unknown languages get the shared part only.
const Lexicon& builtinLexicon(const std::string& language);
bool hasBuiltinLexicon(const std::string& language);

}  // namespace tw::core
