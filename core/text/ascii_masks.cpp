#include "text/ascii_masks.h"

#include "text/segmentation.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <cstring>

namespace tw::core {

namespace {

constexpr std::size_t kPad = AsciiMasks::kPad;

bool isLetter(int c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool isDigit(int c) { return c >= '0' && c <= '9'; }
bool isMidLetter(int c) { return c == '.' || c == '\''; }
bool isMidNumber(int c) { return c == '.' || c == '\'' || c == ',' || c == ';'; }

}  // namespace

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

namespace {
bool wideClassifier = true;  // see detail::useAsciiClassifier64
}  // namespace

bool detail::useAsciiClassifier64(bool use) {
    const bool before = wideClassifier;
    wideClassifier = use;
    return before;
}

bool AsciiMasks::build(std::string_view s, char* padded) {
    words_ = s.size() / 64 + 1;
    std::memset(padded, 0, kPad);
    std::memcpy(padded + kPad, s.data(), s.size());
    std::memset(padded + kPad + s.size(), 0, paddedBytes(s.size()) - kPad - s.size());
    lowered_ = padded + kPad;
    raw_.resize(words_ + 1);
    masks_.resize(words_ + 1);
    stops_.assign(words_ + 1, 0);
    raw_[words_] = Raw{};
    masks_[words_] = Masks{};
    unsigned high = 0;
    const detail::AsciiClassifier classify = detail::asciiClassifier();
    const detail::AsciiClassifier64 classify64 = wideClassifier ? detail::asciiClassifier64() : nullptr;
    for (std::size_t w = 0; w < words_; ++w) {
        Raw& r = raw_[w];
        Masks& m = masks_[w];
        if (classify64) {  // the whole word at once (the bytes after the text are zeros: no class)
            const detail::AsciiChunk64 c = classify64(padded + kPad + w * 64);
            high |= c.high != 0;
            r = {c.wordLetter, c.digit, c.space, c.midLetter, c.midNumber, c.breaker, c.specialStart};
            m = Masks{};
            m.underscore = c.underscore;
            m.letter = c.letter;
            m.upper = c.upper;
            m.drawnOut = c.drawnOut;
            stops_[w] = c.stop;
            continue;
        }
        r = Raw{};
        m = Masks{};
        // 32 bytes at a time up to the text's end; the bits after it stay zero.
        const std::size_t parts = std::min<std::size_t>(2, (s.size() - w * 64 + 31) / 32);
        for (unsigned part = 0; part < parts; ++part) {
            // Written back in lower case once classified: the next chunk's look back at two
            // bytes compares letters in either case.
            const detail::AsciiChunk c = classify(padded + kPad + w * 64 + part * 32);
            const unsigned shift = part * 32;
            auto put = [shift](std::uint64_t& mask, unsigned bits) { mask |= std::uint64_t{bits} << shift; };
            high |= c.high;
            put(r.wordLetter, c.wordLetter);
            put(r.digit, c.digit);
            put(r.space, c.space);
            put(r.midLetter, c.midLetter);
            put(r.midNumber, c.midNumber);
            put(r.breaker, c.breaker);
            put(r.specialStart, c.specialStart);
            put(m.underscore, c.underscore);
            put(m.letter, c.letter);
            put(m.upper, c.upper);
            put(m.drawnOut, c.drawnOut);
            put(stops_[w], c.stop);
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
        m.mayBeSpecial = (before(&Raw::breaker, w) | (w == 0 ? 1u : 0u)) & r.specialStart & inText;
        const std::uint64_t runStarts = m.joined & ~((m.joined << 1) | joinedBefore);
        m.events = runStarts | (inText & ~r.space & ~m.joined);
        joinedBefore = m.joined >> 63;
    }
    return true;
}

}  // namespace tw::core
