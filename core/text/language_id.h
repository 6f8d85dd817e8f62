#pragma once
// Language identification of one verbatim with CLD2 (Compact Language Detector 2, Debian's
// libcld2): an ISO 639-1 code and how sure it is.

#include <string>
#include <string_view>

namespace tw::core {

struct LanguageGuess {
    std::string code;         // "en", "de", ...; "und" when unknown
    double confidence = 0.0;  // 0..1: share of the text in that language, halved when unreliable
};

LanguageGuess identifyLanguage(std::string_view utf8);

}  // namespace tw::core
