#include "text/token_parts.h"

#include "text/normalize.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <array>
#include <cstdint>

namespace tw::core::detail {

namespace {

bool isAsciiAlnum(unsigned char c) { return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z'); }
bool isWordByte(unsigned char c) { return isAsciiAlnum(c) || c == '_' || c >= 0x80; }
bool isAsciiPunct(unsigned char c) { return c > 0x20 && c < 0x7F && !isAsciiAlnum(c); }

const std::array<std::string_view, 37> kEmoticons{
    ":'-(", ">:(", ":'(", ":-)", ":-(", ":-D", ";-)", ":-/", ":-P", ":-p", ":-|", "^_^", "-_-",
    "T_T",  "</3", ":)",  ":(",  ":D",  ";)",  ";(",  ":P",  ":p",  ":/",  "<3",  ":O",  ":o",
    "xD",   "XD",  ":|",  "D:",  ":*",  "^^",  "=)",  "=(",  "=D",  "=/",  "=P"};

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
        if (e >= rest.size() || isSpaceByte(rest[e]) || isAsciiPunct(static_cast<unsigned char>(rest[e]))) return e;
    }
    return 0;
}

}  // namespace

std::size_t specialAtStart(std::string_view s, std::size_t i, Token::Kind& kind) {
    if (i > 0 && !isSpaceByte(s[i - 1]) && s[i - 1] != '(' && s[i - 1] != '"') return 0;
    std::string_view rest = s.substr(i);
    if (rest.starts_with("http://") || rest.starts_with("https://") || rest.starts_with("www.")) {
        std::size_t e = i;
        while (e < s.size() && !isSpaceByte(s[e])) ++e;
        while (e > i && (s[e - 1] == '.' || s[e - 1] == ',' || s[e - 1] == ')' || s[e - 1] == '!')) --e;
        kind = Token::Kind::Url;
        return e > i ? e : 0;
    }
    if ((s[i] == '@' || s[i] == '#') && i + 1 < s.size() && isWordByte(static_cast<unsigned char>(s[i + 1]))) {
        std::size_t e = i + 1;
        while (e < s.size() && isWordByte(static_cast<unsigned char>(s[e]))) ++e;
        kind = s[i] == '@' ? Token::Kind::Handle : Token::Kind::Hashtag;
        return e;
    }
    const std::size_t matched = emoticonAt(rest);
    kind = Token::Kind::Emoticon;
    return matched ? i + matched : 0;
}

void findSpecials(std::string_view s, std::vector<Special>& out) {
    out.clear();
    for (std::size_t i = 0; i < s.size();) {
        Token::Kind kind{};
        const std::size_t end = specialAt(s, i, kind);
        if (end == 0) {
            ++i;
            continue;
        }
        out.push_back({i, end, kind});
        i = end;
    }
}

void normaliseSpecial(Token& t, NormStore& norms) {
    bool lower = true;
    for (char ch : t.text) lower &= !(ch >= 'A' && ch <= 'Z') && static_cast<unsigned char>(ch) < 0x80;
    if (t.kind == Token::Kind::Url || lower)
        t.norm = t.text;
    else
        t.norm = norms.keep(foldCase(t.text));
}

void normaliseWord(std::string_view text, Token& t, NormStore& norms) {
    bool ascii = true;
    for (char ch : text) ascii &= static_cast<unsigned char>(ch) < 0x80;
    if (ascii) {
        normaliseAsciiWord(text, t, norms);
        return;
    }
    int letters = 0, upper = 0, run = 0;
    thread_local std::string norm;
    norm.clear();
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
        // An apostrophe as typographic quotes or phones write it ("don’t", "n’est") is the
        // ASCII one: the words and rules were written with that.
        if (c == 0x2019 || c == 0x2018 || c == 0x02BC || c == 0xFF07) {
            norm += '\'';
            prev = '\'';
            run = 1;
            continue;
        }
        run = c == prev ? run + 1 : 1;
        prev = c;
        if (run >= 3 && u_isalpha(c)) {  // letters only: "1000" stays
            t.elongated = true;
            continue;
        }
        norm.append(folded, static_cast<std::size_t>(from), static_cast<std::size_t>(i - from));
    }
    t.norm = norm == text ? text : norms.keep(norm);
    t.allCaps = letters >= 2 && upper == letters;
}

void assignSentences(const std::vector<std::pair<std::size_t, std::size_t>>& spans, std::size_t codePoints,
                     TokenizedText& out) {
    auto& tokens = out.tokens;
    out.sentences.clear();
    if (spans.empty()) {
        out.sentences.push_back({0, codePoints, 0, tokens.size()});
        for (Token& t : tokens) t.sentence = 0;
        return;
    }
    // Tokens are in order, so each sentence's tokens are one run: a single pass finds them.
    std::size_t k = 0;
    for (std::size_t i = 0; i < spans.size(); ++i) {
        Sentence sen{spans[i].first, spans[i].second, k, k};
        const bool last = i + 1 == spans.size();
        while (k < tokens.size() && (last || tokens[k].startCp < spans[i].second)) tokens[k++].sentence = i;
        sen.endToken = k;
        out.sentences.push_back(sen);
    }
}

}  // namespace tw::core::detail
