// Language identification on the UMSAB tweets (../shared/data/sentiment_multilingual_tweets_umsab,
// six languages, the language known per file, though some tweets in each file are in English):
// the function-word vote with CLD2 behind it must be as accurate as CLD2 alone (within a quarter of
// a point, and better overall), and the vote alone must rarely disagree with the file's language
// when it decides. The analyzer's choice (function words, then its lexicons' words, then CLD2) must
// stay as accurate as CLD2 alone too. Skipped when the data is absent.
#include "analysis/sentiment_analyzer.h"
#include "test_support.h"
#include "text/language_id.h"
#include "text/tokenizer.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>

using namespace tw::core;

TEST(LanguageIdEval, FunctionWordsWithCld2BeatCld2AloneOnUmsab) {
    const std::pair<const char*, const char*> sets[] = {{"english", "en"}, {"german", "de"},  {"french", "fr"},
                                                        {"spanish", "es"}, {"italian", "it"}, {"portuguese", "pt"}};
    auto analyzer = SentimentAnalyzer::create();
    ASSERT_TRUE(analyzer);
    int tested = 0, totalCld2 = 0, totalCombined = 0, totalAnalyzer = 0;
    for (const auto& [folder, code] : sets) {
        std::ifstream in(
            tw::test::sharedData(std::string("sentiment_multilingual_tweets_umsab/") + folder + "/train_text.txt"));
        if (!in) continue;
        ++tested;
        int n = 0, cld2 = 0, combined = 0, withLexicons = 0, decided = 0, decidedWrong = 0;
        for (std::string line; std::getline(in, line);) {
            ++n;
            TokenizedText tt = tokenize(line);
            cld2 += identifyLanguage(line).code == code;
            combined += identifyLanguage(line, tt.tokens).code == code;
            withLexicons += analyzer->analyze(line).language == code;
            LanguageGuess vote = voteByFunctionWords(tt.tokens);
            if (vote.code != "und") {
                ++decided;
                decidedWrong += vote.code != code;
            }
        }
        std::printf(
            "%-10s n=%d  CLD2 alone %.3f  function words + CLD2 %.3f  + lexicon words %.3f  (vote decided %.0f%%, "
            "wrong in %.2f%% of those)\n",
            folder, n, cld2 / double(n), combined / double(n), withLexicons / double(n), 100.0 * decided / n,
            decided ? 100.0 * decidedWrong / decided : 0.0);
        EXPECT_GE(combined, cld2 - n / 400) << folder;
        EXPECT_GE(withLexicons, cld2 - n / 100) << folder;
        EXPECT_LE(decidedWrong, n / 40) << folder;  // the mislabelled English tweets included
        totalCld2 += cld2;
        totalCombined += combined;
        totalAnalyzer += withLexicons;
    }
    if (tested == 0) GTEST_SKIP() << "../shared/data/sentiment_multilingual_tweets_umsab not found";
    EXPECT_GT(totalCombined, totalCld2);
    EXPECT_GT(totalAnalyzer, totalCld2);
}
