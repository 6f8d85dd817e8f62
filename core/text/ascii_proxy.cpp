#include "text/ascii_proxy.h"

#include "text/segmentation.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>

namespace tw::core {

namespace {

struct StandIn {
    UChar32 codePoint;
    char ascii;
};
// Quotation marks of English, German and French (sentence-break "close"), dashes ("continue"),
// the ellipsis and common signs ("other").
constexpr std::array<StandIn, 18> kPunctuation{{{0x2018, '\''},
                                                {0x2019, '\''},
                                                {0x201C, ']'},
                                                {0x201D, ']'},
                                                {0x201E, ']'},
                                                {0x201A, ']'},
                                                {0x00AB, ']'},
                                                {0x00BB, ']'},
                                                {0x2039, ']'},
                                                {0x203A, ']'},
                                                {0x2013, ':'},
                                                {0x2014, ':'},
                                                {0x2026, '~'},
                                                {0x20AC, '~'},
                                                {0x2022, '~'},
                                                {0x00B0, '~'},
                                                {0x00A3, '~'},
                                                {0x00B4, '~'}}};
constexpr char kEmoji = '`';             // an emoji: a token of its own
constexpr char kJoiner = ' ';            // VS16 or ZWJ inside an emoji's cluster: no token
constexpr UChar32 kNoBreakSpace = 0xA0;  // a space (no token, sentence-break "Sp"): ' '
constexpr char kSkinTone = '~';          // a skin-tone modifier inside an emoji's cluster: punctuation
// A letter of Latin-1 (à..ÿ, À..Þ, ß): an ASCII letter of the same case, for the word and sentence
// rules; the word's normal form is made from the text itself.
constexpr char kUpperLetter = 'A', kLowerLetter = 'a';
bool isLatin1Letter(UChar32 c) { return c >= 0xC0 && c <= 0xFF && c != 0xD7 && c != 0xF7; }

std::uint8_t wordBreak(UChar32 c) { return static_cast<std::uint8_t>(u_getIntPropertyValue(c, UCHAR_WORD_BREAK)); }
std::uint8_t sentenceBreak(UChar32 c) {
    return static_cast<std::uint8_t>(u_getIntPropertyValue(c, UCHAR_SENTENCE_BREAK));
}

// Another letter that has a case (ł, œ, Greek, Cyrillic...), read as the Latin-1 ones are: a
// word letter in UAX #29 (not Hebrew, Katakana or a script segmented by dictionary) with an
// upper or lower case for the sentence rules, and no combining class.
bool isCasedLetter(UChar32 c) {
    const std::uint8_t sb = sentenceBreak(c);
    return wordBreak(c) == U_WB_ALETTER && (sb == U_SB_UPPER || sb == U_SB_LOWER) && u_getCombiningClass(c) == 0;
}

// Whether ICU's classes of the punctuation are those the direct segmentation reads in its
// stand-in: the same sentence-break class, and for the word breaks a mid letter for the
// apostrophes (MidNumLet and Single_Quote join letters and digits alike outside Hebrew) and
// "other" for the rest; and whether the emoji's stand-in is "other" for both.
bool applies() {
    static const bool ok = [] {
        const AsciiClasses& ascii = asciiClasses();
        for (const StandIn& s : kPunctuation) {
            const auto at = static_cast<std::size_t>(s.ascii);
            const std::uint8_t wb = wordBreak(s.codePoint);
            const bool word = s.ascii == '\'' ? (wb == U_WB_MIDNUMLET && ascii.wb[at] == U_WB_SINGLE_QUOTE)
                                              : (wb == U_WB_OTHER && ascii.wb[at] == U_WB_OTHER);
            if (!word || sentenceBreak(s.codePoint) != ascii.sb[at] ||
                u_hasBinaryProperty(s.codePoint, UCHAR_EXTENDED_PICTOGRAPHIC) || u_isUWhiteSpace(s.codePoint))
                return false;
        }
        for (UChar32 c = 0xC0; c <= 0xFF; ++c) {
            const std::uint8_t sb = sentenceBreak(c);
            if (isLatin1Letter(c) && (wordBreak(c) != U_WB_ALETTER || (sb != U_SB_UPPER && sb != U_SB_LOWER)))
                return false;
        }
        if (ascii.sb['A'] != U_SB_UPPER || ascii.sb['a'] != U_SB_LOWER) return false;
        if (sentenceBreak(kNoBreakSpace) != U_SB_SP || !u_isUWhiteSpace(kNoBreakSpace) || ascii.sb[' '] != U_SB_SP)
            return false;
        const auto emoji = static_cast<std::size_t>(kEmoji), tone = static_cast<std::size_t>(kSkinTone);
        return ascii.wb[emoji] == U_WB_OTHER && ascii.sb[emoji] == U_SB_OTHER && ascii.wb[tone] == U_WB_OTHER &&
               ascii.sb[tone] == U_SB_OTHER && wordBreak(0xFE0F) == U_WB_EXTEND && wordBreak(0x200D) == U_WB_ZWJ &&
               wordBreak(0x1F3FB) == U_WB_EXTEND && sentenceBreak(0x1F3FB) == U_SB_OTHER;
    }();
    return ok;
}

// An emoji the general tokenizer makes a token of its own (a pictograph above U+00FF), of word-
// and sentence-break class "other" like its stand-in.
bool isEmoji(UChar32 c) {
    return c > 0xFF && u_hasBinaryProperty(c, UCHAR_EXTENDED_PICTOGRAPHIC) && wordBreak(c) == U_WB_OTHER &&
           sentenceBreak(c) == U_SB_OTHER;
}

}  // namespace

bool AsciiProxy::build(std::string_view text) {
    proxy_.clear();
    at_.clear();
    extra_.clear();
    if (!applies()) return false;
    const auto* p = reinterpret_cast<const std::uint8_t*>(text.data());
    const auto n = static_cast<int32_t>(text.size());
    bool inEmoji = false;  // the character before is an emoji or a part of its cluster
    std::size_t extra = 0;
    for (int32_t b = 0; b < n;) {
        if (p[b] < 0x80) {
            proxy_ += static_cast<char>(p[b++]);
            inEmoji = false;
            continue;
        }
        const int32_t from = b;
        UChar32 c;
        U8_NEXT(p, b, n, c);
        char standIn;
        const auto* punctuation =
            std::find_if(kPunctuation.begin(), kPunctuation.end(), [c](const StandIn& s) { return s.codePoint == c; });
        if (c == kNoBreakSpace) {
            standIn = ' ';
            inEmoji = false;
        } else if (isLatin1Letter(c) || (c > 0xFF && isCasedLetter(c))) {
            standIn = sentenceBreak(c) == U_SB_UPPER ? kUpperLetter : kLowerLetter;
            inEmoji = false;
        } else if (punctuation != kPunctuation.end()) {
            standIn = punctuation->ascii;
            inEmoji = false;
        } else if (c == 0xFE0F || c == 0x200D) {
            // They join the character before (UAX #29's WB4): only an emoji's own are read here.
            if (!inEmoji) return false;
            standIn = kJoiner;
        } else if (c >= 0x1F3FB && c <= 0x1F3FF) {
            if (!inEmoji) return false;
            standIn = kSkinTone;
        } else if (c >= 0 && isEmoji(c)) {
            standIn = kEmoji;
            inEmoji = true;
        } else {
            return false;  // another character (or invalid UTF-8): the general tokenizer's
        }
        extra += static_cast<std::size_t>(b - from - 1);
        at_.push_back(proxy_.size());
        extra_.push_back(extra);
        proxy_ += standIn;
    }
    return true;
}

std::size_t AsciiProxy::byteOf(std::size_t i) const {
    // The stand-ins before `i` are longer in the text by their extra bytes.
    const auto before = static_cast<std::size_t>(std::lower_bound(at_.begin(), at_.end(), i) - at_.begin());
    return i + (before == 0 ? 0 : extra_[before - 1]);
}

std::size_t AsciiProxy::offsetOf(std::size_t byte) const {
    // The stand-ins that end at or before `byte` in the text (their ends grow with their index),
    // found by halving: a long text may hold many of them and many special tokens.
    std::size_t lo = 0, hi = at_.size();
    while (lo < hi) {
        const std::size_t mid = lo + (hi - lo) / 2;
        if (at_[mid] + extra_[mid] + 1 <= byte)
            lo = mid + 1;
        else
            hi = mid;
    }
    return byte - (lo == 0 ? 0 : extra_[lo - 1]);
}

bool AsciiProxy::standsIn(std::size_t from, std::size_t to) const {
    const auto it = std::lower_bound(at_.begin(), at_.end(), from);
    return it != at_.end() && *it < to;
}

std::pair<std::size_t, std::size_t> AsciiProxy::Walker::bytes(std::size_t from, std::size_t to, bool& standsIn) {
    const auto& at = proxy_.at_;
    const auto& extra = proxy_.extra_;
    while (before_ < at.size() && at[before_] < from) ++before_;
    std::size_t end = before_;  // stand-ins before `to`
    while (end < at.size() && at[end] < to) ++end;
    standsIn = end > before_;
    return {from + (before_ == 0 ? 0 : extra[before_ - 1]), to + (end == 0 ? 0 : extra[end - 1])};
}

bool AsciiProxy::isEmojiAt(std::size_t i) const {
    return i < proxy_.size() && proxy_[i] == kEmoji && standsIn(i, i + 1);
}

}  // namespace tw::core
