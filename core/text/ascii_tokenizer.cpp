// The tokenizer for ASCII texts (most customer feedback in English): words, numbers, punctuation
// and special tokens in one pass over the bytes, with the word rules of the direct UAX #29
// segmentation (alphabetic_segmentation.cpp) specialised to ASCII, where nothing extends or
// joins a character and every character is one byte and one code point.
#include "text/segmentation.h"
#include "text/token_parts.h"
#include "text/tokenizer.h"
#include "text/utf8.h"
#include "util/term_hash.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <cstdint>

namespace tw::core {

namespace {

bool joiner(std::uint8_t wb) { return wb == U_WB_ALETTER || wb == U_WB_NUMERIC || wb == U_WB_EXTENDNUMLET; }
bool midLetter(std::uint8_t wb) { return wb == U_WB_MIDLETTER || wb == U_WB_MIDNUMLET || wb == U_WB_SINGLE_QUOTE; }
bool midNumber(std::uint8_t wb) { return wb == U_WB_MIDNUM || wb == U_WB_MIDNUMLET || wb == U_WB_SINGLE_QUOTE; }

enum class Status { None, Word, Number };

// The end of the word starting at `i` (whose class is a joiner) and its rule status, which
// follows the last transition as in ICU: a letter makes a word, a digit a number, an underscore
// after an underscore a word, otherwise the status stays ("2_" is a number, "_" alone nothing).
std::size_t wordEnd(std::string_view s, std::size_t i, const AsciiClasses& cls, Status& status) {
    const std::size_t n = s.size();
    auto after = [](Status st, std::uint8_t before, std::uint8_t w) {
        if (w == U_WB_ALETTER) return Status::Word;
        if (w == U_WB_NUMERIC) return Status::Number;
        return before == U_WB_EXTENDNUMLET ? Status::Word : st;
    };
    std::uint8_t previous = cls.wb[static_cast<unsigned char>(s[i])];
    status = after(Status::None, U_WB_OTHER, previous);
    for (++i; i < n;) {
        const std::uint8_t w = cls.wb[static_cast<unsigned char>(s[i])];
        if (joiner(w)) {  // WB5, WB8-10, WB13a/b
            status = after(status, previous, w);
            previous = w;
            ++i;
            continue;
        }
        if (i + 1 < n) {
            const std::uint8_t next = cls.wb[static_cast<unsigned char>(s[i + 1])];
            if ((previous == U_WB_ALETTER && midLetter(w) && next == U_WB_ALETTER) ||  // WB6/7
                (previous == U_WB_NUMERIC && midNumber(w) && next == U_WB_NUMERIC)) {  // WB11/12
                i += 2;
                continue;
            }
        }
        break;
    }
    return i;
}

}  // namespace

bool tokenizeAscii(std::string_view s, TokenizedText& result) {
    if (s.size() >= UINT32_MAX || !isAscii(s)) return false;
    const AsciiClasses& cls = asciiClasses();
    thread_local std::vector<std::pair<std::size_t, std::size_t>> sentences;
    asciiSentences(s, sentences);
    result.norms.reset(s.size());  // a normal form of an ASCII text is never longer than its text

    // Tokens are assigned in place so that their strings keep their capacity between texts.
    std::vector<Token>& tokens = result.tokens;
    std::size_t used = 0;
    auto next = [&](Token::Kind kind, std::size_t from, std::size_t to) -> Token& {
        if (used == tokens.size()) tokens.emplace_back();
        Token& t = tokens[used++];
        t.kind = kind;
        t.text = s.substr(from, to - from);
        t.startCp = from;
        t.endCp = to;
        t.allCaps = t.elongated = false;
        t.sentence = 0;
        return t;
    };
    // A special token starts where a segment starts (after a space, '(' or '"', or at a
    // punctuation mark after an emoticon), never inside one; segments it covers give no tokens.
    std::size_t specialEnd = 0;
    const std::size_t n = s.size();
    for (std::size_t i = 0; i < n;) {
        if (i >= specialEnd) {
            Token::Kind kind{};
            if (const std::size_t e = detail::specialAt(s, i, kind); e != 0) {
                Token& t = next(kind, i, e);
                detail::normaliseSpecial(t, result.norms);
                t.hash = termHash(t.norm);
                specialEnd = e;
            }
        }
        const char c = s[i];
        std::size_t end = i + 1;
        Status status = Status::None;  // stays None for a lone "_", a punctuation token
        if (joiner(cls.wb[static_cast<unsigned char>(c)])) end = wordEnd(s, i, cls, status);
        if (status != Status::None) {
            if (i >= specialEnd) {
                Token& t = next(status == Status::Number ? Token::Kind::Number : Token::Kind::Word, i, end);
                detail::normaliseAsciiWord(t.text, t, result.norms);
                t.hash = termHash(t.norm);
            }
        } else if (c == '\r' && i + 1 < n && s[i + 1] == '\n') {
            end = i + 2;  // WB3: one segment, and only spaces
        } else if (i >= specialEnd && !detail::isSpaceByte(c)) {
            Token& t = next(Token::Kind::Punct, i, end);
            t.norm = t.text;
            t.hash = termHash(t.norm);
        }
        i = end;
    }
    tokens.resize(used);
    detail::assignSentences(sentences, n, result);
    return true;
}

}  // namespace tw::core
