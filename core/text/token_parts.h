#pragma once
// Pieces the two tokenizers share (the general one over UAX #29 segments, and the fused one for
// ASCII texts): special tokens found on the bytes, a word's normal form, and the sentence each
// token belongs to. Internal to core/text.

#include "text/tokenizer.h"

#include <array>
#include <cstddef>
#include <string_view>
#include <utility>
#include <vector>

namespace tw::core::detail {

struct Special {
    std::size_t startByte, endByte;
    Token::Kind kind;
};

inline bool isSpaceByte(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

// URLs, @handles, #hashtags and emoticons, in order; each starts at the text's start or after a
// space, '(' or '"'.
void findSpecials(std::string_view utf8, std::vector<Special>& out);
// Every special token starts with one of these bytes; most words do not.
inline constexpr auto kSpecialStart = [] {
    std::array<bool, 256> starts{};
    for (char c : std::string_view(":;<^-T=>xXD@#hw")) starts[static_cast<unsigned char>(c)] = true;
    return starts;
}();
// The end of the special token starting at byte `i` (and its kind), or 0 when none starts there.
std::size_t specialAtStart(std::string_view utf8, std::size_t i, Token::Kind& kind);
inline std::size_t specialAt(std::string_view utf8, std::size_t i, Token::Kind& kind) {
    const char c = utf8[i];
    if (!kSpecialStart[static_cast<unsigned char>(c)]) return 0;
    // Many words start with 'h' or 'w'; only "http", "www." can make them special.
    const char next = i + 1 < utf8.size() ? utf8[i + 1] : '\0';
    if ((c == 'h' && next != 't') || (c == 'w' && next != 'w')) return 0;
    return specialAtStart(utf8, i, kind);
}

// A special token's normal form: URLs as written, the rest case-folded.
void normaliseSpecial(Token& t, NormStore& norms);

// A word's case-folded form with runs of three or more equal letters cut to two ("soooo" ->
// "soo"; digits are kept: "1000") and typographic apostrophes written as ASCII ones ("don’t" ->
// "don't"), whether it was cut, and whether it is written in capitals (two or more letters, all
// upper case). `normaliseAsciiWord` is the same for a word of ASCII characters: its text itself
// when it is in lower case and not drawn out (most words), without copying.
void normaliseWord(std::string_view text, Token& t, NormStore& norms);

// An ASCII word in lower case with runs of three or more equal letters cut to two, kept in `norms`.
inline std::string_view foldAsciiWord(std::string_view text, NormStore& norms) {
    char* out = norms.claim(text.size());
    std::size_t used = 0;
    int run = 0;
    char prev = 0;
    for (char ch : text) {
        const char lower = ch >= 'A' && ch <= 'Z' ? static_cast<char>(ch + ('a' - 'A')) : ch;
        run = lower == prev ? run + 1 : 1;
        prev = lower;
        out[used] = lower;
        used += run < 3 || lower < 'a' || lower > 'z';
    }
    return norms.commit(out, used);
}

inline void normaliseAsciiWord(std::string_view text, Token& t, NormStore& norms) {
    int letters = 0, upper = 0;
    bool drawnOut = false;
    char before = 0, last = 0;  // the two characters before, lower-cased (no NUL in a word)
    for (char ch : text) {
        const bool isUpper = ch >= 'A' && ch <= 'Z', isLetter = isUpper || (ch >= 'a' && ch <= 'z');
        letters += isLetter;
        upper += isUpper;
        const char lower = isUpper ? static_cast<char>(ch + ('a' - 'A')) : ch;
        drawnOut |= isLetter && lower == last && lower == before;  // letters only: "1000" stays
        before = last;
        last = lower;
    }
    t.elongated = drawnOut;
    t.allCaps = letters >= 2 && upper == letters;
    if (upper == 0 && !drawnOut) {
        t.norm = text;
        return;
    }
    t.norm = foldAsciiWord(text, norms);
}

// Fills `out.sentences` from sentence spans (code points) and sets each token's sentence; a text
// without sentence spans is one sentence of `codePoints`.
void assignSentences(const std::vector<std::pair<std::size_t, std::size_t>>& spans, std::size_t codePoints,
                     TokenizedText& out);

}  // namespace tw::core::detail
