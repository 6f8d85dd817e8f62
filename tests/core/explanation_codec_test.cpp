// The explanation as the store keeps it: a compact record that reads back as exactly the JSON of
// the analyzer's contributions; JSON from earlier versions read as it is; damage read as nothing.
#include "analysis/explanation_codec.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <cmath>
#include <limits>
#include <random>

using namespace tw::core;

namespace {

std::string roundTrip(const std::vector<Contribution>& c) { return storedExplanationJson(encodeExplanation(c)); }

Contribution contribution(std::size_t start, std::size_t end, double valence, double weight, std::size_t sentence,
                          std::string term, std::vector<std::string> rules = {}) {
    return {start, end, sentence, std::move(term), valence, weight, std::move(rules)};
}

}  // namespace

TEST(ExplanationCodec, ReadsBackTheAnalyzersExplanationByteForByte) {
    const auto analyzer = SentimentAnalyzer::create().value();
    const char* texts[] = {
        "The staff were not very helpful, but the food was AMAZING!!! 😍",
        "I was on hold for an hour, still waiting. Never again. Waste of money :(",
        "It isn't bad at all... honestly sooooo good",
        "Der Service war nicht gut, aber das Essen war sehr lecker.",
        "Le service était vraiment nul, mais le personnel était très gentil.",
        "El servicio fue muy malo pero la comida estaba deliciosa.",
        "“Brilliant” — they charged me twice and the third time I called nobody answered",
        "no words of feeling here at all",
    };
    std::size_t json = 0, stored = 0;
    for (const char* text : texts) {
        const auto a = analyzer.analyze(text);
        const std::string expected = explanationJson(a.contributions);
        EXPECT_EQ(roundTrip(a.contributions), expected) << text;
        json += expected.size();
        stored += encodeExplanation(a.contributions).size();
    }
    EXPECT_LT(stored * 3, json);  // the point of the record
}

TEST(ExplanationCodec, ManyDistinctTermsAndRepeatsInALongText) {
    const auto analyzer = SentimentAnalyzer::create().value();
    const char* words[] = {"good",  "bad",    "great",   "awful",   "lovely",    "horrible",   "nice",      "terrible",
                           "happy", "sad",    "angry",   "superb",  "poor",      "broken",     "rude",      "friendly",
                           "slow",  "fast",   "helpful", "useless", "love",      "hate",       "worst",     "best",
                           "fine",  "ugly",   "pretty",  "dirty",   "clean",     "late",       "cheap",     "excellent",
                           "sorry", "thanks", "scam",    "fraud",   "wonderful", "disgusting", "delighted", "furious"};
    std::string text;
    std::mt19937 rng(7);
    for (int k = 0; k < 600; ++k) {
        text += (rng() % 5 == 0 ? "not very " : "");
        text += words[rng() % std::size(words)];
        text += k % 9 == 8 ? ". " : " ";
    }
    const auto a = analyzer.analyze(text, std::string("en"));
    ASSERT_GT(a.contributions.size(), 400u);
    EXPECT_EQ(roundTrip(a.contributions), explanationJson(a.contributions));
}

TEST(ExplanationCodec, NumbersSignsAndOrderAsTheJsonShowsThem) {
    const std::vector<Contribution> c = {
        contribution(40, 45, -0.0004, 0.0004, 3, "tiny", {"negated by 'not'"}),  // "-0.000" and "0.000"
        contribution(10, 12, 2.0005, 2.0005, 1, "round"),                        // weight as valence
        contribution(0, 0, -1234.5678, 98765.4321, 0, "", {"CAPITALS", "elongated", "CAPITALS"}),
        contribution(7, 30, 1.5, -1.5, 9, "quote \" back\\slash é 😀", {"boosted by 'très'"}),
    };
    const std::string json = explanationJson(c);
    EXPECT_NE(json.find("\"valence\":-0.000"), std::string::npos);
    EXPECT_NE(json.find("\"weight\":0.000"), std::string::npos);
    EXPECT_EQ(encodeExplanation(c).front(), '\x01');
    EXPECT_EQ(roundTrip(c), json);
    EXPECT_EQ(roundTrip({}), "[]");
}

// Thousandths found by arithmetic must be those the text shows, halves and near-halves included.
TEST(ExplanationCodec, EveryNumberReadsBackAsItsThreeDecimals) {
    std::mt19937_64 rng(5);
    std::uniform_real_distribution<double> unit(-1.0, 1.0);
    std::uniform_int_distribution<int> scale(-6, 7);
    std::vector<Contribution> c;
    for (int k = 0; k < 200000; ++k) {
        double x = unit(rng) * std::pow(10.0, scale(rng));
        if (k % 3 == 1) x = std::round(x * 2000.0) / 2000.0;  // a half thousandth, as near as a double gets
        if (k % 3 == 2) x = std::nextafter(std::round(x * 2000.0) / 2000.0, k % 2 ? 1e9 : -1e9);
        c.push_back(contribution(static_cast<std::size_t>(k), static_cast<std::size_t>(k) + 1, x, -x / 3, 0, "w"));
        if (c.size() == 500) {
            ASSERT_EQ(roundTrip(c), explanationJson(c));
            c.clear();
        }
    }
}

TEST(ExplanationCodec, NumbersTheRecordCannotHoldAreStoredAsJson) {
    for (double odd :
         {1e20, -1e300, std::numeric_limits<double>::quiet_NaN(), std::numeric_limits<double>::infinity()}) {
        const std::vector<Contribution> c = {contribution(0, 4, 1.0, 1.0, 0, "fine"),
                                             contribution(5, 9, odd, 2.0, 0, "odd")};
        EXPECT_EQ(encodeExplanation(c), explanationJson(c)) << odd;
        EXPECT_EQ(roundTrip(c), explanationJson(c)) << odd;
    }
}

TEST(ExplanationCodec, JsonFromEarlierVersionsReadsAsItIs) {
    const std::string old =
        R"([{"start":0,"end":4,"valence":2.000,"weight":2.000,"sentence":0,"term":"good","rules":[]}])";
    EXPECT_EQ(storedExplanationJson(old), old);
    EXPECT_EQ(storedExplanationJson("[]"), "[]");
    EXPECT_EQ(storedExplanationJson(""), "");
}

// Every cut and every changed byte of a record reads as "[]" or as a JSON array: never a crash, a
// read past its end or text that is not JSON.
TEST(ExplanationCodec, ADamagedRecordReadsAsNoContributions) {
    const auto analyzer = SentimentAnalyzer::create().value();
    const auto a = analyzer.analyze("The staff were not very helpful, but the food was AMAZING!!! Still waiting.");
    const std::string record = encodeExplanation(a.contributions);
    ASSERT_GT(record.size(), 20u);
    for (std::size_t n = 1; n < record.size(); ++n) EXPECT_EQ(storedExplanationJson(record.substr(0, n)), "[]") << n;
    EXPECT_EQ(storedExplanationJson(record + "x"), "[]");
    std::mt19937 rng(11);
    for (std::size_t at = 1; at < record.size(); ++at) {
        for (int k = 0; k < 8; ++k) {
            std::string damaged = record;
            damaged[at] = static_cast<char>(rng());
            const std::string json = storedExplanationJson(damaged);
            const auto parsed = nlohmann::json::parse(json, nullptr, false);
            EXPECT_TRUE(parsed.is_array()) << at;
        }
    }
}
