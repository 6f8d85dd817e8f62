// The byte classes of 32 bytes of an ASCII text (ascii_masks.h): AVX2 where the processor has it
// (checked once at run time: Debian's builds target plain x86-64), SSE2 sixteen bytes at a time
// otherwise, and a scalar loop where the compiler targets neither. A test holds them equal.
#include "text/ascii_masks.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif
#if defined(__GNUC__) && defined(__x86_64__)
#include <immintrin.h>
#define TW_HAVE_AVX2_PATH 1
#define TW_AVX2 __attribute__((target("avx2")))
#define TW_AVX512 __attribute__((target("avx512bw")))
#endif

namespace tw::core::detail {

namespace {

// The classes of two halves side by side, each class's bits of `hi` above those of `lo`.
template <typename Whole, typename Join>
Whole joinHalves(const AsciiChunk& lo, const AsciiChunk& hi, Join join) {
    return {join(lo.wordLetter, hi.wordLetter),
            join(lo.digit, hi.digit),
            join(lo.underscore, hi.underscore),
            join(lo.letter, hi.letter),
            join(lo.upper, hi.upper),
            join(lo.space, hi.space),
            join(lo.midLetter, hi.midLetter),
            join(lo.midNumber, hi.midNumber),
            join(lo.breaker, hi.breaker),
            join(lo.drawnOut, hi.drawnOut),
            join(lo.stop, hi.stop),
            join(lo.specialStart, hi.specialStart),
            join(lo.high, hi.high)};
}

bool isLetter(int c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool isSpace(int c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

#if defined(__SSE2__)
// Sixteen bytes at `p`, their classes in the low sixteen bits; written back in lower case.
AsciiChunk classify16(char* p) {
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
    const __m128i letter = in(folded, 'a', 'z'), upper = in(v, 'A', 'Z');
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
    c.upper = bits(upper);
    c.space = bits(space);
    c.midLetter = bits(_mm_or_si128(dot, quote));
    c.midNumber = c.midLetter | bits(_mm_or_si128(eq(v, ','), eq(v, ';')));
    c.breaker = c.space | bits(_mm_or_si128(eq(v, '('), eq(v, '"')));
    c.drawnOut = bits(drawn);
    c.stop = bits(
        _mm_or_si128(_mm_or_si128(dot, eq(v, '!')), _mm_or_si128(eq(v, '?'), _mm_or_si128(eq(v, '\n'), eq(v, '\r')))));
    const __m128i next = load(p + 1);
    const __m128i single = _mm_or_si128(_mm_or_si128(in(v, ':', '>'), _mm_or_si128(eq(v, '@'), eq(v, '#'))),
                                        _mm_or_si128(eq(v, '^'), eq(v, '-')));
    const __m128i pairs = _mm_or_si128(
        _mm_or_si128(_mm_and_si128(eq(v, 'T'), eq(next, '_')),
                     _mm_and_si128(_mm_or_si128(eq(v, 'x'), eq(v, 'X')), eq(next, 'D'))),
        _mm_or_si128(_mm_and_si128(eq(v, 'D'), eq(next, ':')),
                     _mm_or_si128(_mm_and_si128(eq(v, 'h'), eq(next, 't')), _mm_and_si128(eq(v, 'w'), eq(next, 'w')))));
    c.specialStart = bits(_mm_or_si128(single, pairs));
    _mm_storeu_si128(reinterpret_cast<__m128i*>(p), _mm_or_si128(v, _mm_and_si128(upper, _mm_set1_epi8(0x20))));
    return c;
}
#endif

#if defined(TW_HAVE_AVX2_PATH)
// The same as classify16 on 32 bytes. Helpers, not lambdas: a lambda does not take its enclosing
// function's target.
TW_AVX2 __m256i load32(const char* at) { return _mm256_loadu_si256(reinterpret_cast<const __m256i*>(at)); }
TW_AVX2 __m256i eq32(__m256i v, char ch) { return _mm256_cmpeq_epi8(v, _mm256_set1_epi8(ch)); }
TW_AVX2 __m256i in32(__m256i v, char lo, char hi) {
    return _mm256_and_si256(_mm256_cmpgt_epi8(v, _mm256_set1_epi8(static_cast<char>(lo - 1))),
                            _mm256_cmpgt_epi8(_mm256_set1_epi8(static_cast<char>(hi + 1)), v));
}
TW_AVX2 unsigned bits32(__m256i v) { return static_cast<unsigned>(_mm256_movemask_epi8(v)); }

TW_AVX2 AsciiChunk classifyAvx2(char* p) {
    AsciiChunk c{};
    const __m256i v = load32(p), folded = _mm256_or_si256(v, _mm256_set1_epi8(0x20));
    const __m256i letter = in32(folded, 'a', 'z'), upper = in32(v, 'A', 'Z');
    const __m256i space = _mm256_or_si256(eq32(v, ' '), in32(v, '\t', '\r'));
    const __m256i before1 = _mm256_or_si256(load32(p - 1), _mm256_set1_epi8(0x20));
    const __m256i before2 = _mm256_or_si256(load32(p - 2), _mm256_set1_epi8(0x20));
    const __m256i drawn = _mm256_and_si256(
        letter, _mm256_and_si256(_mm256_cmpeq_epi8(folded, before1), _mm256_cmpeq_epi8(folded, before2)));
    c.high = bits32(v);
    c.letter = bits32(letter);
    const __m256i at = eq32(v, '@');
    c.wordLetter = c.letter | bits32(at);
    c.digit = bits32(in32(v, '0', '9'));
    c.underscore = bits32(eq32(v, '_'));
    c.upper = bits32(upper);
    c.space = bits32(space);
    const __m256i dot = eq32(v, '.');
    c.midLetter = bits32(_mm256_or_si256(dot, eq32(v, '\'')));
    c.midNumber = c.midLetter | bits32(_mm256_or_si256(eq32(v, ','), eq32(v, ';')));
    c.breaker = c.space | bits32(_mm256_or_si256(eq32(v, '('), eq32(v, '"')));
    c.drawnOut = bits32(drawn);
    c.stop = bits32(_mm256_or_si256(_mm256_or_si256(dot, eq32(v, '!')),
                                    _mm256_or_si256(eq32(v, '?'), _mm256_or_si256(eq32(v, '\n'), eq32(v, '\r')))));
    const __m256i next = load32(p + 1);
    const __m256i single = _mm256_or_si256(_mm256_or_si256(in32(v, ':', '>'), _mm256_or_si256(at, eq32(v, '#'))),
                                           _mm256_or_si256(eq32(v, '^'), eq32(v, '-')));
    const __m256i pairs =
        _mm256_or_si256(_mm256_or_si256(_mm256_and_si256(eq32(v, 'T'), eq32(next, '_')),
                                        _mm256_and_si256(_mm256_or_si256(eq32(v, 'x'), eq32(v, 'X')), eq32(next, 'D'))),
                        _mm256_or_si256(_mm256_and_si256(eq32(v, 'D'), eq32(next, ':')),
                                        _mm256_or_si256(_mm256_and_si256(eq32(v, 'h'), eq32(next, 't')),
                                                        _mm256_and_si256(eq32(v, 'w'), eq32(next, 'w')))));
    c.specialStart = bits32(_mm256_or_si256(single, pairs));
    _mm256_storeu_si256(reinterpret_cast<__m256i*>(p),
                        _mm256_or_si256(v, _mm256_and_si256(upper, _mm256_set1_epi8(0x20))));
    return c;
}

// The same on 64 bytes at once with AVX-512BW, whose compares give the 64-bit masks themselves.
TW_AVX512 __m512i load64(const char* at) { return _mm512_loadu_si512(at); }
TW_AVX512 __mmask64 eq64(__m512i v, char ch) { return _mm512_cmpeq_epi8_mask(v, _mm512_set1_epi8(ch)); }
TW_AVX512 __mmask64 in64(__m512i v, char lo, char hi) {  // lo <= v <= hi, unsigned
    return _mm512_cmple_epu8_mask(_mm512_sub_epi8(v, _mm512_set1_epi8(lo)),
                                  _mm512_set1_epi8(static_cast<char>(hi - lo)));
}

TW_AVX512 AsciiChunk64 classifyAvx512(char* p) {
    AsciiChunk64 c{};
    const __m512i v = load64(p), folded = _mm512_or_si512(v, _mm512_set1_epi8(0x20));
    const __mmask64 letter = in64(folded, 'a', 'z'), upper = in64(v, 'A', 'Z');
    const __mmask64 at = eq64(v, '@'), dot = eq64(v, '.');
    const __mmask64 space = eq64(v, ' ') | in64(v, '\t', '\r');
    const __m512i before1 = _mm512_or_si512(load64(p - 1), _mm512_set1_epi8(0x20));
    const __m512i before2 = _mm512_or_si512(load64(p - 2), _mm512_set1_epi8(0x20));
    c.high = _mm512_movepi8_mask(v);
    c.letter = letter;
    c.wordLetter = letter | at;
    c.digit = in64(v, '0', '9');
    c.underscore = eq64(v, '_');
    c.upper = upper;
    c.space = space;
    c.midLetter = dot | eq64(v, '\'');
    c.midNumber = c.midLetter | eq64(v, ',') | eq64(v, ';');
    c.breaker = space | eq64(v, '(') | eq64(v, '"');
    c.drawnOut = _mm512_mask_cmpeq_epi8_mask(_mm512_cmpeq_epi8_mask(folded, before1) & letter, folded, before2);
    c.stop = dot | eq64(v, '!') | eq64(v, '?') | eq64(v, '\n') | eq64(v, '\r');
    const __m512i next = load64(p + 1);
    const __mmask64 single = in64(v, ':', '>') | at | eq64(v, '#') | eq64(v, '^') | eq64(v, '-');
    const __mmask64 pairs = (eq64(v, 'T') & eq64(next, '_')) | ((eq64(v, 'x') | eq64(v, 'X')) & eq64(next, 'D')) |
                            (eq64(v, 'D') & eq64(next, ':')) | (eq64(v, 'h') & eq64(next, 't')) |
                            (eq64(v, 'w') & eq64(next, 'w'));
    c.specialStart = single | pairs;
    _mm512_storeu_si512(p, _mm512_mask_blend_epi8(upper, v, folded));
    return c;
}
#endif

}  // namespace

AsciiChunk classifyAsciiScalar(char* p) {
    AsciiChunk c{};
    for (unsigned k = 0; k < 32; ++k) {
        const int ch = static_cast<unsigned char>(p[k]);
        const int lower = isLetter(ch) ? (ch | 0x20) : ch;
        auto lowered = [](int b) { return isLetter(b) ? (b | 0x20) : b; };
        const unsigned bit = 1u << k;
        c.high |= ch >= 0x80 ? bit : 0;
        c.letter |= isLetter(ch) ? bit : 0;
        c.wordLetter |= isLetter(ch) || ch == '@' ? bit : 0;
        c.digit |= ch >= '0' && ch <= '9' ? bit : 0;
        c.underscore |= ch == '_' ? bit : 0;
        c.upper |= ch >= 'A' && ch <= 'Z' ? bit : 0;
        c.space |= isSpace(ch) ? bit : 0;
        c.midLetter |= ch == '.' || ch == '\'' ? bit : 0;
        c.midNumber |= ch == '.' || ch == '\'' || ch == ',' || ch == ';' ? bit : 0;
        c.breaker |= isSpace(ch) || ch == '(' || ch == '"' ? bit : 0;
        c.stop |= ch == '.' || ch == '!' || ch == '?' || ch == '\n' || ch == '\r' ? bit : 0;
        const int next = static_cast<unsigned char>(p[k + 1]);
        const bool single = ch == '@' || ch == '#' || ch == '^' || ch == '-' || (ch >= ':' && ch <= '>');
        const bool pair = (ch == 'T' && next == '_') || ((ch == 'x' || ch == 'X') && next == 'D') ||
                          (ch == 'D' && next == ':') || (ch == 'h' && next == 't') || (ch == 'w' && next == 'w');
        c.specialStart |= single || pair ? bit : 0;
        // The two bytes before, in either case (those before the chunk are lower case already).
        const int b1 = static_cast<unsigned char>(p[static_cast<int>(k) - 1]);
        const int b2 = static_cast<unsigned char>(p[static_cast<int>(k) - 2]);
        c.drawnOut |= isLetter(ch) && lowered(b1) == lower && lowered(b2) == lower ? bit : 0;
    }
    for (unsigned k = 0; k < 32; ++k) {
        if (p[k] >= 'A' && p[k] <= 'Z') p[k] = static_cast<char>(p[k] | 0x20);
    }
    return c;
}

AsciiChunk classifyAsciiPortable(char* p) {
#if defined(__SSE2__)
    const AsciiChunk lo = classify16(p);  // first: it reads the byte after it before the second writes it back
    return joinHalves<AsciiChunk>(lo, classify16(p + 16), [](unsigned a, unsigned b) { return a | (b << 16); });
#else
    return classifyAsciiScalar(p);
#endif
}

bool hasAvx2Path() {
#if defined(TW_HAVE_AVX2_PATH)
    static const bool avx2 = __builtin_cpu_supports("avx2");
    return avx2;
#else
    return false;
#endif
}

AsciiChunk64 classifyAscii64With(AsciiClassifier classify, char* p) {
    const AsciiChunk lo = classify(p);  // first: it reads the byte after it before the second writes it back
    return joinHalves<AsciiChunk64>(lo, classify(p + 32),
                                    [](unsigned a, unsigned b) { return std::uint64_t{a} | (std::uint64_t{b} << 32); });
}

AsciiClassifier64 asciiClassifier64() {
#if defined(TW_HAVE_AVX2_PATH)
    static const AsciiClassifier64 classify = __builtin_cpu_supports("avx512bw") ? classifyAvx512 : nullptr;
    return classify;
#else
    return nullptr;
#endif
}

AsciiClassifier asciiClassifier() {
#if defined(TW_HAVE_AVX2_PATH)
    if (hasAvx2Path()) return classifyAvx2;
#endif
    return classifyAsciiPortable;
}

}  // namespace tw::core::detail
