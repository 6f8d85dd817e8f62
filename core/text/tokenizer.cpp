#include "text/tokenizer.h"

#include "text/utf8.h"

#include <unicode/brkiter.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <array>
#include <memory>

namespace tw::core {

namespace {

struct Special {
    std::size_t startByte, endByte;
    Token::Kind kind;
};

bool isWordByte(unsigned char c) { return std::isalnum(c) || c == '_' || c >= 0x80; }

const std::array<std::string_view, 30> kEmoticons{
    ">:(", ":'(", ":-)", ":-(", ":-D", ";-)", ":-/", ":-P", ":-p", ":-|", "^_^", "-_-", "T_T", ":)", ":(", ":D",
    ";)",  ":P",  ":p",  ":/",  "<3",  ":O",  ":o",  "xD",  "XD",  ":|",  "D:",  ":*",  "^^",  "=)"};

// URLs, handles, hashtags and emoticons, found on the UTF-8 bytes.
std::vector<Special> findSpecials(std::string_view s) {
    std::vector<Special> out;
    std::size_t i = 0;
    auto boundaryBefore = [&](std::size_t k) { return k == 0 || std::isspace(static_cast<unsigned char>(s[k - 1])) || s[k - 1] == '(' || s[k - 1] == '"'; };
    while (i < s.size()) {
        if (boundaryBefore(i)) {
            std::string_view rest = s.substr(i);
            if (rest.substr(0, 7) == "http://" || rest.substr(0, 8) == "https://" || rest.substr(0, 4) == "www.") {
                std::size_t e = i;
                while (e < s.size() && !std::isspace(static_cast<unsigned char>(s[e]))) ++e;
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
            bool found = false;
            // Every emoticon starts with one of these; most words do not.
            if (std::string_view(":;<^-T=>xXD").find(s[i]) == std::string_view::npos) {
                ++i;
                continue;
            }
            for (std::string_view emo : kEmoticons) {
                if (rest.substr(0, emo.size()) != emo) continue;
                std::size_t e = i + emo.size();
                bool boundaryAfter = e >= s.size() || std::isspace(static_cast<unsigned char>(s[e])) ||
                                     std::ispunct(static_cast<unsigned char>(s[e]));
                if (!boundaryAfter) continue;
                out.push_back({i, e, Token::Kind::Emoticon});
                i = e;
                found = true;
                break;
            }
            if (found) continue;
        }
        ++i;
    }
    return out;
}

std::string foldAndReduce(const icu::UnicodeString& word, bool& elongated) {
    icu::UnicodeString folded(word);
    folded.foldCase();
    icu::UnicodeString reduced;
    int run = 0;
    UChar32 prev = -1;
    for (int32_t k = 0; k < folded.length();) {
        UChar32 c = folded.char32At(k);
        k += U16_LENGTH(c);
        run = (c == prev) ? run + 1 : 1;
        prev = c;
        if (run >= 3) {
            elongated = true;
            continue;  // keep at most two in a row: "soooo" -> "soo"
        }
        reduced.append(c);
    }
    std::string out;
    reduced.toUTF8String(out);
    return out;
}

}  // namespace

TokenizedText tokenize(std::string_view utf8) {
    TokenizedText result;
    icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
    // Code point index of every UTF-16 index, and of every UTF-8 byte offset.
    std::vector<std::size_t> cpOf16(static_cast<std::size_t>(u.length()) + 1, 0);
    {
        std::size_t cp = 0;
        for (int32_t k = 0; k < u.length();) {
            UChar32 c = u.char32At(k);
            int32_t len = U16_LENGTH(c);
            for (int32_t j = 0; j < len; ++j) cpOf16[static_cast<std::size_t>(k + j)] = cp;
            k += len;
            ++cp;
        }
        cpOf16[static_cast<std::size_t>(u.length())] = cp;
    }
    std::vector<std::size_t> cpOfByte(utf8.size() + 1, 0);
    {
        std::size_t cp = 0;
        for (std::size_t b = 0; b < utf8.size(); ++b) {
            if ((static_cast<unsigned char>(utf8[b]) & 0xC0) != 0x80 && b > 0) ++cp;
            cpOfByte[b] = cp;
        }
        cpOfByte[utf8.size()] = utf8.empty() ? 0 : cp + 1;
    }

    const bool ascii = isAscii(utf8);
    std::vector<Token> tokens;
    tokens.reserve(utf8.size() / 4 + 4);
    std::vector<std::pair<std::size_t, std::size_t>> specialCp;
    for (const Special& sp : findSpecials(utf8)) {
        Token t;
        t.kind = sp.kind;
        t.text = std::string(utf8.substr(sp.startByte, sp.endByte - sp.startByte));
        t.norm = t.text;
        if (t.kind == Token::Kind::Hashtag || t.kind == Token::Kind::Handle) {
            for (auto& c : t.norm) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        }
        t.startCp = cpOfByte[sp.startByte];
        t.endCp = cpOfByte[sp.endByte];
        specialCp.emplace_back(t.startCp, t.endCp);
        tokens.push_back(std::move(t));
    }
    auto insideSpecial = [&](std::size_t cp) {
        for (const auto& [s, e] : specialCp) {
            if (cp >= s && cp < e) return true;
        }
        return false;
    };

    UErrorCode err = U_ZERO_ERROR;
    // Break iterators are costly to build: one of each per thread, reused for every text.
    thread_local std::unique_ptr<icu::BreakIterator> words(icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), err));
    thread_local std::unique_ptr<icu::BreakIterator> sentences(
        icu::BreakIterator::createSentenceInstance(icu::Locale::getRoot(), err));
    if (words) {
        words->setText(u);
        int32_t start = words->first();
        for (int32_t end = words->next(); end != icu::BreakIterator::DONE; start = end, end = words->next()) {
            std::size_t scp = cpOf16[static_cast<std::size_t>(start)], ecp = cpOf16[static_cast<std::size_t>(end)];
            if (insideSpecial(scp)) continue;
            int32_t status = words->getRuleStatus();
            icu::UnicodeString piece = u.tempSubStringBetween(start, end);
            if (status == UBRK_WORD_NONE) {
                // Spaces, punctuation and emoji: one token per symbol that is not a space.
                for (int32_t k = 0; k < piece.length();) {
                    UChar32 c = piece.char32At(k);
                    int32_t len = U16_LENGTH(c);
                    if (!u_isUWhiteSpace(c) && c != 0xFE0F && c != 0x200D) {
                        Token t;
                        bool emoji = u_hasBinaryProperty(c, UCHAR_EXTENDED_PICTOGRAPHIC) && c > 0xFF;
                        t.kind = emoji ? Token::Kind::Emoji : Token::Kind::Punct;
                        icu::UnicodeString(c).toUTF8String(t.text);
                        t.norm = t.text;
                        t.startCp = cpOf16[static_cast<std::size_t>(start + k)];
                        t.endCp = t.startCp + 1;
                        tokens.push_back(std::move(t));
                    }
                    k += len;
                }
                continue;
            }
            Token t;
            t.kind = (status >= UBRK_WORD_NUMBER && status < UBRK_WORD_NUMBER_LIMIT) ? Token::Kind::Number : Token::Kind::Word;
            int letters = 0, upper = 0;
            if (ascii) {
                // ASCII text: code points are bytes, so work on the UTF-8 directly.
                t.text.assign(utf8.substr(scp, ecp - scp));
                t.norm.reserve(t.text.size());
                int run = 0;
                char prev = 0;
                for (char ch : t.text) {
                    auto c = static_cast<unsigned char>(ch);
                    if (std::isalpha(c)) {
                        ++letters;
                        upper += std::isupper(c) ? 1 : 0;
                    }
                    char lower = static_cast<char>(std::tolower(c));
                    run = lower == prev ? run + 1 : 1;
                    prev = lower;
                    if (run >= 3) {
                        t.elongated = true;
                        continue;
                    }
                    t.norm += lower;
                }
            } else {
                piece.toUTF8String(t.text);
                t.norm = foldAndReduce(piece, t.elongated);
                for (int32_t k = 0; k < piece.length();) {
                    UChar32 c = piece.char32At(k);
                    k += U16_LENGTH(c);
                    if (u_isalpha(c)) {
                        ++letters;
                        upper += u_isupper(c) ? 1 : 0;
                    }
                }
            }
            t.allCaps = letters >= 2 && upper == letters;
            t.startCp = scp;
            t.endCp = ecp;
            tokens.push_back(std::move(t));
        }
    }
    std::sort(tokens.begin(), tokens.end(), [](const Token& a, const Token& b) { return a.startCp < b.startCp; });

    std::vector<std::pair<std::size_t, std::size_t>> bounds;
    if (sentences) {
        sentences->setText(u);
        int32_t start = sentences->first();
        for (int32_t end = sentences->next(); end != icu::BreakIterator::DONE; start = end, end = sentences->next()) {
            bounds.emplace_back(cpOf16[static_cast<std::size_t>(start)], cpOf16[static_cast<std::size_t>(end)]);
        }
    }
    if (bounds.empty()) bounds.emplace_back(0, cpOf16.back());
    std::size_t s = 0;
    for (std::size_t k = 0; k < tokens.size(); ++k) {
        while (s + 1 < bounds.size() && tokens[k].startCp >= bounds[s].second) ++s;
        tokens[k].sentence = s;
    }
    // Tokens are in order, so each sentence's tokens are one run: a single pass finds them.
    std::size_t k = 0;
    for (std::size_t i = 0; i < bounds.size(); ++i) {
        Sentence sen{bounds[i].first, bounds[i].second, 0, 0};
        while (k < tokens.size() && tokens[k].sentence < i) ++k;
        sen.firstToken = k;
        while (k < tokens.size() && tokens[k].sentence == i) ++k;
        sen.endToken = k;
        result.sentences.push_back(sen);
    }
    result.tokens = std::move(tokens);
    return result;
}

}  // namespace tw::core
