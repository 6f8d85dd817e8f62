#pragma once
// Splits text into sentences and tokens (UAX #29 boundaries, any script; see segmentation.h),
// keeping code-point offsets for explanations. URLs, @handles, #hashtags, emoticons and emoji are
// tokens of their own; words carry a case-folded form with elongations ("sooooo") reduced.

#include <cstddef>
#include <cstdint>
#include <deque>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace tw::core {

// 64 bytes: a text's tokens are written by the tokenizer and read by every detector.
struct Token {
    enum class Kind : std::uint8_t { Word, Number, Emoji, Emoticon, Url, Handle, Hashtag, Punct };
    std::string_view text;   // as written: a view into the tokenized text, which must outlive it
    std::string_view norm;   // case-folded (words), elongation reduced: `text` itself when that is
                             // already so (most words), else kept by the TokenizedText, which must
                             // outlive it too (copy the TokenizedText, not its tokens alone)
    std::uint64_t hash = 0;  // hash64(norm), for table lookups
    std::size_t startCp = 0, endCp = 0;
    std::uint32_t sentence = 0;  // texts are tokenized up to 4 GB (a sentence per byte at most)
    Kind kind = Kind::Word;
    bool allCaps = false;    // a word of two or more letters written in capitals
    bool elongated = false;  // a letter repeated three or more times
};
static_assert(sizeof(Token) == 64);

struct Sentence {
    std::size_t startCp = 0, endCp = 0;
    std::size_t firstToken = 0, endToken = 0;  // tokens [first, end)
};

// Bytes of the normal forms that differ from their text, kept for as long as the tokens that
// point at them: what it hands out never moves while it lives (a move keeps them in place too).
class NormStore {
public:
    // Forgets what it kept (the tokens of the previous text); `expectedBytes` is room enough for
    // the next text's normal forms as a rule, not a limit.
    void reset(std::size_t expectedBytes);
    std::string_view keep(std::string_view bytes);
    // Room for up to `maxBytes` written in place, then `commit` of what was used.
    char* claim(std::size_t maxBytes);
    std::string_view commit(const char* claimed, std::size_t used);

private:
    std::unique_ptr<char[]> block_;
    std::size_t capacity_ = 0, used_ = 0;
    std::deque<std::string> overflow_;  // beyond the block (rare): a deque keeps its strings in place
};

struct TokenizedText {
    std::vector<Token> tokens;
    std::vector<Sentence> sentences;
    NormStore norms;  // the normal forms that are not views of the text

    TokenizedText() = default;
    TokenizedText(TokenizedText&&) noexcept = default;
    TokenizedText& operator=(TokenizedText&&) noexcept = default;
    // A copy keeps its own normal forms (its tokens point at them, not at the original's).
    TokenizedText(const TokenizedText& other);
    TokenizedText& operator=(const TokenizedText& other);
    ~TokenizedText() = default;
};

TokenizedText tokenize(std::string_view utf8);
// The same into `out`, reusing its storage (for loops over many texts).
void tokenize(std::string_view utf8, TokenizedText& out);

// The two ways `tokenize` works, which agree (tests check it on real corpora and random text):
// tokens from UAX #29 segments (any text), and one fused pass over the bytes of an ASCII text —
// or of one whose only other characters are typographic quotes, dashes and ellipses, read through
// an ASCII stand-in (ascii_proxy.h) — several times faster. `tokenizeAscii` returns false,
// leaving `out` as it was, for other texts.
void tokenizeSegmented(std::string_view utf8, TokenizedText& out);
bool tokenizeAscii(std::string_view utf8, TokenizedText& out);

}  // namespace tw::core
