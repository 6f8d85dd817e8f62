// 3-class sentiment (negative / neutral / positive) on the UMSAB tweet benchmark per language,
// from ../shared/data (skipped when absent). Reports accuracy and macro F1 on the val split;
// asserts only that each language stays well above a constant guess.
#include "analysis/sentiment_analyzer.h"
#include "metrics.h"
#include "test_support.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

using namespace tw::core;

class MultilingualEval : public ::testing::TestWithParam<std::pair<const char*, const char*>> {};

TEST_P(MultilingualEval, ThreeClassTweets) {
    const auto [folder, lang] = GetParam();
    auto dir = tw::test::sharedData(std::string("sentiment_multilingual_tweets_umsab/") + folder);
    if (!std::filesystem::exists(dir)) GTEST_SKIP() << "shared data not present: " << dir;
    static const auto analyzer = std::move(SentimentAnalyzer::create().value());
    int confusion[3][3] = {};
    for (const char* split : {"val"}) {
        std::ifstream texts(dir + "/" + split + "_text.txt"), labels(dir + "/" + split + "_labels.txt");
        std::string text, label;
        while (std::getline(texts, text) && std::getline(labels, label)) {
            int gold = std::stoi(label);  // 0 negative, 1 neutral, 2 positive
            double s = analyzer.analyze(text, std::string(lang)).score;
            int pred = s >= 0.05 ? 2 : s <= -0.05 ? 0 : 1;
            ++confusion[gold][pred];
        }
    }
    int total = 0, correct = 0;
    double f1 = 0;
    for (int c = 0; c < 3; ++c) {
        int tp = confusion[c][c], fp = 0, fn = 0;
        for (int o = 0; o < 3; ++o) {
            total += confusion[c][o];
            if (o != c) {
                fp += confusion[o][c];
                fn += confusion[c][o];
            }
        }
        correct += tp;
        f1 += tw::test::f1(tp, fp, fn);
    }
    std::printf("UMSAB %s (n=%d): accuracy %.3f, macro F1 %.3f\n", folder, total, static_cast<double>(correct) / total, f1 / 3);
    ASSERT_GT(total, 200);
    EXPECT_GT(f1 / 3, 0.40) << "well above the 0.33 of a constant guess";
}

INSTANTIATE_TEST_SUITE_P(Languages, MultilingualEval,
                         ::testing::Values(std::pair{"english", "en"}, std::pair{"german", "de"},
                                           std::pair{"french", "fr"}, std::pair{"spanish", "es"}),
                         [](const auto& info) { return std::string(info.param.first); });
