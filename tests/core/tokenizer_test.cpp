// ICU-based tokens and sentences with code-point offsets.
#include "text/tokenizer.h"
#include "analysis/sentiment_analyzer.h"
#include "text/language_id.h"
#include "text/normalize.h"
#include "util/term_values.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <cstdint>

#include <optional>
#include <random>
#include <set>
#include <string>
#include <vector>

using namespace tw::core;

TEST(Tokenizer, WordsSpecialTokensAndCodePointOffsets) {
    auto t = tokenize("Grüße @Brightline! SOOOO bad :( see https://x.io/a #fail 😡");
    std::vector<std::pair<Token::Kind, std::string>> got;
    for (const auto& tok : t.tokens) got.emplace_back(tok.kind, tok.norm);
    ASSERT_GE(t.tokens.size(), 9u);
    EXPECT_EQ(t.tokens[0].norm, "grüsse");  // case folding
    EXPECT_EQ(t.tokens[0].startCp, 0u);
    EXPECT_EQ(t.tokens[0].endCp, 5u);
    EXPECT_EQ(t.tokens[1].kind, Token::Kind::Handle);
    EXPECT_EQ(t.tokens[1].startCp, 6u);
    EXPECT_EQ(t.tokens[2].kind, Token::Kind::Punct);
    EXPECT_EQ(t.tokens[3].norm, "soo");
    EXPECT_TRUE(t.tokens[3].allCaps);
    EXPECT_TRUE(t.tokens[3].elongated);
    EXPECT_EQ(t.tokens[5].kind, Token::Kind::Emoticon);
    EXPECT_EQ(t.tokens[7].kind, Token::Kind::Url);
    EXPECT_EQ(t.tokens[7].text, "https://x.io/a");
    EXPECT_EQ(t.tokens[8].kind, Token::Kind::Hashtag);
    EXPECT_EQ(t.tokens.back().kind, Token::Kind::Emoji);
}

TEST(Tokenizer, SentencesSplitOnIcuBoundaries) {
    auto t = tokenize("Great staff. But the app crashes! Why?");
    ASSERT_EQ(t.sentences.size(), 3u);
    EXPECT_EQ(t.tokens[t.sentences[1].firstToken].norm, "but");
    EXPECT_EQ(t.sentences[2].startCp, 34u);
}

TEST(LanguageId, IdentifiesOurLanguages) {
    EXPECT_EQ(identifyLanguage("The delivery was late again and nobody answered my emails about it.").code, "en");
    EXPECT_EQ(identifyLanguage("Die Lieferung kam wieder zu spät und niemand hat auf meine E-Mails geantwortet.").code,
              "de");
    EXPECT_EQ(
        identifyLanguage("La livraison est encore arrivée en retard et personne n'a répondu à mes messages.").code,
        "fr");
    EXPECT_EQ(identifyLanguage("El pedido llegó tarde otra vez y nadie contestó a mis correos electrónicos.").code,
              "es");
}

TEST(LanguageId, LexiconWordsDecideWhatFunctionWordsLeaveOpen) {
    // No function word at all: the words' own languages decide, CLD2 is not asked.
    const std::string text = "Lieferung verspätet, Kundendienst katastrophal";
    const TokenizedText tokenized = tokenize(text);  // the tokens' normal forms live in it
    const auto& tokens = tokenized.tokens;
    auto germanWords = [](const Token& t) { return t.norm == "katastrophal" || t.norm == "verspätet" ? 2u : 0u; };
    LanguageGuess g = identifyLanguage(text, tokens, germanWords);
    EXPECT_EQ(g.code, "de");
    EXPECT_GT(g.confidence, 0.5);
    // The same words, claimed for Spanish, win for Spanish: the evidence is the caller's.
    g = identifyLanguage(text, tokens, [](const Token& t) { return t.norm == "katastrophal" ? 8u : 0u; });
    EXPECT_EQ(g.code, "es");
    // A tie decides nothing: CLD2 answers.
    g = identifyLanguage(text, tokens, [](const Token& t) { return t.norm == "katastrophal" ? 3u : 0u; });
    EXPECT_EQ(g.code, identifyLanguage(text).code);
    // An Italian function word ("i") needs a margin of two.
    const std::string mixed = "i prodotti sono arrivati rotti";
    const TokenizedText mixedTokenized = tokenize(mixed);
    const auto& mixedTokens = mixedTokenized.tokens;
    g = identifyLanguage(mixed, mixedTokens, [](const Token& t) { return t.norm == "rotti" ? 1u : 0u; });
    EXPECT_EQ(g.code, identifyLanguage(mixed).code);
    // But "i" is English too: led by English, it says nothing against it. CLD2 alone calls this
    // short text Catalan.
    const std::string tweet = "I love Barcelona";
    const TokenizedText tweetTokenized = tokenize(tweet);
    ASSERT_NE(identifyLanguage(tweet).code, "en");
    g = identifyLanguage(tweet, tweetTokenized.tokens, [](const Token& t) { return t.norm == "love" ? 1u : 0u; });
    EXPECT_EQ(g.code, "en");
}

// The analyzer adds a word's votes packed into one integer: up to kPackedVoteWords words add
// up without one count running into the next, and unpacked they are the counts one by one.
TEST(LanguageId, PackedVotesAddUpToTheCountsOneByOne) {
    LanguageVotes packedOnes, oneByOne;
    std::uint64_t sum = 0;
    for (unsigned w = 0; w < 100; ++w) {
        const unsigned functionBits = w % 3 == 0 ? 0x7Fu : (w * 37u) & 0x7Fu,
                       lexiconBits = w % 5 == 0 ? 0xFu : w & 0xFu;
        sum += packedVotes(functionBits, lexiconBits);
        if ((w + 1) % kPackedVoteWords == 0) {
            unpackVotes(sum, packedOnes);
            sum = 0;
        }
        for (std::size_t l = 0; l < kVoteLanguageCount; ++l) oneByOne.functionWords[l] += (functionBits >> l) & 1u;
        for (std::size_t l = 0; l < 4; ++l) oneByOne.moreWords[l] += (lexiconBits >> l) & 1u;
        // Italian, Portuguese or Dutch, and neither an English function word nor an English lexicon word.
        oneByOne.otherNotEnglish += (functionBits & 0x70u) != 0 && ((functionBits | lexiconBits) & 1u) == 0;
    }
    unpackVotes(sum, packedOnes);
    EXPECT_EQ(packedOnes.functionWords, oneByOne.functionWords);
    EXPECT_EQ(packedOnes.moreWords, oneByOne.moreWords);
    EXPECT_EQ(packedOnes.otherNotEnglish, oneByOne.otherNotEnglish);
    // Every lane full: 31 words voting for everything.
    LanguageVotes full;
    sum = 0;
    for (std::size_t w = 0; w < kPackedVoteWords; ++w) sum += packedVotes(0x7Fu, 0xEu);
    unpackVotes(sum, full);
    for (int n : full.functionWords) EXPECT_EQ(n, 31);
    EXPECT_EQ(full.moreWords, (std::array<int, 4>{0, 31, 31, 31}));
}

// English's common words vote for English: "on" and "me" are English as well as French (and
// Spanish), and words such as "why", "out", "that's", "won't" are English alone, so that short
// English texts are decided by their words and not sent to CLD2.
TEST(LanguageId, CommonEnglishWordsVoteForEnglish) {
    for (const char* text : {"Tell me what's on your mind", "Why won't it turn on", "Check it out, that's all",
                             "Need help here, still waiting"}) {
        const TokenizedText tt = tokenize(text);
        EXPECT_EQ(voteByFunctionWords(tt.tokens).code, "en") << text;
    }
    // Words German shares stay shared: "also" and "still" do not make a German text English.
    const TokenizedText german = tokenize("Also ich bin still und warte auf die Antwort");
    EXPECT_EQ(voteByFunctionWords(german.tokens).code, "de");
}

// Drawn-out letters are cut to two ("sooo" -> "soo"); digits never are: an order number, a price
// or a postcode keeps its value, in ASCII texts and in others.
TEST(Tokenizer, OnlyLettersAreCutWhenDrawnOut) {
    for (const std::string text : {"Sooo late: order 5550001 for 1000 dollars, 90000 A1000",
                                   "Sooo late: order 5550001 for 1000 €, 90000 A1000"}) {
        const TokenizedText tt = tokenize(text);
        std::vector<std::string> norms;
        for (const Token& t : tt.tokens) {
            norms.emplace_back(t.norm);
            if (t.kind == Token::Kind::Number) {
                EXPECT_FALSE(t.elongated) << t.text;
            }
        }
        for (const char* kept : {"5550001", "1000", "90000", "a1000", "soo"}) {
            EXPECT_NE(std::find(norms.begin(), norms.end(), kept), norms.end()) << kept << " in " << text;
        }
        EXPECT_TRUE(tt.tokens[0].elongated);
    }
    EXPECT_EQ(tokenize("Grüüüße x").tokens[0].norm, "grüüsse");  // case folding makes ß "ss"
}

TEST(Tokenizer, NormalFormsLiveAsLongAsTheirTokenizedTextAndItsCopies) {
    const std::string text = "SOOOO happy with CAFÉ Grüße, not bad at all";
    std::optional<TokenizedText> copy;
    TokenizedText moved;
    {
        TokenizedText original = tokenize(text);
        ASSERT_EQ(original.tokens[0].norm, "soo");
        // A word already in its normal form is its own text: nothing copied.
        EXPECT_EQ(original.tokens[1].norm.data(), original.tokens[1].text.data());
        copy = original;
        moved = std::move(original);
        original = tokenize("SOMETHING ELSE ENTIRELY, WRITTEN OVER THE SAME STORE");
    }
    for (const TokenizedText* tt : {&*copy, &moved}) {
        std::vector<std::string> norms;
        for (const Token& t : tt->tokens) norms.emplace_back(t.norm);
        EXPECT_EQ(norms,
                  (std::vector<std::string>{"soo", "happy", "with", "café", "grüsse", ",", "not", "bad", "at", "all"}));
    }
}

TEST(Tokenizer, NormalFormsLongerThanTheirTextAreKept) {
    // Case folding can make a word three times as long: "ΐ" (2 bytes) folds to 6. A reused
    // TokenizedText keeps each text's forms, whatever their length.
    TokenizedText tt;
    const std::string word = "ΐΐΐΐΐΐΐΐΐΐΐΐ";
    for (const std::string& text : {std::string("short"), word + " " + word, std::string("x"), word}) {
        tokenize(text, tt);
        for (const Token& t : tt.tokens) {
            if (t.text == word) {
                EXPECT_EQ(t.norm, foldCase(word));
            }
        }
    }
    EXPECT_EQ(foldCase(word).size(), 3 * word.size());
}

// Case folding without ICU for ASCII, Latin-1 and typographic apostrophes (most European
// feedback) gives what ICU gives: every character of Latin-1 alone and in words, and random
// strings of those and of characters ICU alone folds.
TEST(Normalize, LatinOneFoldingIsIcusFolding) {
    for (unsigned cp = 0x80; cp <= 0xFF; ++cp) {
        std::string ch;
        ch += static_cast<char>(0xC0 | (cp >> 6));
        ch += static_cast<char>(0x80 | (cp & 0x3F));
        for (const std::string& text : {ch, "A" + ch + "Z", ch + ch + ch, "stra" + ch + "e"})
            EXPECT_EQ(foldCase(text), foldCaseWithIcu(text)) << std::hex << cp;
    }
    EXPECT_EQ(foldCase("STRA\u00DFE \u00C9T\u00C9 \u00B5m DON\u2019T"), "strasse \u00E9t\u00E9 \u03BCm don\u2019t");
    std::mt19937 rng(20261206);
    const std::vector<std::string> alphabet = {"a",      "Z",      "1",      " ",      "'",      "\u00C0", "\u00DE",
                                               "\u00DF", "\u00E9", "\u00FF", "\u00D7", "\u00B5", "\u00A0", "\u2019",
                                               "\u2018", "\u20AC", "\u0130", "\u0152", "\u03A3", "\xC3",   "\xC2\x41"};
    std::uniform_int_distribution<std::size_t> pick(0, alphabet.size() - 1), length(1, 12);
    for (int n = 0; n < 20000; ++n) {
        std::string text;
        for (std::size_t k = length(rng); k > 0; --k) text += alphabet[pick(rng)];
        ASSERT_EQ(foldCase(text), foldCaseWithIcu(text)) << text;
    }
}

// Common English words that are no words of the other languages (content_words.tsv) decide short
// English texts that have no function word, as weak votes (confidence 0.8 for a text of them
// alone, where CLD2 would be asked); they are neither function words of another language nor
// words of the German, French or Spanish lexicons.
TEST(LanguageId, CommonEnglishContentWordsDecideShortTexts) {
    auto english = [](const Token& t) {
        const auto* f = contentWords().find(t.norm);
        return f ? unsigned{f->value} : 0u;
    };
    for (const char* text : {"Coffee time", "Sunday morning, tired feet", "Almost ready", "Horse riding lessons"}) {
        const TokenizedText tt = tokenize(text);
        ASSERT_EQ(voteByFunctionWords(tt.tokens).code, "und") << text;  // function words leave it open
        const LanguageGuess g = identifyLanguage(text, tt.tokens, english);
        EXPECT_EQ(g.code, "en") << text;
        EXPECT_DOUBLE_EQ(g.confidence, 0.8) << text;
    }
    const auto analyzer = SentimentAnalyzer::create().value();
    const TextAnalysis a = analyzer.analyze("Coffee time");
    EXPECT_EQ(a.language, "en");
    EXPECT_DOUBLE_EQ(a.languageConfidence, 0.8);
    // Weak votes speak for texts of the Latin script only: an English word in a Japanese question
    // leaves it to CLD2.
    EXPECT_FALSE(hasLettersOfAnotherScript("Coffee time 😀 à la crème, Ærø, naïve, “quoted” – ok"));
    EXPECT_TRUE(hasLettersOfAnotherScript("fire TV stickを購入したのですが"));
    EXPECT_TRUE(hasLettersOfAnotherScript("coffee Привет"));
    EXPECT_TRUE(hasLettersOfAnotherScript("coffee καλημέρα"));
    EXPECT_EQ(analyzer.analyze("fire TV stickを購入したのですが一瞬しかうつりません。どうしたらいいですか").language,
              "ja");
    ASSERT_GT(contentWords().size(), 300u);
    contentWords().forEach([&](const std::string& word, std::uint8_t bits) {
        EXPECT_EQ(bits, 1u) << word;  // English only, for now
        const auto* f = functionWords().find(word);
        EXPECT_TRUE(f == nullptr || f->value == 1u) << word << " is a function word of another language";
        for (const char* other : {"de", "fr", "es"})
            EXPECT_FALSE(builtinLexicon(other).isWritten(word)) << word << " is a word of " << other;
    });
}

// The language votes are found by a word's hash and length (util/term_values.h), which tell
// apart every word of up to eight bytes: no two of the words that vote — function words, common
// words and every key of the built-in lexicons — share a hash and a length.
TEST(LanguageId, TheVotingWordsAreToldApartByHashAndLength) {
    std::set<std::string> words;
    functionWords().forEach([&](const std::string& word, std::uint8_t) { words.insert(word); });
    contentWords().forEach([&](const std::string& word, std::uint8_t) { words.insert(word); });
    for (const char* language : {"en", "de", "fr", "es", "und"})
        builtinLexicon(language).forEachKey([&](const std::string& word) { words.insert(word); });
    std::vector<std::pair<std::string_view, std::uint64_t>> entries;
    for (const std::string& w : words) entries.emplace_back(w, 1);
    const TermValues table(entries, 8);
    EXPECT_GT(words.size(), 3000u);
    EXPECT_EQ(table.size(), words.size());
    EXPECT_EQ(table.clashes(), 0u);
}

// CLD2 reads a text without its handles and URLs: "@user", "http" and "via" read as English words
// made these short French tweets English.
TEST(LanguageId, HandlesAndUrlsAreNoWordsOfALanguage) {
    const auto analyzer = SentimentAnalyzer::create().value();
    for (const char* text : {"ECOLOGIE \u2022 L'extension du domaine de la glace http via @user",
                             "RT @user: Le fromage, esp\u00E8ce menac\u00E9e http http via @user",
                             "Lancement europ\u00E9en de la MOVE Week | Francs Jeux | @user http"}) {
        const TokenizedText tt = tokenize(text);
        EXPECT_EQ(identifyLanguageOfWords(text, tt.tokens).code, "fr") << text;
        EXPECT_EQ(analyzer.analyze(text).language, "fr") << text;
    }
    // What CLD2 reads is the text with each handle and URL as as many spaces.
    const std::string text = "@user Le fromage, esp\u00E8ce menac\u00E9e, http://t.co/x";
    std::string blanked = text;
    blanked.replace(0, 5, 5, ' ');
    blanked.replace(blanked.find("http"), 13, 13, ' ');  // "http://t.co/x"
    const TokenizedText tt = tokenize(text);
    const LanguageGuess a = identifyLanguageOfWords(text, tt.tokens), b = identifyLanguage(blanked);
    EXPECT_EQ(a.code, b.code);
    EXPECT_DOUBLE_EQ(a.confidence, b.confidence);
    // Tokens of another copy of the text are not this text's: nothing is blanked.
    const std::string copy = text;
    const LanguageGuess c = identifyLanguageOfWords(copy, tt.tokens), d = identifyLanguage(copy);
    EXPECT_EQ(c.code, d.code);
    EXPECT_DOUBLE_EQ(c.confidence, d.confidence);
}
