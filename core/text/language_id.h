#pragma once
// Language identification of one verbatim: an ISO 639-1 code and how sure it is. Function words
// (resources/language/function_words.tsv) decide cheaply when they point clearly to one
// language; CLD2 (Compact Language Detector 2, Debian's libcld2) decides otherwise.

#include "text/tokenizer.h"
#include "util/flat_string_map.h"

#include <array>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace tw::core {

struct LanguageGuess {
    std::string code;         // "en", "de", ...; "und" when unknown
    double confidence = 0.0;  // 0..1
};

// CLD2 alone: confidence is the share of the text in that language, halved when unreliable.
LanguageGuess identifyLanguage(std::string_view utf8);

// CLD2 on the text without its handles and URLs (the tokens of `utf8` say where they are; each
// is read as spaces): names and addresses are no words of a language, and "@user" or "http" read
// as words pulled short texts towards English or a language whose letters they resemble.
LanguageGuess identifyLanguageOfWords(std::string_view utf8, const std::vector<Token>& tokens);

// Function words of the tokens first (confidence: their votes for the winner against the
// runner-up), CLD2 (identifyLanguageOfWords) when they do not decide.
LanguageGuess identifyLanguage(std::string_view utf8, const std::vector<Token>& tokens);

// Further evidence for the texts function words leave undecided: the languages a word belongs to,
// a bit each for en (1), de (2), fr (4), es (8); the sentiment lexicons' own words, for example.
using WordLanguages = std::function<unsigned(const Token&)>;

// Function words first; then those votes plus one per word of `more`, deciding on a clear winner
// (by two when a language without lexicon words has a function word); CLD2 for what is left.
LanguageGuess identifyLanguage(std::string_view utf8, const std::vector<Token>& tokens, const WordLanguages& more);

// The function-word vote alone; "und" when it does not decide.
LanguageGuess voteByFunctionWords(const std::vector<Token>& tokens);

// The same decision from votes a caller counted itself (the analyzer counts both kinds with one
// table lookup per word): `functionWords` per language of kVoteLanguageCodes, `moreWords` for
// en, de, fr and es (the bits of WordLanguages).
constexpr std::size_t kVoteLanguageCount = 7;
extern const std::array<const char*, kVoteLanguageCount> kVoteLanguageCodes;  // en de fr es it pt nl
struct LanguageVotes {
    std::array<int, kVoteLanguageCount> functionWords{};
    std::array<int, 4> moreWords{};
    bool countedMoreWords = false;  // false: function words alone, then CLD2
    // Words that vote for a language without a lexicon (it, pt, nl) and not for English: Italian
    // "i" is English "i" too and says nothing against an English text, while Spanish and
    // Portuguese share many words, each a sign that the text may be the other.
    int otherNotEnglish = 0;
};
// Weak votes (LanguageVotes::moreWords) decide only texts without letters of another script than
// Latin (hasLettersOfAnotherScript); CLD2 decides those (identifyLanguageOfWords, on `tokens`, the
// text's).
LanguageGuess decideLanguage(std::string_view utf8, const LanguageVotes& votes, const std::vector<Token>& tokens);
bool hasLettersOfAnotherScript(std::string_view utf8);

// A word's votes packed in one integer, five bits a count, so that a caller adds a word's votes
// with one addition: `functionBits` per kVoteLanguageCodes, `lexiconBits` per en, de, fr, es,
// and whether it counts in LanguageVotes::otherNotEnglish. Up to kPackedVoteWords words' packed
// votes add up without a count overflowing; `unpackVotes` then adds the sum to `votes`.
constexpr std::size_t kPackedVoteWords = 31;
std::uint64_t packedVotes(unsigned functionBits, unsigned lexiconBits);
void unpackVotes(std::uint64_t packedSum, LanguageVotes& votes);

// The function words (resources/language/function_words.tsv), each with a bit per language of
// kVoteLanguageCodes.
const FlatStringMap<std::uint8_t>& functionWords();

// Common words of a language that are no words of the others (resources/language/content_words.tsv),
// each with a bit per en, de, fr, es as WordLanguages has them: weak evidence, as a lexicon's words.
const FlatStringMap<std::uint8_t>& contentWords();

}  // namespace tw::core
