// UAX #29 word and sentence boundaries computed directly on UTF-8, for texts whose characters
// need no dictionary (alphabetic scripts, symbols, emoji). Character classes come from ICU's
// Word_Break and Sentence_Break properties; the rules are those of ICU's root break iterators,
// and tests check that both agree on real corpora.
#include "text/segmentation.h"

#include "text/utf8.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <array>
#include <bit>
#include <cstdint>
#include <cstring>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace tw::core {

namespace {

struct CodePoint {
    std::uint32_t byte;
    UChar32 c;
    std::uint8_t wb, sb;
};

// Ranges of characters whose segmentation these rules reproduce.
bool handled(UChar32 c) {
    if (c < 0x0590) return true;                   // Latin, Greek, Cyrillic, Armenian, combining marks
    if (c >= 0x1D00 && c < 0x2E80) return true;    // phonetic, Latin/Greek extended, punctuation, symbols
    if (c >= 0xFE00 && c < 0xFE10) return true;    // variation selectors
    if (c >= 0x1F000 && c < 0x1FB00) return true;  // emoji and pictographs
    return c >= 0xE0000 && c < 0xE0080;            // emoji tag characters
}

bool wordIgnorable(std::uint8_t wb) { return wb == U_WB_EXTEND || wb == U_WB_FORMAT || wb == U_WB_ZWJ; }
bool wordJoiner(std::uint8_t wb) { return wb == U_WB_ALETTER || wb == U_WB_NUMERIC || wb == U_WB_EXTENDNUMLET; }
bool paraSep(std::uint8_t sb) { return sb == U_SB_SEP || sb == U_SB_CR || sb == U_SB_LF; }
bool terminator(std::uint8_t sb) { return sb == U_SB_ATERM || sb == U_SB_STERM; }
bool sentenceIgnorable(std::uint8_t sb) { return sb == U_SB_EXTEND || sb == U_SB_FORMAT; }

// The characters of a text as the rules below read them: decoded code points with their classes.
struct DecodedChars {
    const std::vector<CodePoint>& cps;
    std::size_t totalBytes;
    [[nodiscard]] std::size_t size() const { return cps.size(); }
    [[nodiscard]] std::uint8_t wb(std::size_t i) const { return cps[i].wb; }
    [[nodiscard]] std::uint8_t sb(std::size_t i) const { return cps[i].sb; }
    [[nodiscard]] UChar32 c(std::size_t i) const { return cps[i].c; }
    [[nodiscard]] std::size_t byte(std::size_t i) const { return i < cps.size() ? cps[i].byte : totalBytes; }
    static constexpr bool kMayExtend = true;
};

// An ASCII text read in place: a code point per byte, classes from a table, nothing to attach.
struct AsciiChars {
    std::string_view s;
    const AsciiClasses& classes = asciiClasses();
    [[nodiscard]] std::size_t size() const { return s.size(); }
    [[nodiscard]] std::uint8_t wb(std::size_t i) const { return classes.wb[static_cast<unsigned char>(s[i])]; }
    [[nodiscard]] std::uint8_t sb(std::size_t i) const { return classes.sb[static_cast<unsigned char>(s[i])]; }
    [[nodiscard]] UChar32 c(std::size_t i) const { return static_cast<unsigned char>(s[i]); }
    // Neither a sentence terminator nor a paragraph separator.
    [[nodiscard]] bool plain(std::size_t i) const { return classes.plainSb[static_cast<unsigned char>(s[i])]; }
    // The first character at or after `i` that is not plain, or the end.
    [[nodiscard]] std::size_t nextNotPlain(std::size_t i) const {
#ifdef __SSE2__
        // Sixteen at a time: in ASCII those are '.', '!', '?', LF and CR (a test checks the table).
        auto is = [](__m128i v, char c) { return _mm_cmpeq_epi8(v, _mm_set1_epi8(c)); };
        for (; i + 16 <= s.size(); i += 16) {
            const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + i));
            const __m128i hit = _mm_or_si128(_mm_or_si128(is(v, '.'), is(v, '!')),
                                             _mm_or_si128(is(v, '?'), _mm_or_si128(is(v, '\n'), is(v, '\r'))));
            if (const int mask = _mm_movemask_epi8(hit))
                return i + static_cast<std::size_t>(std::countr_zero(static_cast<unsigned>(mask)));
        }
#endif
        while (i < s.size() && plain(i)) ++i;
        return i;
    }
    [[nodiscard]] std::size_t byte(std::size_t i) const { return i; }
    static constexpr bool kMayExtend = false;
};

// The same, told where the bytes that are not plain are (a bit per byte, 64 to a word, zeros
// after the text): found by a count of zeros instead of a scan.
struct MaskedAsciiChars : AsciiChars {
    const std::uint64_t* stops;
    [[nodiscard]] std::size_t nextNotPlain(std::size_t i) const {
        if (i >= s.size()) return s.size();
        std::size_t w = i >> 6;
        std::uint64_t bits = stops[w] & (~std::uint64_t{0} << (i & 63));
        const std::size_t lastWord = s.size() >> 6;
        while (bits == 0) {
            if (++w > lastWord) return s.size();
            bits = stops[w];
        }
        return w * 64 + static_cast<std::size_t>(std::countr_zero(bits));
    }
};

bool decode(std::string_view s, std::vector<CodePoint>& out) {
    const AsciiClasses& ascii = asciiClasses();
    out.clear();
    const auto* p = reinterpret_cast<const std::uint8_t*>(s.data());
    const auto n = static_cast<int32_t>(s.size());
    for (int32_t i = 0; i < n;) {
        const auto at = static_cast<std::uint32_t>(i);
        if (p[i] < 0x80) {
            out.push_back({at, p[i], ascii.wb[p[i]], ascii.sb[p[i]]});
            ++i;
            continue;
        }
        UChar32 c;
        U8_NEXT(p, i, n, c);
        if (c < 0 || !handled(c)) return false;
        auto wb = static_cast<std::uint8_t>(u_getIntPropertyValue(c, UCHAR_WORD_BREAK));
        if (wb == U_WB_KATAKANA || wb == U_WB_HEBREW_LETTER || wb == U_WB_DOUBLE_QUOTE) return false;
        out.push_back({at, c, wb, static_cast<std::uint8_t>(u_getIntPropertyValue(c, UCHAR_SENTENCE_BREAK))});
    }
    return true;
}

// Index of the first character at or after `i` that the word rules do not skip (WB4).
template <typename Chars>
std::size_t nextWordSignificant(const Chars& cps, std::size_t i) {
    if constexpr (Chars::kMayExtend) {
        while (i < cps.size() && wordIgnorable(cps.wb(i))) ++i;
    }
    return i;
}

// After the character ending at `i`: attach Extend/Format/ZWJ (WB4) and an emoji after a ZWJ
// (WB3c). Inside a word, ICU's rule status after such a tail (an emoji joined to a letter, a
// combining mark on an underscore) follows rules these functions do not reproduce: `unusual`
// is set and the caller hands the text to ICU.
template <typename Chars>
std::size_t attachExtensionsSlow(const Chars& cps, std::size_t i, bool inWord, bool& unusual) {
    const std::size_t first = i;
    while (i < cps.size()) {
        if (wordIgnorable(cps.wb(i))) {
            ++i;
        } else if (i > 0 && cps.wb(i - 1) == U_WB_ZWJ && u_hasBinaryProperty(cps.c(i), UCHAR_EXTENDED_PICTOGRAPHIC)) {
            unusual |= inWord;
            ++i;
        } else {
            break;
        }
    }
    if (inWord && i > first && cps.wb(first - 1) == U_WB_EXTENDNUMLET) unusual = true;
    return i;
}

// Nearly always nothing attaches: decide that inline.
template <typename Chars>
inline std::size_t attachExtensions(const Chars& cps, std::size_t i, bool inWord, bool& unusual) {
    if constexpr (!Chars::kMayExtend) return i;
    if (i >= cps.size() || (!wordIgnorable(cps.wb(i)) && cps.wb(i - 1) != U_WB_ZWJ)) return i;
    return attachExtensionsSlow(cps, i, inWord, unusual);
}

template <typename Chars>
bool findWords(const Chars& cps, Segmentation& out) {
    bool unusual = false;
    const std::size_t n = cps.size();
    auto byteAt = [&](std::size_t i) { return cps.byte(i); };
    for (std::size_t i = 0; i < n;) {
        const std::size_t start = i;
        const std::uint8_t wb = cps.wb(i);
        WordSegment::Kind kind = WordSegment::Kind::None;
        if (wb == U_WB_CR && i + 1 < n && cps.wb(i + 1) == U_WB_LF) {
            i += 2;  // WB3
        } else if (wb == U_WB_CR || wb == U_WB_LF || wb == U_WB_NEWLINE) {
            ++i;  // WB3a/b: nothing attaches
        } else if (wordJoiner(wb)) {
            // ICU's rule status follows the last transition: a letter makes a word, a digit a
            // number ("3rd" is a word, "v2" a number), an underscore after an underscore a word,
            // after anything else it keeps the status ("2_" is a number, "_" alone nothing).
            auto statusAfter = [](WordSegment::Kind status, std::uint8_t before, std::uint8_t c) {
                if (c == U_WB_ALETTER) return WordSegment::Kind::Word;
                if (c == U_WB_NUMERIC) return WordSegment::Kind::Number;
                return before == U_WB_EXTENDNUMLET ? WordSegment::Kind::Word : status;
            };
            std::uint8_t previous = wb;
            kind = statusAfter(WordSegment::Kind::None, U_WB_OTHER, wb);
            i = attachExtensions(cps, i + 1, true, unusual);
            while (i < n) {
                const std::uint8_t w = cps.wb(i);
                if (wordJoiner(w)) {  // WB5, WB8-10, WB13a/b
                    kind = statusAfter(kind, previous, w);
                    previous = w;
                    i = attachExtensions(cps, i + 1, true, unusual);
                    continue;
                }
                const bool midLetter = w == U_WB_MIDLETTER || w == U_WB_MIDNUMLET || w == U_WB_SINGLE_QUOTE;
                const bool midNumber = w == U_WB_MIDNUM || w == U_WB_MIDNUMLET || w == U_WB_SINGLE_QUOTE;
                std::size_t after = nextWordSignificant(cps, i + 1);
                if (after < n &&
                    ((previous == U_WB_ALETTER && midLetter && cps.wb(after) == U_WB_ALETTER) ||   // WB6/7
                     (previous == U_WB_NUMERIC && midNumber && cps.wb(after) == U_WB_NUMERIC))) {  // WB11/12
                    i = attachExtensions(cps, after + 1, true, unusual);
                    continue;
                }
                break;
            }
        } else {
            i = attachExtensions(cps, i + 1, false, unusual);
        }
        out.words.push_back({byteAt(start), byteAt(i), start, i, kind});
    }
    return !unusual;
}

template <typename Chars>
void findSentences(const Chars& cps, std::vector<std::pair<std::size_t, std::size_t>>& out) {
    const std::size_t n = cps.size();
    auto next = [&](std::size_t i) {  // first significant character at or after i (SB5)
        if constexpr (Chars::kMayExtend) {
            while (i < n && sentenceIgnorable(cps.sb(i))) ++i;
        }
        return i;
    };
    auto sbAt = [&](std::size_t i) { return i < n ? cps.sb(i) : static_cast<std::uint8_t>(U_SB_OTHER); };
    std::size_t start = 0, previousSignificant = n;  // n: none yet
    for (std::size_t i = next(0); i < n;) {
        const std::uint8_t sb = cps.sb(i);
        if (paraSep(sb)) {  // SB3, SB4
            std::size_t end = (sb == U_SB_CR && i + 1 < n && cps.sb(i + 1) == U_SB_LF) ? i + 2 : i + 1;
            out.emplace_back(start, end);
            start = end;
            previousSignificant = n;
            i = next(end);
            continue;
        }
        if (!terminator(sb)) {
            if constexpr (Chars::kMayExtend) {
                previousSignificant = i;
                i = next(i + 1);
            } else {  // nothing to ignore: run to the next terminator or separator
                const std::size_t j = cps.nextNotPlain(i + 1);
                previousSignificant = j - 1;
                i = j;
            }
            continue;
        }
        std::size_t j = next(i + 1);
        if (sb == U_SB_ATERM) {
            const std::uint8_t before =
                previousSignificant < n ? cps.sb(previousSignificant) : static_cast<std::uint8_t>(U_SB_OTHER);
            if (sbAt(j) == U_SB_NUMERIC ||                                                    // SB6
                ((before == U_SB_UPPER || before == U_SB_LOWER) && sbAt(j) == U_SB_UPPER)) {  // SB7
                previousSignificant = i;
                i = j;
                continue;
            }
        }
        while (sbAt(j) == U_SB_CLOSE) j = next(j + 1);  // SB9
        while (sbAt(j) == U_SB_SP) j = next(j + 1);     // SB10
        if (j >= n) break;
        if (sbAt(j) == U_SB_SCONTINUE || terminator(sbAt(j))) {  // SB8a
            previousSignificant = i;
            i = j;
            continue;
        }
        if (sb == U_SB_ATERM) {  // SB8: no break before a lower-case word
            std::size_t k = j;
            while (k < n) {
                const std::uint8_t s = cps.sb(k);
                if (s == U_SB_OLETTER || s == U_SB_UPPER || s == U_SB_LOWER || paraSep(s) || terminator(s)) break;
                ++k;
            }
            if (k < n && cps.sb(k) == U_SB_LOWER) {
                previousSignificant = i;
                i = j;
                continue;
            }
        }
        if (paraSep(sbAt(j))) {  // SB9/10: a paragraph separator stays with the sentence
            j = (sbAt(j) == U_SB_CR && sbAt(j + 1) == U_SB_LF) ? j + 2 : j + 1;
        }
        out.emplace_back(start, j);  // SB11
        start = j;
        previousSignificant = n;
        i = next(j);
    }
    if (start < n) out.emplace_back(start, n);
}

template <typename Chars>
bool segmentChars(const Chars& chars, Segmentation& out) {
    out.words.clear();
    out.sentences.clear();
    out.codePoints = chars.size();
    if (!findWords(chars, out)) return false;
    findSentences(chars, out.sentences);
    return true;
}

}  // namespace

const AsciiClasses& asciiClasses() {
    static const AsciiClasses classes = [] {
        AsciiClasses c;
        for (UChar32 ch = 0; ch < 128; ++ch) {
            const auto at = static_cast<std::size_t>(ch);
            c.wb[at] = static_cast<std::uint8_t>(u_getIntPropertyValue(ch, UCHAR_WORD_BREAK));
            c.sb[at] = static_cast<std::uint8_t>(u_getIntPropertyValue(ch, UCHAR_SENTENCE_BREAK));
        }
        // ICU's root rules differ from the Unicode property here: '@' joins words (e-mail
        // addresses, handles) and ':' does not (UAX #29 leaves that to tailoring).
        c.wb['@'] = U_WB_ALETTER;
        c.wb[':'] = U_WB_OTHER;
        for (std::size_t at = 0; at < 128; ++at) c.plainSb[at] = !paraSep(c.sb[at]) && !terminator(c.sb[at]);
        return c;
    }();
    return classes;
}

void asciiSentences(std::string_view ascii, const std::uint64_t* stops,
                    std::vector<std::pair<std::size_t, std::size_t>>& out) {
    out.clear();
    findSentences(MaskedAsciiChars{{ascii}, stops}, out);
}

bool segmentAlphabetic(std::string_view utf8, Segmentation& out) {
    if (utf8.size() >= UINT32_MAX) return false;  // offsets are kept in 32 bits
    if (isAscii(utf8)) return segmentChars(AsciiChars{utf8}, out);
    thread_local std::vector<CodePoint> cps;
    if (!decode(utf8, cps)) return false;
    return segmentChars(DecodedChars{cps, utf8.size()}, out);
}

void segment(std::string_view utf8, Segmentation& out) {
    if (!segmentAlphabetic(utf8, out)) segmentWithIcu(utf8, out);
}

}  // namespace tw::core
