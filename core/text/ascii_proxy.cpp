#include "text/ascii_proxy.h"

#include "text/segmentation.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <array>

namespace tw::core {

namespace {

struct StandIn {
    unsigned char third;  // the character is E2 80 `third` in UTF-8
    UChar32 codePoint;
    char ascii;
};
constexpr std::array<StandIn, 7> kStandIns{{{0x98, 0x2018, '\''},
                                            {0x99, 0x2019, '\''},
                                            {0x9C, 0x201C, ']'},
                                            {0x9D, 0x201D, ']'},
                                            {0x93, 0x2013, ':'},
                                            {0x94, 0x2014, ':'},
                                            {0xA6, 0x2026, '~'}}};

// Whether ICU's classes of each character are those the direct segmentation reads in its
// stand-in: the same sentence-break class, and for the word breaks a mid letter for the
// apostrophes (MidNumLet and Single_Quote join letters and digits alike outside Hebrew) and
// "other" for the rest.
bool applies() {
    static const bool ok = [] {
        const AsciiClasses& ascii = asciiClasses();
        for (const StandIn& s : kStandIns) {
            const auto wb = static_cast<std::uint8_t>(u_getIntPropertyValue(s.codePoint, UCHAR_WORD_BREAK));
            const auto sb = static_cast<std::uint8_t>(u_getIntPropertyValue(s.codePoint, UCHAR_SENTENCE_BREAK));
            const auto at = static_cast<std::size_t>(s.ascii);
            const bool word = s.ascii == '\'' ? (wb == U_WB_MIDNUMLET && ascii.wb[at] == U_WB_SINGLE_QUOTE)
                                              : (wb == U_WB_OTHER && ascii.wb[at] == U_WB_OTHER);
            if (!word || sb != ascii.sb[at] || u_hasBinaryProperty(s.codePoint, UCHAR_EXTENDED_PICTOGRAPHIC) ||
                u_isUWhiteSpace(s.codePoint))
                return false;
        }
        return true;
    }();
    return ok;
}

}  // namespace

bool AsciiProxy::build(std::string_view text) {
    proxy_.clear();
    at_.clear();
    if (!applies()) return false;
    for (std::size_t b = 0; b < text.size();) {
        const auto c = static_cast<unsigned char>(text[b]);
        if (c < 0x80) {
            proxy_ += static_cast<char>(c);
            ++b;
            continue;
        }
        if (c != 0xE2 || b + 2 >= text.size() || static_cast<unsigned char>(text[b + 1]) != 0x80) return false;
        const auto third = static_cast<unsigned char>(text[b + 2]);
        const auto* s =
            std::find_if(kStandIns.begin(), kStandIns.end(), [&](const StandIn& x) { return x.third == third; });
        if (s == kStandIns.end()) return false;
        at_.push_back(proxy_.size());
        proxy_ += s->ascii;
        b += 3;
    }
    return true;
}

std::size_t AsciiProxy::byteOf(std::size_t i) const {
    // Each stand-in before `i` is two bytes longer in the text.
    return i + 2 * static_cast<std::size_t>(std::lower_bound(at_.begin(), at_.end(), i) - at_.begin());
}

std::size_t AsciiProxy::offsetOf(std::size_t byte) const {
    std::size_t before = 0;  // stand-ins that end at or before `byte` in the text
    while (before < at_.size() && at_[before] + 2 * before + 3 <= byte) ++before;
    return byte - 2 * before;
}

bool AsciiProxy::standsIn(std::size_t from, std::size_t to) const {
    const auto it = std::lower_bound(at_.begin(), at_.end(), from);
    return it != at_.end() && *it < to;
}

}  // namespace tw::core
