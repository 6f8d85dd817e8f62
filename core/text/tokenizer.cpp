#include "text/tokenizer.h"

#include "text/segmentation.h"
#include "text/token_parts.h"
#include "util/term_hash.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cstdint>

namespace tw::core {

namespace {

using detail::Special;

// Tokens of a segment without words: one per symbol that is not a space or a joiner.
template <typename NextToken>
void symbolTokens(std::string_view utf8, const WordSegment& seg, NextToken&& next) {
    const auto* p = reinterpret_cast<const std::uint8_t*>(utf8.data());
    auto i = static_cast<int32_t>(seg.startByte);
    const auto end = static_cast<int32_t>(seg.endByte);
    for (std::size_t cp = seg.startCp; i < end; ++cp) {
        const int32_t from = i;
        if (p[i] < 0x80) {  // ASCII: spaces are skipped, anything else is punctuation
            ++i;
            if (detail::isSpaceByte(static_cast<char>(p[from]))) continue;
            Token& t = next();
            t.kind = Token::Kind::Punct;
            t.text = utf8.substr(static_cast<std::size_t>(from), 1);
            t.norm = t.text;
            t.hash = termHash(t.norm);
            t.startCp = cp;
            t.endCp = cp + 1;
            continue;
        }
        UChar32 c;
        U8_NEXT(p, i, end, c);
        if (c < 0 || u_isUWhiteSpace(c) || c == 0xFE0F || c == 0x200D) continue;
        Token& t = next();
        const bool emoji = c > 0xFF && u_hasBinaryProperty(c, UCHAR_EXTENDED_PICTOGRAPHIC);
        t.kind = emoji ? Token::Kind::Emoji : Token::Kind::Punct;
        t.text = utf8.substr(static_cast<std::size_t>(from), static_cast<std::size_t>(i - from));
        t.norm = t.text;
        t.hash = termHash(t.norm);
        t.startCp = cp;
        t.endCp = cp + 1;
    }
}

}  // namespace

void NormStore::reset(std::size_t expectedBytes) {
    if (capacity_ < expectedBytes) {
        capacity_ = std::max(expectedBytes, 2 * capacity_);
        block_ = std::make_unique<char[]>(capacity_);
    }
    used_ = 0;
    overflow_.clear();
}

char* NormStore::claim(std::size_t maxBytes) {
    if (capacity_ - used_ >= maxBytes) return block_.get() + used_;
    return overflow_.emplace_back(maxBytes, '\0').data();
}

std::string_view NormStore::commit(const char* claimed, std::size_t used) {
    if (claimed == block_.get() + used_) used_ += used;
    return {claimed, used};
}

std::string_view NormStore::keep(std::string_view bytes) {
    char* at = claim(bytes.size());
    std::copy(bytes.begin(), bytes.end(), at);
    return commit(at, bytes.size());
}

TokenizedText::TokenizedText(const TokenizedText& other) { *this = other; }

TokenizedText& TokenizedText::operator=(const TokenizedText& other) {
    if (this == &other) return *this;
    tokens = other.tokens;
    sentences = other.sentences;
    std::size_t bytes = 0;
    for (const Token& t : tokens) bytes += t.norm.data() == t.text.data() ? 0 : t.norm.size();
    norms.reset(bytes);
    for (Token& t : tokens) {
        if (t.norm.data() != t.text.data()) t.norm = norms.keep(t.norm);
    }
    return *this;
}

TokenizedText tokenize(std::string_view utf8) {
    TokenizedText result;
    tokenize(utf8, result);
    return result;
}

void tokenize(std::string_view utf8, TokenizedText& result) {
    if (!tokenizeAscii(utf8, result)) tokenizeSegmented(utf8, result);
}

void tokenizeSegmented(std::string_view utf8, TokenizedText& result) {
    thread_local Segmentation seg;
    thread_local std::vector<Special> specials;
    segment(utf8, seg);
    detail::findSpecials(utf8, specials);
    result.norms.reset(utf8.size() + 16);  // case folding may grow a word (up to 3x: rare)
    // Tokens are assigned in place so that their strings keep their capacity between texts.
    std::vector<Token>& tokens = result.tokens;
    std::size_t used = 0;
    auto next = [&]() -> Token& {
        if (used == tokens.size()) tokens.emplace_back();
        Token& t = tokens[used++];
        t.kind = Token::Kind::Word;
        t.allCaps = t.elongated = false;
        t.sentence = 0;
        return t;
    };
    std::size_t nextSpecial = 0, specialEndByte = 0;
    // Code points of special tokens are counted from the nearest segment start before them.
    auto cpOfByte = [&](std::size_t fromByte, std::size_t fromCp, std::size_t byte) {
        for (std::size_t b = fromByte; b < byte; ++b) fromCp += (static_cast<unsigned char>(utf8[b]) & 0xC0) != 0x80;
        return fromCp;
    };
    auto processSegment = [&](const WordSegment& w) {
        if (w.startByte < specialEndByte) return;  // covered by a special token
        if (w.kind == WordSegment::Kind::None) {
            symbolTokens(utf8, w, next);
            return;
        }
        Token& t = next();
        t.kind = w.kind == WordSegment::Kind::Number ? Token::Kind::Number : Token::Kind::Word;
        t.text = utf8.substr(w.startByte, w.endByte - w.startByte);
        detail::normaliseWord(t.text, t, result.norms);
        t.hash = termHash(t.norm);
        t.startCp = w.startCp;
        t.endCp = w.endCp;
    };
    // Specials starting at or inside segment `w` (up to byte `limit`), in order.
    auto emitSpecials = [&](const WordSegment& w, std::size_t limit) {
        while (nextSpecial < specials.size() && specials[nextSpecial].startByte < limit) {
            const Special& sp = specials[nextSpecial++];
            Token& t = next();
            t.kind = sp.kind;
            t.text = utf8.substr(sp.startByte, sp.endByte - sp.startByte);
            detail::normaliseSpecial(t, result.norms);
            t.hash = termHash(t.norm);
            t.startCp = cpOfByte(w.startByte, w.startCp, sp.startByte);
            t.endCp = cpOfByte(sp.startByte, t.startCp, sp.endByte);
            specialEndByte = std::max(specialEndByte, sp.endByte);
        }
    };
    for (const WordSegment& w : seg.words) {
        const bool specialsLeft = nextSpecial < specials.size();
        if (specialsLeft) emitSpecials(w, w.startByte + 1);
        processSegment(w);
        if (specialsLeft) emitSpecials(w, w.endByte);
    }
    tokens.resize(used);
    detail::assignSentences(seg.sentences, seg.codePoints, result);
}

}  // namespace tw::core
