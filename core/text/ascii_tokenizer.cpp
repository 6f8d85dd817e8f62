// The tokenizer for ASCII texts (most customer feedback in English): the word rules of the direct
// UAX #29 segmentation (alphabetic_segmentation.cpp) specialised to ASCII, where nothing extends
// or joins a character and every character is one byte and one code point, worked out on bit
// masks of the text's bytes (ascii_masks.h) instead of byte by byte: a word is a run of joined
// bytes, found with a count of trailing zeros, and whether it needs a normal form of its own
// (capitals, a letter drawn out) is a test of its bits.
#include "text/ascii_masks.h"
#include "text/ascii_proxy.h"
#include "text/segmentation.h"
#include "text/token_parts.h"
#include "text/tokenizer.h"
#include "text/utf8.h"
#include "util/term_hash.h"

#include <unicode/uchar.h>

#include <bit>
#include <cstdint>

namespace tw::core {

namespace {

enum class Status { None, Word, Number };

// The rule status of the joined run [from, to) that holds an underscore, following the last
// transition as in ICU: a letter makes a word, a digit a number, an underscore after an
// underscore a word, otherwise the status stays ("2_" is a number, "_" alone nothing). A byte
// joined between two letters or digits ("don't", "3.5") leaves it as it is.
Status runStatus(std::string_view s, std::size_t from, std::size_t to) {
    Status status = Status::None;
    std::uint8_t before = U_WB_OTHER;
    const AsciiClasses& cls = asciiClasses();
    for (std::size_t i = from; i < to; ++i) {
        const std::uint8_t w = cls.wb[static_cast<unsigned char>(s[i])];
        if (w == U_WB_ALETTER)
            status = Status::Word;
        else if (w == U_WB_NUMERIC)
            status = Status::Number;
        else if (w == U_WB_EXTENDNUMLET && before == U_WB_EXTENDNUMLET)
            status = Status::Word;
        else if (w != U_WB_EXTENDNUMLET)
            continue;  // a joined mid character
        before = w;
    }
    return status;
}

}  // namespace

bool tokenizeAscii(std::string_view text, TokenizedText& result) {
    if (text.size() >= UINT32_MAX || !asciiMasksApply()) return false;
    // A text with typographic quotes, dashes, signs, emoji or letters that are not ASCII is read
    // through its ASCII stand-in, whose offsets are the text's code points (ascii_proxy.h); the
    // tokens take the text's own bytes.
    thread_local AsciiProxy proxy;
    const bool proxied = !isAscii(text);
    if (proxied && !proxy.build(text)) return false;
    const std::string_view s = proxied ? proxy.text() : text;
    // The normal forms: the text (or its stand-in) in lower case, padded for the masks, of which
    // most are views; then those made apart (drawn-out words, words holding a stand-in: about
    // the text's size as a rule, more kept aside when folding grows them).
    const std::size_t paddedBytes = AsciiMasks::paddedBytes(s.size());
    result.norms.reset(paddedBytes + text.size());
    char* const padded = result.norms.claim(paddedBytes);
    result.norms.commit(padded, paddedBytes);
    thread_local AsciiMasks m;
    m.build(s, padded);  // an ASCII text
    thread_local std::vector<std::pair<std::size_t, std::size_t>> sentences;
    asciiSentences(s, sentences);

    // Tokens are assigned in place, room for the most there can be made first.
    std::vector<Token>& tokens = result.tokens;
    if (const std::size_t most = m.eventCount(); tokens.size() < most) tokens.resize(most);
    // Plain pointers and copies, which the loop keeps in registers: what it reads does not change
    // while it writes tokens.
    Token* const out = tokens.data();
    const AsciiMasks::Reader r = m.reader();
    const char* const bytesOf = s.data();
    std::size_t used = 0;
    auto next = [out, r, bytesOf, &used](Token::Kind kind, std::size_t from, std::size_t to) -> Token& {
        Token& t = out[used++];
        t.kind = kind;
        const std::string_view bytes(bytesOf + from, to - from);
        t.text = bytes;  // and as its normal form until told otherwise: no read back of what was just written
        t.norm = bytes;
        // The hash of the text in lower case: its normal form's (except a special token's or a
        // drawn-out word's, which are hashed again).
        t.hash = bytes.size() <= 16 ? termHashPadded(r.lowered(from), bytes.size())
                                    : termHash(std::string_view(r.lowered(from), bytes.size()));
        t.startCp = from;
        t.endCp = to;
        t.allCaps = t.elongated = false;
        t.sentence = 0;
        return t;
    };
    // A special token starts where a segment starts after a space, '(' or '"' (a candidate),
    // never inside one; segments it covers give no tokens.
    std::size_t specialEnd = 0;
    const std::size_t words = m.words();
    for (std::size_t w = 0; w < words; ++w) {
        for (std::uint64_t events = r.events(w); events != 0; events &= events - 1) {
            const std::size_t i = w * 64 + static_cast<std::size_t>(std::countr_zero(events));
            if (i < specialEnd) continue;
            if (r.candidate(i)) {
                Token::Kind kind{};
                // Specials are read on the text itself: a handle runs on through letters that are not
                // ASCII, and a stand-in is no part of an emoticon.
                const std::size_t e = !proxied ? detail::specialAt(s, i, kind)
                                               : proxy.offsetOf(detail::specialAt(text, proxy.byteOf(i), kind));
                if (e != 0) {
                    Token& t = next(kind, i, e);
                    // A URL as written; the others in lower case, as hashed (normaliseSpecial).
                    if (kind == Token::Kind::Url)
                        t.hash = termHash(t.text);
                    else
                        t.norm = std::string_view(r.lowered(i), e - i);
                    specialEnd = e;
                    continue;
                }
            }
            if (!r.joined(i)) {  // punctuation: one byte
                next(Token::Kind::Punct, i, i + 1);
                continue;
            }
            const std::size_t end = r.runEnd(i);
            const AsciiMasks::Reader::Facts facts = r.facts(i, end);
            Status status = Status::Word;
            if (facts.underscore)
                status = runStatus(s, i, end);
            else if (s[end - 1] >= '0' && s[end - 1] <= '9')
                status = Status::Number;
            if (status == Status::None) {  // "_" alone
                next(Token::Kind::Punct, i, end);
                continue;
            }
            Token& t = next(status == Status::Number ? Token::Kind::Number : Token::Kind::Word, i, end);
            t.elongated = facts.drawnOut;
            t.allCaps = facts.twoLetters && facts.allCaps;
            if (facts.drawnOut) {
                const std::string_view norm = detail::foldAsciiWord(s.substr(i, end - i), result.norms);
                t.norm = norm;
                t.hash = termHash(norm);
            } else if (facts.upper) {
                t.norm = std::string_view(r.lowered(i), end - i);  // hashed as it is
            }
        }
    }
    tokens.resize(used);
    if (proxied) {
        // The tokens take the text's bytes; those holding a stand-in take the normal forms the
        // general tokenizer gives them (an apostrophe in a word as ASCII, punctuation as written).
        AsciiProxy::Walker walk(proxy);
        for (std::size_t k = 0; k < used; ++k) {
            Token& t = out[k];
            const bool normIsText = t.norm.data() == t.text.data();
            bool standsIn = false;
            const auto [from, to] = walk.bytes(t.startCp, t.endCp, standsIn);
            t.text = text.substr(from, to - from);
            if (!standsIn) {
                if (normIsText) t.norm = t.text;
                continue;
            }
            switch (t.kind) {
                case Token::Kind::Word:
                case Token::Kind::Number:
                    // Made from the word itself, as the general tokenizer makes it (the stand-in's
                    // letters say nothing of capitals or letters drawn out: "aço" reads "aaa").
                    t.elongated = t.allCaps = false;
                    detail::normaliseWord(t.text, t, result.norms);
                    t.hash = termHash(t.norm);
                    break;
                case Token::Kind::Handle:
                case Token::Kind::Hashtag:
                case Token::Kind::Emoticon:
                    detail::normaliseSpecial(t, result.norms);
                    t.hash = termHash(t.norm);
                    break;
                default:  // punctuation, emoji, URLs: as written
                    if (t.kind == Token::Kind::Punct && proxy.isEmojiAt(t.startCp)) t.kind = Token::Kind::Emoji;
                    t.norm = t.text;
                    t.hash = termHash(t.norm);
                    break;
            }
        }
    }
    detail::assignSentences(sentences, s.size(), result);
    // The masks are about three times the text: a very long text's are not kept for the next.
    if (s.size() > AsciiMasks::kKeptBytes) m = AsciiMasks();
    return true;
}

}  // namespace tw::core
