#include "analysis/english_forms.h"

#include <algorithm>
#include <initializer_list>

namespace tw::core {

namespace {

bool vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

// Ends consonant-vowel-consonant with one vowel ("sad", "upset", "regret"), the last not w, x
// or y: the consonant doubles before -ed, -ing, -er, -est (for a stressed last syllable; an
// undoubled form is made too, as "offered" needs).
bool doubles(std::string_view w) {
    const std::size_t n = w.size();
    if (n < 3) return false;
    const char last = w[n - 1];
    return !vowel(last) && last != 'w' && last != 'x' && last != 'y' && vowel(w[n - 2]) && !vowel(w[n - 3]);
}

bool consonantY(std::string_view w) { return w.size() >= 2 && w.back() == 'y' && !vowel(w[w.size() - 2]); }

}  // namespace

std::vector<std::string> regularForms(std::string_view word, WordClass cls) {
    std::vector<std::string> out;
    if (word.size() < 3) return out;
    for (char c : word) {
        if (c < 'a' || c > 'z') return out;
    }
    const std::string w(word);
    const std::string stem = w.substr(0, w.size() - 1);  // without the last letter
    auto suffixed = [&](std::string_view ending) {       // -ed, -ing, -er, -est
        if (consonantY(w)) {
            out.push_back(ending == "ing" ? w + "ing" : stem + "i" + std::string(ending));
        } else if (w.back() == 'e') {
            if (ending == "ing") {
                out.push_back(w.ends_with("ie") ? w.substr(0, w.size() - 2) + "ying"
                                                : (w.ends_with("ee") ? w + "ing" : stem + "ing"));
            } else {
                out.push_back(stem + std::string(ending));
            }
        } else {
            // One syllable doubles ("sadder"); a longer word may or may not ("upsetting", "offered").
            if (doubles(w)) out.push_back(w + w.back() + std::string(ending));
            if (!doubles(w) || w.size() > 4) out.push_back(w + std::string(ending));
        }
    };
    auto plural = [&] {
        if (consonantY(w))
            out.push_back(stem + "ies");
        else if (w.ends_with("s") || w.ends_with("x") || w.ends_with("z") || w.ends_with("ch") || w.ends_with("sh"))
            out.push_back(w + "es");
        else
            out.push_back(w + "s");
    };
    // A word that is itself a form ("annoyed", "annoying", "fails", "happily") makes none.
    auto endsIn = [&](std::initializer_list<std::string_view> endings) {
        return std::any_of(endings.begin(), endings.end(), [&](std::string_view e) { return w.ends_with(e); });
    };
    switch (cls) {
        case WordClass::Adjective:
            if (endsIn({"ed", "ing", "er", "est", "ly", "ful", "ous", "ive", "ic", "al", "able", "ible"})) break;
            suffixed("er");
            suffixed("est");
            break;
        case WordClass::Verb:
            if (endsIn({"ed", "ing", "ly", "ful", "ous", "ive", "ic", "able", "ible", "ness"}) ||
                (w.ends_with('s') && !w.ends_with("ss")))
                break;
            plural();
            suffixed("ed");
            suffixed("ing");
            break;
        case WordClass::Noun:
            if (endsIn({"ed", "ing", "ly", "ful", "ous", "ive", "able", "ible"}) ||
                (w.ends_with('s') && !w.ends_with("ss")))
                break;
            plural();
            break;
    }
    return out;
}

}  // namespace tw::core
