#include "text/language_id.h"

#include <cld2/public/compact_lang_det.h>

namespace CLD2 {
const char* LanguageCode(Language lang);  // declared in CLD2's internal lang_script.h
}

namespace tw::core {

LanguageGuess identifyLanguage(std::string_view utf8) {
    CLD2::Language top3[3];
    int percent3[3] = {0, 0, 0};
    int textBytes = 0;
    bool reliable = false;
    CLD2::Language lang = CLD2::DetectLanguageSummary(utf8.data(), static_cast<int>(utf8.size()), true, top3, percent3,
                                                      &textBytes, &reliable);
    LanguageGuess g;
    if (lang == CLD2::UNKNOWN_LANGUAGE) {
        g.code = "und";
        return g;
    }
    g.code = CLD2::LanguageCode(lang);
    g.confidence = percent3[0] / 100.0 * (reliable ? 1.0 : 0.5);
    return g;
}

}  // namespace tw::core
