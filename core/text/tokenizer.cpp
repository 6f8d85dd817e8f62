#include "text/tokenizer.h"

#include "text/normalize.h"
#include "text/segmentation.h"
#include "util/term_hash.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <cstdint>

namespace tw::core {

namespace {

struct Special {
    std::size_t startByte, endByte;
    Token::Kind kind;
};

bool isSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }
bool isAsciiAlnum(unsigned char c) { return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z'); }
bool isWordByte(unsigned char c) { return isAsciiAlnum(c) || c == '_' || c >= 0x80; }
bool isAsciiPunct(unsigned char c) { return c > 0x20 && c < 0x7F && !isAsciiAlnum(c); }

const std::array<std::string_view, 30> kEmoticons{">:(", ":'(", ":-)", ":-(", ":-D", ";-)", ":-/", ":-P", ":-p", ":-|",
                                                  "^_^", "-_-", "T_T", ":)",  ":(",  ":D",  ";)",  ":P",  ":p",  ":/",
                                                  "<3",  ":O",  ":o",  "xD",  "XD",  ":|",  "D:",  ":*",  "^^",  "=)"};

// Every special token starts with one of these bytes; most words do not.
constexpr auto kSpecialStart = [] {
    std::array<bool, 256> starts{};
    for (char c : std::string_view(":;<^-T=>xXD@#hw")) starts[static_cast<unsigned char>(c)] = true;
    return starts;
}();

// The emoticons by first byte, longest first within each byte, as indices into kEmoticons.
struct EmoticonIndex {
    std::array<std::array<std::uint8_t, kEmoticons.size()>, 256> byFirst{};
    std::array<std::uint8_t, 256> count{};
    EmoticonIndex() {
        for (std::size_t e = 0; e < kEmoticons.size(); ++e) {
            const auto first = static_cast<unsigned char>(kEmoticons[e][0]);
            byFirst[first][count[first]++] = static_cast<std::uint8_t>(e);
        }
    }
};

// The length of the emoticon at the start of `rest`, or 0: the first in kEmoticons order that is
// followed by a space, punctuation or the end (the list puts longer ones first).
std::size_t emoticonAt(std::string_view rest) {
    static const EmoticonIndex index;
    const auto first = static_cast<unsigned char>(rest[0]);
    for (std::uint8_t k = 0; k < index.count[first]; ++k) {
        std::string_view emo = kEmoticons[index.byFirst[first][k]];
        if (!rest.starts_with(emo)) continue;
        const std::size_t e = emo.size();
        if (e >= rest.size() || isSpace(rest[e]) || isAsciiPunct(static_cast<unsigned char>(rest[e]))) return e;
    }
    return 0;
}

// URLs, handles, hashtags and emoticons, found on the UTF-8 bytes.
void findSpecials(std::string_view s, std::vector<Special>& out) {
    out.clear();
    std::size_t i = 0;
    auto boundaryBefore = [&](std::size_t k) {
        return k == 0 || isSpace(s[k - 1]) || s[k - 1] == '(' || s[k - 1] == '"';
    };
    while (i < s.size()) {
        if (!kSpecialStart[static_cast<unsigned char>(s[i])] || !boundaryBefore(i)) {
            ++i;
            continue;
        }
        std::string_view rest = s.substr(i);
        if (rest.starts_with("http://") || rest.starts_with("https://") || rest.starts_with("www.")) {
            std::size_t e = i;
            while (e < s.size() && !isSpace(s[e])) ++e;
            while (e > i && (s[e - 1] == '.' || s[e - 1] == ',' || s[e - 1] == ')' || s[e - 1] == '!')) --e;
            out.push_back({i, e, Token::Kind::Url});
            i = e;
            continue;
        }
        if ((s[i] == '@' || s[i] == '#') && i + 1 < s.size() && isWordByte(static_cast<unsigned char>(s[i + 1]))) {
            std::size_t e = i + 1;
            while (e < s.size() && isWordByte(static_cast<unsigned char>(s[e]))) ++e;
            out.push_back({i, e, s[i] == '@' ? Token::Kind::Handle : Token::Kind::Hashtag});
            i = e;
            continue;
        }
        const std::size_t matched = emoticonAt(rest);
        if (matched) {
            out.push_back({i, i + matched, Token::Kind::Emoticon});
            i += matched;
        } else {
            ++i;
        }
    }
}

// Case-folded form with runs of three or more equal letters cut to two ("soooo" -> "soo"), and
// whether the word is written in capitals.
void normaliseWord(std::string_view text, Token& t) {
    bool ascii = true;
    for (char ch : text) ascii &= static_cast<unsigned char>(ch) < 0x80;
    int letters = 0, upper = 0, run = 0;
    t.norm.clear();
    if (ascii) {
        t.norm.resize(text.size());
        char* out = t.norm.data();
        std::size_t used = 0;
        char prev = 0;
        for (char ch : text) {
            const bool isUpper = ch >= 'A' && ch <= 'Z';
            const bool isLower = ch >= 'a' && ch <= 'z';
            letters += isUpper || isLower;
            upper += isUpper;
            const char lower = isUpper ? static_cast<char>(ch + ('a' - 'A')) : ch;
            run = lower == prev ? run + 1 : 1;
            prev = lower;
            out[used] = lower;
            used += run < 3;
        }
        t.elongated = used < text.size();
        t.norm.resize(used);
    } else {
        const auto* p = reinterpret_cast<const std::uint8_t*>(text.data());
        const auto n = static_cast<int32_t>(text.size());
        for (int32_t i = 0; i < n;) {
            UChar32 c;
            U8_NEXT(p, i, n, c);
            if (c >= 0 && u_isalpha(c)) {
                ++letters;
                upper += u_isupper(c) ? 1 : 0;
            }
        }
        const std::string folded = foldCase(text);
        const auto* f = reinterpret_cast<const std::uint8_t*>(folded.data());
        const auto fn = static_cast<int32_t>(folded.size());
        UChar32 prev = -1;
        for (int32_t i = 0; i < fn;) {
            const int32_t from = i;
            UChar32 c;
            U8_NEXT(f, i, fn, c);
            run = c == prev ? run + 1 : 1;
            prev = c;
            if (run >= 3) {
                t.elongated = true;
                continue;
            }
            t.norm.append(folded, static_cast<std::size_t>(from), static_cast<std::size_t>(i - from));
        }
    }
    t.allCaps = letters >= 2 && upper == letters;
}

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
            if (isSpace(static_cast<char>(p[from]))) continue;
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

TokenizedText tokenize(std::string_view utf8) {
    TokenizedText result;
    tokenize(utf8, result);
    return result;
}

void tokenize(std::string_view utf8, TokenizedText& result) {
    thread_local Segmentation seg;
    thread_local std::vector<Special> specials;
    segment(utf8, seg);
    findSpecials(utf8, specials);

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
        normaliseWord(t.text, t);
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
            t.norm = t.kind == Token::Kind::Url ? std::string(t.text) : foldCase(t.text);
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
    result.sentences.clear();
    if (seg.sentences.empty()) seg.sentences.emplace_back(0, seg.codePoints);
    const auto& bounds = seg.sentences;
    // Tokens are in order, so each sentence's tokens are one run: a single pass finds them.
    std::size_t k = 0;
    for (std::size_t i = 0; i < bounds.size(); ++i) {
        Sentence sen{bounds[i].first, bounds[i].second, k, k};
        const bool last = i + 1 == bounds.size();
        while (k < tokens.size() && (last || tokens[k].startCp < bounds[i].second)) tokens[k++].sentence = i;
        sen.endToken = k;
        result.sentences.push_back(sen);
    }
}

}  // namespace tw::core
