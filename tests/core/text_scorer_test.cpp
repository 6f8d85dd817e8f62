// The `score` record of one text (DESIGN.md's CLI contract), written by hand for speed: it must
// read back as the JSON it promises, numbers as nlohmann::json writes them.
#include "jobs/text_scorer.h"
#include "util/json_text.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <cmath>
#include <cstdio>
#include <random>
#include <limits>

using namespace tw::core;

TEST(JsonText, NumbersAreWrittenAsNlohmannJsonWritesThem) {
    for (double x : {0.0, -0.0, 1.0, -1.0, 0.62, -0.123, 0.001, 0.1 + 0.2, 1e-7, 123456.789, 1e300, -2.5e-300}) {
        std::string out;
        appendJsonNumber(out, x);
        EXPECT_EQ(out, nlohmann::json(x).dump()) << x;
        EXPECT_EQ(nlohmann::json::parse(out).get<double>(), x);
    }
    std::string nan;
    appendJsonNumber(nan, std::numeric_limits<double>::quiet_NaN());
    EXPECT_EQ(nan, "null");
    std::string n;
    appendJsonNumber(n, std::uint64_t{18446744073709551615u});
    EXPECT_EQ(n, "18446744073709551615");
}

// The stored explanations' three decimals are printf's "%.3f", rounding ties and all.
TEST(JsonText, ThreeDecimalsAreWrittenAsPrintfWritesThem) {
    std::mt19937_64 rng(20261206);
    std::uniform_real_distribution<double> weight(-8.0, 8.0);
    std::vector<double> values{0.0, -0.0, 0.0005, 0.0015, 2.5, -2.9335, 0.1 + 0.2, 1e-9, -1e-9, 123456.7895, 1e300};
    for (int i = 0; i < 20000; ++i) values.push_back(weight(rng));
    for (int i = 0; i < 2000; ++i) values.push_back(static_cast<double>(i) / 2000.0 - 0.5);  // near ties
    for (double x : values) {
        std::string out;
        appendFixed3(out, x);
        char expected[400];
        std::snprintf(expected, sizeof expected, "%.3f", x);
        ASSERT_EQ(out, expected) << x;
    }
}

namespace {

nlohmann::json record(TextScorer& scorer, std::string_view id, std::string_view text, bool risk = true) {
    std::string out;
    scorer.appendRecord(out, id, text, std::nullopt, risk);
    EXPECT_EQ(out.find('\n'), std::string::npos);
    return nlohmann::json::parse(out);
}

}  // namespace

TEST(TextScorer, ARecordHoldsEveryFieldOfTheContractInOrder) {
    auto analyzer = SentimentAnalyzer::create();
    ASSERT_TRUE(analyzer);
    TextScorer scorer(*analyzer, Taxonomy::builtin(), EscalationDetector::builtin(), false);
    const std::string text = "Ünïcode first: charged twice, write to jane.doe@example.com or I will sue you!";
    const nlohmann::ordered_json r = nlohmann::ordered_json::parse([&] {
        std::string out;
        scorer.appendRecord(out, R"({"ticket":[7,"a"]})", text, std::nullopt);
        return out;
    }());
    std::vector<std::string> keys;
    for (const auto& [k, v] : r.items()) keys.push_back(k);
    EXPECT_EQ(keys, (std::vector<std::string>{"id", "lang", "sentiment", "emotions", "intensity", "effort",
                                              "categories", "pii", "flags"}));
    EXPECT_EQ(r["id"], nlohmann::json::parse(R"({"ticket":[7,"a"]})"));
    EXPECT_EQ(r["lang"], "en");
    EXPECT_EQ(r["sentiment"]["label"], "negative");
    EXPECT_LT(r["sentiment"]["score"].get<double>(), 0.0);
    EXPECT_EQ(r["emotions"].size(), 4u);
    ASSERT_EQ(r["pii"].size(), 1u);
    EXPECT_EQ(r["pii"][0]["type"], "EMAIL");
    // Offsets in code points: "Ü" and "ï" are two bytes each, one code point each.
    const std::size_t start = r["pii"][0]["start"];
    EXPECT_EQ(start, std::string_view("Ünïcode first: charged twice, write to ").size() - 2);
    EXPECT_EQ(r["pii"][0]["end"].get<std::size_t>() - start, std::string_view("jane.doe@example.com").size());
    EXPECT_FALSE(r["pii"][0].contains("why"));  // only with --explain
    ASSERT_FALSE(r["flags"].empty());
    EXPECT_EQ(r["flags"][0]["type"], "litigation_threat");
    EXPECT_TRUE(r["flags"][0]["evidence"][0].is_array());
    EXPECT_FALSE(r["categories"].empty());
}

TEST(TextScorer, WithoutRiskDetectionOnlyPersonalDataAndFlagsAreLeftOut) {
    auto analyzer = SentimentAnalyzer::create();
    ASSERT_TRUE(analyzer);
    TextScorer scorer(*analyzer, Taxonomy::builtin(), EscalationDetector::builtin(), true);
    const std::string text = "Call me at +44 20 7946 0958. The app is not good, but my lawyer will hear of it.";
    nlohmann::json with = record(scorer, "3", text), without = record(scorer, "3", text, false);
    EXPECT_FALSE(with["pii"].empty());
    EXPECT_FALSE(with["flags"].empty());
    EXPECT_TRUE(with["pii"][0].contains("why"));
    EXPECT_TRUE(without["pii"].empty());
    EXPECT_TRUE(without["flags"].empty());
    with.erase("pii");
    with.erase("flags");
    without.erase("pii");
    without.erase("flags");
    EXPECT_EQ(with, without);
    // The explanation: each term's span, weight and rules, the sentences and the categories' spans.
    ASSERT_FALSE(with["explain"].empty());
    bool negated = false;
    for (const auto& c : with["explain"]) negated |= c["rules"].dump().find("negated by 'not'") != std::string::npos;
    EXPECT_TRUE(negated);
    EXPECT_EQ(with["sentences"].size(), 2u);
    EXPECT_EQ(with["lang_confidence"], 1.0 * with["lang_confidence"].get<double>());
    EXPECT_TRUE(with.contains("urgency"));
    EXPECT_TRUE(with["categories_explain"].is_array());
}
