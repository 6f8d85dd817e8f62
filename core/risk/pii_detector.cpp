#include "risk/pii.h"
#include "risk/pii_scanners.h"

#include <algorithm>
#include <array>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace tw::core {

namespace {

constexpr std::array<const char*, kPiiTypeCount> kNames{"EMAIL",         "PHONE",          "PAYMENT_CARD", "IBAN",
                                                        "NATIONAL_ID",   "IP_ADDRESS",     "PERSON",       "ADDRESS",
                                                        "DATE_OF_BIRTH", "ACCOUNT_NUMBER", "MASKED"};

// When two findings overlap, the one whose evidence is stronger stays: check digits first,
// then fixed shapes, then cues, masks last.
int strength(const PiiFinding& f) {
    if (f.masked) return 0;
    switch (f.type) {
        case PiiType::PaymentCard:
        case PiiType::Iban:
        case PiiType::NationalId:
            return 9;
        case PiiType::Email:
            return 8;
        case PiiType::IpAddress:
            return 7;
        case PiiType::DateOfBirth:
            return 6;
        case PiiType::Phone:
            return 5;
        case PiiType::AccountNumber:
            return 4;
        case PiiType::Address:
            return 3;
        case PiiType::Person:
            return 2;
        default:
            return 1;
    }
}

const char* regionFor(std::string_view language) {
    if (language == "de") return "DE";
    if (language == "fr") return "FR";
    if (language == "es") return "ES";
    return "US";
}

}  // namespace

namespace {

bool maskSeparator(char c) { return c == '/' || c == '-' || c == '.' || c == ' '; }

}  // namespace

bool TextBytes::maskMayStartAt(std::string_view text, std::size_t i) {
    auto at = [&](std::size_t k) { return k < text.size() ? text[k] : '\0'; };
    const char c = text[i], next = at(i + 1);
    if (c == '[') return true;
    if (c == '_') return next == '_';
    if (c != 'X' && c != '*') return false;
    return next == c || (maskSeparator(next) && at(i + 2) == c);
}

TextBytes::TextBytes(std::string_view text) {
    unsigned atSigns = 0;
    std::size_t i = 0;
#ifdef __SSE2__
    // Sixteen bytes at a time (bytes of 0x80 and up compare as negative: never a digit). A match
    // is -1 in its lane: subtracting counts it per lane, summed every 255 rounds before a lane
    // overflows. A mask's start (see maskMayStartAt) reads the two bytes after each byte too.
    auto is = [](__m128i v, char c) { return _mm_cmpeq_epi8(v, _mm_set1_epi8(c)); };
    auto total = [](__m128i lanes) {
        const __m128i sums = _mm_sad_epu8(lanes, _mm_setzero_si128());
        return static_cast<std::size_t>(_mm_cvtsi128_si32(sums) + _mm_extract_epi16(sums, 4));
    };
    std::size_t atTotal = 0;
    __m128i mk = _mm_setzero_si128();
    while (i + 18 <= text.size()) {
        __m128i d = _mm_setzero_si128(), c = d, a = d;
        for (int round = 0; round < 255 && i + 18 <= text.size(); ++round, i += 16) {
            const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + i));
            const __m128i v1 = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + i + 1));
            const __m128i v2 = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + i + 2));
            d = _mm_sub_epi8(
                d, _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8('0' - 1)), _mm_cmplt_epi8(v, _mm_set1_epi8('9' + 1))));
            c = _mm_sub_epi8(c, is(v, ':'));
            a = _mm_sub_epi8(a, is(v, '@'));
            const __m128i separator =
                _mm_or_si128(_mm_or_si128(is(v1, '/'), is(v1, '-')), _mm_or_si128(is(v1, '.'), is(v1, ' ')));
            auto run = [&](char m) {  // m, then m again or a separator and m
                return _mm_and_si128(is(v, m), _mm_or_si128(is(v1, m), _mm_and_si128(separator, is(v2, m))));
            };
            mk = _mm_or_si128(mk, _mm_or_si128(_mm_or_si128(run('X'), run('*')),
                                               _mm_or_si128(_mm_and_si128(is(v, '_'), is(v1, '_')), is(v, '['))));
        }
        digits += total(d);
        colons += total(c);
        atTotal += total(a);
    }
    atSigns += static_cast<unsigned>(atTotal > 0);
    marks = _mm_movemask_epi8(mk) != 0;
#endif
    for (; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        digits += static_cast<unsigned char>(c - '0') < 10;
        colons += c == ':';
        atSigns += c == '@';
        marks = marks || maskMayStartAt(text, i);
    }
    at = atSigns > 0;
}

const char* piiTypeName(PiiType type) { return kNames[static_cast<std::size_t>(type)]; }

std::optional<PiiType> piiTypeFromName(std::string_view name) {
    for (std::size_t k = 0; k < kNames.size(); ++k) {
        if (name == kNames[k]) return static_cast<PiiType>(k);
    }
    // The tags other tools mask with.
    if (name == "EMAIL_ADDRESS") return PiiType::Email;
    if (name == "PHONE_NUMBER") return PiiType::Phone;
    if (name == "CREDIT_CARD") return PiiType::PaymentCard;
    if (name == "NAME") return PiiType::Person;
    return std::nullopt;
}

const PiiDetector& PiiDetector::builtin() {
    static const PiiDetector detector;
    return detector;
}

std::vector<PiiFinding> PiiDetector::find(std::string_view utf8, std::string_view language) const {
    return find(utf8, tokenize(utf8), language);
}

std::vector<PiiFinding> PiiDetector::find(std::string_view utf8, const TokenizedText& tokens,
                                          std::string_view language) const {
    std::vector<PiiFinding> all;
    const TextBytes bytes(utf8);
    findShapes(utf8, bytes, all);
    findPhones(utf8, bytes, regionFor(language), all);
    findByCues(*cues_, utf8, bytes, tokens, all);
    // Strongest first; a finding overlapping one already kept is dropped.
    std::stable_sort(all.begin(), all.end(), [](const PiiFinding& a, const PiiFinding& b) {
        if (strength(a) != strength(b)) return strength(a) > strength(b);
        return a.endByte - a.startByte > b.endByte - b.startByte;
    });
    std::vector<PiiFinding> kept;
    for (PiiFinding& f : all) {
        if (f.endByte <= f.startByte) continue;
        const bool overlaps = std::any_of(kept.begin(), kept.end(), [&](const PiiFinding& k) {
            return f.startByte < k.endByte && k.startByte < f.endByte;
        });
        if (!overlaps) kept.push_back(std::move(f));
    }
    std::sort(kept.begin(), kept.end(),
              [](const PiiFinding& a, const PiiFinding& b) { return a.startByte < b.startByte; });
    // Code points, counted once along the text.
    std::size_t byte = 0, cp = 0;
    auto advance = [&](std::size_t to) {
        for (; byte < to; ++byte) cp += (static_cast<unsigned char>(utf8[byte]) & 0xC0) != 0x80;
        return cp;
    };
    for (PiiFinding& f : kept) {
        f.startCp = advance(f.startByte);
        f.endCp = advance(f.endByte);
    }
    return kept;
}

}  // namespace tw::core
