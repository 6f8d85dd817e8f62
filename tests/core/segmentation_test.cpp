// The direct UTF-8 segmentation must agree with ICU's break iterators: on tricky cases written
// here and on every line of the real corpora in ../shared/data (skipped when absent).
#include "text/segmentation.h"
#include "test_support.h"

#include <gtest/gtest.h>

#include <fstream>
#include <random>
#include <sstream>

using namespace tw::core;

namespace {

std::string describe(const Segmentation& s) {
    std::ostringstream out;
    for (const auto& w : s.words) {
        out << '[' << w.startCp << ',' << w.endCp << ' ' << static_cast<int>(w.kind) << ']';
    }
    out << " | ";
    for (const auto& [a, b] : s.sentences) out << '(' << a << ',' << b << ')';
    return out.str();
}

// Empty when both implementations agree (or the direct one declines the text), else both results.
std::string disagreement(std::string_view text) {
    Segmentation fast, icu;
    if (!segmentAlphabetic(text, fast)) return {};
    segmentWithIcu(text, icu);
    // ICU may split a run without words in other places; tokens only depend on the word
    // segments, so compare those and the None text they leave between them.
    auto words = [](const Segmentation& s) {
        std::ostringstream out;
        for (const auto& w : s.words) {
            if (w.kind != WordSegment::Kind::None)
                out << '[' << w.startByte << ',' << w.endByte << ' ' << static_cast<int>(w.kind) << ']';
        }
        for (const auto& [a, b] : s.sentences) out << '(' << a << ',' << b << ')';
        out << s.codePoints;
        return out.str();
    };
    if (words(fast) == words(icu)) return {};
    return "direct: " + describe(fast) + "\nicu:    " + describe(icu);
}

}  // namespace

TEST(Segmentation, AgreesWithIcuOnTrickyText) {
    const char* cases[] = {
        "Great staff. But the app crashes! Why?",
        "I don't know... it's ok-ish, 3.5 stars (out of 5). U.S.A. is big. e.g. this one.",
        "Mr. Smith said: \"No!\" Then he left.\r\nNew line here\nand here.",
        "l'hôtel était génial ; l’accueil aussi. Straße 12,5 km — ça va?",
        "wow!!! really??? ok.   fine.) (Yes.) \"Quoted.\" next",
        "family 👨‍👩‍👧 and 👍🏽 and flags 🇩🇪🇫🇷 ❤️ 1️⃣ end",
        "snake_case_name a_b 123_456 _x x_ 3rd 4th v2.0 1,000,000 10:30 a:b",
        "Ελληνικά κείμενα. Русский текст, привет! Հայերեն",
        "café cafe\u0301 naïve coöperate soft\u00ADhyphen zero\u200Bwidth",
        "end with spaces   ",
        "",
        " ",
        "a",
        "...",
        "3.",
        "It costs $5.99. it is cheap. A. b. C.",
        "Hello.World hello.world 1.a a.1 _ __ a__ 2_ mail me@x.com or @user #tag 2@b",
        "Tab\tseparated\u00A0nbsp\u2028line\u2029para\u0085nel",
    };
    for (const char* text : cases) {
        Segmentation fast;
        ASSERT_TRUE(segmentAlphabetic(text, fast)) << text;
        EXPECT_EQ(disagreement(text), "") << text;
    }
}

TEST(Segmentation, OnlyTerminatorsAndLineEndsInterruptAnAsciiSentence) {
    // The ASCII sentence scan skips sixteen bytes at a time to the next of these five.
    std::string interrupting;
    for (int c = 0; c < 128; ++c) {
        if (!asciiClasses().plainSb[static_cast<std::size_t>(c)]) interrupting += static_cast<char>(c);
    }
    EXPECT_EQ(interrupting, "\n\r!.?");
    // Terminators on either side of each sixteen-byte step.
    for (std::size_t at = 10; at < 40; ++at) {
        std::string text(48, 'a');
        for (std::size_t k = 4; k < text.size(); k += 9) text[k] = ' ';
        text[at] = '.';
        text[at + 1] = ' ';
        text[at + 2] = 'B';
        EXPECT_EQ(disagreement(text), "") << text;
    }
}

TEST(Segmentation, DeclinesScriptsSegmentedByDictionary) {
    Segmentation s;
    EXPECT_FALSE(segmentAlphabetic("配送が遅れました", s));
    EXPECT_FALSE(segmentAlphabetic("ส่งช้ามาก", s));
    EXPECT_FALSE(segmentAlphabetic("שלום עולם", s));
    EXPECT_FALSE(segmentAlphabetic("bad \xC3 utf8", s));
    // segment() still works for them, through ICU.
    segment("配送が遅れました", s);
    EXPECT_GE(s.words.size(), 2u);
    EXPECT_EQ(s.codePoints, 8u);
}

TEST(Segmentation, AgreesWithIcuOnRealCorpora) {
    const char* files[] = {
        "sentiment_vader_groundtruth/tweets_GroundTruth.txt",
        "sentiment_vader_groundtruth/movieReviewSnippets_GroundTruth.txt",
        "sentiment_multilingual_tweets_umsab/english/train_text.txt",
        "sentiment_multilingual_tweets_umsab/german/train_text.txt",
        "sentiment_multilingual_tweets_umsab/french/train_text.txt",
        "sentiment_multilingual_tweets_umsab/spanish/train_text.txt",
        "sentiment_multilingual_tweets_umsab/italian/train_text.txt",
        "sentiment_multilingual_tweets_umsab/portuguese/train_text.txt",
        "customer_feedback_de_germeval2017/germeval2017_dev.tsv",
        "cs_twcs_customer_support_twitter/twcs_first5000.csv",
    };
    std::size_t lines = 0, direct = 0, tested = 0;
    for (const char* rel : files) {
        std::ifstream in(tw::test::sharedData(rel));
        if (!in) continue;
        ++tested;
        std::size_t failures = 0;
        for (std::string line; std::getline(in, line);) {
            ++lines;
            Segmentation s;
            direct += segmentAlphabetic(line, s) ? 1 : 0;
            std::string diff = disagreement(line);
            if (!diff.empty() && ++failures <= 3) ADD_FAILURE() << rel << ": " << line << "\n" << diff;
        }
        EXPECT_EQ(failures, 0u) << rel;
    }
    if (tested == 0) GTEST_SKIP() << "../shared/data not found: corpus agreement not checked";
    // Nearly every line of these corpora takes the direct path.
    EXPECT_GT(static_cast<double>(direct), 0.97 * static_cast<double>(lines));
}

// Random strings over the characters the rules treat specially: any disagreement is a bug.
TEST(Segmentation, AgreesWithIcuOnRandomText) {
    const std::vector<std::string> alphabet = {"a",
                                               "B",
                                               "é",
                                               "Ä",
                                               "ß",
                                               "σ",
                                               "Ж",
                                               "1",
                                               "9",
                                               ".",
                                               ",",
                                               ";",
                                               ":",
                                               "'",
                                               "\xE2\x80\x99",
                                               "_",
                                               "@",
                                               "!",
                                               "?",
                                               " ",
                                               "  ",
                                               "\n",
                                               "\r",
                                               "\r\n",
                                               "\"",
                                               "(",
                                               ")",
                                               "-",
                                               "\xE2\x80\x94",
                                               "\xC2\xA0",
                                               "\xF0\x9F\x98\x80",
                                               "\xE2\x80\x8D",
                                               "\xEF\xB8\x8F",
                                               "\xCC\x81",
                                               "\xC2\xAD",
                                               "\xF0\x9F\x8F\xBD",
                                               "\xE2\x80\xA6",
                                               "\xC2\xBB",
                                               "$",
                                               "#"};
    tw::test::expectNoDifferenceOnRandomText(alphabet, 20261123, 20000, disagreement,
                                             [](const std::string& what) { ADD_FAILURE() << what; });
}
