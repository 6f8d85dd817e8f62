#include "rules/word_forms.h"

#include <libstemmer.h>

#include <array>

namespace tw::core {

namespace {
constexpr std::array<const char*, 4> kStemLanguages{"en", "de", "fr", "es"};
constexpr std::array<const char*, 4> kStemAlgorithms{"english", "german", "french", "spanish"};

}  // namespace

int stemLanguageIndex(std::string_view lang) {
    for (std::size_t i = 0; i < kStemLanguages.size(); ++i) {
        if (lang == kStemLanguages[i]) return static_cast<int>(i);
    }
    return 0;  // English when unknown
}

// Snowball stemmers are not thread-safe: one set per thread.
std::string stem(int language, std::string_view word) {
    struct Stemmers {
        std::array<sb_stemmer*, 4> s{};
        Stemmers() {
            for (std::size_t i = 0; i < s.size(); ++i) s[i] = sb_stemmer_new(kStemAlgorithms[i], "UTF_8");
        }
        ~Stemmers() {
            for (auto* st : s) sb_stemmer_delete(st);
        }
    };
    thread_local Stemmers stemmers;
    sb_stemmer* st = stemmers.s[static_cast<std::size_t>(language)];
    if (!st) return std::string(word);
    const sb_symbol* out =
        sb_stemmer_stem(st, reinterpret_cast<const sb_symbol*>(word.data()), static_cast<int>(word.size()));
    return out ? std::string(reinterpret_cast<const char*>(out), static_cast<std::size_t>(sb_stemmer_length(st)))
               : std::string(word);
}

// '*' any run, '?' one code point; iterative with one backtrack point: linear in practice and
// never exponential, whatever the pattern.
bool globMatch(std::string_view pattern, std::string_view text) {
    std::size_t p = 0, t = 0, star = std::string_view::npos, mark = 0;
    auto cpLen = [](std::string_view s, std::size_t i) {
        std::size_t n = 1;
        while (i + n < s.size() && (static_cast<unsigned char>(s[i + n]) & 0xC0) == 0x80) ++n;
        return n;
    };
    while (t < text.size()) {
        if (p < pattern.size() && pattern[p] == '?') {
            ++p;
            t += cpLen(text, t);
        } else if (p < pattern.size() && pattern[p] == '*') {
            star = p++;
            mark = t;
        } else if (p < pattern.size() && pattern[p] == text[t]) {
            ++p;
            ++t;
        } else if (star != std::string_view::npos) {
            p = star + 1;
            mark += cpLen(text, mark);
            t = mark;
        } else {
            return false;
        }
    }
    while (p < pattern.size() && pattern[p] == '*') ++p;
    return p == pattern.size();
}

}  // namespace tw::core
