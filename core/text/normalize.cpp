#include "text/normalize.h"

#include "text/utf8.h"

#include <unicode/bytestream.h>
#include <unicode/normalizer2.h>
#include <unicode/stringpiece.h>
#include <unicode/unistr.h>

namespace tw::core {

std::string toNfc(std::string_view utf8) {
    if (isAscii(utf8)) return std::string(utf8);
    UErrorCode err = U_ZERO_ERROR;
    const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(err);
    if (U_FAILURE(err)) return std::string(utf8);
    icu::StringPiece piece(utf8.data(), static_cast<int32_t>(utf8.size()));
    if (nfc->isNormalizedUTF8(piece, err) && U_SUCCESS(err)) return std::string(utf8);
    err = U_ZERO_ERROR;
    std::string out;
    icu::StringByteSink<std::string> sink(&out);
    nfc->normalizeUTF8(0, piece, sink, nullptr, err);
    if (U_FAILURE(err)) return std::string(utf8);
    return out;
}

}  // namespace tw::core

namespace tw::core {

namespace {

// The folding of a text of ASCII, Latin-1 (U+0080..U+00FF) and the typographic apostrophes
// (U+2018, U+2019), into `out`; false (and `out` unspecified) for any other text.
bool foldLatin1(std::string_view utf8, std::string& out) {
    out.clear();
    out.reserve(utf8.size() + 2);
    for (std::size_t i = 0; i < utf8.size(); ++i) {
        const auto c = static_cast<unsigned char>(utf8[i]);
        if (c < 0x80) {
            out += c >= 'A' && c <= 'Z' ? static_cast<char>(c + ('a' - 'A')) : static_cast<char>(c);
            continue;
        }
        if ((c == 0xC2 || c == 0xC3) && i + 1 < utf8.size()) {
            const auto next = static_cast<unsigned char>(utf8[i + 1]);
            if (next < 0x80 || next > 0xBF) return false;
            const unsigned cp = ((c & 0x1Fu) << 6) | (next & 0x3Fu);
            ++i;
            if (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) {
                out += '\xC3';
                out += static_cast<char>(next + 0x20);  // À..Þ -> à..þ, the same lead byte
            } else if (cp == 0xDF) {
                out += "ss";
            } else if (cp == 0xB5) {
                out += "\xCE\xBC";  // micro sign -> Greek small mu
            } else {
                out += static_cast<char>(c);
                out += static_cast<char>(next);
            }
            continue;
        }
        if (c == 0xE2 && i + 2 < utf8.size() && static_cast<unsigned char>(utf8[i + 1]) == 0x80 &&
            (static_cast<unsigned char>(utf8[i + 2]) == 0x98 || static_cast<unsigned char>(utf8[i + 2]) == 0x99)) {
            out.append(utf8, i, 3);
            i += 2;
            continue;
        }
        return false;
    }
    return true;
}

}  // namespace

std::string foldCase(std::string_view utf8) {
    std::string out(utf8);
    if (isAscii(utf8)) {
        for (auto& c : out) {
            if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + ('a' - 'A'));
        }
        return out;
    }
    if (foldLatin1(utf8, out)) return out;
    return foldCaseWithIcu(utf8);
}

std::string foldCaseWithIcu(std::string_view utf8) {
    std::string out;
    icu::UnicodeString u =
        icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
    u.foldCase();
    out.clear();
    u.toUTF8String(out);
    return out;
}

}  // namespace tw::core
