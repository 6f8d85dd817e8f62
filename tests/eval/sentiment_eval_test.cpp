// Accuracy on real, human-labelled data from ../shared/data (skipped when absent): Pearson r and
// 3-class macro F1 against the mean human rating of VADER's tweet ground truth.
#include "analysis/sentiment_analyzer.h"
#include "metrics.h"
#include "test_support.h"

#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>
#include <fstream>

using namespace tw::core;

namespace {
int classOf(double x, double threshold) { return x > threshold ? 1 : x < -threshold ? -1 : 0; }
}  // namespace

TEST(SentimentEval, VaderTweetGroundTruth) {
    auto path = tw::test::sharedData("sentiment_vader_groundtruth/tweets_GroundTruth.txt");
    if (!std::filesystem::exists(path)) GTEST_SKIP() << "shared data not present: " << path;
    auto analyzer = SentimentAnalyzer::create();
    ASSERT_TRUE(analyzer.ok());
    std::ifstream in(path);
    std::string line;
    std::vector<double> gold, pred;
    while (std::getline(in, line)) {
        auto t1 = line.find('\t'), t2 = line.find('\t', t1 + 1);
        if (t1 == std::string::npos || t2 == std::string::npos) continue;
        gold.push_back(std::stod(line.substr(t1 + 1, t2 - t1 - 1)));
        pred.push_back(analyzer->analyze(line.substr(t2 + 1), std::string("en")).score);
    }
    ASSERT_EQ(gold.size(), 4200u);
    double r = tw::test::pearson(gold, pred);
    double f1sum = 0;
    for (int c : {-1, 0, 1}) {
        int tp = 0, fp = 0, fn = 0;
        for (std::size_t i = 0; i < gold.size(); ++i) {
            int g = classOf(gold[i], 0.5), p = classOf(pred[i], 0.05);
            tp += g == c && p == c;
            fp += g != c && p == c;
            fn += g == c && p != c;
        }
        f1sum += tw::test::f1(tp, fp, fn);
    }
    std::printf("VADER tweets (n=%zu): Pearson r = %.3f, 3-class macro F1 = %.3f\n", gold.size(), r, f1sum / 3);
    EXPECT_GT(r, 0.7);
    EXPECT_GT(f1sum / 3, 0.55);
}
