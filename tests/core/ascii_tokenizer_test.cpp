// The fused tokenizer for ASCII texts must give exactly the tokens and sentences of the general
// one (UAX #29 segments): on tricky cases written here, on every ASCII line of the real corpora
// in ../shared/data (skipped when absent), and on random strings of the characters that matter.
#include "test_support.h"
#include "text/ascii_masks.h"
#include "text/tokenizer.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <iterator>
#include <random>
#include <sstream>
#include <vector>

using namespace tw::core;

namespace {

std::string describe(const TokenizedText& tt) {
    std::ostringstream out;
    for (const Token& t : tt.tokens) {
        out << '[' << static_cast<int>(t.kind) << ' ' << t.startCp << '-' << t.endCp << " '" << t.text << "' '"
            << t.norm << "' " << t.hash << ' ' << t.sentence << (t.allCaps ? " C" : "") << (t.elongated ? " E" : "")
            << ']';
    }
    out << " |";
    for (const Sentence& s : tt.sentences)
        out << " (" << s.startCp << ',' << s.endCp << ' ' << s.firstToken << ',' << s.endToken << ')';
    return out.str();
}

bool ascii(std::string_view s);

// Empty when both tokenizers agree (or when the fused one declines a text that is not ASCII,
// which the general one then takes); else both results. The fused one is fed a reused
// TokenizedText, as in the analyzer's loop, so that stale state would show.
std::string disagreement(std::string_view text) {
    thread_local TokenizedText fused;
    TokenizedText general;
    if (!tokenizeAscii(text, fused)) return ascii(text) ? "the fused tokenizer declined an ASCII text" : "";
    tokenizeSegmented(text, general);
    const std::string a = describe(fused), b = describe(general);
    return a == b ? std::string() : "fused:   " + a + "\ngeneral: " + b;
}

bool ascii(std::string_view s) {
    for (char c : s) {
        if (static_cast<unsigned char>(c) >= 0x80) return false;
    }
    return true;
}

// ASCII but for the typographic quotes, dashes and ellipsis the fused tokenizer reads through an
// ASCII stand-in (ascii_proxy.h).
bool standInsOnly(std::string_view s) {
    const std::string_view allowed[] = {"\u2018", "\u2019", "\u201C", "\u201D", "\u2013", "\u2014", "\u2026"};
    for (std::size_t i = 0; i < s.size();) {
        if (static_cast<unsigned char>(s[i]) < 0x80) {
            ++i;
            continue;
        }
        const auto* hit = std::find_if(std::begin(allowed), std::end(allowed),
                                       [&](std::string_view a) { return s.substr(i, a.size()) == a; });
        if (hit == std::end(allowed)) return false;
        i += hit->size();
    }
    return true;
}

}  // namespace

TEST(AsciiTokenizer, AgreesWithTheGeneralTokenizerOnTrickyText) {
    const char* cases[] = {
        "Great staff. But the app crashes! Why?",
        "I don't know... it's ok-ish, 3.5 stars (out of 5). U.S.A. is big. e.g. this one.",
        "Mr. Smith said: \"No!\" Then he left.\r\nNew line here\nand here.",
        "wow!!! really??? ok.   fine.) (Yes.) \"Quoted.\" next",
        "snake_case_name a_b 123_456 _x x_ 3rd 4th v2.0 1,000,000 10:30 a:b _ __ 2_ _1",
        "SOOOOO GOOOOD :) :-( <3 xD XD ;) D: :/ http://x.com/a?b=1. https://y.org), www.z.de! "
        "@user_1 #HashTag (@a) \"#b\" mail me@x.com or @ # @@ ## 2@b",
        "@abc.def #x.y :):) :)) (:) ^_^ -_- T_T =) >:( :'( ",
        "end with spaces   ",
        "",
        " ",
        "a",
        "...",
        "3.",
        "\t\v\f\x01\x7f",
        "It costs $5.99. it is cheap. A. b. C.",
        // Words in capitals past the sixteen bytes hashed from the padded copy, drawn out or not.
        "SUPERCALIFRAGILISTICEXPIALIDOCIOUS InternationalizationAndLocalization AAAAAAAAAAAAAAAAAAAAAH",
    };
    for (const char* text : cases) EXPECT_EQ(disagreement(text), "") << text;
}

TEST(AsciiTokenizer, DeclinesOtherTextsAndLeavesThemToTheGeneralTokenizer) {
    TokenizedText tt;
    // A combining accent (e + U+0301) is for the general tokenizer.
    EXPECT_FALSE(tokenizeAscii("Lo\u0301dz au lait", tt));
    EXPECT_TRUE(tt.tokens.empty());
    tokenize("Lo\u0301dz au lait", tt);
    ASSERT_EQ(tt.tokens.size(), 3u);
    EXPECT_EQ(tt.tokens[0].norm, "lo\u0301dz");
    EXPECT_EQ(tt.tokens[1].startCp, 6u);  // code points (the accent is one), not bytes
    // Declining leaves what is there as it was: the tokens of an ASCII text, with their normal
    // forms (kept with the text's copy in lower case).
    const std::string before = "GREAT @SupportTeam #FastFix, sooo GOOD";
    ASSERT_TRUE(tokenizeAscii(before, tt));
    const std::string described = describe(tt);
    EXPECT_FALSE(tokenizeAscii("LO\u0301DZ BIEN @\u00C9quipe", tt));
    EXPECT_EQ(describe(tt), described);
    EXPECT_EQ(tt.tokens[1].norm, "@supportteam");
    EXPECT_EQ(tt.tokens[4].norm, "soo");
}

TEST(AsciiTokenizer, AgreesWithTheGeneralTokenizerOnRealCorpora) {
    const char* files[] = {
        "sentiment_vader_groundtruth/tweets_GroundTruth.txt",
        "sentiment_vader_groundtruth/movieReviewSnippets_GroundTruth.txt",
        "sentiment_multilingual_tweets_umsab/english/train_text.txt",
        "cs_twcs_customer_support_twitter/twcs_first5000.csv",
        "cs_cfpb_complaints_sample/complaints_sample.csv",
        "sentiment_multilingual_tweets_umsab/german/train_text.txt",
        "sentiment_multilingual_tweets_umsab/french/train_text.txt",
        "sentiment_multilingual_tweets_umsab/spanish/train_text.txt",
        "customer_feedback_de_germeval2017/germeval2017_dev.tsv",
        "emotion_xed_multilingual/AnnotatedData/fi-annotated.tsv",
        "emotion_xed_multilingual/Projections/fr-projections.tsv",
        "emotion_xed_multilingual/Projections/pt-projections.tsv",
    };
    std::size_t tested = 0, lines = 0;
    for (const char* rel : files) {
        std::ifstream in(tw::test::sharedData(rel));
        if (!in) continue;
        ++tested;
        std::size_t failures = 0;
        for (std::string line; std::getline(in, line);) {
            if (!ascii(line) && !standInsOnly(line)) {
                // Lines with emoji: compared when the fused tokenizer takes them.
                thread_local TokenizedText probe;
                if (!tokenizeAscii(line, probe)) continue;
            }
            ++lines;
            std::string diff = disagreement(line);
            if (!diff.empty() && ++failures <= 3) ADD_FAILURE() << rel << ": " << line << "\n" << diff;
        }
        EXPECT_EQ(failures, 0u) << rel;
    }
    if (tested == 0) GTEST_SKIP() << "../shared/data not found: corpus agreement not checked";
    EXPECT_GT(lines, 10000u);
}

TEST(AsciiTokenizer, AgreesWithTheGeneralTokenizerOnRandomText) {
    const std::vector<std::string> alphabet = {
        "a", "B",  "x",  "D",  "T",  "1", "9",   ".",   ",", ";", ":",    "'",       "_",        "@",    "!",    "?",
        " ", "  ", "\n", "\r", "\"", "(", ")",   "-",   "$", "#", "<",    "3",       "^",        "=",    ">",    "*",
        "/", "\t", "P",  "o",  "O",  "|", "aaa", "EEE", "h", "w", "www.", "http://", "https://", "\r\n", "\x01", "~"};
    tw::test::expectNoDifferenceOnRandomText(alphabet, 20261124, 50000, disagreement,
                                             [](const std::string& what) { ADD_FAILURE() << what; });
}

// Typographic quotes, dashes and the ellipsis, as phones write them, read through their ASCII
// stand-ins: the same tokens, offsets (code points) and sentences as the general tokenizer's,
// wherever they stand — in words ("don’t", "5’6"), beside handles, URLs and emoticons, at sentence
// ends ("“Fine.” Then…").
TEST(AsciiTokenizer, AgreesWithTheGeneralTokenizerWithTypographicQuotesAndDashes) {
    const char* cases[] = {
        "I don\u2019t like it \u2014 at all\u2026 \u201CFine.\u201D Then he left.",
        "\u2018Quoted\u2019 text, 5\u20196\u201D tall, rock \u2019n\u2019 roll, DON\u2019T STOP, sooo\u2019s",
        "@user\u2019s #tag\u2019s http://x.com/a\u2019b \u2013) :\u2019( \u201C@me\u201D (#x) \u2026:)",
        "Wait\u2026 what?! \u201CReally.\u201D No. \u2013 Yes \u2014 maybe\u2026",
        "\u2019\u2019\u2019 \u201C\u201D \u2026\u2026 a\u2019 \u2019b 1\u20192 a\u2019\u2019b",
    };
    for (const char* text : cases) EXPECT_EQ(disagreement(text), "") << text;
    const std::vector<std::string> alphabet = {
        "a",       "B",      "1",      "'",      ".",      " ",      "!",      "?", "@",   "#",
        "\u2019",  "\u2018", "\u201C", "\u201D", "\u2013", "\u2014", "\u2026", ":", ")",   "(",
        "http://", "oooo",   "EEE",    "\n",     "_",      ",",      "\"",     "-", "don", "T"};
    tw::test::expectNoDifferenceOnRandomText(alphabet, 20261206, 30000, disagreement,
                                             [](const std::string& what) { ADD_FAILURE() << what; });
    // The tokens point at the text and at their own normal forms, not at the stand-in, which the
    // next text on the thread replaces.
    TokenizedText first, second;
    ASSERT_TRUE(tokenizeAscii("I don\u2019t know \u201Cwhy\u201D \u2014 OK\u2026", first));
    const std::string described = describe(first);
    ASSERT_TRUE(tokenizeAscii("Another text\u2019s words \u2013 here\u2026 and more of them, longer", second));
    EXPECT_EQ(describe(first), described);
    EXPECT_EQ(first.tokens[1].norm, "don't");
    EXPECT_EQ(first.tokens[1].text, "don\u2019t");
    // Other characters that are not ASCII still go to the general tokenizer: letters that are
    // not ASCII, a joiner or skin tone outside an emoji's cluster (it joins a word), flags.
    TokenizedText tt;
    for (const char* text : {"\u05E9\u05DC\u05D5\u05DD \u2019", "cafe\u0301", "a\uFE0F b", "1\uFE0F\u20E3",
                             "x\U0001F3FC", "\U0001F1FA\U0001F1F8", "\u3044\u304C"})
        EXPECT_FALSE(tokenizeAscii(text, tt)) << text;
}

// The letters of Latin-1 (German, French, Spanish feedback) read through stand-in letters of
// the same case: the same tokens, normal forms ("strasse" for "Straße"), capitals, drawn-out
// letters and sentences as the general tokenizer's.
TEST(AsciiTokenizer, AgreesWithTheGeneralTokenizerWithLatinOneLetters) {
    const char* cases[] = {
        "Die Stra\u00DFe war gesperrt. \u00DCberall Staus! \u00C4rgerlich, s\u00FC\u00FC\u00FC\u00DF.",
        "Tr\u00E8s d\u00E9\u00E7u\u2026 \u00C0 \u00E9viter. L\u2019\u00E9quipe n\u2019a pas r\u00E9pondu.",
        "\u00A1No funciona! El se\u00F1or dijo: \u00BFqu\u00E9? A\u00D1O 2\u00BA piso \u00D7 3 \u00F7 4",
        "@Jos\u00E9 #Caf\u00E9 http://x.es/\u00F1 \u00E9\u00E9\u00E9 \u00C9\u00C9 na\u00EFve a\u00E7o "
        "\u00FF\u00FF\u00FF",
        "\u0141\u00F3d\u017A, c\u0153ur, \u039F\u0394\u039F\u03A3 \u03BF\u03B4\u03CC\u03C2. \u0416\u0443\u043A "
        "\u0416\u0423\u041A.",
        "GR\u00DCN \u00DCBER ALLES. Stra\u00DFe. \u00C9t\u00E9 3.5\u00E9 don\u2019t \U0001F60D",
        "\u201EGut.\u201C Preis: 5\u00A0\u20AC, 20\u00B0 \u00AB Tr\u00E8s bien. \u00BB\u00A0#tag \u2022 \u00A35 "
        "caf\u00E9\u00B4s",
    };
    for (const char* text : cases) EXPECT_EQ(disagreement(text), "") << text;
    const std::vector<std::string> alphabet = {
        "a",       "B",      "1",      "'",      ".",      " ",          "!",      "?",      "@",
        "#",       ":",      ")",      "\u00E9", "\u00C9", "\u00DF",     "\u00F1", "\u00FC", "\u00DC",
        "\u00FF",  "\u00C0", "\u00D7", "\u00BF", "\u2019", "\U0001F60D", "EEE",    "oooo",   "\n",
        "_",       ",",      "\u0141", "\u0142", "\u0153", "\u03A3",     "\u03C2", "\u0436", "\u0416",
        "http://", "\u00A0", "\u201E", "\u00AB", "\u20AC", "\u00B0"};
    tw::test::expectNoDifferenceOnRandomText(alphabet, 20261208, 30000, disagreement,
                                             [](const std::string& what) { ADD_FAILURE() << what; });
    // A long text of many stand-ins and many special tokens among them.
    std::string longText;
    for (int k = 0; k < 400; ++k)
        longText += "\u0416\u0443\u043A #\u0442\u0435\u0433 @Jos\u00E9 http://x.ru/\u0436 \u201Cq\u201D :) ";
    EXPECT_EQ(disagreement(longText), "");
    TokenizedText tt;
    ASSERT_TRUE(tokenizeAscii("Stra\u00DFe GR\u00DCN", tt));
    EXPECT_EQ(tt.tokens[0].norm, "strasse");
    EXPECT_EQ(tt.tokens[1].norm, "gr\u00FCn");
    EXPECT_TRUE(tt.tokens[1].allCaps);
    EXPECT_EQ(tt.tokens[1].startCp, 7u);
}

// Emoji, with their variation selectors, joiners and skin tones, read through a stand-in: the
// same tokens (an emoji each, skin tones as punctuation, no token for a joiner), offsets and
// sentences as the general tokenizer's.
TEST(AsciiTokenizer, AgreesWithTheGeneralTokenizerWithEmoji) {
    const char* cases[] = {
        "Great service \U0001F60D thanks!\U0001F44D\U0001F3FC Next.\u2764\uFE0F",
        "\U0001F468\u200D\U0001F469\u200D\U0001F467 family \u2708\uFE0F:) \U0001F602\U0001F602\U0001F602",
        "Wow!\U0001F621 Really.\U0001F44D\uFE0F Ok \u263A @me\U0001F60D #tag\U0001F44D http://x.co/\U0001F600 end",
        "\U0001F44D\U0001F3FCgreat \U0001F44D\u200Da \u2764\uFE0F\u2764\uFE0F\u2026 \u201C\U0001F60A\u201D",
    };
    for (const char* text : cases) {
        TokenizedText tt;
        EXPECT_TRUE(tokenizeAscii(text, tt)) << text;
        EXPECT_EQ(disagreement(text), "") << text;
    }
    const std::vector<std::string> alphabet = {
        "a",      "B",      "1",          "'",      ".",      " ",      "!",      "?",      "@",          "#",
        ":",      ")",      "http://",    "oooo",   "\n",     ",",      "\"",     "-",      "\U0001F60D", "\U0001F44D",
        "\uFE0F", "\u200D", "\U0001F3FC", "\u2764", "\u2708", "\u2019", "\u201C", "\u2026", "EEE",        "don"};
    tw::test::expectNoDifferenceOnRandomText(alphabet, 20261207, 30000, disagreement,
                                             [](const std::string& what) { ADD_FAILURE() << what; });
    TokenizedText tt;
    ASSERT_TRUE(tokenizeAscii("ok \U0001F44D\U0001F3FC\u2764\uFE0F", tt));
    ASSERT_EQ(tt.tokens.size(), 4u);
    EXPECT_EQ(tt.tokens[1].kind, Token::Kind::Emoji);
    EXPECT_EQ(tt.tokens[2].kind, Token::Kind::Punct);  // the skin tone, as the general tokenizer has it
    EXPECT_EQ(tt.tokens[3].kind, Token::Kind::Emoji);
    EXPECT_EQ(tt.tokens[3].startCp, 5u);
}

// The fused tokenizer reads the text 64 bytes to a mask word: words, capitals, drawn-out letters
// and joins ("3.5", "don't") that straddle a word's edge, and words longer than 64 bytes.
TEST(AsciiTokenizer, AgreesWithTheGeneralTokenizerAcrossItsSixtyFourByteWords) {
    for (std::size_t lead = 0; lead < 70; ++lead) {
        for (const char* word : {"SOOOOO", "don't", "3.5", "a_b", "@x.y", "aaaa", "NOooo", ":)", "#tag"}) {
            const std::string text = std::string(lead, ' ') + word + " x";
            EXPECT_EQ(disagreement(text), "") << '"' << text << '"';
            const std::string glued = std::string(lead, 'b') + word + "!";
            EXPECT_EQ(disagreement(glued), "") << '"' << glued << '"';
        }
    }
    const std::vector<std::string> alphabet = {"a",
                                               "B",
                                               "1",
                                               "'",
                                               ".",
                                               "_",
                                               " ",
                                               ":)",
                                               "!",
                                               "EEE",
                                               "oooo",
                                               "http://",
                                               "\n",
                                               "@",
                                               "#",
                                               ",",
                                               std::string(40, 'k'),
                                               std::string(70, 'Q')};
    tw::test::expectNoDifferenceOnRandomText(alphabet, 20261206, 20000, disagreement,
                                             [](const std::string& what) { ADD_FAILURE() << what; });
}

// The byte classes of the paths for other processors (AVX2, SSE2, scalar) are the same, and so
// are the bytes they write back in lower case.
TEST(AsciiTokenizer, VectorAndScalarByteClassesAgree) {
    std::mt19937 rng(20261206);
    std::uniform_int_distribution<int> ascii(0, 127), any(0, 255);
    const std::string likely = "aAzZ@09_ .',;(\"\t\r\nsSoOxXDThw#^-:;<=>!?";
    std::vector<detail::AsciiClassifier> paths{detail::classifyAsciiPortable, detail::asciiClassifier()};
    if (!detail::hasAvx2Path()) std::puts("this processor has no AVX2: its path is not tested here");
    for (int n = 0; n < 20000; ++n) {
        char bytes[35];  // two bytes before the 32 classified, one after
        for (char& b : bytes)
            b = static_cast<char>(n % 3 == 0 ? likely[static_cast<std::size_t>(ascii(rng)) % likely.size()]
                                             : ascii(rng));
        char expected[35];
        std::copy(std::begin(bytes), std::end(bytes), expected);
        const auto scalar = detail::classifyAsciiScalar(expected + 2);
        for (auto classify : paths) {
            char copy[35];
            std::copy(std::begin(bytes), std::end(bytes), copy);
            ASSERT_EQ(classify(copy + 2), scalar) << n;
            ASSERT_TRUE(std::equal(std::begin(copy), std::end(copy), std::begin(expected))) << n;
        }
        bytes[2 + n % 32] = static_cast<char>(128 + any(rng) % 128);  // a byte that is not ASCII
        for (auto classify : paths) {
            char copy[35], scalarCopy[35];
            std::copy(std::begin(bytes), std::end(bytes), copy);
            std::copy(std::begin(bytes), std::end(bytes), scalarCopy);
            EXPECT_EQ(classify(copy + 2).high, detail::classifyAsciiScalar(scalarCopy + 2).high);
        }
    }
}

// The 64-byte path (AVX-512BW, where the processor has it) gives the classes of two 32-byte
// chunks, and writes back the same bytes.
TEST(AsciiTokenizer, SixtyFourByteClassesAgreeWithTwoChunks) {
    const detail::AsciiClassifier64 classify64 = detail::asciiClassifier64();
    if (!classify64) GTEST_SKIP() << "this processor has no AVX-512BW: its path is not tested here";
    std::mt19937 rng(20261207);
    std::uniform_int_distribution<int> ascii(0, 127), any(0, 255);
    const std::string likely = "aAzZ@09_ .',;(\"\t\r\nsSoOxXDThw#^-:;<=>!?";
    for (int n = 0; n < 20000; ++n) {
        char bytes[67];  // two bytes before the 64 classified, one after
        for (char& b : bytes)
            b = static_cast<char>(n % 3 == 0 ? likely[static_cast<std::size_t>(ascii(rng)) % likely.size()]
                                             : ascii(rng));
        if (n % 5 == 0) bytes[2 + n % 64] = static_cast<char>(128 + any(rng) % 128);  // not ASCII
        char expected[67], copy[67];
        std::copy(std::begin(bytes), std::end(bytes), expected);
        std::copy(std::begin(bytes), std::end(bytes), copy);
        const auto two = detail::classifyAscii64With(detail::classifyAsciiScalar, expected + 2);
        const auto one = classify64(copy + 2);
        if (two.high != 0) {  // the other classes are unspecified then
            ASSERT_EQ(one.high, two.high) << n;
            continue;
        }
        ASSERT_EQ(one, two) << n;
        ASSERT_TRUE(std::equal(std::begin(copy), std::end(copy), std::begin(expected))) << n;
    }
}

// Where the processor has AVX-512BW, the masks are built 64 bytes at a time; the 32-byte path
// (AVX2 or SSE2) that other processors take must agree with the general tokenizer as well.
TEST(AsciiTokenizer, AgreesWithTheGeneralTokenizerOnTheThirtyTwoBytePath) {
    const bool before = detail::useAsciiClassifier64(false);
    const std::vector<std::string> alphabet = {"a", "B", "x",   "D",  "T",   "1",  ".",    ",",       "'",   "_", "@",
                                               "!", "?", " ",   "\n", "\"",  "(",  "-",    "#",       ":",   ")", "aaa",
                                               "h", "w", "EEE", "<3", "^_^", "\t", "\r\n", "http://", "www."};
    tw::test::expectNoDifferenceOnRandomText(alphabet, 20261207, 20000, disagreement,
                                             [](const std::string& what) { ADD_FAILURE() << what; });
    detail::useAsciiClassifier64(before);
}

// A text of more than a megabyte (its masks are freed after use) gives the general tokenizer's
// tokens, and so does a short text after it, on the same thread.
TEST(AsciiTokenizer, AgreesOnAVeryLongTextAndOnTheTextAfterIt) {
    std::string text;
    while (text.size() <= (1u << 20) + 100) text += "I don't know... it's SOOO ok-ish, 3.5 stars :) @me #x. ";
    EXPECT_EQ(disagreement(text), "");
    EXPECT_EQ(disagreement("Great staff. But the app crashes! Why?"), "");
}
