#pragma once
// The regular inflections of an English word, for lexicon entries written once: "sad" meets
// "sadder" and "saddest", "annoy" meets "annoys", "annoyed" and "annoying". Spelling rules only
// (a final e dropped, y to i, a final consonant doubled); irregular forms are lexicon entries.

#include <string>
#include <string_view>
#include <vector>

namespace tw::core {

enum class WordClass { Adjective, Verb, Noun };

// The forms of `word` (lower-case ASCII letters) for its class: an adjective's comparative and
// superlative, a verb's -s, -ed and -ing forms, a noun's plural. Empty for other words.
std::vector<std::string> regularForms(std::string_view word, WordClass cls);

}  // namespace tw::core
