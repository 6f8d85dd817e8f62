#pragma once
// Splits text into sentences and tokens (UAX #29 boundaries, any script; see segmentation.h),
// keeping code-point offsets for explanations. URLs, @handles, #hashtags, emoticons and emoji are
// tokens of their own; words carry a case-folded form with elongations ("sooooo") reduced.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace tw::core {

struct Token {
    enum class Kind { Word, Number, Emoji, Emoticon, Url, Handle, Hashtag, Punct };
    Kind kind = Kind::Word;
    std::string_view text;   // as written: a view into the tokenized text, which must outlive it
    std::string norm;        // case-folded (words), elongation reduced
    std::uint64_t hash = 0;  // hash64(norm), for table lookups
    std::size_t startCp = 0, endCp = 0;
    std::size_t sentence = 0;
    bool allCaps = false;    // a word of two or more letters written in capitals
    bool elongated = false;  // a letter repeated three or more times
};

struct Sentence {
    std::size_t startCp = 0, endCp = 0;
    std::size_t firstToken = 0, endToken = 0;  // tokens [first, end)
};

struct TokenizedText {
    std::vector<Token> tokens;
    std::vector<Sentence> sentences;
};

TokenizedText tokenize(std::string_view utf8);
// The same into `out`, reusing its storage (for loops over many texts).
void tokenize(std::string_view utf8, TokenizedText& out);

// The two ways `tokenize` works, which agree (tests check it on real corpora and random text):
// tokens from UAX #29 segments (any text), and one fused pass over the bytes of an ASCII text,
// several times faster. `tokenizeAscii` returns false, leaving `out` as it was, for other texts.
void tokenizeSegmented(std::string_view utf8, TokenizedText& out);
bool tokenizeAscii(std::string_view utf8, TokenizedText& out);

}  // namespace tw::core
