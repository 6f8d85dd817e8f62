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
#include "util/hot_path.h"
#include "util/term_hash.h"

#include <unicode/uchar.h>

#include <algorithm>
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

TW_HOT bool tokenizeAscii(std::string_view text, TokenizedText& result) {
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
    asciiSentences(s, m.stops(), sentences);

    // Tokens are assigned in place, room for the most there can be made first.
    std::vector<Token>& tokens = result.tokens;
    if (const std::size_t most = m.eventCount(); tokens.size() < most) tokens.resize(most);
    // Plain pointers and copies, which the loop keeps in registers: what it reads does not change
    // while it writes tokens.
    Token* const out = tokens.data();
    const AsciiMasks::Reader r = m.reader();
    const char* const bytesOf = s.data();
    // Each token's sentence is known as it is made: the sentences are in order as the tokens are,
    // a token belongs to the one its first byte is in, and the last takes every token after the
    // ones before it. A text without sentence spans (no bytes) is one sentence.
    const std::size_t sentenceCount = std::max<std::size_t>(1, sentences.size());
    result.sentences.resize(sentenceCount);
    Sentence* const sen = result.sentences.data();
    for (std::size_t k = 0; k < sentences.size(); ++k) sen[k] = {sentences[k].first, sentences[k].second, 0, 0};
    if (sentences.empty()) sen[0] = {0, s.size(), 0, 0};
    std::size_t sentenceAt = 0;
    std::size_t sentenceEnd = sentenceCount > 1 ? sen[0].endCp : SIZE_MAX;  // where the next sentence starts
    std::size_t used = 0;
    auto next = [out, r, bytesOf, sen, sentenceCount, &used, &sentenceAt, &sentenceEnd](
                    Token::Kind kind, std::size_t from, std::size_t to) -> Token& {
        while (from >= sentenceEnd) {
            sen[sentenceAt].endToken = used;
            sen[++sentenceAt].firstToken = used;
            sentenceEnd = sentenceAt + 1 < sentenceCount ? sen[sentenceAt].endCp : SIZE_MAX;
        }
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
        t.sentence = static_cast<std::uint32_t>(sentenceAt);
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
                // ASCII, and a stand-in is no part of an emoticon. The masks screened the first bytes.
                const std::size_t e = !proxied ? detail::specialAtStart(s, i, kind)
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
            // A joined run is a word or a number (by its last transition: runStatus when it holds
            // an underscore); any other byte is punctuation, of one byte. Which of them is worked
            // out without a branch: they alternate as the text does.
            const bool joined = r.joined(i);
            const std::size_t end = r.runEnd(i) + (joined ? 0 : 1);
            const AsciiMasks::Reader::Facts facts = r.facts(i, end);
            const bool digitLast = s[end - 1] >= '0' && s[end - 1] <= '9';
            Token::Kind kind = !joined ? Token::Kind::Punct : digitLast ? Token::Kind::Number : Token::Kind::Word;
            if (facts.underscore) {
                const Status status = runStatus(s, i, end);
                kind = status == Status::None     ? Token::Kind::Punct  // "_" alone
                       : status == Status::Number ? Token::Kind::Number
                                                  : Token::Kind::Word;
            }
            Token& t = next(kind, i, end);
            t.elongated = facts.drawnOut;
            t.allCaps = facts.twoLetters && facts.allCaps;
            if (facts.drawnOut) {
                const std::string_view norm = detail::foldAsciiWord(s.substr(i, end - i), result.norms);
                t.norm = norm;
                t.hash = termHash(norm);
            } else {
                // In lower case: the word itself, or its lower-case copy (hashed as it is).
                t.norm = std::string_view(facts.upper ? r.lowered(i) : bytesOf + i, end - i);
            }
        }
    }
    tokens.resize(used);
    sen[sentenceAt].endToken = used;
    for (std::size_t k = sentenceAt + 1; k < sentenceCount; ++k) sen[k].firstToken = sen[k].endToken = used;
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
    // The masks are about three times the text: a very long text's are not kept for the next.
    if (s.size() > AsciiMasks::kKeptBytes) m = AsciiMasks();
    return true;
}

}  // namespace tw::core
