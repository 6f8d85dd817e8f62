#pragma once
// The regular forms of a German, French or Spanish lexicon word that agree with what they describe:
// a German adjective's endings ("schlecht" -> "schlechte", "schlechten", "schlechter",
// "schlechtes", "schlechtem") and its superlative ("schlechteste"), a French word's feminine and
// plural ("déçu" -> "déçue", "déçus", "déçues"; "génial" -> "géniaux"), a Spanish word's
// ("malo" -> "mala", "malos", "malas"; "feliz" -> "felices"). Spelling rules only: irregular
// forms are lexicon entries. A form that is not a word is never met, and costs nothing.

#include <string>
#include <string_view>
#include <vector>

namespace tw::core {

// The forms of `word` (lower case, as the lexicon folds it) in `language` ("de", "fr", "es");
// empty for other languages and for words too short to inflect.
std::vector<std::string> agreementForms(std::string_view word, std::string_view language);

}  // namespace tw::core
