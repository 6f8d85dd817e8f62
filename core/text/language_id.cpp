#include "text/language_id.h"

#include "text/utf8.h"
#include "util/embedded_resources.h"
#include "util/flat_string_map.h"
#include "util/term_values.h"
#include "util/text_lines.h"

#include <cld2/public/compact_lang_det.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

#include <array>
#include <cstdint>
#include <string>

namespace CLD2 {
const char* LanguageCode(Language lang);  // declared in CLD2's internal lang_script.h
}

namespace tw::core {

namespace {

const auto& kVoteLanguages = kVoteLanguageCodes;
constexpr std::size_t kDecidable = 4;  // the vote may only name en, de, fr, es; the rest abstain

// "word<TAB>codes" lines: a bit per language of `languages` that `codes` names.
FlatStringMap<std::uint8_t> wordLanguages(std::string_view resource, const char* const* languages, std::size_t count) {
    FlatStringMap<std::uint8_t> out;
    forEachDataLine(embeddedResource(resource), [&](std::string_view line, std::size_t) {
        const std::size_t tab = line.find('\t');
        if (tab == std::string_view::npos) return;
        std::uint8_t mask = 0;
        std::string_view codes = line.substr(tab + 1);
        for (std::size_t l = 0; l < count; ++l) {
            if (codes.find(languages[l]) != std::string_view::npos) mask |= static_cast<std::uint8_t>(1u << l);
        }
        out[line.substr(0, tab)] = mask;
    });
    return out;
}

}  // namespace

const std::array<const char*, kVoteLanguageCount> kVoteLanguageCodes{"en", "de", "fr", "es", "it", "pt", "nl"};

const FlatStringMap<std::uint8_t>& functionWords() {
    static const auto words = wordLanguages("function_words.tsv", kVoteLanguages.data(), kVoteLanguages.size());
    return words;
}

const FlatStringMap<std::uint8_t>& contentWords() {
    static const auto words = wordLanguages("content_words.tsv", kVoteLanguages.data(), kDecidable);
    return words;
}

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

LanguageGuess identifyLanguageOfWords(std::string_view utf8, const std::vector<Token>& tokens) {
    thread_local std::string words;
    bool blanked = false;
    const auto start = reinterpret_cast<std::uintptr_t>(utf8.data());
    for (const Token& t : tokens) {
        if (t.kind != Token::Kind::Handle && t.kind != Token::Kind::Url) continue;
        const auto at = reinterpret_cast<std::uintptr_t>(t.text.data());
        if (at < start || at - start + t.text.size() > utf8.size()) continue;  // not this text's token
        if (!blanked) words.assign(utf8);
        blanked = true;
        words.replace(at - start, t.text.size(), t.text.size(), ' ');
    }
    return identifyLanguage(blanked ? std::string_view(words) : utf8);
}

namespace {

using Votes = std::array<int, kVoteLanguageCount>;

Votes functionWordVotes(const std::vector<Token>& tokens) {
    const FlatStringMap<std::uint8_t>& words = functionWords();
    Votes votes{};
    for (const Token& t : tokens) {
        if (t.kind != Token::Kind::Word) continue;
        const auto* found = words.find(t.norm, t.hash);
        if (!found) continue;
        for (std::size_t l = 0; l < votes.size(); ++l) votes[l] += (found->value >> l) & 1;
    }
    return votes;
}

// A function word's bits (per kVoteLanguageCodes) and a lexicon word's (per en, de, fr, es):
// whether the word votes for a language without a lexicon and not for English.
bool votesForOthersNotEnglish(unsigned functionBits, unsigned lexiconBits) {
    constexpr unsigned kDecidableBits = (1u << kDecidable) - 1;
    return (functionBits & ~kDecidableBits) != 0 && ((functionBits | lexiconBits) & 1u) == 0;
}

// A vote's winner: an index of kVoteLanguages, kVoteLanguageCount for none.
struct Winner {
    std::size_t language = kVoteLanguageCount;
    double confidence = 0.0;
    [[nodiscard]] bool decided() const { return language < kVoteLanguageCount; }
    [[nodiscard]] LanguageGuess guess() const {
        return decided() ? LanguageGuess{kVoteLanguages[language], confidence} : LanguageGuess{"und", 0.0};
    }
};

// The winner when it is one of the decidable languages with at least `least` votes and `margin`
// more than any other; none otherwise.
Winner decide(const Votes& votes, int least, int margin) {
    std::size_t best = 0, second = 1;
    if (votes[second] > votes[best]) std::swap(best, second);
    for (std::size_t l = 2; l < votes.size(); ++l) {
        if (votes[l] > votes[best]) {
            second = best;
            best = l;
        } else if (votes[l] > votes[second]) {
            second = l;
        }
    }
    if (best < kDecidable && votes[best] >= least && votes[best] - votes[second] >= margin)
        return {best, static_cast<double>(votes[best]) / (votes[best] + votes[second])};
    return {};
}

}  // namespace

LanguageGuess voteByFunctionWords(const std::vector<Token>& tokens) {
    // Two function words more than any other language: clear enough for short texts.
    return decide(functionWordVotes(tokens), 2, 2).guess();
}

LanguageGuess identifyLanguage(std::string_view utf8, const std::vector<Token>& tokens) {
    LanguageGuess g = voteByFunctionWords(tokens);
    return g.code == "und" ? identifyLanguageOfWords(utf8, tokens) : g;
}

LanguageGuess identifyLanguage(std::string_view utf8, const std::vector<Token>& tokens, const WordLanguages& more) {
    LanguageVotes votes;
    votes.functionWords = functionWordVotes(tokens);
    if (more && !decide(votes.functionWords, 2, 2).decided()) {
        votes.countedMoreWords = true;
        const FlatStringMap<std::uint8_t>& words = functionWords();
        for (const Token& t : tokens) {
            if (t.kind != Token::Kind::Word) continue;
            const unsigned bits = more(t);
            for (std::size_t l = 0; l < votes.moreWords.size(); ++l)
                votes.moreWords[l] += static_cast<int>((bits >> l) & 1u);
            const auto* found = words.find(t.norm, t.hash);
            votes.otherNotEnglish += votesForOthersNotEnglish(found ? found->value : 0u, bits) ? 1 : 0;
        }
    }
    return decideLanguage(utf8, votes, tokens);
}

namespace {
// Lanes of five bits: the function-word languages, then the lexicon languages, then "another
// language, not English".
constexpr unsigned kLaneBits = 5;
constexpr std::uint64_t kLane = (1u << kLaneBits) - 1;
constexpr unsigned kMoreWordsLane = kVoteLanguageCount;
constexpr unsigned kOtherLane = kMoreWordsLane + 4;
// Packed votes are kept in a TermValues (the analyzer's vote table), which holds 60 bits a value.
static_assert((kOtherLane + 1) * kLaneBits <= TermValues::kValueBits && kPackedVoteWords == kLane);
}  // namespace

std::uint64_t packedVotes(unsigned functionBits, unsigned lexiconBits) {
    std::uint64_t packed = 0;
    for (unsigned l = 0; l < kVoteLanguageCount; ++l)
        packed |= std::uint64_t{(functionBits >> l) & 1u} << (kLaneBits * l);
    for (unsigned l = 0; l < 4; ++l)
        packed |= std::uint64_t{(lexiconBits >> l) & 1u} << (kLaneBits * (kMoreWordsLane + l));
    if (votesForOthersNotEnglish(functionBits, lexiconBits)) packed |= std::uint64_t{1} << (kLaneBits * kOtherLane);
    return packed;
}

void unpackVotes(std::uint64_t sum, LanguageVotes& votes) {
    auto lane = [sum](unsigned l) { return static_cast<int>((sum >> (kLaneBits * l)) & kLane); };
    for (unsigned l = 0; l < kVoteLanguageCount; ++l) votes.functionWords[l] += lane(l);
    for (unsigned l = 0; l < 4; ++l) votes.moreWords[l] += lane(kMoreWordsLane + l);
    votes.otherNotEnglish += lane(kOtherLane);
}

bool hasLettersOfAnotherScript(std::string_view utf8) {
    if (isAscii(utf8)) return false;
    const auto* bytes = reinterpret_cast<const std::uint8_t*>(utf8.data());
    const auto n = static_cast<std::int32_t>(utf8.size());
    for (std::int32_t i = 0; i < n;) {
        UChar32 c = 0;
        U8_NEXT(bytes, i, n, c);
        if (c < 0x250 || !u_isalpha(c)) continue;  // up to Latin Extended-B: Latin; not a letter: no script
        UErrorCode status = U_ZERO_ERROR;
        const UScriptCode script = uscript_getScript(c, &status);
        if (U_SUCCESS(status) && script != USCRIPT_LATIN && script != USCRIPT_COMMON && script != USCRIPT_INHERITED)
            return true;
    }
    return false;
}

LanguageGuess decideLanguage(std::string_view utf8, const LanguageVotes& counted, const std::vector<Token>& tokens) {
    Votes votes = counted.functionWords;
    Winner g = decide(votes, 2, 2);
    if (g.decided()) return g.guess();
    // Weak votes speak for a text of the Latin script only: an English word in a Japanese or a
    // Russian text says nothing of the whole ("fire TV stick" in a Japanese question).
    if (counted.countedMoreWords && !hasLettersOfAnotherScript(utf8)) {
        // A word of a language without a lexicon (Portuguese "uma") asks for a wider margin;
        // led by English, only such words that are not English too ("i" is Italian as well).
        bool otherLanguage = false;
        for (std::size_t l = kDecidable; l < votes.size(); ++l) otherLanguage |= votes[l] > 0;
        for (std::size_t l = 0; l < kDecidable; ++l) votes[l] += counted.moreWords[l];
        g = decide(votes, 1, 1);
        if (g.language == 0) otherLanguage = counted.otherNotEnglish > 0;  // led by English
        if (otherLanguage) g = decide(votes, 1, 2);
        if (g.decided()) {
            g.confidence *= 0.8;  // content words are weaker evidence than function words
            return g.guess();
        }
    }
    return identifyLanguageOfWords(utf8, tokens);
}

}  // namespace tw::core
