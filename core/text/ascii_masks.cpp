#include "text/ascii_masks.h"

#include "text/segmentation.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <cstring>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace tw::core {

namespace {

constexpr std::size_t kPad = AsciiMasks::kPad;

bool isLetter(int c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool isDigit(int c) { return c >= '0' && c <= '9'; }
bool isSpace(int c) { return c == ' ' || (c >= '\t' && c <= '\r'); }
bool isMidLetter(int c) { return c == '.' || c == '\''; }
bool isMidNumber(int c) { return c == '.' || c == '\'' || c == ',' || c == ';'; }

}  // namespace

namespace detail {

AsciiChunk classifyAsciiScalar(const char* p) {
    AsciiChunk c{};
    for (unsigned k = 0; k < 16; ++k) {
        const int ch = static_cast<unsigned char>(p[k]);
        const int lower = isLetter(ch) ? (ch | 0x20) : ch;
        auto lowered = [](int b) { return isLetter(b) ? (b | 0x20) : b; };
        const unsigned bit = 1u << k;
        c.high |= ch >= 0x80 ? bit : 0;
        c.letter |= isLetter(ch) ? bit : 0;
        c.wordLetter |= isLetter(ch) || ch == '@' ? bit : 0;
        c.digit |= isDigit(ch) ? bit : 0;
        c.underscore |= ch == '_' ? bit : 0;
        c.upper |= ch >= 'A' && ch <= 'Z' ? bit : 0;
        c.space |= isSpace(ch) ? bit : 0;
        c.midLetter |= isMidLetter(ch) ? bit : 0;
        c.midNumber |= isMidNumber(ch) ? bit : 0;
        c.breaker |= isSpace(ch) || ch == '(' || ch == '"' ? bit : 0;
        const int b1 = static_cast<unsigned char>(p[static_cast<int>(k) - 1]);
        const int b2 = static_cast<unsigned char>(p[static_cast<int>(k) - 2]);
        c.drawnOut |= isLetter(ch) && lowered(b1) == lower && lowered(b2) == lower ? bit : 0;
    }
    return c;
}

AsciiChunk classifyAscii(const char* p) {
#ifdef __SSE2__
    AsciiChunk c{};
    auto load = [](const char* at) { return _mm_loadu_si128(reinterpret_cast<const __m128i*>(at)); };
    auto eq = [](__m128i v, char ch) { return _mm_cmpeq_epi8(v, _mm_set1_epi8(ch)); };
    // Signed compares: every byte tested here is ASCII (a byte >= 0x80 is caught by `high`).
    auto in = [](__m128i v, char lo, char hi) {
        return _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8(static_cast<char>(lo - 1))),
                             _mm_cmplt_epi8(v, _mm_set1_epi8(static_cast<char>(hi + 1))));
    };
    auto bits = [](__m128i v) { return static_cast<unsigned>(_mm_movemask_epi8(v)); };
    const __m128i v = load(p), folded = _mm_or_si128(v, _mm_set1_epi8(0x20));
    const __m128i letter = in(folded, 'a', 'z');
    const __m128i dot = eq(v, '.'), quote = eq(v, '\'');
    const __m128i space = _mm_or_si128(eq(v, ' '), in(v, '\t', '\r'));
    // The same letter as the two bytes before, in either case ('|' 0x20 makes equal only a
    // letter's two cases, as `letter` holds).
    const __m128i before1 = _mm_or_si128(load(p - 1), _mm_set1_epi8(0x20));
    const __m128i before2 = _mm_or_si128(load(p - 2), _mm_set1_epi8(0x20));
    const __m128i drawn =
        _mm_and_si128(letter, _mm_and_si128(_mm_cmpeq_epi8(folded, before1), _mm_cmpeq_epi8(folded, before2)));
    c.high = bits(v);
    c.letter = bits(letter);
    c.wordLetter = c.letter | bits(eq(v, '@'));
    c.digit = bits(in(v, '0', '9'));
    c.underscore = bits(eq(v, '_'));
    c.upper = bits(in(v, 'A', 'Z'));
    c.space = bits(space);
    c.midLetter = bits(_mm_or_si128(dot, quote));
    c.midNumber = c.midLetter | bits(_mm_or_si128(eq(v, ','), eq(v, ';')));
    c.breaker = c.space | bits(_mm_or_si128(eq(v, '('), eq(v, '"')));
    c.drawnOut = bits(drawn);
    return c;
#else
    return classifyAsciiScalar(p);
#endif
}

void lowerAscii16(char* p) {
#ifdef __SSE2__
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
    const __m128i upper =
        _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8('A' - 1)), _mm_cmplt_epi8(v, _mm_set1_epi8('Z' + 1)));
    _mm_storeu_si128(reinterpret_cast<__m128i*>(p), _mm_or_si128(v, _mm_and_si128(upper, _mm_set1_epi8(0x20))));
#else
    for (int k = 0; k < 16; ++k) p[k] = p[k] >= 'A' && p[k] <= 'Z' ? static_cast<char>(p[k] | 0x20) : p[k];
#endif
}

}  // namespace detail

bool asciiMasksApply() {
    static const bool apply = [] {
        const AsciiClasses& cls = asciiClasses();
        for (int c = 0; c < 128; ++c) {
            const std::uint8_t wb = cls.wb[static_cast<std::size_t>(c)];
            const bool midLetter = wb == U_WB_MIDLETTER || wb == U_WB_MIDNUMLET || wb == U_WB_SINGLE_QUOTE;
            const bool midNumber = wb == U_WB_MIDNUM || wb == U_WB_MIDNUMLET || wb == U_WB_SINGLE_QUOTE;
            if ((wb == U_WB_ALETTER) != (isLetter(c) || c == '@') || (wb == U_WB_NUMERIC) != isDigit(c) ||
                (wb == U_WB_EXTENDNUMLET) != (c == '_') || midLetter != isMidLetter(c) || midNumber != isMidNumber(c))
                return false;
        }
        return true;
    }();
    return apply;
}

bool AsciiMasks::build(std::string_view s, char* padded) {
    words_ = s.size() / 64 + 1;
    std::memset(padded, 0, kPad);
    std::memcpy(padded + kPad, s.data(), s.size());
    std::memset(padded + kPad + s.size(), 0, paddedBytes(s.size()) - kPad - s.size());
    lowered_ = padded + kPad;
    raw_.resize(words_ + 1);
    masks_.resize(words_ + 1);
    raw_[words_] = Raw{};
    masks_[words_] = Masks{};
    unsigned high = 0;
    for (std::size_t w = 0; w < words_; ++w) {
        Raw& r = raw_[w];
        Masks& m = masks_[w];
        r = Raw{};
        m = Masks{};
        // Sixteen bytes at a time up to the text's end; the bits after it stay zero.
        const std::size_t parts = std::min<std::size_t>(4, (s.size() - w * 64 + 15) / 16);
        for (unsigned part = 0; part < parts; ++part) {
            char* chunk = padded + kPad + w * 64 + part * 16;
            const detail::AsciiChunk c = detail::classifyAscii(chunk);
            // In lower case once classified: the next chunk's look back at two bytes compares
            // letters in either case.
            detail::lowerAscii16(chunk);
            const unsigned shift = part * 16;
            auto put = [shift](std::uint64_t& mask, unsigned bits) { mask |= std::uint64_t{bits} << shift; };
            high |= c.high;
            put(r.wordLetter, c.wordLetter);
            put(r.digit, c.digit);
            put(r.space, c.space);
            put(r.midLetter, c.midLetter);
            put(r.midNumber, c.midNumber);
            put(r.breaker, c.breaker);
            put(m.underscore, c.underscore);
            put(m.letter, c.letter);
            put(m.upper, c.upper);
            put(m.drawnOut, c.drawnOut);
        }
    }
    if (high != 0) return false;
    // The bit of the byte before (after) each byte, across words.
    auto before = [&](std::uint64_t Raw::*field, std::size_t w) {
        return (raw_[w].*field << 1) | (w > 0 ? raw_[w - 1].*field >> 63 : 0);
    };
    auto after = [&](std::uint64_t Raw::*field, std::size_t w) {
        return (raw_[w].*field >> 1) | (raw_[w + 1].*field << 63);
    };
    std::uint64_t joinedBefore = 0;  // the last bit of the previous word's joined mask
    for (std::size_t w = 0; w < words_; ++w) {
        const Raw& r = raw_[w];
        Masks& m = masks_[w];
        m.joined = r.wordLetter | r.digit | m.underscore |
                   (r.midLetter & before(&Raw::wordLetter, w) & after(&Raw::wordLetter, w)) |
                   (r.midNumber & before(&Raw::digit, w) & after(&Raw::digit, w));
        const std::size_t from = w * 64;
        const std::uint64_t inText =
            s.size() >= from + 64 ? ~std::uint64_t{0} : (std::uint64_t{1} << (s.size() - from)) - 1;
        m.afterBreak = (before(&Raw::breaker, w) | (w == 0 ? 1u : 0u)) & inText;
        const std::uint64_t runStarts = m.joined & ~((m.joined << 1) | joinedBefore);
        m.events = runStarts | (inText & ~r.space & ~m.joined);
        joinedBefore = m.joined >> 63;
    }
    return true;
}

}  // namespace tw::core
