#pragma once
// Word and sentence segmentation (Unicode UAX #29) of one UTF-8 text, with byte and code-point
// offsets. Two implementations that agree: ICU's break iterators for any script, and a direct
// UTF-8 implementation of the same rules for texts in alphabetic scripts without dictionary-based
// segmentation (Latin, Greek, Cyrillic, Armenian) plus symbols and emoji, which is several times
// faster. `segment` picks the direct one when it applies.

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <utility>
#include <vector>

namespace tw::core {

struct WordSegment {
    enum class Kind { None, Word, Number };  // None: spaces, punctuation, symbols, emoji
    std::size_t startByte = 0, endByte = 0;
    std::size_t startCp = 0, endCp = 0;
    Kind kind = Kind::None;
};

struct Segmentation {
    std::vector<WordSegment> words;                              // covers the text, in order
    std::vector<std::pair<std::size_t, std::size_t>> sentences;  // code-point spans, in order
    std::size_t codePoints = 0;
};

// Fills `out` (cleared first) using whichever implementation applies.
void segment(std::string_view utf8, Segmentation& out);
// ICU's break iterators (root locale). Any text.
void segmentWithIcu(std::string_view utf8, Segmentation& out);
// Sentence spans of an ASCII text by the rules of the direct implementation, given a bit per
// byte (64 to a word, zeros after the text) set on each '.', '!', '?', LF and CR and on no other.
void asciiSentences(std::string_view ascii, const std::uint64_t* stops,
                    std::vector<std::pair<std::size_t, std::size_t>>& out);

// Word_Break and Sentence_Break classes of the ASCII characters as ICU's root break iterators
// read them ('@' joins words, ':' does not).
struct AsciiClasses {
    std::array<std::uint8_t, 128> wb{}, sb{};
    std::array<bool, 128> plainSb{};  // neither a sentence terminator nor a paragraph separator
};
const AsciiClasses& asciiClasses();

// The direct implementation; false (and `out` unspecified) when the text holds invalid UTF-8 or
// characters it does not handle (scripts segmented by dictionary, Hebrew, Katakana...).
bool segmentAlphabetic(std::string_view utf8, Segmentation& out);

}  // namespace tw::core
