// Emotion accuracy on real, human-labelled data from ../shared/data (skipped when absent):
// Pearson r of our emotion scores against WASSA-2017 intensities (dev), and per-emotion F1 on
// GoEmotions' Ekman labels (dev) for the four emotions Tidewatch reports.
#include "analysis/sentiment_analyzer.h"
#include "metrics.h"
#include "test_support.h"

#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <sstream>

using namespace tw::core;

namespace {
const SentimentAnalyzer& analyzer() {
    static SentimentAnalyzer a = std::move(SentimentAnalyzer::create().value());
    return a;
}
}  // namespace

TEST(EmotionEval, WassaIntensityPerEmotion) {
    auto dir = tw::test::sharedData("emotion_intensity_wassa2017/dev_gold");
    if (!std::filesystem::exists(dir)) GTEST_SKIP() << "shared data not present: " << dir;
    const std::pair<const char*, Emotion> emotions[] = {{"anger", kAnger}, {"fear", kFear}, {"sadness", kSadness}, {"joy", kJoy}};
    double sum = 0;
    for (const auto& [name, e] : emotions) {
        std::ifstream in(dir + "/" + name + "-gold.txt");
        std::vector<double> gold, pred;
        for (std::string line; std::getline(in, line);) {
            std::vector<std::string> f;
            std::stringstream ss(line);
            for (std::string part; std::getline(ss, part, '\t');) f.push_back(part);
            if (f.size() < 4) continue;
            gold.push_back(std::stod(f[3]));
            pred.push_back(analyzer().analyze(f[1], std::string("en")).emotions[e]);
        }
        double r = tw::test::pearson(gold, pred);
        sum += r;
        std::printf("WASSA-2017 %s (n=%zu): Pearson r = %.3f\n", name, gold.size(), r);
        EXPECT_GT(r, 0.0) << name;
    }
    std::printf("WASSA-2017 mean Pearson r = %.3f\n", sum / 4);
}

TEST(EmotionEval, GoEmotionsEkmanF1) {
    auto path = tw::test::sharedData("emotion_goemotions/ekman/dev.tsv");
    if (!std::filesystem::exists(path)) GTEST_SKIP() << "shared data not present: " << path;
    // Ekman label ids: 0 anger, 1 disgust, 2 fear, 3 joy, 4 neutral, 5 sadness, 6 surprise.
    // Tidewatch's anger covers anger and disgust (frustration).
    const std::pair<Emotion, std::vector<int>> map[] = {{kAnger, {0, 1}}, {kFear, {2}}, {kJoy, {3}}, {kSadness, {5}}};
    int tp[4] = {}, fp[4] = {}, fn[4] = {};
    std::ifstream in(path);
    int n = 0;
    for (std::string line; std::getline(in, line);) {
        auto t1 = line.find('\t'), t2 = line.find('\t', t1 + 1);
        if (t1 == std::string::npos || t2 == std::string::npos) continue;
        std::string text = line.substr(0, t1), labels = "," + line.substr(t1 + 1, t2 - t1 - 1) + ",";
        auto a = analyzer().analyze(text, std::string("en"));
        ++n;
        for (int k = 0; k < 4; ++k) {
            bool gold = false;
            for (int id : map[k].second) gold |= labels.find("," + std::to_string(id) + ",") != std::string::npos;
            bool pred = a.emotions[map[k].first] >= 0.3;
            tp[k] += gold && pred;
            fp[k] += !gold && pred;
            fn[k] += gold && !pred;
        }
    }
    double macro = 0;
    for (int k = 0; k < 4; ++k) {
        double p = tp[k] + fp[k] ? static_cast<double>(tp[k]) / (tp[k] + fp[k]) : 0;
        double r = tp[k] + fn[k] ? static_cast<double>(tp[k]) / (tp[k] + fn[k]) : 0;
        double f1 = tw::test::f1(tp[k], fp[k], fn[k]);
        macro += f1 / 4;
        std::printf("GoEmotions Ekman dev %s: precision %.3f recall %.3f F1 %.3f\n", emotionName(map[k].first), p, r, f1);
    }
    std::printf("GoEmotions Ekman dev (n=%d): macro F1 over anger, fear, joy, sadness = %.3f\n", n, macro);
    EXPECT_GT(n, 5000);
    EXPECT_GT(macro, 0.25);
}
