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

std::string foldCase(std::string_view utf8) {
    std::string out(utf8);
    if (isAscii(utf8)) {
        for (auto& c : out) {
            if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + ('a' - 'A'));
        }
        return out;
    }
    icu::UnicodeString u =
        icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
    u.foldCase();
    out.clear();
    u.toUTF8String(out);
    return out;
}

}  // namespace tw::core
