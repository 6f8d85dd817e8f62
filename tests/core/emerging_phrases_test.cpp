// Emerging phrases: the log-likelihood ratio, what counts as a phrase, rising against a baseline,
// shorter phrases covered by longer ones, and the demo corpus's planted events found in their
// windows.
#include "analysis/emerging_phrases.h"
#include "demo/demo_corpus.h"
#include "ingest/importer.h"
#include "store/phrase_scan.h"
#include "store_helpers.h"
#include "test_support.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <fstream>

using namespace tw::core;

namespace {
const EmergingPhrase* find(const std::vector<EmergingPhrase>& list, const std::string& phrase) {
    auto it = std::find_if(list.begin(), list.end(), [&](const auto& e) { return e.phrase == phrase; });
    return it == list.end() ? nullptr : &*it;
}
}  // namespace

TEST(EmergingPhrases, LogLikelihoodRatioMatchesDunning) {
    // 10 of 100 recent against 10 of 1000 baseline verbatims: 2 * sum k ln(k N / (row col)).
    EXPECT_NEAR(logLikelihoodRatio(10, 100, 10, 1000), 22.908, 0.001);
    EXPECT_NEAR(logLikelihoodRatio(5, 100, 50, 1000), 0.0, 1e-9);  // the same share: nothing
    EXPECT_EQ(logLikelihoodRatio(0, 0, 0, 0), 0.0);
}

TEST(EmergingPhrases, RisingPhrasesWithoutStopWordsAtTheirEdges) {
    PhraseCounter c;
    for (int i = 0; i < 200; ++i) {
        c.add("The delivery was fine and the staff were helpful. Order " + std::to_string(i),
              PhraseCounter::Window::Baseline, "chat");
    }
    for (int i = 0; i < 40; ++i) {
        c.add(i % 2 ? "My promo code does not work at checkout!" : "The PROMO CODE fails, what a waste of money",
              PhraseCounter::Window::Recent, i % 4 == 0 ? "twitter" : "chat");
        c.add("The delivery was fine", PhraseCounter::Window::Recent, "chat");
    }
    PhraseOptions o;
    const auto rising = c.emerging(o);
    ASSERT_FALSE(rising.empty());
    EXPECT_EQ(rising[0].phrase, "promo code");  // in every second... every recent complaint, never before
    EXPECT_EQ(rising[0].recent, 40);
    EXPECT_EQ(rising[0].baseline, 0);
    EXPECT_EQ(rising[0].channels.at("twitter"), 10);
    // "promo" and "code" alone are covered by "promo code"; stop words never start or end one.
    EXPECT_EQ(find(rising, "promo"), nullptr);
    EXPECT_EQ(find(rising, "code"), nullptr);
    for (const auto& e : rising) {
        const std::string first = e.phrase.substr(0, e.phrase.find(' '));
        const std::string last = e.phrase.substr(e.phrase.rfind(' ') + 1);
        EXPECT_FALSE(PhraseCounter::isStopWord(first)) << e.phrase;
        EXPECT_FALSE(PhraseCounter::isStopWord(last)) << e.phrase;
        EXPECT_GE(e.llr, o.minLlr);
    }
    EXPECT_NE(find(rising, "waste of money"), nullptr);  // a stop word inside is fine
    // What was there before at the same share does not rise; numbers are not phrases.
    EXPECT_EQ(find(rising, "delivery"), nullptr);
    EXPECT_EQ(find(rising, "order"), nullptr);
    // Minimum support.
    o.minSupport = 41;
    EXPECT_EQ(find(c.emerging(o), "promo code"), nullptr);
}

TEST(EmergingPhrases, DemoCorpusEventsRiseInTheirWindows) {
    tw::test::TempDir dir;
    auto demo = writeDemoCorpus(dir.path().string());
    ASSERT_TRUE(demo.ok());
    auto store = Store::create(dir.file("demo.tw"));
    ASSERT_TRUE(store.ok());
    ASSERT_TRUE(importFile(*store, demo->corpusPath, {}).ok());
    std::ifstream in(demo->truthPath);
    const auto truth = nlohmann::json::parse(in);
    int checked = 0;
    for (const auto& event : truth["events"]) {
        PhraseQuery q;
        q.since = *parseIsoDay(event["start"].get<std::string>());
        q.until = q.since + 3 * 86400;  // the first three days
        q.options.minSupport = 3;
        q.options.limit = 10;
        auto r = emergingPhrases(*store, q);
        ASSERT_TRUE(r.ok()) << r.error().describe();
        // A word of the event's keywords (not a stop word) is in one of the top ten phrases.
        bool found = false;
        for (const auto& k : event["keywords"]) {
            const std::string keyword = k.get<std::string>();
            for (std::size_t at = 0; at < keyword.size();) {
                const std::size_t end = std::min(keyword.find(' ', at), keyword.size());
                const std::string word = keyword.substr(at, end - at);
                at = end + 1;
                if (PhraseCounter::isStopWord(word)) continue;
                for (const auto& p : r->phrases)
                    found |= (" " + p.phrase + " ").find(" " + word + " ") != std::string::npos;
            }
        }
        std::string top;
        for (const auto& p : r->phrases) top += p.phrase + "; ";
        EXPECT_TRUE(found) << event["id"] << ": " << top;
        ++checked;
    }
    EXPECT_EQ(checked, 3);
    // The seasonal lift raises everything together: nothing emerges from it alone.
    PhraseQuery season;
    season.since = *parseIsoDay("2025-11-20");
    season.until = *parseIsoDay("2025-11-27");
    season.baselineFrom = *parseIsoDay("2025-11-01");
    auto r = emergingPhrases(*store, season);
    ASSERT_TRUE(r.ok());
    EXPECT_TRUE(r->phrases.empty()) << r->phrases.front().phrase;
    EXPECT_FALSE(parseIsoDay("2026-02-30").has_value());
    EXPECT_FALSE(parseIsoDay("26-02-03").has_value());
}

// Call transcripts: phrases are the customer's words. When calls rise, what the agent says in every
// call ("thank you for calling") rises with them, but it is no emerging issue.
TEST(EmergingPhrases, WhatAgentsSayInEveryCallIsNoEmergingIssue) {
    tw::test::TempDir dir;
    auto store = Store::create(dir.file("calls.tw"));
    ASSERT_TRUE(store.ok());
    std::string csv = "id,date,channel,text\n";
    int id = 0;
    const char* chats[] = {"where is my order", "love the new app", "how do I change my address",
                           "the courier was friendly", "can I pay by invoice"};
    for (int day = 1; day <= 28; ++day) {
        const bool recent = day > 24;
        char date[16];
        std::snprintf(date, sizeof date, "2026-02-%02d", day);
        for (int k = 0; k < 40; ++k)
            csv += std::to_string(++id) + "," + date + ",chat," + chats[k % 5] + " " + std::to_string(k) + "\n";
        for (int k = 0; k < (recent ? 30 : 3); ++k) {
            csv += std::to_string(++id) + "," + date + ",call,\"Agent: Thank you for calling Brightline, " +
                   "how may I help you today?\nCustomer: " +
                   (recent ? "My parcel never came and tracking shows nothing." : "I want to change my plan.") +
                   "\nAgent: I am sorry to hear that, let me check.\"\n";
        }
    }
    ASSERT_TRUE(importFile(*store, dir.write("calls.csv", csv), {}).ok());
    ASSERT_GT(tw::test::scalar(*store, "SELECT count(*) FROM speaker_turn WHERE speaker = 'agent'"), 0)
        << "the transcripts' turns were split at import";
    PhraseQuery q;
    q.since = *parseIsoDay("2026-02-25");
    q.until = *parseIsoDay("2026-03-01");
    q.baselineFrom = *parseIsoDay("2026-02-01");
    q.options.limit = 100;
    auto r = emergingPhrases(*store, q);
    ASSERT_TRUE(r.ok()) << r.error().describe();
    std::string all;
    for (const auto& p : r->phrases) all += p.phrase + "; ";
    EXPECT_TRUE(find(r->phrases, "parcel never came") || find(r->phrases, "parcel never")) << all;
    for (const char* agent : {"calling brightline", "thank", "sorry to hear", "check", "help"}) {
        for (const auto& p : r->phrases)
            EXPECT_EQ(p.phrase.find(agent), std::string::npos) << p.phrase << " is the agent's";
    }
}
