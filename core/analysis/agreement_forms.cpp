#include "analysis/agreement_forms.h"

#include <initializer_list>

namespace tw::core {

namespace {

bool endsIn(std::string_view w, std::initializer_list<std::string_view> endings) {
    for (std::string_view e : endings) {
        if (w.ends_with(e)) return true;
    }
    return false;
}

std::string cut(std::string_view w, std::size_t bytes) { return std::string(w.substr(0, w.size() - bytes)); }

void german(std::string_view w, std::vector<std::string>& out) {
    static constexpr std::string_view kEndings[] = {"e", "en", "er", "es", "em"};
    const std::string word(w);
    if (w.ends_with('e')) {  // müde -> müden, müder, müdes, müdem
        for (std::string_view e : {"n", "r", "s", "m"}) out.push_back(word + std::string(e));
        return;
    }
    for (std::string_view e : kEndings) out.push_back(word + std::string(e));
    // dunkel -> dunkle, teuer -> teure: the e before a final l or r drops.
    if (w.size() >= 5 && (w.ends_with("el") || endsIn(w, {"euer", "auer"}))) {
        const std::string stem = cut(w, 2) + std::string(w.substr(w.size() - 1));
        for (std::string_view e : kEndings) out.push_back(stem + std::string(e));
    }
    // Comparative and superlative with their endings: schlechtere, schlechteste, schlechtesten.
    for (std::string_view e : {"e", "en", "es", "em"}) out.push_back(word + "er" + std::string(e));
    const std::string superlative = word + (endsIn(w, {"t", "d", "s", "ß", "z", "x", "sch"}) ? "est" : "st");
    for (std::string_view e : kEndings) out.push_back(superlative + std::string(e));
}

void french(std::string_view w, std::vector<std::string>& out) {
    const std::string word(w);
    auto add = [&](std::string stem, std::initializer_list<std::string_view> endings) {
        for (std::string_view e : endings) out.push_back(stem + std::string(e));
    };
    if (w.ends_with('e')) {
        add(word, {"s"});  // triste -> tristes
    } else if (w.ends_with("eux")) {
        add(cut(w, 1), {"se", "ses"});  // heureux -> heureuse, heureuses
    } else if (w.ends_with("if")) {
        add(cut(w, 1), {"ve", "ves"});  // agressif -> agressive, agressives
        add(word, {"s"});
    } else if (w.ends_with("al")) {
        add(word, {"e", "es"});  // génial -> géniale, géniales, géniaux
        add(cut(w, 1), {"ux"});
    } else if (endsIn(w, {"el", "en", "on"}) || (w.ends_with("et") && w.size() > 4)) {
        add(word + std::string(w.substr(w.size() - 1)), {"e", "es"});  // bon -> bonne, cruel -> cruelle
        add(word, {"s"});
    } else if (w.ends_with("er")) {
        add(cut(w, 2), {"ère", "ères"});  // fier -> fière
        add(word, {"s"});
    } else if (endsIn(w, {"s", "x"})) {
        add(word, {"e", "es"});  // mauvais -> mauvaise
    } else {
        add(word, {"e", "s", "es"});  // déçu -> déçue, déçus, déçues; lent -> lente
    }
}

void spanish(std::string_view w, std::vector<std::string>& out) {
    const std::string word(w);
    if (w.ends_with('o')) {  // malo -> mala, malos, malas
        const std::string stem = cut(w, 1);
        for (std::string_view e : {"a", "os", "as"}) out.push_back(stem + std::string(e));
    } else if (w.ends_with('e') || w.ends_with('a')) {
        out.push_back(word + "s");  // triste -> tristes, basura -> basuras
    } else if (w.ends_with('z')) {
        out.push_back(cut(w, 1) + "ces");  // feliz -> felices
    } else if (w.ends_with("ón")) {
        out.push_back(cut(w, 3) + "ones");  // decepción -> decepciones (ó is two bytes)
    } else if (!w.ends_with('s')) {
        out.push_back(word + "es");  // fatal -> fatales, peor -> peores
    }
}

}  // namespace

std::vector<std::string> agreementForms(std::string_view word, std::string_view language) {
    std::vector<std::string> out;
    if (word.size() < 3) return out;
    for (char c : word) {
        if (c == ' ' || c == '-' || c == '\'' || (c >= '0' && c <= '9')) return out;
    }
    if (language == "de")
        german(word, out);
    else if (language == "fr")
        french(word, out);
    else if (language == "es")
        spanish(word, out);
    return out;
}

}  // namespace tw::core
